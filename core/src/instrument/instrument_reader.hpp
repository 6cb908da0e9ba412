#pragma once
// Reading the parts of an instrument or a module from JSON, recording every problem with its place.
// Internal to core/src/instrument.

#include "core/instrument/instrument.hpp"
#include "core/answers/answer.hpp"
#include "core/text/i18n.hpp"
#include "core/text/text_util.hpp"
#include "io/json_reader.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace core {
struct Module;
namespace detail {

inline std::string firstSentence(const std::string& text)
{
    const auto end = text.find(". ");
    return end == std::string::npos ? text : text.substr(0, end);
}

using nlohmann::json;

/// Walks the JSON, builds the parts and records every problem with its location.
class Loader {
public:
    std::vector<DataProblem> problems;

    Instrument::Parts load(const json& root)
    {
        Instrument::Parts parts; // readJson hands over only an object
        const std::string top;
        if (const auto* v = field(root, "schema_version", top); v && (!v->is_number_integer() || *v != 1))
            fail("schema_version", tx("must be 1 (this program reads schema version 1)"));
        parts.id = string(root, "id", top);
        parts.version = string(root, "version", top);
        parts.title = text(root, "title", top);
        parts.intro = text(root, "intro", top);
        readScales(root, parts);
        readSources(root, parts);
        readElements(root, parts);
        readThemes(root, parts);
        readRoles(root, parts);
        readItems(root, parts);
        readRatings(root, parts);
        readProfile(root, parts);
        checkCoverage(parts);
        checkLikertLabels(parts);
        return parts;
    }

    /// A module file (questionnaires/modules/SCHEMA.md); defined in module_loader.cpp.
    Module loadModule(const json& root);

private:
    std::set<std::string> m_codes;
    std::set<std::string> m_sourceCodes;
    std::string m_module; ///< while reading a module: its id, which every code must start with

    void fail(std::string where, TextKey what, std::vector<std::string> args = {})
    {
        addProblem(problems, {std::move(where), Message{what, std::move(args)}});
    }

    static std::string join(const std::string& where, const std::string& key)
    {
        return where.empty() ? key : where + "." + key;
    }

    const json* field(const json& obj, const char* key, const std::string& where)
    {
        const auto it = obj.find(key);
        if (it == obj.end()) {
            fail(join(where, key), tx("is missing"));
            return nullptr;
        }
        return &*it;
    }

    std::string string(const json& obj, const char* key, const std::string& where)
    {
        const json* v = field(obj, key, where);
        if (!v)
            return {};
        if (!v->is_string() || v->get_ref<const std::string&>().empty()) {
            fail(join(where, key), tx("must be a non-empty string"));
            return {};
        }
        return v->get<std::string>();
    }

    LocalText text(const json& obj, const char* key, const std::string& where)
    {
        LocalText out;
        const json* v = field(obj, key, where);
        if (!v)
            return out;
        if (!v->is_object()) {
            fail(join(where, key), tx("must be an object with \"nl\" and \"en\" texts"));
            return out;
        }
        out.nl = string(*v, "nl", join(where, key));
        out.en = string(*v, "en", join(where, key));
        return out;
    }

    const json* array(const json& obj, const char* key, const std::string& where)
    {
        // Each entry read takes memory; the instrument's longest list has 42.
        constexpr std::size_t max = 1000;
        const json* v = field(obj, key, where);
        if (v && !v->is_array()) {
            fail(join(where, key), tx("must be an array"));
            return nullptr;
        }
        if (v && v->size() > max) {
            fail(join(where, key), tx("has {0} entries; at most {1} are allowed"), {std::to_string(v->size()), std::to_string(max)});
            return nullptr;
        }
        return v;
    }

    std::optional<int> integer(const json& obj, const char* key, const std::string& where)
    {
        const json* v = field(obj, key, where);
        if (!v)
            return std::nullopt;
        // Answers are stored as int: a wider bound would wrap around silently.
        constexpr int limit = 1000000;
        if (!v->is_number_integer() || *v < -limit || *v > limit) {
            fail(join(where, key), tx("must be a whole number from {0} to {1}"), {std::to_string(-limit), std::to_string(limit)});
            return std::nullopt;
        }
        return v->get<int>();
    }

