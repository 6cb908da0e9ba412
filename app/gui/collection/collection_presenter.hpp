#pragma once
// The Collection page, without wx: who has answered in a round (codes and roles, never names),
// importing a CSV file with a preview and its list of problems before anything is stored, and
// typing in one respondent's paper questionnaire.

#include "answer_choices.hpp"
#include "common/background_job.hpp"

#include "core/answers/answer_import.hpp"
#include "db/database.hpp"
#include "reports/table.hpp"

#include <istream>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace gui {

class CollectionPresenter {
public:
    CollectionPresenter(db::Database& db, core::Id round, core::Language lang);

    /// Code, role, answered, "weet niet", not answered: one row per respondent.
    reports::Table respondents() const;
    /// One line per role with respondents, saying which stay out of the results (below k).
    std::vector<std::string> roleSummary() const;

    /// How many of each role were invited (roles without a number are not in it).
    std::map<core::Role, int> invited() const;
    /// Stores the numbers invited (0: none recorded), in one transaction.
    void setInvited(const std::map<core::Role, int>& invited);

    /// What importing a file would do, without storing anything.
    struct Preview {
        core::ImportSummary summary;
        reports::Table respondents; ///< code, role, answers, "weet niet", what happens
        reports::Table problems;    ///< line, column, value, problem
        std::string verdict;        ///< "Ready to import ..." or "Nothing can be imported: ..."
        bool canImport = false;
        bool limeSurvey = false; ///< the file is LimeSurvey's export of the responses
    };
    /// `includeIncomplete`: LimeSurvey's responses that were never submitted too.
    Preview preview(std::istream& csv, bool replace, bool includeIncomplete = false) const;
    /// Reads a file for preview(); a folder or an unreadable file gives a plain message instead.
    std::optional<Preview> previewFile(const std::string& file, bool replace, bool includeIncomplete, std::string& error) const;
    /// The name of the box that imports LimeSurvey's responses never submitted too.
    static core::TextKey includeIncompleteLabel();

    /// The import itself, for a BackgroundJob: its own connection to `databasePath`; throws
    /// Cancelled (nothing stored) when cancelled, and core::Error with the problems when the
    /// file changed since its preview. Returns the message for the user.
    static std::string importFile(const std::string& databasePath, core::Id round, const std::string& file,
                                  bool replace, bool includeIncomplete, core::Language lang, JobControl& control);

    /// Writes the round's answers as CSV (long layout; `excel`: Excel's Dutch dialect) to a file,
    /// atomically. Returns the message for the user; throws core::Error when it cannot be written.
    std::string exportAnswers(const std::string& file, bool excel) const;
    /// A printable blank questionnaire for a role (PDF), with the round's own questions.
    std::string writeQuestionnaire(core::Role role, const std::string& file) const;
    /// "antwoorden-nulmeting-2026.csv"
    std::string suggestedExportName() const;
    /// The round's questionnaire as a LimeSurvey survey (.lss): for every role or one, in these
    /// languages, naming the round's threshold k. Returns the message for the user.
    std::string writeLimeSurvey(const std::string& file, std::optional<core::Role> role,
                                const std::vector<core::Language>& languages) const;
    /// "enquete-nulmeting-2026.lss"
    std::string suggestedSurveyName() const;
    int anonymityK() const;

    /// The paper form of a role: every question put to it, with the answers to pick.
    struct FormRow {
        std::string code;
        std::string text;
        std::vector<app::AnswerChoice> choices; ///< empty: a number to type, within [min, max]
        int min = 0;
        int max = 0;
        const core::Question* question = nullptr; ///< the questionnaire's own, for typed answers
    };
    std::vector<FormRow> form(core::Role role) const;
    /// A free code for a paper questionnaire of the role, e.g. "P-MSB-03".
    std::string suggestedCode(core::Role role) const;
    /// One entry per form row: the index of the picked choice, the typed number, or nothing.
    using FormEntry = std::variant<std::monostate, std::size_t, std::string>;
    /// Checks and stores the form in one transaction; false with error() naming every wrong
    /// question (nothing is stored then). A code already in the round is refused unless `replace`.
    bool saveForm(const std::string& code, core::Role role, const std::vector<FormEntry>& entries, bool replace);
    const std::string& error() const { return m_error; }

private:
    db::Database& m_db;
    core::Id m_round;
    core::Language m_lang;
    const core::Instrument& m_instrument;
    std::string m_error;
};

} // namespace gui
