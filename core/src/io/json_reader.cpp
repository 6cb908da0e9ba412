#include "io/json_reader.hpp"

#include "core/io/json_limits.hpp"
#include "core/text/text_util.hpp"

#include <optional>

namespace core {
namespace {

/// Line and column (from 1; the column in characters) of a byte offset in the text.
std::vector<std::string> placeOf(std::string_view text, std::size_t byte)
{
    byte = std::min(byte, text.size());
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < byte; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {std::to_string(line), std::to_string(column)};
}


/// nlohmann's own DOM builder, also keeping where the parser stopped: json::parse reports that
/// for syntax errors but not for a number out of range such as 1e400.
class PlacedDomParser : public nlohmann::detail::json_sax_dom_parser<json> {
public:
    explicit PlacedDomParser(json& result) : json_sax_dom_parser(result, false) {}

    std::optional<std::size_t> errorByte;
    std::string error;
    std::string token;
    bool numberTooLarge = false;

    template <typename Exception>
    bool parse_error(std::size_t position, const std::string& lastToken, const Exception& e)
    {
        errorByte = position > 0 ? position - 1 : 0;
        numberTooLarge = e.id == 406;
        token = lastToken.size() <= 40 ? lastToken : lastToken.substr(0, 40) + "...";
        error = e.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error while
        // parsing value - invalid literal; last read: 'tru '; expected end of input": the place is
        // given in our own words, and what was last read can be megabytes, or not UTF-8.
        if (const auto colon = error.find(": "); colon != std::string::npos && error.find("parse error at") < colon)
            error.erase(0, colon + 2);
        if (const auto read = error.find("; last read: '"); read != std::string::npos) {
            const auto expected = error.rfind("'; expected");
            error.erase(read, expected == std::string::npos || expected < read ? std::string::npos : expected + 1 - read);
        }
        return false;
    }
};

std::optional<json> parse(std::string_view text, std::vector<DataProblem>& problems)
{
    const auto refuse = [&](TextKey what, std::vector<std::string> args) {
        problems.push_back({"", Message{what, std::move(args)}});
        return std::nullopt;
    };
    // What a wrong file is, before what it is not: /dev/zero is binary, not "larger than 4 MB".
    if (const auto kind = utf16Kind(text.substr(0, 512)); !kind.empty())
        return refuse(tx("the file is {0} text; expected UTF-8: save it again as UTF-8 (in Notepad: File > Save As, "
                         "encoding UTF-8)"),
                      {kind});
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        auto args = placeOf(text, nul);
        args.push_back(std::to_string(nul + 1));
        return refuse(tx("line {0}, column {1}: this is not a text file: binary data (a NUL byte) at byte {2}; expected "
                         "a JSON text file"),
                      std::move(args));
    }
    if (text.size() > kMaxJsonFileBytes)
        return refuse(tx("the file is larger than {0} MB; a JSON data file this large is not read"),
                      {std::to_string(kMaxJsonFileBytes / (1024 * 1024))});
    if (trim(text).empty())
        return refuse(tx("the file is empty; expected one JSON object, {…}"), {});
    if (const auto byte = tooDeep(text)) {
        auto args = placeOf(text, *byte);
        args.push_back(std::to_string(kMaxJsonDepth));
        return refuse(tx("line {0}, column {1}: arrays and objects are nested more than {2} levels deep; expected at most {2} (the "
                         "schemas need fewer than 25)"), std::move(args));
    }
    json root;
    PlacedDomParser dom(root);
    if (json::sax_parse(text.data(), text.data() + text.size(), &dom) && !dom.errorByte)
        return root;
    auto args = placeOf(text, dom.errorByte.value_or(text.size()));
    if (dom.numberTooLarge) {
        args.push_back(dom.token);
        return refuse(tx("line {0}, column {1}: the number {2} is too large to read; expected a figure within its field's range"), std::move(args));
    }
    // The parser's reason is English: said in our own words, by kind.
    const auto says = [&](const char* words) { return dom.error.find(words) != std::string::npos; };
    if (says("unexpected end of input"))
        return refuse(tx("line {0}, column {1}: not valid JSON: the file ends too early; a bracket, brace or quote is not closed"),
                      std::move(args));
    if (says("invalid literal"))
        return refuse(tx("line {0}, column {1}: not valid JSON: a word JSON does not know; only true, false and null are "
                         "written without quotes"),
                      std::move(args));
    if (says("UTF-8"))
        return refuse(tx("line {0}, column {1}: not valid JSON: a text holds bytes that are not UTF-8; save the file as UTF-8"),
                      std::move(args));
    if (says("invalid string"))
        return refuse(tx("line {0}, column {1}: not valid JSON: a text in quotes is not closed, or holds a line break, a tab "
                         "or a backslash that JSON does not allow"),
                      std::move(args));
    if (says("invalid number") || says("expected digit"))
        return refuse(tx("line {0}, column {1}: not valid JSON: a number as JSON does not write it; expected a point for "
                         "decimals and no thousands separators"),
                      std::move(args));
    if (says("; expected string literal"))
        return refuse(tx("line {0}, column {1}: not valid JSON: expected a name in quotes; JSON allows no comma after the "
                         "last item"),
                      std::move(args));
    if (says("expected ':'"))
        return refuse(tx("line {0}, column {1}: not valid JSON: a colon is missing after a name"), std::move(args));
    if (says("expected '}'") || says("expected ']'"))
        return refuse(tx("line {0}, column {1}: not valid JSON: a comma or a closing bracket or brace is missing"),
                      std::move(args));
    return refuse(tx("line {0}, column {1}: not valid JSON: something JSON does not allow stands here"), std::move(args));
}

} // namespace

std::optional<std::size_t> tooDeep(std::string_view text, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return std::nullopt;
}


void addProblem(std::vector<DataProblem>& problems, DataProblem problem)
{
    if (problems.size() < kMaxJsonProblems)
        problems.push_back(std::move(problem));
    else if (problems.size() == kMaxJsonProblems)
        problems.push_back({"", Message{tx("more than {0} problems; the rest are not listed"), {std::to_string(kMaxJsonProblems)}}});
}

void readJson(std::string_view text, std::vector<DataProblem>& problems, const std::function<void(const json&)>& read)
{
    const auto root = parse(text, problems);
    if (!root)
        return;
    // Every data file is one object; anything else would only give a list of missing fields.
    if (!root->is_object()) {
        addProblem(problems, {"", Message{tx("the file must contain one JSON object, {…}; it holds {0}"), {visibleText(root->dump())}}});
        return;
    }
    try {
        read(*root);
    } catch (const json::exception& e) { // a reader's slip must still end as a problem, not a crash
        addProblem(problems, {"", Message{tx("the file could not be read: {0}"), {e.what()}}});
    }
}

} // namespace core
