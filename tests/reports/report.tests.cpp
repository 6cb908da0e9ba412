// The generated reports, read back with poppler's pdftotext and pdffonts (Debian poppler-utils,
// installed by scripts/install-deps.sh).
#include "core/demo/demo_data.hpp"
#include "core/instrument/instrument_loader.hpp"
#include "reports/assessment_report.hpp"
#include "reports/atomic_file.hpp"
#include "reports/questionnaire_form.hpp"
#include "reports/change_tables.hpp"
#include "reports/charts.hpp"
#include "reports/score_tables.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <regex>
#include <sstream>

using namespace core;

namespace {

std::string run(const std::string& command)
{
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe);
    char buffer[4096];
    while (const auto n = std::fread(buffer, 1, sizeof buffer, pipe))
        out.append(buffer, n);
    pclose(pipe);
    return out;
}

struct Round {
    ResponseSet responses;
    Analysis analysis;
    reports::ReportInput input;
};

/// A demo hospital as the report command would gather it.
std::unique_ptr<Round> demoRound(std::size_t index, const std::vector<AnswerRow>& answers, Language lang)
{
    auto r = std::make_unique<Round>();
    const auto hospital = demoHospitals(builtinInstrument())[index];
    for (const auto& row : answers)
        r->responses.add(row);
    AnalysisOptions options;
    options.incentiveAlignment = incentiveAlignment(hospital.incentives, scenariosFor(hospital.incentives)).value;
    r->analysis = analyse(builtinInstrument(), r->responses, options);
    auto& in = r->input;
    in.organisation = Organisation{1, hospital.name, hospital.hospitalType, "2026-01-01T00:00:00Z", {}};
    in.round = Assessment{1, 1, hospital.roundName, hospital.roundDate, "gelijkgerichtheid", "2.0", 3, 39};
    in.instrument = &builtinInstrument();
    in.analysis = &r->analysis;
    in.advice = advise(builtinCatalogue(), roundFacts(r->analysis, r->responses, builtinInstrument(), hospital.incentives),
                       builtinInstrument(), lang);
    in.incentives = hospital.incentives;
    in.scenarios = scenariosFor(hospital.incentives);
    for (const auto& s : in.scenarios)
        in.outcomes.push_back(compare(hospital.incentives, hospital.incentives.model, s));
    in.advisor = "Adviseur Ë";
    in.date = "2026-11-23";
    return r;
}

std::string pdfText(const reports::ReportInput& input, reports::ReportDepth depth, Language lang, const std::string& name)
{
    const auto file = (std::filesystem::temp_directory_path() / name).string();
    reports::writeFileAtomically(file, [&](std::ostream& out) { reports::writePdfReport(out, input, depth, lang); });
    return run("pdftotext -layout '" + file + "' -");
}

bool havePoppler() { return std::system("command -v pdftotext > /dev/null && command -v pdffonts > /dev/null") == 0; }

} // namespace

TEST_CASE("the full report in Dutch: contents, figures, page numbers, Dutch characters, embedded fonts", "[reports][pdf]")
{
    if (!havePoppler())
        FAIL("pdftotext and pdffonts are needed (apt-get install poppler-utils)");
    const auto hospital = demoHospitals(builtinInstrument())[1];
    const auto round = demoRound(1, hospital.answers, Language::Nl);
    const auto text = pdfText(round->input, reports::ReportDepth::Full, Language::Nl, "samenspel-report-nl.pdf");
    for (const char* expected : {"Noorderhaven Ziekenhuis", "Inhoud", "Samenvatting", "Gelijkgerichtheidsindex",
                                 "Respons en werkwijze", "De 7S per partij", "Waar de partijen uiteenlopen",
                                 "Prikkels: wat het geld doet", "Aanbevelingen", "Actieplan", "Bijlage", "Begrippen",
                                 "pagina 2", "Cliëntenraad", "één", "Adviseur Ë",
                                 "Ziekenhuiszijde (RvB)" /* a side of one role says which */})
        CHECK(text.find(expected) != std::string::npos);
    // The index printed is the one computed.
    CHECK(text.find(formatNumber(*round->analysis.index.value, 0, Language::Nl) + " van 100") != std::string::npos);

    const auto fonts = run("pdffonts '" + (std::filesystem::temp_directory_path() / "samenspel-report-nl.pdf").string() + "'");
    std::istringstream lines(fonts);
    std::string line;
    int checked = 0;
    for (int i = 0; std::getline(lines, line); ++i)
        if (i >= 2 && !line.empty()) { // after the two header lines: every font embedded
            CHECK(line.find(" yes ") != std::string::npos);
            ++checked;
        }
    CHECK(checked >= 2);
}

