#include "http_server.hpp"

#include "network.hpp"

// Asio 1.74 uses std::exchange without including <utility> (chriskohlhoff/asio#944).
#include <utility>

#include <algorithm>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <csignal>
#include <map>
#include <optional>
#include <thread>

namespace workshop {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;
using core::tx;

struct HttpServer::Impl {
    Handler handler;
    ServerLimits limits;
    std::size_t open = 0;
    std::map<net::ip::address, std::size_t> perAddress; ///< only while connected; never written anywhere
    std::thread thread;
    std::optional<tcp::acceptor> acceptor;
    std::optional<net::signal_set> signals;
    std::optional<net::steady_timer> grace;
    // Last, so destroyed first: the handlers it still holds (connections) end while the counts above live.
    net::io_context ioc{1};

    ~Impl()
    {
        acceptor.reset();
        signals.reset();
        grace.reset();
    }
    void accept();
};

namespace {

/// One connection: reads a request, hands it on, writes the reply, and reads again while the
/// client keeps the connection.
class Connection : public std::enable_shared_from_this<Connection> {
public:
    Connection(tcp::socket socket, HttpServer::Impl& server, net::ip::address peer)
        : m_stream(std::move(socket)), m_server(server), m_peer(std::move(peer))
    {
    }
    ~Connection()
    {
        --m_server.open;
        if (auto it = m_server.perAddress.find(m_peer); it != m_server.perAddress.end() && --it->second == 0)
            m_server.perAddress.erase(it);
    }

    void read()
    {
        m_parser.emplace();
        m_parser->header_limit(static_cast<std::uint32_t>(m_server.limits.headerBytes));
        m_parser->body_limit(m_server.limits.bodyBytes);
        m_stream.expires_after(m_server.limits.headerTimeout);
        http::async_read_header(m_stream, m_buffer, *m_parser,
                                [self = shared_from_this()](beast::error_code error, std::size_t) { self->onHeader(error); });
    }

private:
    void onHeader(beast::error_code error)
    {
        if (error)
            return onRead(error);
        // The body, if any, within the rest of the request's time.
        m_stream.expires_after(std::max(m_server.limits.readTimeout - m_server.limits.headerTimeout, std::chrono::seconds(1)));
        http::async_read(m_stream, m_buffer, *m_parser,
                         [self = shared_from_this()](beast::error_code read, std::size_t) { self->onRead(read); });
    }

    void onRead(beast::error_code error)
    {
        if (error == http::error::body_limit)
            return refuse(http::status::payload_too_large);
        if (error == http::error::header_limit)
            return refuse(http::status::request_header_fields_too_large);
        if (error == http::error::end_of_stream || error == beast::error::timeout || error == net::error::operation_aborted ||
            error == net::error::connection_reset || error == net::error::eof)
            return close();
        if (error)
            return refuse(http::status::bad_request);
        const auto& message = m_parser->get();
        Request request;
        request.method = std::string(message.method_string());
        request.target = std::string(message.target());
        request.body = message.body();
        request.phoneToken = std::string(message["X-Phone"]);
        request.contentType = std::string(message[http::field::content_type]);
        beast::error_code ignored;
        const auto local = m_stream.socket().local_endpoint(ignored).address();
        request.fromThisComputer = m_peer.is_loopback() || m_peer == local;
        m_keepAlive = message.keep_alive();
        m_version = message.version();
        m_head = message.method() == http::verb::head;
        m_stream.expires_never(); // the reply may wait for the disk; the next read sets a deadline
        auto& ioc = m_server.ioc;
        // The reply can come from the writer's thread: it is written on the server's. (The writer
        // ends before the server, so `ioc` is still there.)
        m_server.handler(request, [self = shared_from_this(), &ioc](Response response) mutable {
            // Handed over, not copied: the connection ends on the server's thread, never the writer's.
            net::post(ioc, [self = std::move(self), response = std::move(response)]() mutable {
                self->write(std::move(response));
            });
        });
    }

    void write(Response response)
    {
        auto reply = std::make_shared<http::response<http::string_body>>(static_cast<http::status>(response.status), m_version);
        reply->set(http::field::content_type, response.contentType);
        reply->set(http::field::cache_control, "no-store");
        reply->set("X-Content-Type-Options", "nosniff");
        reply->set("Referrer-Policy", "no-referrer");
        reply->set("X-Frame-Options", "DENY");
        // Nothing from elsewhere: no fonts, scripts or images from the internet, no framing.
        reply->set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
                                              "connect-src 'self'; img-src 'self' data:; form-action 'self'; "
                                              "base-uri 'none'; frame-ancestors 'none'");
        if (!response.location.empty())
            reply->set(http::field::location, response.location);
        if (response.status == 429)
            reply->set(http::field::retry_after, "2");
        reply->keep_alive(m_keepAlive);
        if (m_head) {
            // The headers a GET would get, without its body.
            reply->content_length(response.body.size());
        } else {
            reply->body() = std::move(response.body);
            reply->prepare_payload();
        }
        m_stream.expires_after(m_server.limits.readTimeout);
        http::async_write(m_stream, *reply, [self = shared_from_this(), reply](beast::error_code error, std::size_t) {
            if (error || !reply->keep_alive())
                return self->close();
            self->read();
        });
    }

