#include "arguments.hpp"

#include "command_table.hpp"

#include <stdexcept>

namespace cli {

const OptionSpec& Arguments::declared(std::string_view key) const
{
    if (m_declared)
        for (const auto& o : *m_declared)
            if (o.key() == key)
                return o;
    throw std::logic_error("the command does not declare the option --" + std::string(key));
}

template <typename T>
std::optional<T> Arguments::given(std::string_view key) const
{
    (void)declared(key);
    const auto it = m_values.find(key);
    if (it == m_values.end())
        return std::nullopt;
    return std::get<T>(it->second);
}

std::string Arguments::text(std::string_view key) const
{
    return given<std::string>(key).value_or(declared(key).text);
}

std::optional<core::Id> Arguments::id(std::string_view key) const
{
    return given<core::Id>(key);
}

int Arguments::integer(std::string_view key) const
{
    return given<int>(key).value_or(static_cast<int>(declared(key).number));
}

std::size_t Arguments::count(std::string_view key) const
{
    return given<std::size_t>(key).value_or(static_cast<std::size_t>(declared(key).number));
}

double Arguments::number(std::string_view key) const
{
    return given<double>(key).value_or(declared(key).number);
}

bool Arguments::flag(std::string_view key) const
{
    return given<bool>(key).value_or(false);
}

std::vector<std::string> Arguments::list(std::string_view key) const
{
    return given<std::vector<std::string>>(key).value_or(std::vector<std::string>{});
}

} // namespace cli