TEST_CASE("the PDF says what it is, has a bookmark per heading and a contents that links to its pages", "[reports][pdf]")
{
    if (std::system("command -v pdfinfo > /dev/null && command -v pdftohtml > /dev/null") != 0)
        FAIL("pdfinfo and pdftohtml are needed (apt-get install poppler-utils)");
    const auto hospital = demoHospitals(builtinInstrument())[1];
    const auto round = demoRound(1, hospital.answers, Language::Nl);
    const auto file = (std::filesystem::temp_directory_path() / "samenspel-report-outline.pdf").string();
    reports::writeFileAtomically(file, [&](std::ostream& out) { reports::writePdfReport(out, round->input, reports::ReportDepth::Full, Language::Nl); });
    const auto info = run("pdfinfo -isodates '" + file + "'");
    CHECK(info.find("Title:           Gelijkgerichtheid van raad van bestuur en medisch specialisten: Noorderhaven Ziekenhuis, Nulmeting 2026") != std::string::npos);
    CHECK(info.find("Author:          Adviseur Ë") != std::string::npos);
    CHECK(info.find("Subject:         " + builtinInstrument().title().nl) != std::string::npos);
    CHECK(info.find("Keywords:        gelijkgerichtheid") != std::string::npos);
    CHECK(info.find("CreationDate:    2026-11-23T00:00:00Z") != std::string::npos);
    // The bookmarks, as poppler reads them: every chapter, its sections nested under it.
    const auto xml = run("pdftohtml -xml -i -stdout '" + file + "' 2> /dev/null");
    const auto outline = xml.substr(xml.find("<outline>"));
    for (const char* chapter : {">Inhoud<", ">Samenvatting<", ">De 7S per partij<", ">Aanbevelingen<", ">Actieplan<"})
        CHECK(outline.find(chapter) != std::string::npos);
    CHECK(outline.find("<outline>", 1) != std::string::npos); // nested: sections under a chapter
    // A link per line of the contents.
    std::size_t links = 0;
    const auto bytes = run("cat '" + file + "'");
    for (auto at = bytes.find("/Subtype /Link"); at != std::string::npos; at = bytes.find("/Subtype /Link", at + 1))
        ++links;
    CHECK(links >= 15);
    // Its language, as a screen reader finds it: the catalogue's /Lang, read by qpdf.
    if (std::system("command -v qpdf > /dev/null") != 0)
        FAIL("qpdf is needed (apt-get install qpdf)");
    const auto root = run("qpdf --show-object=trailer '" + file + "'");
    const std::smatch rootObject = [&] {
        std::smatch m;
        std::regex_search(root, m, std::regex(R"(/Root (\d+) 0 R)"));
        return m;
    }();
    REQUIRE(rootObject.size() == 2);
    CHECK(run("qpdf --show-object=" + rootObject[1].str() + " '" + file + "'").find("/Lang (nl)") != std::string::npos);
    // Tagged: headings, paragraphs, tables and figures as structure elements.
    CHECK(info.find("Tagged:          yes") != std::string::npos);
    const auto structure = run("pdfinfo -struct '" + file + "'");
    for (const std::string element : {"Document", "H1", "H2", "P", "Table", "TH", "TD", "Figure", "TOC", "TOCI", "L", "LI"}) {
        INFO(element);
        CHECK(std::regex_search(structure, std::regex("(^|\\n) *" + element + "( \\(|\\n)")));
    }
    // And whole: qpdf finds nothing to repair (cairo 1.16 left an object unwritten when there
    // were links but no structure).
    const auto check = run("qpdf --check '" + file + "' 2>&1");
    CHECK(check.find("No syntax or stream encoding errors found") != std::string::npos);
    CHECK(check.find("WARNING") == std::string::npos);
    std::filesystem::remove(file);
}

