#pragma once
// One phone session per round at a time, across every program that opens the file on this
// computer: two sessions would hand out the same participant codes and mix two people's answers.

#include "core/answers/records.hpp"

#include <string>

namespace db {

class SessionLock {
public:
    /// Claims the round of the database at `path`; throws Conflict when another session of the
    /// round runs (in this program or another), Error when the file cannot be opened. The claim
    /// ends with this object, and with the program however it ends: the kernel releases it.
    SessionLock(const std::string& path, core::Id round);
    SessionLock(const SessionLock&) = delete;
    SessionLock& operator=(const SessionLock&) = delete;
    ~SessionLock();

private:
    int m_fd = -1;
    long long m_offset = 0;
};

} // namespace db
