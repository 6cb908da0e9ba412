#pragma once
// Private to core: a result of the incentive model that is not a finite number is refused with a
// message, never shown. Shown, it would read as "-nan" in a table, and as a conflict that lowers
// the gelijkgerichtheidsindex without saying why.

#include "core/text/i18n.hpp"

#include <string>
#include <vector>

namespace core {

/// Collects the results that are not finite numbers, then refuses them all at once.
class FiniteResults {
public:
    /// `finite`: whether every figure of `what` (an actor, a vakgroep) is a finite number.
    void check(const std::string& what, bool finite)
    {
        if (!finite)
            m_problems.push_back({what, Message{tx("is not a finite number: a figure or a swept value is out of all proportion"), {}}});
    }
    /// Throws InvalidData naming `source` (a scenario or vakgroep) when any result was not finite.
    void require(const std::string& source)
    {
        if (!m_problems.empty())
            throw InvalidData(txn("The incentive model cannot compute {0}: {1} result is not a finite number", "The incentive model cannot compute {0}: {1} results are not finite numbers"), source,
                              std::move(m_problems));
    }

private:
    std::vector<DataProblem> m_problems;
};

} // namespace core
