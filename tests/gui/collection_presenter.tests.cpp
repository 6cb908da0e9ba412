#include "collection/collection_presenter.hpp"
#include "temp_database.hpp"

#include "db/errors.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

namespace {

std::size_t askedOf(core::Role role)
{
    std::size_t n = 0;
    for (const auto& q : core::builtinInstrument().questions())
        n += q.askedOf(role) ? 1U : 0U;
    return n;
}

std::size_t stored(const db::Database& db, core::Id round)
{
    std::size_t rows = 0;
    db.forEachAnswer(round, [&](const core::AnswerRow&) { ++rows; });
    return rows;
}

} // namespace

TEST_CASE("the collection page lists respondents by code and role, with what they answered", "[gui][collection]")
{
    TestRound t;
    auto& db = t.db;
    const auto round = t.round;
    t.import("respondent,role,item,value\nR1,rvb,strategy.01,4\nR1,rvb,strategy.02,weet niet\n"
             "R2,rvb,strategy.01,3\nM1,msb_board,strategy.01,2\nM2,msb_board,strategy.01,2\nM3,msb_board,strategy.01,5\n");

    gui::CollectionPresenter p(db, round, core::Language::Nl);
    const auto table = p.respondents();
    REQUIRE(table.rows.size() == 5);
    CHECK(table.columns[0].header == "Code");
    CHECK(table.rows[3].at(0).text == "R1");
    CHECK(table.rows[3].at(1).text == "Raad van Bestuur");
    // Two RvB members are below the threshold: their counts are not shown either, and the row
    // says why.
    CHECK(table.rows[3].at(2).text == "verborgen: minder dan 3 met deze rol");
    CHECK(table.rows[3].at(3).text.empty());
    CHECK(table.rows[3].at(4).text.empty());
    // The MSB board (3) is shown: M1 answered one statement of all put to the board.
    CHECK(table.rows[0].at(0).text == "M1");
    CHECK(table.rows[0].at(2).text == "1");
    CHECK(table.rows[0].at(3).text == "0");
    CHECK(table.rows[0].at(4).text == std::to_string(askedOf(core::Role::MsbBoard) - 1));
    const auto summary = p.roleSummary();
    REQUIRE(summary.size() == 2);
    // Two RvB members: below the threshold of 3, so the page says they stay out of the results.
    CHECK(summary[0] == "Raad van Bestuur: 2 respondenten; onder de drempel van 3, dus niet in de resultaten");
    CHECK(summary[1] == "Bestuur MSB / MSB+: 3 respondenten");
}

TEST_CASE("an import is previewed with every problem, and nothing is stored until it is good", "[gui][collection]")
{
    TestRound t;
    auto& db = t.db;
    const auto round = t.round;
    const auto& temp = t.temp;
    t.import("respondent,role,item,value\nR1,rvb,strategy.01,4\n");
    gui::CollectionPresenter p(db, round, core::Language::Nl);

    SECTION("problems are listed by line and column, and the file cannot be imported")
    {
        std::istringstream bad("respondent,role,item,value\nR2,rvb,strategy.01,7\nR3,rvb,strategy.01,2\nR1,rvb,strategy.01,3\n");
        const auto preview = p.preview(bad, false);
        CHECK_FALSE(preview.canImport);
        REQUIRE(preview.problems.rows.size() == 2); // 7 is out of range; R1 is already stored
        CHECK(preview.problems.rows[0][0].text == "2");
        CHECK(preview.problems.rows[0][2].text == "7");
        CHECK(preview.problems.rows[1][0].text == "4");
        CHECK(preview.verdict.rfind("Er kan niets worden geïmporteerd: 2 problemen", 0) == 0);
        REQUIRE(preview.respondents.rows.size() == 3);
        CHECK(preview.respondents.rows[2][4].text == "al in deze ronde");
        CHECK(stored(db, round) == 1);
    }
    SECTION("with replace, a stored respondent is replaced, and the file can be imported")
    {
        std::istringstream good("respondent;role;item;value\nR1;rvb;strategy.01;3\nR2;rvb;strategy.01;weet niet\n");
        const auto preview = p.preview(good, true);
        CHECK(preview.canImport);
        CHECK(preview.problems.rows.empty());
        REQUIRE(preview.respondents.rows.size() == 2);
        CHECK(preview.respondents.rows[0][4].text == "vervangt de opgeslagen antwoorden");
        CHECK(preview.respondents.rows[1][4].text == "nieuw");
        CHECK(preview.verdict == "Klaar om de antwoorden van 2 respondenten te importeren: 1 gegeven, 1 \"weet niet / n.v.t.\".");
        CHECK(stored(db, round) == 1); // a preview stores nothing
    }
    SECTION("the import runs as a background job with its own connection")
    {
        const auto file = (temp.dir / "antwoorden.csv").string();
        std::ofstream(file) << "respondent,role,item,value\nR2,rvb,strategy.01,2\nR3,rvb,strategy.01,5\n";
        std::string error;
        const auto preview = p.previewFile(file, false, false, error);
        REQUIRE(preview);
        CHECK(preview->canImport);
        gui::BackgroundJob job;
        REQUIRE(job.start([&](gui::JobControl& control) {
            return gui::CollectionPresenter::importFile(temp.path, round, file, false, false, core::Language::Nl, control);
        }));
        job.wait();
        CHECK(job.state() == gui::BackgroundJob::State::Done);
        CHECK(job.message().find("De antwoorden van 2 respondenten zijn geïmporteerd (lange opmaak") == 0);
        CHECK(job.message().find("): 2 gegeven, 0 \"weet niet / n.v.t.\".") != std::string::npos);
        CHECK(stored(db, round) == 3);
    }
    SECTION("a cancelled import and a folder change nothing")
    {
        const auto file = (temp.dir / "antwoorden.csv").string();
        std::ofstream(file) << "respondent,role,item,value\nR2,rvb,strategy.01,2\n";
        gui::JobControl control;
        control.cancel();
        CHECK_THROWS_AS(gui::CollectionPresenter::importFile(temp.path, round, file, false, false, core::Language::Nl, control),
                        gui::Cancelled);
        // Cancelled at the last moment, with every row read and written but not committed.
        gui::JobControl late;
        std::vector<int> seen;
        late.observe([&](int percent) {
            seen.push_back(percent);
            if (percent == 90)
                late.cancel();
        });
        CHECK_THROWS_AS(gui::CollectionPresenter::importFile(temp.path, round, file, false, false, core::Language::Nl, late),
                        gui::Cancelled);
        CHECK(seen == std::vector<int>{10, 90});
        std::string error;
        CHECK_FALSE(p.previewFile(temp.dir.string(), false, false, error));
        CHECK(error.find("is een map") != std::string::npos);
        CHECK(stored(db, round) == 1);
    }
}