    /// Says what was wrong, then closes: the rest of such a request is never read.
    void refuse(http::status status)
    {
        m_keepAlive = false;
        m_head = false;
        write(Response{static_cast<int>(status), "application/json", "{\"error\":\"refused\"}", {}});
    }

    void close()
    {
        beast::error_code ignored;
        m_stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
    }

    beast::tcp_stream m_stream;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    HttpServer::Impl& m_server; ///< outlives every connection: they end with its io_context
    net::ip::address m_peer;
    bool m_keepAlive = false;
    bool m_head = false;
    unsigned m_version = 11;
};

} // namespace

void HttpServer::Impl::accept()
{
    acceptor->async_accept([this](beast::error_code error, tcp::socket socket) {
        if (error == net::error::operation_aborted || !acceptor || !acceptor->is_open())
            return;
        if (!error) {
            beast::error_code ignored;
            const auto peer = socket.remote_endpoint(ignored).address();
            auto& mine = perAddress[peer];
            if (open >= limits.connections || mine >= limits.connectionsPerAddress) {
                if (mine == 0)
                    perAddress.erase(peer);
                socket.close(ignored); // over the cap: closed at once, nothing read
            } else {
                ++open;
                ++mine;
                std::make_shared<Connection>(std::move(socket), *this, peer)->read();
            }
        }
        accept();
    });
}

HttpServer::HttpServer(const std::string& address, unsigned short port, Handler handler, ServerLimits limits)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->handler = std::move(handler);
    m_impl->limits = limits;
    if (auto why = unusableAddress(address))
        throw ServerError(std::move(*why));
    beast::error_code error;
    const auto ip = net::ip::make_address(address, error);
    const tcp::endpoint endpoint{ip, port};
    auto& acceptor = m_impl->acceptor.emplace(m_impl->ioc);
    acceptor.open(endpoint.protocol(), error);
    if (!error)
        acceptor.set_option(net::socket_base::reuse_address(true), error);
    if (!error)
        acceptor.bind(endpoint, error);
    if (error == net::error::address_in_use)
        throw ServerError(core::Message{tx("port {0} is in use by another program; choose another port"), {std::to_string(port)}});
    if (error == boost::system::errc::address_not_available)
        throw ServerError(core::Message{tx("{0} is not an address of this computer; choose one of its network addresses"), {address}});
    if (!error)
        acceptor.listen(net::socket_base::max_listen_connections, error);
    if (error)
        throw ServerError(core::Message{tx("cannot listen on {0} port {1}: {2}"), {address, std::to_string(port), error.message()}});
    m_impl->accept();
}

HttpServer::~HttpServer() { stop(); }

unsigned short HttpServer::port() const
{
    beast::error_code ignored;
    return m_impl->acceptor->local_endpoint(ignored).port();
}

void HttpServer::run() { m_impl->ioc.run(); }

void HttpServer::start()
{
    m_impl->thread = std::thread([impl = m_impl.get()] { impl->ioc.run(); });
}

void HttpServer::stop()
{
    // Ends run() at once; the connections still open are closed when the io_context goes.
    m_impl->ioc.stop();
    if (m_impl->thread.joinable() && m_impl->thread.get_id() != std::this_thread::get_id())
        m_impl->thread.join();
}

void HttpServer::stopOnSignals(std::function<void()> first, std::chrono::milliseconds grace)
{
    auto* impl = m_impl.get();
    impl->signals.emplace(impl->ioc, SIGINT, SIGTERM);
    impl->signals->async_wait([this, first = std::move(first), grace](beast::error_code error, int) {
        if (error)
            return;
        // A second signal during the grace period stops at once.
        m_impl->signals->async_wait([impl = m_impl.get()](beast::error_code again, int) {
            if (!again)
                impl->ioc.stop();
        });
        stopAfter(first, grace);
    });
}

void HttpServer::stopAfter(std::function<void()> first, std::chrono::milliseconds grace)
{
    net::post(m_impl->ioc, [impl = m_impl.get(), first = std::move(first), grace] {
        if (impl->grace)
            return; // already ending
        if (first)
            first();
        impl->grace.emplace(impl->ioc, grace);
        impl->grace->async_wait([impl](beast::error_code) { impl->ioc.stop(); });
    });
}

} // namespace workshop
