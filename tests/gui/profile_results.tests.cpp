#include "profile/profile_presenter.hpp"
#include "results/results_presenter.hpp"
#include "temp_database.hpp"

#include "core/instrument/module.hpp"
#include "core/text/text_util.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

namespace {

/// Long-layout rows: every statement of the role answered 3, plus the given profile answers.
std::string respondent(const std::string& code, core::Role role, const std::map<std::string, std::string>& profile)
{
    std::string rows;
    for (const auto* q : core::builtinInstrument().questionsOfKind(core::QuestionKind::Likert))
        if (q->askedOf(role))
            rows += code + "," + std::string(core::code(role)) + "," + q->code + ",3\n";
    for (const auto& [item, value] : profile)
        rows += code + "," + std::string(core::code(role)) + "," + item + "," + value + "\n";
    return rows;
}

} // namespace

TEST_CASE("the profile page puts the two boards' answers side by side", "[gui][profile]")
{
    TestRound t;
    using core::Role;
    t.import(
        "respondent,role,item,value\n" +
        respondent("R1", Role::Rvb, {{"profile.org_model", "msb_transparent"}, {"profile.specialists_self_employed", "100"}}) +
        respondent("R2", Role::Rvb, {{"profile.org_model", "msb_transparent"}, {"profile.specialists_self_employed", "140"}}) +
        respondent("R3", Role::Rvb, {{"profile.org_model", "participation"}, {"profile.specialists_self_employed", "120"}}) +
        respondent("M1", Role::MsbBoard, {{"profile.org_model", "msb_non_transparent"}, {"profile.specialists_self_employed", "90"}}) +
        respondent("M2", Role::MsbBoard, {{"profile.org_model", "msb_non_transparent"}, {"profile.specialists_self_employed", "95"}}) +
        respondent("M3", Role::MsbBoard, {{"profile.org_model", "msb_non_transparent"}}));

    const gui::ProfilePresenter p(t.db, t.round, core::Language::Nl);
    CHECK(p.title() == "Ziekenhuis Maasoever");
    CHECK(p.facts().rows[0][1].text == "Topklinisch opleidingsziekenhuis (STZ)");
    const auto& table = p.profile();
    const auto row = [&](const std::string& item) {
        const auto* q = core::builtinInstrument().find(item);
        for (const auto& r : table.rows)
            if (r[0].text == q->text.in(core::Language::Nl))
                return r;
        FAIL("no row for " << item);
        return table.rows.front();
    };
    // RvB: 2 of 3 say transparent (a strict majority); the MSB board: 3 of 3 non-transparent.
    const auto* model = core::builtinInstrument().find("profile.org_model");
    const auto transparent = model->option("msb_transparent")->label.in(core::Language::Nl);
    const auto closed = model->option("msb_non_transparent")->label.in(core::Language::Nl);
    // Two of the three RvB members: a majority, said as one (without counts).
    CHECK(row("profile.org_model")[1].text == transparent + " (bij meerderheid, niet unaniem)");
    CHECK(row("profile.org_model")[2].text == closed);
    CHECK(row("profile.org_model")[3].text == "nee, ze verschillen");
    CHECK(p.organisationModel() == "Organisatiemodel: de raad van bestuur zegt \"" + transparent + "\", het MSB-bestuur \"" +
                                       closed + "\".");
    // Numbers: the median of 100, 120, 140 is 120; two MSB answers are fewer than k = 3.
    CHECK(row("profile.specialists_self_employed")[1].text == "120");
    CHECK(row("profile.specialists_self_employed")[2].text == "geen gedeeld antwoord");
    CHECK(row("profile.specialists_self_employed")[3].text.empty());
    CHECK(row("profile.hospital_type")[1].text == "geen gedeeld antwoord");
    CHECK(p.differences() == 1);
}

TEST_CASE("the profile page never shows a board below the threshold", "[gui][profile]")
{
    TestRound t("Ziekenhuis Maasoever", "");
    using core::Role;
    t.import("respondent,role,item,value\n" +
                           respondent("R1", Role::Rvb, {{"profile.org_model", "salaried"}}) +
                           respondent("R2", Role::Rvb, {{"profile.org_model", "salaried"}}) +
                           respondent("M1", Role::MsbBoard, {{"profile.org_model", "combi"}}) +
                           respondent("M2", Role::MsbBoard, {{"profile.org_model", "combi"}}) +
                           respondent("M3", Role::MsbBoard, {{"profile.org_model", "combi"}}));
    const gui::ProfilePresenter p(t.db, t.round, core::Language::En);
    const auto salaried = core::builtinInstrument().find("profile.org_model")->option("salaried")->label.in(core::Language::En);
    for (const auto& r : p.profile().rows)
        for (const auto& c : r)
            CHECK(c.text.find(salaried) == std::string::npos);
    CHECK(p.profile().rows[0][1].text == "not shown (below the threshold)");
    CHECK(p.facts().rows[0][1].text == "not given");
    CHECK(p.organisationModel().find("one board's shared answer") != std::string::npos);
}

