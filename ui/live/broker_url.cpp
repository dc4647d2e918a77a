#include "live/broker_url.h"

#include "connectors/connector_url.h"

#include <QUrl>

#include <exception>

namespace seg::ui {

namespace {

QString encode(const QString& text) { return QString::fromLatin1(QUrl::toPercentEncoding(text)); }

// The parameters each kind reads (core/connectors: redis_source.cpp, amqp_source.cpp).
const QStringList& knownParameters(BrokerKind kind)
{
    static const QStringList redis{"stream", "group", "consumer", "count", "max_deliveries", "claim_idle_ms"};
    static const QStringList amqp{"queue", "prefetch", "max_deliveries"};
    return kind == BrokerKind::Redis ? redis : amqp;
}

} // namespace

int defaultBrokerPort(BrokerKind kind) { return kind == BrokerKind::Redis ? 6379 : 5672; }

QString brokerUrl(const BrokerForm& f, bool withPassword)
{
    const bool redis = f.kind == BrokerKind::Redis;
    QString url = redis ? QStringLiteral("redis://") : QStringLiteral("amqp://");
    if (!f.user.isEmpty() || !f.password.isEmpty()) {
        url += encode(f.user);
        if (!f.password.isEmpty())
            url += QLatin1Char(':') + (withPassword ? encode(f.password) : QStringLiteral("***"));
        url += QLatin1Char('@');
    }
    const QString host = f.host.trimmed().isEmpty() ? QStringLiteral("127.0.0.1") : f.host.trimmed();
    url += host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('['))
        ? QLatin1Char('[') + host + QLatin1Char(']')
        : host;
    url += QLatin1Char(':') + QString::number(f.port > 0 ? f.port : defaultBrokerPort(f.kind));
    const QString db = f.database.trimmed();
    url += QLatin1Char('/')
        + (redis ? (db.isEmpty() ? QStringLiteral("0") : db) : encode(db.isEmpty() ? QStringLiteral("/") : db));
    QStringList query;
    if (redis) {
        query << QStringLiteral("stream=") + encode(f.stream.trimmed())
              << QStringLiteral("group=") + encode(f.group.trimmed())
              << QStringLiteral("consumer=") + encode(f.consumer.trimmed());
    } else {
        query << QStringLiteral("queue=") + encode(f.stream.trimmed());
    }
    for (const auto& [name, value] : f.options)
        query << encode(name) + QLatin1Char('=') + encode(value);
    return url + QLatin1Char('?') + query.join(QLatin1Char('&'));
}

