// LimeSurvey out and in, as an advisor does it: the survey exported as .lss; the responses as
// LimeSurvey would export them for that very file (headings and answer texts read from the .lss,
// not from our code); imported; the same scores as the same answers through our own CSV.
#include "cli_session.hpp"

#include "core/instrument/instrument_loader.hpp"
#include "lss_file.hpp"
#include "reports/html_document.hpp"

#include <algorithm>
#include <map>
#include <optional>

using namespace clitest;

namespace {

using core::Question;
using core::QuestionKind;
using core::Role;

/// One person's answer: a value, "weet niet / n.v.t." (no value) or nothing at all (skipped).
struct Given {
    std::optional<int> number;
    std::optional<std::size_t> option;
    bool noAnswer = false;
    bool skipped() const { return !number && !option && !noAnswer; }
};

struct Person {
    int id = 0;
    Role role = Role::Rvb;
    std::string lang = "nl";
    bool submitted = true;
    std::map<const Question*, Given> answers;
};

std::vector<Person> people()
{
    const auto& instrument = core::builtinInstrument();
    std::mt19937 random(19);
    const auto chance = [&](int percent) { return static_cast<int>(random() % 100) < percent; };
    const auto below = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
    std::vector<Person> out;
    const std::vector<std::pair<Role, int>> roles{{Role::Rvb, 4},     {Role::MsbBoard, 4}, {Role::SpecialistSelfEmployed, 5},
                                                  {Role::Nursing, 3}, {Role::Gp, 3},       {Role::Rvb, 2}};
    for (std::size_t group = 0; group < roles.size(); ++group)
        for (int i = 0; i < roles[group].second; ++i) {
            Person p;
            p.id = static_cast<int>(out.size()) * 3 + 7; // LimeSurvey's ids have gaps
            p.role = roles[group].first;
            p.lang = chance(30) ? "en" : "nl";
            p.submitted = group + 1 < roles.size(); // the last two never submitted
            for (const auto& q : instrument.questions()) {
                if (!q.askedOf(p.role) || chance(8))
                    continue;
                Given g;
                if (q.kind == QuestionKind::Choice)
                    g.option = static_cast<std::size_t>(below(static_cast<int>(q.options.size())));
                else if (q.kind != QuestionKind::Number && chance(10))
                    g.noAnswer = true;
                else
                    g.number = q.kind == QuestionKind::Number ? below(1500) : q.min + below(q.max - q.min + 1);
                p.answers[&q] = g;
            }
            out.push_back(std::move(p));
        }
    return out;
}

/// The answers in our long layout, respondent codes as the LimeSurvey import makes them: a question
/// skipped has no line (not answered), "weet niet" is an answer of its own.
std::string ownCsv(const std::vector<Person>& everyone)
{
    std::string csv = "respondent,role,item,value\n";
    for (const auto& p : everyone) {
        if (!p.submitted)
            continue;
        for (const auto& [q, g] : p.answers)
            csv += "LS-" + std::to_string(p.id) + "," + std::string(core::code(p.role)) + "," + q->code + "," +
                   (g.number ? std::to_string(*g.number) : g.option ? q->options[*g.option].code : "weet niet") + "\n";
    }
    return csv;
}

enum class Answers { Codes, Texts };
enum class Headings { Brackets, Underscore, CodeAndText };

/// What LimeSurvey's response export holds for this .lss: its columns in LimeSurvey's order (groups,
/// questions, subquestions by their orders), each tied to our question by its Dutch text, and each
/// question's answer codes with their texts per language.
class Export {
public:
    explicit Export(const test::LssDocument& doc)
        : m_base(doc.languages.at(0)), m_lang(m_base == "nl" ? core::Language::Nl : core::Language::En)
    {
        std::map<std::string, std::map<std::string, std::string>> texts; // qid -> language -> text
        for (const auto& row : doc.table("question_l10ns").rows)
            texts[*row.get("qid")][*row.get("language")] = *row.get("question");
        std::map<std::string, std::string> answerOwner; // aid -> qid / code
        for (const auto& row : doc.table("answers").rows)
            answerOwner[*row.get("aid")] = *row.get("qid") + "\x1f" + *row.get("code");
        for (const auto& row : doc.table("answer_l10ns").rows) {
            const auto owner = answerOwner[*row.get("aid")];
            const auto cut = owner.find('\x1f');
            m_answers[owner.substr(0, cut)].push_back({owner.substr(cut + 1), *row.get("language"), *row.get("answer")});
        }
        std::map<std::string, int> groupOrder;
        for (const auto& row : doc.table("groups").rows)
            groupOrder[*row.get("gid")] = std::stoi(*row.get("group_order"));
        auto questions = doc.table("questions").rows;
        std::sort(questions.begin(), questions.end(), [&](const auto& a, const auto& b) {
            return std::pair(groupOrder[*a.get("gid")], std::stoi(*a.get("question_order"))) <
                   std::pair(groupOrder[*b.get("gid")], std::stoi(*b.get("question_order")));
        });
        const auto ours = [&](const std::string& qid) -> const Question* {
            for (const auto& q : core::builtinInstrument().questions())
                if (reports::htmlEscape(q.text.in(m_lang)) == texts[qid][m_base])
                    return &q;
            return nullptr;
        };
        for (const auto& question : questions) {
            const auto qid = *question.get("qid");
            const auto title = *question.get("title");
            if (question.get("type") == "*") { // a hidden equation: its value is stored with every response
                for (const auto& row : doc.table("question_attributes").rows)
                    if (row.get("qid") == qid && row.get("attribute") == "equation")
                        m_columns.push_back({title, {}, qid, nullptr, *row.get("value"), true});
                continue;
            }
            if (question.get("type") != "F") {
                m_columns.push_back({title, {}, qid, title == "role" ? nullptr : ours(qid), texts[qid][m_base]});
                continue;
            }
            auto rows = doc.table("subquestions").rows;
            std::erase_if(rows, [&](const auto& r) { return r.get("parent_qid") != qid; });
            std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
                return std::stoi(*a.get("question_order")) < std::stoi(*b.get("question_order"));
            });
            for (const auto& row : rows)
                m_columns.push_back({title, *row.get("title"), qid, ours(*row.get("qid")), texts[*row.get("qid")][m_base]});
        }
        for (const auto& row : doc.table("groups").rows)
            m_gids.push_back(*row.get("gid"));
    }

    /// Every column is one of ours or the role question.
    std::size_t unmatched() const
    {
        return static_cast<std::size_t>(
            std::count_if(m_columns.begin(), m_columns.end(), [](const auto& c) { return !c.question && c.title != "role" && !c.equation; }));
    }

    std::string csv(const std::vector<Person>& everyone, Answers answers, Headings headings) const
    {
        std::vector<std::string> header{"id", "submitdate", "lastpage", "startlanguage", "seed", "token", "startdate",
                                        "datestamp", "ipaddr", "refurl"};
        if (headings == Headings::CodeAndText) {
            header[0] = "id. Antwoord-ID";
            header[1] = "submitdate. Datum verstuurd";
        }
        for (const auto& c : m_columns) {
            auto heading = c.sub.empty() ? c.title : headings == Headings::Underscore ? c.title + "_" + c.sub : c.title + "[" + c.sub + "]";
            if (headings == Headings::CodeAndText)
                heading += ". " + (c.equation ? c.title : c.text);
            header.push_back(heading);
        }
        header.push_back("interviewtime");
        for (const auto& gid : m_gids)
            header.push_back("groupTime" + std::to_string(std::stoi(gid) + 4000)); // renumbered by LimeSurvey
        header.push_back("roleTime");
        header.push_back("sharedvaluesTime");
        std::string out = "\xEF\xBB\xBF" + line(header);
        for (const auto& p : everyone) {
            std::vector<std::string> cells{std::to_string(p.id), p.submitted ? "1980-01-01 00:00:00" : "", p.submitted ? "9" : "3",
                                           p.lang, std::to_string(100000 + p.id * 7), "", "", "", "192.0.2.7", "https://example.org/"};
            for (const auto& c : m_columns)
                cells.push_back(cell(p, c, answers));
            cells.push_back("612.4");
            for (std::size_t i = 0; i < m_gids.size() + 2; ++i)
                cells.push_back("12.5");
            out += line(cells);
        }
        return out;
    }

