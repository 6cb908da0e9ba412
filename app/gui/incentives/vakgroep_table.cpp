#include "incentives/vakgroep_table.hpp"

#include "core/text/text_util.hpp"

#include <charconv>
#include <cmath>
#include <string>

namespace gui {

using core::tx;

const std::vector<VakgroepColumn>& vakgroepColumns()
{
    using V = core::Vakgroep;
    static const std::vector<VakgroepColumn> columns{
        {"self_employed", tx("Self-employed"), &V::selfEmployed, 1, 1},
        {"salaried", tx("Salaried"), &V::salaried, 1, 1},
        {"salary_cost", tx("Salary cost (EUR)"), &V::salaryCost, 1, 0},
        {"production", tx("Production (units)"), &V::production, 1, 0},
        {"dagdelen", tx("Dagdelen"), &V::dagdelen, 1, 0},
        {"disutility", tx("On-call burden"), &V::disutility, 1, 1},
        {"benchmark_growth", tx("Benchmark growth (%)"), &V::benchmarkGrowth, 100, 1},
        {"quality", tx("Quality"), &V::quality, 1, 2},
        {"tariff", tx("Tariff (EUR)"), &V::tariff, 1, 0},
        {"marginal_cost", tx("Marginal cost (EUR)"), &V::marginalCost, 1, 0},
        {"ceiling", tx("Ceiling (units)"), &V::ceiling, 1, 0},
    };
    return columns;
}

reports::Table vakgroepTable(const std::vector<core::Vakgroep>& vakgroepen, core::Language lang)
{
    reports::Table t;
    t.decimalSeparator = reports::decimalSeparator(lang);
    t.columns.push_back({"name", std::string(core::tr(lang, tx("Vakgroep"))), false});
    for (const auto& c : vakgroepColumns())
        t.columns.push_back({c.key, std::string(core::tr(lang, c.header)), true});
    for (const auto& v : vakgroepen) {
        std::vector<reports::Cell> row{reports::Cell::of(v.name)};
        for (const auto& c : vakgroepColumns()) {
            // Whole numbers without decimals ("12", not "12,0"); fractions with the column's.
            const double shown = v.*c.field * c.factor;
            row.push_back(reports::Cell::of(shown, std::abs(shown - std::round(shown)) < 1e-9 ? 0 : c.decimals));
        }
        t.rows.push_back(std::move(row));
    }
    return t;
}

std::optional<double> parseTypedNumber(std::string_view text)
{
    std::string s(core::trim(text));
    const auto separator = s.find_first_of(",.");
    if (s.empty() || separator != s.find_last_of(",."))
        return std::nullopt; // two separators: "1.250,5" cannot be told apart from a mistake
    // "250.000" and "1,250" are thousands to some and decimals to others: refused, not guessed.
    // "0,075" is not ambiguous: nobody writes zero thousand.
    if (separator != std::string::npos && s.size() - separator - 1 == 3) {
        const std::string whole = s.substr(0, separator);
        if (whole.find_first_not_of("-0") != std::string::npos)
            return std::nullopt;
    }
    for (char& ch : s)
        if (ch == ',')
            ch = '.';
    double value = 0;
    const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (error != std::errc() || end != s.data() + s.size())
        return std::nullopt;
    return value;
}

} // namespace gui
