#include "reports/assessment_report.hpp"

#include "reports/advice_tables.hpp"
#include "reports/change_tables.hpp"
#include "reports/charts.hpp"
#include "reports/html_document.hpp"
#include "reports/incentive_tables.hpp"
#include "reports/key_messages.hpp"
#include "reports/module_tables.hpp"
#include "reports/pdf_document.hpp"
#include "reports/report_guide.hpp"
#include "reports/score_tables.hpp"


#include <algorithm>
#include <sstream>
#include <set>

namespace reports {

using core::tr;
using core::tx;

std::optional<ReportDepth> depthFromCode(std::string_view code)
{
    if (code == "workshop")
        return ReportDepth::Workshop;
    if (code == "full")
        return ReportDepth::Full;
    if (code == "aggregate")
        return ReportDepth::Aggregate;
    return std::nullopt;
}

namespace {

class Writer {
public:
    Writer(DocumentSink& doc, const ReportInput& in, ReportDepth depth, core::Language lang)
        : m_doc(doc), m_in(in), m_a(*in.analysis), m_inst(*in.instrument), m_depth(depth), m_lang(lang)
    {
    }

    void write(const std::vector<TocEntry>& toc)
    {
        cover();
        if (m_depth != ReportDepth::Workshop) { // the handout is short: its headings are enough
            m_doc.contents(text(tx("Contents")), toc);
            m_doc.pageBreak();
        }
        summary();
        howToRead();
        method();
        scores();
        gaps();
        sinceLast();
        agenda();
        if (m_depth != ReportDepth::Workshop) {
            consensus();
            incentives();
        }
        recommendations();
        modules();
        if (m_depth == ReportDepth::Full) {
            actionPlan();
            appendix();
        }
        sources(m_depth == ReportDepth::Workshop ? 5 : 10);
        glossary();
        if (m_depth == ReportDepth::Workshop)
            discussion();
        m_doc.finish();
    }

private:
    DocumentSink& m_doc;
    const ReportInput& m_in;
    const core::Analysis& m_a;
    const core::Instrument& m_inst;
    ReportDepth m_depth;
    core::Language m_lang;

    std::string text(core::TextKey key) const { return std::string(tr(m_lang, key)); }
    std::string text(core::TextKey key, const std::vector<std::string>& args) const { return tr(m_lang, key, args); }
    std::string number(double v, int decimals = 0) const { return core::formatNumber(v, decimals, m_lang); }

    void cover()
    {
        const std::string depth = m_depth == ReportDepth::Workshop ? text(tx("Workshop handout"))
                                  : m_depth == ReportDepth::Full   ? text(tx("Full report"))
                                                                   : text(tx("Aggregate report (for sharing outside the hospital)"));
        Cover c;
        c.brand = "Samenspel";
        c.title = text(tx("Gelijkgerichtheid of the executive board and the medical specialists"));
        c.organisation = m_in.organisation.name;
        c.round = m_in.round.name + " (" + core::formatDate(m_in.round.date, m_lang) + ")";
        c.kind = depth;
        if (!m_in.advisor.empty())
            c.details.push_back(text(tx("Advisor: {0}"), {m_in.advisor}));
        c.details.push_back(text(tx("Date: {0}"), {core::formatDate(m_in.date, m_lang)}));
        c.note = text(tx("Parties with fewer than {0} respondents are not shown anywhere in this report."),
                      {std::to_string(m_a.options.k)});
        m_doc.cover(c);
    }

    void summary()
    {
        m_doc.heading(text(tx("Summary")));
        if (m_a.index.value)
            m_doc.paragraph(text(tx("Gelijkgerichtheidsindex: {0} out of 100, {1}."),
                                 {number(*m_a.index.value), indexBand(*m_a.index.value, m_lang)}),
                            13, true);
        m_doc.heading(text(tx("In brief")), 2);
        for (const auto& line : keyMessages(m_a, m_in.advice, m_inst, m_lang))
            m_doc.bullet(line);
        if (m_in.previous && !m_in.previous->changes.parties.empty())
            m_doc.bullet(text(tx("Largest change since {0}: {1}"),
                              {m_in.previous->round.name, changeLines(m_in.previous->changes, m_inst, m_lang, 1, true).front()}));
        m_doc.heading(text(tx("What the index consists of")), 2);
        m_doc.table(indexTable(m_a, m_lang));
        if (m_depth == ReportDepth::Workshop)
            return;
        m_doc.heading(text(tx("The five largest gaps between parties")), 2);
        m_doc.table(gapTable(m_a, m_inst, m_lang, 5));
        m_doc.heading(text(tx("The five most urgent recommendations")), 2);
        int rank = 0;
        for (const auto* a : core::applying(m_in.advice, 5)) {
            // The first reason, short: the amounts behind it are in the chapter on recommendations.
            const auto why = a->rationale(true);
            m_doc.bullet(std::to_string(++rank) + ". " + a->recommendation->title.in(m_lang) +
                         (why.empty() ? "" : " — " + why.front().render(m_lang)));
        }
    }

