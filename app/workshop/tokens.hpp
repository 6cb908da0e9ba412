#pragma once
// Random secrets for a workshop session: the address's session token, each phone's token and the
// short code people type. From the kernel's random source (getrandom), never from a clock.

#include <string>
#include <string_view>

namespace workshop {

/// 128 random bits as 22 characters of base64url (letters, digits, '-' and '_').
std::string randomToken();
/// Eight characters from 30 that cannot be mistaken for one another (no 0/O, 1/I/L, U), shown as
/// "4F7K-9QX2": about 39 bits, guessed only at the rate the server allows wrong tries.
std::string shortCode();
/// A typed short code in its canonical form: upper case, no blanks or dashes; "" when it cannot be one.
std::string normalisedShortCode(std::string_view typed);
/// Compares two secrets in a time that does not depend on where they first differ.
bool sameSecret(std::string_view a, std::string_view b);

} // namespace workshop
