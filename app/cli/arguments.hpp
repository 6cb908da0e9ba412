#pragma once
// A command's option values, typed as the command table declares them. Asking for an option the
// command does not declare is a programming error (std::logic_error), so a typo cannot pass.

#include "core/answers/records.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace cli {

struct OptionSpec;

class Arguments {
public:
    using Value = std::variant<std::string, core::Id, int, std::size_t, double, bool, std::vector<std::string>>;

    Arguments() = default;
    explicit Arguments(const std::vector<OptionSpec>* declared) : m_declared(declared) {}
    void set(const std::string& key, Value value) { m_values[key] = std::move(value); }

    /// A text option; its declared default when not given.
    std::string text(std::string_view key) const;
    std::optional<core::Id> id(std::string_view key) const;
    int integer(std::string_view key) const;
    std::size_t count(std::string_view key) const;
    double number(std::string_view key) const;
    bool flag(std::string_view key) const;
    std::vector<std::string> list(std::string_view key) const;

private:
    const OptionSpec& declared(std::string_view key) const;
    template <typename T>
    std::optional<T> given(std::string_view key) const;

    const std::vector<OptionSpec>* m_declared = nullptr;
    std::map<std::string, Value, std::less<>> m_values;
};

} // namespace cli
