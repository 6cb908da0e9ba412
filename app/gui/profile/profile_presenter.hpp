#pragma once
// The Profile page, without wx: the organisation (name, hospital type), the round, the
// organisation model and the structural profile as the executive board and the MSB board
// answered it, side by side, with the questions on which they differ marked.

#include "core/text/i18n.hpp"
#include "core/answers/records.hpp"
#include "reports/table.hpp"

#include <string>
#include <vector>

namespace db {
class Database;
}

namespace gui {

class ProfilePresenter {
public:
    ProfilePresenter(const db::Database& db, core::Id round, core::Language lang);

    const core::Organisation& organisation() const { return m_organisation; }
    /// "Noorderhaven Ziekenhuis"
    std::string title() const { return m_organisation.name; }
    /// What, value: hospital type, rounds, this round's date, threshold, instrument, respondents,
    /// the distribution model in the incentive model.
    reports::Table facts() const { return m_facts; }
    /// The organisation model as the two boards answered it, or why it is not known.
    const std::string& organisationModel() const { return m_model; }
    /// Question, executive board, MSB board, same answer: one row per profile question.
    const reports::Table& profile() const { return m_profile; }
    /// How the answers of a board were combined (majority, threshold).
    std::string profileNote() const;
    /// The number of questions on which both boards gave an answer and the answers differ.
    std::size_t differences() const { return m_differences; }

private:
    core::Language m_lang;
    core::Organisation m_organisation;
    int m_k = core::kMinAnonymityK;
    reports::Table m_facts;
    reports::Table m_profile;
    std::string m_model;
    std::size_t m_differences = 0;
};

} // namespace gui
