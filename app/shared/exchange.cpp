#include "exchange.hpp"

#include "core/incentives/incentives.hpp"
#include "db/database.hpp"
#include "text_file.hpp"

#include <nettle/sha2.h>

#include <cstdint>

namespace app {

std::string madeBy() { return std::string("Samenspel ") + SAMENSPEL_VERSION; }

std::string sha256Hex(std::string_view bytes)
{
    sha256_ctx context;
    sha256_init(&context);
    sha256_update(&context, bytes.size(), reinterpret_cast<const std::uint8_t*>(bytes.data()));
    std::uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_digest(&context, SHA256_DIGEST_SIZE, digest);
    static const char hex[] = "0123456789abcdef";
    std::string out;
    for (const auto byte : digest) {
        out += hex[byte >> 4];
        out += hex[byte & 0x0f];
    }
    return out;
}

namespace {

/// The preset the round's distribution model divides the pot as, or "custom".
std::string modelName(const core::DistributionModel& model)
{
    for (const auto& code : core::presetCodes())
        if (const auto p = core::preset(code); p && core::sameDivision(*p, model))
            return code;
    return "custom";
}

} // namespace

ExchangeExport exportPackage(db::Database& db, core::Id round)
{
    const auto data = loadRound(db, round, core::kDefaultGapThreshold, Basis::Shared);
    const auto facts = factsOf(data);
    const auto organisation = db.organisation(data.round.organisationId);
    const auto key = db.exchangeKey(organisation.id);
    // The comparison is of the core questionnaire only: a round's modules are its own, and other
    // hospitals' rounds may not have them. Their answers do not leave the hospital.
    const core::Instrument coreOnly = data.instrument->coreOnly();
    const core::Analysis analysis =
        data.instrument->modules().empty() ? data.analysis : core::analyse(coreOnly, data.responses, data.analysis.options);
    ExchangeExport out;
    out.package = core::buildExchangePackage({analysis, facts, coreOnly, data.round, organisation, key,
                                              data.incentives ? modelName(data.incentives->model) : std::string(), madeBy()});
    if (out.package.parties.empty()) // nothing to compare, and as the latest round it would hide the real one
        throw core::Error(core::Message{core::tx("round {0} has no party with {1} respondents yet: there is nothing to send"),
                                        {std::to_string(round), std::to_string(data.round.anonymityK)}});
    out.file = core::exchangeFile(out.package, sha256Hex(core::exchangeCanonical(out.package)));
    if (data.toRecord)
        out.toRecord.push_back(*data.toRecord);
    out.waiting = !data.waiting.empty();
    return out;
}

core::ExchangeRead readPackage(std::string_view text)
{
    auto read = core::readExchangeFile(text);
    if (!read.statedHash.empty() && sha256Hex(read.canonical) != read.statedHash) {
        read.problems.insert(read.problems.begin(),
                             {"sha256", core::Message{core::tx("does not match the package: it was changed after it was made"), {}}});
        read.package.reset();
    }
    return read;
}

std::size_t importPackages(db::Database& db, const std::vector<std::string>& paths)
{
    std::size_t at = 0;
    // One file at a time, inside the database's one transaction: memory stays flat however many.
    return db.importPackages([&](std::vector<core::DataProblem>& problems) -> std::optional<db::NewPackage> {
        while (at < paths.size()) {
            const auto& path = paths[at++];
            std::string text;
            try {
                text = readTextFile(path, core::kMaxExchangeBytes + 1);
            } catch (const core::Error& e) {
                problems.push_back({path, e.message()});
                continue;
            }
            auto read = readPackage(text);
            for (auto& p : read.problems)
                problems.push_back({p.where.empty() ? path : path + ": " + p.where, std::move(p.what)});
            if (read.package)
                return db::NewPackage{path, read.statedHash, std::move(text), read.package->roundId, read.package->hospitalKey,
                                      read.package->hospitalName, read.package->roundDate, read.package->instrumentVersion};
        }
        return std::nullopt;
    });
}

} // namespace app
