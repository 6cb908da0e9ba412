// The national report: written once against DocumentSink, as PDF and as HTML.
#include "reports/national_report.hpp"

#include "reports/comparison_charts.hpp"
#include "reports/html_document.hpp"

#include "core/advice/recommendations.hpp"
#include "core/text/i18n.hpp"
#include "core/text/text_util.hpp"

#include <algorithm>

namespace reports {
namespace {

using core::tr;
using core::tx;

class NationalWriter {
public:
    NationalWriter(DocumentSink& doc, const NationalInput& in, core::Language lang) : m_doc(doc), m_in(in), m_lang(lang) {}

    void write(const std::vector<TocEntry>& toc)
    {
        cover();
        m_doc.contents(text(tx("Contents")), toc);
        m_doc.pageBreak();
        summary();
        howToRead();
        field();
        gaps();
        groups();
        sources();
        actions();
        m_doc.finish();
    }

private:
    DocumentSink& m_doc;
    const NationalInput& m_in;
    core::Language m_lang;

    std::string text(core::TextKey key, std::vector<std::string> args = {}) const { return tr(m_lang, key, args); }
    std::string number(double v, int decimals = 0) const { return core::formatNumber(v, decimals, m_lang); }
    std::string percent(std::size_t part, std::size_t whole) const
    {
        return whole == 0 ? "–" : number(100.0 * static_cast<double>(part) / static_cast<double>(whole)) + "%";
    }
    std::string name(const core::Measure& m) const { return measureName(m, *m_in.instrument, m_lang); }

    void cover()
    {
        Cover c;
        c.brand = "Samenspel";
        c.title = text(tx("Gelijkgerichtheid of executive boards and medical specialists in Dutch hospitals"));
        c.organisation = text(tx("National picture for the ministry of health (VWS)"));
        c.round = text(tx("{0} hospitals, questionnaire version {1}"), {std::to_string(m_in.hospitals), m_in.instrumentVersion});
        c.kind = text(tx("National report"));
        c.details.push_back(text(tx("Date: {0}"), {core::formatDate(m_in.date, m_lang)}));
        c.note = text(tx("From the hospitals' exchange packages: figures of parties with at least k respondents only, no "
                         "answers. No hospital is ranked."));
        m_doc.cover(c);
    }

    void summary()
    {
        m_doc.heading(text(tx("Summary")));
        for (const auto& g : m_in.field)
            if (g.comparison.measure.code == "index" && g.comparison.shown)
                m_doc.paragraph(text(tx("Gelijkgerichtheidsindex over {0} hospitals: median {1}, half of the hospitals between {2} "
                                        "and {3}."),
                                     {std::to_string(g.comparison.hospitals), number(g.comparison.median), number(g.comparison.q1),
                                      number(g.comparison.q3)}),
                                11, true);
        std::vector<std::string> real;
        for (const auto& g : m_in.field)
            if (g.comparison.spread && g.comparison.spread->rankability >= 0.5)
                real.push_back(name(g.comparison.measure));
        m_doc.bullet(real.empty() ? text(tx("On no measure do the hospitals differ by more than chance would largely explain."))
                                  : text(tx("Real differences between hospitals (rankability 0.5 or more): {0}."), {core::joinList(real)}));
        for (const auto& g : m_in.field) {
            const auto outside = std::count_if(g.comparison.rows.begin(), g.comparison.rows.end(), [](const auto& r) {
                return r.position == core::FunnelPosition::Outside998;
            });
            if (outside > 0)
                m_doc.bullet(text(tx("{0}: {1} hospitals outside the 99.8% limits, variation worth a conversation."),
                                  {name(g.comparison.measure), std::to_string(outside)}));
        }
        std::vector<std::string> applying;
        for (const auto& a : m_in.actions)
            if (a.applies)
                applying.push_back(a.entry->title.in(m_lang));
        m_doc.bullet(applying.empty() ? text(tx("No action for the ministry is indicated by the national pattern."))
                                      : text(tx("Actions for the ministry indicated by the national pattern: {0}."), {core::joinList(applying)}));
        if (m_in.earlierRounds + m_in.otherVersion > 0)
            m_doc.paragraph(text(tx("Each hospital is compared on its latest round; left out: {0} earlier rounds and {1} packages "
                                    "of another questionnaire version."),
                                 {std::to_string(m_in.earlierRounds), std::to_string(m_in.otherVersion)}));
    }

