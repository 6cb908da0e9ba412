#pragma once
// A compiled gettext message catalogue (the .mo format that msgfmt writes), read into memory:
// the texts of one language, with contexts and plural forms. Reading checks every offset, so a
// damaged or foreign file is refused with a reason and never read out of bounds.

#include "core/text/i18n.hpp"
#include "text/plural_forms.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace core::detail {

class MessageCatalogue {
public:
    /// Reads `bytes` (kept); on failure returns nullptr and says why in `error`.
    static std::unique_ptr<MessageCatalogue> read(std::string bytes, Message& error);
    MessageCatalogue(const MessageCatalogue&) = delete;
    MessageCatalogue& operator=(const MessageCatalogue&) = delete;

    /// The translation of `id` in `context` ("" for none) for the count n (1 when no count), or
    /// nullopt when the catalogue has none (or only an empty one).
    std::optional<std::string_view> find(std::string_view context, std::string_view id, unsigned long long n = 1) const;
    /// Every message id, with its context as "context\x04id" when it has one (for the tests).
    std::vector<std::string_view> ids() const;
    const PluralForms& plurals() const { return m_plurals; }

private:
    MessageCatalogue() = default;
    std::string m_bytes;
    PluralForms m_plurals = PluralForms::germanic();
    /// "context\x04singular" -> the translated forms, split at NUL.
    std::unordered_map<std::string_view, std::vector<std::string_view>> m_messages;
};

} // namespace core::detail
