// The gettext catalogue behind every Dutch text: plural rules, contexts, and damaged or foreign
// .mo files refused with a reason. The catalogues here are written as PO text and compiled by the
// real msgfmt, as the build does with po/nl.po.
#include "core/text/i18n.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace core {
std::string_view builtinDutchCatalogue();
}

using namespace core;

namespace {

std::string compiled(const std::string& po)
{
    const auto dir = std::filesystem::temp_directory_path();
    const auto source = (dir / "samenspel-test.po").string();
    const auto target = (dir / "samenspel-test.mo").string();
    std::ofstream(source) << po;
    REQUIRE(std::system(("msgfmt --check -o '" + target + "' '" + source + "'").c_str()) == 0);
    std::ifstream in(target, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    std::filesystem::remove(source);
    std::filesystem::remove(target);
    return bytes.str();
}

const std::string kHeader = "msgid \"\"\nmsgstr \"\"\n\"Project-Id-Version: test\\n\"\n\"PO-Revision-Date: 2026-11-30 00:00+0000\\n\"\n"
                            "\"Last-Translator: test\\n\"\n\"Language-Team: test\\n\"\n\"Language: nl\\n\"\n\"MIME-Version: 1.0\\n\"\n"
                            "\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Content-Transfer-Encoding: 8bit\\n\"\n";

/// Puts the compiled-in Dutch catalogue back at the end of a test.
struct Restore {
    ~Restore() { (void)useCatalogue(Language::Nl, std::string(builtinDutchCatalogue())); }
};

} // namespace

TEST_CASE("a count picks the form by the catalogue's own plural rule", "[i18n][plural]")
{
    const Restore restore;
    SECTION("Dutch and English: one, and everything else")
    {
        REQUIRE_FALSE(useCatalogue(Language::Nl, compiled(kHeader + "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n"
                                                                     "msgid \"{0} problem\"\nmsgid_plural \"{0} problems\"\n"
                                                                     "msgstr[0] \"{0} probleem\"\nmsgstr[1] \"{0} problemen\"\n")));
        const auto key = txn("{0} problem", "{0} problems");
        CHECK(tr(Language::Nl, key, 1, {"1"}) == "1 probleem");
        CHECK(tr(Language::Nl, key, 2, {"2"}) == "2 problemen");
        CHECK(tr(Language::Nl, key, 0, {"0"}) == "0 problemen");
        CHECK(tr(Language::En, key, 1, {"1"}) == "1 problem");
        CHECK(tr(Language::En, key, 2, {"2"}) == "2 problems");
    }
    SECTION("a rule with three forms (Polish), as a translator might bring")
    {
        const std::string rule = "\"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || "
                                 "n%100>=20) ? 1 : 2);\\n\"\n\n";
        REQUIRE_FALSE(useCatalogue(Language::Nl, compiled(kHeader + rule + "msgid \"{0} file\"\nmsgid_plural \"{0} files\"\n"
                                                                           "msgstr[0] \"{0} plik\"\nmsgstr[1] \"{0} pliki\"\n"
                                                                           "msgstr[2] \"{0} plików\"\n")));
        const auto key = txn("{0} file", "{0} files");
        CHECK(tr(Language::Nl, key, 1, {"1"}) == "1 plik");
        CHECK(tr(Language::Nl, key, 3, {"3"}) == "3 pliki");
        CHECK(tr(Language::Nl, key, 5, {"5"}) == "5 plików");
        CHECK(tr(Language::Nl, key, 12, {"12"}) == "12 plików");
        CHECK(tr(Language::Nl, key, 22, {"22"}) == "22 pliki");
    }
}

TEST_CASE("a context tells apart one English word with two translations", "[i18n]")
{
    const Restore restore;
    REQUIRE_FALSE(useCatalogue(Language::Nl, compiled(kHeader + "\nmsgctxt \"action status\"\nmsgid \"open\"\nmsgstr \"open\"\n\n"
                                                                 "msgctxt \"verb\"\nmsgid \"open\"\nmsgstr \"openen\"\n\n"
                                                                 "msgid \"open\"\nmsgstr \"geopend\"\n")));
    CHECK(tr(Language::Nl, txc("verb", "open")) == "openen");
    CHECK(tr(Language::Nl, txc("action status", "open")) == "open");
    CHECK(tr(Language::Nl, tx("open")) == "geopend");
    CHECK(tr(Language::Nl, txc("unknown", "open")) == "open"); // no translation: the English text
    CHECK(tr(Language::En, txc("verb", "open")) == "open");
}

TEST_CASE("a damaged or foreign catalogue is refused with a reason, and the texts stay", "[i18n]")
{
    const Restore restore;
    const std::string good(builtinDutchCatalogue());
    const auto before = std::string(tr(Language::Nl, tx("party")));
    CHECK(useCatalogue(Language::Nl, "").value().render(Language::En).find("shorter") != std::string::npos);
    CHECK(useCatalogue(Language::Nl, std::string(64, 'x')).value().render(Language::En).find(".mo") != std::string::npos);
    CHECK(useCatalogue(Language::Nl, good.substr(0, good.size() / 2)).value().render(Language::En).find("damaged") != std::string::npos);
    CHECK(useCatalogue(Language::En, good).has_value());
    // Random damage anywhere: refused or read, never a crash or a read out of bounds (the
    // sanitizer build runs this too).
    std::mt19937 random(42);
    for (int i = 0; i < 2000; ++i) {
        auto bytes = good;
        for (int j = 0; j < 4; ++j)
            bytes[std::uniform_int_distribution<std::size_t>(0, bytes.size() - 1)(random)] =
                static_cast<char>(std::uniform_int_distribution<int>(0, 255)(random));
        (void)useCatalogue(Language::Nl, bytes);
        (void)tr(Language::Nl, tx("party"));
        (void)tr(Language::Nl, txn("{0} problem", "{0} problems"), 3, {"3"});
    }
    REQUIRE_FALSE(useCatalogue(Language::Nl, good));
    CHECK(tr(Language::Nl, tx("party")) == before);
    // A rule that is not one: msgfmt refuses to write such a file, so it is made by hand from one
    // that msgfmt wrote.
    auto broken = compiled(kHeader + "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n");
    const auto at = broken.find("(n != 1)");
    REQUIRE(at != std::string::npos);
    broken.replace(at, 8, "(n !=  )");
    CHECK(useCatalogue(Language::Nl, broken).value().render(Language::En).find("Plural-Forms") != std::string::npos);
}
