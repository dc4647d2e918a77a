// AtomicTextFile with several writers in one folder at once (run --export writes a segment
// set concurrently since issue 18). Each writer's opening clean-up removes temporary files
// nobody holds; a writer whose fresh temporary file was taken by another's clean-up must notice
// and pick another name, instead of writing to a removed file and failing at the rename.
#include "export/atomic_text_file.h"

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
};

QTEST_GUILESS_MAIN(AtomicTextFileTest)
#include "test_atomic_text_file.moc"
