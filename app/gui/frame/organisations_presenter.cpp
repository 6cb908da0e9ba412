#include "frame/organisations_presenter.hpp"
#include "error_text.hpp"
#include "common/background_job.hpp"

#include "core/instrument/instrument_loader.hpp"
#include "core/text/domain_names.hpp"

#include <filesystem>

namespace gui {

using core::tr;
using core::tx;
using core::txn;

template <typename F>
auto OrganisationsPresenter::attempt(F&& change) -> std::optional<decltype(change())>
{
    try {
        auto result = change();
        m_error.clear();
        reload();
        return result;
    } catch (const core::Error& e) {
        m_error = app::describeError(e, m_lang).text;
        return std::nullopt;
    }
}

bool OrganisationsPresenter::open(const std::string& path)
{
    return attempt([&] {
               m_db = std::make_unique<db::Database>(db::Database::open(path, db::Database::Mode::ExistingOnly));
               return true;
           })
        .has_value();
}

bool OrganisationsPresenter::create(const std::string& path)
{
    if (std::filesystem::exists(path)) {
        m_error = tr(m_lang, tx("{0} already exists; open it with File > Open a data file, or choose another name."), {path});
        return false;
    }
    return attempt([&] {
               m_db = std::make_unique<db::Database>(db::Database::open(path, db::Database::Mode::CreateIfMissing));
               return true;
           })
        .has_value();
}

std::optional<core::Id> OrganisationsPresenter::addOrganisation(const std::string& name, const std::string& hospitalType)
{
    if (!m_db)
        return std::nullopt;
    return attempt([&] { return m_db->addOrganisation(name, hospitalType); });
}

bool OrganisationsPresenter::editOrganisation(core::Id id, const std::string& name, const std::string& hospitalType)
{
    if (!m_db)
        return false;
    return attempt([&] {
        m_db->updateOrganisation(id, name, hospitalType);
        return true;
    }).has_value();
}

std::optional<core::Id> OrganisationsPresenter::createRound(core::Id organisation, const std::string& name,
                                                            const std::string& date, int anonymityK,
                                                            const std::vector<std::string>& modules)
{
    if (!m_db)
        return std::nullopt;
    return attempt([&] { return m_db->createAssessment({organisation, name, date, anonymityK, "", modules}); });
}

bool OrganisationsPresenter::setModules(core::Id round, const std::vector<std::string>& modules)
{
    if (!m_db)
        return false;
    return attempt([&] {
        m_db->setModules(round, modules);
        return true;
    }).has_value();
}

std::vector<std::pair<std::string, std::string>> OrganisationsPresenter::hospitalTypes() const
{
    std::vector<std::pair<std::string, std::string>> out;
    if (const auto* q = core::builtinInstrument().find("profile.hospital_type"))
        for (const auto& o : q->options)
            out.emplace_back(o.code, o.label.in(m_lang));
    return out;
}

void OrganisationsPresenter::reload()
{
    m_rows.clear();
    if (!m_db)
        return;
    for (const auto& org : m_db->organisations()) {
        OrganisationRow row;
        row.id = org.id;
        row.name = org.name;
        row.type = org.hospitalType.empty() ? std::string() : core::hospitalTypeName(org.hospitalType, m_lang);
        for (const auto& a : m_db->assessments(org.id)) {
            ++row.rounds;
            row.respondents += a.respondents;
            row.latestRound = a.name + " (" + core::formatDate(a.date, m_lang) + ")";
            // Short enough for the tree beside the page's tabs at 1366 x 768 with large text: the
            // name and how many answered; in words, with the day, in the tooltip.
            row.roundList.push_back({a.id, tr(m_lang, tx("{0} ({1})"), {a.name, std::to_string(a.respondents)}), a.respondents,
                                     tr(m_lang, txn("{0} respondent; {1}", "{0} respondents; {1}"), a.respondents,
                                        {std::to_string(a.respondents), core::formatDate(a.date, m_lang)})});
        }
        m_rows.push_back(std::move(row));
    }
}

std::string OrganisationsPresenter::windowTitle() const
{
    if (!m_db)
        return "Samenspel";
    return std::filesystem::path(m_db->path()).filename().string() + " - Samenspel";
}

std::vector<std::string> OrganisationsPresenter::columnHeaders() const
{
    return {std::string(tr(m_lang, tx("Organisation"))), std::string(tr(m_lang, tx("Type"))),
            std::string(tr(m_lang, tx("Rounds"))), std::string(tr(m_lang, tx("Respondents"))),
            std::string(tr(m_lang, tx("Latest round")))};
}

std::string OrganisationsPresenter::emptyHint() const
{
    if (!m_db)
        return std::string(tr(m_lang, tx("No data file is open. Choose File > Open a data file, or start a new one with File > New data "
                                         "file.")));
    return std::string(tr(m_lang, tx("This file has no organisations yet. Add one with Organisation > New organisation.")));
}

} // namespace gui
