// A translator's compiled catalogue (.mo) in the data folder. Promises: refused with a reason or
// used, never a crash or a read out of bounds; a catalogue taken gives every text some form, for
// any count; the built-in catalogue comes back afterwards.
#include "fuzz_support.hpp"

#include "core/text/i18n.hpp"

#include <string>

namespace core {
std::string_view builtinDutchCatalogue();
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::guard([&] {
        const auto refused = core::useCatalogue(core::Language::Nl, std::string(fuzz::text(data, size)));
        if (refused) {
            fuzz::require(!refused->render(core::Language::Nl).empty(), "a refusal says why");
        } else {
            (void)core::tr(core::Language::Nl, core::tx("party"));
            (void)core::tr(core::Language::Nl, core::txc("verb", "open"));
            for (const unsigned long long n : {0ULL, 1ULL, 2ULL, 5ULL, 21ULL, 1000000ULL})
                (void)core::tr(core::Language::Nl, core::txn("{0} problem", "{0} problems"), n, {"x"});
            for (const auto id : core::translatedPatterns())
                (void)core::tr(core::Language::Nl, core::tx(id));
        }
        fuzz::require(!core::useCatalogue(core::Language::Nl, std::string(core::builtinDutchCatalogue())),
                      "the built-in catalogue always reads");
    });
    return 0;
}
