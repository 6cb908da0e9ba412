#pragma once
// The Report page, without wx: depth, language and format of a round's report, a file name to
// suggest, and the export as work for a BackgroundJob (its own database connection, written to
// a temporary file and renamed, so a cancelled or failed export leaves nothing behind).

#include "common/background_job.hpp"
#include "exchange.hpp"

#include "core/text/i18n.hpp"
#include "core/answers/records.hpp"
#include "reports/assessment_report.hpp"

#include <array>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace gui {

class ReportPresenter {
public:
    ReportPresenter(std::string databasePath, core::Id round, std::string roundName, core::Language lang);

    static constexpr std::array kDepths{reports::ReportDepth::Workshop, reports::ReportDepth::Full,
                                        reports::ReportDepth::Aggregate};
    static constexpr std::array kFormats{"pdf", "html", "json", "csv"};
    static constexpr std::size_t kCsv = 3; ///< the format whose file holds one table
    /// The tables a CSV file can hold, one per file (docs/report-data.md); which a report has
    /// depends on its depth and its round.
    static constexpr std::array kTables{"scores", "gaps",     "index", "agenda",    "recommendations",
                                        "response", "changes", "alpha", "scenarios", "actions"};
    /// "Workshop: a short handout for the joint session", ...
    std::vector<std::string> depthLabels() const;
    std::vector<std::string> formatLabels() const;
    std::vector<std::string> languageLabels() const;
    /// What each of kTables holds, in words.
    std::vector<std::string> tableLabels() const;

    void setDepth(std::size_t index) { m_depth = index < kDepths.size() ? index : 0; }
    void setFormat(std::size_t index) { m_format = index < kFormats.size() ? index : 0; }
    void setReportLanguage(std::size_t index) { m_reportLang = index == 1 ? core::Language::En : core::Language::Nl; }
    void setAdvisor(std::string advisor) { m_advisor = std::move(advisor); }
    void setTable(std::size_t index) { m_table = index < kTables.size() ? index : 0; }
    std::size_t table() const { return m_table; }
    std::size_t depth() const { return m_depth; }
    std::size_t format() const { return m_format; }
    std::size_t reportLanguage() const { return m_reportLang == core::Language::En ? 1 : 0; }

    /// "rapport-nulmeting-2026-werksessie.pdf" (a CSV file also names its table): safe on every
    /// file system.
    std::string suggestedFileName() const;
    /// For the save dialog: "PDF (*.pdf)|*.pdf".
    std::string wildcard() const;
    /// The export, to run on a BackgroundJob; its message says where the report went. A CSV table
    /// that this report does not have fails with the tables it has, writing nothing.
    std::function<std::string(JobControl&)> exportJob(std::string path) const;
    /// The PDF's pages as images for the preview, at `scale` pixels per point, for a
    /// BackgroundJob (its own connection); the pages go into `pages`, the message counts them.
    std::function<std::string(JobControl&)> previewJob(std::shared_ptr<reports::PageImages> pages, double scale) const;

    /// The round's exchange package for the ministry (docs/exchange.md) as it would leave: made from
    /// the shared state, with what it holds in words and a file name to suggest. Nothing is recorded
    /// as shared until it is saved.
    struct ExchangePreview {
        app::ExchangeExport made;
        std::string text;
        std::string fileName;
    };
    ExchangePreview exchangePreview() const;
    /// Writes the package to `path` (a temporary name, then renamed) and records its shared state
    /// just before it takes its name; returns what to tell the user.
    std::string saveExchange(const ExchangePreview& preview, const std::string& path) const;

private:
    std::string m_databasePath;
    core::Id m_round;
    std::string m_roundName;
    core::Language m_lang;
    core::Language m_reportLang;
    std::size_t m_depth = 0;
    std::size_t m_format = 0;
    std::size_t m_table = 0;
    std::string m_advisor;
};

} // namespace gui
