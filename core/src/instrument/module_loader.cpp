#include "core/instrument/module.hpp"

#include "core/instrument/instrument_loader.hpp"
#include "instrument_reader.hpp"
#include "io/json_reader.hpp"

#include <algorithm>
#include <array>

namespace core {

std::string_view builtinModuleJson_msb_governance();
std::string_view builtinModuleJson_focus_clinic();
std::string_view builtinModuleJson_care_cores();

namespace detail {

Module Loader::loadModule(const json& root)
{
    Module out;
    const std::string top;
    if (const auto* v = field(root, "schema_version", top); v && (!v->is_number_integer() || *v != 1))
        fail("schema_version", tx("must be 1 (this program reads schema version 1)"));
    out.info.id = string(root, "id", top);
    // Codes of the core questionnaire start with an element or "profile": a module of that name
    // could take one of its codes.
    const bool reserved = out.info.id == "profile" || elementFromCode(out.info.id).has_value();
    if (!out.info.id.empty() && (!isDataCode(out.info.id, false) || reserved))
        fail("id", tx("\"{0}\" cannot be a module's id: lower-case letters, digits and '_', and not \"profile\" or an "
                      "element's code"),
             {out.info.id});
    else
        m_module = out.info.id;
    out.extends = string(root, "extends", top);
    out.info.version = string(root, "version", top);
    out.info.title = text(root, "title", top);
    out.info.description = text(root, "description", top);
    Instrument::Parts parts;
    readSources(root, parts);
    readItems(root, parts);
    readProfile(root, parts);
    out.sources = std::move(parts.sources);
    out.questions = std::move(parts.questions);
    if (out.questions.empty())
        fail("items", tx("a module needs at least one statement or profile question"));
    const auto items = std::count_if(out.questions.begin(), out.questions.end(),
                                     [](const Question& q) { return q.kind == QuestionKind::Likert; });
    const auto reversed = std::count_if(out.questions.begin(), out.questions.end(),
                                        [](const Question& q) { return q.kind == QuestionKind::Likert && q.reverse; });
    if (items >= 5 && reversed * 5 < items)
        fail("items", tx("reverse-keyed items: {0} of {1}; at least a fifth must be"),
             {std::to_string(reversed), std::to_string(items)});
    return out;
}

} // namespace detail

ModuleError::ModuleError(std::string source, std::vector<DataProblem> problems)
    : InvalidData(txn("The module {0} is invalid: {1} problem", "The module {0} is invalid: {1} problems"), std::move(source),
                  std::move(problems))
{
}

namespace {
std::pair<Module, std::vector<DataProblem>> parse(std::string_view text)
{
    detail::Loader loader;
    Module module;
    readJson(text, loader.problems, [&](const json& root) { module = loader.loadModule(root); });
    return {std::move(module), std::move(loader.problems)};
}

struct Builtin {
    std::string_view id;
    std::string_view (*json)();
};
// Alphabetical, the order in which a round merges its modules.
constexpr std::array kBuiltin{Builtin{"care_cores", builtinModuleJson_care_cores},
                              Builtin{"focus_clinic", builtinModuleJson_focus_clinic},
                              Builtin{"msb_governance", builtinModuleJson_msb_governance}};
} // namespace

std::vector<DataProblem> validateModule(std::string_view text) { return parse(text).second; }

Module loadModule(std::string_view text, const std::string& source)
{
    auto [module, problems] = parse(text);
    if (!problems.empty())
        throw ModuleError(source, std::move(problems));
    return module;
}

bool looksLikeModule(std::string_view text)
{
    bool found = false;
    std::vector<DataProblem> ignored;
    readJson(text, ignored, [&](const json& root) { found = root.contains("extends"); });
    return found;
}

Instrument withModules(const Instrument& instrument, const std::vector<const Module*>& modules)
{
    Instrument::Parts parts = instrument.parts();
    const auto firstRating = std::find_if(parts.questions.begin(), parts.questions.end(),
                                          [](const Question& q) { return q.kind != QuestionKind::Likert; });
    std::vector<Question> statements(parts.questions.begin(), firstRating);
    std::vector<Question> rest(firstRating, parts.questions.end());
    for (const Module* m : modules) {
        if (m->extends != instrument.id())
            throw InvalidData(txn("The module {0} cannot be added: {1} problem", "The module {0} cannot be added: {1} problems"),
                              m->info.id, {{"extends", Message{tx("it belongs to \"{0}\", not to \"{1}\""), {m->extends, instrument.id()}}}});
        if (std::any_of(parts.modules.begin(), parts.modules.end(), [&](const ModuleInfo& i) { return i.id == m->info.id; }))
            throw InvalidData(txn("The module {0} cannot be added: {1} problem", "The module {0} cannot be added: {1} problems"),
                              m->info.id, {{"id", Message{tx("the round has this module already"), {}}}});
        parts.modules.push_back(m->info);
        for (const auto& s : m->sources)
            if (std::none_of(parts.sources.begin(), parts.sources.end(), [&](const Source& c) { return c.code == s.code; }))
                parts.sources.push_back(s);
        for (const auto& q : m->questions)
            (q.kind == QuestionKind::Likert ? statements : rest).push_back(q);
    }
    statements.insert(statements.end(), std::make_move_iterator(rest.begin()), std::make_move_iterator(rest.end()));
    parts.questions = std::move(statements);
    return Instrument(std::move(parts));
}

const std::vector<const Module*>& builtinModules()
{
    static const std::vector<Module> loaded = [] {
        std::vector<Module> out;
        for (const auto& b : kBuiltin)
            out.push_back(loadModule(b.json(), "modules/" + std::string(b.id) + ".json"));
        return out;
    }();
    static const std::vector<const Module*> pointers = [] {
        std::vector<const Module*> out;
        for (const auto& m : loaded)
            out.push_back(&m);
        return out;
    }();
    return pointers;
}

const InstrumentVersions& catalogueInstruments()
{
    static const Instrument withAll = withModules(builtinInstrument(), builtinModules());
    static const InstrumentVersions out = [] {
        InstrumentVersions v{&withAll};
        for (const auto* i : builtinInstrumentVersions())
            v.push_back(i);
        return v;
    }();
    return out;
}

const Module* builtinModule(std::string_view id)
{
    for (const Module* m : builtinModules())
        if (m->info.id == id)
            return m;
    return nullptr;
}

std::optional<std::string_view> builtinModuleJson(std::string_view id)
{
    for (const auto& b : kBuiltin)
        if (b.id == id)
            return b.json();
    return std::nullopt;
}

} // namespace core
