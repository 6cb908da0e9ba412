#include "text/plural_forms.hpp"

#include <cctype>
#include <vector>

namespace core::detail {

namespace {

/// A recursive-descent evaluator of gettext's plural expressions: the operators of C on unsigned
/// numbers and n. Malformed input or nesting deeper than 64 fails instead of crashing.
class Evaluator {
public:
    Evaluator(std::string_view text, unsigned long long n) : m_text(text), m_n(n) {}

    std::optional<unsigned long long> run()
    {
        const auto v = ternary(0);
        skip();
        if (!v || m_pos != m_text.size())
            return std::nullopt;
        return v;
    }

private:
    std::string_view m_text;
    unsigned long long m_n;
    std::size_t m_pos = 0;
    static constexpr int kMaxDepth = 64;

    void skip()
    {
        while (m_pos < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_pos])))
            ++m_pos;
    }
    bool take(std::string_view op)
    {
        skip();
        if (m_text.substr(m_pos, op.size()) != op)
            return false;
        // "<" must not take the first half of "<=", "!" not that of "!=".
        if (op.size() == 1 && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '=' && (op == "<" || op == ">" || op == "!"))
            return false;
        m_pos += op.size();
        return true;
    }

    std::optional<unsigned long long> ternary(int depth)
    {
        if (depth > kMaxDepth)
            return std::nullopt;
        const auto c = binary(0, depth);
        if (!c || !take("?"))
            return c;
        const auto a = ternary(depth + 1);
        if (!a || !take(":"))
            return std::nullopt;
        const auto b = ternary(depth + 1);
        if (!b)
            return std::nullopt;
        return *c ? a : b;
    }

    // Levels from loosest to tightest: || && (== !=) (< > <= >=) (+ -) (* / %).
    std::optional<unsigned long long> binary(int level, int depth)
    {
        if (level == 6)
            return unary(depth);
        auto left = binary(level + 1, depth);
        while (left) {
            std::string_view op;
            for (const auto candidate : operators(level))
                if (take(candidate)) {
                    op = candidate;
                    break;
                }
            if (op.empty())
                return left;
            const auto right = binary(level + 1, depth);
            if (!right)
                return std::nullopt;
            left = apply(op, *left, *right);
        }
        return left;
    }

    static const std::vector<std::string_view>& operators(int level)
    {
        static const std::vector<std::vector<std::string_view>> levels{
            {"||"}, {"&&"}, {"==", "!="}, {"<=", ">=", "<", ">"}, {"+", "-"}, {"*", "/", "%"}};
        return levels[static_cast<std::size_t>(level)];
    }

    static unsigned long long apply(std::string_view op, unsigned long long a, unsigned long long b)
    {
        if (op == "||") return (a || b) ? 1 : 0;
        if (op == "&&") return (a && b) ? 1 : 0;
        if (op == "==") return a == b ? 1 : 0;
        if (op == "!=") return a != b ? 1 : 0;
        if (op == "<=") return a <= b ? 1 : 0;
        if (op == ">=") return a >= b ? 1 : 0;
        if (op == "<") return a < b ? 1 : 0;
        if (op == ">") return a > b ? 1 : 0;
        if (op == "+") return a + b;
        if (op == "-") return a - b;
        if (op == "*") return a * b;
        if (op == "/") return b == 0 ? 0 : a / b;
        return b == 0 ? 0 : a % b;
    }

    std::optional<unsigned long long> unary(int depth)
    {
        if (depth > kMaxDepth)
            return std::nullopt;
        if (take("!")) {
            const auto v = unary(depth + 1);
            return v ? std::optional<unsigned long long>(*v ? 0 : 1) : std::nullopt;
        }
        skip();
        if (m_pos >= m_text.size())
            return std::nullopt;
        if (m_text[m_pos] == 'n') {
            ++m_pos;
            return m_n;
        }
        if (take("(")) {
            const auto v = ternary(depth + 1);
            return v && take(")") ? v : std::nullopt;
        }
        if (!std::isdigit(static_cast<unsigned char>(m_text[m_pos])))
            return std::nullopt;
        unsigned long long v = 0;
        while (m_pos < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[m_pos])) && v < 1'000'000'000ULL)
            v = v * 10 + static_cast<unsigned long long>(m_text[m_pos++] - '0');
        return v;
    }
};

std::string_view field(std::string_view value, std::string_view name)
{
    const auto at = value.find(name);
    if (at == std::string_view::npos)
        return {};
    auto rest = value.substr(at + name.size());
    const auto end = rest.find(';');
    return rest.substr(0, end);
}

} // namespace

std::optional<PluralForms> PluralForms::parse(std::string_view value)
{
    const auto count = field(value, "nplurals=");
    const auto expression = field(value, "plural=");
    if (count.empty() || expression.empty() || count.size() > 2)
        return std::nullopt;
    PluralForms out;
    out.m_count = 0;
    for (const char c : count) {
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return std::nullopt;
        out.m_count = out.m_count * 10 + static_cast<std::size_t>(c - '0');
    }
    if (out.m_count == 0)
        return std::nullopt;
    out.m_expression = std::string(expression);
    // Well formed for every n that matters (and so for all: the expression has no other input).
    for (const unsigned long long n : {0ULL, 1ULL, 2ULL, 5ULL, 11ULL, 21ULL, 101ULL})
        if (!Evaluator(out.m_expression, n).run())
            return std::nullopt;
    return out;
}

PluralForms PluralForms::germanic() { return PluralForms{}; }

std::size_t PluralForms::index(unsigned long long n) const
{
    const auto v = Evaluator(m_expression, n).run().value_or(0);
    return v < m_count ? static_cast<std::size_t>(v) : 0;
}

} // namespace core::detail
