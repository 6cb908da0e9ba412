#pragma once
// Shared by the fuzz targets. Besides a crash, a leak or a sanitizer report, a finding is an
// exception the API does not document for bad input, or a promise of the API broken: both abort,
// so that libFuzzer keeps the input as a crash file.

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string_view>
#include <typeinfo>

namespace fuzz {

inline std::string_view text(const std::uint8_t* data, std::size_t size)
{
    return {reinterpret_cast<const char*>(data), size};
}

[[noreturn]] inline void finding(const char* what, const char* detail = "")
{
    std::fprintf(stderr, "FINDING: %s %s\n", what, detail);
    std::fflush(stderr);
    std::abort();
}

inline void require(bool promise, const char* what)
{
    if (!promise)
        finding("broken promise:", what);
}

/// Runs `work`, which catches the exceptions its API documents for bad input; whatever else
/// escapes is a finding, named by its type.
template <typename Work>
void guard(Work&& work)
{
    try {
        work();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "FINDING: undocumented exception %s: %s\n", typeid(e).name(), e.what());
        std::fflush(stderr);
        std::abort();
    } catch (...) {
        finding("undocumented exception of no std type");
    }
}

} // namespace fuzz
