// samenspel workshop serve: the participants' page on the room's network, until Ctrl+C.

#include "commands.hpp"

#include "network.hpp"
#include "qr_code.hpp"
#include "workshop_server.hpp"

#include "db/database.hpp"

#include <algorithm>
#include <iostream>
#include <memory>
#include <unistd.h>

namespace cli {

using core::tr;
using core::tx;

int cmdWorkshopServe(const Context& c)
{
    const auto lang = c.options.lang;
    const auto round = *c.args.id("assessment");
    const int port = c.args.integer("port");
    if (port < 0 || port > 65535)
        throw UsageError(tr(lang, tx("--port takes a whole number from 0 (any free port) to 65535, not {0}"), {std::to_string(port)}));
    const auto db = openExisting(c);
    if (db.readOnly())
        throw UsageError(std::string(tr(lang, tx("this file can only be read here, so no answers could be stored; copy it to this computer first"))));
    const auto addresses = workshop::localAddresses();
    std::string bind = c.args.text("bind");
    if (bind.empty())
        bind = workshop::suggestedAddress(addresses);
    if (bind.empty())
        throw UsageError(std::string(tr(lang, tx("this computer is on no private network (such as 192.168.x.x): connect it to the room's "
                                                 "network or start its hotspot, name a public address with --bind ADDRESS if you must, "
                                                 "or try it on this computer alone with --bind 127.0.0.1"))));
    if (const auto why = workshop::unusableAddress(bind))
        throw UsageError(why->render(lang));
    // One of this computer's own addresses (not, say, its subnet's broadcast address, which the
    // system would take but no phone could open).
    if (bind.find(':') == std::string::npos && !bind.starts_with("127.") &&
        std::none_of(addresses.begin(), addresses.end(), [&](const auto& a) { return a.address == bind; }))
        throw UsageError(tr(lang, tx("{0} is not an address of this computer; choose one of its network addresses"), {bind}));
    if (!workshop::localNetworkAddress(bind))
        c.err << tr(lang, tx("Note: {0} is not on a private network, so the page may be reachable from outside this building. "
                             "Prefer the room's Wi-Fi or this computer's hotspot."),
                    {bind})
              << "\n";
    const auto mode = c.args.flag("live") ? workshop::SessionMode::Live : workshop::SessionMode::Questionnaire;
    auto server = [&] {
        try {
            return std::make_unique<workshop::WorkshopServer>(db, round, bind, static_cast<unsigned short>(port), lang,
                                                              workshop::ServerLimits{}, mode);
        } catch (const workshop::ServerError& e) {
            throw UsageError(e.message().render(lang)); // an address or port to choose again
        }
    }();
    server->serveFacilitatorPage(db.path());
    const auto& room = server->room();
    c.out << tr(lang, tx("Workshop for {0} ({1}) on this network."), {room.roundName(), room.organisationName()}) << "\n\n"
          << tr(lang, tx("Participants open:  {0}"), {server->participantUrl()}) << "\n"
          << tr(lang, tx("or type:            {0}  with session code {1}"),
                {server->typedUrl(), room.shortCode().substr(0, 4) + "-" + room.shortCode().substr(4)})
          << "\n\n";
    // The code for a phone's camera, only on a terminal (not into a file or a pipe).
    if (&c.out == &std::cout && ::isatty(STDOUT_FILENO))
        c.out << workshop::terminalQr(server->participantUrl()) << "\n";
    c.out << tr(lang, tx("For the facilitator only (the projector and its controls; do not share): {0}"), {server->facilitatorUrl()})
          << "\n\n";
    std::string others;
    for (const auto& a : addresses)
        if (a.address != bind)
            others += (others.empty() ? "" : ", ") + a.address + " (" + a.interfaceName + ")";
    c.out << tr(lang, tx("Listening only on {0}; other addresses of this computer: {1} (choose with --bind)."),
                {bind, others.empty() ? "-" : others})
          << "\n"
          << tr(lang, tx("Stop with Ctrl+C: every link stops working, and the answers given are stored.")) << std::endl;
    // Said at once on the terminal, where the facilitator looks when the phones say "not stored".
    server->writer().onTroubleChanged([&c, &server, lang] {
        const auto trouble = server->writer().trouble(lang);
        c.err << (trouble.empty() ? std::string(tr(lang, tx("Answers are stored again."))) : trouble) << std::endl;
    });
    server->onEnding([&c, lang] {
        c.out << "\n"
              << tr(lang, tx("Ending the session: the phones hear it in the next seconds. Press Ctrl+C again to stop at once."))
              << std::endl;
    });
    server->stopOnSignals();
    server->run();
    const auto stored = server->writer().written();
    const auto phones = room.joined();
    c.out << "\n"
          << tr(lang, tx("Session ended. Answers stored: {0}; phones that took part: {1}."),
                {std::to_string(stored), std::to_string(phones)})
          << std::endl;
    return kOk;
}

} // namespace cli
