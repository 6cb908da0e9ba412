#include "core/instrument/instrument.hpp"

#include <algorithm>

namespace core {

std::string_view code(QuestionKind kind)
{
    switch (kind) {
    case QuestionKind::Likert: return "likert";
    case QuestionKind::Rating: return "rating";
    case QuestionKind::Choice: return "choice";
    case QuestionKind::Number: return "number";
    }
    return "likert";
}

bool Question::askedOf(Role role) const
{
    return std::find(roles.begin(), roles.end(), role) != roles.end();
}

const ChoiceOption* Question::option(std::string_view optionCode) const
{
    for (const auto& o : options)
        if (o.code == optionCode)
            return &o;
    return nullptr;
}

std::vector<std::string> Question::optionCodes() const
{
    std::vector<std::string> out;
    for (const auto& o : options)
        out.push_back(o.code);
    return out;
}

const ChoiceOption* Instrument::option(std::string_view question, std::string_view optionCode) const
{
    const Question* q = find(question);
    return q ? q->option(optionCode) : nullptr;
}

Instrument::Instrument(Parts parts) : m_parts(std::move(parts))
{
    for (std::size_t i = 0; i < m_parts.questions.size(); ++i)
        m_index.emplace(m_parts.questions[i].code, i);
}

std::string Instrument::edition() const
{
    std::string out = m_parts.version;
    for (const auto& m : m_parts.modules)
        out += " + " + m.id + " " + m.version;
    return out;
}

Instrument Instrument::coreOnly() const
{
    Parts parts = m_parts;
    std::erase_if(parts.questions, [](const Question& q) { return !q.module.empty(); });
    parts.modules.clear();
    return Instrument(std::move(parts));
}

const Question* Instrument::find(std::string_view code) const
{
    const auto it = m_index.find(std::string(code));
    return it == m_index.end() ? nullptr : &m_parts.questions[it->second];
}

const Source* Instrument::source(std::string_view code) const
{
    const auto it = std::find_if(m_parts.sources.begin(), m_parts.sources.end(), [&](const Source& s) { return s.code == code; });
    return it == m_parts.sources.end() ? nullptr : &*it;
}

std::string Instrument::cite(const SourceRef& ref, Language lang) const
{
    const Source* s = source(ref.publication);
    const std::string name = s ? s->shortName.in(lang) : ref.publication;
    return ref.section.empty() ? name : name + ", " + ref.section;
}

const LocalText& Instrument::name(Element e) const
{
    return m_parts.elements.at(static_cast<std::size_t>(e)).name;
}
const LocalText& Instrument::description(Element e) const
{
    return m_parts.elements.at(static_cast<std::size_t>(e)).description;
}
const LocalText& Instrument::name(Theme t) const { return m_parts.themes.at(static_cast<std::size_t>(t)).name; }
const LocalText& Instrument::name(Role r) const { return m_parts.roles.at(static_cast<std::size_t>(r)).name; }
const LocalText& Instrument::shortName(Theme t) const
{
    return m_parts.themes.at(static_cast<std::size_t>(t)).shortName;
}
const LocalText& Instrument::shortName(Role r) const
{
    return m_parts.roles.at(static_cast<std::size_t>(r)).shortName;
}

std::vector<const Question*> Instrument::select(const std::function<bool(const Question&)>& wanted) const
{
    std::vector<const Question*> out;
    for (const auto& q : m_parts.questions)
        if (wanted(q))
            out.push_back(&q);
    return out;
}

std::vector<const Question*> Instrument::items(Element e) const
{
    return select([e](const Question& q) { return q.kind == QuestionKind::Likert && q.element == e && q.module.empty(); });
}

std::vector<const Question*> Instrument::items(Theme t) const
{
    return select([t](const Question& q) { return q.kind == QuestionKind::Likert && q.theme == t && q.module.empty(); });
}

std::vector<const Question*> Instrument::listedItems(Element e) const
{
    return select([e](const Question& q) { return q.kind == QuestionKind::Likert && q.element == e; });
}

std::vector<const Question*> Instrument::moduleItems(std::string_view module) const
{
    return select([module](const Question& q) { return q.kind == QuestionKind::Likert && q.module == module; });
}

std::vector<const Question*> Instrument::questionsOfKind(QuestionKind kind) const
{
    return select([kind](const Question& q) { return q.kind == kind; });
}

} // namespace core
