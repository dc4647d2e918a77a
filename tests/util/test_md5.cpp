// MD5 against the RFC 1321 test suite, and the split bucket prefix.
#include "util/md5.h"

#include <QtTest>

#include <cstdio>
#include <string>

using namespace seg;

namespace {
std::string hex(std::string_view s)
{
    std::string out;
    char buf[3];
    for (uint8_t b : md5(s)) {
        std::snprintf(buf, sizeof buf, "%02x", b);
        out += buf;
    }
    return out;
}
} // namespace

class TestMd5 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rfc1321Suite()
    {
        QCOMPARE(hex(""), std::string("d41d8cd98f00b204e9800998ecf8427e"));
        QCOMPARE(hex("a"), std::string("0cc175b9c0f1b6a831c399e269772661"));
        QCOMPARE(hex("abc"), std::string("900150983cd24fb0d6963f7d28e17f72"));
        QCOMPARE(hex("message digest"), std::string("f96b697d7cb7938d525a2f31aaf161d0"));
        QCOMPARE(hex("abcdefghijklmnopqrstuvwxyz"), std::string("c3fcd3d76192e4007dfb496cca67e13b"));
        QCOMPARE(hex("12345678901234567890123456789012345678901234567890123456789012345678901234567890"),
                 std::string("57edf4a22be3c955ac49da2e2107b67a"));
        // 55 and 56 bytes: the padding boundary where the length needs a second block.
        // (values from Python's hashlib)
        QCOMPARE(hex(std::string(55, 'x')), std::string("04364420e25c512fd958a70738aa8f72"));
        QCOMPARE(hex(std::string(56, 'x')), std::string("668a72d5ba17f08e62dabcafad6db14b"));
        QCOMPARE(hex(std::string(64, 'x')), std::string("c1bb4f81d892b2d57947682aeb252456"));
    }
    void prefix()
    {
        // md5("abc") starts 90 01 50 98.
        QCOMPARE(md5Prefix32("abc"), uint32_t{0x90015098});
    }
};

QTEST_GUILESS_MAIN(TestMd5)
#include "test_md5.moc"
