#pragma once
// Small helpers for the import tests: CSV fixtures written inline into a temporary folder.
#include "data/importer.h"
#include "util/error.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <string>

namespace seg::test {

class Fixtures {
public:
    Fixtures() { QVERIFY(dir_.isValid()); }

    // Writes the bytes exactly as given (no newline translation).
    std::filesystem::path write(const std::string& name, const std::string& bytes)
    {
        const std::filesystem::path path = std::filesystem::path(dir_.path().toStdString()) / name;
        std::ofstream out(path, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        return path;
    }

private:
    QTemporaryDir dir_;
};

inline DatasetSpec keyed(const std::string& key)
{
    DatasetSpec spec;
    spec.key = key;
    return spec;
}

inline CustomerTable importText(Fixtures& files, const std::string& csv, const DatasetSpec& spec,
                                ImportReport& report, const std::string& name = "customers.csv")
{
    ImportOptions options;
    options.spec = spec;
    return importCustomers(files.write(name, csv), options, report);
}

// The message of the seg::Error that `f` throws ("" when it throws none).
template <class F> std::string errorOf(F&& f)
{
    try {
        f();
    } catch (const seg::Error& e) {
        return e.what();
    }
    return {};
}

inline std::vector<std::string> texts(const Column& c)
{
    std::vector<std::string> out;
    for (size_t r = 0; r < c.size(); ++r)
        out.push_back(c.isNull(r) ? "<null>" : c.textAt(r));
    return out;
}

using Strings = std::vector<std::string>;

inline bool contains(const std::string& haystack, const std::string& needle)
{
    return haystack.find(needle) != std::string::npos;
}

inline const Column& col(const CustomerTable& t, std::string_view name)
{
    const Column* c = t.table.find(name);
    if (!c)
        qFatal("no column %s", std::string(name).c_str());
    return *c;
}

} // namespace seg::test

#define VERIFY_CONTAINS(text, part)                                                                                \
    QVERIFY2(seg::test::contains((text), (part)), (std::string(text) + "  <- lacks: " + (part)).c_str())

// Lets QCOMPARE print std::string values on failure.
namespace std {
inline char* toString(const std::string& s) { return QTest::toString(s.c_str()); }
}
