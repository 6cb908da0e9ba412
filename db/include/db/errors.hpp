#pragma once
// The database layer's exceptions. SQLite's own errors never leave db/: they become these.

#include "core/text/i18n.hpp"

namespace db {

/// Any failure to read or write the database.
class Error : public core::Error {
public:
    using core::Error::Error;
};
/// There is no database file where one was expected.
class NoDatabase : public Error {
public:
    using Error::Error;
};
/// The file can be read but not changed here: it is read-only, or on a network drive.
class Unwritable : public Error {
public:
    using Error::Error;
};
/// The file is not a Samenspel database (another program's SQLite file, or not SQLite at all).
class NotOurFile : public Error {
public:
    using Error::Error;
};
/// The file fails SQLite's consistency check, or holds values no version of Samenspel writes.
class Damaged : public Error {
public:
    using Error::Error;
};
/// The file was written by a newer version of Samenspel.
class NewerVersion : public Error {
public:
    using Error::Error;
};
/// An organisation, assessment or respondent that does not exist.
class NotFound : public Error {
public:
    using Error::Error;
};
/// A write that would break a rule: a duplicate name, an invalid value.
class Conflict : public Error {
public:
    using Error::Error;
};

} // namespace db
