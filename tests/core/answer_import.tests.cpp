#include "core/answers/answer_import.hpp"
#include "core/instrument/instrument_loader.hpp"
#include "generated_input.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <sstream>

using namespace core;

namespace {

/// Records what the importer hands over, and plays an existing respondent "OLD".
class MemorySink : public AnswerSink {
public:
    std::map<std::string, Role> respondents;
    std::map<std::pair<std::string, std::string>, AnswerValue> answers;

    Status beginRespondent(const std::string& code, Role role) override
    {
        if (code == "OLD")
            return Status::Exists;
        respondents[code] = role;
        return Status::Ok;
    }
    Status addAnswer(const std::string& respondent, const std::string& item, const AnswerValue& value) override
    {
        return answers.emplace(std::pair{respondent, item}, value).second ? Status::Ok : Status::Duplicate;
    }
};

ImportSummary import(const std::string& text, MemorySink& sink)
{
    std::istringstream in(text);
    return importAnswers(in, builtinInstrument(), sink);
}

std::vector<std::string> rendered(const ImportSummary& s)
{
    std::vector<std::string> out;
    for (const auto& p : s.problems)
        out.push_back(p.render(Language::En));
    return out;
}

} // namespace

TEST_CASE("long layout: values, no-answers and choice codes", "[core][import]")
{
    MemorySink sink;
    const auto s = import("respondent,role,item,value\n"
                          "R01,rvb,strategy.01,4\n"
                          "R01,rvb,strategy.02,weet niet\n"
                          "R01,rvb,structure.04,N.V.T.\n"
                          "R01,rvb,strategy.current,7\n"
                          "R01,rvb,profile.org_model,combi\n"
                          "R01,rvb,profile.specialists_salaried,61\n"
                          "R02,MSB_Board,strategy.01, 2 \n"
                          "R02,msb_board,strategy.02,\n",
                          sink);
    REQUIRE(s.ok());
    CHECK(s.layout == CsvLayout::Long);
    CHECK(s.respondents == 2);
    CHECK(s.answers == 5);
    CHECK(s.noAnswers == 3);
    CHECK(sink.respondents.at("R02") == Role::MsbBoard);
    CHECK(std::get<int>(sink.answers.at({"R01", "strategy.01"})) == 4);
    CHECK(std::get<std::string>(sink.answers.at({"R01", "profile.org_model"})) == "combi");
    CHECK(std::holds_alternative<std::monostate>(sink.answers.at({"R01", "strategy.02"})));
    CHECK(std::get<int>(sink.answers.at({"R02", "strategy.01"})) == 2);
}

TEST_CASE("wide layout as Excel writes it on a Dutch machine", "[core][import]")
{
    MemorySink sink;
    const auto s = import("\xEF\xBB\xBFrespondent;rol;strategy.01;strategy.02;profile.joint_table;strategy.current\r\n"
                          "R01;rvb;5;\"3\";Deels gezamenlijk;8\r\n"
                          "R02;gp;;;;\r\n"
                          ";;;;;\r\n",
                          sink);
    INFO((s.ok() ? std::string() : rendered(s).front()));
    REQUIRE(s.ok());
    CHECK(s.layout == CsvLayout::Wide);
    CHECK(s.separator == ';');
    CHECK(s.respondents == 2);
    CHECK(std::get<int>(sink.answers.at({"R01", "strategy.02"})) == 3);
    // A choice may be given by its label as well as by its code.
    REQUIRE(builtinInstrument().find("profile.joint_table")->option("partly")->label.nl == "Deels gezamenlijk");
    CHECK(std::get<std::string>(sink.answers.at({"R01", "profile.joint_table"})) == "partly");
}