TEST_CASE("English, and the three depths", "[reports][pdf]")
{
    if (!havePoppler())
        FAIL("pdftotext is needed (apt-get install poppler-utils)");
    const auto hospital = demoHospitals(builtinInstrument())[2];
    const auto round = demoRound(2, hospital.answers, Language::En);
    const auto full = pdfText(round->input, reports::ReportDepth::Full, Language::En, "samenspel-full-en.pdf");
    const auto workshop = pdfText(round->input, reports::ReportDepth::Workshop, Language::En, "samenspel-workshop-en.pdf");
    const auto aggregate = pdfText(round->input, reports::ReportDepth::Aggregate, Language::En, "samenspel-aggregate-en.pdf");
    CHECK(full.find("Summary") != std::string::npos);
    CHECK(full.find("page 3") != std::string::npos);
    CHECK(workshop.size() < full.size() / 2);
    CHECK(workshop.find("Appendix") == std::string::npos);
    // Aggregate: nothing below party level (no statements per party, no vakgroepen, no action plan).
    CHECK(aggregate.find("Appendix") == std::string::npos);
    CHECK(aggregate.find("Production incentive per vakgroep") == std::string::npos);
    CHECK(aggregate.find("Action plan") == std::string::npos);
    CHECK(full.find("Production incentive per vakgroep") != std::string::npos);
    // No vakgroep by name in what is shared outside the hospital (the grids per vakgroep, the
    // conflicts per vakgroep): counted instead.
    CHECK(full.find("(per specialist)") != std::string::npos);
    CHECK(aggregate.find("(per specialist)") == std::string::npos);
    // The scenarios are about named specialties: outside the hospital only the model's alignment.
    REQUIRE(!round->input.scenarios.empty());
    for (const auto& scenario : round->input.scenarios) {
        INFO(scenario.name.en);
        CHECK(full.find(scenario.name.en.substr(0, 20)) != std::string::npos);
        CHECK(aggregate.find(scenario.name.en.substr(0, 20)) == std::string::npos);
    }
    // The story first: key messages and a reading guide in every depth; the handout has no
    // contents page and ends with three to five questions drawn from the findings.
    for (const auto* text : {&full, &workshop, &aggregate}) {
        CHECK(text->find("In brief") != std::string::npos);
        CHECK(text->find("How to read this report") != std::string::npos);
        CHECK(text->find("First step:") != std::string::npos);
    }
    CHECK(full.find("Contents") != std::string::npos);
    CHECK(workshop.find("Contents") == std::string::npos);
    const auto questions = workshop.substr(std::min(workshop.rfind("To discuss"), workshop.size()));
    REQUIRE(!questions.empty());
    std::size_t asked = 0;
    for (const auto c : questions)
        asked += c == '?' ? 1U : 0U;
    CHECK(asked >= 3);
    CHECK(asked <= 10); // at most five questions, each with at most two question marks
    CHECK(full.find("To discuss") == std::string::npos);
}

TEST_CASE("a party below the threshold leaves no trace in the report", "[reports][pdf][anonymity]")
{
    if (!havePoppler())
        FAIL("pdftotext is needed (apt-get install poppler-utils)");
    // The demo's two insurers are below the threshold. Give them other answers: the report must not change.
    const auto hospital = demoHospitals(builtinInstrument())[1];
    auto changed = hospital.answers;
    std::mt19937 random(5);
    for (auto& row : changed)
        if (row.role == Role::Insurer)
            if (const Question* q = builtinInstrument().find(row.item); q && q->kind != QuestionKind::Choice)
                row.value = std::uniform_int_distribution<int>(q->min, q->max)(random);
    const auto a = demoRound(1, hospital.answers, Language::Nl);
    const auto b = demoRound(1, changed, Language::Nl);
    REQUIRE_FALSE(a->analysis.shown(Role::Insurer));
    const auto textA = pdfText(a->input, reports::ReportDepth::Full, Language::Nl, "samenspel-hidden-a.pdf");
    const auto textB = pdfText(b->input, reports::ReportDepth::Full, Language::Nl, "samenspel-hidden-b.pdf");
    CHECK(textA == textB);
    // Its name is not in any table, chart legend or note either.
    CHECK(textA.find("Verzekeraar") == std::string::npos);
    CHECK(textA.find("Zorgverzekeraar (") == std::string::npos);
}

