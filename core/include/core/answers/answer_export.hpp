#pragma once
// Writing answers in the long CSV layout (respondent,role,item,value), which imports back as is.

#include "core/io/csv.hpp"
#include "core/instrument/instrument.hpp"
#include "core/answers/records.hpp"

#include <ostream>
#include <vector>

namespace core {

/// Takes rows grouped by respondent and writes each respondent's answers in instrument order.
class AnswerCsvExporter {
public:
    AnswerCsvExporter(std::ostream& out, const Instrument& instrument, CsvDialect dialect);
    void add(AnswerRow row);
    /// Writes what is buffered; call once after the last row.
    void finish();
    std::size_t rowsWritten() const { return m_written; }

private:
    void flush();

    CsvWriter m_writer;
    const Instrument& m_instrument;
    std::vector<AnswerRow> m_current;
    std::size_t m_written = 0;
};

} // namespace core
