#pragma once
// The broker URLs the Live dock listens to, as a form a marketer fills in (host, port, stream or
// queue, group, consumer, user, password) and back:
//   redis://[user:password@]host:port/db?stream=S&group=G&consumer=C
//   amqp://user:password@host:port/vhost?queue=Q
// (the forms `segstudio-cli stream --from` takes; core/connectors reads them). The password is
// only ever shown as "***" (redactedBrokerUrl) and never written anywhere by the dock.
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace seg::ui {

enum class BrokerKind { Redis, RabbitMq };

struct BrokerForm {
    BrokerKind kind = BrokerKind::Redis;
    QString host = QStringLiteral("127.0.0.1");
    int port = 0;          // 0: the default (6379, 5672)
    QString database;      // Redis: the database number ("" = 0); RabbitMQ: the vhost ("" = "/")
    QString stream;        // Redis: the stream; RabbitMQ: the queue
    QString group = QString::fromLatin1(kDefaultGroup); // Redis only
    QString consumer = QString::fromLatin1(kDefaultConsumer); // Redis only
    QString user;
    QString password;      // in memory only
    QList<QPair<QString, QString>> options; // other parameters (count=, max_deliveries=, prefetch=...) kept as given

    // A group of its own, so the dock never takes entries meant for the production consumers.
    static constexpr const char* kDefaultGroup = "segment-studio-preview";
    static constexpr const char* kDefaultConsumer = "segment-studio";
    bool operator==(const BrokerForm&) const = default;
};

int defaultBrokerPort(BrokerKind kind);
// The URL of the form; with the password as "***" unless withPassword.
QString brokerUrl(const BrokerForm& form, bool withPassword);
// The form of a URL; nullopt with *error (plain words) when it is not a redis:// or amqp://
// source URL the dock can listen to.
std::optional<BrokerForm> brokerFormFromUrl(const QString& url, QString* error);
// "" when `url` is a source URL the dock can listen to, else what is wrong.
QString checkBrokerUrl(const QString& url);
// "Redis at 127.0.0.1:6379" / "RabbitMQ at host:5672" (for the status line).
QString brokerAddress(const QString& url);
// The URL with its password as "***" ("" stays "").
QString redactedBrokerUrl(const QString& url);

// The plain reason of a connector error: the text after the broker's (redacted) URL, without
// "cannot connect to the ..." or "stopped while ... was unreachable (...)" around it.
QString plainBrokerReason(const QString& what, const QString& url);

} // namespace seg::ui
