#pragma once
// The demo project split for the broker tests: half of its events imported, the other half
// as messages to publish; and the members a --export directory holds per segment id.
#include "cli_runner.h"
#include "demo_messages.h"

#include "export/csv_export.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>

#include <csignal>
#include <map>
#include <set>

const QString kDemo = QStringLiteral(SEG_SOURCE_DIR "/resources/demo/");

// The project dir with half of the events imported; the other half as messages.
inline QStringList prepareProject(const QString& d)
{
    const QList<QByteArray> lines = readFile(kDemo + "events.csv").split('\n');
    QByteArray imported = lines[0] + "\n";
    QStringList streamed;
    for (int i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]).trimmed();
        if (line.isEmpty())
            continue;
        if (i % 2 == 0)
            imported += lines[i] + "\n";
        else
            streamed << QString::fromUtf8(demoEventMessage(line, i));
    }
    writeFile(d + "customers.csv", readFile(kDemo + "customers.csv"));
    writeFile(d + "events.csv", imported);
    writeFile(d + "g.segment.json", readFile(kDemo + "retail.segment.json"));
    return streamed;
}

// The demo graph's segments in graph order: (id, name).
inline std::vector<std::pair<QString, std::string>> demoSegments()
{
    std::vector<std::pair<QString, std::string>> out;
    const QJsonArray nodes = QJsonDocument::fromJson(readFile(kDemo + "retail.segment.json")).object()["nodes"].toArray();
    for (const auto& n : nodes)
        if (n.toObject()["type"].toString() == "segment")
            out.emplace_back(n.toObject()["id"].toString(), n.toObject()["name"].toString().toStdString());
    return out;
}

// segment id -> member keys, from a directory written by --export (first column: the key).
inline std::map<QString, std::set<QString>> membersOf(const QString& exportDir)
{
    std::vector<std::string> names;
    QStringList ids;
    for (const auto& [id, name] : demoSegments()) {
        ids << id;
        names.push_back(name);
    }
    const std::vector<std::string> slugs = seg::uniqueSlugs(names);
    std::map<QString, std::set<QString>> out;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QList<QByteArray> rows = readFile(exportDir + "/" + QString::fromStdString(slugs[size_t(i)]) + ".csv").split('\n');
        std::set<QString>& keys = out[ids[i]];
        for (qsizetype r = 1; r < rows.size(); ++r)
            if (!rows[r].trimmed().isEmpty())
                keys.insert(QString::fromUtf8(rows[r].split(',').first()).trimmed()); // CSV lines end in CRLF
    }
    return out;
}


// The triggers of an NDJSON sink without emitted_at (the time they were written), in order.
inline QStringList triggerLines(const QString& file)
{
    QStringList out;
    for (const QByteArray& line : readFile(file).split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonObject o = QJsonDocument::fromJson(line).object();
        o.remove("emitted_at");
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    return out;
}

inline qsizetype triggerCount(const QString& file) { return triggerLines(file).size(); }

// Reads the stream's stderr until it contains `text` (30 s at most).
inline void waitForStderr(QProcess& p, QByteArray& err, const char* text)
{
    for (int i = 0; i < 300 && !err.contains(text) && p.state() == QProcess::Running; ++i) {
        p.waitForReadyRead(100);
        err += p.readAllStandardError();
    }
    QVERIFY2(err.contains(text), err.constData());
}

// SIGTERM, then a clean exit 0 is expected.
inline void stopStream(QProcess& p, QByteArray& err)
{
    ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(20'000));
    err += p.readAllStandardError();
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, err.constData());
}

