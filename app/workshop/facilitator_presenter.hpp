#pragma once
// Workshop mode, without wx: the facilitator's view for the projector.

#include "core/analysis/analysis.hpp"
#include "round_data.hpp"
#include "db/database.hpp"
#include "reports/projector.hpp"
#include "live_control.hpp"

#include <optional>
#include <string>
#include <vector>

namespace workshop {

/// How the room joins on their phones while a session is served: shown on the projector.
struct PhoneInvite {
    std::string url;       ///< in the QR code
    std::string typedUrl;  ///< the short address to type
    std::string shortCode; ///< "4F7K-9QX2"
    std::vector<std::vector<bool>> qr;
};

/// The facilitator's screen: how many have started and finished per role (never who), and the
/// results only after they are revealed, so that nobody anchors on the others' answers. Roles with
/// fewer participants than the anonymity threshold are neither named nor counted: they share one
/// row without numbers (always there, so that it gives nothing away), and the total leaves them out.
///
/// The results are the round's shared state (docs/disclosure.md): revealing them records it, and
/// once revealed they change only when a step of respondents of a role (k, or 10 for a party shown
/// at full precision) has been added or changed, so that no late answer can be read off the screen.
class FacilitatorPresenter {
public:
    FacilitatorPresenter(db::Database& db, core::Id round, core::Language lang);

    struct RoleCount {
        core::Role role;
        std::string label;
        std::size_t started = 0;
        std::size_t finished = 0;
        bool belowThreshold = false; ///< the shared row of the roles below the threshold: no counts shown
    };
    /// Reads the answers again and recomputes; returns the time it took in milliseconds.
    double refresh();
    const std::vector<RoleCount>& counts() const { return m_counts; }
    std::size_t respondents() const;
    bool revealed() const { return m_revealed; }
    /// Shows the results and records them as the round's shared state.
    void reveal();
    void hide() { m_revealed = false; }
    /// Whether newer answers wait for a step before the results show them.
    bool waiting() const { return !m_waiting.empty(); }
    /// The analysis, or nullptr while the results are hidden.
    const core::Analysis* results() const { return m_revealed ? &m_analysis : nullptr; }
    const core::Instrument& instrument() const { return m_instrument; }
    /// The projector's screen: how to join and the counts while the results are hidden; the index,
    /// the three largest differences and a chart (the radar, or with `heatmap` the heat map) once
    /// they are shown.
    reports::ProjectorScreen projector(const PhoneInvite* phones, bool heatmap) const;
    /// The projector while a live question is up: the question, who has answered (from k), and
    /// once revealed its result; the QR code stays for late joiners until then.
    reports::ProjectorScreen projector(const PhoneInvite* phones, const LiveControl::Screen& live) const;
    core::Language language() const { return m_lang; }

private:
    /// The projector's top line: the organisation and the round.
    std::string title() const;

    db::Database& m_db;
    core::Id m_round;
    core::Language m_lang;
    const core::Instrument& m_instrument;
    std::vector<RoleCount> m_counts;
    core::Analysis m_analysis;
    std::optional<app::SharedRecord> m_pending; ///< the shared state to record when revealed
    app::SharedStatesCache m_shared;            ///< read again only when a state was added
    std::vector<core::Role> m_waiting;
    bool m_revealed = false;
};

} // namespace workshop
