#include "network.hpp"

#include <algorithm>
#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

namespace workshop {

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
        NetworkAddress a{i->ifa_name ? i->ifa_name : "", text, (i->ifa_flags & IFF_LOOPBACK) != 0, false};
        a.privateRange = (host >> 24) == 10 || (host >> 20) == ((172u << 4) | 1u) || (host >> 16) == ((192u << 8) | 168u);
        out.push_back(a);
    }
    ::freeifaddrs(list);
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return std::pair(!a.privateRange, a.loopback) < std::pair(!b.privateRange, b.loopback);
    });
    return out;
}

std::string suggestedAddress(const std::vector<NetworkAddress>& addresses)
{
    for (const auto& a : addresses)
        if (!a.loopback)
            return a.address;
    return {};
}

std::string baseUrl(const std::string& address, unsigned short port)
{
    const bool six = address.find(':') != std::string::npos;
    return "http://" + (six ? "[" + address + "]" : address) + ":" + std::to_string(port);
}

} // namespace workshop
