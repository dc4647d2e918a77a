#pragma once
// Runs the built segstudio-cli in a child process and captures what a user would see.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

struct CliResult {
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

inline CliResult runCli(const QStringList& args, const QString& workDir = {})
{
    QProcess process;
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    process.start(QStringLiteral(SEG_CLI_PATH), args);
    CliResult r;
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        r.crashed = true;
    }
    r.crashed = r.crashed || process.exitStatus() != QProcess::NormalExit;
    r.exitCode = process.exitCode();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(f.write(bytes), bytes.size());
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Every CLI call in the tests goes through this: no crash, no sanitizer report, the expected
// exit code, and stderr shown when it differs. `result` is evaluated once (it may be a runCli call).
#define EXPECT_CLI(result, code)                                                                       \
    do {                                                                                               \
        const CliResult& cli_ = (result);                                                              \
        QVERIFY2(!cli_.crashed, qPrintable("crashed or hung; stderr: " + cli_.err));                   \
        QVERIFY2(!cli_.err.contains("Sanitizer") && !cli_.err.contains("runtime error:"),              \
                 qPrintable(cli_.err));                                                                \
        QVERIFY2(cli_.exitCode == (code), qPrintable(QStringLiteral("exit code %1, expected %2; stderr: %3; stdout: %4") \
                                                         .arg(cli_.exitCode)                           \
                                                         .arg(code)                                    \
                                                         .arg(cli_.err, cli_.out.left(2000))));        \
    } while (false)
