// Benchmark: a 10,000-point sweep of one parameter for one scenario (the demo's largest hospital,
// eight vakgroepen), the way `samenspel simulate --sweep` runs it. Prints the time per sweep.
#include "core/demo/demo_data.hpp"
#include "core/incentives/incentive_analysis.hpp"

#include <chrono>
#include <cstdio>

int main()
{
    const auto inputs = core::demoIncentives(0);
    const auto& scenario = core::builtinScenarios().front();
    struct Case {
        const char* parameter;
        double from;
        double to;
    };
    for (const auto& c : {Case{"weight:benchmark", 0.0, 1.0}, Case{"ceiling_payment", 0.0, 1.0},
                          Case{"benchmark_growth:orthopedie", -0.1, 0.2}}) {
        const auto parameter = core::parseSweepParameter(c.parameter);
        const auto start = std::chrono::steady_clock::now();
        const auto result = core::sweep(inputs, inputs.model, scenario, *parameter, c.from, c.to, 10000);
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        std::printf("sweep of %-28s 10,000 points, %zu break-even(s): %.1f ms\n", c.parameter, result.breakEvens.size(), ms);
    }
    return 0;
}
