// The CSV reader alone, with small caps so that the fuzzer reaches every cap often, or (first
// byte 0x01, which no text file starts with) with the usual caps behind 64 KiB of plain lines, so
// that the input straddles the reader's first chunk boundary at a place the second byte chooses.
// Promises: no cell passes its cap, records move forward, and records read cleanly are read back
// unchanged after CsvWriter wrote them (the export-import round trip rests on that).
#include "fuzz_support.hpp"

#include "core/io/csv.hpp"

#include <sstream>

namespace {

constexpr std::size_t kChunk = 64 * 1024; // the reader's chunk

/// Lines of 4,000 letters, then empty lines, up to `bytes`: cheap to read, under every usual cap.
std::string padding(std::size_t bytes)
{
    std::string out;
    while (out.size() + 4001 <= bytes)
        out += std::string(4000, 'x') + "\n";
    out.resize(bytes, '\n');
    return out;
}

std::vector<std::vector<std::string>> readAll(core::CsvReader& reader, std::size_t fieldCap, bool& clean)
{
    std::vector<std::vector<std::string>> out;
    core::CsvRecord record;
    std::size_t lastLine = 0;
    while (reader.next(record)) {
        fuzz::require(record.line > lastLine, "a record starts after the previous one");
        lastLine = record.line;
        for (const auto& f : record.fields)
            fuzz::require(f.size() <= fieldCap, "no cell is longer than the cap");
        fuzz::require(!record.fields.empty(), "a record has at least one field");
        clean = clean && reader.takeFindings().empty();
        out.push_back(record.fields);
    }
    clean = clean && reader.takeFindings().empty() && !reader.problem() && reader.windows1252Lines() == 0;
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::guard([&] {
        // Rare on purpose: 64 KiB of padding costs a tenth of the speed.
        const bool straddle = size >= 2 && data[0] == 1;
        const core::CsvLimits limits = straddle ? core::CsvLimits{} : core::CsvLimits{64, 1024, 32 * 1024};
        std::string text(fuzz::text(data, size));
        if (straddle) {
            text.erase(0, 2);
            text.insert(0, padding(kChunk - std::min<std::size_t>(data[1], text.size())));
        }
        std::istringstream in{text};
        core::CsvReader reader(in, limits);
        bool clean = true;
        const auto records = readAll(reader, limits.fieldBytes, clean);
        if (reader.problem())
            (void)reader.problem()->render(core::Language::Nl);
        if (!clean)
            return;
        std::ostringstream written;
        core::CsvWriter writer(written, core::CsvDialect{reader.separator(), false, false});
        for (const auto& r : records)
            writer.row(r);
        std::istringstream again(written.str());
        core::CsvReader rereader(again);
        bool cleanAgain = true;
        const auto reread = readAll(rereader, core::CsvLimits{}.fieldBytes, cleanAgain);
        fuzz::require(cleanAgain, "what CsvWriter wrote reads without a problem");
        // The separator is guessed from the first line with content; the round trip holds when
        // the guess is the same.
        if (rereader.separator() == reader.separator())
            fuzz::require(reread == records, "records written and read again are unchanged");
    });
    return 0;
}
