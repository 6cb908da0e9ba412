// Reading a package file: every problem with its place, and nothing accepted that a package made
// by Samenspel could not hold (a party below k, detail of a small group, an unknown code).
#include "core/exchange/exchange_package.hpp"

#include "core/analysis/disclosure.hpp"
#include "core/instrument/instrument_loader.hpp"
#include "exchange_json.hpp"
#include "io/json_reader.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <set>

namespace core {
namespace {

constexpr long long kMaxRespondents = 100000;

bool isLowerHex(const std::string& s, std::size_t length)
{
    return s.size() == length && std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

class PackageReader : public Reader {
public:
    explicit PackageReader(ExchangePackage& p) : m_p(p) {}

    void content(const json& c)
    {
        onlyKnown(c, "content", {"hospital", "round", "instrument", "anonymity", "parties", "elements", "themes", "index", "profile", "made_by"});
        if (!c.is_object())
            return;
        instrument(member(c, "instrument"));
        hospital(member(c, "hospital"));
        round(member(c, "round"));
        anonymity(member(c, "anonymity"));
        parties(c);
        m_p.elements = dimensions(member(c, "elements"), "content.elements", false);
        m_p.themes = dimensions(member(c, "themes"), "content.themes", true);
        index(member(c, "index"));
        profile(member(c, "profile"));
        m_p.madeBy = string(c, "made_by", "content");
    }

private:
    ExchangePackage& m_p;
    const Instrument* m_instrument = nullptr;
    std::set<std::string> m_parties;
    std::map<std::string, std::size_t> m_respondents;

    long long count(const json& obj, const char* key, const std::string& where, long long min, long long max)
    {
        const json& v = member(obj, key, nothing());
        if (!v.is_number_integer()) {
            fail(join(where, key), v.is_null() ? tx("is missing") : tx("must be a whole number, not {0}"), {visibleText(v.dump())});
            return min;
        }
        const auto n = v.is_number_unsigned() && v.get<unsigned long long>() > static_cast<unsigned long long>(max) ? max + 1 : v.get<long long>();
        if (n < min || n > max)
            fail(join(where, key), tx("{0} is outside {1} to {2}"), {std::to_string(n), std::to_string(min), std::to_string(max)});
        return n;
    }
    std::optional<double> optionalNumber(const json& obj, const char* key, const std::string& where, double max)
    {
        if (member(obj, key, nothing()).is_null())
            return std::nullopt;
        return number(obj, key, where, 0.0, 0.0, max);
    }
    std::optional<std::size_t> optionalCount(const json& obj, const char* key, const std::string& where)
    {
        if (member(obj, key, nothing()).is_null())
            return std::nullopt;
        return static_cast<std::size_t>(count(obj, key, where, 0, kMaxRespondents * 1000));
    }
    bool flag(const json& obj, const char* key, const std::string& where)
    {
        const json& v = member(obj, key, nothing());
        if (!v.is_boolean())
            fail(join(where, key), tx("must be true or false, not {0}"), {visibleText(v.dump())});
        return v.is_boolean() && v.get<bool>();
    }
    /// Null, or an option code of the profile question.
    std::string option(const json& obj, const char* key, const std::string& where, const char* question)
    {
        if (member(obj, key, nothing()).is_null())
            return {};
        const std::string value = string(obj, key, where);
        const Question* q = m_instrument ? m_instrument->find(question) : nullptr;
        if (!value.empty() && q && !q->option(value))
            fail(join(where, key), tx("\"{0}\" is not a known answer; expected one of {1}"), {visibleText(value), joinList(q->optionCodes())});
        return value;
    }

    void instrument(const json& obj)
    {
        onlyKnown(obj, "content.instrument", {"id", "version"});
        m_p.instrumentId = string(obj, "id", "content.instrument");
        m_p.instrumentVersion = string(obj, "version", "content.instrument");
        for (const auto* i : builtinInstrumentVersions())
            if (i->id() == m_p.instrumentId && i->version() == m_p.instrumentVersion)
                m_instrument = i;
        if (!m_instrument && !m_p.instrumentId.empty() && !m_p.instrumentVersion.empty()) {
            std::vector<std::string> known;
            for (const auto* i : builtinInstrumentVersions())
                known.push_back(i->id() + " " + i->version());
            fail("content.instrument", tx("is {0} {1}, which this program cannot compare; it compares {2}"),
                 {visibleText(m_p.instrumentId), visibleText(m_p.instrumentVersion), joinList(known)});
        }
    }

    void hospital(const json& h)
    {
        const std::string where = "content.hospital";
        onlyKnown(h, where, {"key", "name", "type", "organisation_model", "distribution_family", "incentive_model", "incentive_alignment"});
        m_p.hospitalKey = string(h, "key", where);
        if (!m_p.hospitalKey.empty() && !isLowerHex(m_p.hospitalKey, 32))
            fail(join(where, "key"), tx("must be 32 lowercase hexadecimal digits, not \"{0}\""), {visibleText(m_p.hospitalKey)});
        m_p.hospitalName = string(h, "name", where);
        if (!m_p.hospitalName.empty() && !isOneLineText(m_p.hospitalName, 200))
            fail(join(where, "name"), tx("must be 1 to 200 characters on one line"));
        m_p.hospitalType = option(h, "type", where, "profile.hospital_type");
        m_p.organisationModel = option(h, "organisation_model", where, "profile.org_model");
        m_p.distributionFamily = option(h, "distribution_family", where, "profile.distribution_model");
        if (!member(h, "incentive_model", nothing()).is_null()) {
            m_p.incentiveModel = string(h, "incentive_model", where);
            if (!isOneLineText(m_p.incentiveModel, 60))
                fail(join(where, "incentive_model"), tx("must be 1 to 60 characters on one line"));
        }
        m_p.incentiveAlignment = optionalNumber(h, "incentive_alignment", where, 100.0);
    }

    void round(const json& r)
    {
        const std::string where = "content.round";
        onlyKnown(r, where, {"id", "name", "date"});
        m_p.roundId = count(r, "id", where, 1, std::numeric_limits<long long>::max() - 1);
        m_p.roundName = string(r, "name", where);
        if (!m_p.roundName.empty() && !isOneLineText(m_p.roundName, 200))
            fail(join(where, "name"), tx("must be 1 to 200 characters on one line"));
        m_p.roundDate = string(r, "date", where);
        if (!m_p.roundDate.empty() && !isIsoDate(m_p.roundDate))
            fail(join(where, "date"), tx("must be a date written as YYYY-MM-DD, not \"{0}\""), {visibleText(m_p.roundDate)});
    }

    void anonymity(const json& a)
    {
        onlyKnown(a, "content.anonymity", {"k", "detail_threshold"});
        m_p.k = static_cast<int>(count(a, "k", "content.anonymity", kMinAnonymityK, 1000));
        // Never below the program's own: a package cannot lower it to carry a small group's detail.
        m_p.detailThreshold = static_cast<std::size_t>(
            count(a, "detail_threshold", "content.anonymity", std::max<long long>(m_p.k, static_cast<long long>(kDetailN)), 1000));
    }

    bool knownParty(const std::string& id) { return id == "hospital_side" || id == "medical_side" || roleFromCode(id); }

    void parties(const json& c)
    {
        const json* list = array(c, "parties", "content", 20);
        if (!list)
            return;
        if (list->empty())
            fail("content.parties", tx("is empty: a package without a party shown has nothing to compare"));
        for (std::size_t i = 0; i < list->size(); ++i) {
            const json& p = (*list)[i];
            const std::string where = "content.parties[" + std::to_string(i) + "]";
            onlyKnown(p, where, {"id", "side", "roles", "respondents"});
            ExchangeParty party{string(p, "id", where), flag(p, "side", where), {}, 0};
            if (!party.id.empty() && (!knownParty(party.id) || !m_parties.insert(party.id).second))
                fail(join(where, "id"), tx("\"{0}\" is not a party code, or is listed twice"), {visibleText(party.id)});
            if (const json* roles = array(p, "roles", where, 10))
                for (const auto& role : *roles) {
                    if (role.is_string() && roleFromCode(role.get<std::string>()))
                        party.roles.push_back(role.get<std::string>());
                    else
                        fail(join(where, "roles"), tx("\"{0}\" is not a role code"), {visibleText(role.dump())});
                }
            // The program never writes a party below the threshold; a package that holds one is refused.
            party.respondents = static_cast<std::size_t>(count(p, "respondents", where, m_p.k, kMaxRespondents));
            m_p.parties.push_back(std::move(party));
        }
        // A role is itself; a side holds only listed roles and counts exactly their respondents, so
        // that nothing hidden can be found by subtracting.
        for (std::size_t i = 0; i < m_p.parties.size(); ++i) {
            const auto& party = m_p.parties[i];
            const std::string where = "content.parties[" + std::to_string(i) + "]";
            std::size_t sum = 0;
            bool listed = true;
            for (const auto& role : party.roles) {
                const auto it = std::find_if(m_p.parties.begin(), m_p.parties.end(), [&](const auto& p) { return !p.side && p.id == role; });
                listed = listed && it != m_p.parties.end();
                sum += it != m_p.parties.end() ? it->respondents : 0;
            }
            if (!party.side && (party.roles.size() != 1 || party.roles.front() != party.id))
                fail(join(where, "roles"), tx("a role's party must hold that role alone"));
            else if (party.side && (!listed || party.roles.empty() || sum != party.respondents))
                fail(where, tx("a side must hold only roles listed as parties, with their respondents added up ({0})"), {std::to_string(sum)});
            m_respondents[party.id] = party.respondents;
        }
    }

    std::vector<ExchangeDimension> dimensions(const json& obj, const std::string& where, bool themes)
    {
        std::vector<ExchangeDimension> out;
        if (!obj.is_object()) {
            fail(where, tx("must be an object"));
            return out;
        }
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const std::string at = join(where, it.key());
            if (themes ? !themeFromCode(it.key()) : !elementFromCode(it.key())) {
                fail(at, themes ? tx("is not a theme code") : tx("is not an element code"));
                continue;
            }
            onlyKnown(*it, at, {"overall", "parties"});
            ExchangeDimension d{it.key(), optionalNumber(*it, "overall", at, 100.0), {}};
            const json& cells = member(*it, "parties");
            if (!cells.is_object())
                fail(join(at, "parties"), tx("must be an object"));
            else
                for (auto c = cells.begin(); c != cells.end(); ++c)
                    d.cells.push_back(cell(c.key(), *c, join(join(at, "parties"), c.key())));
            out.push_back(std::move(d));
        }
        // In the instrument's order, as the package was made (the file's keys are in byte order).
        const auto rank = [&](const ExchangeDimension& d) {
            return themes ? static_cast<int>(*themeFromCode(d.code)) : static_cast<int>(*elementFromCode(d.code));
        };
        std::sort(out.begin(), out.end(), [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
        return out;
    }

    ExchangeCell cell(const std::string& party, const json& c, const std::string& where)
    {
        if (!m_parties.count(party))
            fail(where, tx("is not one of the package's parties"));
        onlyKnown(c, where, {"n", "mean", "sd", "rwg", "agreeing", "answers", "rounded"});
        ExchangeCell out{party, static_cast<std::size_t>(count(c, "n", where, m_p.k, kMaxRespondents)),
                         number(c, "mean", where, 0.0, 0.0, 100.0, true),
                         optionalNumber(c, "sd", where, 100.0),
                         optionalNumber(c, "rwg", where, 1.0),
                         optionalCount(c, "agreeing", where),
                         optionalCount(c, "answers", where),
                         flag(c, "rounded", where)};
        // A small group's detail could pin down its answers: the program never writes it.
        if (out.n < m_p.detailThreshold && (!out.rounded || out.sd || out.rwg || out.answers))
            fail(where, tx("has {0} respondents, fewer than the detail threshold {1}, but carries detail (sd, r_wg or "
                           "the share agreeing) or is not marked as rounded"),
                 {std::to_string(out.n), std::to_string(m_p.detailThreshold)});
        if (const auto it = m_respondents.find(party); it != m_respondents.end() && out.n > it->second)
            fail(join(where, "n"), tx("is more than the party's {0} respondents"), {std::to_string(it->second)});
        if (out.agreeing.has_value() != out.answers.has_value() || (out.agreeing && *out.agreeing > *out.answers))
            fail(where, tx("needs both agreeing and answers, with agreeing at most answers"));
        return out;
    }

    void index(const json& obj)
    {
        onlyKnown(obj, "content.index", {"value", "components"});
        m_p.index = optionalNumber(obj, "value", "content.index", 100.0);
        const json* list = array(obj, "components", "content.index", 10);
        if (!list)
            return;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string where = "content.index.components[" + std::to_string(i) + "]";
            const json& c = (*list)[i];
            onlyKnown(c, where, {"code", "value", "weight"});
            IndexComponent comp{string(c, "code", where), optionalNumber(c, "value", where, 100.0), number(c, "weight", where, 0.0, 0.0, 1.0, true)};
            static const std::set<std::string> codes{"level", "agreement", "consensus", "congruence", "incentives"};
            if (!comp.code.empty() && !codes.count(comp.code))
                fail(join(where, "code"), tx("\"{0}\" is not a component of the index"), {visibleText(comp.code)});
            m_p.components.push_back(std::move(comp));
        }
    }

    void profile(const json& obj)
    {
        if (!obj.is_object()) {
            fail("content.profile", tx("must be an object"));
            return;
        }
        for (auto q = obj.begin(); q != obj.end(); ++q) {
            const std::string where = join("content.profile", q.key());
            const Question* question = m_instrument ? m_instrument->find(q.key()) : nullptr;
            if (std::find(std::begin(kExchangeProfileQuestions), std::end(kExchangeProfileQuestions), q.key()) ==
                std::end(kExchangeProfileQuestions)) {
                std::vector<std::string> known(std::begin(kExchangeProfileQuestions), std::end(kExchangeProfileQuestions));
                fail(where, tx("is not a profile question a package carries; expected one of {0}"), {joinList(known)});
                continue;
            }
            if (!q->is_object()) {
                fail(where, tx("must be an object"));
                continue;
            }
            for (auto a = q->begin(); a != q->end(); ++a) {
                const std::string at = join(where, a.key());
                if ((a.key() != "rvb" && a.key() != "msb_board") || !m_parties.count(a.key()))
                    fail(at, tx("is not a board among the package's parties"));
                if (!a->is_string()) {
                    fail(at, tx("must be an answer's code"));
                    continue;
                }
                ExchangeProfileAnswer answer{q.key(), a.key(), a->get<std::string>()};
                if (question && !answer.answer.empty() && !question->option(answer.answer))
                    fail(join(at, "answer"), tx("\"{0}\" is not a known answer; expected one of {1}"),
                         {visibleText(answer.answer), joinList(question->optionCodes())});
                m_p.profile.push_back(std::move(answer));
            }
        }
    }
};

} // namespace

ExchangeRead readExchangeFile(std::string_view text)
{
    ExchangeRead out;
    if (text.size() > kMaxExchangeBytes) {
        addProblem(out.problems, {"", Message{tx("is {0} bytes; a package is at most {1}"), {std::to_string(text.size()), std::to_string(kMaxExchangeBytes)}}});
        return out;
    }
    readJson(text, out.problems, [&](const json& doc) {
        ExchangePackage package;
        PackageReader r(package);
        r.onlyKnown(doc, "", {"format", "schema_version", "about", "content", "sha256"});
        if (!doc.is_object())
            return;
        if (Reader::member(doc, "format", Reader::nothing()) != kExchangeFormat) {
            r.fail("format", tx("must be \"{0}\": this is not a Samenspel exchange package"), {std::string(kExchangeFormat)});
            out.problems = std::move(r.problems);
            return;
        }
        const json& version = Reader::member(doc, "schema_version", Reader::nothing());
        if (!version.is_number_integer() || version.get<long long>() < 1)
            r.fail("schema_version", tx("must be a whole number from 1, not {0}"), {visibleText(version.dump())});
        else if (version.get<long long>() > kExchangeSchemaVersion)
            r.fail("schema_version", tx("is {0}: the package was made by a newer version of Samenspel (this program reads up to {1}). "
                                        "Install the newer version to read it."),
                   {std::to_string(version.get<long long>()), std::to_string(kExchangeSchemaVersion)});
        out.statedHash = r.string(doc, "sha256", "");
        if (!out.statedHash.empty() && !isLowerHex(out.statedHash, 64))
            r.fail("sha256", tx("must be 64 lowercase hexadecimal digits"));
        const json& content = Reader::member(doc, "content", Reader::nothing());
        if (version.is_number_integer() && version.get<long long>() <= kExchangeSchemaVersion)
            r.content(content);
        json unhashed = doc;
        unhashed.erase("sha256");
        out.canonical = detail::shortestNumbers(unhashed.dump());
        // Written one way only: any other layout was changed by hand or by another program.
        if (detail::shortestNumbers(doc.dump(2)) + "\n" != text)
            r.fail("", tx("is not laid out as Samenspel writes a package: it was changed after it was made"));
        out.problems = std::move(r.problems);
        if (out.problems.empty())
            out.package = std::move(package);
    });
    return out;
}

} // namespace core
