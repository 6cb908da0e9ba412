#include "routes.hpp"

#include "page_texts.hpp"
#include "tokens.hpp"

#include "core/instrument/codes.hpp"
#include "core/io/json_limits.hpp"
#include "core/text/text_util.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace workshop {

using nlohmann::json;

namespace {

Response jsonResponse(int status, const json& body) { return {status, "application/json", body.dump(), {}}; }

Response problem(int status, std::string_view what)
{
    return jsonResponse(status, json{{"error", std::string(what)}});
}

json local(const core::LocalText& text) { return json{{"nl", text.nl}, {"en", text.en}}; }

/// The path split into its parts: "/s/TOKEN/me" is {"s", "TOKEN", "me"}; "" for the root.
std::vector<std::string_view> parts(std::string_view path)
{
    std::vector<std::string_view> out;
    while (!path.empty()) {
        if (path.front() == '/') {
            path.remove_prefix(1);
            continue;
        }
        const auto end = path.find('/');
        out.push_back(path.substr(0, end));
        path.remove_prefix(end == std::string_view::npos ? path.size() : end);
    }
    return out;
}

/// One parameter of a query string, with '+' and %XX decoded; "" when absent or malformed.
std::string queryValue(std::string_view query, std::string_view name)
{
    while (!query.empty()) {
        const auto end = query.find('&');
        const auto pair = query.substr(0, end);
        query.remove_prefix(end == std::string_view::npos ? query.size() : end + 1);
        if (!pair.starts_with(name) || pair.size() <= name.size() || pair[name.size()] != '=')
            continue;
        std::string out;
        const auto value = pair.substr(name.size() + 1);
        for (std::size_t i = 0; i < value.size() && out.size() < 64; ++i) {
            if (value[i] == '+') {
                out += ' ';
            } else if (value[i] == '%') {
                if (i + 2 >= value.size())
                    return {};
                const auto hex = std::string(value.substr(i + 1, 2));
                if (!std::isxdigit(static_cast<unsigned char>(hex[0])) ||
                    !std::isxdigit(static_cast<unsigned char>(hex[1])))
                    return {};
                out += static_cast<char>(std::stoi(hex, nullptr, 16));
                i += 2;
            } else {
                out += value[i];
            }
        }
        return out;
    }
    return {};
}

/// An answer's value from JSON: a whole number (within a sane range), an option's code when
/// `codes`, or null for "weet niet"; nullopt for anything else (a huge unsigned number included).
std::optional<core::AnswerValue> valueFrom(const json& v, bool codes)
{
    if (v.is_number_integer() && !v.is_number_unsigned() ? v.get<long long>() >= -1000 && v.get<long long>() <= 1000
                                                          : v.is_number_unsigned() && v.get<unsigned long long>() <= 1000)
        return core::AnswerValue{static_cast<int>(v.get<long long>())};
    if (codes && v.is_string())
        return core::AnswerValue{v.get<std::string>()};
    if (v.is_null())
        return core::AnswerValue{};
    return std::nullopt;
}

/// The body as a JSON object, or nullopt (with why) when it is not one.
std::optional<json> jsonObject(const Request& request, std::string& why)
{
    if (!request.contentType.starts_with("application/json")) {
        why = "expected a JSON body (Content-Type: application/json)";
        return std::nullopt;
    }
    // An answer nests one level; a body nested thousands deep is refused before it is parsed.
    if (core::tooDeep(request.body, 4)) {
        why = "the JSON nests too deeply";
        return std::nullopt;
    }
    auto parsed = json::parse(request.body, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object()) {
        why = "the body is not a JSON object";
        return std::nullopt;
    }
    return parsed;
}

} // namespace

Routes::Routes(Room& room, AnswerWriter& writer, core::Language lang) : m_room(room), m_writer(writer), m_lang(lang) {}

