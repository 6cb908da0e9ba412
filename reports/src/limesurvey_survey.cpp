#include "reports/limesurvey_survey.hpp"

#include "core/limesurvey/survey_codes.hpp"
#include "reports/html_document.hpp"

#include <algorithm>
#include <functional>
#include <map>

namespace reports::limesurvey {
namespace {

using core::Language;
using core::Question;
using core::QuestionKind;
using core::tr;
using core::tx;
namespace ls = core::limesurvey;
using Row = std::vector<std::optional<std::string>>;

// LimeSurvey 5.6's database version. Its import does not compare versions: a file with *_l10ns
// tables (from 400 on) is read by every LimeSurvey 5 and 6 (docs/limesurvey.md).
constexpr int kDbVersion = 495;
constexpr int kSurveyId = 517230;

const std::vector<std::string> kQuestionFields{"qid",      "parent_qid", "sid",      "gid",
                                               "type",     "title",      "preg",     "other",
                                               "mandatory", "encrypted", "question_order", "scale_id",
                                               "same_default", "relevance", "question_theme_name", "modulename"};

std::string langCode(Language lang) { return std::string(core::code(lang)); }

/// A text in every language of the survey.
using Texts = std::function<std::string(Language)>;

Texts local(const core::LocalText& text)
{
    return [&text](Language lang) { return htmlEscape(text.in(lang)); };
}

class Builder {
public:
    Builder(const core::Instrument& instrument, const StructureOptions& options)
        : m_instrument(instrument), m_options(options), m_codes(instrument)
    {
    }

    SurveyStructure build()
    {
        SurveyStructure s;
        s.dbVersion = kDbVersion;
        for (const auto lang : m_options.languages)
            s.languages.push_back(langCode(lang));
        m_hiddenPending = true;
        if (!m_options.role)
            roleGroup();
        for (const auto element : core::kElements)
            elementGroup(element);
        profileGroup();
        settings();
        s.tables = {std::move(m_answers),   std::move(m_answerTexts), std::move(m_groups),
                    std::move(m_groupTexts), std::move(m_questions),  std::move(m_subquestions),
                    std::move(m_questionTexts), std::move(m_attributes), std::move(m_surveys),
                    std::move(m_languageSettings)};
        return s;
    }

private:
    const core::Instrument& m_instrument;
    const StructureOptions& m_options;
    ls::SurveyCodes m_codes;
    int m_gid = 0, m_qid = 0, m_aid = 0, m_textId = 0, m_questionOrder = 0;
    bool m_hiddenPending = false;
    Table m_answers{"answers", {"aid", "qid", "code", "sortorder", "assessment_value", "scale_id"}, {}};
    Table m_answerTexts{"answer_l10ns", {"id", "aid", "answer", "language"}, {}};
    Table m_groups{"groups", {"gid", "sid", "group_order", "randomization_group", "grelevance"}, {}};
    Table m_groupTexts{"group_l10ns",
                       {"id", "gid", "group_name", "description", "language", "sid", "group_order", "randomization_group",
                        "grelevance"},
                       {}};
    Table m_questions{"questions", kQuestionFields, {}};
    Table m_subquestions{"subquestions", kQuestionFields, {}};
    Table m_questionTexts{"question_l10ns", {"id", "qid", "question", "help", "script", "language"}, {}};
    Table m_attributes{"question_attributes", {"qid", "attribute", "value", "language"}, {}};
    Table m_surveys{"surveys", {}, {}};
    Table m_languageSettings{"surveys_languagesettings", {}, {}};

    static std::string n(int value) { return std::to_string(value); }

    bool wanted(const Question& q) const { return !m_options.role || q.askedOf(*m_options.role); }

    /// LimeSurvey's expression for "asked of these roles": true for everyone in a survey for one role.
    std::string relevance(const std::vector<core::Role>& roles) const
    {
        if (m_options.role || roles.size() == core::kRoles.size())
            return "1";
        std::string out;
        for (const auto role : core::kRoles)
            if (std::find(roles.begin(), roles.end(), role) != roles.end())
                out += (out.empty() ? "" : " or ") + std::string(ls::kRoleQuestion) + ".NAOK == \"" +
                       std::string(ls::roleCode(role)) + "\"";
        return out;
    }

    void group(const Texts& name, const Texts& description)
    {
        ++m_gid;
        m_questionOrder = 0;
        m_groups.rows.push_back({n(m_gid), n(kSurveyId), n(m_gid), "", ""});
        for (const auto lang : m_options.languages)
            m_groupTexts.rows.push_back(
                {n(++m_textId), n(m_gid), name(lang), description(lang), langCode(lang), n(kSurveyId), n(m_gid), "", ""});
    }

