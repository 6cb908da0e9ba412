#include "rate_limiter.hpp"

#include <algorithm>

namespace workshop {

bool TokenBucket::available(Clock::time_point now)
{
    if (m_last != Clock::time_point{}) {
        const double seconds = std::chrono::duration<double>(now - m_last).count();
        m_tokens = std::min(m_capacity, m_tokens + std::max(0.0, seconds) * m_perSecond);
    }
    m_last = now;
    return m_tokens >= 1.0;
}

bool TokenBucket::take(Clock::time_point now)
{
    if (!available(now))
        return false;
    m_tokens -= 1.0;
    return true;
}

bool RateLimiter::allow(const std::string& key, TokenBucket::Clock::time_point now)
{
    auto it = m_buckets.try_emplace(key, m_capacity, m_perSecond).first;
    return it->second.take(now);
}

} // namespace workshop
