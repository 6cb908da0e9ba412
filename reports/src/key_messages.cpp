#include "reports/key_messages.hpp"
#include "reports/score_tables.hpp"

namespace reports {

using core::FindingKind;
using core::tr;
using core::tx;

std::vector<std::string> keyMessages(const core::Analysis& a, const std::vector<core::Advice>& advice,
                                     const core::Instrument& instrument, core::Language lang)
{
    const auto party = [&](const std::string& code) { return core::partyName(instrument, code, lang); };
    const auto number = [&](double v, int decimals) { return core::formatNumber(v, decimals, lang); };
    const std::string threshold = number(a.options.gapThreshold, 0);
    std::vector<std::string> out;
    for (const auto& f : core::keyFindings(a)) {
        switch (f.kind) {
        case FindingKind::SidesGap:
            out.push_back(tr(lang, tx("The hospital side and the medical side are {0} points apart on {1}: there the two do "
                                      "not pull in the same direction (from {2} points a gap counts as misaligned)."),
                             {number(f.value, 0), dimensionName(instrument, f.dimension, lang), threshold}));
            break;
        case FindingKind::SidesAligned:
            out.push_back(tr(lang, tx("The hospital side and the medical side are less than {0} points apart on every element "
                                      "and theme: on the whole they pull in the same direction."),
                             {threshold}));
            break;
        case FindingKind::LargestGap:
            out.push_back(tr(lang, tx("Between two parties: {0} and {1} are {2} points apart on {3}."),
                             {party(f.a), party(f.b), number(f.value, 0), dimensionName(instrument, f.dimension, lang)}));
            break;
        case FindingKind::StandsApart:
            out.push_back(tr(lang, tx("Seeing things most differently: {0}, in {1} of the {2} gaps of {3} points or more "
                                      "between parties."),
                             {party(f.a), std::to_string(f.count), std::to_string(f.total), threshold}));
            break;
        case FindingKind::OppositePriorities:
            out.push_back(tr(lang, tx("The hospital side and the medical side want opposite changes (rank correlation {0}): "
                                      "what one wants to improve first, the other puts last."),
                             {number(f.value, 2)}));
            break;
        case FindingKind::SharedPriorities:
            out.push_back(tr(lang, tx("The hospital side and the medical side want to change the same elements first (rank "
                                      "correlation {0}): a shared agenda to build on."),
                             {number(f.value, 2)}));
            break;
        case FindingKind::DividedParty:
            out.push_back(tr(lang, tx("{0} disagree among themselves on {1} of the {2} elements measured (r_wg below {3}): "
                                      "their average hides a divided group."),
                             {party(f.a), std::to_string(f.count), std::to_string(f.total), number(core::kDividedRwg, 1)}));
            break;
        case FindingKind::Strength:
            out.push_back(tr(lang, tx("What goes well: {0} scores highest ({1} out of 100), and no two parties are far apart "
                                      "on it."),
                             {dimensionName(instrument, f.dimension, lang), number(f.value, 0)}));
            break;
        }
    }
    if (const auto first = core::applying(advice, 1); !first.empty())
        out.push_back(tr(lang, tx("First step: {0}."), {first.front()->recommendation->title.in(lang)}));
    return out;
}

std::vector<std::string> discussionQuestions(const core::Analysis& a, const std::vector<core::Advice>& advice,
                                             const core::Instrument& instrument, core::Language lang)
{
    const auto party = [&](const std::string& code) { return core::partyName(instrument, code, lang); };
    std::vector<std::string> out;
    for (const auto& f : core::keyFindings(a)) {
        switch (f.kind) {
        case FindingKind::SidesGap:
            out.push_back(tr(lang, tx("On {0} the hospital side and the medical side are furthest apart. What would each "
                                      "side need from the other to move closer, and who takes the first step?"),
                             {dimensionName(instrument, f.dimension, lang)}));
            break;
        case FindingKind::SidesAligned:
            out.push_back(std::string(tr(lang, tx("The two sides largely see the same. Which decision about care, "
                                                  "organisation or money can you now take together that you could not "
                                                  "before?"))));
            break;
        case FindingKind::LargestGap:
            out.push_back(tr(lang, tx("{0} and {1} see {2} very differently. What does each know that the other does not, "
                                      "and what would you need to agree on first?"),
                             {party(f.a), party(f.b), dimensionName(instrument, f.dimension, lang)}));
            break;
        case FindingKind::StandsApart:
            out.push_back(tr(lang, tx("Many gaps run to {0}. What does that party see that you do not, and how do you take "
                                      "its view into your decisions?"),
                             {party(f.a)}));
            break;
        case FindingKind::OppositePriorities:
            out.push_back(std::string(tr(lang, tx("Your priorities run in opposite directions. Which change comes first, and "
                                                  "what would each side give to make the other's priority possible?"))));
            break;
        case FindingKind::SharedPriorities:
            out.push_back(std::string(tr(lang, tx("You want the same changes first. Who takes which step, and when do you "
                                                  "look at it together again?"))));
            break;
        case FindingKind::DividedParty:
            out.push_back(tr(lang, tx("{0} do not agree among themselves. How does their position come about, and who "
                                      "can speak for them?"),
                             {party(f.a)}));
            break;
        case FindingKind::Strength:
            out.push_back(tr(lang, tx("{0} goes well. What makes it work, and what of that can you take to the elements "
                                      "where you diverge?"),
                             {dimensionName(instrument, f.dimension, lang)}));
            break;
        }
    }
    for (const auto* r : core::applying(advice, 5)) {
        if (out.size() >= 3)
            break;
        out.push_back(tr(lang, tx("The recommendation \"{0}\": what would be the first step, and who takes it?"),
                         {r->recommendation->title.in(lang)}));
    }
    if (out.size() > 5)
        out.resize(5);
    return out;
}

std::string indexBand(double index, core::Language lang)
{
    if (index >= 80)
        return std::string(tr(lang, tx("strongly aligned")));
    if (index >= 65)
        return std::string(tr(lang, tx("largely aligned")));
    if (index >= 50)
        return std::string(tr(lang, tx("partly aligned")));
    return std::string(tr(lang, tx("little aligned")));
}

} // namespace reports
