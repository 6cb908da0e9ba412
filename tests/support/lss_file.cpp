#include "lss_file.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <fstream>
#include <memory>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>

namespace test {
namespace {

std::string nameOf(const xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

std::vector<const xmlNode*> children(const xmlNode* node)
{
    std::vector<const xmlNode*> out;
    for (const xmlNode* c = node->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
            out.push_back(c);
    return out;
}

LssValue valueOf(const xmlNode* node)
{
    LssValue v;
    for (const xmlNode* c = node->children; c; c = c->next) {
        if (c->type == XML_CDATA_SECTION_NODE)
            v.cdata = true;
        if ((c->type == XML_CDATA_SECTION_NODE || c->type == XML_TEXT_NODE) && c->content)
            v.text += reinterpret_cast<const char*>(c->content);
    }
    return v;
}

std::string textOf(const xmlNode* node) { return valueOf(node).text; }

} // namespace

std::optional<std::string> LssRow::get(const std::string& field) const
{
    const auto it = values.find(field);
    return it == values.end() ? std::nullopt : std::optional<std::string>(it->second.text);
}

const LssTable& LssDocument::table(const std::string& name) const
{
    static const LssTable empty;
    const auto it = tables.find(name);
    return it == tables.end() ? empty : it->second;
}

std::string readTextFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

LssDocument parseLss(const std::string& xml)
{
    const std::unique_ptr<xmlDoc, void (*)(xmlDoc*)> doc(
        xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "survey.lss", nullptr, XML_PARSE_NONET | XML_PARSE_NOWARNING),
        xmlFreeDoc);
    if (!doc) {
        const xmlError* e = xmlGetLastError();
        throw std::runtime_error(std::string("not well-formed XML: ") + (e && e->message ? e->message : "?"));
    }
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    LssDocument out;
    out.root = nameOf(root);
    for (const auto* element : children(root)) {
        const auto name = nameOf(element);
        out.elements.push_back(name);
        if (name == "LimeSurveyDocType")
            out.docType = textOf(element);
        else if (name == "DBVersion")
            out.dbVersion = textOf(element);
        else if (name == "languages")
            for (const auto* l : children(element))
                out.languages.push_back(textOf(l));
        else {
            const xmlNode* fields = nullptr;
            const xmlNode* rows = nullptr;
            for (const auto* part : children(element))
                (nameOf(part) == "fields" ? fields : nameOf(part) == "rows" ? rows : part) = part;
            if (!fields)
                continue; // themes and the like
            LssTable table;
            for (const auto* f : children(fields))
                table.fields.push_back(textOf(f));
            const std::set<std::string> known(table.fields.begin(), table.fields.end());
            for (const auto* r : rows ? children(rows) : std::vector<const xmlNode*>{}) {
                LssRow row;
                for (const auto* v : children(r)) {
                    if (!known.count(nameOf(v)))
                        out.strays.push_back(name + "." + nameOf(v));
                    row.values[nameOf(v)] = valueOf(v);
                }
                table.rows.push_back(std::move(row));
            }
            out.tables[name] = std::move(table);
        }
    }
    return out;
}

std::vector<std::string> lssConventionProblems(const LssDocument& doc)
{
    std::vector<std::string> problems;
    const auto say = [&](const std::string& what) { problems.push_back(what); };
    if (doc.root != "document" || doc.docType != "Survey")
        say("root " + doc.root + ", doctype " + doc.docType);
    for (const auto& s : doc.strays)
        say("element outside the fields: " + s);
    for (const auto& [name, table] : doc.tables)
        for (const auto& row : table.rows)
            for (const auto& [field, value] : row.values)
                if (!value.text.empty() && !value.cdata)
                    say(name + "." + field + " not in CDATA");

    // The languages: the survey's base and additional languages, and no other.
    const std::set<std::string> languages(doc.languages.begin(), doc.languages.end());
    const auto& survey = doc.table("surveys");
    std::set<std::string> declared;
    if (survey.rows.size() == 1) {
        declared.insert(survey.rows[0].get("language").value_or(""));
        std::istringstream more(survey.rows[0].get("additional_languages").value_or(""));
        for (std::string l; more >> l;)
            declared.insert(l);
    } else
        say("surveys has " + std::to_string(survey.rows.size()) + " rows");
    if (declared != languages)
        say("the languages differ from the survey's language and additional_languages");

    // One text per language for each group, question, subquestion and answer.
    const auto perLanguage = [&](const std::string& owners, const std::string& key, const std::string& texts,
                                 const std::string& textKey) {
        std::map<std::string, std::multiset<std::string>> seen;
        for (const auto& row : doc.table(texts).rows) {
            const auto lang = row.get("language").value_or("");
            if (!languages.count(lang))
                say(texts + " in language '" + lang + "'");
            seen[row.get(textKey).value_or("")].insert(lang);
        }
        for (const auto& owner : owners == "questions" ? std::vector<std::string>{"questions", "subquestions"}
                                                       : std::vector<std::string>{owners})
            for (const auto& row : doc.table(owner).rows) {
                const auto id = row.get(key).value_or("");
                if (seen[id] != std::multiset<std::string>(languages.begin(), languages.end()))
                    say(owner + " " + id + " has not one " + texts + " row per language");
            }
    };
    perLanguage("groups", "gid", "group_l10ns", "gid");
    perLanguage("questions", "qid", "question_l10ns", "qid");
    perLanguage("answers", "aid", "answer_l10ns", "aid");

    // Questions: ids unique across questions and subquestions, codes by LimeSurvey's rules, orders
    // unique within their group; subquestions under a question of the same group.
    const std::regex questionCode("[A-Za-z][A-Za-z0-9]{0,19}");
    const std::regex subquestionCode("[A-Za-z0-9]{1,20}");
    const std::regex answerCode("[A-Za-z0-9]{1,5}");
    std::set<std::string> qids;
    std::map<std::string, std::string> groupOf;
    std::set<std::string> gids;
    for (const auto& row : doc.table("groups").rows)
        gids.insert(row.get("gid").value_or(""));
    std::set<std::pair<std::string, std::string>> orders, titles;
    for (const auto& row : doc.table("questions").rows) {
        const auto qid = row.get("qid").value_or("");
        if (!qids.insert(qid).second)
            say("qid " + qid + " twice");
        groupOf[qid] = row.get("gid").value_or("");
        if (!gids.count(groupOf[qid]))
            say("question " + qid + " in no group");
        if (row.get("parent_qid").value_or("") != "0")
            say("question " + qid + " has a parent");
        if (!std::regex_match(row.get("title").value_or(""), questionCode))
            say("question code '" + row.get("title").value_or("") + "'");
        if (!titles.insert({"", row.get("title").value_or("")}).second)
            say("question code '" + row.get("title").value_or("") + "' twice");
        if (!orders.insert({groupOf[qid], row.get("question_order").value_or("")}).second)
            say("question_order " + row.get("question_order").value_or("") + " twice in group " + groupOf[qid]);
    }
    for (const auto& row : doc.table("subquestions").rows) {
        const auto qid = row.get("qid").value_or("");
        const auto parent = row.get("parent_qid").value_or("");
        if (!qids.insert(qid).second)
            say("qid " + qid + " twice");
        if (!groupOf.count(parent) || groupOf[parent] != row.get("gid").value_or(""))
            say("subquestion " + qid + " not under a question of its group");
        if (!std::regex_match(row.get("title").value_or(""), subquestionCode) || row.get("title") == "time")
            say("subquestion code '" + row.get("title").value_or("") + "'");
        if (!titles.insert({parent, row.get("title").value_or("")}).second)
            say("subquestion code '" + row.get("title").value_or("") + "' twice under " + parent);
        if (!orders.insert({"sq" + parent, row.get("question_order").value_or("")}).second)
            say("subquestion order twice under " + parent);
    }
    // Answers: under a question, codes by LimeSurvey's rules, unique per question and scale, and
    // their sort orders distinct.
    std::set<std::string> aids;
    std::set<std::tuple<std::string, std::string, std::string>> codes, sortorders;
    for (const auto& row : doc.table("answers").rows) {
        const auto qid = row.get("qid").value_or("");
        const auto scale = row.get("scale_id").value_or("");
        if (!aids.insert(row.get("aid").value_or("")).second)
            say("aid twice");
        if (!groupOf.count(qid))
            say("answer of no question " + qid);
        if (!std::regex_match(row.get("code").value_or(""), answerCode))
            say("answer code '" + row.get("code").value_or("") + "'");
        if (!codes.insert({qid, scale, row.get("code").value_or("")}).second)
            say("answer code twice in question " + qid);
        if (!sortorders.insert({qid, scale, row.get("sortorder").value_or("")}).second)
            say("answer sortorder twice in question " + qid);
    }
    for (const auto& row : doc.table("question_attributes").rows) {
        if (!qids.count(row.get("qid").value_or("")))
            say("attribute of no question");
        const auto lang = row.get("language").value_or("");
        if (!lang.empty() && !languages.count(lang))
            say("attribute in language '" + lang + "'");
    }
    return problems;
}

} // namespace test