TEST_CASE("HTML and data exports carry the same content", "[reports][html]")
{
    const auto hospital = demoHospitals(builtinInstrument())[0];
    const auto round = demoRound(0, hospital.answers, Language::Nl);
    std::ostringstream html;
    reports::writeHtmlReport(html, round->input, reports::ReportDepth::Full, Language::Nl);
    CHECK(html.str().starts_with("<!DOCTYPE html>"));
    CHECK(html.str().find("<svg") != std::string::npos);
    CHECK(html.str().find("Ziekenhuis Maasoever") != std::string::npos);
    CHECK(html.str().find("<script") == std::string::npos); // self-contained and inert
}

TEST_CASE("the report as data: the central table tidily, one table per CSV file", "[reports][data]")
{
    const auto hospital = demoHospitals(builtinInstrument())[0];
    const auto round = demoRound(0, hospital.answers, Language::En);
    const auto& a = round->analysis;
    std::ostringstream json;
    reports::writeDataReport(json, round->input, reports::ReportDepth::Full, Language::En, true);
    const auto doc = nlohmann::json::parse(json.str());
    CHECK(doc["format"] == "samenspel-report-data");
    CHECK(doc["report"]["organisation"] == "Ziekenhuis Maasoever");
    CHECK(doc["report"]["depth"] == "full");
    for (const char* name : {"scores", "gaps", "index", "agenda", "recommendations", "alpha", "scenarios", "actions"})
        CHECK(doc["tables"].contains(name));
    // Scores: one row per shown party and element or theme, codes not names, the figures of the analysis.
    const auto& scores = doc["tables"]["scores"]["rows"];
    std::size_t expected = 0;
    for (const auto& d : a.elements)
        expected += d.parties.size();
    for (const auto& d : a.themes)
        expected += d.parties.size();
    CHECK(scores.size() == expected);
    const auto* rvb = a.of(Element::Strategy).find("rvb");
    REQUIRE(rvb);
    bool found = false;
    for (const auto& row : scores)
        if (row["dimension"] == "strategy" && row["party"] == "rvb") {
            found = true;
            CHECK(row["kind"] == "element");
            CHECK(row["n"] == rvb->stat.n);
            CHECK(row["mean"].get<double>() == Approx(rvb->stat.mean));
            CHECK(row["sd"].is_null()); // a board of three: no spread
            CHECK(row["suppressed"] == false);
        }
    CHECK(found);
    CHECK(doc["tables"]["index"]["rows"].back()["component"] == "index");
    CHECK(doc["tables"]["agenda"]["rows"].front()["element"] == "shared_values");
    // The workshop has no action plan; the aggregate report names no vakgroep and has no actions.
    std::ostringstream workshop;
    reports::writeDataReport(workshop, round->input, reports::ReportDepth::Workshop, Language::En, true);
    CHECK(!nlohmann::json::parse(workshop.str())["tables"].contains("actions"));
    std::ostringstream aggregate;
    reports::writeDataReport(aggregate, round->input, reports::ReportDepth::Aggregate, Language::En, true);
    CHECK(!nlohmann::json::parse(aggregate.str())["tables"].contains("actions"));
    CHECK(aggregate.str().find("(per specialist)") == std::string::npos);
    // CSV: one table, with a header of keys; another by name; an unknown name refused.
    std::ostringstream csv;
    reports::writeDataReport(csv, round->input, reports::ReportDepth::Full, Language::En, false);
    CHECK(csv.str().starts_with("dimension,kind,party,n,mean,sd,rwg,rwg_skewed,awg,disagree,neutral,agree,suppressed\n"));
    std::ostringstream gaps;
    reports::writeDataReport(gaps, round->input, reports::ReportDepth::Full, Language::En, false, "gaps");
    CHECK(gaps.str().starts_with("dimension,kind,party_a,party_b,"));
    std::ostringstream none;
    CHECK_THROWS_AS(reports::writeDataReport(none, round->input, reports::ReportDepth::Workshop, Language::En, false, "actions"),
                    std::invalid_argument);
}

