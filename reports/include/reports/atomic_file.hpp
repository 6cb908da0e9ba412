#pragma once
// Files are written under a temporary name beside the target and renamed into place, so a
// reader never sees half a file and a failed write leaves the old file as it was.

#include "core/text/i18n.hpp"

#include <functional>
#include <ostream>
#include <string>

namespace reports {

class Error : public core::Error {
public:
    using core::Error::Error;
};

/// Calls write with a stream to a temporary file, then renames it to path. Throws reports::Error
/// (and removes the temporary file) when anything fails, including an exception from write.
void writeFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& write);

} // namespace reports