    void howToRead()
    {
        m_doc.heading(text(tx("How to read this report")));
        m_doc.paragraph(text(tx("This is not a league table. Hospitals are listed by name, and no rank is computed. A hospital "
                                "outside the 99.8% limits of a funnel differs more than chance explains: variation worth a "
                                "conversation, not a verdict. Outside the 95% limits is where about 1 hospital in 20 lies by "
                                "chance alone; those are not named.")));
        m_doc.paragraph(text(tx("A funnel plots each hospital's value against its precision: further right are hospitals with more "
                                "respondents. The limits narrow to the right; they are widened by the real spread between "
                                "hospitals (tau²), so that a hospital is only marked when it stands out from a field that "
                                "differs anyway.")));
        m_doc.paragraph(text(tx("Shrunken values pull each hospital towards the centre in proportion to its uncertainty. The "
                                "rankability says how much of the differences between hospitals is real rather than chance: "
                                "below 0.5 a ranking would mostly order noise.")));
        m_doc.paragraph(text(tx("Groups of fewer than {0} hospitals are not compared. A hospital's figures contain only parties of "
                                "at least k respondents (usually 3); a party below it is neither shown nor counted."),
                             {std::to_string(core::kMinComparedHospitals)}));
    }

    void field()
    {
        m_doc.heading(text(tx("The field per measure")));
        m_doc.paragraph(text(tx("Median and quartiles over all compared hospitals; for the gaps also the spread between hospitals "
                                "beyond chance and the rankability.")));
        m_doc.table(withoutColumns(comparisonSummary(m_in.field, *m_in.instrument, m_lang), {"group", "tau2"}), 7.5); // tau² per gap below
    }

    void gaps()
    {
        m_doc.heading(text(tx("Hospital side and medical side per element")));
        m_doc.paragraph(text(tx("The gap is the hospital side's score minus the medical side's, in points (0-100 scale). Positive: "
                                "the hospital side sees more alignment.")));
        for (const auto& g : m_in.field) {
            const auto& c = g.comparison;
            if (!c.spread)
                continue;
            m_doc.heading(name(c.measure), 2);
            m_doc.paragraph(text(tx("Centre {0} points; between hospitals tau² = {1}; rankability {2}: {3}."),
                                 {number(c.spread->randomMean, 1), number(c.spread->tau2, 1), number(c.spread->rankability, 2),
                                  rankabilityReading(c.spread->rankability, m_lang)}));
            Table all = comparisonHospitals({g}, *m_in.instrument, m_lang);
            m_doc.drawing(230, funnelChartOf(c, text(tx("gap")), m_lang),
                          {text(tx("Funnel of {0}: each hospital's gap against its precision, with the 95% and 99.8% limits."),
                                {name(c.measure)}),
                           {all}});
            // The hospitals outside the limits, in the table's order (by name).
            Table outside = withoutColumns(all, {"group", "measure", "hospital_key", "round_date", "lower_998", "upper_998"});
            std::vector<std::vector<Cell>> rows;
            for (std::size_t r = 0; r < c.rows.size(); ++r)
                if (c.rows[r].position == core::FunnelPosition::Outside998)
                    rows.push_back(outside.rows[r]);
            outside.rows = std::move(rows);
            if (outside.rows.empty())
                m_doc.paragraph(text(tx("No hospital lies outside the 99.8% limits.")));
            else
                m_doc.table(outside, 7.5);
        }
    }

    void groups()
    {
        m_doc.heading(text(tx("Peer groups")));
        m_doc.paragraph(text(tx("The gelijkgerichtheidsindex within groups of like hospitals, from the packages: the type the "
                                "advisor gave, and the organisation and distribution model the boards answered.")));
        for (const auto& [title, list] : m_in.groups) {
            m_doc.heading(title, 2);
            m_doc.table(withoutColumns(comparisonSummary(list, *m_in.instrument, m_lang), {"measure", "tau2", "rankability"}), 7.5);
        }
    }