TEST_CASE("a blank questionnaire per role holds exactly that role's questions", "[reports][pdf][questionnaire]")
{
    if (!havePoppler())
        FAIL("pdftotext is needed (apt-get install poppler-utils)");
    const auto file = (std::filesystem::temp_directory_path() / "samenspel-form-gp.pdf").string();
    reports::writeFileAtomically(file, [&](std::ostream& out) {
        reports::writeQuestionnairePdf(out, builtinInstrument(), Role::Gp, Language::Nl);
    });
    auto text = run("pdftotext '" + file + "' -");
    // Codes may wrap after '.' or '_' (a zero-width space), never with a hyphen inside a word.
    for (const std::string mark : {"\u200b\n", "\u200b", "_\n", ".\n"})
        for (std::size_t at; (at = text.find(mark)) != std::string::npos;)
            text.erase(at + (mark[0] == '_' || mark[0] == '.' ? 1 : 0), mark[0] == '_' || mark[0] == '.' ? 1 : mark.size());
    CHECK(text.find("Huisarts") != std::string::npos);
    CHECK(text.find("(vragenlijst versie 2.0)") != std::string::npos);
    CHECK(text.find("weet niet") != std::string::npos);
    for (const auto& q : builtinInstrument().questions()) {
        INFO(q.code);
        CHECK((text.find(q.code) != std::string::npos) == q.askedOf(Role::Gp));
    }
}

TEST_CASE("a chart drawn once also becomes a PNG and SVG", "[reports][charts]")
{
    const auto file = (std::filesystem::temp_directory_path() / "samenspel-radar.png").string();
    const reports::Drawing radar = [](cairo_t* cr, reports::Rect area) {
        reports::radarChart(cr, area, {"a", "b", "c", "d"},
                            {{"RvB", reports::partyColour("rvb"), {80.0, 60.0, 40.0, 70.0}},
                             {"MSB", reports::partyColour("msb_board"), {20.0, std::nullopt, 50.0, 30.0}}});
    };
    reports::writePng(file, 400, 300, radar);
    std::ifstream in(file, std::ios::binary);
    std::string header(8, '\0');
    in.read(header.data(), 8);
    CHECK(header == "\x89PNG\r\n\x1a\n");
    CHECK(std::filesystem::file_size(file) > 2000);
    const auto svg = reports::svgText(400, 300, radar);
    CHECK(svg.find("<svg") != std::string::npos);
    CHECK(reports::partyColour("rvb") != reports::partyColour("msb_board"));
}

