#pragma once
// Private to core: how the demo hospitals' answers are made, deterministically (no std::
// distributions, which vary by library): the three demo hospitals and the national demo.

#include "core/answers/records.hpp"
#include "core/instrument/instrument.hpp"

#include <array>
#include <cmath>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace core::detail {

/// splitmix64: small, fast and identical everywhere.
class Random {
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double normal(double sd)
    {
        // Box-Muller; 1 - u keeps the logarithm finite.
        const double u = 1.0 - uniform();
        const double v = uniform();
        return sd * std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * 3.14159265358979323846 * v);
    }

private:
    std::uint64_t m_state;
};

using Levels = std::array<double, kElements.size()>; // keyed 1..5, per element

struct PartySpec {
    Role role;
    int count;
    Levels level;
    double spread;     ///< between respondents of the party
    double split = 0;  ///< two camps at level +/- split (low consensus)
};

inline Levels flat(double v) { return {v, v, v, v, v, v, v}; }

/// One respondent's answers to every question the role is asked: statements and ratings around the
/// party's level per element, profile answers from the board's facts (`factsRvb` for the RvB, else
/// `factsMsb`). Codes are ROLE-NN, numbered by `index`.
void answerAll(const Instrument& instrument, const std::map<std::string, std::string>& factsRvb,
               const std::map<std::string, std::string>& factsMsb, const PartySpec& party, int index, Random& random,
               std::vector<AnswerRow>& out);

} // namespace core::detail