private:
    struct Column {
        std::string title, sub, qid;
        const Question* question;
        std::string text; ///< the Dutch question text, or an equation's value
        bool equation = false;
    };
    struct Option {
        std::string code, lang, text;
    };
    std::string m_base; // the survey's base language
    core::Language m_lang;
    std::vector<Column> m_columns;
    std::vector<std::string> m_gids;
    std::map<std::string, std::vector<Option>> m_answers; // by qid

    static std::string line(const std::vector<std::string>& cells)
    {
        std::string out;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            std::string quoted;
            for (const char ch : cells[i])
                quoted += ch == '"' ? std::string("\"\"") : std::string(1, ch);
            out += (i ? "," : "") + ("\"" + quoted + "\"");
        }
        return out + "\r\n";
    }

    /// A text as the export of full answers writes it: HTML entities written out (flattenText).
    static std::string flattened(std::string text)
    {
        for (const auto& [entity, plain] : std::vector<std::pair<std::string, std::string>>{
                 {"&#39;", "'"}, {"&quot;", "\""}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}})
            for (auto at = text.find(entity); at != std::string::npos; at = text.find(entity, at + plain.size()))
                text.replace(at, entity.size(), plain);
        return text;
    }

    /// The answer option whose text in the base language is `base`, as its code or as its text in
    /// the person's language (the base language when the survey has no other).
    std::string option(const Column& c, const core::LocalText& text, Answers answers, std::string lang) const
    {
        const auto& options = m_answers.at(c.qid);
        const auto base = reports::htmlEscape(text.in(m_lang));
        if (std::none_of(options.begin(), options.end(), [&](const auto& o) { return o.lang == lang; }))
            lang = m_base;
        for (const auto& o : options)
            if (o.lang == m_base && o.text == base) {
                if (answers == Answers::Codes)
                    return o.code;
                for (const auto& t : options)
                    if (t.code == o.code && t.lang == lang)
                        return flattened(t.text);
            }
        FAIL("no answer option '" << base << "' in question " << c.title);
        return {};
    }

    std::string cell(const Person& p, const Column& c, Answers answers) const
    {
        const auto& instrument = core::builtinInstrument();
        const auto lang = answers == Answers::Texts ? p.lang : m_base;
        if (c.equation)
            return c.text;
        if (!c.question)
            return option(c, instrument.name(p.role), answers, lang);
        const auto it = p.answers.find(c.question);
        if (it == p.answers.end())
            return "";
        const auto& q = *c.question;
        const auto& g = it->second;
        if (g.noAnswer)
            return option(c, instrument.likert().noAnswer, answers, lang);
        if (g.option)
            return option(c, q.options[*g.option].label, answers, lang);
        if (q.kind == QuestionKind::Number) {
            const auto n = std::to_string(*g.number);
            // Full answers of a whole-number question go through PHP's number_format: 1,234.
            return answers == Answers::Texts && n.size() > 3 ? n.substr(0, n.size() - 3) + "," + n.substr(n.size() - 3) : n;
        }
        if (q.kind == QuestionKind::Likert)
            return option(c, instrument.likert().labels.at(static_cast<std::size_t>(*g.number - 1)), answers, lang);
        const auto number = std::to_string(*g.number);
        return option(c, core::LocalText{number, number}, answers, lang);
    }
};