    void texts(int qid, const Texts& question, const Texts& help)
    {
        for (const auto lang : m_options.languages)
            m_questionTexts.rows.push_back({n(++m_textId), n(qid), question(lang), help(lang), "", langCode(lang)});
    }

    int question(const std::string& type, const std::string& title, const std::string& mandatory,
                 const std::string& relevanceText, const std::string& theme, const Texts& text, const Texts& help)
    {
        const int qid = ++m_qid;
        m_questions.rows.push_back({n(qid), "0", n(kSurveyId), n(m_gid), type, title, std::nullopt, "N", mandatory, "N",
                                    n(++m_questionOrder), "0", "0", relevanceText, theme, ""});
        texts(qid, text, help);
        return qid;
    }

    void subquestion(int parent, int order, const std::string& title, const std::string& relevanceText, const Texts& text)
    {
        const int qid = ++m_qid;
        m_subquestions.rows.push_back({n(qid), n(parent), n(kSurveyId), n(m_gid), "T", title, std::nullopt, "N",
                                       std::nullopt, "N", n(order), "0", "0", relevanceText, std::nullopt, std::nullopt});
        texts(qid, text, [](Language) { return std::string(); });
    }

    void answer(int qid, const std::string& answerCode, int order, int assessment, const Texts& text)
    {
        const int aid = ++m_aid;
        m_answers.rows.push_back({n(aid), n(qid), answerCode, n(order), n(assessment), "0"});
        for (const auto lang : m_options.languages)
            m_answerTexts.rows.push_back({n(++m_textId), n(aid), text(lang), langCode(lang)});
    }

    void attribute(int qid, const std::string& name, const std::string& value, const std::string& lang = "")
    {
        m_attributes.rows.push_back({n(qid), name, value, lang});
    }

    void roleGroup()
    {
        group([](Language lang) { return std::string(tr(lang, tx("About you"))); },
              [](Language) { return std::string(); });
        const int qid = question("L", std::string(ls::kRoleQuestion), "Y", "1", "listradio",
                                 [](Language lang) { return htmlEscape(std::string(tr(lang, tx("In which role do you answer?")))); },
                                 [](Language lang) {
                                     return htmlEscape(std::string(tr(lang, tx("The questions that follow depend on your role."))));
                                 });
        int order = 0;
        for (const auto role : core::kRoles) {
            const auto& name = m_instrument.name(role);
            answer(qid, std::string(ls::roleCode(role)), order++, 0, local(name));
        }
        hiddenQuestions();
    }

    void elementGroup(core::Element element)
    {
        std::vector<const Question*> items, ratings;
        for (const auto* q : m_instrument.listedItems(element))
            if (wanted(*q))
                items.push_back(q);
        for (const auto* q : m_instrument.questionsOfKind(QuestionKind::Rating))
            if (q->element == element && wanted(*q))
                ratings.push_back(q);
        if (items.empty() && ratings.empty())
            return;
        group(local(m_instrument.name(element)), local(m_instrument.description(element)));
        hiddenQuestions();
        if (!items.empty())
            array(items, [](Language lang) {
                return htmlEscape(std::string(tr(lang, tx("How far do you agree with these statements?"))));
            });
        if (!ratings.empty())
            array(ratings, [this](Language lang) {
                return htmlEscape(tr(lang, tx("A mark from 0 ({0}) to 10 ({1}):"),
                                     {m_instrument.rating().low.in(lang), m_instrument.rating().high.in(lang)}));
            });
    }

    /// Stored with every response by hidden equations, on the first page with questions: the role
    /// of a survey for one role, and the round's check with the survey's tag.
    void hiddenQuestions()
    {
        if (!m_hiddenPending)
            return;
        m_hiddenPending = false;
        if (m_options.role)
            hidden(ls::fixedRoleQuestion(*m_options.role), std::string(ls::roleCode(*m_options.role)));
        if (!m_options.roundCheck.empty()) {
            const bool englishOnly = m_options.languages == std::vector<Language>{Language::En};
            const auto tag = ls::surveyTag(m_options.role, englishOnly);
            hidden(std::string(ls::kSurveyQuestion), m_options.roundCheck + (tag.empty() ? "" : "-" + tag));
        }
    }

    void hidden(const std::string& title, const std::string& value)
    {
        const int qid = question("*", title, "N", "1", "equation", [value](Language) { return value; },
                                 [](Language) { return std::string(); });
        attribute(qid, "hidden", "1");
        attribute(qid, "equation", value); // the value stays even if an editor wraps the question's text
    }

