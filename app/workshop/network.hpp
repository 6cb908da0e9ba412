#pragma once
// This computer's network addresses, for choosing where the workshop server listens. Linux's
// getifaddrs(3) behind a plain function, so that another platform needs only this file.

#include "core/text/i18n.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace workshop {

struct NetworkAddress {
    std::string interfaceName; ///< "wlp2s0", "eth0", "lo"
    std::string address;       ///< "192.168.1.23"
    bool loopback = false;
    bool privateRange = false; ///< 10/8, 172.16/12, 192.168/16, 169.254/16 (a room's network)
    bool virtualNetwork = false; ///< containers, virtual machines, a VPN's tunnel: no phone in the room is on it
};

/// The IPv4 addresses of the interfaces that are up: private ones first, virtual networks last.
std::vector<NetworkAddress> localAddresses();
/// Whether an interface of this name is a network inside this computer or a tunnel (docker0,
/// br-…, veth…, virbr0, vboxnet0, vmnet1, tun0, tap0, wg0, tailscale0, zt…).
bool virtualInterface(std::string_view name);
/// The address to offer without being asked: the first on a private network, never loopback nor a
/// virtual network; "" if none (a public address is used only when the facilitator names it).
std::string suggestedAddress(const std::vector<NetworkAddress>& addresses);
/// Why the server may not listen on `address`, or nullopt. It must be one IP address of one
/// network: not "every network" (0.0.0.0, ::), nor a multicast or broadcast address.
std::optional<core::Message> unusableAddress(const std::string& address);
/// Whether `address` is on loopback or a private network (10/8, 172.16/12, 192.168/16, 169.254/16,
/// fc00::/7, fe80::/10), where the phones of the room are, and not the internet.
bool localNetworkAddress(const std::string& address);

/// "http://192.168.1.23:8080" (an IPv6 address in brackets).
std::string baseUrl(const std::string& address, unsigned short port);

} // namespace workshop