    void howToRead()
    {
        m_doc.heading(text(tx("How to read this report")));
        for (const auto& line : readingGuide(m_lang, m_a.options.k, m_a.options.gapThreshold))
            m_doc.bullet(line);
    }

    /// The workshop ends with what to talk about, drawn from this round's findings.
    void discussion()
    {
        m_doc.heading(text(tx("To discuss")));
        auto questions = discussionQuestions(m_a, m_in.advice, m_inst, m_lang);
        // A follow-up round also looks back: what moved, and why. Still five at the most: it then
        // takes the place of the last question (what goes well).
        if (m_in.previous)
            if (const auto q = changeQuestion(m_in.previous->changes, m_inst, m_lang, m_in.previous->round.name)) {
                if (questions.size() >= 5)
                    questions.resize(4);
                questions.push_back(*q);
            }
        int n = 0;
        for (const auto& q : questions)
            m_doc.paragraph(std::to_string(++n) + ". " + q, 11);
    }

    void method()
    {
        m_doc.heading(text(tx("Response and method")));
        m_doc.table(responseTable(m_a, m_inst, m_in.invited, m_lang), 9);
        for (const auto& note : responseNotes(m_a, m_inst, m_in.invited, m_lang))
            m_doc.paragraph(note, 9);
        for (const auto& note : scoreNotes(m_a, m_lang))
            m_doc.paragraph(note, 9);
        m_doc.paragraph(m_in.incentives
                            ? text(tx("Each statement is answered from 1 (fully disagree) to 5 (fully agree); statements "
                                      "phrased against alignment are reversed. Scores run from 0 to 100. The index combines "
                                      "five components: the level, the agreement between the hospital side and the medical "
                                      "side, the consensus within the parties, the congruence of the 7S elements and the "
                                      "alignment of the incentives in the distribution model; every formula is in the "
                                      "methodology."))
                            : text(tx("Each statement is answered from 1 (fully disagree) to 5 (fully agree); statements "
                                      "phrased against alignment are reversed. Scores run from 0 to 100. The index combines "
                                      "four components: the level, the agreement between the hospital side and the medical "
                                      "side, the consensus within the parties and the congruence of the 7S elements; every "
                                      "formula is in the methodology.")),
                        9);
    }

    std::vector<const core::Party*> roles() const
    {
        std::vector<const core::Party*> out;
        for (const auto& p : m_a.parties)
            if (!p.isSide)
                out.push_back(&p);
        return out;
    }

    void scores()
    {
        const Table elements = scoreTable(m_a, m_inst, m_lang, false);
        const Table themes = scoreTable(m_a, m_inst, m_lang, true);
        m_doc.heading(text(tx("The 7S per party")));
        m_doc.drawing(330, radarOf(m_a, m_inst, m_lang),
                      {text(tx("Radar chart: the score (0-100) of every party shown on each of the seven elements.")),
                       {elements}});
        m_doc.heading(text(tx("Elements and themes per party")), 2);
        m_doc.drawing(100 + 20.0 * 12, heatmapOf(m_a, m_inst, m_lang),
                      {text(tx("Heat map: the score (0-100) of every party shown on each element and theme.")),
                       {elements, themes}});
        for (const auto& line : congruenceLines(m_a, m_inst, m_lang))
            m_doc.paragraph(line, 9);
        spread();
    }

    /// Not only means: how the answers of each party large enough to show it spread.
    void spread()
    {
        m_doc.heading(text(tx("Disagree, neutral, agree")), 2);
        const std::size_t rows = spreadRows(m_a);
        if (rows == 0) {
            m_doc.paragraph(spreadMissing(m_lang), 9);
            return;
        }
        m_doc.paragraph(spreadIntro(m_lang), 9);
        m_doc.drawing(16.0 * static_cast<double>(rows) + 20, spreadChartOf(m_a, m_inst, m_lang),
                      {text(tx("Stacked bars: per party and element, the shares of answers that disagree, are neutral and agree.")),
                       {spreadTable(m_a, m_inst, m_lang)}});
    }

