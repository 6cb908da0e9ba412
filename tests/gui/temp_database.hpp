#pragma once
// Test fixtures for the presenters: a database file in its own temporary folder (removed
// afterwards), with one organisation and one round, optionally filled with a demo hospital.

#include "core/answers/answer_export.hpp"
#include "core/demo/demo_data.hpp"
#include "core/instrument/instrument_loader.hpp"
#include "db/database.hpp"

#include <filesystem>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>

struct TempDatabase {
    std::filesystem::path dir;
    std::string path;
    TempDatabase()
    {
        std::random_device random;
        dir = std::filesystem::temp_directory_path() / ("samenspel-gui-" + std::to_string(random()));
        std::filesystem::create_directories(dir);
        path = (dir / "t.samenspel").string();
    }
    ~TempDatabase() { std::filesystem::remove_all(dir); }
    TempDatabase(const TempDatabase&) = delete;
    TempDatabase& operator=(const TempDatabase&) = delete;
};

/// One organisation with one round (threshold 3) in a fresh file.
struct TestRound {
    TempDatabase temp;
    db::Database db;
    core::Id organisation = 0;
    core::Id round = 0;
    explicit TestRound(const std::string& name = "Ziekenhuis Maasoever", const std::string& type = "stz",
                       const std::string& roundName = "Nulmeting", const std::string& date = "2026-03-16")
        : db(db::Database::open(temp.path, db::Database::Mode::CreateIfMissing)),
          organisation(db.addOrganisation(name, type)), round(db.createAssessment({organisation, roundName, date, 3}))
    {
    }
    /// Imports long-layout CSV text; throws when the file has problems.
    void import(const std::string& csv)
    {
        std::istringstream in(csv);
        if (!db.importAnswers(round, in, false).ok())
            throw std::runtime_error("the test's CSV has problems");
    }
};

/// A demo hospital (0: Noorderhaven, RvB and specialists far apart) with its answers and incentives.
struct DemoRound : TestRound {
    explicit DemoRound(std::size_t index)
        : DemoRound(core::demoHospitals(core::builtinInstrument()).at(index))
    {
    }

private:
    explicit DemoRound(const core::DemoHospital& hospital)
        : TestRound(hospital.name, hospital.hospitalType, hospital.roundName, hospital.roundDate)
    {
        std::stringstream csv;
        core::AnswerCsvExporter exporter(csv, core::builtinInstrument(), core::CsvDialect::standard());
        for (const auto& row : hospital.answers)
            exporter.add(row);
        exporter.finish();
        import(csv.str());
        db.setIncentives(round, hospital.incentives);
    }
};
