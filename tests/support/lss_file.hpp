#pragma once
// A LimeSurvey survey structure file (.lss) as the tests read it: parsed by libxml2 (the parser
// LimeSurvey's PHP uses), without network access, into its tables. Used on LimeSurvey's own files
// and on ours alike, so that what is checked of ours is first seen to hold for theirs.

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace test {

struct LssValue {
    std::string text;
    bool cdata = false; ///< held in a CDATA section (an empty element has none)
};

struct LssRow {
    std::map<std::string, LssValue> values; ///< by field; a field left out is absent
    std::optional<std::string> get(const std::string& field) const;
};

struct LssTable {
    std::vector<std::string> fields;
    std::vector<LssRow> rows;
};

struct LssDocument {
    std::vector<std::string> elements; ///< the root's children, in order
    std::string root;
    std::string docType;
    std::string dbVersion;
    std::vector<std::string> languages;
    std::map<std::string, LssTable> tables; ///< every child with <fields> and <rows>
    /// Row elements that are not among the table's fields.
    std::vector<std::string> strays;
    const LssTable& table(const std::string& name) const;
};

/// Throws std::runtime_error with libxml2's message when the text is not well-formed XML.
LssDocument parseLss(const std::string& xml);
std::string readTextFile(const std::string& path);

/// Every rule LimeSurvey's files keep that a survey of ours must keep too (empty when all hold):
/// CDATA values, languages, one text per language for each group, question and answer, subquestions
/// under a question of their group, unique ids and orders, LimeSurvey's code rules.
std::vector<std::string> lssConventionProblems(const LssDocument& doc);

} // namespace test
