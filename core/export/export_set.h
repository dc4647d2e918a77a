#pragma once
// A folder of export files replaced as a whole (issue 16 finding 8): the new files are written
// into a hidden staging folder next to it (".<name>.export-<random>"), which then takes the
// folder's place in one atomic exchange (renameat2 RENAME_EXCHANGE; a plain rename when the
// folder is new). A kill at any moment leaves the folder with the old set or the new one,
// never a mix. The folder's ".csv" files belong to the export and are replaced as a set
// (a segment no longer in the graph loses its old file); any other regular file in the folder
// is kept (hard-linked into the new set). A folder that holds anything else (a subfolder, a
// link), or that cannot be exchanged (a mount point, another file system, no RENAME_EXCHANGE),
// gets its files replaced one by one (each still atomic) and `replacedAsSet()` says so. The
// staging folder is locked (flock) while in use; staging folders that nobody holds are
// leftovers of a killed export and are removed by the next export next to them.
//
// Which of the folder's old files belong to the export (and so are replaced or removed):
// - AllCsvFiles (the CLI's `--export DIR`, a folder of its own): every ".csv" file.
// - ListedFiles (the app's export dialog, whose folder may hold the project and its data): the
//   files the previous ListedFiles export listed in the folder's ".segstudio-export" file, plus
//   the names written now; every other file stays. Each such export writes that list anew.
// A file some other program renamed into the folder between the carry-over and the swap is
// moved into the new set afterwards, so a save racing the export is not lost.
#include "export/atomic_text_file.h"

#include <filesystem>
#include <string>
#include <vector>

namespace seg {

class ExportSet {
public:
    enum class Ownership { AllCsvFiles, ListedFiles };
    static constexpr const char* kListName = ".segstudio-export";

    // Throws seg::Error naming the folder and the OS reason when it cannot be created or used.
    explicit ExportSet(std::filesystem::path folder, Ownership ownership = Ownership::AllCsvFiles);
    ~ExportSet(); // without commit(): the staging folder is removed, the folder untouched
    ExportSet(const ExportSet&) = delete;
    ExportSet& operator=(const ExportSet&) = delete;

    // Where to write the file `name` (a plain file name) of the new set.
    std::filesystem::path pathFor(const std::string& name);
    // For the writers of the new set's files (AtomicTextFile's `deferred`): commit() fsyncs
    // them all, then the staging folder once, before the set is put in place (issue 18:
    // once per set instead of a folder fsync per file). Writers that do not use it fsync as
    // they commit, as before.
    DeferredSync& deferredSync() { return deferred_; }
    // Renames a file of the new set that is written already (a destination export that did
    // not need to be split names its only part after the segment).
    void renameFile(const std::string& from, const std::string& to);
    // Puts the new set in place. Throws seg::Error with the OS reason.
    void commit();
    bool replacedAsSet() const { return asSet_; }

    // Removes staging folders next to `folder` that no living export holds; returns how many.
    static size_t removeLeftovers(const std::filesystem::path& folder);
    // The files the last ListedFiles export into `folder` wrote (its list), in list order.
    static std::vector<std::string> previousExport(const std::filesystem::path& folder);

private:
    bool belongsToExport(const std::string& name) const;
    void carryOverForeignFiles();
    void moveIntoPlaceOneByOne();
    void bringBackLateFiles();

    std::filesystem::path folder_;  // absolute
    std::filesystem::path staging_;
    std::vector<std::string> names_;
    Ownership ownership_;
    std::vector<std::string> previous_; // ListedFiles: the last export's list
    DeferredSync deferred_;
    int lockFd_ = -1;
    bool committed_ = false;
    bool asSet_ = true;
};

} // namespace seg