    void gaps()
    {
        m_doc.heading(text(tx("Where the parties diverge")));
        const std::size_t rows = std::min<std::size_t>(m_a.gaps.size(), 12);
        m_doc.drawing(18.0 * static_cast<double>(rows) + 16, gapChartOf(m_a, m_inst, m_lang, rows),
                      {text(tx("Bar chart: the largest gaps between two parties, in points.")),
                       {gapTable(m_a, m_inst, m_lang, rows)}});
        m_doc.paragraph(text(tx("Gap in points (0-100); red: {0} points or more (misaligned)."),
                             {number(m_a.options.gapThreshold)}),
                        8);
        if (m_depth != ReportDepth::Workshop)
            m_doc.table(gapTable(m_a, m_inst, m_lang, 15));
    }

    /// What moved since the organisation's previous round, for the parties shown in both.
    void sinceLast()
    {
        if (!m_in.previous)
            return;
        const auto& earlier = *m_in.previous;
        m_doc.heading(text(tx("Since the previous round")));
        m_doc.paragraph(text(tx("Compared with {0} ({1}): per element and theme, how the score (0-100) of each party shown in "
                                "both rounds changed."),
                             {earlier.round.name, core::formatDate(earlier.round.date, m_lang)}),
                        9);
        if (earlier.round.instrumentVersion != m_in.round.instrumentVersion)
            m_doc.paragraph(text(tx("The two rounds used different versions of the questionnaire ({0} and {1}): where the "
                                    "statements of an element or theme changed, part of its change comes from that."),
                                 {earlier.round.instrumentVersion, m_in.round.instrumentVersion}),
                            9);
        if (earlier.changes.parties.empty()) {
            m_doc.paragraph(text(tx("No party is shown in both rounds, so no change can be given.")), 9);
            return;
        }
        if (earlier.changes.indexThen && earlier.changes.indexNow)
            m_doc.bullet(text(tx("Gelijkgerichtheidsindex: from {0} to {1}."),
                              {number(*earlier.changes.indexThen), number(*earlier.changes.indexNow)}));
        for (const auto& line : changeLines(earlier.changes, m_inst, m_lang, 5))
            m_doc.bullet(line);
        m_doc.drawing(changeChartHeight(earlier.changes), changeChartOf(earlier.changes, m_inst, m_lang),
                      {text(tx("Heat map: per element and theme, the change in points of every party shown in both rounds.")),
                       {changeTable(earlier.changes, m_inst, m_lang)}});
        m_doc.paragraph(changeNote(m_lang), 8);
        if (m_depth == ReportDepth::Full) {
            if (const auto notable = changeTable(earlier.changes, m_inst, m_lang, 15); !notable.rows.empty()) {
                m_doc.heading(text(tx("The largest changes that rounding does not explain")), 2);
                m_doc.table(notable);
            }
        }
    }

    void agenda()
    {
        m_doc.heading(text(tx("Now and desired")));
        m_doc.paragraph(text(tx("A separate question: every respondent rated each element from 0 to 10 as it is now and as "
                                "it should be in two years. The dot is now, the arrowhead desired; the longer the arrow, "
                                "the more change that side wants.")),
                        9);
        m_doc.drawing(210, agendaChartOf(m_a, m_inst, m_lang),
                      {text(tx("Arrow chart: per element, where the hospital side and the medical side are now and where they want to be (0-10).")),
                       {agendaTable(m_a, m_inst, m_lang)}});
        if (m_depth != ReportDepth::Workshop)
            m_doc.table(agendaTable(m_a, m_inst, m_lang));
        for (const auto& note : scoreNotes(m_a, m_lang))
            if (note.find("0-100") == std::string::npos && m_a.changeAgenda.priorityAgreement && note.find(number(*m_a.changeAgenda.priorityAgreement, 2)) != std::string::npos)
                m_doc.paragraph(note, 9);
    }

    void consensus()
    {
        m_doc.heading(text(tx("Consensus within the parties")));
        m_doc.paragraph(consensusNote(m_lang), 9);
        m_doc.table(consensusTable(m_a, m_inst, m_lang));
        m_doc.heading(text(tx("Agreement as researchers measure it")), 2);
        m_doc.paragraph(text(tx("Consensus against a slightly skewed null (r_wg, sensitivity check)")), 9, true);
        m_doc.table(consensusTable(m_a, m_inst, m_lang, Agreement::RwgSkewed));
        m_doc.paragraph(text(tx("Consensus as a_wg (-1 to 1)")), 9, true);
        m_doc.table(consensusTable(m_a, m_inst, m_lang, Agreement::Awg));
        m_doc.paragraph(text(tx("Do the parties differ more than chance? ICC(1) and ICC(2)")), 9, true);
        if (const auto icc = iccTable(m_a, m_inst, m_lang); icc.rows.empty())
            m_doc.paragraph(iccMissing(m_lang), 9);
        else
            m_doc.table(icc);
        for (const auto& note : agreementNotes(m_lang))
            m_doc.paragraph(note, 8);
        m_doc.heading(text(tx("Reliability of the scales (Cronbach's alpha)")), 2);
        m_doc.table(alphaTable(m_a, m_inst, m_lang));
    }