TEST_CASE("a paper questionnaire is typed in and stored at once, or not at all", "[gui][collection]")
{
    TestRound t;
    auto& db = t.db;
    const auto round = t.round;
    gui::CollectionPresenter p(db, round, core::Language::Nl);
    const auto form = p.form(core::Role::Rvb);
    REQUIRE(form.size() == askedOf(core::Role::Rvb));
    CHECK(p.suggestedCode(core::Role::Rvb) == "P-RVB-01");

    std::vector<gui::CollectionPresenter::FormEntry> entries(form.size());
    std::size_t likert = form.size();
    std::size_t number = form.size();
    std::size_t rating = form.size();
    for (std::size_t i = 0; i < form.size(); ++i) {
        if (form[i].choices.size() == 6 && likert == form.size())
            likert = i;
        if (form[i].choices.size() == 12 && rating == form.size())
            rating = i; // 0-10 and "weet niet"
        if (form[i].choices.empty() && number == form.size())
            number = i;
    }
    REQUIRE(likert < form.size());
    REQUIRE(rating < form.size());
    REQUIRE(number < form.size());
    CHECK(form[likert].choices[3].label == "eens");
    entries[likert] = std::size_t{3};   // "eens" = 4
    entries[rating] = std::size_t{11};  // weet niet
    entries[number] = std::string("veel");

    CHECK_FALSE(p.saveForm("P-RVB-01", core::Role::Rvb, entries, false));
    CHECK(p.error().rfind(form[number].code + ": ", 0) == 0);
    CHECK(stored(db, round) == 0);
    CHECK_FALSE(p.saveForm("Jan de Vries", core::Role::Rvb, entries, false));
    CHECK(p.error().find("Respondentcode") != std::string::npos);

    entries[number] = std::string("120");
    REQUIRE(p.saveForm("P-RVB-01", core::Role::Rvb, entries, false));
    std::map<std::string, std::string> values;
    db.forEachAnswer(round, [&](const core::AnswerRow& row) { values[row.item] = core::formatValue(row.value); });
    CHECK(values.size() == 3);
    CHECK(values[form[likert].code] == "4");
    CHECK(values[form[rating].code].empty());
    CHECK(values[form[number].code] == "120");
    CHECK(p.suggestedCode(core::Role::Rvb) == "P-RVB-02");

    // The same code again is refused; with replace, its answers are replaced as a whole.
    std::vector<gui::CollectionPresenter::FormEntry> again(form.size());
    again[likert] = std::size_t{0};
    CHECK_FALSE(p.saveForm("P-RVB-01", core::Role::Rvb, again, false));
    CHECK(p.error() == "respondent P-RVB-01 zit al in deze ronde");
    REQUIRE(p.saveForm("P-RVB-01", core::Role::Rvb, again, true));
    CHECK(stored(db, round) == 1);
    CHECK_FALSE(p.saveForm("P-RVB-02", core::Role::Rvb, std::vector<gui::CollectionPresenter::FormEntry>(form.size()), false));
    CHECK(p.error() == "Geen enkele vraag heeft al een antwoord; er is niets opgeslagen.");
}

