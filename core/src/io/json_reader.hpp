#pragma once
// Private to core: the one way JSON data files are parsed (readJson), and reading them field by
// field, recording every problem with the place it was found, so that a file is refused with all
// its problems at once. Values are read by const reference: a subtree is never copied.

#include "core/text/i18n.hpp"
#include "core/text/text_util.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace core {

using nlohmann::json;

/// Adds a problem, keeping the list short whatever the file: after kMaxJsonProblems, one last
/// problem says the rest is not listed, and further ones are dropped (a file of a million empty
/// entries would otherwise take gigabytes for its problems alone).
void addProblem(std::vector<DataProblem>& problems, DataProblem problem);

/// Parses `text` within the limits of core/json_limits.hpp and hands the root to `read`. Every
/// problem ends in `problems` with its place: a file too large, nesting too deep, text that is
/// not JSON or a number out of range (line and column), and any nlohmann exception `read` lets
/// escape. `read` is not called when the text cannot be parsed.
void readJson(std::string_view text, std::vector<DataProblem>& problems, const std::function<void(const json&)>& read);

/// Reads fields and records every problem with its location.
class Reader {
public:
    std::vector<DataProblem> problems;

    void fail(const std::string& where, TextKey what, std::vector<std::string> args = {})
    {
        addProblem(problems, {where, Message{what, std::move(args)}});
    }

    static std::string join(const std::string& where, const std::string& key) { return where.empty() ? key : where + "." + key; }

    /// obj[key] when obj is an object holding it, else `fallback` (an empty object by default). The
    /// fallback must outlive the reference: emptyObject(), emptyArray() or nothing().
    static const json& member(const json& obj, const char* key, const json& fallback = emptyObject())
    {
        if (!obj.is_object())
            return fallback;
        const auto it = obj.find(key);
        return it == obj.end() ? fallback : *it;
    }
    static const json& emptyObject()
    {
        static const json empty = json::object();
        return empty;
    }
    static const json& nothing()
    {
        static const json null;
        return null;
    }
    static const json& emptyArray()
    {
        static const json empty = json::array();
        return empty;
    }

    /// Refuses keys outside `known`, so that a typo does not silently leave a default.
    void onlyKnown(const json& obj, const std::string& where, std::initializer_list<const char*> known)
    {
        if (!obj.is_object()) {
            fail(where, tx("must be an object"));
            return;
        }
        std::string expected;
        for (const char* k : known)
            expected += (expected.empty() ? "" : ", ") + std::string(k);
        for (auto it = obj.begin(); it != obj.end(); ++it)
            if (std::none_of(known.begin(), known.end(), [&](const char* k) { return it.key() == k; }))
                fail(join(where, it.key()), tx("is not a known field; expected one of {0}"), {expected});
    }

    /// obj[key] as an array of at most `max` entries (an empty one when absent); nullptr, with a
    /// problem, when it is something else or longer: each entry read takes memory.
    const json* array(const json& obj, const char* key, const std::string& where, std::size_t max,
                      TextKey tooMany = tx("has {0} entries; at most {1} are allowed"))
    {
        const json& list = member(obj, key, emptyArray());
        if (!list.is_array()) {
            fail(join(where, key), tx("must be an array, [ … ], not {0}"), {visibleText(list.dump())});
            return nullptr;
        }
        if (list.size() > max) {
            fail(join(where, key), tooMany, {std::to_string(list.size()), std::to_string(max)});
            return nullptr;
        }
        return &list;
    }

    double number(const json& obj, const char* key, const std::string& where, double fallback, double min, double max,
                  bool required = false)
    {
        const auto it = obj.is_object() ? obj.find(key) : obj.end();
        if (it == obj.end() || it->is_null()) {
            if (required)
                fail(join(where, key), tx("is missing"));
            return fallback;
        }
        if (!it->is_number()) {
            fail(join(where, key), tx("must be a number, not {0}"), {visibleText(it->dump())});
            return fallback;
        }
        const double v = it->get<double>();
        if (!std::isfinite(v) || v < min || v > max) {
            fail(join(where, key), tx("{0} is outside {1} to {2}"), {number(v), number(min), number(max)});
            return fallback;
        }
        return v;
    }

    /// A number as written in a JSON file, short even when huge: 0.5, 200, 1e+308.
    static std::string number(double v)
    {
        if (std::isinf(v))
            return v > 0 ? "∞" : "-∞";
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.15g", v);
        return buffer;
    }

    std::string string(const json& obj, const char* key, const std::string& where)
    {
        const auto it = obj.is_object() ? obj.find(key) : obj.end();
        if (it == obj.end() || !it->is_string() || it->get<std::string>().empty()) {
            fail(join(where, key), tx("must be a non-empty string"));
            return {};
        }
        return it->get<std::string>();
    }

    LocalText text(const json& obj, const char* key, const std::string& where, bool required)
    {
        const auto it = obj.is_object() ? obj.find(key) : obj.end();
        if (it == obj.end()) {
            if (required)
                fail(join(where, key), tx("is missing"));
            return {};
        }
        if (it->is_string()) // one text for both languages
            return {it->get<std::string>(), it->get<std::string>()};
        return {string(*it, "nl", join(where, key)), string(*it, "en", join(where, key))};
    }
};


} // namespace core