void Routes::handle(const Request& request, const Reply& reply)
{
    const auto question = request.target.find('?');
    const std::string_view path = std::string_view(request.target).substr(0, question);
    const std::string_view query =
        question == std::string::npos ? std::string_view() : std::string_view(request.target).substr(question + 1);
    const auto at = parts(path);
    const bool get = request.method == "GET" || request.method == "HEAD";
    const bool post = request.method == "POST";

    // The root: where people who type the address give the short code.
    if (at.empty() || (at.size() == 1 && at[0] == "join")) {
        reply(get ? landing(query, !at.empty()) : problem(405, "method not allowed"));
        return;
    }
    // The facilitator's page: with its own token, and only on the laptop itself (a phone that saw
    // the address on the projector gets nothing from it).
    if (m_facilitator && request.fromThisComputer && at.size() >= 2 && at.size() <= 3 && at[0] == "f" &&
        sameSecret(at[1], m_room.facilitatorToken())) {
        reply(m_room.ended() ? problem(410, "ended") : m_facilitator(request, at.size() == 3 ? at[2] : std::string_view(), query));
        return;
    }
    if (at.size() < 2 || at.size() > 3 || at[0] != "s" || !sameSecret(at[1], m_room.sessionToken())) {
        reply(problem(404, "not found"));
        return;
    }
    if (m_room.ended()) {
        reply(at.size() == 2 ? Response{410, "text/html; charset=utf-8", endedPage(m_lang), {}} : problem(410, "ended"));
        return;
    }
    const std::string_view what = at.size() == 3 ? at[2] : std::string_view();
    if (what.empty() || what == "setup") {
        reply(!get ? problem(405, "method not allowed") : what.empty() ? page() : setup());
        return;
    }
    if (what == "join") {
        reply(post ? join(request) : problem(405, "method not allowed"));
        return;
    }
    if (what != "me" && what != "answer" && what != "state" && what != "live" && what != "result" && what != "leave") {
        reply(problem(404, "not found"));
        return;
    }
    // The phone's own requests: its token, in a header (never in an address that could be kept).
    const auto phone = m_room.phone(request.phoneToken);
    if (!phone) {
        reply(problem(401, "unknown phone"));
        return;
    }
    if (!m_room.allowRequest(phone->token)) {
        reply(problem(429, "too many requests"));
        return;
    }
    if (what == "me" || what == "state" || what == "result")
        reply(!get ? problem(405, "method not allowed") : what == "me" ? me(*phone) : what == "state" ? state(*phone) : result());
    else if (!post)
        reply(problem(405, "method not allowed"));
    else if (what == "leave")
        reply(m_room.leave(phone->token) ? jsonResponse(200, {{"left", true}}) : problem(409, "this phone has answered: its party stays"));
    else if (what == "answer")
        answer(*phone, request, reply);
    else
        liveAnswer(*phone, request, reply);
}

Response Routes::landing(std::string_view query, bool typed)
{
    const auto lang = queryValue(query, "lang") == "en" ? core::Language::En : m_lang;
    if (!typed)
        return {200, "text/html; charset=utf-8", landingPage(lang, {}), {}};
    const auto code = normalisedShortCode(queryValue(query, "code"));
    const bool right = !m_room.ended() && !code.empty() && sameSecret(code, m_room.shortCode());
    if (!m_room.allowCodeTry(right))
        return {429, "text/html; charset=utf-8", landingPage(lang, tooManyTriesText(lang)), {}};
    if (!right)
        return {404, "text/html; charset=utf-8", landingPage(lang, wrongCodeText(lang)), {}};
    return {303, "text/html; charset=utf-8", {}, "/s/" + m_room.sessionToken() + "/" + (lang == core::Language::En ? "?lang=en" : "")};
}

Response Routes::page() const
{
    return {200, "text/html; charset=utf-8", participantPage(m_lang, m_room.threshold()), {}};
}

Response Routes::setup() const
{
    json roles = json::array();
    for (const auto role : core::kRoles)
        if (!m_room.questions(role).empty())
            roles.push_back({{"code", std::string(core::code(role))}, {"name", local(m_room.instrument().name(role))}});
    return jsonResponse(200, {{"roles", roles},
                              {"organisation", m_room.organisationName()},
                              {"round", m_room.roundName()},
                              {"threshold", m_room.threshold()}});
}

