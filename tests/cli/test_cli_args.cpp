// The CLI's argument parser on its own: the forms it accepts and the mistakes it names.
#include "args.h"

#include <QtTest>

using namespace seg;
using namespace seg::cli;

namespace {

ParsedArgs parse(std::vector<std::string> args, size_t minPos = 0, size_t maxPos = 2)
{
    return ParsedArgs("run", args, {{"--threads"}, {"--as-of"}, {"--quiet", false}, {"--delimiter"}}, minPos, maxPos);
}

// The message of the UsageError that parsing (and reading a typed value) throws, or "" when none.
template <class F> QString usageErrorOf(F&& f)
{
    try {
        f();
    } catch (const UsageError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace

class TestCliArgs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void flagForms()
    {
        const ParsedArgs a = parse({"g.json", "--threads", "4", "--as-of=2024-12-31", "--quiet"});
        QCOMPARE(a.positionals(), (std::vector<std::string>{"g.json"}));
        QCOMPARE(a.count("--threads", 1, 1024).value(), uint64_t{4});
        QCOMPARE(a.date("--as-of").value(), daysFromCivil(2024, 12, 31));
        QVERIFY(a.has("--quiet"));
        QVERIFY(!a.count("--missing-is-fine", 1, 2));
    }
    void doubleDashEndsOptions()
    {
        const ParsedArgs a = parse({"--", "--quiet", "-"});
        QCOMPARE(a.positionals(), (std::vector<std::string>{"--quiet", "-"}));
        QVERIFY(!a.has("--quiet"));
    }
    void valueMayLookLikeAFlag()
    {
        // A value is taken as is, so a date or number cannot be mistaken for an option.
        const ParsedArgs a = parse({"--delimiter", "-"});
        QCOMPARE(a.delimiter("--delimiter").value(), '-');
    }
    void countIsStrict()
    {
        QCOMPARE(parseCount("0", 0, 10).value(), uint64_t{0});
        QCOMPARE(parseCount("18446744073709551615", 0, UINT64_MAX).value(), UINT64_MAX);
        for (const char* bad : {"", "+1", "-1", " 1", "1 ", "1e3", "0x10", "1.0", "18446744073709551616", "11"})
            QVERIFY2(!parseCount(bad, 0, 10), bad);
    }
    void delimiters()
    {
        QCOMPARE(parse({"--delimiter", "tab"}).delimiter("--delimiter").value(), '\t');
        QCOMPARE(parse({"--delimiter", "\\t"}).delimiter("--delimiter").value(), '\t');
        QCOMPARE(parse({"--delimiter", ";"}).delimiter("--delimiter").value(), ';');
        for (const char* bad : {"a", "7", "\"", ",,", "", " "})
            QVERIFY2(!usageErrorOf([&] { parse({"--delimiter", bad}).delimiter("--delimiter"); }).isEmpty(), bad);
    }
    void mistakesAreNamed()
    {
        QCOMPARE(usageErrorOf([] { parse({"--nope"}); }), QString("unknown option '--nope'"));
        QCOMPARE(usageErrorOf([] { parse({"--nope=3"}); }), QString("unknown option '--nope'"));
        QCOMPARE(usageErrorOf([] { parse({"--threads"}); }), QString("option '--threads' needs a value"));
        QCOMPARE(usageErrorOf([] { parse({"--quiet=1"}); }), QString("option '--quiet' takes no value"));
        QCOMPARE(usageErrorOf([] { parse({"--threads", "1", "--threads=2"}); }),
                 QString("option '--threads' given more than once"));
        QCOMPARE(usageErrorOf([] { parse({}, 1, 1); }), QString("missing argument"));
        QCOMPARE(usageErrorOf([] { parse({"a", "b"}, 1, 1); }), QString("unexpected argument 'b'"));
        QCOMPARE(usageErrorOf([] { parse({"--threads", "0"}).count("--threads", 1, 8); }),
                 QString("option '--threads' expects a whole number from 1 to 8, got '0'"));
        QCOMPARE(usageErrorOf([] { parse({"--as-of", "2023-02-29"}).date("--as-of"); }),
                 QString("option '--as-of' expects a date YYYY-MM-DD, got '2023-02-29'"));
        try {
            parse({"--nope"});
            QFAIL("no UsageError");
        } catch (const UsageError& e) {
            QCOMPARE(e.command(), std::string("run")); // main() prints this command's usage line
        }
    }
};

QTEST_GUILESS_MAIN(TestCliArgs)
#include "test_cli_args.moc"
