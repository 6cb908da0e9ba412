// Benchmark: the full demo report as PDF (the largest demo round, Dutch), from data already
// analysed, as `samenspel report` writes it. Also times the workshop handout and the HTML.
#include "core/demo/demo_data.hpp"
#include "core/instrument/instrument_loader.hpp"
#include "reports/assessment_report.hpp"

#include <chrono>
#include <cstdio>
#include <sstream>

int main()
{
    using namespace core;
    const auto hospital = demoHospitals(builtinInstrument())[0];
    ResponseSet responses;
    for (const auto& row : hospital.answers)
        responses.add(row);
    const auto start = std::chrono::steady_clock::now();
    AnalysisOptions options;
    options.incentiveAlignment = incentiveAlignment(hospital.incentives, scenariosFor(hospital.incentives)).value;
    const auto analysis = analyse(builtinInstrument(), responses, options);
    reports::ReportInput in;
    in.organisation = Organisation{1, hospital.name, hospital.hospitalType, ""};
    in.round = Assessment{1, 1, hospital.roundName, hospital.roundDate, "gelijkgerichtheid", "1.1", 3, 43};
    in.instrument = &builtinInstrument();
    in.analysis = &analysis;
    in.advice = advise(builtinCatalogue(), roundFacts(analysis, responses, builtinInstrument(), hospital.incentives),
                       builtinInstrument(), Language::Nl);
    in.incentives = hospital.incentives;
    in.scenarios = scenariosFor(hospital.incentives);
    for (const auto& s : in.scenarios)
        in.outcomes.push_back(compare(hospital.incentives, hospital.incentives.model, s));
    in.date = "2026-11-23";
    const auto prepared = std::chrono::steady_clock::now();
    const auto time = [&](const char* what, auto&& write) {
        const auto t0 = std::chrono::steady_clock::now();
        std::ostringstream out;
        write(out);
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        std::printf("%-28s %7.1f ms, %zu bytes\n", what, ms, out.str().size());
    };
    std::printf("analysis and recommendations   %7.1f ms\n",
                std::chrono::duration<double, std::milli>(prepared - start).count());
    time("full report, PDF", [&](std::ostream& o) { reports::writePdfReport(o, in, reports::ReportDepth::Full, Language::Nl); });
    time("workshop handout, PDF", [&](std::ostream& o) { reports::writePdfReport(o, in, reports::ReportDepth::Workshop, Language::Nl); });
    time("full report, HTML", [&](std::ostream& o) { reports::writeHtmlReport(o, in, reports::ReportDepth::Full, Language::Nl); });
    return 0;
}
