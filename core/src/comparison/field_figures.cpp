#include "core/comparison/field_figures.hpp"

namespace core {
namespace {

/// The party's mean over the seven elements; nullopt unless it is shown on all of them.
std::optional<double> levelOf(const ExchangePackage& p, const char* party)
{
    double sum = 0;
    std::size_t count = 0;
    for (const auto& d : p.elements)
        for (const auto& c : d.cells)
            if (c.party == party) {
                sum += c.mean;
                ++count;
            }
    if (count != kElements.size())
        return std::nullopt;
    return sum / static_cast<double>(count);
}

} // namespace

FieldFigures fieldFigures(const std::vector<const ExchangePackage*>& packages)
{
    FieldFigures f;
    for (const auto* p : packages) {
        for (const auto& a : p->profile)
            if (a.question == "profile.joint_table" && a.party == "msb_board") {
                ++f.jointTable[a.answer];
                ++f.jointTableHospitals;
            }
        if (!p->organisationModel.empty()) {
            ++f.modelHospitals;
            f.withMsb += p->organisationModel != "salaried" ? 1u : 0u;
        }
        const auto rvb = levelOf(*p, "rvb");
        const auto msb = levelOf(*p, "msb_board");
        if (rvb && msb) {
            ++f.perceptionHospitals;
            f.msbSeesMore += *msb > *rvb ? 1u : 0u;
        }
    }
    return f;
}

} // namespace core
