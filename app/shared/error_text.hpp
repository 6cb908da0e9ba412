#pragma once
// One error describer for both programs (as Poedit's errors.h): any exception becomes a message in
// the user's language and a kind. The command line maps the kind to its exit code; the desktop
// program shows the message.

#include "core/text/i18n.hpp"

#include <exception>
#include <stdexcept>
#include <string>

namespace app {

/// A wrong command or choice; the message is already in the user's language.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

enum class Failure {
    Usage,            ///< the command line or a choice is wrong
    InputRefused,     ///< the input was checked and refused, or names something that does not exist
    DatabaseUnusable, ///< no database, not a Samenspel database, damaged, or from a newer version
    Failed,           ///< anything else: a file or the database could not be read or written
};

struct ErrorText {
    std::string text;
    Failure kind = Failure::Failed;
};

ErrorText describeError(const std::exception& e, core::Language lang);
/// The exception being handled; call it in a catch block (also `catch (...)`).
ErrorText describeCurrentException(core::Language lang);

} // namespace app
