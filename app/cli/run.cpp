#include "run.hpp"

#include "command_table.hpp"
#include "commands.hpp"


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
    return o.command->run(Context{o, o.args, out, err});
}

namespace {
int exitCode(app::Failure kind)
{
    switch (kind) {
    case app::Failure::Usage: return kUsage;
    case app::Failure::InputRefused: return kInputRefused;
    case app::Failure::DatabaseUnusable: return kDatabaseUnusable;
    case app::Failure::Failed: return kFailed;
    }
    return kFailed;
}
} // namespace

int main(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    core::Language lang = core::Language::Nl;
    try {
        const Options options = parseOptions(args);
        lang = options.lang;
        return run(options, out, err);
    } catch (...) {
        const auto error = app::describeCurrentException(lang);
        err << "samenspel: " << error.text << "\n";
        return exitCode(error.kind);
    }
}

} // namespace cli
