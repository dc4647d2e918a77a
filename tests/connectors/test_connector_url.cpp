// The URLs of --from/--notify: parts, percent-decoding, the password kept out of messages,
// and mistakes named.
#include "connectors/connector_url.h"
#include "util/error.h"

#include <QTest>

using namespace seg;

namespace {

std::string errorOf(const std::string& text)
{
    try {
        parseConnectorUrl(text);
    } catch (const Error& e) {
        return e.what();
    }
    return {};
}

} // namespace

class TestConnectorUrl : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void partsAreSplitAndDecoded()
    {
        const ConnectorUrl u = parseConnectorUrl("amqp://us%40er:p%3Ass@127.0.0.1:5672/%2f?queue=ev%20in&prefetch=50");
        QCOMPARE(u.scheme, std::string("amqp"));
        QCOMPARE(u.user, std::string("us@er"));
        QCOMPARE(u.password, std::string("p:ss"));
        QCOMPARE(u.host, std::string("127.0.0.1"));
        QCOMPARE(u.port, 5672);
        QCOMPARE(u.path, std::string("/"));
        QCOMPARE(u.required("queue"), std::string("ev in"));
        QCOMPARE(u.number("prefetch", 10, 1, 1000), 50LL);
        QCOMPARE(u.number("absent", 10, 1, 1000), 10LL);
        QCOMPARE(u.redacted(), std::string("amqp://us%40er:***@127.0.0.1:5672/%2f?queue=ev%20in&prefetch=50"));

        const ConnectorUrl r = parseConnectorUrl("REDIS://localhost/0?stream=s");
        QCOMPARE(r.scheme, std::string("redis"));
        QCOMPARE(r.port, 0);
        QCOMPARE(r.path, std::string("0"));
        QCOMPARE(r.redacted(), r.text);
    }

    void pathsAreNotUrls()
    {
        QVERIFY(!looksLikeUrl("events.ndjson"));
        QVERIFY(!looksLikeUrl("-"));
        QVERIFY(!looksLikeUrl("/tmp/x://y"));
        QVERIFY(looksLikeUrl("redis://h"));
    }

    void mistakesAreNamed()
    {
        QVERIFY(errorOf("redis://h:99999/0").find("bad port '99999'") != std::string::npos);
        QVERIFY(errorOf("redis://:1/0").find("names no host") != std::string::npos);
        QVERIFY(errorOf("redis://h/0?a=%zz").find("bad percent-escape") != std::string::npos);
        QVERIFY(errorOf("redis://h/0?a=1&a=2").find("gives 'a' twice") != std::string::npos);
        const ConnectorUrl u = parseConnectorUrl("redis://u:secret@h/0?count=0");
        std::string why;
        try {
            u.number("count", 1, 1, 10);
        } catch (const Error& e) {
            why = e.what();
        }
        QVERIFY2(why.find("'count' must be a whole number from 1 to 10, not '0'") != std::string::npos, why.c_str());
        QVERIFY2(why.find("secret") == std::string::npos, why.c_str());
        try {
            u.required("stream");
        } catch (const Error& e) {
            why = e.what();
        }
        QVERIFY2(why.find("needs ?stream=") != std::string::npos, why.c_str());
    }
};

QTEST_GUILESS_MAIN(TestConnectorUrl)
#include "test_connector_url.moc"
