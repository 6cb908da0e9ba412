#pragma once
// The Help menu's pages, shipped with the program (no internet needed): how a round goes from
// collection to workshop to report, what every term on screen and in the report means (one list,
// shared with the report's glossary), how the figures are made and where that is written down in
// full, and every keyboard shortcut. Plain HTML for wxHtmlWindow; tested without a display.

#include "core/text/i18n.hpp"

#include <string>
#include <vector>

namespace gui {

enum class HelpTopic { Guide, Glossary, Method, Keys };
inline constexpr HelpTopic kHelpTopics[] = {HelpTopic::Guide, HelpTopic::Glossary, HelpTopic::Method, HelpTopic::Keys};

/// One shortcut of the menu bar: the keys as the menu shows them and the command's label.
struct Shortcut {
    std::string keys;
    std::string action;
};

class HelpPresenter {
public:
    explicit HelpPresenter(core::Language lang) : m_lang(lang) {}
    /// The tab's title.
    std::string title(HelpTopic topic) const;
    /// The page as an HTML document; `menu` lists the menu bar's shortcuts (for Keys).
    std::string page(HelpTopic topic, const std::vector<Shortcut>& menu = {}) const;

private:
    std::string guide() const;
    std::string glossary() const;
    std::string method() const;
    std::string keys(const std::vector<Shortcut>& menu) const;

    core::Language m_lang;
};

} // namespace gui
