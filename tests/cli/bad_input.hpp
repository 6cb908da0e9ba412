#pragma once
// The bad-input matrix: one table of hostile or simply wrong inputs (CSV answer files, JSON data
// files, database files, values on the command line), each with the command that reads it, the exit
// code and the parts of the Dutch message that say what is wrong, where, and what would be right.
// bad_input.tests.cpp runs them against a real demo database that must come out unchanged.

#include "options.hpp"

#include <fstream>
#include <functional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace badinput {

enum class Kind { Csv, Json, Database, Value };

/// Writes a case's input file at `path`. A database case gets `demo`, the path of the demo
/// database, to copy and damage.
using Maker = std::function<void(const std::string& path, const std::string& demo)>;

struct Case {
    std::string name;
    Kind kind;
    /// Makes the file that {file} names; empty when the case needs none (a path that is not there,
    /// /dev/zero, a value typed on the command line).
    Maker input;
    /// The arguments after `samenspel`. {file} is the case's input file, {dir} the case's own folder;
    /// `--db DEMO` comes first unless the command names a --db of its own.
    std::vector<std::string> command;
    int exit;
    std::string what;     ///< the problem
    std::string where;    ///< the place: line and column, a field, a page, a path
    std::string expected; ///< what would be right, or what to do
};

/// The message for binary input, shared by the answer files and the JSON files.
inline const std::string kNotText = "dit is geen tekstbestand: binaire gegevens (een NUL-byte)";

/// Every case; the input files are made only when a case runs.
std::vector<Case> cases();
std::vector<Case> csvCases();
std::vector<Case> jsonCases();
std::vector<Case> databaseCases(); ///< and values typed on the command line

/// The file name each kind's input gets in its case folder.
std::string inputName(Kind kind);

// Helpers for the tables.

constexpr int kFailed = cli::kFailed;
constexpr int kUsage = cli::kUsage;
constexpr int kRefused = cli::kInputRefused;
constexpr int kUnusable = cli::kDatabaseUnusable;

inline void write(const std::string& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

/// A file holding exactly these bytes.
inline Maker bytes(std::string text)
{
    return [text = std::move(text)](const std::string& path, const std::string&) { write(path, text); };
}

/// A file whose bytes are made when the case runs (large or generated inputs).
inline Maker generated(std::function<std::string()> make)
{
    return [make = std::move(make)](const std::string& path, const std::string&) { write(path, make()); };
}

inline std::string repeat(std::string_view s, std::size_t n)
{
    std::string out;
    out.reserve(s.size() * n);
    for (std::size_t i = 0; i < n; ++i)
        out += s;
    return out;
}

/// ASCII text as UTF-16, little- or big-endian, with or without a byte-order mark.
inline std::string utf16(std::string_view text, bool little, bool bom)
{
    std::string out = bom ? (little ? "\xFF\xFE" : "\xFE\xFF") : "";
    for (const char c : text)
        out += little ? std::string{c, '\0'} : std::string{'\0', c};
    return out;
}

/// The same bytes on every machine (mt19937 is fully specified).
inline std::string randomBytes(std::size_t n, unsigned seed)
{
    std::mt19937 random(seed);
    std::string out(n, '\0');
    for (char& b : out)
        b = static_cast<char>(random() & 0xFF);
    return out;
}

} // namespace badinput