    /// The code of a list entry for naming it in a problem, whatever its type.
    static std::string codeOf(const json& obj)
    {
        const auto it = obj.is_object() ? obj.find("code") : obj.end();
        return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
    }

    static std::string at(const char* list, std::size_t i, const std::string& code = {})
    {
        std::string s = std::string(list) + "[" + std::to_string(i) + "]";
        return code.empty() ? s : s + " " + code;
    }

    void readScales(const json& root, Instrument::Parts& parts)
    {
        const json* scales = field(root, "scales", "");
        if (!scales)
            return;
        if (const json* likert = field(*scales, "likert", "scales")) {
            const std::string w = "scales.likert";
            if (integer(*likert, "min", w).value_or(1) != 1 || integer(*likert, "max", w).value_or(5) != 5)
                fail(w, tx("the Likert scale must run from 1 to 5"));
            parts.likert.noAnswer = text(*likert, "no_answer", w);
            if (const json* labels = field(*likert, "labels", w)) {
                const auto fiveTexts = [&](const char* lang) -> const json* {
                    const auto it = labels->find(lang);
                    if (it != labels->end() && it->is_array() && it->size() == 5 &&
                        std::all_of(it->begin(), it->end(), [](const json& s) { return s.is_string(); }))
                        return &*it;
                    fail(join(w, std::string("labels.") + lang), tx("must be a list of five texts"));
                    return nullptr;
                };
                const json* nl = fiveTexts("nl");
                const json* en = fiveTexts("en");
                for (std::size_t i = 0; nl && en && i < 5; ++i)
                    parts.likert.labels.push_back({(*nl)[i].get<std::string>(), (*en)[i].get<std::string>()});
            }
        }
        if (const json* rating = field(*scales, "rating", "scales")) {
            const std::string w = "scales.rating";
            if (integer(*rating, "min", w).value_or(0) != 0 || integer(*rating, "max", w).value_or(10) != 10)
                fail(w, tx("the rating scale must run from 0 to 10"));
            parts.rating.low = text(*rating, "low", w);
            parts.rating.high = text(*rating, "high", w);
        }
    }

    void readSources(const json& root, Instrument::Parts& parts)
    {
        const json* list = array(root, "sources", "");
        if (!list)
            return;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto w = at("sources", i);
            Source s{string((*list)[i], "code", w), string((*list)[i], "citation", w), {}};
            // An instrument without short names (older files): the citation's first sentence, its author and year.
            s.shortName = (*list)[i].contains("short") ? text((*list)[i], "short", w)
                                                        : LocalText{firstSentence(s.citation), firstSentence(s.citation)};
            if (!s.code.empty() && !m_sourceCodes.insert(s.code).second)
                fail(w, tx("source code \"{0}\" is used twice"), {s.code});
            parts.sources.push_back(std::move(s));
        }
    }

