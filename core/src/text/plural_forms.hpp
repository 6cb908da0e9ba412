#pragma once
// The plural rule of a gettext catalogue: the C expression in its "Plural-Forms" header, such as
// "nplurals=2; plural=(n != 1);", which picks the form of a text for a count n.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace core::detail {

class PluralForms {
public:
    /// From the header's value; nullopt when it is not a well-formed rule (then the catalogue is refused).
    static std::optional<PluralForms> parse(std::string_view value);
    /// English's and Dutch's rule: one form for 1, another for every other count.
    static PluralForms germanic();
    std::size_t count() const { return m_count; }
    /// The form for n, always below count().
    std::size_t index(unsigned long long n) const;

private:
    std::size_t m_count = 2;
    std::string m_expression = "n != 1";
};

} // namespace core::detail
