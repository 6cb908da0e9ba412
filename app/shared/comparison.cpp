#include "comparison.hpp"

#include "core/advice/recommendations.hpp"
#include "core/instrument/instrument_loader.hpp"
#include "core/text/domain_names.hpp"
#include "core/text/text_util.hpp"
#include "db/database.hpp"
#include "text_file.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

namespace app {

using core::tr;
using core::tx;

ComparisonSet loadComparison(const db::Database& db)
{
    std::vector<core::ExchangePackage> all;
    for (const auto& stored : db.packages()) {
        auto read = core::readExchangeFile(stored.file);
        if (!read.package) // checked when imported: the file was changed since
            throw core::InvalidData(core::txn("A package stored in {0} cannot be read: {1} problem",
                                              "A package stored in {0} cannot be read: {1} problems"),
                                    db.path(), std::move(read.problems));
        all.push_back(std::move(*read.package));
    }
    ComparisonSet set;
    for (const auto& p : all)
        set.instrumentVersion = std::max(set.instrumentVersion, p.instrumentVersion);
    std::map<std::string, const core::ExchangePackage*> latest;
    for (const auto& p : all) {
        if (p.instrumentVersion != set.instrumentVersion) {
            ++set.otherVersion;
            continue;
        }
        auto& slot = latest[p.hospitalKey];
        if (slot)
            ++set.earlierRounds;
        if (!slot || std::tie(p.roundDate, p.roundId) > std::tie(slot->roundDate, slot->roundId))
            slot = &p;
    }
    for (const auto& [key, p] : latest)
        set.packages.push_back(*p);
    return set;
}

std::string optionLabel(const core::Instrument& instrument, const char* question, const std::string& code, core::Language lang)
{
    if (code.empty())
        return std::string(tr(lang, tx("not known")));
    if (const auto* q = instrument.find(question))
        if (const auto* o = q->option(code))
            return o->label.in(lang);
    return code;
}

namespace {

std::string attribute(const core::ExchangePackage& p, const std::string& by, core::Language lang)
{
    const auto label = [&](const char* question, const std::string& code) {
        return optionLabel(core::builtinInstrument(), question, code, lang);
    };
    if (by == "type")
        return p.hospitalType.empty() ? std::string(tr(lang, tx("not known"))) : core::hospitalTypeName(p.hospitalType, lang);
    if (by == "model")
        return label("profile.org_model", p.organisationModel);
    return label("profile.distribution_model", p.distributionFamily);
}

std::vector<PeerGroup> userGroups(const ComparisonSet& set, const std::string& path)
{
    const auto text = readJsonFile(path);
    std::vector<core::DataProblem> problems;
    std::vector<PeerGroup> out;
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
        problems.push_back({"", core::Message{tx("is not JSON: {0}"), {e.what()}}});
    }
    if (problems.empty() && !doc.is_object())
        problems.push_back({"", core::Message{tx("must be an object of groups: {\"name\": [\"hospital name or key\", …]}"), {}}});
    for (auto g = doc.is_object() ? doc.begin() : doc.end(); g != doc.end(); ++g) {
        PeerGroup group{g.key(), {}};
        if (!g->is_array()) {
            problems.push_back({g.key(), core::Message{tx("must be a list of hospital names or keys"), {}}});
            continue;
        }
        for (const auto& who : *g) {
            const auto it = std::find_if(set.packages.begin(), set.packages.end(), [&](const core::ExchangePackage& p) {
                return who.is_string() && (p.hospitalKey == who.get<std::string>() || p.hospitalName == who.get<std::string>());
            });
            if (it == set.packages.end())
                problems.push_back({g.key(), core::Message{tx("{0} is not a hospital in the comparison"), {core::visibleText(who.dump())}}});
            else if (std::find(group.members.begin(), group.members.end(), &*it) == group.members.end())
                group.members.push_back(&*it);
        }
        out.push_back(std::move(group));
    }
    if (!problems.empty())
        throw core::InvalidData(core::txn("The peer groups in {0} cannot be used: {1} problem", "The peer groups in {0} cannot be used: {1} problems"),
                                path, std::move(problems));
    return out;
}

} // namespace

std::vector<PeerGroup> peerGroups(const ComparisonSet& set, const std::string& by, core::Language lang)
{
    if (by.empty()) {
        PeerGroup all{std::string(tr(lang, tx("all hospitals"))), {}};
        for (const auto& p : set.packages)
            all.members.push_back(&p);
        return {all};
    }
    if (by != "type" && by != "model" && by != "family")
        return userGroups(set, by);
    std::map<std::string, PeerGroup> groups;
    for (const auto& p : set.packages) {
        const auto name = attribute(p, by, lang);
        groups.try_emplace(name, PeerGroup{name, {}}).first->second.members.push_back(&p);
    }
    std::vector<PeerGroup> out;
    for (auto& [name, g] : groups)
        out.push_back(std::move(g));
    return out;
}

reports::NationalInput nationalInput(const ComparisonSet& set, core::Language lang, const std::string& date)
{
    reports::NationalInput in;
    in.instrument = &core::builtinInstrument();
    for (const auto* i : core::builtinInstrumentVersions())
        if (i->version() == set.instrumentVersion)
            in.instrument = i;
    in.hospitals = set.packages.size();
    in.instrumentVersion = set.instrumentVersion;
    in.earlierRounds = set.earlierRounds;
    in.otherVersion = set.otherVersion;
    in.date = date;
    const auto all = peerGroups(set, {}, lang).front();
    std::vector<std::string> codes{"index", "level", "agreement", "consensus", "congruence", "incentives"};
    for (const auto e : core::kElements)
        codes.push_back(std::string(core::code(e)) + ".gap");
    for (const auto& code : codes)
        in.field.push_back({all.name, core::compareMeasure(all.members, *core::measureFromCode(code))});
    const std::pair<const char*, core::TextKey> groupings[] = {{"type", tx("By hospital type")},
                                                               {"model", tx("By organisation model")},
                                                               {"family", tx("By distribution model")}};
    for (const auto& [by, title] : groupings) {
        std::vector<reports::GroupComparison> list;
        for (const auto& g : peerGroups(set, by, lang))
            list.push_back({g.name, core::compareMeasure(g.members, *core::measureFromCode("index"))});
        in.groups.emplace_back(std::string(tr(lang, title)), std::move(list));
    }
    in.figures = core::fieldFigures(all.members);
    in.actions = core::nationalActions(core::builtinCatalogue(), all.members);
    return in;
}

} // namespace app