Session roundsSession(int n)
{
    std::vector<std::string> setup{"init", "org add Oost"};
    for (int i = 1; i <= n; ++i)
        setup.push_back("assessment create --org 1 --name Ronde" + std::to_string(i));
    return Session(setup);
}

} // namespace

/// The survey the advisor writes for a round, as the tests read it back.
Export roundSurvey(const Session& session, const std::string& round, const std::vector<std::string>& extra = {})
{
    const auto lss = session.file("enquete" + round + ".lss");
    std::vector<std::string> args{"--db", session.file("werk.samenspel"), "instrument", "export", "--assessment", round, "-o", lss};
    args.insert(args.end(), extra.begin(), extra.end());
    REQUIRE(samenspel(args).code == 0);
    const auto doc = test::parseLss(test::readTextFile(lss));
    REQUIRE(test::lssConventionProblems(doc).empty());
    return Export(doc);
}

TEST_CASE("answers collected in LimeSurvey score as the same answers in our own CSV", "[cli][limesurvey]")
{
    const auto session = roundsSession(7);
    const auto run = [&](const std::vector<std::string>& args) { return session.run(args); };
    const auto everyone = people();
    write(session.file("own.csv"), ownCsv(everyone));
    const auto own = run({"import", "--assessment", "1", session.file("own.csv")});
    REQUIRE(own.code == 0);
    const auto ownAnswers = run({"export", "--assessment", "1", "-o", "-"}).out;
    const auto ownScores = run({"--format", "json", "score", "--assessment", "1"}).out;
    REQUIRE(ownAnswers.size() > 1000);

    const std::vector<std::tuple<Answers, Headings, std::string>> variants{
        {Answers::Codes, Headings::Brackets, "codes, CODE[SQ]"},
        {Answers::Codes, Headings::Underscore, "codes, CODE_SQ"},
        {Answers::Texts, Headings::Brackets, "full answers, CODE[SQ]"},
        {Answers::Texts, Headings::CodeAndText, "full answers, code and question text"}};
    int round = 1;
    for (const auto& [answers, headings, name] : variants) {
        INFO(name);
        const auto round_ = std::to_string(++round);
        const auto exported = roundSurvey(session, round_, {"--lang", "both"});
        REQUIRE(exported.unmatched() == 0);
        const auto file = session.file("responses" + round_ + ".csv");
        write(file, exported.csv(everyone, answers, headings));
        const auto imported = run({"import", "--assessment", round_, file, "--from", "limesurvey"});
        INFO(imported.err);
        REQUIRE(imported.code == 0);
        CHECK(imported.out.find("Imported the answers of 19 respondents (LimeSurvey response export") != std::string::npos);
        CHECK(imported.out.find("2 responses were never submitted and were left out") != std::string::npos);
        CHECK(imported.out.find("Left out, as they are not answers: seed, token, startdate, datestamp, ipaddr, refurl, 12 "
                                "columns of timings. Only the answers are stored.") != std::string::npos);
        CHECK(run({"export", "--assessment", round_, "-o", "-"}).out == ownAnswers);
        CHECK(run({"--format", "json", "score", "--assessment", round_}).out == ownScores);
    }

    // Another round's survey is refused: its check is not this round's.
    const auto other = run({"import", "--assessment", "6", session.file("responses2.csv")});
    CHECK(other.code == cli::kInputRefused);
    CHECK(other.err.find("this response was given in the survey of another round or hospital") != std::string::npos);

    // Told by its header without --from; incomplete responses on request.
    write(session.file("responses6.csv"), roundSurvey(session, "6").csv(everyone, Answers::Codes, Headings::Brackets));
    const auto incomplete = run({"import", "--assessment", "6", session.file("responses6.csv"), "--include-incomplete"});
    INFO(incomplete.err);
    REQUIRE(incomplete.code == 0);
    CHECK(incomplete.out.find("of 21 respondents") != std::string::npos);
    CHECK(incomplete.out.find("2 of them were never submitted") != std::string::npos);

    // A second import of the same file is refused; --replace replaces.
    const auto again = run({"import", "--assessment", "2", session.file("responses2.csv")});
    CHECK(again.code == cli::kInputRefused);
    CHECK(again.err.find("respondent LS-7 is already in this assessment") != std::string::npos);
    CHECK(run({"import", "--assessment", "2", session.file("responses2.csv"), "--replace"}).code == 0);
    CHECK(run({"export", "--assessment", "2", "-o", "-"}).out == ownAnswers);

    // An English survey of the same round has respondent codes of its own: LS-EN-7, not LS-7.
    write(session.file("english.csv"),
          roundSurvey(session, "2", {"--lang", "en"}).csv(everyone, Answers::Codes, Headings::Brackets));
    const auto english = run({"import", "--assessment", "2", session.file("english.csv")});
    INFO(english.err);
    REQUIRE(english.code == 0);
    CHECK(run({"export", "--assessment", "2", "-o", "-"}).out.find("\nLS-EN-7,") != std::string::npos);
}