Response Routes::join(const Request& request)
{
    std::string why;
    const auto body = jsonObject(request, why);
    if (!body)
        return problem(400, why);
    const auto role = body->contains("role") && (*body)["role"].is_string()
                          ? core::roleFromCode((*body)["role"].get<std::string>())
                          : std::nullopt;
    if (!role || m_room.questions(*role).empty())
        return problem(400, "expected \"role\": one of " + core::roleCodes());
    if (!m_room.allowJoin())
        return problem(429, "too many phones joining at once");
    const auto joined = m_room.join(*role);
    if (const auto* refused = std::get_if<Room::Refusal>(&joined))
        return *refused == Room::Refusal::Ended ? problem(410, "ended")
               : *refused == Room::Refusal::PartyFull ? problem(409, "party full")
                                                      : problem(503, "the session is full");
    const auto& phone = std::get<Room::Phone>(joined);
    return jsonResponse(200, {{"phone", phone.token}, {"code", phone.code}});
}

Response Routes::me(const Room::Phone& phone) const
{
    const auto& instrument = m_room.instrument();
    json questions = json::array();
    for (const auto* q : m_room.questions(phone.role)) {
        json item{{"item", q->code}, {"text", local(q->text)}};
        if (q->kind == core::QuestionKind::Likert) {
            item["kind"] = "likert";
        } else if (q->kind == core::QuestionKind::Rating) {
            item["kind"] = "rating";
            item["min"] = q->min;
            item["max"] = q->max;
        } else {
            item["kind"] = "choice";
            json options = json::array();
            for (const auto& o : q->options)
                options.push_back({{"value", o.code}, {"label", local(o.label)}});
            item["options"] = options;
        }
        questions.push_back(std::move(item));
    }
    json likert = json::array();
    for (const auto& label : instrument.likert().labels)
        likert.push_back(local(label));
    json given = json::object();
    for (const auto& [item, value] : m_room.given(phone.token)) {
        if (const auto* n = std::get_if<int>(&value))
            given[item] = *n;
        else if (const auto* c = std::get_if<std::string>(&value))
            given[item] = *c;
        else
            given[item] = nullptr;
    }
    return jsonResponse(200, {{"code", phone.code},
                              {"role", local(instrument.name(phone.role))},
                              {"likert", likert},
                              {"noAnswer", local(instrument.likert().noAnswer)},
                              {"ratingLow", local(instrument.rating().low)},
                              {"ratingHigh", local(instrument.rating().high)},
                              {"questions", questions},
                              {"given", given}});
}

void Routes::answer(const Room::Phone& phone, const Request& request, const Reply& reply)
{
    if (m_room.mode() == SessionMode::Live) {
        reply(problem(409, "this session asks the live questions, not the questionnaire"));
        return;
    }
    std::string why;
    const auto body = jsonObject(request, why);
    if (!body) {
        reply(problem(400, why));
        return;
    }
    if (!body->contains("item") || !(*body)["item"].is_string() || !body->contains("value")) {
        reply(problem(400, "expected {\"item\": a question's code, \"value\": a number, an option's code or null}"));
        return;
    }
    const auto item = (*body)["item"].get<std::string>();
    const auto& v = (*body)["value"];
    const auto parsed = valueFrom(v, true);
    if (!parsed) {
        reply(problem(400, "the value must be a whole number, an option's code or null"));
        return;
    }
    const auto& value = *parsed;
    if (const auto refused = m_room.refusal(phone, item, value)) {
        reply(problem(422, *refused));
        return;
    }
    // Acknowledged only once stored: a phone that hears nothing sends it again.
    m_room.answering(phone.token);
    m_writer.submit({core::Respondent{phone.code, phone.role}, item, value,
                     [this, token = phone.token, item, value, reply](bool stored, const std::string&) {
                         if (stored)
                             m_room.stored(token, item, value);
                         reply(stored ? jsonResponse(200, {{"stored", true}}) : problem(503, "not stored; send it again"));
                     },
                     0,
                     {}});
}

namespace {

bool asked(const LiveItem& item, core::Role role)
{
    return item.roles.empty() || std::find(item.roles.begin(), item.roles.end(), role) != item.roles.end();
}

} // namespace

