#include "frame/organisations_presenter.hpp"
#include "results/results_presenter.hpp"
#include "facilitator_presenter.hpp"
#include "participant.hpp"
#include "reports/score_tables.hpp"
#include "reports/pdf_document.hpp"
#include "reports/projector.hpp"
#include "run.hpp"

#include <algorithm>

#include "core/answers/answer_export.hpp"
#include "core/demo/demo_data.hpp"
#include "core/instrument/instrument_loader.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>

namespace {

std::string tempFile(const std::string& name)
{
    std::random_device random;
    const auto dir = std::filesystem::temp_directory_path() / ("samenspel-gui-" + std::to_string(random()));
    std::filesystem::create_directories(dir);
    return (dir / name).string();
}

} // namespace

TEST_CASE("the main window lists the organisations with their rounds", "[gui][presenter]")
{
    const auto path = tempFile("p.samenspel");
    {
        auto db = db::Database::open(path, db::Database::Mode::CreateIfMissing);
        const auto org = db.addOrganisation("Ziekenhuis Maasoever", "stz");
        const auto round = db.createAssessment({org, "Nulmeting 2026", "2026-03-16", 3});
        std::istringstream csv("respondent,role,item,value\nR1,rvb,strategy.01,4\nR2,rvb,strategy.01,3\n");
        REQUIRE(db.importAnswers(round, csv, false).ok());
        db.addOrganisation("Leeg Ziekenhuis", "");
    }
    gui::OrganisationsPresenter presenter(core::Language::Nl);
    REQUIRE(presenter.open(path));
    CHECK(presenter.windowTitle() == "p.samenspel - Samenspel");
    CHECK(presenter.columnHeaders()[0] == "Organisatie");
    REQUIRE(presenter.rows().size() == 2);
    const auto& row = presenter.rows()[1];
    CHECK(row.name == "Ziekenhuis Maasoever");
    CHECK(row.type == "Topklinisch opleidingsziekenhuis (STZ)");
    CHECK(row.rounds == 1);
    CHECK(row.respondents == 2);
    CHECK(row.latestRound == "Nulmeting 2026 (16 maart 2026)");
    CHECK(presenter.rows()[0].rounds == 0);
    std::filesystem::remove_all(std::filesystem::path(path).parent_path());
}

TEST_CASE("a file that cannot be opened gives a plain message and keeps the open database", "[gui][presenter]")
{
    const auto good = tempFile("goed.samenspel");
    { db::Database::open(good, db::Database::Mode::CreateIfMissing); }
    const auto text = tempFile("tekst.samenspel");
    std::ofstream(text) << std::string(300, 'x');

    gui::OrganisationsPresenter presenter(core::Language::En);
    CHECK_FALSE(presenter.isOpen());
    CHECK(presenter.emptyHint().find("File > Open") != std::string::npos);
    REQUIRE(presenter.open(good));
    CHECK(presenter.emptyHint().find("Organisation > New organisation") != std::string::npos);
    CHECK_FALSE(presenter.open(text));
    CHECK(presenter.error().find("not a Samenspel database") != std::string::npos);
    CHECK(presenter.windowTitle() == "goed.samenspel - Samenspel");
    CHECK_FALSE(presenter.open(good + ".missing"));
    CHECK(presenter.error().find("there is no database") != std::string::npos);
    std::filesystem::remove_all(std::filesystem::path(good).parent_path());
    std::filesystem::remove_all(std::filesystem::path(text).parent_path());
}