TEST_CASE("a survey for one role comes back with that role and codes of its own", "[cli][limesurvey]")
{
    const auto session = roundsSession(1);
    const auto run = [&](const std::vector<std::string>& args) { return session.run(args); };
    const auto lss = session.file("msb.lss");
    REQUIRE(run({"instrument", "export", "-o", lss, "--role", "msb_board"}).code == 0);
    const auto doc = test::parseLss(test::readTextFile(lss));
    CHECK(doc.table("questions").rows.at(0).get("title") == "roleMSB");
    write(session.file("msb.csv"), "\"id\",\"submitdate\",\"lastpage\",\"startlanguage\",\"seed\",\"roleMSB\",\"sharedvalues[01]\","
                                   "\"hospitaltype\",\"roleMSBTime\"\r\n\"1\",\"1980-01-01 00:00:00\",\"9\",\"en\",\"5\",\"MSB\",\"4\",\"A2\",\"3.1\"\r\n"
                                   "\"2\",\"1980-01-01 00:00:00\",\"9\",\"en\",\"5\",\"MSB\",\"NA\",\"\",\"2.5\"\r\n");
    const auto imported = run({"import", "--assessment", "1", session.file("msb.csv")});
    INFO(imported.err);
    REQUIRE(imported.code == 0);
    const auto answers = run({"export", "--assessment", "1", "-o", "-"}).out;
    CHECK(answers.find("LS-MSB-1,msb_board,profile.hospital_type,stz") != std::string::npos);
    CHECK(answers.find("LS-MSB-1,msb_board,shared_values.01,4") != std::string::npos);
    CHECK(answers.find("LS-MSB-2,msb_board,shared_values.01,") != std::string::npos);
}