Response Routes::state(const Room::Phone& phone) const
{
    json body{{"version", m_room.version()}, {"mode", m_room.mode() == SessionMode::Live ? "live" : "questionnaire"}, {"live", nullptr}};
    const auto live = m_room.live();
    if (!live)
        return jsonResponse(200, body);
    json items = json::array();
    for (const auto& i : live->items) {
        if (!asked(i, phone.role))
            continue;
        json item{{"item", i.code}, {"text", local(i.text)}};
        item["kind"] = i.kind == core::QuestionKind::Rating ? "rating" : i.kind == core::QuestionKind::Likert ? "likert" : "pick";
        if (i.kind == core::QuestionKind::Rating) {
            item["min"] = i.min;
            item["max"] = i.max;
        }
        items.push_back(std::move(item));
    }
    json given = json::object();
    for (const auto& [item, value] : m_room.givenLive(phone.token, live->id))
        given[item] = std::holds_alternative<int>(value) ? json(std::get<int>(value)) : json(nullptr);
    const char* stage = live->stage == LiveState::Stage::Open ? "open" : live->stage == LiveState::Stage::Locked ? "locked" : "revealed";
    body["live"] = {{"id", live->id}, {"kind", std::string(core::code(live->kind))}, {"stage", stage}, {"items", items},
                    {"picks", std::min(core::kVotePicks, live->items.size())}, {"given", given}};
    // The result only once the facilitator reveals it: before, no phone can have it.
    if (live->stage == LiveState::Stage::Revealed)
        body["live"]["result"] = json::parse(live->result, nullptr, false);
    return jsonResponse(200, body);
}

Response Routes::result() const
{
    const auto live = m_room.live();
    if (!live)
        return problem(404, "no live question");
    if (live->stage != LiveState::Stage::Revealed)
        return problem(403, "not revealed");
    return {200, "application/json", live->result, {}};
}

void Routes::liveAnswer(const Room::Phone& phone, const Request& request, const Reply& reply)
{
    std::string why;
    const auto body = jsonObject(request, why);
    if (!body) {
        reply(problem(400, why));
        return;
    }
    if (!body->contains("question") || !(*body)["question"].is_number_integer() || !body->contains("values") ||
        !(*body)["values"].is_object()) {
        reply(problem(400, "expected {\"question\": its id, \"values\": {item: a number or null}}"));
        return;
    }
    const auto live = m_room.live();
    if (!live || live->id != (*body)["question"].get<long long>()) {
        reply(problem(409, "this question is not open"));
        return;
    }
    if (live->stage != LiveState::Stage::Open) {
        reply(problem(409, "this question is closed"));
        return;
    }
    std::vector<std::pair<std::string, core::AnswerValue>> values;
    std::map<std::string, core::AnswerValue> given;
    for (const auto& [item, v] : (*body)["values"].items()) {
        const auto it = std::find_if(live->items.begin(), live->items.end(), [&](const auto& i) { return i.code == item; });
        if (it == live->items.end() || !asked(*it, phone.role)) {
            reply(problem(422, "not an item of this question for this party: " + core::visibleText(item)));
            return;
        }
        const auto value = valueFrom(v, false);
        if (!value) {
            reply(problem(400, "a value is a whole number or null"));
            return;
        }
        // A vote's pick is 1; a rating or statement one of its scale's points, or null ("weet niet").
        const bool pick = it->kind == core::QuestionKind::Choice;
        const int* number = std::get_if<int>(&*value);
        if (pick ? !number || *number != 1 : number && (*number < it->min || *number > it->max)) {
            reply(problem(422, "not one of the answers this item offers: " + core::visibleText(item)));
            return;
        }
        values.emplace_back(item, *value);
        given[item] = *value;
    }
    // Checked once more, and stored, by the file itself (db::Database::saveLiveAnswer).
    m_room.answering(phone.token);
    m_writer.submit({core::Respondent{phone.code, phone.role}, {}, {},
                     [this, token = phone.token, id = live->id, given, reply](bool stored, const std::string& problemText) {
                         if (stored)
                             m_room.storedLive(token, id, given);
                         reply(stored ? jsonResponse(200, {{"stored", true}})
                                      : problemText.empty() ? problem(503, "not stored; send it again") : problem(422, problemText));
                     },
                     live->id, values});
}

} // namespace workshop
