// The database rows of the bad-input matrix (bad_input.hpp): files given as --db that are missing,
// empty, foreign, newer or damaged (their own bytes must not change), and bad values typed on the
// command line (org add, assessment create, actions). Messages are checked in Dutch.
#include "bad_input.hpp"

#include "db/database.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>
#include <stdexcept>

namespace badinput {
namespace {

const std::string kRestore = "Samenspel heeft het bestand niet veranderd; zet een reservekopie terug";
const std::string kDamaged = "is beschadigd";
const std::string kMadeBy = "verwacht een .samenspel-bestand van 'samenspel init' of het bureaubladprogramma";

/// A copy of the demo database, changed with SQLite directly as another program (or a slip) would.
Maker demoChanged(std::string sql)
{
    return [sql = std::move(sql)](const std::string& path, const std::string& demo) {
        std::filesystem::copy_file(demo, path);
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        db.exec(sql);
    };
}

/// A copy of the demo database with `count` bytes of 0xFF written into the root page of `table`,
/// `offset` bytes into it: its b-tree page header, or the cells it points to.
Maker demoWithDamagedPage(std::string table, int expectedPage, int offset, int count)
{
    return [=](const std::string& path, const std::string& demo) {
        std::filesystem::copy_file(demo, path);
        int page = 0;
        int pageSize = 0;
        {
            SQLite::Database db(path, SQLite::OPEN_READONLY);
            SQLite::Statement q(db, "SELECT rootpage FROM sqlite_master WHERE name = ?");
            q.bind(1, table);
            if (q.executeStep())
                page = q.getColumn(0).getInt();
            pageSize = db.execAndGet("PRAGMA page_size").getInt();
        }
        // The migrations are never edited, so the tables' pages are fixed; the message names the page.
        if (page != expectedPage)
            throw std::runtime_error(table + " is on page " + std::to_string(page) + ", not " + std::to_string(expectedPage));
        std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(static_cast<std::streamoff>(page - 1) * pageSize + offset);
        file << std::string(static_cast<std::size_t>(count), '\xFF');
    };
}

/// The first `size` bytes of the demo database: a copy cut short.
Maker demoCutAt(std::size_t size)
{
    return [size](const std::string& path, const std::string& demo) {
        std::filesystem::copy_file(demo, path);
        std::filesystem::resize_file(path, size);
    };
}

Maker anotherProgramsFile()
{
    return [](const std::string& path, const std::string&) {
        SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos (name) VALUES ('strand.jpg')");
    };
}

Case database(std::string name, Maker input, std::vector<std::string> command, int exit, std::string what, std::string where,
              std::string expected)
{
    command.insert(command.begin(), {"--db", "{file}"});
    return {std::move(name), Kind::Database, std::move(input), std::move(command), exit, std::move(what), std::move(where),
            std::move(expected)};
}

Case value(std::string name, std::vector<std::string> command, int exit, std::string what, std::string where, std::string expected)
{
    return {std::move(name), Kind::Value, {}, std::move(command), exit, std::move(what), std::move(where), std::move(expected)};
}

const std::vector<std::string> kScore{"score", "--assessment", "1"};
const std::vector<std::string> kReport{"report", "--assessment", "1", "-o", "{dir}/rapport.pdf"};
const std::vector<std::string> kExport{"export", "--assessment", "1", "-o", "{dir}/uit.csv"};
const std::vector<std::string> kOrgAdd{"org", "add", "Ziekenhuis Oost"};

} // namespace

std::vector<Case> valueCases();

std::vector<Case> databaseCases()
{
    std::vector<Case> out{
        // Files that are not (yet) a Samenspel database.
        {"a database that is not there", Kind::Database, {}, {"--db", "{dir}/nergens.samenspel", "score", "--assessment", "1"},
         kUnusable, "er is geen database op", "{dir}/nergens.samenspel", "maak er een met 'samenspel init' of 'samenspel demo'"},
        {"a database that is not there, to write", Kind::Database, {}, {"--db", "{dir}/nergens.samenspel", "org", "add", "Oost"},
         kUnusable, "er is geen database op", "{dir}/nergens.samenspel", "maak er een met 'samenspel init' of 'samenspel demo'"},
        {"a folder as the database", Kind::Database, {}, {"--db", "{dir}", "score", "--assessment", "1"}, kUnusable, "is een map",
         "{dir} is", "geen databasebestand"},
        {"a folder ending in '/' as the database", Kind::Database, {}, {"--db", "{dir}/", "org", "list"}, kUnusable, "is een map",
         "{dir}/ is", "geen databasebestand"},
        {"init on a path ending in '/' that is not there", Kind::Database, {}, {"--db", "{dir}/nieuw/", "init"}, kUnusable,
         "eindigt op '/' en noemt dus een map, geen databasebestand", "{dir}/nieuw/", "zoals {dir}/nieuw/samenspel.samenspel"},
        {"an empty --db", Kind::Database, {}, {"--db", "", "org", "list"}, kUsage, "--db heeft een bestandsnaam nodig", "--db",
         "zoals --db ziekenhuis.samenspel"},
        {"a device as the database", Kind::Database, {}, {"--db", "/dev/null", "org", "list"}, kUnusable,
         "is geen gewoon bestand (maar een apparaat, pipe of socket)", "/dev/null", "kan dus geen Samenspel-database zijn"},
        database("a 0-byte file, read with score", bytes(""), kScore, kUnusable, "is leeg: er staan nog geen Samenspel-gegevens in",
                 "{file}", "'samenspel init --db {file}' maakt er een database van"),
        database("a 0-byte file, read with report", bytes(""), kReport, kUnusable, "is leeg: er staan nog geen Samenspel-gegevens in",
                 "{file}", "'samenspel init --db {file}' maakt er een database van"),
        database("a 0-byte file, read with export", bytes(""), kExport, kUnusable, "is leeg: er staan nog geen Samenspel-gegevens in",
                 "{file}", "'samenspel init --db {file}' maakt er een database van"),
        database("a text file", bytes("Dit is een notitie, geen database.\n"), kScore, kUnusable,
                 "het is helemaal geen SQLite-databasebestand", "{file} is geen Samenspel-database", kMadeBy),
        database("a text file, to write", bytes("Dit is een notitie, geen database.\n"), kOrgAdd, kUnusable,
                 "het is helemaal geen SQLite-databasebestand", "{file} is geen Samenspel-database", kMadeBy),
        database("another program's SQLite file", anotherProgramsFile(), kScore, kUnusable, "het hoort bij een ander programma",
                 "{file} is geen Samenspel-database", kMadeBy),
        database("another program's SQLite file, to add a round to", anotherProgramsFile(),
                 {"assessment", "create", "--org", "1", "--name", "Nulmeting"}, kUnusable, "het hoort bij een ander programma",
                 "{file} is geen Samenspel-database", kMadeBy),
        database("a Samenspel file with another application id", demoChanged("PRAGMA application_id = 1234"), kScore, kUnusable,
                 "het hoort bij een ander programma", "{file} is geen Samenspel-database", kMadeBy),
        database("a newer schema version, read", demoChanged("PRAGMA user_version = " + std::to_string(db::kSchemaVersion + 1)), kScore, kUnusable,
                 "is geschreven door een nieuwere versie van Samenspel", "(databaseversie " + std::to_string(db::kSchemaVersion + 1) + "; dit programma leest tot en met " +
                     std::to_string(db::kSchemaVersion) + ")",
                 "Installeer de nieuwere versie om het te openen"),
        database("a newer schema version, to write", demoChanged("PRAGMA user_version = " + std::to_string(db::kSchemaVersion + 1)), kOrgAdd, kUnusable,
                 "is geschreven door een nieuwere versie van Samenspel", "(databaseversie " + std::to_string(db::kSchemaVersion + 1) + "; dit programma leest tot en met " +
                     std::to_string(db::kSchemaVersion) + ")",
                 "Installeer de nieuwere versie om het te openen"),
        database("schema version 0 in a Samenspel file", demoChanged("PRAGMA user_version = 0"), kScore, kUnusable,
                 "de schemaversie is 0, en die schrijft geen enkele versie van Samenspel", "{file} is beschadigd", kRestore),
        database("schema version -1", demoChanged("PRAGMA user_version = -1"), kOrgAdd, kUnusable,
                 "de schemaversie is -1, en die schrijft geen enkele versie van Samenspel", "{file} is beschadigd", kRestore),
        database("schema version 1 with the tables of version 7", demoChanged("PRAGMA user_version = 1"), kScore, kUnusable,
                 "de tabellen passen niet bij schemaversie 1", "{file} is beschadigd", kRestore),
        database("a table dropped", demoChanged("DROP TABLE actions"), {"actions", "list", "--assessment", "1"}, kUnusable,
                 "de tabel actions ontbreekt", "{file} is beschadigd", kRestore),

        // Damaged files.
        database("a damaged b-tree page header, read", demoWithDamagedPage("answers", 10, 0, 8), kScore, kUnusable, kDamaged,
                 "Page 10: btreeInitPage() returns error code 11", kRestore),
        database("a damaged b-tree page header, to write", demoWithDamagedPage("organisations", 4, 0, 8), kOrgAdd, kUnusable,
                 kDamaged, "Page 4: btreeInitPage() returns error code 11", kRestore),
        database("damaged cells of a b-tree page, report", demoWithDamagedPage("respondents", 8, 3996, 100), kReport, kUnusable,
                 kDamaged, "{file} is beschadigd (", kRestore),
        database("a file cut short", demoCutAt(100000), kScore, kUnusable, kDamaged, "{file} is beschadigd (", kRestore),
        database("a file cut within its header", demoCutAt(50), {"org", "list"}, kUnusable, kDamaged, "{file} is beschadigd (",
                 kRestore),
        database("an answer value no version stores", demoChanged("UPDATE answers SET num = 7 WHERE item = 'strategy.01' AND "
                                                                 "respondent_id = (SELECT id FROM respondents WHERE code = 'RVB-01' "
                                                                 "AND assessment_id = 1)"),
                 kScore, kUnusable, "het opgeslagen antwoord \"7\" van RVB-01 op strategy.01 is geen geldig antwoord",
                 "{file} is beschadigd", kRestore),
        database("a choice no version stores", demoChanged("UPDATE answers SET choice = 'misschien' WHERE item = "
                                                         "'profile.hospital_type' AND respondent_id = (SELECT id FROM respondents "
                                                         "WHERE code = 'RVB-01' AND assessment_id = 1)"),
                 kExport, kUnusable, "het opgeslagen antwoord \"misschien\" van RVB-01 op profile.hospital_type is geen geldig antwoord",
                 "{file} is beschadigd", kRestore),
        database("an answer to a question no version asks", demoChanged("UPDATE answers SET item = 'strategy.99' WHERE item = "
                                                                      "'strategy.01' AND respondent_id = (SELECT id FROM "
                                                                      "respondents WHERE code = 'RVB-01' AND assessment_id = 1)"),
                 kReport, kUnusable, "van RVB-01 op strategy.99 is geen geldig antwoord", "{file} is beschadigd", kRestore),
        database("a role no version stores", demoChanged("UPDATE respondents SET role = 'koning' WHERE code = 'RVB-01'"), kScore,
                 kUnusable, "er staat een onbekende rol \"koning\" in", "{file} is beschadigd", kRestore),
        database("a stored questionnaire that does not read", demoChanged("UPDATE instruments SET json = '{kapot'"), kScore, kUnusable,
                 "de vragenlijst die bij ronde 1 is opgeslagen, is onleesbaar", "{file} is beschadigd", kRestore),
        database("stored incentive figures that do not read",
                 demoChanged("UPDATE incentive_inputs SET json = '{\"schema_version\": 1}' WHERE assessment_id = 1"),
                 {"simulate", "--assessment", "1"}, kUnusable, "de prikkelgegevens die bij ronde 1 zijn opgeslagen, zijn onleesbaar",
                 "{file} is beschadigd", kRestore),
    };
    for (auto& c : valueCases())
        out.push_back(std::move(c));
    return out;
}

/// Values typed on the command line, written into the demo database if they were accepted.
std::vector<Case> valueCases()
{
    const std::string kOrgName = "van 1 tot 200 tekens op één regel nodig, zonder tabs of andere stuurtekens";
    const std::string kRoundName = "een ronde heeft een naam van 1 tot 200 tekens op één regel nodig";
    const std::vector<std::string> create{"assessment", "create", "--org", "1", "--name"};
    const auto plus = [](std::vector<std::string> a, std::initializer_list<std::string> b) {
        a.insert(a.end(), b);
        return a;
    };
    const std::vector<std::string> addAction{"actions", "add", "--assessment", "2", "--recommendation", "joint_meetings"};
    return {
        value("an organisation without a name", {"org", "add", ""}, kUsage, "'org add' heeft NAME nodig", "NAME",
              "zie 'samenspel org add --help'"),
        value("an organisation named by blanks", {"org", "add", "   "}, kRefused, "niet \"\"", "een organisatie heeft een naam", kOrgName),
        value("an organisation name over two lines", {"org", "add", "Nieuw\nZiekenhuis"}, kRefused, "niet \"Nieuw<U+000A>Ziekenhuis\"",
              "een organisatie heeft een naam", kOrgName),
        value("an organisation name that is not UTF-8", {"org", "add", "Ziekenhuis \xFF\xFE"}, kRefused,
              "niet \"Ziekenhuis \xEF\xBF\xBD\xEF\xBF\xBD\"", "een organisatie heeft een naam", kOrgName),
        value("an organisation name of 201 characters", {"org", "add", std::string(201, 'Z')}, kRefused, "\xE2\x80\xA6\"",
              "een organisatie heeft een naam", kOrgName),
        value("an organisation that exists, in other case", {"org", "add", "ziekenhuis maasoever"}, kRefused,
              "er is al een organisatie", "met de naam \"ziekenhuis maasoever\"", "kies een andere naam"),
        value("a hospital type that does not exist", {"org", "add", "Kliniek", "--type", "zbc"}, kRefused, "\"zbc\"",
              "is geen ziekenhuistype", "verwacht een van umc, stz, general"),
        value("a round for an organisation id that is not there", {"assessment", "create", "--org", "99", "--name", "X"}, kRefused,
              "er is geen organisatie", "met id 99", "zie 'samenspel org list'"),
        value("a round for an organisation name that is not there", {"assessment", "create", "--org", "Nergens", "--name", "X"},
              kRefused, "er is geen organisatie", "met de naam \"Nergens\"", "zie 'samenspel org list'"),
        value("a round name that exists", plus(create, {"Nulmeting 2026"}), kRefused, "heeft al een ronde",
              "Ziekenhuis Maasoever heeft al een ronde met de naam \"Nulmeting 2026\"", "kies een andere naam"),
        value("a round name with a tab", plus(create, {"Nul\tmeting"}), kRefused, "niet \"Nul<U+0009>meting\"", kRoundName,
              "zonder tabs of andere stuurtekens"),
        value("a date that does not exist", plus(create, {"X", "--date", "2026-02-30"}), kRefused, "is geen datum",
              "\"2026-02-30\"", "verwacht JJJJ-MM-DD"),
        value("a date in words", plus(create, {"X", "--date", "gisteren"}), kRefused, "is geen datum", "\"gisteren\"",
              "verwacht JJJJ-MM-DD"),
        value("an anonymity threshold of 2", plus(create, {"X", "--k", "2"}), kRefused, "niet 2", "de anonimiteitsdrempel",
              "moet minstens 3 zijn"),
        value("an anonymity threshold too large for a number", plus(create, {"X", "--k", "99999999999"}), kUsage,
              "--k verwacht een geheel getal", "van -2147483648 tot 2147483647", "zie 'samenspel assessment create --help'"),
        value("an action owner that does not exist", plus(addAction, {"--owner", "koning"}), kRefused, "\"koning\"",
              "is geen eigenaar", "verwacht rvb, msb, both of other"),
        value("an action due date the other way round", plus(addAction, {"--due", "31-12-2026"}), kRefused, "\"31-12-2026\"",
              "is geen datum", "verwacht JJJJ-MM-DD"),
        value("an action's responsible over two lines", plus(addAction, {"--responsible", "voorzitter\nMSB"}), kRefused,
              "niet \"voorzitter<U+000A>MSB\"", "de verantwoordelijke rol of functie",
              "moet één regel van hoogstens 200 tekens zijn"),
        value("an action that is not there", {"actions", "update", "--id", "99", "--status", "done"}, kRefused,
              "er is geen actie", "met id 99", "zie 'samenspel actions list --assessment ID'"),
        value("a recommendation that does not exist", {"actions", "add", "--assessment", "2", "--recommendation", "niets"}, kRefused,
              "\"niets\"", "er is geen aanbeveling", "zie 'samenspel recommend --all'"),
        value("a round that is not there", {"score", "--assessment", "99"}, kRefused, "er is geen ronde (assessment)", "met id 99",
              "zie 'samenspel assessment list'"),
        value("a round id in words", {"score", "--assessment", "twee"}, kUsage, "--assessment verwacht een id", "een geheel getal",
              "zie 'samenspel score --help'"),
    };
}

} // namespace badinput