    void incentives()
    {
        if (!m_in.incentives)
            return;
        m_doc.heading(text(tx("Incentives: what the money does")));
        const auto alignment = core::incentiveAlignment(*m_in.incentives, m_in.scenarios);
        m_doc.paragraph(alignmentSentence(m_in.incentives->model.name, alignment, m_lang), 10);
        // Shared outside the hospital: nothing below party level. The scenarios are about named
        // specialties (an orthopaedist leaves...), so even counted conflicts would point at a
        // vakgroep: only the model's alignment above.
        if (m_depth == ReportDepth::Aggregate)
            return;
        m_doc.table(scenarioSummary(m_in.scenarios, m_in.outcomes, m_lang));
        for (std::size_t i = 0; i < m_in.scenarios.size() && i < m_in.outcomes.size(); ++i) {
            if (m_in.outcomes[i].conflicts() == 0)
                continue;
            m_doc.heading(m_in.scenarios[i].name.in(m_lang), 2);
            m_doc.paragraph(m_in.scenarios[i].description.in(m_lang), 9);
            const auto models = core::compareModels(*m_in.incentives, m_in.scenarios[i]);
            modelChart(models);
            if (m_depth == ReportDepth::Full)
                m_doc.table(modelComparison(models, m_lang));
        }
        if (m_depth == ReportDepth::Full) {
            m_doc.heading(text(tx("Production incentive per vakgroep")), 2);
            m_doc.paragraph(text(tx("Production incentive: % change in income per specialist for 1% more own production")), 9);
            m_doc.table(elasticityTable(*m_in.incentives, m_lang));
        }
    }

    /// Model x actor: blue where an actor gains from (b), red where it loses; "!" marks a conflict.
    void modelChart(const std::vector<core::ScenarioOutcome>& models)
    {
        if (models.empty())
            return;
        std::vector<std::string> rows;
        for (const auto& o : models)
            rows.push_back(core::modelRowName(o, m_lang));
        m_doc.drawing(160 + 20.0 * static_cast<double>(rows.size()), modelChartOf(models, rows, m_lang),
                      {text(tx("Grid: per distribution model, how much each actor gains or loses from the change.")),
                       {modelComparison(models, m_lang)}});
        m_doc.paragraph(text(tx("Change from (a) to (b) per actor and model, as a share of what it has now: blue where that actor gains, red where it loses (whatever the actor, blue is good for it); ! marks a conflict with the theme.")), 8);
    }

    void recommendations()
    {
        m_doc.heading(text(tx("Recommendations")));
        const std::size_t top = m_depth == ReportDepth::Workshop ? 5 : 10;
        for (const auto& line : adviceDetails(m_in.advice, top, m_inst, m_lang, m_depth == ReportDepth::Aggregate))
            line.starts_with("   ") ? m_doc.paragraph(line.substr(3), 9) : m_doc.paragraph(line, 10.5, true);
    }

    void actionPlan()
    {
        m_doc.heading(text(tx("Action plan")));
        if (m_in.actions.empty()) {
            m_doc.paragraph(text(tx("No actions have been agreed yet.")), 9);
            return;
        }
        m_doc.table(actionTable(m_in.actions, m_in.progress, m_inst, m_lang));
    }

    /// Each module the round adds: what it is about, and the boards' answers to its questions
    /// beside what others report. Its statements are in the scores, with their element.
    void modules()
    {
        for (const auto& m : m_inst.modules()) {
            m_doc.heading(text(tx("Module: {0}"), {m.title.in(m_lang)}));
            m_doc.paragraph(m.description.in(m_lang), 9);
            const auto score = std::find_if(m_a.modules.begin(), m_a.modules.end(), [&](const core::ModuleScore& s) { return s.module == m.id; });
            if (score != m_a.modules.end()) {
                m_doc.paragraph(text(tx("Its statements as one scale (0-100, reversed statements turned around), per party shown: "
                                        "apart from the 7S scores, which stay those of the core questionnaire. Each statement is "
                                        "in the appendix.")),
                                9);
                const Table scores = moduleScoreTable(m_inst, score->result, m_lang);
                if (!scores.rows.empty())
                    m_doc.table(scores, 8);
            }
            const Table t = moduleTable(m_inst, m, m_in.boardAnswers, m_lang);
            if (t.rows.empty())
                continue;
            std::string note = text(tx("The questions below are answered per board; a board's answer is the one more than half of "
                                       "its members gave, from {0} answers on."),
                                    {std::to_string(m_in.round.anonymityK)});
            if (t.columns.size() > 3)
                note += " " + text(tx("The last column says what a study found elsewhere, with how many it asked and whom: a "
                                      "picture for comparison, not a norm."));
            m_doc.paragraph(note, 9);
            m_doc.table(t, 7);
        }
    }

