#pragma once
// The commands of samenspel. Each returns an exit code; failures throw (see run.cpp).

#include "options.hpp"

#include <ostream>

namespace db {
class Database;
}

namespace cli {

struct Context {
    const Options& options;
    std::ostream& out;
    std::ostream& err;
};

int cmdInit(const Context& c);
int cmdOrgAdd(const Context& c);
int cmdOrgList(const Context& c);
int cmdAssessmentCreate(const Context& c);
int cmdAssessmentList(const Context& c);
int cmdImport(const Context& c);
int cmdExport(const Context& c);
int cmdScore(const Context& c);
int cmdInstrumentShow(const Context& c);
int cmdInstrumentValidate(const Context& c);
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


/// The database named by --db, which must exist, opened to change it.
db::Database openExisting(const Context& c);
/// The database named by --db, which must exist, opened so that it is never changed (it may be
/// read-only, or of an older schema).
db::Database openForReading(const Context& c);

} // namespace cli
