#pragma once
// "Where does the stance change?" on the Incentives page, without wx: one parameter of the model
// or the contract moved over a range (a weight, the benchmark growth, the payment above the
// ceiling, the shared savings), and the values at which an actor turns for or against the theme.
// The sweep runs on a BackgroundJob, on a copy of the figures being edited.

#include "common/background_job.hpp"

#include "core/incentives/incentive_analysis.hpp"
#include "reports/table.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace gui {

class SweepPresenter {
public:
    SweepPresenter(core::IncentiveInputs inputs, core::Scenario scenario, core::Language lang);

    /// The parameters, in the order of labels(): the six weights, then growth, ceiling, savings.
    const std::vector<core::SweepParameter>& parameters() const { return m_parameters; }
    std::vector<std::string> labels() const;

    /// The sweep from `from` to `to` percent (typed; "0", "12,5"), for a BackgroundJob; nullopt
    /// with error() when the range is not a pair of numbers from low to high within bounds.
    std::optional<std::function<std::string(JobControl&)>> job(std::size_t parameter, const std::string& from,
                                                                const std::string& to,
                                                                std::shared_ptr<core::SweepResult> out);
    const std::string& error() const { return m_error; }
    /// The break-even points, with the value shown in percent.
    reports::Table breakEvens(const core::SweepResult& result) const;

    static constexpr std::size_t kSteps = 201; ///< every half percent over 0-100%

private:
    core::IncentiveInputs m_inputs;
    core::Scenario m_scenario;
    core::Language m_lang;
    std::vector<core::SweepParameter> m_parameters;
    std::string m_error;
};

} // namespace gui
