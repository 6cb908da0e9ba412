#include "text/message_catalogue.hpp"

#include <algorithm>
#include <cstdint>

namespace core::detail {

namespace {

constexpr std::uint32_t kMagic = 0x950412de;
constexpr std::uint32_t kSwapped = 0xde120495;

std::uint32_t word(std::string_view bytes, std::size_t at, bool swapped)
{
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < 4; ++i)
        v |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + i])) << (8 * i);
    if (swapped)
        v = (v >> 24) | ((v >> 8) & 0xff00) | ((v << 8) & 0xff0000) | (v << 24);
    return v;
}

std::vector<std::string_view> split(std::string_view text)
{
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i)
        if (i == text.size() || text[i] == '\0') {
            out.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    return out;
}

} // namespace

std::unique_ptr<MessageCatalogue> MessageCatalogue::read(std::string bytes, Message& error)
{
    // Made in place: the texts are views into m_bytes, which must not move afterwards.
    std::unique_ptr<MessageCatalogue> made(new MessageCatalogue);
    auto& out = *made;
    out.m_bytes = std::move(bytes);
    const std::string_view b = out.m_bytes;
    if (b.size() < 28) {
        error = Message{tx("it is shorter than a catalogue's header (28 bytes)"), {}};
        return nullptr;
    }
    const auto first = word(b, 0, false);
    if (first != kMagic && first != kSwapped) {
        error = Message{tx("it is not a compiled gettext catalogue (.mo): msgfmt makes one from a .po file"), {}};
        return nullptr;
    }
    const bool swapped = first == kSwapped;
    const auto count = word(b, 8, swapped);
    const auto originals = word(b, 12, swapped);
    const auto translations = word(b, 16, swapped);
    const auto table = [&](std::uint32_t at) { return static_cast<std::size_t>(at) + 8ULL * count <= b.size(); };
    if (count > b.size() / 16 || !table(originals) || !table(translations)) {
        error = Message{tx("its tables of texts run past the end of the file: it is damaged or cut short"), {}};
        return nullptr;
    }
    const auto string = [&](std::uint32_t entry, std::string_view& s) {
        const auto length = word(b, entry, swapped);
        const auto offset = word(b, entry + 4, swapped);
        // msgfmt ends every string with a NUL that the length does not count.
        if (static_cast<std::size_t>(offset) + length + 1 > b.size() || b[offset + length] != '\0')
            return false;
        s = b.substr(offset, length);
        return true;
    };
    for (std::uint32_t i = 0; i < count; ++i) {
        std::string_view id;
        std::string_view text;
        if (!string(originals + 8 * i, id) || !string(translations + 8 * i, text)) {
            error = Message{tx("text {0} lies outside the file: it is damaged or cut short"), {std::to_string(i + 1)}};
            return nullptr;
        }
        if (id.empty()) { // the header
            const auto at = text.find("Plural-Forms:");
            if (at != std::string_view::npos) {
                const auto end = text.find('\n', at);
                const auto value = text.substr(at + 13, end == std::string_view::npos ? std::string_view::npos : end - at - 13);
                const auto plurals = PluralForms::parse(value);
                if (!plurals) {
                    error = Message{tx("its Plural-Forms header is not a rule Samenspel can read: {0}"), {std::string(value)}};
                    return nullptr;
                }
                out.m_plurals = *plurals;
            }
            continue;
        }
        const auto nul = id.find('\0'); // a plural entry: "singular\0plural"
        out.m_messages[id.substr(0, nul)] = split(text);
    }
    return made;
}

std::optional<std::string_view> MessageCatalogue::find(std::string_view context, std::string_view id, unsigned long long n) const
{
    std::string key;
    if (!context.empty()) {
        key.reserve(context.size() + 1 + id.size());
        key.append(context).push_back('\x04');
        key.append(id);
        id = key;
    }
    const auto it = m_messages.find(id);
    if (it == m_messages.end() || it->second.empty())
        return std::nullopt;
    const auto& forms = it->second;
    const auto form = forms.size() == 1 ? 0 : std::min(m_plurals.index(n), forms.size() - 1);
    if (forms[form].empty())
        return std::nullopt; // untranslated: the English text is shown
    return forms[form];
}

std::vector<std::string_view> MessageCatalogue::ids() const
{
    std::vector<std::string_view> out;
    for (const auto& [id, forms] : m_messages)
        out.push_back(id);
    return out;
}

} // namespace core::detail
