// The .lss file against LimeSurvey's own files (../shared/fixtures/limesurvey, from LimeSurvey's
// repository): the same document structure, the same tables and fields, the same conventions.
#include "reports/limesurvey_survey.hpp"

#include "core/instrument/instrument_loader.hpp"
#include "reports/html_document.hpp"
#include "lss_file.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <filesystem>
#include <set>
#include <sstream>

namespace {

using reports::limesurvey::StructureOptions;

const std::string kFixtures = SAMENSPEL_SOURCE_DIR "/../shared/fixtures/limesurvey/";
const std::string kWithSubquestions = "limesurvey_survey_expressionAnswerOptionsTest.lss";
const std::string kWithoutSubquestions = "limesurvey_survey_188432_answerSetsForEmTest.lss";

std::string lss(const core::Instrument& instrument, const StructureOptions& options)
{
    std::ostringstream out;
    reports::limesurvey::writeLss(out, reports::limesurvey::surveyStructure(instrument, options));
    return out.str();
}

/// LimeSurvey's file, or nullopt (with a message saying why the test is skipped) without the fixtures.
std::optional<test::LssDocument> fixture(const std::string& name)
{
    if (!std::filesystem::exists(kFixtures + name)) {
        WARN("skipped: LimeSurvey's own files are not at " << kFixtures << " (the workplace's shared fixtures)");
        return std::nullopt;
    }
    return test::parseLss(test::readTextFile(kFixtures + name));
}

std::vector<std::string> ourTables()
{
    return {"answers",  "answer_l10ns",   "groups",  "group_l10ns", "questions", "subquestions", "question_l10ns",
            "question_attributes", "surveys", "surveys_languagesettings"};
}

} // namespace

TEST_CASE("LimeSurvey's own files keep the conventions the tests check", "[reports][limesurvey]")
{
    for (const auto& name : {kWithSubquestions, kWithoutSubquestions}) {
        const auto doc = fixture(name);
        if (!doc)
            return;
        INFO(name);
        CHECK(test::lssConventionProblems(*doc).empty());
        CHECK(std::stoi(doc->dbVersion) >= 400);
    }
}

TEST_CASE("the survey file has the document structure, tables and fields of LimeSurvey's own", "[reports][limesurvey]")
{
    const auto reference = fixture(kWithSubquestions);
    if (!reference)
        return;
    for (const auto& options : {StructureOptions{{core::Language::Nl}, std::nullopt, 3, "", ""},
                                StructureOptions{{core::Language::Nl, core::Language::En}, std::nullopt, 5, "a1b2c3", "Oost, Nulmeting"},
                                StructureOptions{{core::Language::En}, core::Role::MsbBoard, 3, "a1b2c3", "Oost, Nulmeting"}}) {
        const auto ours = test::parseLss(lss(core::builtinInstrument(), options));
        INFO("languages " << options.languages.size() << ", for one role " << options.role.has_value());
        CHECK(ours.root == reference->root);
        CHECK(ours.docType == reference->docType);
        CHECK(std::stoi(ours.dbVersion) >= 400);
        // Each element in the place LimeSurvey puts it.
        std::size_t last = 0;
        for (const auto& element : ours.elements) {
            const auto at = std::find(reference->elements.begin(), reference->elements.end(), element);
            REQUIRE(at != reference->elements.end());
            const auto index = static_cast<std::size_t>(at - reference->elements.begin());
            CHECK(index >= last);
            last = index;
        }
        for (const auto& table : ourTables()) {
            INFO(table);
            if (table == "subquestions" && options.role) // a survey for one role still has arrays
                CHECK(!ours.table(table).rows.empty());
            CHECK(ours.table(table).fields == reference->table(table).fields);
        }
        CHECK(test::lssConventionProblems(ours).empty());
        for (const auto& problem : test::lssConventionProblems(ours))
            UNSCOPED_INFO(problem);
    }
}

TEST_CASE("the survey asks every question of the instrument, once, in LimeSurvey's forms", "[reports][limesurvey]")
{
    const auto& instrument = core::builtinInstrument();
    const auto doc = test::parseLss(lss(instrument, {{core::Language::Nl, core::Language::En}, std::nullopt, 4, "", ""}));
    // Each statement, mark and profile question is a subquestion or question text in both languages.
    std::multiset<std::string> texts;
    for (const auto& row : doc.table("question_l10ns").rows)
        texts.insert(row.get("question").value_or(""));
    for (const auto& q : instrument.questions()) {
        INFO(q.code);
        CHECK(texts.count(reports::htmlEscape(q.text.nl)) == 1);
        CHECK(texts.count(reports::htmlEscape(q.text.en)) == 1);
    }
    // "weet niet / n.v.t." is an answer option of every array, not a missing value.
    std::set<std::string> arrays;
    for (const auto& row : doc.table("questions").rows)
        if (row.get("type") == "F")
            arrays.insert(row.get("qid").value_or(""));
    CHECK(arrays.size() == 14); // statements and marks of the seven elements
    std::map<std::string, std::string> codeOf;
    for (const auto& row : doc.table("answers").rows)
        codeOf[row.get("aid").value_or("")] = row.get("qid").value_or("") + "/" + row.get("code").value_or("");
    std::set<std::string> withNoAnswer;
    for (const auto& row : doc.table("answer_l10ns").rows)
        if (row.get("answer") == instrument.likert().noAnswer.nl) {
            const auto owner = codeOf[row.get("aid").value_or("")];
            CHECK(owner.ends_with("/NA"));
            withNoAnswer.insert(owner.substr(0, owner.find('/')));
        }
    CHECK(withNoAnswer == arrays);
    // Anonymous, and it says so.
    const auto& survey = doc.table("surveys").rows.at(0);
    for (const auto& [field, value] : std::map<std::string, std::string>{{"anonymized", "Y"}, {"ipaddr", "N"}, {"refurl", "N"},
                                                                          {"savetimings", "N"}, {"datestamp", "N"},
                                                                          {"usecookie", "Y"}, {"allowsave", "N"}}) {
        INFO(field);
        CHECK(survey.get(field) == value);
    }
    const auto& settings = doc.table("surveys_languagesettings").rows;
    REQUIRE(settings.size() == 2);
    CHECK(settings[0].get("surveyls_welcometext").value_or("").find("zonder uw naam") != std::string::npos);
    CHECK(settings[0].get("surveyls_welcometext").value_or("").find("ten minste 4 ") != std::string::npos);
    CHECK(settings[1].get("surveyls_welcometext").value_or("").find("without your name") != std::string::npos);
    CHECK(survey.get("language") == "nl");
    CHECK(survey.get("additional_languages") == "en");
}