    void array(const std::vector<const Question*>& rows, const Texts& text)
    {
        const auto& place = m_codes.place(*rows.front());
        std::vector<core::Role> roles;
        for (const auto* q : rows)
            for (const auto role : q->roles)
                if (std::find(roles.begin(), roles.end(), role) == roles.end())
                    roles.push_back(role);
        const int qid = question("F", place.question, "S", relevance(roles), "arrays/array", text,
                                 [](Language) { return std::string(); });
        attribute(qid, "answer_width", "40");
        int order = 0;
        for (const auto* q : rows)
            subquestion(qid, order++, m_codes.place(*q).subquestion, relevance(q->roles), local(q->text));
        const auto& front = *rows.front();
        for (int value = front.min; value <= front.max; ++value) {
            const auto label = front.kind == QuestionKind::Likert ? &m_instrument.likert().labels.at(static_cast<std::size_t>(value - 1))
                                                                  : nullptr;
            answer(qid, n(value), value - front.min, value,
                   label ? local(*label) : Texts([value](Language) { return n(value); }));
        }
        answer(qid, std::string(ls::kNoAnswerCode), front.max - front.min + 1, 0, local(m_instrument.likert().noAnswer));
    }

    void profileGroup()
    {
        std::vector<const Question*> profile;
        for (const auto& q : m_instrument.questions())
            if ((q.kind == QuestionKind::Choice || q.kind == QuestionKind::Number) && wanted(q))
                profile.push_back(&q);
        if (profile.empty())
            return;
        group([](Language lang) { return std::string(tr(lang, tx("About your hospital"))); },
              [](Language lang) {
                  return htmlEscape(std::string(tr(lang, tx("Facts about how your hospital is organised."))));
              });
        for (const auto* q : profile) {
            const auto& title = m_codes.place(*q).question;
            if (q->kind == QuestionKind::Choice) {
                const int qid = question("L", title, "S", relevance(q->roles), "listradio", local(q->text),
                                         [](Language) { return std::string(); });
                for (std::size_t i = 0; i < q->options.size(); ++i)
                    answer(qid, ls::optionCode(i), static_cast<int>(i), 0, local(q->options[i].label));
                continue;
            }
            // LimeSurvey says the range itself, from the attributes below.
            const int qid = question("N", title, "S", relevance(q->roles), "numerical", local(q->text),
                                     [](Language) { return std::string(); });
            attribute(qid, "min_num_value_n", n(q->min));
            attribute(qid, "max_num_value_n", n(q->max));
            attribute(qid, "num_value_int_only", "1");
            if (q->unit)
                for (const auto lang : m_options.languages)
                    attribute(qid, "suffix", q->unit->in(lang), langCode(lang));
        }
    }