TEST_CASE("the preview pages are the PDF's pages, as poppler draws them", "[reports][pdf][preview]")
{
    if (!havePoppler())
        FAIL("pdftotext and pdftoppm are needed (apt-get install poppler-utils)");
    const auto hospital = demoHospitals(builtinInstrument())[0];
    const auto round = demoRound(0, hospital.answers, Language::Nl);
    const auto file = (std::filesystem::temp_directory_path() / "samenspel-preview.pdf").string();
    reports::writeFileAtomically(file, [&](std::ostream& out) {
        reports::writePdfReport(out, round->input, reports::ReportDepth::Full, Language::Nl);
    });
    reports::PageImages images;
    images.scale = 1.0; // 72 pixels per inch
    reports::previewPdfReport(images, round->input, reports::ReportDepth::Full, Language::Nl);
    const auto info = run("pdfinfo '" + file + "'");
    const auto at = info.find("Pages:");
    REQUIRE(at != std::string::npos);
    CHECK(images.pages.size() == std::stoul(info.substr(at + 6)));
    REQUIRE(images.pages.size() >= 4);
    CHECK(images.pages[0].width == 596); // ceil(595.276)
    CHECK(images.pages[0].height == 842);

    // Page 4 drawn by poppler at the same resolution: the same text in the same places. Glyphs
    // are rendered a little differently (hinting, a pixel up or down), so the pages are compared
    // in blocks of 4 x 4 pixels, allowing a shift of up to 3 pixels; a page laid out differently
    // is off by whole lines (12 points or more).
    const auto ppm = (std::filesystem::temp_directory_path() / "samenspel-preview").string();
    run("pdftoppm -r 72 -f 4 -l 4 -singlefile '" + file + "' '" + ppm + "'");
    std::ifstream in(ppm + ".ppm", std::ios::binary);
    std::string magic;
    int width = 0;
    int height = 0;
    int max = 0;
    in >> magic >> width >> height >> max;
    in.get();
    REQUIRE(magic == "P6");
    const auto& page = images.pages[3];
    REQUIRE(width == page.width);
    REQUIRE(height == page.height);
    std::vector<unsigned char> theirs(static_cast<std::size_t>(width * height * 3));
    in.read(reinterpret_cast<char*>(theirs.data()), static_cast<std::streamsize>(theirs.size()));
    const auto block = [&](const std::vector<unsigned char>& rgb, int bx, int by) {
        int sum = 0;
        for (int y = by; y < by + 4; ++y)
            for (int x = bx; x < bx + 4; ++x) {
                const auto i = static_cast<std::size_t>((y * width + x) * 3);
                sum += rgb[i] + rgb[i + 1] + rgb[i + 2];
            }
        return sum / 16;
    };
    // Line heights round a little differently at 72 dpi, so a dense page drifts by a few pixels
    // towards its foot: each band of 64 pixels takes its own best shift.
    const auto differing = [&](int from, int to, int shift) {
        double differ = 0;
        double blocks = 0;
        for (int by = std::max(from, 16); by < to && by + 4 + 16 < height; by += 4)
            for (int bx = 0; bx + 4 <= width; bx += 4) {
                differ += std::abs(block(page.rgb, bx, by + shift) - block(theirs, bx, by)) > 120 ? 1 : 0;
                ++blocks;
            }
        return std::pair{differ, blocks};
    };
    double best = 0;
    double shifted = 0;
    double blocks = 0;
    for (int band = 0; band < height; band += 64) {
        double least = 1e9;
        for (int shift = -4; shift <= 4; ++shift)
            least = std::min(least, differing(band, band + 64, shift).first);
        best += least;
        const auto [off, n] = differing(band, band + 64, 12);
        shifted += off;
        blocks += n;
    }
    best /= blocks;
    shifted /= blocks;
    CHECK(best < 0.04);
    CHECK(shifted > 3 * best); // one line off: the comparison can tell
    std::filesystem::remove(ppm + ".ppm");
}

TEST_CASE("no two words of any role's paper questionnaire overlap, in either language", "[reports][pdf][questionnaire]")
{
    if (std::system("command -v pdftotext > /dev/null") != 0)
        FAIL("pdftotext is needed (apt-get install poppler-utils)");
    std::vector<std::string> overlaps;
    const std::regex word(R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re");
    for (const auto role : kRoles)
        for (const auto lang : {Language::Nl, Language::En}) {
            const auto file = (std::filesystem::temp_directory_path() / "samenspel-form-overlap.pdf").string();
            reports::writeFileAtomically(file, [&](std::ostream& out) { reports::writeQuestionnairePdf(out, builtinInstrument(), role, lang); });
            const auto boxes = run("pdftotext -bbox '" + file + "' -");
            std::filesystem::remove(file);
            std::size_t pages = 0;
            std::size_t words = 0;
            for (std::size_t start = boxes.find("<page "); start != std::string::npos; ++pages) {
                const auto end = boxes.find("</page>", start);
                REQUIRE(end != std::string::npos);
                struct Box {
                    double x0, y0, x1, y1;
                    std::string text;
                };
                std::vector<Box> page;
                const std::string text = boxes.substr(start, end - start);
                for (auto it = std::sregex_iterator(text.begin(), text.end(), word); it != std::sregex_iterator(); ++it)
                    page.push_back({std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3]), std::stod((*it)[4]), (*it)[5]});
                words += page.size();
                for (std::size_t i = 0; i < page.size(); ++i)
                    for (std::size_t j = i + 1; j < page.size(); ++j) {
                        const auto& a = page[i];
                        const auto& b = page[j];
                        // More than a point of overlap both ways: text over text (touching is fine).
                        if (std::min(a.x1, b.x1) - std::max(a.x0, b.x0) > 1 && std::min(a.y1, b.y1) - std::max(a.y0, b.y0) > 1)
                            overlaps.push_back(std::string(code(role)) + (lang == Language::Nl ? " nl" : " en") + " page " +
                                               std::to_string(pages + 1) + ": \"" + a.text + "\" and \"" + b.text + "\"");
                    }
                start = boxes.find("<page ", end);
            }
            INFO(code(role));
            CHECK(pages >= 1);
            CHECK(words > 100);
        }
    INFO((overlaps.empty() ? std::string() : overlaps.front()));
    CHECK(overlaps.empty());
}