TEST_CASE("a workshop participant answers, and every answer is stored at once", "[gui][workshop]")
{
    const auto path = tempFile("w.samenspel");
    auto db = db::Database::open(path, db::Database::Mode::CreateIfMissing);
    const auto org = db.addOrganisation("Ziekenhuis West", "general");
    const auto round = db.createAssessment({org, "Werksessie", "2026-11-23", 3});

    app::Participant first(db, round, core::Role::MsbBoard, core::Language::Nl);
    CHECK(first.code() == "W-MSB-01");
    CHECK(first.progressText() == "Vraag 1 van " + std::to_string(first.total()));
    REQUIRE(first.choices().size() == 6); // five labels and "weet niet / n.v.t."
    CHECK(first.choices().back() == "weet niet / n.v.t.");
    const auto firstCode = first.questionCode();
    first.answer(3); // "eens" = 4
    first.answer(5); // weet niet
    // Stored already, before the participant finishes: a second connection sees it.
    {
        const auto other = db::Database::open(path);
        std::vector<core::AnswerRow> rows;
        other.forEachAnswer(round, [&](const core::AnswerRow& r) { rows.push_back(r); });
        REQUIRE(rows.size() == 2);
        const auto answered = std::find_if(rows.begin(), rows.end(), [&](const auto& r) { return r.item == firstCode; });
        REQUIRE(answered != rows.end());
        CHECK(std::get<int>(answered->value) == 4);
    }
    first.back();
    first.answer(0); // changing an answer replaces it
    app::Participant second(db, round, core::Role::MsbBoard, core::Language::En);
    CHECK(second.code() == "W-MSB-02");
    CHECK(second.progressText().starts_with("Question 1 of"));

    SECTION("the facilitator sees counts per role, and results only after revealing them")
    {
        workshop::FacilitatorPresenter facilitator(db, round, core::Language::Nl);
        REQUIRE(facilitator.counts().size() == 1);
        // One MSB board member, below the threshold of 3: neither named nor counted.
        CHECK(facilitator.counts()[0].belowThreshold);
        CHECK(facilitator.counts()[0].label == "overige partijen (nog niet genoeg antwoorden)");
        CHECK(facilitator.counts()[0].started == 0);
        CHECK(facilitator.respondents() == 0);
        CHECK(facilitator.results() == nullptr);
        facilitator.reveal();
        REQUIRE(facilitator.results());
        // One MSB board member: below the threshold, so not shown even when revealed.
        CHECK_FALSE(facilitator.results()->shown(core::Role::MsbBoard));
        while (!second.finished())
            second.answer(0);
        const double ms = facilitator.refresh();
        CHECK(facilitator.counts()[0].started == 0);
        CHECK(ms < 1000); // a sanity bound only; the 100 ms target is measured by the benchmark
    }
    std::filesystem::remove_all(std::filesystem::path(path).parent_path());
}

TEST_CASE("a workshop participant types answers, goes back to see them, and resumes by code", "[gui][workshop]")
{
    const auto path = tempFile("keys.samenspel");
    auto db = db::Database::open(path, db::Database::Mode::CreateIfMissing);
    const auto org = db.addOrganisation("Ziekenhuis Noord", "general");
    const auto round = db.createAssessment({org, "Werksessie", "2026-11-23", 3});
    using Action = app::Participant::Key::Action;

    app::Participant p(db, round, core::Role::Rvb, core::Language::Nl);
    REQUIRE_FALSE(p.rating());
    // A statement: 1-5 pick by place, 0 and 6 do nothing, W is "weet niet".
    CHECK(p.key('0').action == Action::None);
    CHECK(p.key('6').action == Action::None);
    const auto two = p.key('2');
    CHECK(two.action == Action::Answer);
    CHECK(two.choice == 1);
    const auto w = p.key('w');
    CHECK(w.action == Action::Answer);
    CHECK(w.choice == p.choices().size() - 1);
    p.answer(two.choice);
    p.back();
    REQUIRE(p.chosen());
    CHECK(*p.chosen() == 1); // going back shows the answer given

    // A rating 0-10: 0 is the rating 0, never "weet niet"; 1 waits for a possible 0.
    while (!p.finished() && !p.rating())
        p.answer(2);
    REQUIRE(p.rating());
    const auto zero = p.key('0');
    CHECK(zero.action == Action::Answer);
    CHECK(p.choices()[zero.choice] == "0");
    CHECK(p.key('1').action == Action::Wait);
    const auto ten = p.key('0');
    CHECK(ten.action == Action::Answer);
    CHECK(p.choices()[ten.choice] == "10");
    CHECK(p.key('1').action == Action::Wait);
    const auto one = p.flushKey();
    REQUIRE(one);
    CHECK(p.choices()[*one] == "1");
    CHECK_FALSE(p.flushKey());
    CHECK(p.choices()[p.key('7').choice] == "7");
    const auto position = p.position();
    p.answer(ten.choice);

    SECTION("resuming continues at the first unanswered question, without the earlier answers")
    {
        auto again = app::Participant::resume(db, round, " " + std::string("w-rvb-01") + " ", core::Language::En);
        REQUIRE(again);
        CHECK(again->code() == p.code());
        CHECK(again->role() == core::Role::Rvb);
        CHECK(again->position() == position + 1);
        again->back();
        CHECK_FALSE(again->chosen()); // whoever types a code does not see what was answered before
        CHECK_FALSE(app::Participant::resume(db, round, "W-RVB-02", core::Language::Nl));
    }
    SECTION("a paper or imported respondent cannot be continued at the workshop screen")
    {
        db.saveAnswer(round, core::Respondent{"P-RVB-01", core::Role::Rvb}, p.questionCode(), 3);
        CHECK_FALSE(app::Participant::resume(db, round, "P-RVB-01", core::Language::Nl));
    }
    std::filesystem::remove_all(std::filesystem::path(path).parent_path());
}