TEST_CASE("the results page has the report's gaps, change agenda, consensus and reliability", "[gui][results]")
{
    const DemoRound demo(0);
    const auto& instrument = core::builtinInstrument();
    const gui::ResultsPresenter p(demo.db, demo.round, core::Language::Nl);
    REQUIRE(p.hasAnswers());
    const auto& a = p.analysis();
    CHECK(p.gapCount() == std::min<std::size_t>(a.gaps.size(), 12));
    const auto sections = p.tables();
    REQUIRE(sections.size() == 4);
    CHECK(sections[0].title == "De grootste verschillen in cijfers");
    CHECK(sections[0].table.rows.size() == std::min<std::size_t>(a.gaps.size(), 15));
    // The largest gap first, shown with a decimal comma in Dutch.
    const auto gapCell = sections[0].table.rows[0][5];
    REQUIRE(gapCell.number);
    CHECK(*gapCell.number == Approx(a.gaps[0].gap).margin(0.05));
    CHECK(reports::cellText(gapCell, sections[0].table.decimalSeparator).find(',') != std::string::npos);
    CHECK(sections[1].table.rows.size() == 7);
    CHECK_THAT(p.gapLegend(), Catch::StartsWith("Verschil: het verschil tussen twee partijen in punten (0-100); rood en "
                                                "\"niet gelijkgericht\": 15 punten of meer."));
    // d is explained exactly when the table shows it.
    const bool hasD = std::any_of(sections[0].table.columns.begin(), sections[0].table.columns.end(),
                                  [](const auto& c) { return c.key == "d"; });
    CHECK((p.gapLegend().find(" d: ") != std::string::npos) == hasD);
    // Every table says what its measures mean, where it is shown.
    for (const auto& section : sections)
        CHECK_FALSE(section.note.empty());
    CHECK_THAT(sections[3].note, Catch::Contains("Vanaf 0,6"));
    // The index with where it comes from: each component with its weight.
    if (a.index.value)
        CHECK_THAT(core::joinList(p.indexParts(), "\n"), Catch::Contains("(weegt 25%)"));
    CHECK_FALSE(p.congruence().empty());
    // No table names a party below the threshold (Noorderhaven's two insurers).
    REQUIRE_FALSE(a.shown(core::Role::Insurer));
    for (const auto role : {core::Role::Insurer}) {
        const auto name = instrument.shortName(role).in(core::Language::Nl);
        for (const auto& s : sections) {
            for (const auto& c : s.table.columns)
                CHECK(c.header.find(name) == std::string::npos);
            for (const auto& r : s.table.rows)
                for (const auto& c : r)
                    CHECK(c.text.find(name) == std::string::npos);
        }
    }
}

TEST_CASE("a module's questions show what others report beside the board's answer", "[gui][profile][modules]")
{
    TestRound t;
    t.db.setModules(t.round, {"msb_governance"});
    using core::Role;
    const std::map<std::string, std::string> board{{"msb_governance.monitor_annual", "in_place"},
                                                   {"msb_governance.factor_investor", "no_investor"}};
    t.import("respondent,role,item,value\n" + respondent("M1", Role::MsbBoard, board) + respondent("M2", Role::MsbBoard, board) +
             respondent("M3", Role::MsbBoard, board) + respondent("R1", Role::Rvb, {}) + respondent("R2", Role::Rvb, {}) +
             respondent("R3", Role::Rvb, {{"msb_governance.factor_investor", "yes"}}));
    const gui::ProfilePresenter p(t.db, t.round, core::Language::Nl);
    const auto& table = p.profile();
    REQUIRE(table.columns.size() == 5);
    CHECK(table.columns[4].header == "Wat anderen melden");
    const auto row = [&](const std::string& item) {
        const auto* q = core::builtinModule("msb_governance");
        for (const auto& question : q->questions)
            if (question.code == item)
                for (const auto& r : table.rows)
                    if (r[0].text == question.text.in(core::Language::Nl))
                        return r;
        FAIL("no row for " << item);
        return table.rows.front();
    };
    const auto annual = row("msb_governance.monitor_annual");
    CHECK(annual[1].text == "niet aan dit bestuur gevraagd"); // a checklist for the MSB board only
    CHECK(annual[2].text == "Is geregeld");
    CHECK(annual[4].text == "genoemd door 7 van 11 respondenten uit focusklinieken (Masterthesis professional performance, "
                            "Erasmus (2024), §4.3.3.2, tabel 5)");
    const auto investor = row("msb_governance.factor_investor");
    CHECK(investor[1].text == "geen gedeeld antwoord"); // one RvB answer: fewer than k
    CHECK(investor[2].text == "Geen investeerder");
    // A core question has nothing from elsewhere.
    for (const auto& r : table.rows)
        if (r[0].text == core::builtinInstrument().find("profile.org_model")->text.in(core::Language::Nl))
            CHECK(r[4].text.empty());
    CHECK(p.facts().rows[4][1].text == "gelijkgerichtheid 2.0 + Professioneel functioneren en het MSB-bestuur");
}
