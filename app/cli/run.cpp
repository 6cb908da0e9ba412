#include "run.hpp"

#include "commands.hpp"
#include "core/instrument_loader.hpp"
#include "db/errors.hpp"
#include "reports/atomic_file.hpp"

#include <functional>
#include <map>

namespace cli {

int run(const Options& o, std::ostream& out, std::ostream& err)
{
    if (o.version) {
        out << "samenspel " << SAMENSPEL_VERSION << "\n";
        return kOk;
    }
    if (o.help) {
        out << o.helpText;
        return kOk;
    }
    static const std::map<std::string, std::function<int(const Context&)>> table{
        {"init", cmdInit},
        {"org add", cmdOrgAdd},
        {"org list", cmdOrgList},
        {"assessment create", cmdAssessmentCreate},
        {"assessment list", cmdAssessmentList},
        {"import", cmdImport},
        {"export", cmdExport},
        {"score", cmdScore},
        {"instrument show", cmdInstrumentShow},
        {"instrument validate", cmdInstrumentValidate},
        {"demo", cmdDemo},
        {"incentives import", cmdIncentivesImport},
        {"incentives export", cmdIncentivesExport},
        {"incentives show", cmdIncentivesShow},
        {"simulate", cmdSimulate},
        {"recommend", cmdRecommend},
        {"actions add", cmdActionsAdd},
        {"actions update", cmdActionsUpdate},
        {"actions list", cmdActionsList},
        {"report", cmdReport},
        {"questionnaire", cmdQuestionnaire},
    };
    return table.at(o.command)(Context{o, out, err});
}

int main(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    core::Language lang = core::Language::Nl;
    const auto fail = [&](const std::string& message, int code) {
        err << "samenspel: " << message << "\n";
        return code;
    };
    try {
        const Options options = parseOptions(args);
        lang = options.lang;
        return run(options, out, err);
    } catch (const UsageError& e) {
        return fail(e.what(), kUsage);
    } catch (const core::InvalidData& e) {
        return fail(e.describe(lang), kInputRefused);
    } catch (const db::NoDatabase& e) {
        return fail(e.message().render(lang), kDatabaseUnusable);
    } catch (const db::NotFound& e) {
        return fail(e.message().render(lang), kInputRefused);
    } catch (const db::NotOurFile& e) {
        return fail(e.message().render(lang), kDatabaseUnusable);
    } catch (const db::Damaged& e) {
        return fail(e.message().render(lang), kDatabaseUnusable);
    } catch (const db::NewerVersion& e) {
        return fail(e.message().render(lang), kDatabaseUnusable);
    } catch (const db::Conflict& e) {
        return fail(e.message().render(lang), kInputRefused);
    } catch (const core::Error& e) {
        return fail(e.message().render(lang), kFailed);
    } catch (const std::exception& e) {
        return fail(core::tr(lang, core::tx("unexpected error: {0}"), {e.what()}), kFailed);
    }
}

} // namespace cli
