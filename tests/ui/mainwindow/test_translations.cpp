// The German, French and Spanish translations are complete and consistent with the sources,
// the build compiles them, and the running app's strings come out translated.
#include <QDomDocument>
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>
#include <QtTest>

namespace {

struct Entry {
    QString context, source;
    QStringList translations; // one, or the numerus forms
    bool unfinished = false;
};

QList<Entry> readTs(const QString& path)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    QDomDocument doc;
    if (!doc.setContent(&file))
        return entries;
    const QDomNodeList contexts = doc.elementsByTagName("context");
    for (int c = 0; c < contexts.size(); ++c) {
        const QDomElement context = contexts.at(c).toElement();
        const QString name = context.firstChildElement("name").text();
        for (QDomElement m = context.firstChildElement("message"); !m.isNull(); m = m.nextSiblingElement("message")) {
            Entry e{name, m.firstChildElement("source").text(), {}, false};
            const QDomElement t = m.firstChildElement("translation");
            e.unfinished = t.attribute("type") == "unfinished" || t.attribute("type") == "vanished";
            const QDomNodeList forms = t.elementsByTagName("numerusform");
            if (forms.isEmpty())
                e.translations << t.text();
            for (int f = 0; f < forms.size(); ++f)
                e.translations << forms.at(f).toElement().text();
            entries << e;
        }
    }
    return entries;
}

// Placeholders a translation must keep: %1..%9, %L1, %n, %Ln.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re("%L?(\\d|n)");
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << "de";
        QTest::newRow("fr") << "fr";
        QTest::newRow("es") << "es";
    }

    void complete()
    {
        QFETCH(QString, language);
        const auto entries = readTs(SEG_SOURCE_DIR "/translations/segstudio_" + language + ".ts");
        QVERIFY(entries.size() > 500);
        for (const Entry& e : entries) {
            const QString where = e.context + ": " + e.source;
            QVERIFY2(!e.unfinished, qPrintable("unfinished: " + where));
            for (const QString& t : e.translations) {
                QVERIFY2(!t.trimmed().isEmpty(), qPrintable("empty: " + where));
                QStringList expected = placeholders(e.source);
                QStringList got = placeholders(t);
                // A singular form may say "one" instead of %n.
                if (e.translations.size() > 1 && t == e.translations.first()) {
                    expected.removeAll("%n");
                    expected.removeAll("%Ln");
                    got.removeAll("%n");
                    got.removeAll("%Ln");
                }
                QVERIFY2(got == expected, qPrintable("placeholders differ: " + where + " -> " + t));
                if (e.source.count('&') - e.source.count("&&") == 1 && !e.source.contains("& "))
                    QVERIFY2(t.contains('&'), qPrintable("accelerator lost: " + where + " -> " + t));
            }
        }
    }

    void compiledAndUsed_data() { complete_data(); }

    void compiledAndUsed()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(SEG_QM_DIR "/segstudio_" + language + ".qm"));
        const QString file = translator.translate("seg::ui::MainWindow", "&File");
        QVERIFY(!file.isEmpty());
        const QString save = translator.translate("seg::ui::MainWindow", "Save the project");
        QVERIFY(!save.isEmpty());
        QVERIFY(save != "Save the project");
    }

    void englishPlurals()
    {
        QTranslator translator;
        QVERIFY(translator.load(SEG_QM_DIR "/segstudio_en.qm"));
        QCOMPARE(translator.translate("QObject", "Delete %n node(s)", nullptr, 1), QString("Delete %n node"));
        QCOMPARE(translator.translate("QObject", "Delete %n node(s)", nullptr, 3), QString("Delete %n nodes"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
