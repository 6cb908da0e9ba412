#include "network.hpp"

#include <algorithm>
#include <cstdint>
#include <tuple>
#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

namespace workshop {

using core::Message;
using core::tx;

namespace {

/// 10/8, 172.16/12, 192.168/16, and 169.254/16 (a hotspot without DHCP): a network of its own place.
bool privateIpv4(std::uint32_t host)
{
    return (host >> 24) == 10 || (host >> 20) == ((172u << 4) | 1u) || (host >> 16) == ((192u << 8) | 168u) ||
           (host >> 16) == ((169u << 8) | 254u);
}

} // namespace

bool virtualInterface(std::string_view name)
{
    for (const std::string_view prefix : {"docker", "br-", "veth", "virbr", "vboxnet", "vmnet", "tun", "tap", "wg", "tailscale", "zt", "lxc", "lxd", "podman", "cni"})
        if (name.starts_with(prefix))
            return true;
    return false;
}

std::vector<NetworkAddress> localAddresses()
{
    std::vector<NetworkAddress> out;
    ifaddrs* list = nullptr;
    if (::getifaddrs(&list) != 0)
        return out;
    for (const ifaddrs* i = list; i; i = i->ifa_next) {
        if (!i->ifa_addr || i->ifa_addr->sa_family != AF_INET || !(i->ifa_flags & IFF_UP))
            continue;
        const auto* in = reinterpret_cast<const sockaddr_in*>(i->ifa_addr);
        char text[INET_ADDRSTRLEN] = {};
        ::inet_ntop(AF_INET, &in->sin_addr, text, sizeof text);
        const auto host = ntohl(in->sin_addr.s_addr);
        NetworkAddress a{i->ifa_name ? i->ifa_name : "", text, (i->ifa_flags & IFF_LOOPBACK) != 0, privateIpv4(host), false};
        a.virtualNetwork = (i->ifa_flags & IFF_POINTOPOINT) != 0 || virtualInterface(a.interfaceName);
        out.push_back(a);
    }
    ::freeifaddrs(list);
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return std::tuple(a.virtualNetwork, !a.privateRange, a.loopback) < std::tuple(b.virtualNetwork, !b.privateRange, b.loopback);
    });
    return out;
}

std::string suggestedAddress(const std::vector<NetworkAddress>& addresses)
{
    for (const auto& a : addresses)
        if (!a.loopback && !a.virtualNetwork && a.privateRange)
            return a.address;
    return {};
}

std::optional<Message> unusableAddress(const std::string& address)
{
    in_addr four{};
    in6_addr six{};
    if (::inet_pton(AF_INET, address.c_str(), &four) == 1) {
        const auto host = ntohl(four.s_addr);
        if (host == 0)
            return Message{tx("{0} would listen on every network of this computer; give the address of the one network the phones are on"), {address}};
        if ((host >> 28) == 0xE || host == 0xFFFFFFFFu)
            return Message{tx("{0} is a multicast or broadcast address, not the address of this computer on a network"), {address}};
        return std::nullopt;
    }
    if (::inet_pton(AF_INET6, address.c_str(), &six) == 1) {
        if (IN6_IS_ADDR_UNSPECIFIED(&six))
            return Message{tx("{0} would listen on every network of this computer; give the address of the one network the phones are on"), {address}};
        if (IN6_IS_ADDR_MULTICAST(&six))
            return Message{tx("{0} is a multicast or broadcast address, not the address of this computer on a network"), {address}};
        return std::nullopt;
    }
    return Message{tx("\"{0}\" is not an IP address; expected one such as 192.168.1.23"), {address}};
}

bool localNetworkAddress(const std::string& address)
{
    in_addr four{};
    in6_addr six{};
    if (::inet_pton(AF_INET, address.c_str(), &four) == 1) {
        const auto host = ntohl(four.s_addr);
        return (host >> 24) == 127 || privateIpv4(host);
    }
    if (::inet_pton(AF_INET6, address.c_str(), &six) == 1)
        return IN6_IS_ADDR_LOOPBACK(&six) || IN6_IS_ADDR_LINKLOCAL(&six) || (six.s6_addr[0] & 0xFE) == 0xFC;
    return false;
}

std::string baseUrl(const std::string& address, unsigned short port)
{
    const bool six = address.find(':') != std::string::npos;
    return "http://" + (six ? "[" + address + "]" : address) + ":" + std::to_string(port);
}

} // namespace workshop
