#include "room.hpp"

#include "tokens.hpp"

#include "answer_choices.hpp"
#include "participant.hpp"

#include "core/text/text_util.hpp"

#include <algorithm>

namespace workshop {

namespace {

/// "T-RVB-": the prefix of a phone's codes, as the one computer's are "W-RVB-" (db's rule).
std::string codePrefix(core::Role role)
{
    std::string prefix = "T-" + std::string(core::code(role)).substr(0, 3) + "-";
    for (char& c : prefix)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return prefix;
}

} // namespace

Room::Room(const db::Database& db, core::Id round, SessionMode mode)
    : m_sessionToken(randomToken()), m_facilitatorToken(randomToken()), m_shortCode(workshop::shortCode()), m_round(round), m_instrument(db.instrumentOf(round)),
      m_threshold(db.assessment(round).anonymityK), m_roundName(db.assessment(round).name),
      m_organisationName(db.organisation(db.assessment(round).organisationId).name), m_mode(mode),
      // A person answers a question every few seconds, a quick one skips a few a second; a burst
      // (a reload, answers kept while offline) is allowed.
      m_perPhone(60, 10), m_joins(40, 5), m_codeTries(10, 0.2)
{
    for (const auto role : core::kRoles)
        m_questions[role] = app::workshopQuestions(m_instrument, role);
    m_invited = db.invited(round);
    // Phone codes go on from every code the round has used: its respondents' and those who answered
    // a live question only. The cap on a party counts its respondents already in the round.
    const auto used = [&](const std::string& code) {
        for (const auto role : core::kRoles) {
            const auto prefix = codePrefix(role);
            long long n = 0;
            if (code.starts_with(prefix) && core::parseWholeNumber(code.substr(prefix.size()), n))
                m_lastNumber[role] = std::max(m_lastNumber[role], static_cast<int>(std::min<long long>(n, 1 << 20)));
        }
    };
    for (const auto& r : db.respondents(round)) {
        used(r.code);
        // The questionnaire: whoever answered already (on paper, at the one computer, on a phone
        // in an earlier session) holds a place. Live questions are for those same people again.
        if (mode == SessionMode::Questionnaire)
            ++m_joined[r.role];
    }
    for (const auto& question : db.liveQuestions(round))
        for (const auto& a : db.liveAnswers(question.id))
            used(a.respondent);
}

const std::vector<const core::Question*>& Room::questions(core::Role role) const { return m_questions.at(role); }

bool Room::ended() const
{
    std::lock_guard lock(m_mutex);
    return m_ended;
}

void Room::end()
{
    std::lock_guard lock(m_mutex);
    m_ended = true;
    m_phones.clear();
    m_given.clear();
    m_givenLive.clear();
    m_answering.clear();
    m_live.reset();
    m_perPhone.clear();
    ++m_version;
}

std::string Room::nextCode(core::Role role)
{
    // Numbered per prefix, like the one computer's codes: both kinds of specialist share "SPE".
    const auto prefix = codePrefix(role);
    int highest = 0;
    for (const auto other : core::kRoles)
        if (codePrefix(other) == prefix)
            highest = std::max(highest, m_lastNumber[other]);
    m_lastNumber[role] = highest + 1;
    const std::string number = std::to_string(highest + 1);
    return prefix + (number.size() < 2 ? "0" + number : number);
}

std::variant<Room::Phone, Room::Refusal> Room::join(core::Role role)
{
    std::lock_guard lock(m_mutex);
    if (m_ended)
        return Refusal::Ended;
    if (m_phones.size() >= kMaxPhones)
        return Refusal::Full;
    if (const auto cap = m_invited.find(role); cap != m_invited.end() && m_joined[role] >= cap->second)
        return Refusal::PartyFull;
    ++m_joined[role];
    ++m_phonesJoined;
    Phone phone{randomToken(), nextCode(role), role};
    m_phones[phone.token] = phone;
    return phone;
}

std::optional<Room::Phone> Room::phone(const std::string& token) const
{
    std::lock_guard lock(m_mutex);
    if (m_ended)
        return std::nullopt;
    // A map lookup compares the bytes of the key; the tokens are random, so what an attacker could
    // learn from its timing is where a guess sorts among them, not any token's bytes.
    const auto it = m_phones.find(token);
    if (it == m_phones.end())
        return std::nullopt;
    return it->second;
}

bool Room::leave(const std::string& token)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_phones.find(token);
    if (it == m_phones.end() || m_answering.contains(token))
        return false;
    --m_joined[it->second.role];
    --m_phonesJoined;
    m_phones.erase(it);
    return true;
}

void Room::answering(const std::string& token)
{
    std::lock_guard lock(m_mutex);
    if (m_phones.contains(token))
        m_answering.insert(token);
}

bool Room::allowRequest(const std::string& token)
{
    std::lock_guard lock(m_mutex);
    return m_perPhone.allow(token);
}

bool Room::allowJoin()
{
    std::lock_guard lock(m_mutex);
    return m_joins.take();
}

bool Room::allowCodeTry(bool right)
{
    std::lock_guard lock(m_mutex);
    return right ? m_codeTries.available() : m_codeTries.take();
}

std::size_t Room::joined() const
{
    std::lock_guard lock(m_mutex);
    return m_phonesJoined;
}

std::size_t Room::phoneCount() const
{
    std::lock_guard lock(m_mutex);
    return m_phones.size();
}

std::optional<std::string> Room::refusal(const Phone& phone, const std::string& item, const core::AnswerValue& value) const
{
    const auto& asked = questions(phone.role);
    const auto it = std::find_if(asked.begin(), asked.end(), [&](const auto* q) { return q->code == item; });
    if (it == asked.end())
        return "this question is not put to this party: " + core::visibleText(item);
    for (const auto& choice : app::answerChoices(**it, m_instrument, core::Language::Nl))
        if (choice.value == value)
            return std::nullopt;
    return "not one of the answers this question offers: " + core::visibleText(core::formatValue(value));
}

void Room::stored(const std::string& token, const std::string& item, const core::AnswerValue& value)
{
    std::lock_guard lock(m_mutex);
    if (m_phones.contains(token))
        m_given[token][item] = value;
}

std::map<std::string, core::AnswerValue> Room::given(const std::string& token) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_given.find(token);
    return it == m_given.end() ? std::map<std::string, core::AnswerValue>{} : it->second;
}

} // namespace workshop

namespace workshop {

void Room::setLive(std::optional<LiveState> live)
{
    std::lock_guard lock(m_mutex);
    m_live = std::move(live);
    ++m_version;
}

std::optional<LiveState> Room::live() const
{
    std::lock_guard lock(m_mutex);
    return m_live;
}

std::size_t Room::version() const
{
    std::lock_guard lock(m_mutex);
    return m_version;
}

void Room::storedLive(const std::string& token, long long id, const std::map<std::string, core::AnswerValue>& values)
{
    std::lock_guard lock(m_mutex);
    if (m_phones.contains(token))
        m_givenLive[{token, id}] = values;
}

std::map<std::string, core::AnswerValue> Room::givenLive(const std::string& token, long long id) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_givenLive.find({token, id});
    return it == m_givenLive.end() ? std::map<std::string, core::AnswerValue>{} : it->second;
}

} // namespace workshop
