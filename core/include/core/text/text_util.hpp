#pragma once
// Small UTF-8 string helpers shared by the parsers.

#include <string>
#include <string_view>
#include <vector>

namespace core {

/// Removes ASCII blanks (space, tab, CR, LF) at both ends.
std::string_view trim(std::string_view s);
std::string toLowerAscii(std::string_view s);
/// True when s is well-formed UTF-8.
bool isValidUtf8(std::string_view s);
/// True when s is well-formed UTF-8 of 1 to maxCharacters characters on one line: no line break,
/// tab or other control character. For names that tables, CSV and JSON show as they are.
bool isOneLineText(std::string_view s, std::size_t maxCharacters);
/// "UTF-16LE" or "UTF-16BE" when the start of a file is UTF-16 (what Excel's "Unicode Text" and
/// Windows' Notepad write): a byte-order mark, or (for Latin text) a NUL byte in the same half of
/// nearly every pair of bytes; empty otherwise.
std::string utf16Kind(std::string_view start);
/// The items joined with ", " (or another separator, such as "\n" for lines).
std::string joinList(const std::vector<std::string>& items, std::string_view separator = ", ");
/// Reinterprets bytes as Windows-1252 (what Excel writes for "CSV" on a Dutch Windows machine).
std::string windows1252ToUtf8(std::string_view s);
/// Text as a message shows it: at most maxCharacters characters, then "…"; control and invisible
/// characters (tab, line break, no-break space, zero-width space, direction marks, the byte-order
/// mark) written as <U+FEFF>, bytes that are not UTF-8 as U+FFFD.
std::string visibleText(std::string_view s, std::size_t maxCharacters = 40);
/// Parses a whole number; also accepts "3.0" and "3,0". No sign other than a leading '-'. Three
/// zeros after the separator ("1.000") are refused: a thousands separator cannot be told apart.
bool parseWholeNumber(std::string_view s, long long& out);
/// A code in a data file: a lower-case letter, then lower-case letters, digits and '_'; with
/// `dotted`, more such parts after single dots ("strategy.01"). One pass over the text, whatever
/// its length (std::regex recurses per character and overflows the stack on a long one).
bool isDataCode(std::string_view s, bool dotted);

} // namespace core

namespace core {
/// True for a real calendar date written as YYYY-MM-DD.
bool isIsoDate(std::string_view s);
/// Today's date (UTC) as YYYY-MM-DD.
std::string todayIso();
/// A file name safe on every file system: lower case, letters and digits (accented ones kept),
/// everything else one '-': "Rapport Nulmeting 2026" -> "rapport-nulmeting-2026".
std::string safeFileName(std::string_view text);
} // namespace core