    void sources()
    {
        using S = core::SourceFigures;
        const auto& f = m_in.figures;
        m_doc.heading(text(tx("The field beside the sources")));
        m_doc.paragraph(text(tx("Figures from the sources of 2018 and the NZa monitor, as references, not norms: they asked other "
                                "people other questions, so the columns say how the field compares, not how it should be.")));
        Table t;
        t.decimalSeparator = decimalSeparator(m_lang);
        t.columns = {{"figure", text(tx("figure"))}, {"field", text(tx("in this comparison")), true}, {"source", text(tx("source")), true},
                     {"note", text(tx("how they differ"))}};
        const auto share = [&](const char* option) {
            const auto it = f.jointTable.find(option);
            return percent(it == f.jointTable.end() ? 0 : it->second, f.jointTableHospitals);
        };
        const auto pct = [&](double v) { return number(100.0 * v) + "%"; };
        const std::string fms = text(tx("FMS survey of medical boards, April 2018; here the MSB board's majority answer ({0} hospitals)"),
                                     {std::to_string(f.jointTableHospitals)});
        t.rows.push_back({Cell::of(text(tx("Boards fully joint at the table"))), Cell::of(share("fully")), Cell::of(pct(S::fullyJoint)), Cell::of(fms)});
        t.rows.push_back({Cell::of(text(tx("Partly joint"))), Cell::of(share("partly")), Cell::of(pct(S::partlyJoint)), Cell::of(fms)});
        t.rows.push_back({Cell::of(text(tx("Still per forum"))), Cell::of(share("per_forum")), Cell::of(pct(S::perForum)), Cell::of(fms)});
        t.rows.push_back({Cell::of(text(tx("Another form"))), Cell::of(share("other")), Cell::of(pct(S::otherForm)), Cell::of(fms)});
        t.rows.push_back({Cell::of(text(tx("Hospitals with a samenwerkingsmodel (one or more MSBs)"))), Cell::of(percent(f.withMsb, f.modelHospitals)),
                          Cell::of(pct(S::samenwerkingsmodel)),
                          Cell::of(text(tx("NZa 2018, all hospitals; here the boards' organisation model ({0} hospitals)"),
                                        {std::to_string(f.modelHospitals)}))});
        t.rows.push_back({Cell::of(text(tx("MSB board sees more alignment than the RvB"))), Cell::of(percent(f.msbSeesMore, f.perceptionHospitals)),
                          Cell::of(text(tx("{0} of MSBs, {1} of hospitals"), {pct(S::msbSeesIncrease), pct(S::hospitalsSeeIncrease)})),
                          Cell::of(text(tx("NZa monitor: has alignment increased since integral funding, yes or no; here the MSB board's mean over the "
                                           "7S above the RvB's ({0} hospitals). The direction only."),
                                        {std::to_string(f.perceptionHospitals)}))});
        m_doc.table(t, 7.5);
    }

    void actions()
    {
        m_doc.heading(text(tx("Actions for the ministry")));
        m_doc.paragraph(text(tx("The actions the sources give the ministry, each judged on the national pattern: it is indicated "
                                "when at least {0} of the hospitals have a gap of {1} points or more between the RvB and the MSB "
                                "board on one of the action's elements."),
                             {number(100.0 * core::kNationalActionShare) + "%", number(core::kDefaultGapThreshold)}));
        for (const auto& a : m_in.actions) {
            m_doc.heading(a.entry->title.in(m_lang), 2);
            std::vector<std::string> elements;
            for (const auto e : a.entry->elements)
                elements.push_back(m_in.instrument->name(e).in(m_lang));
            m_doc.paragraph(text(tx("{0} of {1} hospitals ({2}) have a gap of {3} points or more between RvB and MSB board on {4}: {5}."),
                                 {std::to_string(a.wide), std::to_string(a.hospitals), percent(a.wide, a.hospitals),
                                  number(core::kDefaultGapThreshold), core::joinList(elements),
                                  a.applies ? text(tx("indicated")) : text(tx("not indicated"))}),
                            10, true);
            m_doc.paragraph(a.entry->text.in(m_lang));
        }
    }
};

std::string header(core::Language lang) { return std::string(tr(lang, tx("Samenspel - national picture of gelijkgerichtheid"))); }

} // namespace

void writeNationalPdf(std::ostream& out, const NationalInput& input, core::Language lang)
{
    const std::string pages = std::string(tr(lang, tx("page {0}")));
    const auto toc = settledContents(header(lang), pages, [&](DocumentSink& d, const auto& t) { NationalWriter(d, input, lang).write(t); });
    PdfDocument doc(out, header(lang), pages);
    doc.describe({std::string(tr(lang, tx("Gelijkgerichtheid of executive boards and medical specialists in Dutch hospitals"))), {},
                  std::string(tr(lang, tx("National picture for the ministry of health (VWS)"))),
                  std::string(tr(lang, tx("alignment, hospitals, comparison, funnel plot, ministry of health"))), input.date,
                  std::string(core::code(lang))});
    NationalWriter(doc, input, lang).write(toc);
}

void writeNationalHtml(std::ostream& out, const NationalInput& input, core::Language lang)
{
    HtmlDocument doc(out, header(lang), std::string(core::code(lang)), std::string(tr(lang, tx("The figures behind this chart"))));
    NationalWriter(doc, input, lang).write({});
}

} // namespace reports
