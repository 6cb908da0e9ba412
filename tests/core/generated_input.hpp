#pragma once
// An input stream of any length whose bytes are made on the fly, as /dev/zero or an endless
// pipe would give them: it counts what the reader took and samples the heap each time the reader
// asks for more, so a test can check that reading stopped early and memory stayed flat.

#include <malloc.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <istream>
#include <streambuf>
#include <string>

namespace test {

class GeneratedInput : public std::streambuf {
public:
    /// byteAt(i) is the byte at position i; the input ends after `total` bytes.
    GeneratedInput(std::function<char(std::uint64_t)> byteAt, std::uint64_t total)
        : m_byteAt(std::move(byteAt)), m_total(total), m_baseline(heapInUse())
    {
    }
    /// `prefix`, then `pattern` repeated.
    static std::function<char(std::uint64_t)> repeat(std::string prefix, std::string pattern)
    {
        return [prefix = std::move(prefix), pattern = std::move(pattern)](std::uint64_t i) {
            return i < prefix.size() ? prefix[i] : pattern[(i - prefix.size()) % pattern.size()];
        };
    }
    /// Bytes that look random (splitmix64 of the position), endlessly.
    static char randomByte(std::uint64_t i)
    {
        std::uint64_t z = i + 0x9E3779B97F4A7C15ULL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return static_cast<char>((z ^ (z >> 31)) & 0xFF);
    }

    std::uint64_t served() const { return m_served; }
    /// The most the heap grew beyond what it held when this input was made.
    std::size_t peakHeapGrowth() const { return m_peak > m_baseline ? m_peak - m_baseline : 0; }
    void sampleHeap() { m_peak = std::max(m_peak, heapInUse()); }

protected:
    int_type underflow() override
    {
        sampleHeap();
        if (m_served >= m_total)
            return traits_type::eof();
        const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(m_chunk.size(), m_total - m_served));
        for (std::size_t i = 0; i < n; ++i)
            m_chunk[i] = m_byteAt(m_served + i);
        m_served += n;
        setg(m_chunk.data(), m_chunk.data(), m_chunk.data() + n);
        return traits_type::to_int_type(m_chunk[0]);
    }

private:
    static std::size_t heapInUse()
    {
        const auto info = mallinfo2();
        return info.uordblks + info.hblkhd; // small blocks in use and large (mmapped) ones
    }

    std::function<char(std::uint64_t)> m_byteAt;
    std::uint64_t m_total;
    std::uint64_t m_served = 0;
    std::array<char, 4096> m_chunk{};
    std::size_t m_baseline;
    std::size_t m_peak = 0;
};

} // namespace test
