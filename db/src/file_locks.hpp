#pragma once
// Private to db/: SQLite's file locks made robust against other handles to the same file.

namespace db::detail {

/// Makes SQLite lock database files with Linux open-file-description locks, which another
/// open()/close() of the same file elsewhere in this process cannot release (see
/// docs/data-file.md). Call before the first connection opens; later calls do nothing. False when
/// the kernel or SQLite cannot (the classic locks stay in force).
bool useLocksThatSurviveOtherHandles();

} // namespace db::detail

#include <optional>
#include <string>

namespace db::detail {

/// Who holds a lock on the database that stops this process: a program name and process id.
/// Another Samenspel program holds open-file-description locks, whose process is not known (pid 0).
struct LockHolder {
    int pid = 0;
    std::string program;
};
std::optional<LockHolder> lockHolder(const std::string& path);

} // namespace db::detail
