#include "reports/report_guide.hpp"

#include <algorithm>

namespace reports {

using core::tr;
using core::tx;
using core::txc;

std::vector<std::string> readingGuide(core::Language lang, int k, double gapThreshold)
{
    const std::string threshold = core::formatNumber(gapThreshold, 0, lang);
    return {
        std::string(tr(lang, tx("Scores run from 0 to 100: 100 means that everyone fully agrees with the statements as written for "
                    "alignment, 50 is neutral, 0 means full disagreement. Statements written the other way round are "
                    "turned around first."))),
        std::string(tr(lang, tx("A party is one group of respondents, such as the executive board or the self-employed specialists. "
                    "The hospital side is the executive board; the medical side is the MSB board with the specialists."))),
        tr(lang, tx("A gap is the difference between two parties in points. From {0} points it counts as not aligned: "
                    "on that subject the parties do not pull in the same direction."),
           {threshold}),
        std::string(tr(lang, tx("Colours in the heat maps run from red (low) through almost white (around 50) to blue "
                                "(high), so that they can also be told apart by readers who do not see red and green. A "
                                "dash means not shown."))),
        tr(lang, tx("A party with fewer than {0} respondents is not shown and is not counted in any figure. A group with "
                    "fewer than 10 respondents, such as a board of three, is shown with rounded figures and without its "
                    "spread, so that no member's answers can be worked out."),
           {std::to_string(k)}),
        std::string(tr(lang, tx("The gelijkgerichtheidsindex sums up the round in one number, as a reading aid rather than a "
                                "norm: 80 or more is strongly aligned, 65 to 79 largely, 50 to 64 partly, below 50 little "
                                "aligned. Its components show where the number comes from."))),
    };
}

namespace {

std::vector<std::pair<std::string, std::string>> sortedTerms(const std::vector<std::pair<core::TextKey, core::TextKey>>& terms,
                                                             core::Language lang)
{
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& [term, meaning] : terms)
        out.emplace_back(std::string(tr(lang, term)), std::string(tr(lang, meaning)));
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        const auto lower = [](std::string s) {
            std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            return s;
        };
        return lower(a.first) < lower(b.first);
    });
    return out;
}

} // namespace

std::vector<std::pair<std::string, std::string>> comparisonGlossaryTerms(core::Language lang)
{
    return sortedTerms(
        {
            {tx("Funnel"), tx("Each hospital's figure against how precisely it is known (more respondents: further to the right). The lines mark how far a hospital may lie from the middle by chance alone; outside them it differs more than chance explains.")},
            {tx("95% and 99.8% limits"), tx("Where a hospital's figure lies by chance alone in 95 or 99.8 of 100 cases, given its number of respondents. Outside the 95% limits lies about 1 hospital in 20 by chance; outside the 99.8% limits is variation worth a conversation, never 'best' or 'worst'.")},
            {tx("Quartiles and median"), tx("A quarter of the hospitals lie below the 1st quartile, half below the median, three quarters below the 3rd quartile.")},
            {tx("tau²"), tx("How much the hospitals really differ, beyond what chance explains (the variance between hospitals).")},
            {tx("Rankability"), tx("The share of the differences between hospitals that is real rather than chance, from 0 to 1: from 0.75 mostly real, from 0.5 partly real and partly chance, below that mostly chance, and then even the funnel says little.")},
            {tx("Shrunken"), tx("A hospital's figure drawn towards the middle as far as it is uncertain: a hospital with few respondents moves more. It guards against reading chance as a difference.")},
        },
        lang);
}

std::vector<std::pair<std::string, std::string>> glossaryTerms(core::Language lang)
{
    const std::vector<std::pair<core::TextKey, core::TextKey>> terms{
        {tx("RvB"), tx("Raad van Bestuur: the hospital's executive board.")},
        {tx("MSB / MSB+"), tx("The company of self-employed medical specialists; MSB+ adds the salaried specialists and the medical staff.")},
        {tx("VMSD"), tx("The association of salaried medical specialists in a hospital.")},
        {tx("RvT"), tx("Raad van Toezicht: the hospital's supervisory board.")},
        {tx("Vakgroep"), tx("The specialists of one specialty.")},
        {tx("Verdeelmodel"), tx("How the MSB divides its revenue over the vakgroepen and their members.")},
        {tx("Gelijkgerichtheid"), tx("The parties decide together which care is given where, how it is organised, who does what and who pays.")},
        {tx("7S"), tx("McKinsey's model of seven elements: shared values, strategy, structure, systems, staff, skills and style.")},
        {tx("Hard minus soft"), tx("The mean score of strategy, structure and systems minus that of the other four elements: positive when structures are ahead of culture and people.")},
        {tx("Gap"), tx("The difference between two parties' scores, in points on a 0-100 scale.")},
        {tx("d"), tx("The standardised difference: a gap divided by the spread within the two parties. Around 0.5 is a clear, from 0.8 a large difference; not given for groups shown without their spread.")},
        {tx("sd"), tx("Standard deviation: how far the answers within a party lie apart.")},
        {tx("r_wg"), tx("Agreement within a party, from 0 (as if answered at random) to 1 (unanimous); below 0.5 the party is divided.")},
        {tx("a_wg"), tx("Another measure of agreement within a party, from -1 (split into two camps) to 1 (unanimous).")},
        {tx("ICC"), tx("Intraclass correlation: how much of the differences between respondents lies between the parties rather than within them.")},
        {tx("Cronbach's alpha"), tx("How well the statements of one element measure the same thing, from 0 to 1; below 0.6 the element's score needs care.")},
        {tx("Rank correlation"), tx("Whether two sides put the same elements first: 1 the same order, 0 no relation, -1 opposite.")},
        {tx("Gelijkgerichtheidsindex"), tx("One number from 0 to 100 that sums up a round: level, agreement between the sides, consensus within the parties, congruence of the 7S and, when the distribution model is known, the alignment of its incentives.")},
        {tx("Benchmark"), tx("A distribution by what comparable specialists earn elsewhere, rather than by one's own production.")},
        {tx("Corridor"), tx("Limits within which a vakgroep's share may move from one year to the next.")},
        {tx("Dagdelen and on-call burden"), tx("A distribution by the half-days worked and the burden of being on call, rather than by production.")},
        {tx("ACM"), tx("Autoriteit Consument & Markt, the Dutch competition authority, which supervises cooperation between hospitals.")},
        {tx("(a) and (b)"), tx("The two options a scenario on the Incentives page compares, such as the care in the hospital (a) and the same care elsewhere (b); the figures show what going from (a) to (b) does to each party's money.")},
        {tx("!"), tx("Beside a party's figure on the Incentives page: its money pulls against the theme: it gains from the option that does not serve the theme, or loses from the one that does.")},
        {tx("*"), tx("Before a recommendation: one of the seven main recommendations of its source; at equal urgency they come first.")},
        {tx("Threshold k"), tx("The smallest number of respondents a party needs to be shown at all.")},
        {tx("Response"), tx("The respondents of a party as a share of the people of that role who were invited, where the advisor recorded that number.")},
        {txc("over time", "Change"), tx("How far a party's score moved since the previous round. Clear: more than chance explains (for a party of 10 or more in both rounds). In brackets: chance or rounding can explain it. With *: beyond the rounding, but a group of fewer than 10 is in it, so chance is not tested.")},
    };
    return sortedTerms(terms, lang);
}

} // namespace reports
