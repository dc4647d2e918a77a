#pragma once
// What the Live dock's broker tests share: the demo project with half of its events imported
// and the other half as stream messages (so a listener that handles them all ends at the batch
// result over every event), a Redis server that can be stopped and started again on the same
// port, and a publisher.
#include "broker_server.h"
#include "demo_messages.h"

#include "connectors/publisher.h"
#include "data/csv_reader.h"
#include "document/document.h"
#include "exec/runner.h"
#include "session/data_session.h"

#include <QFile>
#include <QTemporaryDir>

// The demo project in `dir` with the even event lines imported; the odd ones as messages.
struct HalfStreamedDemo {
    QTemporaryDir dir;
    seg::ui::Document doc;
    seg::ui::DataSession data;
    std::vector<std::string> messages;
    std::shared_ptr<seg::Dataset> full; // every event: the batch reference

    bool prepare(QString& why)
    {
        const QString demo = QStringLiteral(SEG_SOURCE_DIR "/resources/demo/");
        QFile events(demo + "events.csv");
        if (!dir.isValid() || !events.open(QIODevice::ReadOnly)) {
            why = "no temporary directory or demo events";
            return false;
        }
        const QList<QByteArray> lines = events.readAll().split('\n');
        QByteArray imported = lines[0] + "\n";
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QString line = QString::fromUtf8(lines[i]).trimmed();
            if (line.isEmpty())
                continue;
            if (i % 2 == 0)
                imported += lines[i] + "\n";
            else
                messages.push_back(demoEventMessage(line, static_cast<int>(i)).toStdString());
        }
        auto write = [&](const QString& name, const QByteArray& bytes) {
            QFile f(dir.filePath(name));
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
        };
        QFile customers(demo + "customers.csv"), graph(demo + "retail.segment.json");
        if (!customers.open(QIODevice::ReadOnly) || !graph.open(QIODevice::ReadOnly)
            || !write("customers.csv", customers.readAll()) || !write("events.csv", imported)
            || !write("retail.segment.json", graph.readAll())) {
            why = "cannot write the project";
            return false;
        }
        QStringList errors;
        if (!doc.load(dir.filePath("retail.segment.json"), &errors)) {
            why = errors.join('\n');
            return false;
        }
        const seg::Graph& g = doc.graph();
        data.setDataset(std::make_shared<seg::Dataset>(
            seg::loadDataset(g.customers, g.resolve(g.customers.path), g.events, g.resolve(g.events->path))));
        QStringList fullErrors;
        seg::ui::Document fullDoc;
        if (!fullDoc.load(demo + "retail.segment.json", &fullErrors)) {
            why = fullErrors.join('\n');
            return false;
        }
        const seg::Graph& fg = fullDoc.graph();
        full = std::make_shared<seg::Dataset>(
            seg::loadDataset(fg.customers, fg.resolve(fg.customers.path), fg.events, fg.resolve(fg.events->path)));
        return true;
    }

    // Every set's members in a batch run over all events at the graph's as-of.
    seg::RunResult batch() const
    {
        seg::RunOptions o;
        o.strategy = seg::Strategy::Sequential;
        o.threads = 1;
        o.asOf = *doc.graph().asOf;
        return seg::runGraph(doc.graph(), *full, o);
    }
};

// A throw-away redis-server (scripts/broker-servers.sh) that can go away and come back on the
// same port, as a broker restart does (without persistence: it comes back empty).
class RestartableRedis {
public:
    bool start(QString& why)
    {
        if (port_ == 0)
            port_ = freeLoopbackPort();
        QProcess p;
        p.start("bash",
                {kBrokerScript, "redis-start", dir_.filePath("redis"), QString::number(port_),
                 QString::number(QCoreApplication::applicationPid())});
        if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            why = "redis-server could not be started: " + QString::fromUtf8(p.readAllStandardError());
            return false;
        }
        running_ = true;
        return true;
    }
    void stop()
    {
        if (!running_)
            return;
        QProcess p;
        p.start("bash", {kBrokerScript, "redis-stop", dir_.filePath("redis")});
        p.waitForFinished(30'000);
        running_ = false;
    }
    ~RestartableRedis() { stop(); }
    quint16 port() const { return port_; }
    QString url(const QString& query) const
    {
        return QStringLiteral("redis://127.0.0.1:%1/0?%2").arg(port_).arg(query);
    }
    // Sends `messages` to the stream (field `data`), returning once Redis has them.
    void publish(const QString& stream, const std::vector<std::string>& messages) const
    {
        auto publisher = seg::openPublisher(url("stream=" + stream).toStdString(), 1);
        for (const std::string& m : messages)
            publisher->add(0, m, {});
        publisher->flush();
    }
    // redis-cli with these arguments: its output lines.
    QStringList cli(const QStringList& args) const
    {
        QProcess p;
        p.start("redis-cli", QStringList{"-h", "127.0.0.1", "-p", QString::number(port_)} + args);
        p.waitForFinished(30'000);
        QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split('\n'); // a nil is an empty line
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }
    // A field of XINFO GROUPS for `group` ("" when there is no such group).
    QString groupField(const QString& stream, const QString& group, const QString& field) const
    {
        const QStringList lines = cli({"XINFO", "GROUPS", stream});
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            if (lines[i] == "name" && lines[i + 1] == group)
                for (qsizetype j = i + 2; j + 1 < lines.size() && lines[j] != "name"; j += 2)
                    if (lines[j] == field)
                        return lines[j + 1];
        return {};
    }

private:
    QTemporaryDir dir_;
    quint16 port_ = 0;
    bool running_ = false;
};
