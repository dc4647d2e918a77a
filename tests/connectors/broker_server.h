#pragma once
// Throw-away brokers for the connector tests, started through scripts/broker-servers.sh (in a
// temporary directory, 127.0.0.1, free ports; a watcher stops them should the test die). A
// server that cannot start fails the test with the script's reason; nothing is skipped.
#include <QCoreApplication>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

const QString kBrokerScript = QStringLiteral(SEG_SOURCE_DIR "/scripts/broker-servers.sh");

inline quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

class RedisServer {
public:
    // Returns an empty string and sets `why` when the server did not start.
    bool start(QString& why)
    {
        port_ = freeLoopbackPort();
        if (port_ == 0 || !dir_.isValid()) {
            why = "no free loopback port or temporary directory";
            return false;
        }
        QProcess p;
        p.start("bash", {kBrokerScript, "redis-start", dir_.filePath("redis"), QString::number(port_),
                         QString::number(QCoreApplication::applicationPid())});
        if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            why = "redis-server could not be started: " + QString::fromUtf8(p.readAllStandardError());
            return false;
        }
        url_ = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        started_ = true;
        return true;
    }
    ~RedisServer()
    {
        if (!started_)
            return;
        QProcess p;
        p.start("bash", {kBrokerScript, "redis-stop", dir_.filePath("redis")});
        p.waitForFinished(30'000);
    }
    const QString& url() const { return url_; } // redis://127.0.0.1:PORT/0
    quint16 port() const { return port_; }

    // redis-cli with these arguments (no shell: any bytes); stdout, one reply item per line.
    QStringList cli(const QStringList& args, const QByteArray& input = {}) const
    {
        QProcess p;
        p.start("redis-cli", QStringList{"-h", "127.0.0.1", "-p", QString::number(port_)} + args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60'000);
        QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split('\n');
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }
    // Many commands in one go (redis-cli --pipe reads the wire protocol).
    void pipe(const QList<QStringList>& commands) const
    {
        QByteArray wire;
        for (const QStringList& c : commands) {
            wire += "*" + QByteArray::number(c.size()) + "\r\n";
            for (const QString& a : c) {
                const QByteArray bytes = a.toUtf8();
                wire += "$" + QByteArray::number(bytes.size()) + "\r\n" + bytes + "\r\n";
            }
        }
        cli({"--pipe"}, wire);
    }

private:
    QTemporaryDir dir_;
    quint16 port_ = 0;
    QString url_;
    bool started_ = false;
};

class RabbitServer {
public:
    bool start(QString& why)
    {
        const quint16 amqp = freeLoopbackPort(), dist = freeLoopbackPort(), epmd = freeLoopbackPort();
        if (!amqp || !dist || !epmd || amqp == dist || dist == epmd || amqp == epmd || !dir_.isValid()) {
            why = "no free loopback ports or temporary directory";
            return false;
        }
        QProcess p;
        p.start("bash", {kBrokerScript, "rabbitmq-start", dir_.filePath("rabbit"), QString::number(amqp),
                         QString::number(dist), QString::number(epmd), QString::number(QCoreApplication::applicationPid())});
        if (!p.waitForFinished(120'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            why = "rabbitmq-server could not be started: " + QString::fromUtf8(p.readAllStandardError());
            return false;
        }
        url_ = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        started_ = true;
        return true;
    }
    ~RabbitServer()
    {
        if (!started_)
            return;
        QProcess p;
        p.start("bash", {kBrokerScript, "rabbitmq-stop", dir_.filePath("rabbit")});
        p.waitForFinished(60'000);
    }
    const QString& url() const { return url_; } // amqp://guest:guest@127.0.0.1:PORT/%2f
    // rabbitmqctl -q ARGS against this broker: its output lines.
    QStringList ctl(const QStringList& args) const
    {
        QProcess p;
        p.start("bash", QStringList{kBrokerScript, "rabbitmq-ctl", dir_.filePath("rabbit"), "-q"} + args);
        p.waitForFinished(60'000);
        return QString::fromUtf8(p.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
    }

private:
    QTemporaryDir dir_;
    QString url_;
    bool started_ = false;
};
