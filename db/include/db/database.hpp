#pragma once
// A Samenspel project file: one SQLite database. Opening applies the schema migrations; every
// multi-row write is one transaction.

#include "core/analysis/live_results.hpp"
#include "core/answers/answer_import.hpp"
#include "core/incentives/incentives.hpp"
#include "core/instrument/instrument.hpp"
#include "core/answers/records.hpp"

#include <functional>
#include <map>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace db {

/// "Sams" in ASCII: marks the file as ours in the SQLite header.
inline constexpr int kApplicationId = 0x53616D73;
/// The most people of one role a round can record as invited.
inline constexpr int kMaxInvited = 100000;
/// The schema version this program writes.
inline constexpr int kSchemaVersion = 8;

/// A respondent of an import file: whether the round had the code already, and how many answers
/// (and "weet niet / n.v.t.") the file gives it.
struct ImportedRespondent {
    std::string code;
    core::Role role = core::Role::Other;
    bool existed = false;
    std::size_t answers = 0;
    std::size_t noAnswers = 0;
};

struct NewAssessment {
    core::Id organisationId = 0;
    std::string name;
    std::string date; ///< YYYY-MM-DD; today when empty
    int anonymityK = core::kMinAnonymityK;
    /// A built-in version of the questionnaire ("1.1" to go on comparing with earlier rounds of it);
    /// the current one when empty.
    std::string instrumentVersion = {};
    /// Built-in modules (questionnaires/modules) the round adds to the questionnaire, by id.
    std::vector<std::string> modules = {};
};

/// An exchange package read and checked (app::readPackage), to be stored for the comparison.
struct NewPackage {
    std::string source; ///< where it came from, for messages: the file's name
    std::string sha256;
    std::string file; ///< the file's text as received
    core::Id roundId = 0;
    std::string hospitalKey;
    std::string hospitalName;
    std::string roundDate;
    std::string instrumentVersion;
};

struct StoredPackage {
    core::Id id = 0;
    std::string sha256;
    std::string file;
    std::string importedAt;
};

class Database {
public:
    /// ReadOnly never changes the file (nor makes journals beside it): it works on read-only files
    /// and folders, and reads a file of an older schema through a migrated copy in memory.
    enum class Mode { CreateIfMissing, ExistingOnly, ReadOnly };
    /// Opens (and if needed creates and migrates) the file; ":memory:" works for tests. The file is
    /// checked first (SQLite's integrity_check): a damaged file is refused. A file on a network drive is
    /// only opened ReadOnly (docs/data-file.md). Throws NoDatabase, NotOurFile, Damaged,
    /// NewerVersion or Error, each naming the file.
    static Database open(const std::string& path, Mode mode = Mode::ExistingOnly);

    /// Runs `read` inside one read transaction: every read in it sees the same state of the file,
    /// whatever other connections write meanwhile (a report gathered while a workshop runs).
    void readSnapshot(const std::function<void()>& read) const;

    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    const std::string& path() const;
    int schemaVersion() const;

    // Organisations
    core::Id addOrganisation(const std::string& name, const std::string& hospitalType);
    /// Renames an organisation and sets its hospital type, checked as when it was added.
    void updateOrganisation(core::Id id, const std::string& name, const std::string& hospitalType);
    std::vector<core::Organisation> organisations() const;
    core::Organisation organisation(core::Id id) const;
    std::optional<core::Organisation> findOrganisation(const std::string& name) const;
    /// The organisation's key in exchange packages (docs/exchange.md), made now when it has none
    /// (an organisation added by another program).
    std::string exchangeKey(core::Id organisationId);

    // Exchange packages received for the comparison (docs/exchange.md)
    /// Stores packages in one transaction, as `next` gives them one at a time (nullopt: no more), so
    /// that memory does not grow with their number. `next` adds the problems it finds itself (a file
    /// that is no package) to the list it is given; a package already stored, or given earlier in
    /// this import, by its hash or by its hospital and round, is added there too. With any problem
    /// nothing is stored: core::InvalidData lists them all. Returns how many were stored.
    std::size_t importPackages(const std::function<std::optional<NewPackage>(std::vector<core::DataProblem>&)>& next);
    /// How many packages are stored (without reading them).
    std::size_t packageCount() const;
    /// Every stored package, oldest round first.
    std::vector<StoredPackage> packages() const;

    // Assessments (rounds). New rounds use the program's built-in instrument, which is stored
    // with the round so that the round stays readable after the instrument changes.
    core::Id createAssessment(const NewAssessment& spec);
    std::vector<core::Assessment> assessments(std::optional<core::Id> organisationId = std::nullopt) const;
    core::Assessment assessment(core::Id id) const;
    /// The instrument the round was created with, with the modules it uses merged in.
    const core::Instrument& instrumentOf(core::Id assessmentId) const;
    /// Sets the built-in modules a round uses, in one transaction. A module may be added also after
    /// answers came in (the core's answers stay as they are); one that holds answers stays. Conflict
    /// for a module the program does not have, or for taking out one with answers: then nothing changes.
    void setModules(core::Id assessmentId, const std::vector<std::string>& modules);
    /// How many people of each role were invited to the round (for the response rate); roles not
    /// in the map were not recorded.
    std::map<core::Role, int> invited(core::Id assessmentId) const;
    /// Records the numbers invited, in one transaction: each role given is set (0 removes it),
    /// other roles keep theirs. A number must be 0 to kMaxInvited (Conflict otherwise).
    void setInvited(core::Id assessmentId, const std::map<core::Role, int>& invited);