    void settings();
};

/// A table of one row per entry of `rows`, with LimeSurvey's fields in its order; a field without a
/// value is left out of the row, as LimeSurvey leaves out a NULL.
Table settingsTable(std::string name, const std::vector<std::string>& fields,
                    const std::vector<std::map<std::string, std::string>>& rows)
{
    Table t{std::move(name), fields, {}};
    for (const auto& values : rows) {
        Row row;
        for (const auto& field : fields) {
            const auto it = values.find(field);
            row.push_back(it == values.end() ? std::nullopt : std::optional<std::string>(it->second));
        }
        t.rows.push_back(std::move(row));
    }
    return t;
}

const std::vector<std::string> kSurveyFields{
    "sid", "gsid", "admin", "expires", "startdate", "adminemail", "anonymized", "faxto", "format", "savetimings",
    "template", "language", "additional_languages", "datestamp", "usecookie", "allowregister", "allowsave",
    "autonumber_start", "autoredirect", "allowprev", "printanswers", "ipaddr", "ipanonymize", "refurl",
    "showsurveypolicynotice", "publicstatistics", "publicgraphs", "listpublic", "htmlemail", "sendconfirmation",
    "tokenanswerspersistence", "assessments", "usecaptcha", "usetokens", "bounce_email", "attributedescriptions",
    "emailresponseto", "emailnotificationto", "tokenlength", "showxquestions", "showgroupinfo", "shownoanswer",
    "showqnumcode", "bouncetime", "bounceprocessing", "bounceaccounttype", "bounceaccounthost", "bounceaccountpass",
    "bounceaccountencryption", "bounceaccountuser", "showwelcome", "showprogress", "questionindex", "navigationdelay",
    "nokeyboard", "alloweditaftercompletion", "googleanalyticsstyle", "googleanalyticsapikey", "tokenencryptionoptions"};

const std::vector<std::string> kLanguageFields{
    "surveyls_survey_id", "surveyls_language", "surveyls_title", "surveyls_description", "surveyls_welcometext",
    "surveyls_endtext", "surveyls_policy_notice", "surveyls_policy_error", "surveyls_policy_notice_label",
    "surveyls_url", "surveyls_urldescription", "surveyls_email_invite_subj", "surveyls_email_invite",
    "surveyls_email_remind_subj", "surveyls_email_remind", "surveyls_email_register_subj", "surveyls_email_register",
    "surveyls_email_confirm_subj", "surveyls_email_confirm", "surveyls_dateformat", "surveyls_attributecaptions",
    "email_admin_notification_subj", "email_admin_notification", "email_admin_responses_subj", "email_admin_responses",
    "surveyls_numberformat", "attachments"};

void Builder::settings()
{
    std::string additional;
    for (std::size_t i = 1; i < m_options.languages.size(); ++i)
        additional += (additional.empty() ? "" : " ") + langCode(m_options.languages[i]);
    // Anonymous: no access codes, no IP address, referrer, timings or dates with a response; no "save
    // and resume later" (it asks for a name and password); a cookie against answering twice from one
    // browser.
    m_surveys = settingsTable(
        "surveys", kSurveyFields,
        {{{"sid", n(kSurveyId)}, {"gsid", "1"}, {"admin", "inherit"}, {"adminemail", "inherit"}, {"anonymized", "Y"},
          {"faxto", ""}, {"format", "G"}, {"savetimings", "N"}, {"template", "inherit"},
          {"language", langCode(m_options.languages.front())}, {"additional_languages", additional}, {"datestamp", "N"},
          {"usecookie", "Y"}, {"allowregister", "N"}, {"allowsave", "N"}, {"autonumber_start", "0"},
          {"autoredirect", "N"}, {"allowprev", "Y"}, {"printanswers", "N"}, {"ipaddr", "N"}, {"ipanonymize", "Y"},
          {"refurl", "N"}, {"showsurveypolicynotice", "0"}, {"publicstatistics", "N"}, {"publicgraphs", "N"},
          {"listpublic", "N"}, {"htmlemail", "Y"}, {"sendconfirmation", "N"}, {"tokenanswerspersistence", "N"},
          {"assessments", "N"}, {"usecaptcha", "N"}, {"usetokens", "N"}, {"bounce_email", "inherit"},
          {"emailresponseto", ""}, {"emailnotificationto", ""}, {"tokenlength", "15"}, {"showxquestions", "N"},
          {"showgroupinfo", "B"}, {"shownoanswer", "N"}, {"showqnumcode", "X"}, {"bounceprocessing", "N"},
          {"showwelcome", "Y"}, {"showprogress", "Y"}, {"questionindex", "0"}, {"navigationdelay", "0"},
          {"nokeyboard", "N"}, {"alloweditaftercompletion", "N"}, {"tokenencryptionoptions", ""}}});

    const auto k = std::to_string(m_options.anonymityK);
    std::vector<std::map<std::string, std::string>> rows;
    for (const auto lang : m_options.languages) {
        auto title = m_instrument.title().in(lang);
        if (!m_options.roundName.empty())
            title += " \u2013 " + m_options.roundName;
        if (m_options.role)
            title += " \u2013 " + m_instrument.name(*m_options.role).in(lang);
        const auto paragraph = [](const std::string& text) { return "<p>" + htmlEscape(text) + "</p>"; };
        const std::string welcome =
            paragraph(m_instrument.intro().in(lang)) +
            paragraph(tr(lang, tx("Your answers are stored without your name, e-mail address or IP address, and without "
                                  "the times you answered. Whoever manages this LimeSurvey can see single responses with "
                                  "the role chosen; the advisor processes them under a number and shows them only per "
                                  "group of at least {0} people. Once processed, the answers are deleted from LimeSurvey."),
                         {k}));
        rows.push_back({{"surveyls_survey_id", n(kSurveyId)},
                        {"surveyls_language", langCode(lang)},
                        {"surveyls_title", htmlEscape(title)},
                        {"surveyls_description", ""},
                        {"surveyls_welcometext", welcome},
                        {"surveyls_endtext", paragraph(std::string(tr(lang, tx("Thank you. Your answers have been stored."))))},
                        {"surveyls_policy_notice", ""},
                        {"surveyls_policy_error", ""},
                        {"surveyls_policy_notice_label", ""},
                        {"surveyls_url", ""},
                        {"surveyls_urldescription", ""},
                        {"surveyls_dateformat", lang == Language::Nl ? "2" : "5"},
                        {"surveyls_numberformat", lang == Language::Nl ? "1" : "0"}});
    }
    m_languageSettings = settingsTable("surveys_languagesettings", kLanguageFields, rows);
}

} // namespace

const Table* SurveyStructure::table(const std::string& name) const
{
    for (const auto& t : tables)
        if (t.name == name)
            return &t;
    return nullptr;
}

SurveyStructure surveyStructure(const core::Instrument& instrument, const StructureOptions& options)
{
    return Builder(instrument, options).build();
}

} // namespace reports::limesurvey