TEST_CASE("a survey for one role asks only that role's questions and stores the role itself", "[reports][limesurvey]")
{
    const auto& instrument = core::builtinInstrument();
    const auto doc = test::parseLss(lss(instrument, {{core::Language::Nl}, core::Role::Gp, 3, "", ""}));
    std::size_t asked = 0;
    for (const auto& q : instrument.questions())
        asked += q.askedOf(core::Role::Gp) ? 1U : 0U;
    REQUIRE(asked > 0);
    // The hidden equation holding the role, then a row of an array or a question per question asked of a GP.
    std::size_t own = 0;
    for (const auto& row : doc.table("questions").rows)
        own += row.get("type") != "F" && row.get("type") != "*" ? 1U : 0U;
    CHECK(doc.table("subquestions").rows.size() + own == asked);
    const auto& first = doc.table("questions").rows.at(0);
    CHECK(first.get("type") == "*");
    CHECK(first.get("title") == "roleHA");
    for (const auto& row : doc.table("questions").rows)
        CHECK(row.get("relevance") == "1");
    std::map<std::string, std::string> attributes;
    for (const auto& row : doc.table("question_attributes").rows)
        if (row.get("qid") == first.get("qid"))
            attributes[*row.get("attribute")] = *row.get("value");
    CHECK(attributes == std::map<std::string, std::string>{{"equation", "HA"}, {"hidden", "1"}});
}

TEST_CASE("a value that would end a CDATA section is still read back whole", "[reports][limesurvey]")
{
    reports::limesurvey::SurveyStructure s;
    s.dbVersion = 495;
    s.languages = {"nl"};
    s.tables = {{"surveys", {"sid", "language", "additional_languages"}, {{"1", "nl", ""}}},
                {"groups", {"gid", "grelevance"}, {{"1", "a ]]> b\x01 & <c>"}}}};
    std::ostringstream out;
    reports::limesurvey::writeLss(out, s);
    const auto doc = test::parseLss(out.str());
    CHECK(doc.table("groups").rows.at(0).get("grelevance") == "a ]]> b & <c>");
    CHECK(doc.table("surveys").rows.at(0).values.at("additional_languages").text.empty());
}

TEST_CASE("a survey for a round carries the round's check, and its texts are in the survey's language", "[reports][limesurvey]")
{
    const auto& instrument = core::builtinInstrument();
    const auto doc = test::parseLss(lss(instrument, {{core::Language::En}, core::Role::Rvb, 3, "k3x9q0", "Oost, Nulmeting"}));
    // Two hidden equations on the first page: the role and the round's check with the survey's tag.
    const auto& questions = doc.table("questions").rows;
    REQUIRE(questions.size() > 2);
    CHECK(questions[0].get("title") == "roleRVB");
    CHECK(questions[1].get("title") == "samenspel");
    CHECK(questions[1].get("type") == "*");
    std::map<std::string, std::string> attributes;
    for (const auto& row : doc.table("question_attributes").rows)
        if (row.get("qid") == questions[1].get("qid"))
            attributes[*row.get("attribute")] = *row.get("value");
    CHECK(attributes == std::map<std::string, std::string>{{"equation", "k3x9q0-RVB-EN"}, {"hidden", "1"}});
    CHECK(doc.table("surveys_languagesettings").rows.at(0).get("surveyls_title").value_or("").ends_with(
        " \u2013 Oost, Nulmeting \u2013 Executive board"));

    // In Dutch, what the respondent reads of ours is Dutch.
    const auto nl = test::parseLss(lss(instrument, {{core::Language::Nl}, std::nullopt, 3, "", ""}));
    CHECK(nl.table("group_l10ns").rows.at(0).get("group_name") == "Over u");
    CHECK(nl.table("question_l10ns").rows.at(0).get("question") == "In welke rol vult u deze vragenlijst in?");
    const auto welcome = nl.table("surveys_languagesettings").rows.at(0).get("surveyls_welcometext").value_or("");
    CHECK(welcome.find("zonder uw naam, e-mailadres of IP-adres") != std::string::npos);
    CHECK(welcome.find("ten minste 3 personen") != std::string::npos);
    CHECK(welcome.find("answer") == std::string::npos);
}
