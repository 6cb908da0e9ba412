// Benchmark: the full demo report as PDF (the largest demo round, Dutch), from data already
// analysed, as `samenspel report` writes it. Also times the workshop handout and the HTML, and
// the follow-up round's full report with its change since the first round and its response rate.
#include "core/demo/demo_data.hpp"
#include "core/instrument/instrument_loader.hpp"
#include "reports/assessment_report.hpp"

#include <algorithm>
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
    in.organisation = Organisation{1, hospital.name, hospital.hospitalType, "", {}};
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

    // The follow-up: two analyses, the change between them, the numbers invited.
    const auto hospitals = demoHospitals(builtinInstrument());
    const auto follow = std::find_if(hospitals.begin(), hospitals.end(), [](const DemoHospital& h) { return h.followUp.has_value(); });
    if (follow == hospitals.end())
        return 0;
    const auto analysed = [&](const std::vector<AnswerRow>& rows, ResponseSet& set) {
        for (const auto& row : rows)
            set.add(row);
        AnalysisOptions o;
        o.incentiveAlignment = incentiveAlignment(follow->incentives, scenariosFor(follow->incentives)).value;
        return analyse(builtinInstrument(), set, o);
    };
    ResponseSet thenSet;
    ResponseSet nowSet;
    const auto then = analysed(follow->answers, thenSet);
    const auto now = analysed(follow->followUp->answers, nowSet);
    reports::ReportInput later = in;
    later.organisation.name = follow->name;
    later.round = Assessment{4, 2, follow->followUp->roundName, follow->followUp->roundDate, "gelijkgerichtheid", "2.0", 3, 40};
    later.analysis = &now;
    later.advice = advise(builtinCatalogue(), roundFacts(now, nowSet, builtinInstrument(), follow->incentives), builtinInstrument(),
                          Language::Nl);
    later.incentives = follow->incentives;
    later.scenarios = scenariosFor(follow->incentives);
    later.outcomes.clear();
    for (const auto& sc : later.scenarios)
        later.outcomes.push_back(compare(follow->incentives, follow->incentives.model, sc));
    later.previous = reports::ReportInput::Earlier{Assessment{2, 2, follow->roundName, follow->roundDate, "gelijkgerichtheid", "2.0", 3, 39},
                                                   roundChanges(then, now)};
    later.invited = {{Role::Rvb, 3}, {Role::MsbBoard, 5}, {Role::SpecialistSelfEmployed, 18}};
    time("follow-up report, PDF", [&](std::ostream& o) { reports::writePdfReport(o, later, reports::ReportDepth::Full, Language::Nl); });
    return 0;
}
