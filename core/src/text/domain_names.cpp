#include "core/text/domain_names.hpp"

#include "core/instrument/instrument_loader.hpp"

namespace core {

std::string modelName(std::string_view model, Language lang)
{
    if (model == "production")
        return std::string(tr(lang, tx("production")));
    if (model == "benchmark")
        return std::string(tr(lang, tx("benchmark")));
    if (model == "dagdelen_disutility")
        return std::string(tr(lang, tx("dagdelen + on-call burden")));
    if (model == "corridor")
        return std::string(tr(lang, tx("corridor")));
    if (model == "salaried")
        return std::string(tr(lang, txc("distribution model", "salaried")));
    return std::string(tr(lang, tx("own mix")));
}

std::string modelRowName(const ScenarioOutcome& outcome, Language lang)
{
    return outcome.currentModel ? tr(lang, tx("current ({0})"), {modelName(outcome.model, lang)}) : modelName(outcome.model, lang);
}

std::string componentName(Component component, Language lang)
{
    switch (component) {
    case Component::Equal: return std::string(tr(lang, tx("equal per specialist")));
    case Component::Dagdelen: return std::string(tr(lang, tx("dagdelen")));
    case Component::Disutility: return std::string(tr(lang, tx("on-call burden")));
    case Component::Production: return std::string(tr(lang, tx("production")));
    case Component::Benchmark: return std::string(tr(lang, tx("benchmark")));
    case Component::Quality: return std::string(tr(lang, tx("quality")));
    }
    return {};
}

std::string actorName(ActorKind kind, const std::string& actor, Language lang)
{
    switch (kind) {
    case ActorKind::Vakgroep: return tr(lang, tx("{0} (per specialist)"), {actor});
    case ActorKind::Salaried: return std::string(tr(lang, tx("salaried specialists (per head)")));
    case ActorKind::Msb: return std::string(tr(lang, tx("MSB (pot)")));
    case ActorKind::Hospital: return std::string(tr(lang, tx("hospital (margin)")));
    case ActorKind::Insurer: return std::string(tr(lang, tx("insurer (cost)")));
    }
    return actor;
}

std::string actorName(const ActorOutcome& actor, Language lang)
{
    return actorName(actor.kind, actor.actor, lang);
}

std::string stanceName(Stance stance, Language lang)
{
    switch (stance) {
    case Stance::Aligned: return std::string(tr(lang, tx("in line with the theme")));
    case Stance::Neutral: return std::string(tr(lang, tx("neutral")));
    case Stance::Conflict: return std::string(tr(lang, tx("AGAINST the theme")));
    }
    return {};
}

std::string causeName(Cause cause, ActorKind kind, Language lang)
{
    switch (cause) {
    case Cause::None: return {};
    case Cause::Pot: return std::string(tr(lang, tx("how the hospital pays the MSB")));
    case Cause::Share: return std::string(tr(lang, tx("the distribution model")));
    case Cause::Own:
        return std::string(tr(lang, kind == ActorKind::Vakgroep ? tx("its own staffing and goodwill, or income earned elsewhere")
                                    : kind == ActorKind::Hospital ? tx("the hospital's own margin (its insurer contract)")
                                                                  : tx("its own cost")));
    case Cause::Several: return std::string(tr(lang, tx("the contract and the distribution model together")));
    }
    return {};
}

std::string scenarioTitle(const Scenario& s, Language lang)
{
    const auto& serving = s.servedByB ? s.b.label : s.a.label;
    return tr(lang, tx("{0} (theme: {1}; serves the theme: {2})"),
              {s.name.in(lang), builtinInstrument().shortName(s.theme).in(lang), serving.in(lang)});
}

std::string questionKindName(QuestionKind kind, Language lang)
{
    switch (kind) {
    case QuestionKind::Likert: return std::string(tr(lang, tx("statement")));
    case QuestionKind::Rating: return std::string(tr(lang, tx("rating (0-10)")));
    case QuestionKind::Choice: return std::string(tr(lang, tx("choice")));
    case QuestionKind::Number: return std::string(tr(lang, tx("number")));
    }
    return {};
}

std::string editionOf(const Assessment& round)
{
    std::string out = round.instrumentVersion;
    for (const auto& m : round.modules)
        out += " + " + m;
    return out;
}

std::string instrumentLabel(const Assessment& round) { return round.instrumentId + " " + editionOf(round); }

std::string hospitalTypeName(std::string_view type, Language lang)
{
    if (type.empty())
        return std::string(tr(lang, tx("not given")));
    const ChoiceOption* o = builtinInstrument().option("profile.hospital_type", type);
    return o ? o->label.in(lang) : std::string(type);
}

std::string audienceName(Audience audience, Language lang)
{
    switch (audience) {
    case Audience::Rvb: return std::string(tr(lang, tx("RvB")));
    case Audience::Msb: return std::string(tr(lang, tx("MSB")));
    case Audience::Both: return std::string(tr(lang, tx("RvB and MSB")));
    case Audience::Insurer: return std::string(tr(lang, tx("insurer")));
    case Audience::Ministry: return std::string(tr(lang, tx("ministry (VWS)")));
    }
    return {};
}

std::string actionOwnerName(std::string_view owner, Language lang)
{
    if (owner == "rvb")
        return std::string(tr(lang, tx("the executive board")));
    if (owner == "msb")
        return std::string(tr(lang, tx("the MSB")));
    if (owner == "both")
        return std::string(tr(lang, tx("both boards")));
    return std::string(tr(lang, tx("another party")));
}

std::string actionStatusName(std::string_view status, Language lang)
{
    if (status == "in_progress")
        return std::string(tr(lang, tx("in progress")));
    if (status == "done")
        return std::string(tr(lang, tx("done")));
    if (status == "dropped")
        return std::string(tr(lang, tx("dropped")));
    return std::string(tr(lang, tx("open")));
}

} // namespace core
