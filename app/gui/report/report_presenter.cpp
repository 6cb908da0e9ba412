#include "report/report_presenter.hpp"

#include "report_data.hpp"

#include "core/text/text_util.hpp"
#include "db/database.hpp"
#include "reports/atomic_file.hpp"

#include <algorithm>


namespace gui {

using core::tr;
using core::tx;
using core::txn;

ReportPresenter::ReportPresenter(std::string databasePath, core::Id round, std::string roundName, core::Language lang)
    : m_databasePath(std::move(databasePath)), m_round(round), m_roundName(std::move(roundName)), m_lang(lang),
      m_reportLang(lang)
{
}

std::vector<std::string> ReportPresenter::depthLabels() const
{
    return {std::string(tr(m_lang, tx("Workshop: a short handout for the joint session"))),
            std::string(tr(m_lang, tx("Full: everything, with the action plan, for the advisor"))),
            std::string(tr(m_lang, tx("Aggregate: parties only, to share outside the hospital")))};
}

std::vector<std::string> ReportPresenter::formatLabels() const
{
    return {std::string(tr(m_lang, tx("PDF document"))), std::string(tr(m_lang, tx("Web page (HTML)"))),
            std::string(tr(m_lang, tx("Data (JSON)"))), std::string(tr(m_lang, tx("Tables (CSV)")))};
}

std::vector<std::string> ReportPresenter::languageLabels() const { return {"Nederlands", "English"}; }

std::vector<std::string> ReportPresenter::tableLabels() const
{
    return {std::string(tr(m_lang, tx("Scores per party and element or theme"))),
            std::string(tr(m_lang, tx("Gaps between parties"))),
            std::string(tr(m_lang, tx("The index and its components"))),
            std::string(tr(m_lang, tx("Now and desired"))),
            std::string(tr(m_lang, tx("Recommendations"))),
            std::string(tr(m_lang, tx("Response"))),
            std::string(tr(m_lang, tx("Change since the previous round"))),
            std::string(tr(m_lang, tx("Reliability (Cronbach's alpha)"))),
            std::string(tr(m_lang, tx("Incentive scenarios"))),
            std::string(tr(m_lang, tx("Action plan")))};
}

std::string ReportPresenter::suggestedFileName() const
{
    const std::string depthName[] = {std::string(tr(m_reportLang, tx("workshop"))),
                                     std::string(tr(m_reportLang, tx("full"))),
                                     std::string(tr(m_reportLang, tx("aggregate")))};
    std::string name = std::string(tr(m_reportLang, tx("report"))) + "-" + m_roundName + "-" + depthName[m_depth];
    if (m_format == kCsv)
        name += std::string("-") + kTables[m_table];
    return core::safeFileName(name) + "." + kFormats[m_format];
}

ReportPresenter::ExchangePreview ReportPresenter::exchangePreview() const
{
    auto db = db::Database::open(m_databasePath);
    ExchangePreview preview{app::exportPackage(db, m_round), {}, {}};
    preview.text = app::describePackage(preview.made.package, app::sha256Hex(core::exchangeCanonical(preview.made.package)), m_lang);
    preview.fileName = core::safeFileName(std::string(tr(m_lang, tx("exchange"))) + "-" + preview.made.package.hospitalName + "-" + m_roundName) + ".json";
    return preview;
}

std::string ReportPresenter::saveExchange(const ExchangePreview& preview, const std::string& path) const
{
    auto db = db::Database::open(m_databasePath);
    reports::writeFileAtomically(path, [&](std::ostream& out) {
        out << preview.made.file;
        app::recordShared(db, preview.made.toRecord); // shared when it is made, just before it takes its name
    });
    return tr(m_lang, tx("Exchange package written to {0}. It holds what the preview showed, and nothing else."), {path});
}

std::string ReportPresenter::wildcard() const
{
    const std::string ext = kFormats[m_format];
    return formatLabels()[m_format] + " (*." + ext + ")|*." + ext;
}

std::function<std::string(JobControl&)> ReportPresenter::exportJob(std::string path) const
{
    return [path = std::move(path), dbPath = m_databasePath, round = m_round, depth = kDepths[m_depth],
            format = std::string(kFormats[m_format]), table = std::string(kTables[m_table]), lang = m_reportLang,
            uiLang = m_lang, advisor = m_advisor](JobControl& control) {
        control.checkpoint(5);
        auto db = db::Database::open(dbPath); // its own connection: the window keeps its own
        const auto report = app::gatherReport(db, round, depth, lang, advisor, core::todayIso());
        if (format == "csv") {
            const auto names = reports::reportTableNames(report->input, depth);
            if (std::find(names.begin(), names.end(), table) == names.end())
                throw core::Error(core::Message{tx("This report has no table \"{0}\" (at this depth, or for this round); it has {1}"),
                                                {table, core::joinList(names)}});
        }
        control.checkpoint(40);
        reports::writeFileAtomically(path, [&](std::ostream& out) {
            if (format == "pdf")
                reports::writePdfReport(out, report->input, depth, lang);
            else if (format == "html")
                reports::writeHtmlReport(out, report->input, depth, lang);
            else
                reports::writeDataReport(out, report->input, depth, lang, format == "json", table);
            control.checkpoint(95); // the last moment to cancel: nothing has been renamed yet
            // A report is shared (docs/disclosure.md): its state is stored just before it takes its name.
            app::recordShared(db, report->toRecord);
        });
        return tr(uiLang, tx("Report written to {0}"), {path});
    };
}

std::function<std::string(JobControl&)> ReportPresenter::previewJob(std::shared_ptr<reports::PageImages> pages,
                                                                   double scale) const
{
    return [pages = std::move(pages), scale, dbPath = m_databasePath, round = m_round, depth = kDepths[m_depth],
            lang = m_reportLang, uiLang = m_lang, advisor = m_advisor](JobControl& control) {
        control.checkpoint(5);
        const auto db = db::Database::open(dbPath);
        const auto report = app::gatherReport(db, round, depth, lang, advisor, core::todayIso());
        control.checkpoint(30);
        pages->pages.clear();
        pages->scale = scale;
        reports::previewPdfReport(*pages, report->input, depth, lang);
        control.checkpoint(100);
        return tr(uiLang, txn("{0} page", "{0} pages"), pages->pages.size(), {std::to_string(pages->pages.size())});
    };
}

} // namespace gui
