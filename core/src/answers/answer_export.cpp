#include "core/answers/answer_export.hpp"

#include <algorithm>

namespace core {

AnswerCsvExporter::AnswerCsvExporter(std::ostream& out, const Instrument& instrument, CsvDialect dialect)
    : m_writer(out, dialect), m_instrument(instrument)
{
    m_writer.row({"respondent", "role", "item", "value"});
}

void AnswerCsvExporter::add(AnswerRow row)
{
    if (!m_current.empty() && m_current.front().respondent != row.respondent)
        flush();
    m_current.push_back(std::move(row));
}

void AnswerCsvExporter::finish() { flush(); }

void AnswerCsvExporter::flush()
{
    const auto position = [this](const AnswerRow& r) {
        const Question* q = m_instrument.find(r.item);
        return q ? q - m_instrument.questions().data() : static_cast<std::ptrdiff_t>(m_instrument.questions().size());
    };
    std::stable_sort(m_current.begin(), m_current.end(),
                     [&](const AnswerRow& a, const AnswerRow& b) { return position(a) < position(b); });
    for (const auto& r : m_current) {
        m_writer.row({r.respondent, std::string(code(r.role)), r.item, formatValue(r.value)});
        ++m_written;
    }
    m_current.clear();
}

} // namespace core
