// AtomicTextFile with several writers in one folder at once (run --export writes a segment
// set concurrently since issue 18). Each writer's opening clean-up removes temporary files
// nobody holds; a writer whose fresh temporary file was taken by another's clean-up must notice
// and pick another name, instead of writing to a removed file and failing at the rename.
#include "export/atomic_text_file.h"
#include "export/export_set.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <mutex>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

using namespace seg;

namespace {

size_t openDescriptors()
{
    size_t n = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator("/proc/self/fd"))
        ++n;
    return n;
}

std::string readAll(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// A file's text: `lines` numbered lines (over kWritebackBytes for the big one, so its
// writeback starts while it is written).
std::string numberedLines(size_t lines, const std::string& tag)
{
    std::string text;
    for (size_t i = 0; i < lines; ++i)
        text += tag + " line " + std::to_string(i) + "\r\n";
    return text;
}

} // namespace

class AtomicTextFileTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void concurrentWritersInOneFolderAllCommit()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::filesystem::path folder = dir.path().toStdString();
        constexpr int kThreads = 8;
        constexpr int kFilesEach = 150;
        std::atomic<int> failures{0};
        std::string firstFailure;
        std::mutex failureMutex;
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t)
            threads.emplace_back([&, t] {
                for (int i = 0; i < kFilesEach; ++i) {
                    try {
                        AtomicTextFile file(folder / ("f" + std::to_string(t) + "-" + std::to_string(i) + ".csv"));
                        file.append("writer " + std::to_string(t) + " file " + std::to_string(i) + "\n");
                        file.commit();
                    } catch (const std::exception& e) {
                        if (failures++ == 0) {
                            const std::lock_guard lock(failureMutex);
                            firstFailure = e.what();
                        }
                    }
                }
            });
        for (auto& th : threads)
            th.join();
        QVERIFY2(failures == 0, firstFailure.c_str());
        // Every file holds exactly what its writer wrote, and no temporary file is left.
        size_t files = 0;
        for (const auto& entry : std::filesystem::directory_iterator(folder)) {
            const std::string name = entry.path().filename().string();
            QVERIFY2(name.find(".tmp-") == std::string::npos, name.c_str());
            ++files;
        }
        QCOMPARE(files, size_t{kThreads * kFilesEach});
        for (int t = 0; t < kThreads; ++t)
            for (int i = 0; i < kFilesEach; i += 37) {
                std::ifstream in(folder / ("f" + std::to_string(t) + "-" + std::to_string(i) + ".csv"));
                std::stringstream text;
                text << in.rdbuf();
                QCOMPARE(text.str(), "writer " + std::to_string(t) + " file " + std::to_string(i) + "\n");
            }
    }

    // Issue 18: the files of an export set are written with a DeferredSync: their commit()
    // only renames inside the staging folder; the set fsyncs them and the folder once, then
    // swaps. The folder shows the old set until then and the whole new one after, the bytes
    // are exactly those written (also through the writeback of a file over 4 MiB, appended in
    // small and large pieces), and no descriptor or temporary file is left behind.
    void deferredSyncFilesAppearWithTheSet()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::filesystem::path out = std::filesystem::path(dir.path().toStdString()) / "out";
        std::filesystem::create_directories(out);
        std::ofstream(out / "old.csv") << "old set\n";
        const size_t descriptors = openDescriptors();
        const std::string big = numberedLines(300000, "big"), small = numberedLines(3, "small");
        QVERIFY(big.size() > AtomicTextFile::kWritebackBytes);
        {
            ExportSet set(out);
            std::vector<std::thread> writers;
            std::atomic<int> failures{0};
            const std::filesystem::path bigPath = set.pathFor("big.csv"), smallPath = set.pathFor("small.csv");
            writers.emplace_back([&] {
                try {
                    AtomicTextFile file(bigPath, &set.deferredSync());
                    for (size_t at = 0; at < big.size(); at += 100000) // large appends go straight through
                        file.append(std::string_view(big).substr(at, 100000));
                    file.commit();
                } catch (...) {
                    ++failures;
                }
            });
            writers.emplace_back([&] {
                try {
                    AtomicTextFile file(smallPath, &set.deferredSync());
                    for (const char c : small)
                        file.put(c);
                    file.commit();
                } catch (...) {
                    ++failures;
                }
            });
            for (auto& w : writers)
                w.join();
            QCOMPARE(failures.load(), 0);
            QCOMPARE(readAll(out / "old.csv"), std::string("old set\n")); // not swapped yet
            QVERIFY(!std::filesystem::exists(out / "big.csv"));
            set.commit();
            QVERIFY(set.replacedAsSet());
        }
        QCOMPARE(readAll(out / "big.csv"), big);
        QCOMPARE(readAll(out / "small.csv"), small);
        QVERIFY(!std::filesystem::exists(out / "old.csv")); // the old set went as a whole
        size_t entries = 0;
        for (const auto& entry : std::filesystem::directory_iterator(out.parent_path())) {
            ++entries;
            QVERIFY2(entry.path().filename() == "out", entry.path().c_str()); // no staging folder left
        }
        QCOMPARE(entries, size_t{1});
        QCOMPARE(openDescriptors(), descriptors);
    }

    // A set given up before commit() (an error in another file, a cancel) leaves the folder as
    // it was, and the deferred files' descriptors are closed.
    void deferredSyncWithoutCommitLeavesTheFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::filesystem::path out = std::filesystem::path(dir.path().toStdString()) / "out";
        std::filesystem::create_directories(out);
        std::ofstream(out / "old.csv") << "old set\n";
        const size_t descriptors = openDescriptors();
        {
            ExportSet set(out);
            AtomicTextFile file(set.pathFor("new.csv"), &set.deferredSync());
            file.append("new\n");
            file.commit();
        }
        QCOMPARE(readAll(out / "old.csv"), std::string("old set\n"));
        QVERIFY(!std::filesystem::exists(out / "new.csv"));
        QCOMPARE(openDescriptors(), descriptors);
    }
};

QTEST_GUILESS_MAIN(AtomicTextFileTest)
#include "test_atomic_text_file.moc"