TEST_CASE("a new database, organisation and round from the window, with plain messages for bad input", "[gui][presenter]")
{
    const auto path = tempFile("nieuw.samenspel");
    gui::OrganisationsPresenter p(core::Language::Nl);
    REQUIRE(p.create(path));
    CHECK(p.rows().empty());
    CHECK_FALSE(p.create(path)); // never over an existing file
    CHECK(p.error().find("bestaat al") != std::string::npos);

    CHECK_FALSE(p.addOrganisation("  ", "stz"));
    CHECK(p.error().find("naam") != std::string::npos);
    CHECK_FALSE(p.addOrganisation("Ziekenhuis Oost", "kliniek"));
    CHECK(p.error().find("kliniek") != std::string::npos);
    const auto types = p.hospitalTypes();
    REQUIRE(types.size() >= 3);
    const auto org = p.addOrganisation("Ziekenhuis Oost", types.front().first);
    REQUIRE(org);
    REQUIRE(p.rows().size() == 1);
    CHECK(p.rows()[0].id == *org);

    CHECK_FALSE(p.createRound(*org, "Nulmeting", "23-11-2026", 3));
    CHECK(p.error().find("geen datum") != std::string::npos);
    CHECK_FALSE(p.createRound(*org, "Nulmeting", "2026-11-23", 2));
    CHECK(p.error().find("anonimiteitsdrempel") != std::string::npos);
    const auto round = p.createRound(*org, "Nulmeting", "2026-11-23", 4);
    REQUIRE(round);
    CHECK_FALSE(p.createRound(*org, "Nulmeting", "2026-12-01", 3)); // the name is taken
    REQUIRE(p.rows()[0].roundList.size() == 1);
    CHECK(p.rows()[0].roundList[0].id == *round);
    CHECK(p.database().assessment(*round).anonymityK == 4);
    // Modules: chosen with the round, changed later; an unknown one is refused and changes nothing.
    const auto withModule = p.createRound(*org, "Vervolgmeting", "2027-11-23", 3, {"care_cores"});
    REQUIRE(withModule);
    CHECK(p.database().assessment(*withModule).modules == std::vector<std::string>{"care_cores"});
    CHECK(p.setModules(*withModule, {"care_cores", "focus_clinic"}));
    CHECK_FALSE(p.setModules(*withModule, {"bestaat_niet"}));
    CHECK(p.error().find("bestaat_niet") != std::string::npos);
    CHECK(p.database().assessment(*withModule).modules == std::vector<std::string>{"care_cores", "focus_clinic"});
    std::filesystem::remove_all(std::filesystem::path(path).parent_path());
}