TEST_CASE("the collection page exports the answers and prints a blank questionnaire", "[gui][collection]")
{
    TestRound t;
    t.import("respondent,role,item,value\nR1,rvb,strategy.01,4\nR1,rvb,strategy.02,weet niet\nM1,msb_board,strategy.01,2\n");
    gui::CollectionPresenter p(t.db, t.round, core::Language::Nl);
    CHECK(p.suggestedExportName() == "antwoorden-nulmeting.csv");
    const auto csv = (t.temp.dir / "antwoorden.csv").string();
    CHECK(p.exportAnswers(csv, true) == "3 antwoordregels geëxporteerd naar " + csv);
    // Read back into a new round: the same answers (Excel's dialect included).
    const auto second = t.db.createAssessment({t.organisation, "Tweede", "2026-04-01", 3});
    std::ifstream in(csv, std::ios::binary);
    REQUIRE(t.db.importAnswers(second, in, false).ok());
    const auto answers = [&](core::Id round) {
        std::vector<std::string> out;
        t.db.forEachAnswer(round, [&](const core::AnswerRow& r) { out.push_back(r.respondent + r.item + core::formatValue(r.value)); });
        return out;
    };
    CHECK(answers(second) == answers(t.round));
    CHECK_THROWS_AS(p.exportAnswers((t.temp.dir / "nope" / "a.csv").string(), false), core::Error);

    const auto pdf = (t.temp.dir / "vragenlijst.pdf").string();
    CHECK(p.writeQuestionnaire(core::Role::Nursing, pdf) == "Vragenlijst voor Verpleging geschreven naar " + pdf);
    std::ifstream form(pdf, std::ios::binary);
    std::string head(5, '\0');
    form.read(head.data(), 5);
    CHECK(head == "%PDF-");
}

TEST_CASE("the numbers invited are stored from the collection page and said beside each role", "[gui][collection]")
{
    TestRound t;
    t.import("respondent,role,item,value\nM1,msb_board,strategy.01,2\nM2,msb_board,strategy.01,2\nM3,msb_board,strategy.01,5\n");
    gui::CollectionPresenter p(t.db, t.round, core::Language::Nl);
    CHECK(p.invited().empty());
    p.setInvited({{core::Role::MsbBoard, 7}, {core::Role::Rvb, 0}});
    CHECK(p.invited() == std::map<core::Role, int>{{core::Role::MsbBoard, 7}});
    const auto summary = p.roleSummary();
    REQUIRE(summary.size() == 1);
    CHECK(summary[0] == "Bestuur MSB / MSB+: 3 respondenten (van 7 uitgenodigd)");
    CHECK_THROWS_AS(p.setInvited({{core::Role::Rvb, -2}}), db::Conflict);
}

TEST_CASE("the collection page writes a LimeSurvey survey and reads its responses back", "[gui][collection][limesurvey]")
{
    TestRound t;
    gui::CollectionPresenter p(t.db, t.round, core::Language::Nl);
    CHECK(p.suggestedSurveyName() == "enquete-nulmeting.lss");
    const auto file = t.temp.path + ".lss";
    CHECK(p.writeLimeSurvey(file, core::Role::Rvb, {core::Language::Nl}) ==
          "LimeSurvey-enquête geschreven naar " + file + ". In LimeSurvey: Enquête maken > Importeren.");
    std::ifstream written(file);
    std::string first;
    std::getline(written, first);
    CHECK(first == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    std::remove(file.c_str());

    // LimeSurvey's export is told by its header; the box for incomplete responses is offered.
    const std::string csv = "\"id\",\"submitdate\",\"lastpage\",\"startlanguage\",\"seed\",\"role\",\"strategy[01]\"\r\n"
                            "\"4\",\"1980-01-01 00:00:00\",\"9\",\"nl\",\"1\",\"Raad van Bestuur\",\"eens\"\r\n"
                            "\"5\",\"\",\"2\",\"nl\",\"1\",\"Raad van Bestuur\",\"oneens\"\r\n";
    std::istringstream in(csv);
    const auto preview = p.preview(in, false);
    CHECK(preview.limeSurvey);
    CHECK(preview.canImport);
    CHECK(preview.summary.respondents == 1);
    CHECK(preview.verdict.find("1 ingevulde vragenlijst is nooit afgerond (onvolledig) en is weggelaten; \"Ook de "
                               "onvolledige, nooit afgeronde vragenlijsten\" importeert die ook.") != std::string::npos);
    std::istringstream again(csv);
    const auto all = p.preview(again, false, true);
    CHECK(all.summary.respondents == 2);
    CHECK(all.respondents.rows.at(0).at(0).text == "LS-4");
    CHECK(stored(t.db, t.round) == 0); // a preview stores nothing
    // Our own files show no such box.
    std::istringstream own("respondent,role,item,value\nR1,rvb,strategy.01,4\n");
    CHECK_FALSE(p.preview(own, false).limeSurvey);
}
