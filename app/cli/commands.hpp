#pragma once
// The commands of samenspel. Each returns an exit code; failures throw (see run.cpp).

#include "options.hpp"
#include "round_data.hpp"

#include <ostream>
#include <vector>

namespace db {
class Database;
}

namespace cli {

struct Context {
    const Options& options;
    const Arguments& args; ///< the command's own options (options.args)
    std::ostream& out;
    std::ostream& err;
};

int cmdInit(const Context& c);
int cmdOrgAdd(const Context& c);
int cmdOrgList(const Context& c);
int cmdAssessmentCreate(const Context& c);
int cmdAssessmentList(const Context& c);
int cmdAssessmentInvited(const Context& c);
int cmdAssessmentModules(const Context& c);
int cmdImport(const Context& c);
int cmdExport(const Context& c);
int cmdScore(const Context& c);
int cmdInstrumentShow(const Context& c);
int cmdInstrumentValidate(const Context& c);
int cmdInstrumentExport(const Context& c);
int cmdDemo(const Context& c);
int cmdIncentivesImport(const Context& c);
int cmdIncentivesExport(const Context& c);
int cmdIncentivesShow(const Context& c);
int cmdSimulate(const Context& c);
int cmdRecommend(const Context& c);
int cmdActionsAdd(const Context& c);
int cmdActionsUpdate(const Context& c);
int cmdActionsList(const Context& c);
int cmdReport(const Context& c);
int cmdQuestionnaire(const Context& c);
int cmdWorkshopServe(const Context& c);
int cmdExchangeExport(const Context& c);
int cmdExchangeShow(const Context& c);
int cmdExchangeImport(const Context& c);
int cmdCompare(const Context& c);
int cmdCompareReport(const Context& c);


/// The database named by --db, which must exist, opened to change it.
db::Database openExisting(const Context& c);
/// The database named by --db, which must exist, opened so that it is never changed (it may be
/// read-only, or of an older schema).
db::Database openForReading(const Context& c);
/// For commands whose output is meant for sharing: writable, so that the round's shared state can
/// be recorded (docs/disclosure.md); a read-only file or one on a network drive is read as it is.
db::Database openForSharing(const Context& c);
/// Stores the shared states an output was made from, before it is written; on a file that cannot be
/// written, says on standard error that they were not recorded.
void recordShared(const Context& c, db::Database& db, const std::vector<app::SharedRecord>& records);
/// Tells the advisor on standard error that newer answers are not in a shared output yet.
void sayWaiting(const Context& c, bool waiting);

} // namespace cli
