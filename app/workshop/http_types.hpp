#pragma once
// A request and its response as the routes see them, without the HTTP library's types: the
// routes are tested without a network, and the library stays in one file (http_server.cpp).

#include <functional>
#include <string>

namespace workshop {

struct Request {
    std::string method; ///< "GET", "POST", ...
    std::string target; ///< the path with its query, as sent: "/s/TOKEN/me"
    std::string body;
    std::string phoneToken; ///< the X-Phone header: a phone's own token
    std::string contentType;
    /// Whether the request comes from this computer itself (its own address or loopback): the
    /// facilitator's page answers only such requests.
    bool fromThisComputer = false;
};

struct Response {
    int status = 200;
    std::string contentType = "application/json";
    std::string body;
    std::string location; ///< for a redirect
};

/// Answers a request; may be called later and from another thread (an answer is acknowledged
/// once it is stored). Called exactly once.
using Reply = std::function<void(Response)>;

} // namespace workshop
