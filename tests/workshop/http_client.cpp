#include "http_client.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstring>
#include <stdexcept>

namespace test {

std::string HttpReply::header(const std::string& name) const
{
    std::string lower = headers;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    std::string wanted = "\n" + name + ":";
    std::transform(wanted.begin(), wanted.end(), wanted.begin(), [](unsigned char c) { return std::tolower(c); });
    const auto at = lower.find(wanted);
    if (at == std::string::npos)
        return {};
    auto start = at + wanted.size();
    while (start < headers.size() && headers[start] == ' ')
        ++start;
    return headers.substr(start, headers.find('\r', start) - start);
}

HttpReply sendRaw(unsigned short port, const std::string& raw, int timeoutMs)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        throw std::runtime_error("socket");
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        ::close(fd);
        throw std::runtime_error("connect");
    }
    // The server may refuse before everything is sent (an oversized body): a failed send is fine.
    std::size_t sent = 0;
    while (sent < raw.size()) {
        const auto n = ::send(fd, raw.data() + sent, raw.size() - sent, MSG_NOSIGNAL);
        if (n <= 0)
            break;
        sent += static_cast<std::size_t>(n);
    }
    std::string received;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    char buffer[4096];
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
        pollfd p{fd, POLLIN, 0};
        if (left <= 0 || ::poll(&p, 1, static_cast<int>(left)) <= 0)
            break;
        const auto n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            break;
        received.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fd);
    HttpReply reply;
    const auto end = received.find("\r\n\r\n");
    if (received.size() < 12 || end == std::string::npos)
        return reply;
    reply.status = std::stoi(received.substr(9, 3));
    reply.headers = received.substr(0, end);
    reply.body = received.substr(end + 4);
    return reply;
}

HttpReply request(unsigned short port, const std::string& method, const std::string& target, const std::string& body,
                  const std::string& phone, const std::string& contentType, int timeoutMs)
{
    std::string raw = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (!phone.empty())
        raw += "X-Phone: " + phone + "\r\n";
    if (method == "POST")
        raw += "Content-Type: " + contentType + "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
    raw += "\r\n" + body;
    return sendRaw(port, raw, timeoutMs);
}

} // namespace test