    template <typename Enum, typename Info, typename FromCode, typename All>
    void readVocabulary(const json& root, const char* key, FromCode fromCode, const All& all,
                        std::vector<Info>& out, bool withDescription)
    {
        const json* list = array(root, key, "");
        if (!list)
            return;
        std::vector<std::optional<Info>> slots(all.size());
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto w = at(key, i);
            const auto c = string((*list)[i], "code", w);
            const auto e = fromCode(c);
            if (!e) {
                if (!c.empty())
                    fail(w, tx("\"{0}\" is not a known code"), {c});
                continue;
            }
            auto& slot = slots[static_cast<std::size_t>(*e)];
            if (slot) {
                fail(w, tx("\"{0}\" is listed twice"), {c});
                continue;
            }
            Info info{};
            if constexpr (requires { info.element; })
                info.element = *e;
            else if constexpr (requires { info.theme; })
                info.theme = *e;
            else
                info.role = *e;
            info.name = text((*list)[i], "name", w);
            if constexpr (requires { info.description; })
                if (withDescription)
                    info.description = text((*list)[i], "description", w);
            if constexpr (requires { info.shortName; }) {
                // Optional, so that instruments stored before it existed stay readable.
                const std::size_t limit = std::is_same_v<Enum, Role> ? 16 : 26;
                info.shortName = (*list)[i].contains("short") ? text((*list)[i], "short", w) : info.name;
                if ((*list)[i].contains("short") && (info.shortName.nl.size() > limit || info.shortName.en.size() > limit))
                    fail(join(w, "short"), tx("a short name has at most {0} characters"), {std::to_string(limit)});
            }
            if constexpr (std::is_same_v<Enum, Element>) {
                const auto group = string((*list)[i], "group", w);
                if (!group.empty() && group != (isHard(*e) ? "hard" : "soft"))
                    fail(join(w, "group"), tx("{0} belongs to the \"{1}\" group"),
                         {c, isHard(*e) ? "hard" : "soft"});
            }
            slot = std::move(info);
        }
        for (std::size_t i = 0; i < all.size(); ++i) {
            if (!slots[i]) {
                fail(key, tx("\"{0}\" is missing"), {std::string(code(all[i]))});
                Info filler{};
                if constexpr (requires { filler.element; })
                    filler.element = all[i];
                else if constexpr (requires { filler.theme; })
                    filler.theme = all[i];
                else
                    filler.role = all[i];
                out.push_back(std::move(filler));
            } else {
                out.push_back(std::move(*slots[i]));
            }
        }
    }

    void readElements(const json& root, Instrument::Parts& parts)
    {
        readVocabulary<Element>(root, "elements", elementFromCode, kElements, parts.elements, true);
    }
    void readThemes(const json& root, Instrument::Parts& parts)
    {
        readVocabulary<Theme>(root, "themes", themeFromCode, kThemes, parts.themes, true);
    }
    void readRoles(const json& root, Instrument::Parts& parts)
    {
        readVocabulary<Role>(root, "roles", [](std::string_view c) {
            // Role codes in the instrument must be written exactly, not just case-insensitively.
            const auto r = roleFromCode(c);
            return r && code(*r) == c ? r : std::nullopt;
        }, kRoles, parts.roles, false);
    }

    /// The fields every question has: code, roles, text and source.
    Question common(const json& obj, const std::string& w, QuestionKind kind)
    {
        Question q;
        q.kind = kind;
        q.code = string(obj, "code", w);
        if (!q.code.empty()) {
            if (!isDataCode(q.code, true))
                fail(w, tx("code \"{0}\" must be lower-case letters, digits, '_' and '.'"), {q.code});
            else if (!m_module.empty() && !q.code.starts_with(m_module + "."))
                fail(w, tx("code \"{0}\" must start with the module's id, \"{1}.\""), {q.code, m_module});
            else if (!m_codes.insert(q.code).second)
                fail(w, tx("code \"{0}\" is used by another question"), {q.code});
        }
        q.module = m_module;
        q.text = text(obj, "text", w);
        if (const json* roles = array(obj, "roles", w)) {
            if (roles->empty())
                fail(join(w, "roles"), tx("must name at least one role"));
            for (const auto& r : *roles) {
                const auto name = r.is_string() ? r.get<std::string>() : r.dump();
                const auto role = roleFromCode(name);
                if (!role || code(*role) != name)
                    fail(join(w, "roles"), tx("\"{0}\" is not a role code"), {name});
                else if (q.askedOf(*role))
                    fail(join(w, "roles"), tx("\"{0}\" is listed twice"), {name});
                else
                    q.roles.push_back(*role);
            }
        }
        q.source = sourceRef(obj, w);
        return q;
    }

    /// `obj.source`: a publication listed in "sources" and a section.
    SourceRef sourceRef(const json& obj, const std::string& w)
    {
        SourceRef out;
        if (const json* src = field(obj, "source", w)) {
            out.publication = string(*src, "publication", join(w, "source"));
            out.section = string(*src, "section", join(w, "source"));
            if (!out.publication.empty() && !m_sourceCodes.contains(out.publication))
                fail(join(w, "source"), tx("publication \"{0}\" is not in \"sources\""), {out.publication});
        }
        return out;
    }

    std::optional<Element> element(const json& obj, const std::string& w)
    {
        const auto c = string(obj, "element", w);
        const auto e = elementFromCode(c);
        if (!e && !c.empty())
            fail(join(w, "element"), tx("\"{0}\" is not a 7S element code"), {c});
        return e;
    }

    void readItems(const json& root, Instrument::Parts& parts)
    {
        const json* list = array(root, "items", "");
        if (!list)
            return;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto& obj = (*list)[i];
            const auto w = at("items", i, codeOf(obj));
            Question q = common(obj, w, QuestionKind::Likert);
            q.element = element(obj, w);
            q.min = 1;
            q.max = 5;
            if (const auto it = obj.find("theme"); it != obj.end() && !it->is_null()) {
                q.theme = it->is_string() ? themeFromCode(it->get<std::string>()) : std::nullopt;
                if (!q.theme)
                    fail(join(w, "theme"), tx("\"{0}\" is not a theme code"), {it->dump()});
            }
            if (const json* rev = field(obj, "reverse", w)) {
                if (!rev->is_boolean())
                    fail(join(w, "reverse"), tx("must be true or false"));
                else
                    q.reverse = rev->get<bool>();
            }
            parts.questions.push_back(std::move(q));
        }
    }

    void readRatings(const json& root, Instrument::Parts& parts)
    {
        const json* list = array(root, "ratings", "");
        if (!list)
            return;
        std::set<std::pair<Element, RatingAspect>> seen;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto& obj = (*list)[i];
            const auto w = at("ratings", i, codeOf(obj));
            Question q = common(obj, w, QuestionKind::Rating);
            q.element = element(obj, w);
            q.min = 0;
            q.max = 10;
            const auto aspect = string(obj, "aspect", w);
            if (aspect == "current" || aspect == "desired")
                q.aspect = aspect == "current" ? RatingAspect::Current : RatingAspect::Desired;
            else if (!aspect.empty())
                fail(join(w, "aspect"), tx("must be \"current\" or \"desired\", not \"{0}\""), {aspect});
            if (q.element && !aspect.empty() && !seen.insert({*q.element, q.aspect}).second)
                fail(w, tx("a second \"{0}\" rating for {1}"), {aspect, std::string(code(*q.element))});
            parts.questions.push_back(std::move(q));
        }
        for (const auto e : kElements)
            for (const auto a : {RatingAspect::Current, RatingAspect::Desired})
                if (!seen.contains({e, a}))
                    fail("ratings", tx("the \"{0}\" rating for {1} is missing"),
                         {a == RatingAspect::Current ? "current" : "desired", std::string(code(e))});
    }

    void readProfile(const json& root, Instrument::Parts& parts)
    {
        const json* list = array(root, "profile", "");
        if (!list)
            return;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto& obj = (*list)[i];
            const auto w = at("profile", i, codeOf(obj));
            const auto kind = string(obj, "kind", w);
            if (kind != "choice" && kind != "number") {
                if (!kind.empty())
                    fail(join(w, "kind"), tx("must be \"choice\" or \"number\", not \"{0}\""), {kind});
                continue;
            }
            Question q = common(obj, w, kind == "choice" ? QuestionKind::Choice : QuestionKind::Number);
            if (q.kind == QuestionKind::Choice)
                readOptions(obj, w, q);
            else
                readRange(obj, w, q);
            if (obj.contains("reported_elsewhere"))
                readReportedElsewhere(obj, w, q);
            parts.questions.push_back(std::move(q));
        }
    }

    void readOptions(const json& obj, const std::string& w, Question& q)
    {
        const json* options = array(obj, "options", w);
        if (!options)
            return;
        if (options->size() < 2)
            fail(join(w, "options"), tx("a choice needs at least two options"));
        for (std::size_t k = 0; k < options->size(); ++k) {
            const auto ow = join(w, at("options", k));
            ChoiceOption o{string((*options)[k], "code", ow), text((*options)[k], "label", ow)};
            if (!o.code.empty() && q.option(o.code))
                fail(ow, tx("option \"{0}\" is listed twice"), {o.code});
            q.options.push_back(std::move(o));
        }
        // An answer file may hold an option's code or either label; each must import as that
        // option, not as no answer ("NA") nor as an option listed before it.
        for (std::size_t k = 0; k < q.options.size(); ++k) {
            const auto& o = q.options[k];
            for (const auto& cell : {o.code, o.label.nl, o.label.en})
                if (!o.code.empty() && !cell.empty() && parseValue(q, LikertScale{}, cell).value != AnswerValue{o.code})
                    fail(join(w, at("options", k)), tx("\"{0}\" in an answer file would not be read as option {1}"),
                         {cell, o.code});
        }
    }

    /// "count of `of` (who) reported option", from a module's source: a choice question's only.
    void readReportedElsewhere(const json& obj, const std::string& w, Question& q)
    {
        const auto rw = join(w, "reported_elsewhere");
        const json& r = obj["reported_elsewhere"];
        if (m_module.empty() || q.kind != QuestionKind::Choice || !r.is_object()) {
            fail(rw, tx("only a module's choice question may say what others report, as an object"));
            return;
        }
        ReportedElsewhere out;
        out.option = string(r, "option", rw);
        if (!out.option.empty() && !q.option(out.option))
            fail(join(rw, "option"), tx("\"{0}\" is not an option of this question"), {out.option});
        out.count = integer(r, "count", rw).value_or(0);
        out.of = integer(r, "of", rw).value_or(0);
        if (out.of < 1 || out.count < 0 || out.count > out.of)
            fail(rw, tx("\"count\" must be from 0 to \"of\", and \"of\" at least 1 (now {0} of {1})"),
                 {std::to_string(out.count), std::to_string(out.of)});
        out.who = text(r, "who", rw);
        out.source = sourceRef(r, rw);
        q.reportedElsewhere = std::move(out);
    }

    void readRange(const json& obj, const std::string& w, Question& q)
    {
        q.min = integer(obj, "min", w).value_or(0);
        q.max = integer(obj, "max", w).value_or(0);
        if (q.min > q.max)
            fail(w, tx("min ({0}) is above max ({1})"), {std::to_string(q.min), std::to_string(q.max)});
        if (obj.contains("unit"))
            q.unit = text(obj, "unit", w);
    }

    /// An answer file may hold a Likert label instead of 1-5: each must import as its own value,
    /// not as a number, no answer ("n.v.t.") or an earlier label.
    void checkLikertLabels(const Instrument::Parts& parts)
    {
        const auto item = std::find_if(parts.questions.begin(), parts.questions.end(),
                                       [](const Question& q) { return q.kind == QuestionKind::Likert; });
        if (item == parts.questions.end())
            return;
        for (std::size_t i = 0; i < parts.likert.labels.size(); ++i)
            for (const auto& label : {parts.likert.labels[i].nl, parts.likert.labels[i].en})
                if (parseValue(*item, parts.likert, label).value != AnswerValue{static_cast<int>(i) + 1})
                    fail("scales.likert.labels", tx("\"{0}\" in an answer file would not be read as answer {1}"),
                         {label, std::to_string(i + 1)});
    }

    void checkCoverage(const Instrument::Parts& parts)
    {
        std::size_t items = 0;
        std::size_t reversed = 0;
        for (const auto& q : parts.questions) {
            if (q.kind != QuestionKind::Likert)
                continue;
            ++items;
            reversed += q.reverse ? 1 : 0;
        }
        for (const auto e : kElements) {
            const auto n = std::count_if(parts.questions.begin(), parts.questions.end(), [e](const Question& q) {
                return q.kind == QuestionKind::Likert && q.element == e;
            });
            if (n < 5)
                fail("items", tx("element {0} has too few items ({1}); at least 5 are needed"),
                     {std::string(code(e)), std::to_string(n)});
        }
        for (const auto t : kThemes) {
            const auto n = std::count_if(parts.questions.begin(), parts.questions.end(), [t](const Question& q) {
                return q.kind == QuestionKind::Likert && q.theme == t;
            });
            if (n < 4)
                fail("items", tx("theme {0} has too few items ({1}); at least 4 are needed"),
                     {std::string(code(t)), std::to_string(n)});
        }
        if (items > 0 && reversed * 5 < items)
            fail("items", tx("reverse-keyed items: {0} of {1}; at least a fifth must be"),
                 {std::to_string(reversed), std::to_string(items)});
    }
};

} // namespace detail
} // namespace core
