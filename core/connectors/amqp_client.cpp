#include "connectors/amqp_client.h"

#include "util/error.h"

#include <amqp.h>
#include <amqp_framing.h>
#include <amqp_tcp_socket.h>


namespace seg {

AmqpClient::AmqpClient(const ConnectorUrl& url, std::string role, ConnectorHooks hooks)
    : url_(url), role_(std::move(role)), hooks_(std::move(hooks))
{
}

AmqpClient::~AmqpClient() { close(); }

void AmqpClient::close()
{
    if (!state_)
        return;
    // Best effort: the broker also cleans up a connection that just goes away.
    amqp_channel_close(state_, 1, AMQP_REPLY_SUCCESS);
    amqp_connection_close(state_, AMQP_REPLY_SUCCESS);
    amqp_destroy_connection(state_);
    state_ = nullptr;
}

std::string AmqpClient::lastRpcError()
{
    const amqp_rpc_reply_t r = amqp_get_rpc_reply(state_);
    switch (r.reply_type) {
    case AMQP_RESPONSE_NORMAL:
        return {};
    case AMQP_RESPONSE_NONE:
        return "no reply";
    case AMQP_RESPONSE_LIBRARY_EXCEPTION:
        return amqp_error_string2(r.library_error);
    case AMQP_RESPONSE_SERVER_EXCEPTION:
        if (r.reply.id == AMQP_CONNECTION_CLOSE_METHOD || r.reply.id == AMQP_CHANNEL_CLOSE_METHOD) {
            // Both close methods start with reply_code and reply_text.
            const auto* m = static_cast<amqp_channel_close_t*>(r.reply.decoded);
            return "server: " + std::to_string(m->reply_code) + " " +
                std::string(static_cast<const char*>(m->reply_text.bytes), m->reply_text.len);
        }
        return "server error";
    }
    return "unknown error";
}

bool AmqpClient::connect(std::string& why)
{
    // A connection that went away is dropped without the closing handshake: its answers may
    // never come.
    if (state_) {
        amqp_destroy_connection(state_);
        state_ = nullptr;
    }
    state_ = amqp_new_connection();
    amqp_socket_t* socket = amqp_tcp_socket_new(state_);
    if (!socket) {
        why = "cannot create a socket";
        return false;
    }
    timeval timeout{5, 0};
    const int status = amqp_socket_open_noblock(socket, url_.host.c_str(), url_.port ? url_.port : 5672, &timeout);
    if (status != AMQP_STATUS_OK) {
        why = amqp_error_string2(status);
        return false;
    }
    const std::string vhost = url_.path.empty() ? "/" : url_.path;
    const std::string user = url_.user.empty() ? "guest" : url_.user;
    const std::string password = url_.user.empty() && url_.password.empty() ? "guest" : url_.password;
    // No heartbeat: the stream may spend longer than a heartbeat on one batch without reading
    // the socket; a dead connection shows up on the next read or acknowledgement.
    const amqp_rpc_reply_t login = amqp_login(state_, vhost.c_str(), 0, 131072, 0, AMQP_SASL_METHOD_PLAIN,
                                              user.c_str(), password.c_str());
    if (login.reply_type != AMQP_RESPONSE_NORMAL) {
        why = "login as '" + user + "' to vhost '" + vhost + "' failed (" + lastRpcError() + ")";
        return false;
    }
    amqp_channel_open(state_, 1);
    if (const std::string e = lastRpcError(); !e.empty()) {
        why = "cannot open a channel (" + e + ")";
        return false;
    }
    // Every RPC (declare, qos, consume, close) gives up after 10 s instead of waiting forever.
    const timeval rpcTimeout{10, 0};
    amqp_set_rpc_timeout(state_, &rpcTimeout);
    ++connections_;
    return true;
}

bool AmqpClient::ensureQueue(const std::string& queue, std::string& why)
{
    // Passive first: an existing queue is used as declared (classic or quorum); declaring it
    // with other arguments would be refused.
    amqp_queue_declare(state_, 1, amqp_cstring_bytes(queue.c_str()), 1, 0, 0, 0, amqp_empty_table);
    if (lastRpcError().empty())
        return true;
    // The broker closed the channel (404 NOT_FOUND): reopen it and declare a quorum queue.
    amqp_channel_close_ok_t ok{};
    amqp_send_method(state_, 1, AMQP_CHANNEL_CLOSE_OK_METHOD, &ok);
    amqp_channel_open(state_, 1);
    if (const std::string e = lastRpcError(); !e.empty()) {
        why = "cannot open a channel (" + e + ")";
        return false;
    }
    amqp_table_entry_t type;
    type.key = amqp_cstring_bytes("x-queue-type");
    type.value.kind = AMQP_FIELD_KIND_UTF8;
    type.value.value.bytes = amqp_cstring_bytes("quorum");
    const amqp_table_t arguments{1, &type};
    amqp_queue_declare(state_, 1, amqp_cstring_bytes(queue.c_str()), 0, 1, 0, 0, arguments);
    if (const std::string e = lastRpcError(); !e.empty()) {
        why = "cannot declare the quorum queue '" + queue + "' (" + e + ")";
        return false;
    }
    return true;
}

void AmqpClient::connectWithBackoff(const std::string& why, const std::function<bool(std::string&)>& after)
{
    retryWithBackoff(hooks_, describe(), why, [&](std::string& w) { return connect(w) && after(w); });
}

} // namespace seg