TEST_CASE("a LimeSurvey file that is not this round's survey is refused with every problem named", "[cli][limesurvey]")
{
    const auto session = roundsSession(1);
    const auto run = [&](const std::vector<std::string>& args) { return session.run(args); };
    const auto refused = [&](const std::string& csv, std::vector<std::string> extra = {}) {
        write(session.file("in.csv"), csv);
        std::vector<std::string> args{"import", "--assessment", "1", session.file("in.csv")};
        args.insert(args.end(), extra.begin(), extra.end());
        const auto r = run(args);
        CHECK(r.code == cli::kInputRefused);
        CHECK(run({"export", "--assessment", "1", "-o", "-"}).out == "respondent,role,item,value\n");
        return r.err;
    };
    const std::string meta = "id,submitdate,lastpage,startlanguage,seed,role,";
    const std::string done = "1980-01-01 00:00:00,9,nl,1,";

    SECTION("another survey's export: its codes named, with their columns")
    {
        const auto err = refused(meta + "Q1,Array[SQ001]\n1," + done + "RVB,A1,3\n");
        CHECK(err.find("G (Q1), value \"Q1\": not a question of this round's LimeSurvey survey (instrument gelijkgerichtheid 2.0)") != std::string::npos);
        CHECK(err.find("H (Array[SQ001])") != std::string::npos);
        CHECK(err.find("2 problems") != std::string::npos);
    }
    SECTION("a column twice, in either heading form")
    {
        const auto err = refused(meta + "sharedvalues[01],sharedvalues_01\n1," + done + "RVB,3,3\n");
        CHECK(err.find("line 1, column H (sharedvalues_01), value \"sharedvalues_01\": this column repeats column G (sharedvalues[01])") != std::string::npos);
    }
    SECTION("answer texts in some columns of a file of answer codes")
    {
        const auto err = refused(meta + "sharedvalues[01],sharedvalues[02],strategy[01],hospitaltype\n"
                                        "1," + done + "RVB,4,5,eens,A2\n2," + done + "MSB,2,3,1,Topklinisch opleidingsziekenhuis (STZ)\n");
        CHECK(err.find("line 2, column I (strategy[01]), value \"eens\": an answer's text, where the other columns hold LimeSurvey's answer "
                       "codes (such as \"RVB\" in column F (role))") != std::string::npos);
        CHECK(err.find("line 3, column J (hospitaltype)") != std::string::npos);
    }
    SECTION("a response id that is not LimeSurvey's, a role the survey does not have")
    {
        const auto err = refused(meta + "sharedvalues[01]\nR1," + done + "RVB,4\n2," + done + "Directeur,4\n");
        CHECK(err.find("line 2, column A (id), value \"R1\": expected LimeSurvey's response id, a whole number from 1") != std::string::npos);
        CHECK(err.find("line 3, column F (role), value \"Directeur\": not a role of the survey; expected one of its answer codes (RVB, MSB") != std::string::npos);
    }
    SECTION("an answer outside the scale")
    {
        const auto err = refused(meta + "sharedvalues[01],sharedvaluesrating[current]\n1," + done + "RVB,7,11\n");
        CHECK(err.find("column G (sharedvalues[01])") != std::string::npos);
        CHECK(err.find("column H (sharedvaluesrating[current])") != std::string::npos);
    }
    SECTION("our own CSV given as LimeSurvey's, and LimeSurvey's as ours")
    {
        CHECK(refused("respondent,role,item,value\nR1,rvb,shared_values.01,4\n", {"--from", "limesurvey"})
                  .find("this is not a LimeSurvey response export") != std::string::npos);
        CHECK(refused(meta + "sharedvalues[01]\n1," + done + "RVB,4\n", {"--from", "samenspel"})
                  .find("import it as one with --from limesurvey") != std::string::npos);
    }
    SECTION("LimeSurvey's export in a form that cannot be read back: what to choose instead")
    {
        CHECK(refused("\"Antwoord ID\",\"Datum verstuurd\",\"Laatste pagina\"\n\"1\",\"1980-01-01 00:00:00\",\"9\"\n")
                  .find("this is LimeSurvey's export with the questions' texts as headings; export the responses again "
                        "with \"Question code\" headings") != std::string::npos);
        CHECK(refused("id\tsubmitdate\tlastpage\trole\n1\t1980-01-01 00:00:00\t9\tRVB\n")
                  .find("separated by tabs") != std::string::npos);
    }
    SECTION("a response with no answer at all is nobody's answers")
    {
        write(session.file("in.csv"), meta + "sharedvalues[01]\n1," + done + "RVB,\n2," + done + "RVB,4\n");
        const auto r = run({"import", "--assessment", "1", session.file("in.csv")});
        CHECK(r.out.find("Imported the answers of 1 respondent") != std::string::npos);
        CHECK(r.out.find("1 response held no answer (only the role, say) and was left out.") != std::string::npos);
    }
    SECTION("only incomplete responses, or none")
    {
        CHECK(refused(meta + "sharedvalues[01]\n").find("there are no responses below the header") != std::string::npos);
        write(session.file("in.csv"), meta + "sharedvalues[01]\n1,,2,nl,1,RVB,4\n");
        const auto r = run({"import", "--assessment", "1", session.file("in.csv")});
        CHECK(r.out.find("Imported the answers of 0 respondents") != std::string::npos);
        CHECK(r.out.find("1 response was never submitted and was left out") != std::string::npos);
    }
}
