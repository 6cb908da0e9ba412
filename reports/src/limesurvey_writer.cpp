// The .lss file as LimeSurvey's own export writes it (see ../shared/fixtures/limesurvey/).
#include "reports/limesurvey_survey.hpp"

namespace reports::limesurvey {
namespace {

/// A value as CDATA: the single escaping point. "]]>" cannot stand inside CDATA, so the section is
/// closed and opened again around it; characters XML 1.0 does not allow are left out.
std::string cdata(const std::string& value)
{
    std::string out = "<![CDATA[";
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto c = static_cast<unsigned char>(value[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            continue;
        if (value.compare(i, 3, "]]>") == 0) {
            out += "]]]]><![CDATA[>";
            i += 2;
            continue;
        }
        out += static_cast<char>(c);
    }
    return out + "]]>";
}

void writeTable(std::ostream& out, const Table& t)
{
    if (t.rows.empty())
        return; // LimeSurvey leaves out a table without rows
    out << " <" << t.name << ">\n  <fields>\n";
    for (const auto& f : t.fields)
        out << "   <fieldname>" << f << "</fieldname>\n";
    out << "  </fields>\n  <rows>\n";
    for (const auto& row : t.rows) {
        out << "   <row>\n";
        for (std::size_t i = 0; i < t.fields.size() && i < row.size(); ++i) {
            if (!row[i])
                continue;
            if (row[i]->empty())
                out << "    <" << t.fields[i] << "/>\n";
            else
                out << "    <" << t.fields[i] << ">" << cdata(*row[i]) << "</" << t.fields[i] << ">\n";
        }
        out << "   </row>\n";
    }
    out << "  </rows>\n </" << t.name << ">\n";
}

} // namespace

void writeLss(std::ostream& out, const SurveyStructure& survey)
{
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<document>\n <LimeSurveyDocType>Survey</LimeSurveyDocType>\n"
        << " <DBVersion>" << survey.dbVersion << "</DBVersion>\n <languages>\n";
    for (const auto& lang : survey.languages)
        out << "  <language>" << lang << "</language>\n";
    out << " </languages>\n";
    for (const auto& t : survey.tables)
        writeTable(out, t);
    out << "</document>\n";
}

} // namespace reports::limesurvey
