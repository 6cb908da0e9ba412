#include "core/limesurvey/survey_codes.hpp"

#include "core/instrument/instrument_loader.hpp"

#include <catch2/catch.hpp>

#include <regex>
#include <set>

using namespace core;
namespace ls = core::limesurvey;

TEST_CASE("every question of each built-in instrument has a LimeSurvey name that leads back to it", "[core][limesurvey]")
{
    const std::regex questionCode("[A-Za-z][A-Za-z0-9]{0,19}");
    const std::regex subquestionCode("[A-Za-z0-9]{1,20}");
    for (const auto* instrument : builtinInstrumentVersions()) {
        INFO(instrument->version());
        const ls::SurveyCodes codes(*instrument);
        std::set<std::string> headings;
        for (const auto& q : instrument->questions()) {
            INFO(q.code);
            const auto& place = codes.place(q);
            CHECK(std::regex_match(place.question, questionCode));
            CHECK(headings.insert(place.heading()).second);
            const bool array = q.kind == QuestionKind::Likert || q.kind == QuestionKind::Rating;
            CHECK(place.subquestion.empty() == !array);
            if (array)
                CHECK(std::regex_match(place.subquestion, subquestionCode));
            CHECK(codes.find(place.question, place.subquestion) == &q);
            CHECK(codes.isArray(place.question) == array);
        }
    }
}

TEST_CASE("LimeSurvey names follow the documented rule", "[core][limesurvey]")
{
    const ls::SurveyCodes codes(builtinInstrument());
    const auto& i = builtinInstrument();
    CHECK(codes.place(*i.find("shared_values.04a")).heading() == "sharedvalues[04a]");
    CHECK(codes.place(*i.find("strategy.current")).heading() == "strategyrating[current]");
    CHECK(codes.place(*i.find("profile.hospital_type")).heading() == "hospitaltype");
    // Cut at 20 characters: LimeSurvey's limit for a question code.
    CHECK(codes.place(*i.find("profile.specialists_self_employed")).heading() == "specialistsselfemplo");
    // Found in any case, and not under a name that is not ours.
    CHECK(codes.find("SharedValues", "04A") == i.find("shared_values.04a"));
    CHECK(codes.find("sharedvalues", "99") == nullptr);
    CHECK(codes.find("sharedvalues", "") == nullptr);
    CHECK(codes.find("hospitaltype", "x") == nullptr);
}

TEST_CASE("answer codes fit LimeSurvey's five characters and say one thing each", "[core][limesurvey]")
{
    std::set<std::string> roleCodes;
    for (const auto role : kRoles) {
        const std::string c(ls::roleCode(role));
        CHECK(!c.empty());
        CHECK(c.size() <= ls::kMaxAnswerCodeLength);
        CHECK(roleCodes.insert(c).second);
        CHECK(ls::roleOfCode(c) == role);
        CHECK(ls::roleOfCode(" " + c + " ") == role);
        CHECK(ls::fixedRoleQuestion(role).size() <= ls::kMaxCodeLength);
    }
    CHECK(ls::roleOfCode("rvb") == Role::Rvb);
    CHECK(!ls::roleOfCode("Raad van Bestuur"));
    std::size_t most = 0;
    for (const auto* instrument : builtinInstrumentVersions())
        for (const auto& q : instrument->questions())
            most = std::max(most, q.options.size());
    CHECK(ls::optionCode(most - 1).size() <= ls::kMaxAnswerCodeLength);
    CHECK(ls::optionCode(0) == "A1");
}

TEST_CASE("an instrument whose questions would share a LimeSurvey name is refused with both named", "[core][limesurvey]")
{
    // The built-in instrument with a profile question added whose name differs only by '_'.
    Instrument::Parts parts = builtinInstrument().parts();
    auto clash = *builtinInstrument().find("profile.hospital_type");
    clash.code = "profile.hospitaltype";
    parts.questions.push_back(clash);
    auto time = *builtinInstrument().find("profile.goodwill");
    time.code = "profile.token";
    parts.questions.push_back(time);
    const Instrument instrument(parts);
    try {
        const ls::SurveyCodes codes(instrument);
        FAIL("accepted");
    } catch (const InvalidData& e) {
        REQUIRE(e.problems().size() == 2);
        CHECK(e.problems()[0].where == "profile.hospitaltype");
        CHECK(e.problems()[0].what.args == std::vector<std::string>{"hospitaltype", "profile.hospital_type"});
        CHECK(e.problems()[1].where == "profile.token");
    }
}
