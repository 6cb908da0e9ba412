#include "core/analysis/disclosure.hpp"

namespace core {

double coarseMean(long long sum, std::size_t n)
{
    if (n == 0)
        return 0.0;
    // round(2 * sum / n) / 2 with halves up: floor((4 sum + n) / (2 n)), for sums of any sign.
    const auto count = static_cast<long long>(n);
    const long long numerator = 4 * sum + count;
    const long long denominator = 2 * count;
    long long twice = numerator / denominator;
    if (numerator % denominator != 0 && numerator < 0)
        --twice;
    return static_cast<double>(twice) / 2.0;
}

} // namespace core
