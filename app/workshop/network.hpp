#pragma once
// This computer's network addresses, for choosing where the workshop server listens. Linux's
// getifaddrs(3) behind a plain function, so that another platform needs only this file.

#include <string>
#include <vector>

namespace workshop {

struct NetworkAddress {
    std::string interfaceName; ///< "wlp2s0", "eth0", "lo"
    std::string address;       ///< "192.168.1.23"
    bool loopback = false;
    bool privateRange = false; ///< 10/8, 172.16/12, 192.168/16 (a room's network)
};

/// The IPv4 addresses of the interfaces that are up, private ones first.
std::vector<NetworkAddress> localAddresses();
/// The address to offer first: the first private one, else the first not on loopback; "" if none.
std::string suggestedAddress(const std::vector<NetworkAddress>& addresses);
/// "http://192.168.1.23:8080" (an IPv6 address in brackets).
std::string baseUrl(const std::string& address, unsigned short port);

} // namespace workshop