TEST_CASE("the facilitator names a role only from the threshold on", "[gui][workshop]")
{
    const auto path = tempFile("k.samenspel");
    auto db = db::Database::open(path, db::Database::Mode::CreateIfMissing);
    const auto org = db.addOrganisation("Ziekenhuis Zuid", "general");
    const auto round = db.createAssessment({org, "Werksessie", "2026-11-23", 3});
    for (int i = 0; i < 3; ++i) {
        app::Participant s(db, round, core::Role::Rvb, core::Language::Nl);
        s.answer(3);
    }
    {
        // The row of the parties not shown is there with or without one: it says nothing.
        workshop::FacilitatorPresenter before(db, round, core::Language::Nl);
        REQUIRE(before.counts().size() == 2);
        CHECK(before.counts()[1].belowThreshold);
    }
    app::Participant insurer(db, round, core::Role::Insurer, core::Language::Nl);
    insurer.answer(3);
    workshop::FacilitatorPresenter f(db, round, core::Language::Nl);
    REQUIRE(f.counts().size() == 2);
    CHECK(f.counts()[0].label == "Raad van Bestuur");
    CHECK(f.counts()[0].started == 3);
    CHECK(f.counts()[1].belowThreshold);
    CHECK(f.counts()[1].started == 0); // no count that could give the insurer away
    CHECK(f.respondents() == 3);
    for (const auto& c : f.counts())
        CHECK(c.label.find("Zorgverzekeraar") == std::string::npos);
    std::filesystem::remove_all(std::filesystem::path(path).parent_path());
}

TEST_CASE("once revealed, the projector moves only by a step of respondents per party", "[gui][workshop][disclosure]")
{
    const auto path = tempFile("stap.samenspel");
    auto db = db::Database::open(path, db::Database::Mode::CreateIfMissing);
    const auto org = db.addOrganisation("Ziekenhuis West", "general");
    const auto round = db.createAssessment({org, "Werksessie", "2026-11-23", 3});
    // Every participant answers every question (never "weet niet", the last choice, which would
    // leave a cell short of the step), from a fixed pseudo-random sequence: a plain cycle gives every
    // participant the same answers whenever the questionnaire's length is a multiple of its
    // period, and a party whose members all answer alike is (rightly) never shown.
    unsigned choice = 1;
    const auto participant = [&](core::Role role) {
        app::Participant s(db, round, role, core::Language::Nl);
        while (!s.finished()) {
            choice = (choice * 1103515245u + 12345u) % 2147483648u;
            s.answer((choice >> 16) % std::min<std::size_t>(5, s.choices().size() - 1));
        }
    };
    for (int i = 0; i < 3; ++i)
        participant(core::Role::Rvb);
    for (int i = 0; i < 2; ++i)
        participant(core::Role::MsbBoard);
    workshop::FacilitatorPresenter f(db, round, core::Language::Nl);
    f.reveal();
    REQUIRE(f.results());
    const auto shown = reports::scoreJson(*f.results());
    CHECK_FALSE(f.results()->shown(core::Role::MsbBoard));
    CHECK(db.sharedAt(round)); // revealing shares

    // The third MSB board member would make the board visible, and give the two others' answers to
    // anyone who compares the screens: the projector waits.
    participant(core::Role::MsbBoard);
    participant(core::Role::Rvb);
    f.refresh();
    CHECK(reports::scoreJson(*f.results()) == shown);
    CHECK(f.waiting());
    // The advisor's own screen shows the current answers, and says they differ from what was shared.
    gui::ResultsPresenter advisor(db, round, core::Language::Nl);
    CHECK(advisor.analysis().shown(core::Role::MsbBoard));
    CHECK(advisor.notes().front().find("gedeeld") != std::string::npos);

    // Two more of each: a step of three for both parties, and the screen moves.
    for (int i = 0; i < 2; ++i) {
        participant(core::Role::MsbBoard);
        participant(core::Role::Rvb);
    }
    f.refresh();
    CHECK(reports::scoreJson(*f.results()) != shown);
    CHECK(f.results()->shown(core::Role::MsbBoard));
    CHECK_FALSE(f.waiting());
    std::filesystem::remove_all(std::filesystem::path(path).parent_path());
}

