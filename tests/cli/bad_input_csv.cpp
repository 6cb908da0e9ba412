// The CSV rows of the bad-input matrix (bad_input.hpp): answer files given to `samenspel import`.
// Messages are checked in Dutch, the default. Large or binary inputs are made when a case runs.
#include "bad_input.hpp"

namespace badinput {
namespace {

// ---- CSV -------------------------------------------------------------------------------------

const std::string H = "respondent,role,item,value\n";
const std::vector<std::string> kImport{"import", "--assessment", "1", "{file}"};

Case csv(std::string name, Maker input, std::string what, std::string where, std::string expected)
{
    return {std::move(name), Kind::Csv, std::move(input), kImport, kRefused, std::move(what), std::move(where), std::move(expected)};
}

const std::string kValue15 = "verwacht een geheel getal van 1 tot 5, of leeg / \"weet niet\" voor geen antwoord";
const std::string kCsvText = "verwacht een CSV-bestand dat als tekst is opgeslagen";
const std::string kSaveUtf8 = "het bestandstype \"CSV UTF-8 (door komma's gescheiden)\"";
const std::string kCodeRule = "een respondentcode bevat alleen letters, cijfers, '-', '_' en '.'";
const std::string kCodeExpected = "(een code zoals R017, nooit een naam)";

} // namespace

std::vector<Case> csvCases()
{
    const std::string random = randomBytes(1 << 20, 11);
    const std::string firstNul = std::to_string(random.find('\0') + 1);
    return {
        csv("an empty file", bytes(""), "het bestand is leeg", "{file}", "verwacht een kopregel zoals respondent,role,item,value"),
        csv("only blanks and line ends", bytes("  \n\r\n\t\n"), "het bestand is leeg", "{file}",
            "verwacht een kopregel zoals respondent,role,item,value"),
        csv("only a byte-order mark", bytes("\xEF\xBB\xBF"), "het bestand is leeg", "{file}",
            "verwacht een kopregel zoals respondent,role,item,value"),
        csv("only empty cells", bytes(",,,\n,,,\n ,\n"), "het bestand bevat alleen lege cellen", "{file}",
            "verwacht een kopregel zoals respondent,role,item,value"),
        csv("only the header (long layout)", bytes(H), "onder de kopregel staan geen antwoorden", "regel 1",
            "verwacht één regel per antwoord (lange opmaak) of per respondent (brede opmaak)"),
        csv("only the header (wide layout), with blank lines", bytes("respondent;role;strategy.01;strategy.02\r\n\r\n\r\n"),
            "onder de kopregel staan geen antwoorden", "regel 1", "verwacht één regel per antwoord"),
        csv("UTF-16 LE with a byte-order mark (Excel's \"Unicode Text\")",
            bytes(utf16("respondent\trole\titem\tvalue\r\nX01\trvb\tstrategy.01\t4\r\n", true, true)),
            "het bestand is UTF-16LE-tekst", "{file}", kSaveUtf8),
        csv("UTF-16 BE with a byte-order mark", bytes(utf16("respondent,role,item,value\nX01,rvb,strategy.01,4\n", false, true)),
            "het bestand is UTF-16BE-tekst", "{file}", kSaveUtf8),
        csv("UTF-16 LE without a byte-order mark", bytes(utf16("respondent,role,item,value\nX01,rvb,strategy.01,4\n", true, false)),
            "het bestand is UTF-16LE-tekst", "{file}", kSaveUtf8),
        csv("1 MiB of random bytes", generated([random] { return random; }), kNotText, "op byte " + firstNul + " van het bestand",
            kCsvText),
        csv("a NUL byte inside a code", bytes(H + "X01,rvb,strat" + std::string(1, '\0') + "egy.01,4\n"), kNotText,
            "regel 2: dit is geen tekstbestand: binaire gegevens (een NUL-byte) op byte 41", kCsvText),
        csv("a spreadsheet (.xlsx) given as CSV", bytes(std::string("PK\x03\x04\x14\x00\x06\x00", 8) + "[Content_Types].xml"),
            kNotText, "op byte 6 van het bestand", kCsvText),
        {"/dev/zero", Kind::Csv, {}, {"import", "--assessment", "1", "/dev/zero"}, kRefused, kNotText,
         "in /dev/zero:\n  regel 1: dit is geen tekstbestand: binaire gegevens (een NUL-byte) op byte 1", kCsvText},
        csv("CR-only line ends (Excel's \"CSV (Macintosh)\") with a bad value on the third line",
            bytes("respondent,role,item,value\rX01,rvb,strategy.01,4\rX02,rvb,strategy.01,7\r"), "waarde \"7\"",
            "regel 3, kolom D (value)", kValue15),
        csv("a byte-order mark in mid-file: two files joined",
            bytes("\xEF\xBB\xBF" + H + "X01,rvb,strategy.01,4\n\xEF\xBB\xBF" + H + "X02,rvb,strategy.01,4\n"),
            "in deze regel staat een onzichtbare bytevolgordemarkering (BOM, U+FEFF)", "regel 3",
            "verwijder de markering en een eventuele tweede kopregel"),
        csv("Windows-1252 curly quotes around a value", bytes("respondent;role;item;value\nX01;rvb;strategy.01;\x93" "4\x94\n"),
            "waarde \"\xE2\x80\x9C" "4\xE2\x80\x9D\"", "regel 2, kolom D (value)", kValue15),
        csv("a Windows-1252 accented letter in a respondent code", bytes("respondent;role;item;value\nR\xE9-01;rvb;strategy.01;4\n"),
            kCodeRule, "regel 2, kolom A (respondent), waarde \"R\xC3\xA9-01\"", kCodeExpected),
        csv("a Windows-1252 euro sign after a value", bytes("respondent;role;item;value\nX01;rvb;strategy.01;4\x80\n"),
            "waarde \"4\xE2\x82\xAC\"", "regel 2, kolom D (value)", kValue15),
        csv("a Windows-1252 no-break space before a value", bytes("respondent;role;item;value\nX01;rvb;strategy.01;\xA0" "4\n"),
            "waarde \"<U+00A0>4\"", "regel 2, kolom D (value)", kValue15),
        csv("a quote that is never closed", bytes(H + "X01,rvb,\"strategy.01,4\nX02,rvb,strategy.01,4\n"),
            "een veld tussen aanhalingstekens wordt voor het einde van het bestand niet afgesloten", "regel 2",
            "verwacht een afsluitend aanhalingsteken (\") na de tekst"),
        csv("a quote that is never closed in a long file", generated([] {
                return H + "X01,rvb,strategy.01,\"4\n" + repeat("X02,rvb,strategy.01,4\n", 1000);
            }),
            "deze cel tussen aanhalingstekens is langer dan 4 KiB", "regel 2, kolom D",
            "misschien ontbreekt het afsluitende aanhalingsteken (\")"),
        csv("a cell of 5,000 characters", generated([] { return H + "X01,rvb,strategy.01," + std::string(5000, '4') + "\n"; }),
            "deze cel is langer dan 4 KiB", "regel 2, kolom D", "cellen van een antwoordbestand zijn veel korter"),
        csv("a line of 1 MiB", generated([] { return H + "X01,rvb,strategy.01,4," + std::string(1 << 20, ',') + "\n"; }),
            "deze regel is langer dan 64 KiB", "regel 2", "regels van een antwoordbestand zijn veel korter"),
        csv("a header of names, not columns", bytes("naam,functie,vraag,antwoord\nJan,rvb,strategy.01,4\n"),
            "de kopregel moet beginnen met de kolommen respondent en role", "regel 1",
            "gevolgd door item,value (lange opmaak) of door vraagcodes (brede opmaak); deze begint met \"naam,functie\""),
        csv("a tab-separated header", bytes("respondent\trole\titem\tvalue\nX01\trvb\tstrategy.01\t4\n"),
            "de kopregel moet beginnen met de kolommen respondent en role", "regel 1",
            "deze begint met \"respondent<U+0009>role<U+0009>item<U+0009>value\""),
        csv("a header without question columns", bytes("respondent,role\nX01,rvb\n"), "de kopregel heeft geen vraagkolommen", "regel 1",
            "verwacht item,value (lange opmaak) of vraagcodes (brede opmaak) na respondent,role"),
        csv("an unknown question code", bytes(H + "X01,rvb,strategy.99,4\n"), "geen vraagcode van instrument gelijkgerichtheid 2.0",
            "regel 2, kolom C (item), waarde \"strategy.99\"", "'samenspel instrument show --assessment ID' toont de vragen van een ronde"),
        csv("an unknown question code in a wide header", bytes("respondent,role,strategy.01,finance.01\nX01,rvb,4,4\n"),
            "geen vraagcode van instrument gelijkgerichtheid 2.0", "regel 1, kolom D (finance.01)", "'samenspel instrument show --assessment ID' toont de vragen van een ronde"),
        csv("a question's text instead of its code", bytes(H + "X01,rvb,Strategie vraag 1,4\n"),
            "geen vraagcode van instrument gelijkgerichtheid 2.0", "regel 2, kolom C (item), waarde \"Strategie vraag 1\"",
            "'samenspel instrument show --assessment ID' toont de vragen van een ronde"),
        csv("a formula as a question code", bytes(H + "X01,rvb,\"=HYPERLINK(\"\"http://example.org\"\")\",4\n"),
            "geen vraagcode van instrument gelijkgerichtheid 2.0", "regel 2, kolom C (item), waarde \"=HYPERLINK(\"http://example.org\")\"",
            "'samenspel instrument show --assessment ID' toont de vragen van een ronde"),
        csv("a formula as a respondent code", bytes(H + "=cmd|' /C calc'!A0,rvb,strategy.01,4\n"), kCodeRule,
            "regel 2, kolom A (respondent), waarde \"=cmd|' /C calc'!A0\"", kCodeExpected),
        csv("a formula as a value", bytes(H + "X01,rvb,strategy.01,@SUM(A1:A9)\n"), "waarde \"@SUM(A1:A9)\"", "regel 2, kolom D (value)",
            kValue15),
        csv("a Likert answer of 6", bytes(H + "X01,rvb,strategy.01,6\n"), "waarde \"6\"", "regel 2, kolom D (value)", kValue15),
        csv("a Likert answer of 0", bytes(H + "X01,rvb,strategy.01,0\n"), "waarde \"0\"", "regel 2, kolom D (value)", kValue15),
        csv("a Likert answer of 3,5", bytes(H + "X01,rvb,strategy.01,\"3,5\"\n"), "waarde \"3,5\"", "regel 2, kolom D (value)", kValue15),
        csv("a Likert label misspelt", bytes(H + "X01,rvb,strategy.01,helemaal mee eens\n"), "waarde \"helemaal mee eens\"",
            "regel 2, kolom D (value)", kValue15),
        csv("a rating of 11", bytes(H + "X01,rvb,strategy.current,11\n"), "waarde \"11\"", "regel 2, kolom D (value)",
            "verwacht een geheel getal van 0 tot 10"),
        csv("a number with a thousands separator", bytes(H + "X01,rvb,profile.specialists_salaried,1.200\n"), "waarde \"1.200\"",
            "regel 2, kolom D (value)", "verwacht een geheel getal van 0 tot 2000 zonder scheidingstekens voor duizendtallen"),
        csv("a number of 23 digits", bytes(H + "X01,rvb,profile.specialists_salaried,99999999999999999999999\n"),
            "waarde \"99999999999999999999999\"", "regel 2, kolom D (value)", "verwacht een geheel getal van 0 tot 2000"),
        csv("a choice that is not an option", bytes(H + "X01,rvb,profile.hospital_type,kliniek\n"), "waarde \"kliniek\"",
            "regel 2, kolom D (value)", "verwacht een van umc, stz, general, regional, categorical, other"),
        csv("a role written as a name", bytes(H + "X01,Raad van Bestuur,strategy.01,4\n"), "geen rol",
            "regel 2, kolom B (role), waarde \"Raad van Bestuur\"", "verwacht een van rvb, msb_board, specialist_self_employed"),
        csv("a person's name instead of a respondent code", bytes(H + "Jan de Vries,rvb,strategy.01,4\n"), kCodeRule,
            "regel 2, kolom A (respondent), waarde \"Jan de Vries\"", kCodeExpected),
        csv("an empty respondent code", bytes(H + ",rvb,strategy.01,4\n"), "de respondentcode is leeg", "regel 2, kolom A (respondent)",
            "verwacht een code zoals R017"),
        csv("a respondent code of 41 characters", bytes(H + std::string(41, 'R') + ",rvb,strategy.01,4\n"),
            "een respondentcode heeft hoogstens 32 tekens", "regel 2, kolom A (respondent), waarde \"" + std::string(40, 'R') + "\xE2\x80\xA6\"",
            "hoogstens 32 tekens"),
        csv("a zero-width space in a respondent code", bytes(H + "X01\xE2\x80\x8B,rvb,strategy.01,4\n"), kCodeRule,
            "regel 2, kolom A (respondent), waarde \"X01<U+200B>\"", kCodeExpected),
        csv("a question put to a role it is not asked of", bytes(H + "X01,gp,structure.01,4\n"),
            "vraag structure.01 wordt niet aan rol gp gesteld", "regel 2, kolom D (value), waarde \"4\"",
            "laat de cel voor deze rol leeg"),
        csv("a question not asked of a role, wide layout", bytes("respondent,role,strategy.01,structure.01\nX01,client_council,,4\n"),
            "vraag structure.01 wordt niet aan rol client_council gesteld", "regel 2, kolom D (structure.01)",
            "laat de cel voor deze rol leeg"),
        csv("the same answer twice", bytes(H + "X01,rvb,strategy.01,4\nX01,rvb,strategy.01,3\n"),
            "respondent X01 beantwoordt vraag strategy.01 twee keer", "regel 3, kolom D (value)", "verwacht één antwoord per vraag"),
        csv("the same answer twice, codes in other case", bytes(H + "x01,rvb,strategy.01,4\nX01,rvb,strategy.01,4\n"),
            "respondent X01 beantwoordt vraag strategy.01 twee keer", "regel 3, kolom D (value)", "verwacht één antwoord per vraag"),
        csv("a respondent twice in the wide layout", bytes("respondent,role,strategy.01\nX01,rvb,4\nX01,rvb,3\n"),
            "deze respondent heeft al een regel (regel 2)", "regel 3, kolom A (respondent)",
            "verwacht één regel per respondent in de brede opmaak"),
        csv("a respondent with two roles", bytes(H + "X01,rvb,strategy.01,4\nX01,nursing,strategy.02,4\n"),
            "respondent X01 heeft rol rvb op regel 2", "regel 3, kolom B (role), waarde \"nursing\"", "verwacht één rol per respondent"),
        csv("a respondent already in the round", bytes(H + "RVB-01,rvb,strategy.01,4\n"), "respondent RVB-01 staat al in deze ronde",
            "regel 2, kolom A (respondent)", "gebruik --replace om de antwoorden te vervangen"),
        csv("a line with a field too many", bytes(H + "X01,rvb,strategy.01,3,5\n"), "deze regel heeft een ander aantal velden (5)", "regel 2",
            "dan de kopregel (4)"),
        csv("a line with fields missing", bytes(H + "X01,rvb\n"), "deze regel heeft een ander aantal velden (2)", "regel 2", "dan de kopregel (4)"),
        csv("a question with two columns", bytes("respondent,role,strategy.01,Strategy.01\nX01,rvb,4,4\n"),
            "deze vraag heeft al kolom C", "regel 1, kolom D (Strategy.01)", "al kolom C"),
        csv("a value under a column without a code", bytes("respondent,role,strategy.01,\nX01,rvb,4,4\n"),
            "deze kolom heeft geen vraagcode in de kopregel", "regel 2, kolom D, waarde \"4\"", "geen vraagcode in de kopregel"),
        csv("more than 100,000 respondents", generated([] {
                std::string text = H;
                for (int i = 0; i <= 100000; ++i)
                    text += "X" + std::to_string(i) + ",rvb,strategy.01,4\n";
                return text;
            }),
            "het bestand bevat meer dan 100000 respondenten", "regel 100002, kolom A (respondent), waarde \"X100000\"",
            "Is dit het juiste bestand?"),
        {"an answer file that is a folder", Kind::Csv, {}, {"import", "--assessment", "1", "{dir}"}, kFailed, "is een map", "{dir}",
         "geef een bestand"},
        {"an answer file that is not there", Kind::Csv, {}, {"import", "--assessment", "1", "{dir}/antwoorden.csv"}, kFailed,
         "dat bestand bestaat niet", "{dir}/antwoorden.csv", "controleer de naam en de map"},
        // The file is fine; the round is what is wrong (so the message names the round, not the file).
        {"answers for a round that is not there", Kind::Csv, bytes(H + "X01,rvb,strategy.01,4\n"),
         {"import", "--assessment", "99", "{dir}/antwoorden.csv"}, kRefused, "er is geen ronde (assessment) met id 99", "id 99",
         "zie 'samenspel assessment list'"},
    };
}


} // namespace badinput