TEST_CASE("the bad-input matrix: every problem with line, column and what was expected", "[core][import]")
{
    struct Case {
        const char* name;
        std::string csv;
        std::string expected;
    };
    const std::string h = "respondent,role,item,value\n";
    const std::vector<Case> cases{
        {"empty file", "", "the file is empty"},
        {"unknown header", "naam,functie\n", "line 1: the header must start with the columns respondent and role"},
        {"unknown item column", "respondent,role,strategy.01,finance.01\n", "line 1, column D (finance.01), value \"finance.01\": not a question code"},
        {"repeated item column", "respondent,role,strategy.01,strategy.01\n", "column D (strategy.01), value \"strategy.01\": this question already has column C"},
        {"value out of range", h + "R01,rvb,strategy.01,7\n", "line 2, column D (value), value \"7\": expected a whole number from 1 to 5"},
        {"not a number", h + "R01,rvb,strategy.01,veel\n", "value \"veel\": expected a whole number from 1 to 5"},
        {"fraction", h + "R01,rvb,strategy.01,3.5\n", "value \"3.5\": expected a whole number"},
        {"rating out of range", h + "R01,rvb,strategy.current,11\n", "expected a whole number from 0 to 10"},
        {"unknown choice", h + "R01,rvb,profile.org_model,ziekenfonds\n", "expected one of salaried, msb_transparent"},
        {"unknown role", h + "R01,patient,strategy.01,3\n", "column B (role), value \"patient\": not a role; expected one of rvb, msb_board"},
        {"a name for a code", h + "Jan de Vries,rvb,strategy.01,3\n", "never a name"},
        {"empty code", h + ",rvb,strategy.01,3\n", "the respondent code is empty"},
        {"unknown item", h + "R01,rvb,finance.01,3\n", "column C (item), value \"finance.01\": not a question code of instrument gelijkgerichtheid"},
        {"role changes", h + "R01,rvb,strategy.01,3\nR01,gp,strategy.02,3\n", "line 3, column B (role), value \"gp\": respondent R01 has role rvb on line 2"},
        {"answered twice", h + "R01,rvb,strategy.01,3\nR01,rvb,strategy.01,4\n", "line 3, column D (value), value \"4\": respondent R01 answers question strategy.01 twice"},
        {"field count", h + "R01,rvb,strategy.01\n", "line 2: this line has another number of fields (3) than the header (4)"},
        {"existing respondent", h + "OLD,rvb,strategy.01,3\n", "respondent OLD is already in this assessment; use --replace"},
        {"wide row twice", "respondent,role,strategy.01\nR01,rvb,3\nR01,rvb,4\n", "line 3, column A (respondent), value \"R01\": this respondent already has a row (line 2)"},
        {"unclosed quote", h + "R01,rvb,strategy.01,\"3\n", "line 2: a quoted field is not closed"},
    };
    for (const auto& c : cases) {
        INFO(c.name);
        MemorySink sink;
        const auto problems = rendered(import(c.csv, sink));
        REQUIRE_FALSE(problems.empty());
        bool found = false;
        for (const auto& p : problems)
            found = found || p.find(c.expected) != std::string::npos;
        INFO("got: " << problems.front());
        CHECK(found);
    }
}

TEST_CASE("an item not put to the respondent's role", "[core][import]")
{
    // Find an item that is not put to GPs.
    const Question* notForGp = nullptr;
    for (const auto& q : builtinInstrument().questions())
        if (q.kind == QuestionKind::Likert && !q.askedOf(Role::Gp)) {
            notForGp = &q;
            break;
        }
    REQUIRE(notForGp);
    MemorySink sink;
    SECTION("an answer is a problem")
    {
        const auto s = import("respondent,role,item,value\nH01,gp," + notForGp->code + ",4\n", sink);
        REQUIRE(s.problems.size() == 1);
        CHECK(rendered(s)[0].find("question " + notForGp->code + " is not put to role gp") != std::string::npos);
    }
    SECTION("an empty cell is simply skipped")
    {
        const auto s = import("respondent,role,item,value\nH01,gp," + notForGp->code + ",\n", sink);
        CHECK(s.ok());
        CHECK(sink.answers.empty());
    }
}

TEST_CASE("all problems of a file are listed, not only the first", "[core][import]")
{
    MemorySink sink;
    const auto s = import("respondent,role,item,value\n"
                          "R01,rvb,strategy.01,9\n"
                          "R02,koning,strategy.01,3\n"
                          "R03,rvb,strategy.99,3\n"
                          "R04,rvb,strategy.01,2\n"
                          "R05,rvb,strategy.01,0\n",
                          sink);
    const auto problems = rendered(s);
    REQUIRE(problems.size() == 4);
    CHECK(problems[0].starts_with("line 2,"));
    CHECK(problems[1].starts_with("line 3,"));
    CHECK(problems[2].starts_with("line 4,"));
    CHECK(problems[3].starts_with("line 6,"));
}

TEST_CASE("problems are rendered in Dutch by default", "[core][import][i18n]")
{
    MemorySink sink;
    const auto s = import("respondent,role,item,value\nR01,rvb,strategy.01,9\n", sink);
    REQUIRE(s.problems.size() == 1);
    const auto nl = s.problems[0].render(Language::Nl);
    CHECK(nl.find("regel 2") != std::string::npos);
    CHECK(nl.find("kolom D (value)") != std::string::npos);
}

