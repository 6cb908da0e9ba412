#pragma once
// A round in a fresh file, served on 127.0.0.1 at a free port, with helpers to take part.

#include "http_client.hpp"
#include "test_db.hpp"

#include "participant.hpp"
#include "workshop_server.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace test {

struct Served {
    TempDir dir;
    std::string path = dir.file("w.samenspel");
    db::Database db = databaseWithRound(path);
    workshop::WorkshopServer server;
    explicit Served(workshop::ServerLimits limits = {}) : server(db, 1, "127.0.0.1", 0, core::Language::Nl, limits)
    {
        server.start();
    }
    unsigned short port() const { return server.port(); }
    std::string base() { return "/s/" + server.room().sessionToken() + "/"; }
    /// The answers in the file, read through another connection.
    std::vector<core::AnswerRow> stored() const
    {
        const auto other = db::Database::open(path);
        std::vector<core::AnswerRow> rows;
        other.forEachAnswer(1, [&](const core::AnswerRow& r) { rows.push_back(r); });
        return rows;
    }
    /// Joins as `role`; the phone's token and code.
    std::pair<std::string, std::string> join(const std::string& role = "rvb")
    {
        const auto reply = request(port(), "POST", base() + "join", nlohmann::json{{"role", role}}.dump());
        REQUIRE(reply.status == 200);
        const auto body = nlohmann::json::parse(reply.body);
        return {body["phone"].get<std::string>(), body["code"].get<std::string>()};
    }
    int answer(const std::string& phone, const std::string& item, const nlohmann::json& value)
    {
        return request(port(), "POST", base() + "answer", nlohmann::json{{"item", item}, {"value", value}}.dump(), phone).status;
    }
};

} // namespace test