TEST_CASE("no heading ends a page without its content, and no word in a table breaks", "[reports][pdf][layout]")
{
    if (std::system("command -v pdftotext > /dev/null && command -v pdftohtml > /dev/null") != 0)
        FAIL("pdftotext and pdftohtml are needed (apt-get install poppler-utils)");
    const std::regex word(R"re(<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>)re");
    const std::regex item(R"re(<item page="(\d+)">([^<]*)</item>)re");
    const auto unescape = [](std::string s) {
        for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{{"&quot;", "\""}, {"&#39;", "'"}, {"&apos;", "'"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}})
            for (auto p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size()))
                s.replace(p, from.size(), to);
        return s;
    };
    const auto file = (std::filesystem::temp_directory_path() / "samenspel-report-layout.pdf").string();
    std::size_t headingsChecked = 0;
    for (const std::size_t hospital : {0U, 1U, 2U})
        for (const auto lang : {Language::Nl, Language::En})
            for (const auto depth : {reports::ReportDepth::Full, reports::ReportDepth::Workshop, reports::ReportDepth::Aggregate}) {
                const auto round = demoRound(hospital, demoHospitals(builtinInstrument())[hospital].answers, lang);
                std::size_t broken = 0;
                reports::writeFileAtomically(file, [&](std::ostream& out) { broken = reports::writePdfReport(out, round->input, depth, lang); });
                INFO("hospital " << hospital << ", " << code(lang) << ", depth " << static_cast<int>(depth));
                CHECK(broken == 0);
                // The words of every page's body (running header and page number left out), with
                // their height on the page. Poppler orders them by reading order, not by height.
                struct Word {
                    double y;
                    std::string text;
                };
                const auto boxes = run("pdftotext -bbox '" + file + "' -");
                std::vector<std::vector<Word>> pages;
                for (auto start = boxes.find("<page "); start != std::string::npos; start = boxes.find("<page ", start + 1)) {
                    const auto end = boxes.find("</page>", start);
                    const std::string page = boxes.substr(start, end - start);
                    pages.emplace_back();
                    for (auto it = std::sregex_iterator(page.begin(), page.end(), word); it != std::sregex_iterator(); ++it)
                        if (const double y = std::stod((*it)[1]); y > 45 && y < 795)
                            pages.back().push_back({y, unescape((*it)[2])});
                }
                // Every bookmark's heading has something under it on its page: its content.
                const auto xml = run("pdftohtml -xml -i -stdout '" + file + "' 2> /dev/null");
                const auto outline = xml.substr(std::min(xml.find("<outline>"), xml.size()));
                for (auto it = std::sregex_iterator(outline.begin(), outline.end(), item); it != std::sregex_iterator(); ++it) {
                    const auto page = static_cast<std::size_t>(std::stoi((*it)[1]));
                    const auto title = unescape((*it)[2]);
                    REQUIRE(page >= 1);
                    REQUIRE(page <= pages.size());
                    const auto& words = pages[page - 1];
                    std::vector<std::string> titleWords;
                    std::istringstream split(title);
                    for (std::string w; split >> w;)
                        titleWords.push_back(w);
                    // The heading's last line: where its words follow each other (the last such place,
                    // after any mention in the contents).
                    std::optional<double> bottom;
                    for (std::size_t i = 0; i + titleWords.size() <= words.size(); ++i)
                        if (std::equal(titleWords.begin(), titleWords.end(), words.begin() + static_cast<std::ptrdiff_t>(i),
                                       [](const std::string& a, const Word& b) { return a == b.text; }))
                            bottom = words[i + titleWords.size() - 1].y;
                    INFO("heading \"" << title << "\" on page " << page);
                    REQUIRE(bottom);
                    CHECK(std::any_of(words.begin(), words.end(), [&](const Word& w) { return w.y > *bottom + 5; }));
                    ++headingsChecked;
                }
            }
    std::filesystem::remove(file);
    CHECK(headingsChecked > 200);
}

