#include "error_text.hpp"

#include "db/errors.hpp"

namespace app {

ErrorText describeError(const std::exception& e, core::Language lang)
{
    if (dynamic_cast<const UsageError*>(&e))
        return {e.what(), Failure::Usage};
    if (const auto* invalid = dynamic_cast<const core::InvalidData*>(&e))
        return {invalid->describe(lang), Failure::InputRefused};
    if (const auto* domain = dynamic_cast<const core::Error*>(&e)) {
        Failure kind = Failure::Failed;
        if (dynamic_cast<const db::NoDatabase*>(&e) || dynamic_cast<const db::NotOurFile*>(&e) ||
            dynamic_cast<const db::Damaged*>(&e) || dynamic_cast<const db::NewerVersion*>(&e))
            kind = Failure::DatabaseUnusable;
        else if (dynamic_cast<const db::NotFound*>(&e) || dynamic_cast<const db::Conflict*>(&e))
            kind = Failure::InputRefused;
        return {domain->message().render(lang), kind};
    }
    return {core::tr(lang, core::tx("unexpected error: {0}"), {e.what()}), Failure::Failed};
}

ErrorText describeCurrentException(core::Language lang)
{
    try {
        throw;
    } catch (const std::exception& e) {
        return describeError(e, lang);
    } catch (...) {
        return {std::string(core::tr(lang, core::tx("an error of an unknown kind"))), Failure::Failed};
    }
}

} // namespace app
