#include "core/comparison/national_actions.hpp"

#include "core/comparison/comparison.hpp"

#include <cmath>

namespace core {
namespace {

const ExchangeCell* cell(const ExchangePackage& p, Element e, const char* party)
{
    for (const auto& d : p.elements)
        if (d.code == code(e))
            for (const auto& c : d.cells)
                if (c.party == party)
                    return &c;
    return nullptr;
}

} // namespace

std::vector<NationalAction> nationalActions(const Catalogue& catalogue, const std::vector<const ExchangePackage*>& packages,
                                            double gapThreshold)
{
    std::vector<NationalAction> out;
    for (const auto& entry : catalogue) {
        if (entry.audience != Audience::Ministry)
            continue;
        NationalAction action{&entry, 0, 0, 0.0, false};
        for (const auto* p : packages) {
            bool compared = false;
            bool wide = false;
            for (const auto e : entry.elements) {
                const auto* rvb = cell(*p, e, "rvb");
                const auto* msb = cell(*p, e, "msb_board");
                if (!rvb || !msb)
                    continue;
                compared = true;
                wide = wide || std::abs(rvb->mean - msb->mean) >= gapThreshold;
            }
            action.hospitals += compared ? 1u : 0u;
            action.wide += wide ? 1u : 0u;
        }
        if (action.hospitals > 0)
            action.share = static_cast<double>(action.wide) / static_cast<double>(action.hospitals);
        action.applies = action.hospitals >= kMinComparedHospitals && action.share >= kNationalActionShare;
        out.push_back(action);
    }
    return out;
}

} // namespace core