TEST_CASE("what spreadsheets really write is accepted", "[core][import]")
{
    MemorySink sink;
    SECTION("a trailing separator on every line, and blank lines before the header")
    {
        const auto s = import("\r\n;;;;\r\nrespondent;role;strategy.01;strategy.02;\r\nR01;rvb;4;3;\r\nR02;rvb;2;2;\r\n", sink);
        INFO((s.ok() ? std::string() : rendered(s).front()));
        CHECK(s.ok());
        CHECK(sink.answers.size() == 4);
    }
    SECTION("a long file with a remarks column")
    {
        const auto s = import("respondent,role,item,value,opmerking\nR01,rvb,strategy.01,4,ingevuld op papier\n", sink);
        CHECK(s.ok());
        CHECK(s.layout == CsvLayout::Long);
    }
    SECTION("codes in another case")
    {
        const auto s = import("Respondent,Role,Strategy.01\nR01,RVB,4\n", sink);
        CHECK(s.ok());
        CHECK(sink.answers.contains({"R01", "strategy.01"}));
    }
}

TEST_CASE("a header problem does not hide the problems in the rows", "[core][import]")
{
    MemorySink sink;
    const auto s = import("respondent,role,strategy.01,strategy.99\nR01,rvb,9,1\nR02,baas,3,3\n", sink);
    const auto problems = rendered(s);
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].find("line 1, column D (strategy.99)") != std::string::npos);
    CHECK(problems[1].find("line 2, column C (strategy.01), value \"9\"") != std::string::npos);
    CHECK(problems[2].find("line 3, column B (role), value \"baas\"") != std::string::npos);
}

TEST_CASE("input that cannot be read as intended is refused with the reason", "[core][import]")
{
    MemorySink sink;
    SECTION("a thousands separator in a count")
    {
        const auto s = import("respondent,role,item,value\nR01,rvb,profile.specialists_self_employed,1.000\n", sink);
        REQUIRE(s.problems.size() == 1);
        CHECK(rendered(s)[0].find("without thousands separators") != std::string::npos);
        CHECK(sink.answers.empty());
    }
    SECTION("UTF-16 text")
    {
        const std::string utf16("\xFF\xFEr\0e\0s\0", 8);
        const auto s = import(utf16, sink);
        REQUIRE_FALSE(s.ok());
        CHECK(rendered(s).back().find("UTF-16") != std::string::npos);
    }
    SECTION("a value in a column without a header")
    {
        const auto s = import("respondent,role,strategy.01,\nR01,rvb,4,5\n", sink);
        REQUIRE(s.problems.size() == 1);
        CHECK(rendered(s)[0] == "line 2, column D, value \"5\": this column has no question code in the header");
    }
    SECTION("the same respondent written in another case")
    {
        const auto s = import("respondent,role,strategy.01\nR01,rvb,4\nr01,rvb,3\n", sink);
        REQUIRE(s.problems.size() == 1);
        CHECK(rendered(s)[0].find("this respondent already has a row (line 2)") != std::string::npos);
    }
}

