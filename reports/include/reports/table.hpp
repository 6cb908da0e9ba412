#pragma once
// A table of data, written as an aligned text table for people, or as JSON or CSV for programs.
// In JSON a table is an array of objects keyed by the column keys; in CSV the header holds keys.

#include "core/io/csv.hpp"

#include <nlohmann/json_fwd.hpp>

#include <initializer_list>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace reports {

enum class TableFormat { Text, Json, Csv };

struct Cell {
    std::string text;             ///< as shown in the text table
    std::optional<double> number; ///< set for numeric cells: JSON writes a number
    bool null = false;            ///< JSON null, CSV and text empty
    bool integral = false;        ///< JSON writes the number as an integer
    int decimals = 0;             ///< for a non-integral number: digits shown after the separator
    std::string code;             ///< when set, JSON and CSV write this code and people read `text`
    bool boolean = false;         ///< a yes/no field: JSON writes true or false, CSV and text the word

    static Cell of(std::string s) { return Cell{std::move(s), std::nullopt, false, false, 0, {}}; }
    static Cell of(long long n) { return Cell{std::to_string(n), static_cast<double>(n), false, true, 0, {}}; }
    static Cell of(double v, int decimals);
    /// A code that programs read, shown to people as its name ("in_progress" / "in uitvoering").
    static Cell coded(std::string code, std::string name) { return Cell{std::move(name), std::nullopt, false, false, 0, std::move(code)}; }
    static Cell empty() { return Cell{{}, std::nullopt, true, false, 0, {}}; }
    /// No value (JSON null, CSV empty) that people read as a dash.
    static Cell dash() { return Cell{"\u2013", std::nullopt, true, false, 0, {}}; }
    /// A yes/no field: a JSON boolean; "true" or "false" in CSV.
    static Cell flag(bool b) { return Cell{b ? "true" : "false", std::nullopt, false, false, 0, {}, true}; }
    /// A change: a number that people read with its sign ("+1,5", "-3", "0").
    static Cell change(double v, int decimals);
};

struct Column {
    std::string key;    ///< stable, for JSON and CSV
    std::string header; ///< translated, for the text table
    bool rightAligned = false;
};

struct Table {
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> rows;
    /// For the text table only (',' in Dutch); CSV and JSON always write '.'.
    char decimalSeparator = '.';
};

/// The decimal separator of a language: ',' for Dutch, '.' for English.
char decimalSeparator(core::Language lang);
/// Text as a document prints it: an amount of money keeps together (a no-break space after "€")
/// and a negative one has a true minus sign ("−€ 2.460"), so that no line breaks inside it.
std::string typeset(std::string text);
/// The text of a cell as people read it: numbers with the table's decimal separator.
std::string cellText(const Cell& cell, char decimalSeparator);


void writeTable(std::ostream& out, const Table& table, TableFormat format);
/// The rows as JSON objects keyed by the column keys (what writeTable writes as JSON), for a
/// document that holds several tables.
nlohmann::json rowsJson(const Table& table);
/// The table without the columns whose keys are given (a column every row has the same value in).
Table withoutColumns(const Table& table, std::initializer_list<const char*> keys);
/// A heading above a text table: the title underlined with '=' to its width in characters.
void writeHeading(std::ostream& out, std::string_view title);

} // namespace reports
