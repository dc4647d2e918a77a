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
#include <filesystem>
#include <string>
#include <vector>

namespace seg {

class ExportSet {
public:
    // Throws seg::Error naming the folder and the OS reason when it cannot be created or used.
    explicit ExportSet(std::filesystem::path folder);
    ~ExportSet(); // without commit(): the staging folder is removed, the folder untouched
    ExportSet(const ExportSet&) = delete;
    ExportSet& operator=(const ExportSet&) = delete;

    // Where to write the file `name` (a plain file name) of the new set.
    std::filesystem::path pathFor(const std::string& name);
    // Renames a file of the new set that is written already (a destination export that did
    // not need to be split names its only part after the segment).
    void renameFile(const std::string& from, const std::string& to);
    // Puts the new set in place. Throws seg::Error with the OS reason.
    void commit();
    bool replacedAsSet() const { return asSet_; }

    // Removes staging folders next to `folder` that no living export holds; returns how many.
    static size_t removeLeftovers(const std::filesystem::path& folder);

private:
    void carryOverForeignFiles();
    void moveIntoPlaceOneByOne();

    std::filesystem::path folder_;  // absolute
    std::filesystem::path staging_;
    std::vector<std::string> names_;
    int lockFd_ = -1;
    bool committed_ = false;
    bool asSet_ = true;
};

} // namespace seg