std::optional<BrokerForm> brokerFormFromUrl(const QString& text, QString* error)
{
    auto fail = [&](const QString& why) -> std::optional<BrokerForm> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    ConnectorUrl u;
    try {
        u = parseConnectorUrl(text.trimmed().toStdString());
    } catch (const std::exception& e) {
        return fail(QString::fromStdString(e.what()));
    }
    BrokerForm f;
    if (u.scheme == "redis")
        f.kind = BrokerKind::Redis;
    else if (u.scheme == "amqp")
        f.kind = BrokerKind::RabbitMq;
    else
        return fail(
            QCoreApplication::translate("BrokerUrl", "The dock listens to redis://… or amqp://… URLs, not %1://…")
                .arg(QString::fromStdString(u.scheme)));
    const bool redis = f.kind == BrokerKind::Redis;
    f.host = QString::fromStdString(u.host);
    if (f.host.startsWith(QLatin1Char('[')) && f.host.endsWith(QLatin1Char(']')))
        f.host = f.host.mid(1, f.host.size() - 2);
    f.port = u.port;
    f.database = QString::fromStdString(u.path);
    if (redis && !f.database.isEmpty()) {
        bool ok = false;
        const int db = f.database.toInt(&ok);
        if (!ok || db < 0)
            return fail(
                QCoreApplication::translate(
                    "BrokerUrl", "The path of a Redis URL is the database number (redis://host:6379/0), not “%1”.")
                    .arg(f.database));
    }
    f.user = QString::fromStdString(u.user);
    f.password = QString::fromStdString(u.password);
    const QStringList& known = knownParameters(f.kind);
    f.group.clear();
    f.consumer.clear();
    for (const auto& [nameStd, valueStd] : u.query) {
        const QString name = QString::fromStdString(nameStd), value = QString::fromStdString(valueStd);
        if (!known.contains(name))
            return fail(QCoreApplication::translate("BrokerUrl", "Unknown parameter “%1” (a %2 source takes %3).")
                            .arg(name, redis ? QStringLiteral("Redis") : QStringLiteral("RabbitMQ"),
                                 known.join(QStringLiteral(", "))));
        if (name == QLatin1String(redis ? "stream" : "queue"))
            f.stream = value;
        else if (redis && name == QLatin1String("group"))
            f.group = value;
        else if (redis && name == QLatin1String("consumer"))
            f.consumer = value;
        else
            f.options.append({name, value});
    }
    if (f.stream.isEmpty())
        return fail(redis ? QCoreApplication::translate("BrokerUrl", "Name the stream to read (?stream=…).")
                          : QCoreApplication::translate("BrokerUrl", "Name the queue to read (?queue=…)."));
    if (redis && f.group.isEmpty())
        return fail(QCoreApplication::translate(
                        "BrokerUrl",
                        "Name the consumer group (?group=…); a group of its own, such as %1, takes nothing from "
                        "other consumers.")
                        .arg(QString::fromLatin1(BrokerForm::kDefaultGroup)));
    if (redis && f.consumer.isEmpty())
        return fail(QCoreApplication::translate("BrokerUrl", "Name the consumer within the group (?consumer=…)."));
    return f;
}

QString checkBrokerUrl(const QString& url)
{
    QString error;
    if (url.trimmed().isEmpty())
        return QCoreApplication::translate("BrokerUrl", "Enter the broker to listen to (Broker…).");
    return brokerFormFromUrl(url, &error) ? QString() : error;
}

QString brokerAddress(const QString& url)
{
    const auto f = brokerFormFromUrl(url, nullptr);
    if (!f)
        return redactedBrokerUrl(url);
    return QCoreApplication::translate("BrokerUrl", "%1 at %2:%3")
        .arg(f->kind == BrokerKind::Redis ? QStringLiteral("Redis") : QStringLiteral("RabbitMQ"), f->host)
        .arg(f->port > 0 ? f->port : defaultBrokerPort(f->kind));
}

QString redactedBrokerUrl(const QString& url)
{
    if (url.isEmpty())
        return url;
    try {
        return QString::fromStdString(parseConnectorUrl(url.trimmed().toStdString()).redacted());
    } catch (const std::exception&) {
        // Unreadable: still never show what could be a password (user:secret@).
        const qsizetype at = url.lastIndexOf(QLatin1Char('@'));
        const qsizetype start = url.indexOf(QStringLiteral("://"));
        const qsizetype colon = start < 0 ? -1 : url.indexOf(QLatin1Char(':'), start + 3);
        if (at > 0 && colon > 0 && colon < at)
            return url.left(colon + 1) + QStringLiteral("***") + url.mid(at);
        return url;
    }
}

QString plainBrokerReason(const QString& what, const QString& url)
{
    QString text = what;
    const QString shown = redactedBrokerUrl(url);
    if (const qsizetype at = shown.isEmpty() ? -1 : text.indexOf(shown); at >= 0) {
        QString rest = text.mid(at + shown.size());
        if (rest.startsWith(QStringLiteral(" (stream ")) && rest.indexOf(QLatin1Char(')')) > 0)
            rest = rest.mid(rest.indexOf(QLatin1Char(')')) + 1);
        if (rest.startsWith(QStringLiteral(": ")))
            return rest.mid(2);
        // "stopped while the <source> was unreachable (<reason>)"
        if (const qsizetype open = rest.indexOf(QLatin1Char('(')); open >= 0 && rest.endsWith(QLatin1Char(')')))
            return rest.mid(open + 1, rest.size() - open - 2);
        if (!rest.trimmed().isEmpty())
            return rest.trimmed();
    }
    return text;
}

} // namespace seg::ui
