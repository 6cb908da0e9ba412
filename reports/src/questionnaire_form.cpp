#include "reports/questionnaire_form.hpp"

#include "reports/pdf_document.hpp"

#include <cairo.h>

namespace reports {
namespace {

using core::tr;
using core::tx;

constexpr double kTextWidth = PdfDocument::kWidth - 2 * PdfDocument::kMargin;

/// Measures text without a page: a scratch surface with the same fonts.
double measure(const std::string& text, double width, double size)
{
    static cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1);
    cairo_t* cr = cairo_create(surface);
    const double h = textHeight(cr, text, width, size);
    cairo_destroy(cr);
    return h;
}

/// A question code that may wrap only after a '.' or '_' (a zero-width space there), never with a
/// hyphen inside a word: the advisor types it from the paper into an answer file.
std::string breakable(const std::string& code)
{
    std::string out;
    for (const char ch : code) {
        out += ch;
        if (ch == '.' || ch == '_')
            out += "\u200b";
    }
    return out;
}

/// A statement or question with a row of labelled boxes under it.
void question(PdfDocument& doc, const std::string& code, const std::string& text, const std::vector<std::string>& boxes)
{
    const double textHeightPt = measure(text, kTextWidth - 70, 9.5);
    const double boxWidth = std::min(62.0, (kTextWidth - 70) / static_cast<double>(boxes.size()));
    doc.drawing(textHeightPt + 26, [&](cairo_t* cr, Rect area) {
        cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
        drawText(cr, breakable(code), area.x, area.y, 66, 7.5);
        cairo_set_source_rgb(cr, 0, 0, 0);
        drawText(cr, text, area.x + 70, area.y, area.w - 70, 9.5);
        const double y = area.y + textHeightPt + 4;
        cairo_set_line_width(cr, 0.7);
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            const double x = area.x + 70 + boxWidth * static_cast<double>(i);
            cairo_rectangle(cr, x, y + 2, 9, 9);
            cairo_stroke(cr);
            drawText(cr, boxes[i], x + 12, y + 1.5, boxWidth - 13, 7);
        }
    });
}

/// A profile question with one option per line: labels are sentences, too long to share a row.
void choiceQuestion(PdfDocument& doc, const std::string& code, const std::string& text, const std::vector<std::string>& options)
{
    constexpr double kLabelSize = 8.5;
    constexpr double kGap = 3;
    const double labelWidth = kTextWidth - 70 - 14;
    const double textHeightPt = measure(text, kTextWidth - 70, 9.5);
    std::vector<double> heights;
    double total = textHeightPt + 6;
    for (const auto& o : options) {
        heights.push_back(std::max(9.0, measure(o, labelWidth, kLabelSize)));
        total += heights.back() + kGap;
    }
    doc.drawing(total + 8, [&](cairo_t* cr, Rect area) {
        cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
        drawText(cr, breakable(code), area.x, area.y, 66, 7.5);
        cairo_set_source_rgb(cr, 0, 0, 0);
        drawText(cr, text, area.x + 70, area.y, area.w - 70, 9.5);
        double y = area.y + textHeightPt + 6;
        cairo_set_line_width(cr, 0.7);
        for (std::size_t i = 0; i < options.size(); ++i) {
            cairo_rectangle(cr, area.x + 70, y + 1, 9, 9);
            cairo_stroke(cr);
            drawText(cr, options[i], area.x + 70 + 14, y, labelWidth, kLabelSize);
            y += heights[i] + kGap;
        }
    });
}

} // namespace

void writeQuestionnairePdf(std::ostream& out, const core::Instrument& instrument, core::Role role, core::Language lang)
{
    const std::string roleName = instrument.name(role).in(lang);
    PdfDocument doc(out, instrument.title().in(lang) + " - " + roleName, std::string(tr(lang, tx("page {0}"))));
    const std::string forWhom = tr(lang, tx("For: {0} (questionnaire version {1})"), {roleName, instrument.version()});
    doc.describe({instrument.title().in(lang) + " - " + roleName, "", forWhom, "", "", std::string(code(lang))});
    doc.heading(instrument.title().in(lang));
    doc.paragraph(forWhom, 11, true);
    doc.paragraph(instrument.intro().in(lang), 9.5);
    doc.paragraph(std::string(tr(lang, tx("Write your respondent code (never your name) here: ____________   Tick one box per "
                                          "question. The codes let the answers be typed into a CSV file for "
                                          "'samenspel import'."))),
                  9.5);
    std::vector<std::string> likert;
    for (const auto& label : instrument.likert().labels)
        likert.push_back(label.in(lang));
    likert.push_back(instrument.likert().noAnswer.in(lang));
    for (const auto e : core::kElements) {
        const auto items = instrument.listedItems(e);
        if (std::none_of(items.begin(), items.end(), [&](const core::Question* q) { return q->askedOf(role); }))
            continue;
        doc.heading(instrument.name(e).in(lang), 2);
        for (const auto* q : items)
            if (q->askedOf(role))
                question(doc, q->code, q->text.in(lang), likert);
    }
    std::vector<std::string> grades;
    for (int i = 0; i <= 10; ++i)
        grades.push_back(std::to_string(i));
    const auto ratings = instrument.questionsOfKind(core::QuestionKind::Rating);
    if (std::any_of(ratings.begin(), ratings.end(), [&](const core::Question* q) { return q->askedOf(role); })) {
        doc.heading(std::string(tr(lang, tx("Now and desired (0-10)"))), 2);
        for (const auto* q : ratings)
            if (q->askedOf(role))
                question(doc, q->code, q->text.in(lang), grades);
    }
    bool profileHeading = false;
    for (const auto& q : instrument.questions()) {
        if ((q.kind != core::QuestionKind::Choice && q.kind != core::QuestionKind::Number) || !q.askedOf(role))
            continue;
        if (!profileHeading)
            doc.heading(std::string(tr(lang, tx("About your hospital"))), 2);
        profileHeading = true;
        std::vector<std::string> options;
        for (const auto& o : q.options)
            options.push_back(o.label.in(lang));
        if (q.kind == core::QuestionKind::Number)
            doc.paragraph(q.code + "   " + q.text.in(lang) + "   ________" + (q.unit ? " " + q.unit->in(lang) : ""), 9.5);
        else
            choiceQuestion(doc, q.code, q.text.in(lang), options);
    }
    doc.finish();
}

} // namespace reports
