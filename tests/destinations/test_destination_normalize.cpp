// Normalisation and hashing of identifiers (issue 17): the SHA-256 standard vectors, the
// platforms' published examples, and libphonenumber's full parser as the reference for the
// phone shortcut. Expected digests computed independently (Python's hashlib).
#include "destinations/normalize.h"
#include "util/sha256.h"

#include <QtTest>

#include <random>

using namespace seg;

class TestDestinationNormalize : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sha256StandardVectors()
    {
        // FIPS 180-2 appendix B examples and the empty message.
        QCOMPARE(sha256Hex(""), std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(sha256Hex("abc"), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                 std::string("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
        // One million 'a' (FIPS 180-2 B.3), streamed in pieces.
        Sha256Stream stream;
        const std::string thousand(1000, 'a');
        for (int i = 0; i < 1000; ++i)
            stream.update(thousand);
        QCOMPARE(stream.finishHex(), std::string("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
        // A reused context gives the same digest every time.
        Sha256 hasher;
        QCOMPARE(hasher.hex("abc"), hasher.hex("abc"));
        Sha256Digest d{};
        QVERIFY(hexToDigest("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD", d));
        QVERIFY(d == hasher.digest("abc"));
        QVERIFY(!hexToDigest("xyz", d));
    }

    void emailsUnicodeLowerCase()
    {
        QCOMPARE(normalizeEmail("  CHLOÉ@Example.COM "), std::optional<std::string>("chloé@example.com"));
        QCOMPARE(sha256Hex(*normalizeEmail("CHLOÉ@Example.com")),
                 std::string("e312b32a8ab875d19cd209b72c48982f932e9f355b4368f7368f4af80bbc80b0"));
        // No-break spaces around the address are trimmed too.
        QCOMPARE(normalizeEmail("\xC2\xA0Test@Gmail.com\xC2\xA0"), std::optional<std::string>("test@gmail.com"));
    }

    void emailsThatCannotBeNormalised()
    {
        for (const char* bad : {"no-at-sign.example.com", "@example.com", "a@b@example.com", "a b@example.com",
                                "a@localhost", "a@.example.com", "a@example.com.", "a@exa..mple.com", "\xFF@x.com"})
            QVERIFY2(!normalizeEmail(bad).has_value(), bad);
    }

    void googleGmailDotsAndMailchimpLocalPart()
    {
        EmailRule google;
        google.removeGmailDots = true;
        // Google's example file: test@gmail.com; dots before @gmail.com go, elsewhere they stay.
        QCOMPARE(normalizeEmail("T.e.s.t@Gmail.com", google), std::optional<std::string>("test@gmail.com"));
        QCOMPARE(sha256Hex(*normalizeEmail("T.e.s.t@Gmail.com", google)),
                 std::string("87924606b4131a8aceeeae8868531fbb9712aaa07a5d3a756b26ce0f5d6ca674"));
        QCOMPARE(normalizeEmail("j.doe@example.com", google), std::optional<std::string>("j.doe@example.com"));
        QCOMPARE(normalizeEmail("j.doe+news@googlemail.com", google), std::optional<std::string>("jdoe+news@googlemail.com"));
        // The mailbox form for suppression: dots and +tag gone, googlemail.com is gmail.com.
        QCOMPARE(gmailMailbox("j.doe+news@googlemail.com"), std::string("jdoe@gmail.com"));
        QCOMPARE(gmailMailbox("jdoe@gmail.com"), std::string());
        QCOMPARE(gmailMailbox("j.doe@example.com"), std::string());
        EmailRule mailchimp;
        mailchimp.asciiLocalPartOnly = true;
        QVERIFY(!normalizeEmail("chloé@example.com", mailchimp).has_value());
        QCOMPARE(normalizeEmail("chloe@exämple.com", mailchimp), std::optional<std::string>("chloe@exämple.com"));
    }

    void namesPerPlatform()
    {
        // Meta's examples: "Émilie" and the initial "F." (punctuation goes, accents stay).
        QCOMPARE(normalizeName(" Émilie ", NameRule::LowerLettersOnly), std::optional<std::string>("émilie"));
        QCOMPARE(sha256Hex(*normalizeName("Émilie", NameRule::LowerLettersOnly)),
                 std::string("2863487194ad92314c0d76b8e4fe04d127789e79c94081329c682b7beea2bf6c"));
        QCOMPARE(normalizeName("F.", NameRule::LowerLettersOnly), std::optional<std::string>("f"));
        QCOMPARE(normalizeName("Mary-Ann  O'Neil", NameRule::LowerLettersOnly), std::optional<std::string>("maryannoneil"));
        QVERIFY(!normalizeName("--", NameRule::LowerLettersOnly).has_value());
        // Google: lower case, spaces trimmed and collapsed; Google's example "John" -> "john".
        QCOMPARE(normalizeName("  Mary   Ann ", NameRule::LowerCollapsed), std::optional<std::string>("mary ann"));
        QCOMPARE(sha256Hex(*normalizeName("John", NameRule::LowerCollapsed)),
                 std::string("96d9632f363564cc3032521409cf22a852f2032eec099ed5967c0d000cec607a"));
        QCOMPARE(normalizeName(" Zoë  Pérez ", NameRule::Trimmed), std::optional<std::string>("Zoë Pérez"));
    }

    void countriesAndZips()
    {
        QCOMPARE(normalizeCountry("de"), std::optional<std::string>("DE"));
        QCOMPARE(normalizeCountry("UK"), std::optional<std::string>("GB"));
        QCOMPARE(normalizeCountry("DEU"), std::optional<std::string>("DE"));
        QCOMPARE(normalizeCountry(" Germany "), std::optional<std::string>("DE"));
        QCOMPARE(normalizeCountry("united states"), std::optional<std::string>("US"));
        QVERIFY(!normalizeCountry("Atlantis").has_value());
        // Google keeps ZIP+4; Meta the first 5 digits; other countries as written (Meta: compact, lower).
        QCOMPARE(normalizeZip("94303-5300", ZipRule::Trimmed, "US"), std::optional<std::string>("94303-5300"));
        QCOMPARE(normalizeZip("94303-5300", ZipRule::MetaCompact, "US"), std::optional<std::string>("94303"));
        QVERIFY(!normalizeZip("943", ZipRule::Trimmed, "US").has_value());
        QCOMPARE(normalizeZip("WC2H 8LG", ZipRule::Trimmed, "GB"), std::optional<std::string>("WC2H 8LG"));
        QCOMPARE(normalizeZip("WC2H 8LG", ZipRule::MetaCompact, "GB"), std::optional<std::string>("wc2h8lg"));
    }

    void phonesToE164()
    {
        PhoneNormalizer phones;
        // Google's template examples ("1-800-888-8888", "1(800)888-8888") and Meta's
        // ("1-234-567-8910", "+44 844 412 4653"), US numbers without '+' read in the US.
        QCOMPARE(phones.e164("1-800-888-8888", "US"), std::optional<std::string>("+18008888888"));
        QCOMPARE(phones.e164("1(800)888-8888", "US"), std::optional<std::string>("+18008888888"));
        QCOMPARE(sha256Hex(*phones.e164("1-800-888-8888", "US")),
                 std::string("f096eb92986ea543ab4ab565c4a1ad86d35dec42acb9b893e2d2c59444fbe33d"));
        QCOMPARE(phones.e164("+44 844 412 4653", "DE"), std::optional<std::string>("+448444124653"));
        QCOMPARE(phones.e164("1-234-567-8910", "US"), std::optional<std::string>("+12345678910"));
        // National numbers take the region: the row's country, else the default.
        QCOMPARE(phones.e164("030 123456", "DE"), std::optional<std::string>("+4930123456"));
        QCOMPARE(phones.e164("(0)30/123456", "DE"), std::optional<std::string>("+4930123456"));
        QVERIFY(!phones.e164("030 123456", "").has_value()); // no country code, no region
        QVERIFY(!phones.e164("not a phone", "DE").has_value());
        QVERIFY(!phones.e164("+49 1", "DE").has_value()); // too short to be possible
        QVERIFY(!phones.e164("12", "US").has_value());
    }

    // --phone-check valid adds IsValidNumber. Published numbers: the NANP's fictional 555-01XX
    // range (+1 201 555 0123, also libphonenumber's US example) and Ofcom's drama range
    // (020 7946 0000-0999) are assigned and pass both checks; "+1 123 456 7890" has ten digits
    // (a possible length) but a NANP area code cannot start with 1, so only the length check
    // passes it.
    void phoneCheckValidRejectsUnassignedRanges()
    {
        PhoneNormalizer phones;
        for (const PhoneCheck check : {PhoneCheck::Length, PhoneCheck::Valid}) {
            QCOMPARE(phones.e164("+1 201 555 0123", "DE", check), std::optional<std::string>("+12015550123"));
            QCOMPARE(phones.e164("020 7946 0123", "GB", check), std::optional<std::string>("+442079460123"));
            QCOMPARE(phones.e164("+44 20 7946 0123", "DE", check), std::optional<std::string>("+442079460123"));
        }
        QCOMPARE(phones.e164("+1 123 456 7890", "US", PhoneCheck::Length), std::optional<std::string>("+11234567890"));
        QVERIFY(!phones.e164("+1 123 456 7890", "US", PhoneCheck::Valid).has_value());
        QVERIFY(!phones.e164("(123) 456-7890", "US", PhoneCheck::Valid).has_value());
        QCOMPARE(parsePhoneCheck("valid"), std::optional<PhoneCheck>(PhoneCheck::Valid));
        QCOMPARE(parsePhoneCheck("length"), std::optional<PhoneCheck>(PhoneCheck::Length));
        QVERIFY(!parsePhoneCheck("strict").has_value());
    }

    // The shortcut for "+..." numbers must give exactly the full parser's answer.
    void phoneShortcutAgreesWithFullParser()
    {
        PhoneNormalizer phones;
        std::mt19937_64 random(17);
        const int codes[] = {1,  7,  27, 30, 31, 32, 33, 34, 36, 39,  40,  41,  43,  44,  45,  46,  47,  48, 49,
                             61, 64, 65, 81, 82, 86, 90, 91, 351, 352, 353, 358, 420, 421, 386, 52, 54, 55, 39};
        const char* separators[] = {"", " ", "-", ".", "/"};
        size_t checked = 0, kept = 0;
        for (const int cc : codes)
            for (int i = 0; i < 600; ++i) {
                std::string digits = std::to_string(cc);
                const size_t length = 4 + random() % 11;
                for (size_t d = 0; d < length; ++d)
                    digits += static_cast<char>('0' + random() % 10);
                std::string text = "+";
                for (size_t d = 0; d < digits.size(); ++d) {
                    text += digits[d];
                    if (d + 1 < digits.size() && random() % 4 == 0)
                        text += separators[random() % 5];
                }
                const auto fast = phones.e164(text, "DE");
                const auto reference = phones.e164Reference(text, "DE");
                QVERIFY2(fast == reference, text.c_str());
                ++checked;
                kept += fast.has_value();
            }
        QVERIFY(checked > 20000);
        QVERIFY(kept > checked / 4); // the comparison covered accepted numbers, not only rejections
    }
};

QTEST_GUILESS_MAIN(TestDestinationNormalize)
#include "test_destination_normalize.moc"
