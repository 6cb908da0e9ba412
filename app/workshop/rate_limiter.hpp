#pragma once
// Token buckets: how often one phone (or the room as a whole, for joining and for typed codes) may
// ask. Kept in memory, keyed by a phone's random token - never by an address, which phones behind
// one network can share and which is not to be kept.

#include <chrono>
#include <cstddef>
#include <string>
#include <unordered_map>

namespace workshop {

class TokenBucket {
public:
    using Clock = std::chrono::steady_clock;
    TokenBucket(double capacity, double perSecond) : m_capacity(capacity), m_perSecond(perSecond), m_tokens(capacity) {}
    /// Takes one token if there is one.
    bool take(Clock::time_point now = Clock::now());
    /// Whether there is one, without taking it.
    bool available(Clock::time_point now = Clock::now());

private:
    double m_capacity;
    double m_perSecond;
    double m_tokens;
    Clock::time_point m_last{};
};

/// One bucket per key, for at most `maxKeys` keys (the phones of a session are bounded too).
class RateLimiter {
public:
    RateLimiter(double capacity, double perSecond) : m_capacity(capacity), m_perSecond(perSecond) {}
    bool allow(const std::string& key, TokenBucket::Clock::time_point now = TokenBucket::Clock::now());
    void forget(const std::string& key) { m_buckets.erase(key); }
    void clear() { m_buckets.clear(); }

private:
    double m_capacity;
    double m_perSecond;
    std::unordered_map<std::string, TokenBucket> m_buckets;
};

} // namespace workshop