    void appendix()
    {
        m_doc.heading(text(tx("Appendix: the statements per party (1-5, reversed statements turned around)")));
        Table t;
        t.decimalSeparator = decimalSeparator(m_lang);
        t.columns = {{"item", text(tx("7S element"))}, {"text", text(tx("statement"))}};
        for (const auto* p : roles())
            t.columns.push_back({p->code, core::partyName(m_inst, p->code, m_lang), true});
        for (const auto& item : m_a.items) {
            // The statement's element for the reader; its code stays in the data formats.
            const auto* q = m_inst.find(item.item);
            // A reversed statement says so: its figure is turned around, not its text.
            std::vector<Cell> row{Cell::coded(item.item, q->element ? m_inst.name(*q->element).in(m_lang) : std::string()),
                                  Cell::of(q->text.in(m_lang) + (q->reverse ? " " + text(tx("(reversed)")) : ""))};
            for (const auto* p : roles()) {
                const auto c = std::find_if(item.parties.begin(), item.parties.end(),
                                            [&](const core::ItemResult::Cell& x) { return x.party == p->code; });
                row.push_back(c != item.parties.end() ? Cell::of(c->mean, 1) : Cell::empty());
            }
            t.rows.push_back(std::move(row));
        }
        m_doc.table(t, 7);
    }

    /// The publications behind the statements and the recommendations shown, with full references.
    void sources(std::size_t top)
    {
        std::set<std::string> cited;
        for (const auto& q : m_inst.questions())
            cited.insert(q.source.publication);
        for (const auto* a : core::applying(m_in.advice, top))
            cited.insert(a->recommendation->source.publication);
        m_doc.heading(text(tx("Sources")));
        for (const auto& s : m_inst.sources())
            if (cited.contains(s.code))
                m_doc.bullet(s.shortName.in(m_lang) + ": " + s.citation);
    }

    void glossary()
    {
        m_doc.heading(text(tx("Glossary")));
        for (const auto& [term, meaning] : glossaryTerms(m_lang))
            m_doc.bullet(term + ": " + meaning);
    }
};

} // namespace

namespace {
std::string runningHeader(const ReportInput& input, core::Language lang)
{
    return input.organisation.name + " - " + input.round.name + " - " + std::string(tr(lang, tx("gelijkgerichtheid")));
}
} // namespace

void writeHtmlReport(std::ostream& out, const ReportInput& input, ReportDepth depth, core::Language lang)
{
    HtmlDocument doc(out, runningHeader(input, lang), std::string(core::code(lang)),
                     std::string(tr(lang, tx("The figures behind this chart"))));
    Writer(doc, input, depth, lang).write({});
}


std::size_t writePdfReport(std::ostream& out, const ReportInput& input, ReportDepth depth, core::Language lang)
{
    const std::string header = runningHeader(input, lang);
    const std::string pages = std::string(tr(lang, tx("page {0}")));
    const auto toc = settledContents(header, pages, [&](DocumentSink& d, const auto& t) { Writer(d, input, depth, lang).write(t); });
    PdfDocument doc(out, header, pages);
    doc.describe({tr(lang, tx("Alignment of executive board and medical specialists: {0}, {1}"),
                     {input.organisation.name, input.round.name}),
                  input.advisor, input.instrument ? input.instrument->title().in(lang) : std::string(),
                  std::string(tr(lang, tx("alignment, executive board, medical specialists, 7S, right care at the right place"))),
                  input.date, std::string(core::code(lang))});
    Writer(doc, input, depth, lang).write(toc);
    return doc.brokenWords();
}

void previewPdfReport(PageImages& images, const ReportInput& input, ReportDepth depth, core::Language lang)
{
    const std::string header = runningHeader(input, lang);
    const std::string pages = std::string(tr(lang, tx("page {0}")));
    const auto toc = settledContents(header, pages, [&](DocumentSink& d, const auto& t) { Writer(d, input, depth, lang).write(t); });
    PdfDocument doc(images, header, pages);
    Writer(doc, input, depth, lang).write(toc);
}

} // namespace reports
