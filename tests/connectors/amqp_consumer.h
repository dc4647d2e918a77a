#pragma once
// A plain rabbitmq-c consumer for the tests, apart from the code under test: takes `count`
// messages from a queue and either acknowledges them or closes the connection without
// acknowledging (the broker then returns them to the queue, a quorum queue counting the
// delivery in x-delivery-count), like a consumer that died.
#include <QByteArray>
#include <QString>
#include <QUrl>

#include <amqp.h>
#include <amqp_tcp_socket.h>

#include <vector>

// Messages ready in a queue, from a passive queue.declare (exact at once, unlike the
// statistics rabbitmqctl shows, which lag behind); -1 when it cannot tell.
inline int readyCount(const QString& url, const QString& queue)
{
    const QUrl u(url);
    int ready = -1;
    amqp_connection_state_t c = amqp_new_connection();
    amqp_socket_t* socket = amqp_tcp_socket_new(c);
    const QByteArray user = u.userName().toUtf8(), password = u.password().toUtf8(), q = queue.toUtf8();
    if (socket && amqp_socket_open(socket, "127.0.0.1", u.port()) == AMQP_STATUS_OK &&
        amqp_login(c, "/", 0, 131072, 0, AMQP_SASL_METHOD_PLAIN, user.constData(), password.constData()).reply_type ==
            AMQP_RESPONSE_NORMAL) {
        amqp_channel_open(c, 1);
        const amqp_queue_declare_ok_t* ok = amqp_queue_declare(c, 1, amqp_cstring_bytes(q.constData()), 1, 0, 0, 0, amqp_empty_table);
        if (ok)
            ready = static_cast<int>(ok->message_count);
        amqp_connection_close(c, AMQP_REPLY_SUCCESS);
    }
    amqp_destroy_connection(c);
    return ready;
}

inline std::vector<QByteArray> consumeRaw(const QString& url, const QString& queue, int count, bool ack)
{
    std::vector<QByteArray> bodies;
    const QUrl u(url);
    amqp_connection_state_t c = amqp_new_connection();
    amqp_socket_t* socket = amqp_tcp_socket_new(c);
    if (!socket || amqp_socket_open(socket, "127.0.0.1", u.port()) != AMQP_STATUS_OK) {
        amqp_destroy_connection(c);
        return bodies;
    }
    const QByteArray user = u.userName().toUtf8(), password = u.password().toUtf8();
    if (amqp_login(c, "/", 0, 131072, 0, AMQP_SASL_METHOD_PLAIN, user.constData(), password.constData()).reply_type ==
        AMQP_RESPONSE_NORMAL) {
        amqp_channel_open(c, 1);
        amqp_basic_qos(c, 1, 0, static_cast<uint16_t>(count), 0);
        const QByteArray q = queue.toUtf8();
        amqp_basic_consume(c, 1, amqp_cstring_bytes(q.constData()), amqp_empty_bytes, 0, 0, 0, amqp_empty_table);
        uint64_t last = 0;
        for (int i = 0; i < count; ++i) {
            amqp_envelope_t e;
            timeval timeout{10, 0};
            amqp_maybe_release_buffers(c);
            if (amqp_consume_message(c, &e, &timeout, 0).reply_type != AMQP_RESPONSE_NORMAL)
                break;
            bodies.emplace_back(static_cast<const char*>(e.message.body.bytes), static_cast<qsizetype>(e.message.body.len));
            last = e.delivery_tag;
            amqp_destroy_envelope(&e);
        }
        if (ack && last)
            amqp_basic_ack(c, 1, last, 1);
        amqp_channel_close(c, 1, AMQP_REPLY_SUCCESS);
        amqp_connection_close(c, AMQP_REPLY_SUCCESS);
    }
    amqp_destroy_connection(c);
    return bodies;
}