    // Answers
    /// Reads CSV and stores it in one transaction; nothing is written when any problem is found.
    /// Respondents already in the round are refused unless `replace`, which replaces their answers.
    /// `beforeCommit` runs just before a good file is committed: a background import's last moment
    /// to cancel (it throws, and nothing is stored).
    core::ImportSummary importAnswers(core::Id assessmentId, std::istream& csv, bool replace,
                                      const std::function<void()>& beforeCommit = {},
                                      const core::ImportOptions& options = {});
    /// What importAnswers() would do, found by doing it in a transaction that is rolled back: the
    /// same problems, and each respondent of the file with what would be stored. Nothing changes.
    core::ImportSummary previewImport(core::Id assessmentId, std::istream& csv, bool replace,
                                      std::vector<ImportedRespondent>& respondents, const core::ImportOptions& options = {});
    /// Every stored answer of the round, by respondent code and then by question code.
    void forEachAnswer(core::Id assessmentId, const std::function<void(const core::AnswerRow&)>& visit) const;
    std::vector<core::Respondent> respondents(core::Id assessmentId) const;
    /// Stores one answer at once (workshop mode), creating the respondent on its first answer;
    /// a second answer to the same question replaces the first. Checked like an imported cell.
    void saveAnswer(core::Id assessmentId, const core::Respondent& respondent, const std::string& item,
                    const core::AnswerValue& value);
    /// Stores one respondent's answers at once, in one transaction: a paper questionnaire typed in.
    /// Every answer is checked like an imported cell, and nothing is stored when one is wrong
    /// (Conflict). A code already in the round is refused unless `replace`, which replaces all
    /// its answers. A no-answer value is stored as "weet niet"; questions left out are not stored.
    void saveRespondent(core::Id assessmentId, const core::Respondent& respondent,
                        const std::vector<std::pair<std::string, core::AnswerValue>>& answers, bool replace);
    /// A free pseudonymous code for a new participant of a role, e.g. "W-RVB-04" (workshop) or,
    /// with prefix "P", "P-RVB-02" (a paper questionnaire).
    std::string nextRespondentCode(core::Id assessmentId, core::Role role, std::string_view prefix = "W") const;

    // Live questions of a workshop (core/analysis/live_results.hpp). A question is opened once and
    // locked once; a locked question takes no more answers (Conflict), so that what is revealed
    // of it never changes.
    core::Id addLiveQuestion(core::Id assessmentId, core::LiveKind kind, const std::vector<std::string>& items);
    void lockLiveQuestion(core::Id questionId);
    std::vector<core::LiveQuestion> liveQuestions(core::Id assessmentId) const;
    /// Replaces a respondent's answer to an open question in one transaction: each value must be
    /// one the item takes (a vote: exactly kVotePicks different items of the question, value 1).
    void saveLiveAnswer(core::Id questionId, const core::Respondent& respondent,
                        const std::vector<std::pair<std::string, core::AnswerValue>>& values);
    std::vector<core::LiveAnswer> liveAnswers(core::Id questionId) const;

    // The action plan. Adding and updating check owner, status and due date (Conflict otherwise).
    core::Id addAction(const core::Action& action);
    void updateAction(const core::Action& action);
    core::Action action(core::Id id) const;
    /// Every action of the organisation's rounds, oldest round first.
    std::vector<core::Action> actionsOfOrganisation(core::Id organisationId) const;

    // Incentive model inputs (one set per round; replaced as a whole)
    void setIncentives(core::Id assessmentId, const core::IncentiveInputs& inputs);
    std::optional<core::IncentiveInputs> incentives(core::Id assessmentId) const;

    // The shared states of a round (core/shared_state.hpp), oldest first; empty until something was shared.
    std::vector<std::vector<core::AnswerRow>> sharedStates(core::Id assessmentId) const;
    /// How many shared states the round has: they are only ever added, so a reader can keep them.
    std::size_t sharedStateCount(core::Id assessmentId) const;
    /// When the last shared state was made (UTC, ISO 8601); nullopt until something was shared.
    std::optional<std::string> sharedAt(core::Id assessmentId) const;
    /// Adds a shared state, in one transaction.
    void addSharedState(core::Id assessmentId, const std::vector<core::AnswerRow>& rows);
    /// Whether the file was opened so that it cannot be written (Mode::ReadOnly).
    bool readOnly() const;
    /// Whether a change could be stored now, found by making one and undoing it: throws Unwritable
    /// (the file or its folder cannot be written: SQLite writes its journal beside the file) or
    /// the error a write would meet (a full disk, a file in use). Changes nothing.
    void checkWritable();

    /// Runs `work` inside one transaction: all or nothing.
    void transaction(const std::function<void()>& work);

    struct Impl; ///< the connection; defined privately in db/

private:
    explicit Database(std::unique_ptr<Impl> impl);
    /// importAnswers() and previewImport(): with `preview` the transaction is rolled back.
    core::ImportSummary runImport(core::Id assessmentId, std::istream& csv, bool replace,
                                  const std::function<void()>& beforeCommit, std::vector<ImportedRespondent>* preview,
                                  const core::ImportOptions& options);
    std::unique_ptr<Impl> m_impl;
};

/// Samenspel's folder in the user's data folder: $XDG_DATA_HOME/samenspel (~/.local/share/samenspel
/// when unset).
std::string userDataFolder();

/// Where the database lives when --db is not given: $SAMENSPEL_DB, else
/// userDataFolder()/samenspel.samenspel.
std::string defaultDatabasePath();

} // namespace db
