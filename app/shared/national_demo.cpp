#include "national_demo.hpp"

#include "exchange.hpp"

#include "core/demo/demo_data.hpp"
#include "core/instrument/instrument_loader.hpp"
#include "db/database.hpp"
#include "reports/atomic_file.hpp"

#include <filesystem>

namespace app {
namespace {

/// A file name from a hospital's name and round: lowercase letters and digits joined by '-'.
std::string fileName(const std::string& hospital, const std::string& date)
{
    std::string out;
    for (const char c : hospital + " " + date) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out += c;
        else if (c >= 'A' && c <= 'Z')
            out += static_cast<char>(c - 'A' + 'a');
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    return out + ".json";
}

} // namespace

std::vector<std::string> writeNationalDemoFiles(const std::string& folder)
{
    const auto& instrument = core::builtinInstrument();
    std::filesystem::create_directories(folder);
    std::vector<std::string> files;
    for (const auto& h : core::nationalDemoHospitals(instrument)) {
        // The key a hospital's file would give it: here one made from the name, so that every run is the same.
        const core::Organisation organisation{0, h.name, h.hospitalType, {}, sha256Hex("demo " + h.name).substr(0, 32)};
        const auto round = [&](core::Id id, const std::string& name, const std::string& date, const std::vector<core::AnswerRow>& answers) {
            core::ResponseSet responses;
            for (const auto& row : answers)
                responses.add(row);
            const core::Assessment assessment{id, 0, name, date, instrument.id(), instrument.version(), core::kMinAnonymityK, 0};
            const auto analysis = core::analyse(instrument, responses, {core::kMinAnonymityK, core::kDefaultGapThreshold, std::nullopt});
            const auto facts = core::roundFacts(analysis, responses, instrument, std::nullopt);
            const auto package = core::buildExchangePackage({analysis, facts, instrument, assessment, organisation, organisation.exchangeKey, {}, madeBy()});
            const auto path = (std::filesystem::path(folder) / fileName(h.name, date)).string();
            reports::writeFileAtomically(path, [&](std::ostream& out) { out << core::exchangeFile(package, sha256Hex(core::exchangeCanonical(package))); });
            files.push_back(path);
        };
        round(1, h.roundName, h.roundDate, h.answers);
        if (h.followUp)
            round(2, h.followUp->roundName, h.followUp->roundDate, h.followUp->answers);
    }
    return files;
}

std::vector<std::string> writeNationalDemo(db::Database& db, const std::string& folder)
{
    auto files = writeNationalDemoFiles(folder);
    importPackages(db, files);
    return files;
}

} // namespace app
