#pragma once
// A deliberately plain HTTP/1.1 client over a POSIX socket: the tests send exactly the bytes they
// mean (a malformed, oversized or half request), which a real HTTP library would not let them.

#include <string>

namespace test {

struct HttpReply {
    int status = 0; ///< 0: the connection closed without a reply
    std::string headers;
    std::string body;
    std::string header(const std::string& name) const;
};

/// Sends `raw` to 127.0.0.1:port and reads the reply until the server closes the connection.
HttpReply sendRaw(unsigned short port, const std::string& raw, int timeoutMs = 5000);
/// A GET or POST with Connection: close; `phone` becomes the X-Phone header when not empty.
HttpReply request(unsigned short port, const std::string& method, const std::string& target,
                  const std::string& body = {}, const std::string& phone = {},
                  const std::string& contentType = "application/json", int timeoutMs = 5000);

} // namespace test