namespace {

bool saysEmpty(const ImportSummary& s)
{
    for (const auto& p : rendered(s))
        if (p.find("the file is empty") != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST_CASE("a file is only empty when it holds nothing but blanks", "[core][import][hostile]")
{
    MemorySink sink;
    for (const std::string blank : {"", "\xEF\xBB\xBF", "  \r\n\t\n\r"}) {
        const auto problems = rendered(import(blank, sink));
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].starts_with("the file is empty"));
    }
    const auto separators = rendered(import(";;;\r\n;;;\r\n", sink));
    REQUIRE(separators.size() == 1);
    CHECK(separators[0] == "the file holds only empty cells: expected a header line such as respondent,role,item,value");
}

TEST_CASE("binary, UTF-16 and random input get their reason, never \"the file is empty\"", "[core][import][hostile]")
{
    MemorySink sink;
    SECTION("zeros without end")
    {
        test::GeneratedInput source(test::GeneratedInput::repeat("", std::string(1, '\0')), std::uint64_t{1} << 30);
        std::istream in(&source);
        const auto s = importAnswers(in, builtinInstrument(), sink);
        REQUIRE(s.problemCount == 1);
        CHECK(rendered(s)[0].starts_with("line 1: this is not a text file: binary data (a NUL byte) at byte 1 of the file"));
    }
    SECTION("random bytes")
    {
        test::GeneratedInput source(test::GeneratedInput::randomByte, std::uint64_t{1} << 30);
        std::istream in(&source);
        const auto s = importAnswers(in, builtinInstrument(), sink);
        REQUIRE(s.problemCount == 1);
        CHECK(rendered(s)[0].find("this is not a text file") != std::string::npos);
        CHECK(sink.answers.empty());
    }
    SECTION("random bytes without a NUL byte")
    {
        std::string bytes;
        for (std::uint64_t i = 0; bytes.size() < 100000; ++i)
            if (const char c = test::GeneratedInput::randomByte(i); c != '\0')
                bytes += c;
        const auto s = import(bytes, sink);
        REQUIRE_FALSE(s.ok());
        CHECK_FALSE(saysEmpty(s));
        CHECK(sink.answers.empty());
    }
    SECTION("UTF-16 with and without byte-order mark")
    {
        const std::string text = "respondent,role,item,value\nR01,rvb,strategy.01,4\n";
        for (const std::string bom : {"", "\xFF\xFE"}) {
            std::string le = bom;
            for (const char c : text)
                le += std::string{c, '\0'};
            const auto s = import(le, sink);
            REQUIRE(s.problemCount == 1);
            CHECK(rendered(s)[0].starts_with("the file is UTF-16LE text"));
        }
    }
}

TEST_CASE("a file with CR-only line ends imports like any other", "[core][import]")
{
    MemorySink sink;
    const auto s = import("respondent;role;item;value;opmerking\rR01;rvb;strategy.01;4;\"op papier,\rovergetypt\"\r"
                          "R01;rvb;strategy.02;weet niet;\rR02;msb_board;strategy.01;2;\r",
                          sink);
    INFO((s.ok() ? std::string() : rendered(s).front()));
    REQUIRE(s.ok());
    CHECK(s.separator == ';');
    CHECK(s.respondents == 2);
    CHECK(s.answers == 2);
    CHECK(std::get<int>(sink.answers.at({"R02", "strategy.01"})) == 2);
}

TEST_CASE("two files joined: the byte-order mark in between is named visibly", "[core][import][hostile]")
{
    MemorySink sink;
    const std::string header = "\xEF\xBB\xBFrespondent,role,item,value\r\n";
    const auto s = import(header + "R01,rvb,strategy.01,4\r\n" + header + "R02,rvb,strategy.01,4\r\n", sink);
    const auto problems = rendered(s);
    REQUIRE(problems.size() == 3); // the second header is read as a row
    CHECK(problems[0].starts_with("line 3: an invisible byte-order mark (U+FEFF) is in this line"));
    CHECK(problems[1].starts_with("line 3, column B (role), value \"role\": not a role"));
    CHECK(problems[2].starts_with("line 3, column C (item), value \"item\": not a question code"));
    for (const auto& p : problems)
        CHECK(p.find("\xEF\xBB\xBF") == std::string::npos);
}

TEST_CASE("values in problems are shortened and made visible", "[core][import][hostile]")
{
    MemorySink sink;
    const auto s = import("respondent,role,item,value\nR01,rvb,strategy.01," + std::string(300, '9') +
                              "\nR02,r\xE2\x80\x8B" "vb,strategy.01,3\n",
                          sink);
    const auto problems = rendered(s);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].starts_with("line 2, column D (value), value \"" + std::string(40, '9') + "\xE2\x80\xA6\": expected"));
    CHECK(problems[1].starts_with("line 3, column B (role), value \"r<U+200B>vb\": not a role"));
    const auto header = rendered(import("naam\tfunctie,x\n", sink));
    REQUIRE(header.size() == 1);
    CHECK(header[0].ends_with("this one starts with \"naam<U+0009>functie,x\""));
}

TEST_CASE("10,000 problems: the first 50 are listed and all are counted", "[core][import][hostile]")
{
    MemorySink sink;
    std::string csv = "respondent,role,item,value\n";
    for (int i = 0; i < 10000; ++i)
        csv += "R" + std::to_string(i) + ",rvb,strategy.01,9\n";
    const auto s = import(csv, sink);
    CHECK(s.problemCount == 10000);
    REQUIRE(s.problems.size() == ImportSummary::kListedProblems);
    CHECK(s.problems.capacity() <= 2 * ImportSummary::kListedProblems);
    CHECK(s.problems.front().line == 2);
    CHECK(s.problems.back().line == 51);
    CHECK_FALSE(s.ok());

    SECTION("the problem that stopped the reading is listed too, last")
    {
        const auto stopped = import(csv + std::string("R\0", 2), sink);
        CHECK(stopped.problemCount == 10001);
        REQUIRE(stopped.problems.size() == ImportSummary::kListedProblems + 1);
        CHECK(stopped.problems.back().render(Language::En).starts_with("line 10002: this is not a text file"));
    }
}

TEST_CASE("more respondents than any hospital has stops the reading", "[core][import][hostile]")
{
    MemorySink sink;
    std::string csv = "respondent,role,item,value\n";
    for (std::size_t i = 0; i <= kMaxImportRespondents + 10; ++i)
        csv += "R" + std::to_string(i) + ",rvb,strategy.01,3\n";
    const auto s = import(csv, sink);
    REQUIRE(s.problemCount == 1);
    CHECK(rendered(s)[0] == "line " + std::to_string(kMaxImportRespondents + 2) + ", column A (respondent), value \"R" +
                                std::to_string(kMaxImportRespondents) + "\": the file holds more than " +
                                std::to_string(kMaxImportRespondents) +
                                " respondents, more than any hospital has; the reading stops here. Is this the right file?");
    CHECK(sink.respondents.size() == kMaxImportRespondents);
}