TEST_CASE("a follow-up round shows what changed since the first, and the response rate of shown parties", "[reports][change]")
{
    if (!havePoppler())
        FAIL("pdftotext and pdffonts are needed (apt-get install poppler-utils)");
    const auto hospitals = demoHospitals(builtinInstrument());
    const auto it = std::find_if(hospitals.begin(), hospitals.end(), [](const DemoHospital& h) { return h.followUp.has_value(); });
    REQUIRE(it != hospitals.end());
    const auto index = static_cast<std::size_t>(it - hospitals.begin());
    const auto first = demoRound(index, it->answers, Language::En);
    auto later = demoRound(index, it->followUp->answers, Language::En);
    later->input.round.name = it->followUp->roundName;
    later->input.previous = reports::ReportInput::Earlier{first->input.round, roundChanges(first->analysis, later->analysis)};
    // The numbers invited: the insurer is recorded but not shown (no respondents), the GPs are.
    later->input.invited = {{Role::Rvb, 5}, {Role::SpecialistSelfEmployed, 26}, {Role::Insurer, 2}};

    const auto text = pdfText(later->input, reports::ReportDepth::Full, Language::En, "samenspel-change.pdf");
    CHECK(text.find("Since the previous round") != std::string::npos);
    CHECK(text.find("Compared with " + it->roundName) != std::string::npos);
    // The largest change in words, as the analysis has it.
    const auto lines = reports::changeLines(later->input.previous->changes, builtinInstrument(), Language::En, 1);
    REQUIRE(lines.size() == 1);
    CHECK(text.find("Largest change since " + it->roundName) != std::string::npos);
    // Response: 3 of 5 for the RvB is 60%; the total has no rate, since not every party has a number.
    const auto response = reports::responseTable(later->analysis, builtinInstrument(), later->input.invited, Language::En);
    bool rvb = false;
    for (const auto& row : response.rows) {
        CHECK(row[0].code != "insurer");
        if (row[0].code == "rvb") {
            rvb = true;
            CHECK(row[2].text == "5");
            REQUIRE(row[3].number);
            const auto size = std::find_if(later->analysis.partySizes.begin(), later->analysis.partySizes.end(),
                                           [](const auto& p) { return p.first == Role::Rvb; });
            REQUIRE(size != later->analysis.partySizes.end());
            CHECK(*row[3].number == Approx(100.0 * static_cast<double>(size->second) / 5));
        }
        if (row[0].code == "total")
            CHECK(row[3].null);
    }
    CHECK(rvb);
    std::ostringstream json;
    reports::writeDataReport(json, later->input, reports::ReportDepth::Aggregate, Language::En, true);
    const auto doc = nlohmann::json::parse(json.str());
    CHECK(doc["report"]["previous_round"]["round"] == it->roundName);
    const auto& changes = doc["tables"]["changes"]["rows"];
    REQUIRE(!changes.empty());
    for (const auto& row : changes) {
        CHECK(row["change"].get<double>() == Approx(row["mean_now"].get<double>() - row["mean_then"].get<double>()));
        CHECK(row["party"] != "hospital_side"); // a side of one role repeats it
        CHECK(row["party"] != "insurer");
    }
    CHECK(doc["tables"]["scores"]["rows"][0]["suppressed"].is_boolean());
    CHECK(doc["tables"]["agenda"]["rows"][0]["hospital_side_change"].is_number());
    // A first round has no such page.
    CHECK(pdfText(first->input, reports::ReportDepth::Workshop, Language::En, "samenspel-first.pdf").find("Since the previous round") ==
          std::string::npos);
}