TEST_CASE("nothing on the projector is smaller than 28 px at 1920 x 1080", "[gui][workshop][projector]")
{
    const auto path = tempFile("projector.samenspel");
    {
        std::ostringstream out, err;
        REQUIRE(cli::main({"--db", path, "demo"}, out, err) == 0);
    }
    auto db = db::Database::open(path);
    workshop::FacilitatorPresenter f(db, 4, core::Language::Nl);
    const workshop::PhoneInvite phones{"http://192.168.1.23:8080/s/abcdefghijklmnopqrstuv/", "http://192.168.1.23:8080", "4F7K-9QX2",
                                  std::vector<std::vector<bool>>(29, std::vector<bool>(29, true))};
    const auto smallest = [&](const reports::ProjectorScreen& screen, int width, int height) {
        reports::SmallestText probe;
        reports::renderImage(width, height, reports::projectorDrawing(screen));
        return probe.pixels();
    };
    CHECK(smallest(f.projector(&phones, false), 1920, 1080) >= 27.99);
    CHECK(smallest(f.projector(nullptr, false), 1920, 1080) >= 27.99);
    f.reveal();
    REQUIRE(f.results());
    const auto radar = f.projector(nullptr, false);
    CHECK(radar.headline.find("Gelijkgerichtheidsindex") == 0);
    REQUIRE(radar.lines.size() == 4); // "the largest differences" and three of them
    CHECK(smallest(radar, 1920, 1080) >= 27.99);
    CHECK(smallest(f.projector(nullptr, true), 1920, 1080) >= 27.99);
    // A 1366 x 768 projector shows the same screen in proportion: as large on the wall.
    CHECK(smallest(radar, 1366, 768) >= 27.99 * 768 / 1080);
    // The three differences are on three different elements or themes.
    std::set<std::string> dimensions;
    for (std::size_t i = 1; i < radar.lines.size(); ++i)
        dimensions.insert(radar.lines[i].substr(0, radar.lines[i].find(':')));
    CHECK(dimensions.size() == 3);
    std::filesystem::remove_all(std::filesystem::path(path).parent_path());
}

TEST_CASE("in the workshop a participant is asked the round's module questions too", "[gui][workshop][modules]")
{
    const auto path = tempFile("mod.samenspel");
    auto db = db::Database::open(path, db::Database::Mode::CreateIfMissing);
    const auto org = db.addOrganisation("Ziekenhuis Zuid", "general");
    const auto plain = db.createAssessment({org, "Zonder", "2026-11-23", 3});
    const auto round = db.createAssessment({org, "Met", "2026-11-24", 3, "", {"msb_governance"}});
    const app::Participant without(db, plain, core::Role::MsbBoard, core::Language::Nl);
    app::Participant board(db, round, core::Role::MsbBoard, core::Language::Nl);
    const auto asked = app::workshopQuestions(db.instrumentOf(round), core::Role::MsbBoard);
    std::size_t fromModule = 0;
    for (const auto* q : asked)
        fromModule += q->module == "msb_governance" ? 1u : 0u;
    // The board's module statements and its checklist and factors (choices; no numbers in the module).
    CHECK(fromModule == 16 + 33);
    CHECK(board.total() == without.total() + fromModule);
    // Walk to the first module question and answer it: stored like any other answer.
    while (!board.finished() && board.questionCode().rfind("msb_governance.", 0) != 0)
        board.answer(board.choices().size() - 1); // "weet niet"
    REQUIRE_FALSE(board.finished());
    const auto code = board.questionCode();
    board.answer(0);
    bool stored = false;
    db.forEachAnswer(round, [&](const core::AnswerRow& row) { stored = stored || (row.item == code && core::hasAnswer(row.value)); });
    CHECK(stored);
    std::filesystem::remove_all(std::filesystem::path(path).parent_path());
}
