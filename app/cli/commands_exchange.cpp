// exchange export / show: the package a hospital sends the ministry, and reading one back to see
// exactly what it holds (docs/exchange.md).
#include "commands.hpp"

#include "core/text/domain_names.hpp"
#include "core/instrument/instrument_loader.hpp"
#include "core/text/text_util.hpp"
#include "db/database.hpp"
#include "comparison.hpp"
#include "exchange.hpp"
#include "reports/comparison_tables.hpp"
#include "reports/atomic_file.hpp"
#include "reports/score_tables.hpp"
#include "text_file.hpp"

#include <nlohmann/json.hpp>

#include <sstream>

namespace cli {

using core::tr;
using core::tx;

int cmdExchangeExport(const Context& c)
{
    const auto lang = c.options.lang;
    auto db = openExisting(c);
    const auto made = app::exportPackage(db, *c.args.id("assessment"));
    const std::string& path = c.args.text("output");
    if (path == "-") {
        recordShared(c, db, made.toRecord);
        c.out << made.file;
    } else {
        reports::writeFileAtomically(path, [&](std::ostream& out) {
            out << made.file;
            recordShared(c, db, made.toRecord); // recorded when the package is made, just before it takes its name
        });
    }
    sayWaiting(c, made.waiting);
    if (path != "-")
        c.out << tr(lang, tx("Exchange package written to {0}. See exactly what it holds with 'samenspel exchange show {0}' "
                             "before you send it."),
                    {path})
              << "\n";
    return kOk;
}

int cmdExchangeShow(const Context& c)
{
    const auto lang = c.options.lang;
    const std::string path = c.args.text("file");
    const auto text = app::readTextFile(path, core::kMaxExchangeBytes + 1);
    const auto read = app::readPackage(text);
    if (!read.package)
        throw core::InvalidData(core::txn("The exchange package {0} cannot be used: {1} problem", "The exchange package {0} cannot be used: {1} problems"),
                                path, read.problems);
    if (c.options.format == reports::TableFormat::Json) {
        c.out << nlohmann::json::parse(read.canonical).dump(2) << "\n";
        return kOk;
    }
    c.out << app::describePackage(*read.package, read.statedHash, lang);
    return kOk;
}

int cmdExchangeImport(const Context& c)
{
    const auto lang = c.options.lang;
    // The comparison's first import makes its file (docs/exchange.md).
    auto db = db::Database::open(c.options.db, db::Database::Mode::CreateIfMissing);
    const auto files = c.args.list("files");
    const auto added = app::importPackages(db, files);
    c.out << tr(lang, core::txn("{0} package imported into {1}; it now holds {2} for the comparison.",
                                "{0} packages imported into {1}; it now holds {2} for the comparison."),
                added, {std::to_string(added), c.options.db, std::to_string(db.packageCount())})
          << "\n";
    return kOk;
}

int cmdCompare(const Context& c)
{
    const auto lang = c.options.lang;
    const int least = c.args.integer("min-hospitals");
    if (least < static_cast<int>(core::kMinComparedHospitals) || least > 10000)
        throw UsageError(tr(lang, tx("--min-hospitals must be {0} or more: fewer hospitals are never compared as a group"),
                            {std::to_string(core::kMinComparedHospitals)}));
    std::vector<core::Measure> measures;
    auto codes = c.args.list("measure");
    if (codes.empty()) { // the index, its components, and the gap between the sides per element
        codes = {"index", "level", "agreement", "consensus", "congruence", "incentives"};
        for (const auto e : core::kElements)
            codes.push_back(std::string(core::code(e)) + ".gap");
    }
    for (const auto& code : codes) {
        const auto m = core::measureFromCode(code);
        if (!m)
            throw UsageError(tr(lang, tx("--measure must be one of {0}, or an element or theme with a role code, not '{1}'"),
                                {core::joinList(core::measureCodes()), code}));
        measures.push_back(*m);
    }
    const auto db = openForReading(c);
    const auto set = app::loadComparison(db);
    if (set.packages.empty())
        throw UsageError(tr(lang, tx("{0} holds no exchange packages yet; read them in with 'samenspel --db {0} exchange import FILE...'"),
                            {c.options.db}));
    const auto groups = app::peerGroups(set, c.args.text("peer-group"), lang);
    std::vector<reports::GroupComparison> list;
    for (const auto& m : measures)
        for (const auto& g : groups)
            list.push_back({g.name, core::compareMeasure(g.members, m, static_cast<std::size_t>(least))});
    const auto& instrument = **std::find_if(core::builtinInstrumentVersions().begin(), core::builtinInstrumentVersions().end(),
                                            [&](const core::Instrument* i) { return set.instrumentVersion.empty() || i->version() == set.instrumentVersion; });
    const auto summary = reports::comparisonSummary(list, instrument, lang);
    const auto hospitals = reports::comparisonHospitals(list, instrument, lang);
    if (c.options.format == reports::TableFormat::Json) {
        nlohmann::json doc{{"instrument_version", set.instrumentVersion},
                           {"hospitals", set.packages.size()},
                           {"left_out", {{"earlier_rounds", set.earlierRounds}, {"other_version", set.otherVersion}}},
                           {"min_hospitals", least},
                           {"summary", reports::rowsJson(summary)},
                           {"per_hospital", reports::rowsJson(hospitals)}};
        c.out << doc.dump(2) << "\n";
        return kOk;
    }
    if (c.options.format == reports::TableFormat::Csv) {
        reports::writeTable(c.out, hospitals, reports::TableFormat::Csv);
        return kOk;
    }
    auto& out = c.out;
    out << tr(lang, core::txn("{0} hospital in the comparison (each with its latest round of questionnaire version {1}).",
                              "{0} hospitals in the comparison (each with its latest round of questionnaire version {1})."),
              set.packages.size(), {std::to_string(set.packages.size()), set.instrumentVersion})
        << "\n";
    if (set.earlierRounds + set.otherVersion > 0)
        out << tr(lang, tx("Left out: {0} earlier rounds of the same hospitals, {1} packages of another questionnaire version."),
                  {std::to_string(set.earlierRounds), std::to_string(set.otherVersion)})
            << "\n";
    out << tr(lang, tx("No ranking: hospitals are listed by name. Outside the limits is variation worth a conversation, not a "
                       "verdict; the rankability says how much of the differences is real rather than chance."))
        << "\n";
    reports::writeHeading(out, std::string(tr(lang, tx("The field per measure"))));
    reports::writeTable(out, summary, reports::TableFormat::Text);
    reports::writeHeading(out, std::string(tr(lang, tx("Each hospital against the funnel's limits"))));
    reports::writeTable(out, hospitals, reports::TableFormat::Text);
    return kOk;
}

int cmdCompareReport(const Context& c)
{
    const auto lang = c.options.lang;
    const std::string path = c.args.text("output");
    const std::string format = !c.options.documentFormat.empty() ? c.options.documentFormat
                               : path.size() > 5 && (path.ends_with(".html") || path.ends_with(".htm")) ? "html" : "pdf";
    if (format != "pdf" && format != "html")
        throw UsageError(tr(lang, tx("--format for the national report must be pdf or html, not '{0}'"), {format}));
    const auto db = openForReading(c);
    const auto set = app::loadComparison(db);
    if (set.packages.size() < core::kMinComparedHospitals)
        throw UsageError(tr(lang, tx("{0} holds packages of {1} hospitals; the national report needs at least {2}. Import packages with "
                                     "'samenspel exchange import FILE...'."),
                            {c.options.db, std::to_string(set.packages.size()), std::to_string(core::kMinComparedHospitals)}));
    const auto input = app::nationalInput(set, lang, core::todayIso());
    reports::writeFileAtomically(path, [&](std::ostream& out) {
        if (format == "pdf")
            reports::writeNationalPdf(out, input, lang);
        else
            reports::writeNationalHtml(out, input, lang);
    });
    c.out << tr(lang, tx("National report written to {0}"), {path}) << "\n";
    return kOk;
}

} // namespace cli
