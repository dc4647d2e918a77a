// Rule sentences (document/rule_text): every node type, comparison operator and aggregate reads
// as the hand-written English sentence, and in German, French and Spanish each sentence is
// translated (from the compiled .qm files, as the app loads them) and keeps its values.
#include "document/node_catalog.h"
#include "document/rule_text.h"

#include <QLocale>
#include <QTranslator>
#include <QtTest>

#include <memory>

using namespace seg;
using namespace seg::ui;

namespace {

Node condition(const std::string& field, CompareOp op, Json value = {})
{
    Node n;
    n.id = "c1";
    n.type = NodeType::Condition;
    n.condition.field = field;
    n.condition.cmp.op = op;
    n.condition.cmp.value = std::move(value);
    return n;
}

Node behavior(Aggregate aggregate, CompareOp op, Json value, std::optional<int64_t> days = {})
{
    Node n;
    n.id = "b1";
    n.type = NodeType::Behavior;
    n.events.event = "purchase";
    n.events.aggregate = aggregate;
    if (aggregate != Aggregate::Count)
        n.events.field = "amount";
    n.events.withinLastDays = days;
    n.compare.op = op;
    n.compare.value = std::move(value);
    return n;
}

Node combination(NodeType type, std::vector<std::string> inputs)
{
    Node n;
    n.id = "x1";
    n.type = type;
    n.inputs = std::move(inputs);
    return n;
}

// Inputs A, B, C are labelled nodes; u1 is an unlabelled condition named by its own rule.
Graph namedInputs()
{
    Graph g;
    for (const char* name : {"A", "B", "C"}) {
        Node n = condition("x", CompareOp::NotNull);
        n.id = std::string("n") + name;
        n.label = name;
        g.nodes.push_back(n);
    }
    Node u = condition("tenure", CompareOp::Lt, 12);
    u.id = "u1";
    g.nodes.push_back(u);
    return g;
}

struct Case {
    const char* name;
    Node node;
    QString english;
    QStringList values; // must appear unchanged in every language
    bool words = true;  // false: only symbols and values, nothing to translate
};

QList<Case> cases()
{
    QList<Case> list;
    auto add = [&](const char* name, Node node, const QString& english, QStringList values, bool words = true) {
        list.append({name, std::move(node), english, std::move(values), words});
    };
    // Conditions: every operator.
    add("eq text", condition("Contract", CompareOp::Eq, "Month-to-month"), "Contract is Month-to-month",
        {"Contract", "Month-to-month"});
    add("eq number", condition("tenure", CompareOp::Eq, 12), "tenure = 12", {"tenure", "12"}, false);
    add("ne", condition("Contract", CompareOp::Ne, "Two year"), "Contract is not Two year", {"Contract", "Two year"});
    add("lt", condition("tenure", CompareOp::Lt, 12), "tenure < 12", {"tenure", "12"}, false);
    add("le", condition("tenure", CompareOp::Le, 12.5), "tenure <= 12.5", {"tenure", "12.5"}, false);
    add("gt", condition("spend", CompareOp::Gt, 100), "spend > 100", {"spend", "100"}, false);
    add("ge", condition("spend", CompareOp::Ge, 100), "spend >= 100", {"spend", "100"}, false);
    Node between = condition("age", CompareOp::Between);
    between.condition.cmp.min = 18;
    between.condition.cmp.max = 30;
    add("between", between, "age between 18 and 30", {"age", "18", "30"});
    Node in = condition("Contract", CompareOp::In);
    in.condition.cmp.values = {"A", "B"};
    add("in", in, "Contract is one of A, B", {"Contract", "A, B"});
    Node notIn = condition("country", CompareOp::NotIn);
    notIn.condition.cmp.values = {"US", "CA", "MX", "DE", "FR", "ES", "IT"};
    add("not_in", notIn, "country is none of US, CA, MX, DE, FR and 2 more", {"country", "US, CA, MX, DE, FR", "2"});
    add("is_null", condition("email", CompareOp::IsNull), "email is empty", {"email"});
    add("not_null", condition("email", CompareOp::NotNull), "email has a value", {"email"});
    add("contains", condition("email", CompareOp::Contains, "shop"), "email contains shop", {"email", "shop"});
    add("starts_with", condition("email", CompareOp::StartsWith, "info"), "email starts with info", {"email", "info"});
    Node endsWith = condition("email", CompareOp::EndsWith, "@x.org");
    endsWith.condition.cmp.ignoreCase = true;
    add("ends_with ignore case", endsWith, "email ends with @x.org (ignore case)", {"email", "@x.org"});
    add("is_true", condition("newsletter", CompareOp::IsTrue), "newsletter is true", {"newsletter"});
    add("is_false", condition("newsletter", CompareOp::IsFalse), "newsletter is false", {"newsletter"});
    Node within = condition("signup_date", CompareOp::WithinLastDays);
    within.condition.cmp.days = 30;
    add("within_last_days", within, "signup_date in the last 30 days", {"signup_date", "30"});
    Node before = condition("last_login", CompareOp::BeforeDaysAgo);
    before.condition.cmp.days = 1;
    add("before_days_ago", before, "last_login more than 1 day ago", {"last_login", "1"});

    // Expression and derive: the formula as written.
    Node expr = combination(NodeType::Expression, {});
    expr.expr = "total_spend > 500 AND country IN ('US')";
    add("expression", expr, "total_spend > 500 AND country IN ('US')", {"total_spend > 500 AND country IN ('US')"}, false);
    Node derive = combination(NodeType::Derive, {});
    derive.name = "aov";
    derive.expr = "total_spend / orders";
    add("derive formula", derive, "aov = total_spend / orders", {"aov", "total_spend / orders"}, false);
    Node deriveEvents = combination(NodeType::Derive, {});
    deriveEvents.name = "purchases_90d";
    deriveEvents.fromEvents = true;
    deriveEvents.events.event = "purchase";
    deriveEvents.events.withinLastDays = 90;
    add("derive from events", deriveEvents, "purchases_90d = count of purchase in the last 90 days",
        {"purchases_90d", "purchase", "90"});

    // Behavior: counts read as how often; other aggregates as a value compared.
    Node bought = behavior(Aggregate::Count, CompareOp::Ge, 2, 30);
    FieldCondition bigOrders;
    bigOrders.field = "amount";
    bigOrders.cmp.op = CompareOp::Ge;
    bigOrders.cmp.value = 20;
    bought.events.where.push_back(bigOrders);
    add("count at least", bought, "purchase at least 2 times, amount >= 20, in the last 30 days",
        {"purchase", "2", "amount >= 20", "30"});
    add("count exactly", behavior(Aggregate::Count, CompareOp::Eq, 3), "purchase exactly 3 times", {"purchase", "3"});
    add("count none", behavior(Aggregate::Count, CompareOp::Eq, 0, 7), "no purchase, in the last 7 days", {"purchase", "7"});
    add("count fewer", behavior(Aggregate::Count, CompareOp::Lt, 2), "purchase fewer than 2 times", {"purchase", "2"});
    add("count at most", behavior(Aggregate::Count, CompareOp::Le, 1), "purchase at most 1 time", {"purchase", "1"});
    add("count more", behavior(Aggregate::Count, CompareOp::Gt, 5), "purchase more than 5 times", {"purchase", "5"});
    add("sum", behavior(Aggregate::Sum, CompareOp::Ge, 100, 90), "sum of amount over purchase in the last 90 days >= 100",
        {"amount", "purchase", "90", ">= 100"});
    add("min", behavior(Aggregate::Min, CompareOp::Gt, 5), "minimum of amount over purchase > 5", {"amount", "purchase", "> 5"});
    add("max", behavior(Aggregate::Max, CompareOp::Lt, 50), "maximum of amount over purchase < 50", {"amount", "purchase", "< 50"});
    add("avg", behavior(Aggregate::Avg, CompareOp::Ge, 20), "average of amount over purchase >= 20", {"amount", "purchase", ">= 20"});
    Node anyEvent = behavior(Aggregate::Count, CompareOp::Ge, 1);
    anyEvent.events.event.reset();
    add("any event", anyEvent, "any event at least 1 time", {"1"});

    // Ranking and groups.
    Node topPercent = combination(NodeType::Top, {});
    topPercent.field = "spend";
    topPercent.percent = 10;
    add("top percent", topPercent, "top 10 % by spend", {"10 %", "spend"});
    Node topCount = topPercent;
    topCount.percent.reset();
    topCount.count = 1000;
    topCount.ascending = true;
    add("top count ascending", topCount, "top 1,000 by spend (lowest first)", {"1,000", "spend"});
    Node split = defaultNode(NodeType::Split, "sp1");
    add("split", split, "90 % test / 10 % control", {"90 % test", "10 % control"}, false);

    // Set logic names its inputs.
    add("and", combination(NodeType::And, {"nA", "nB"}), "A and B", {"A", "B"});
    add("and unlabelled", combination(NodeType::And, {"nA", "u1", "nC"}), "A and tenure < 12 and C",
        {"A", "tenure < 12", "C"});
    add("or", combination(NodeType::Or, {"nA", "nB"}), "A or B", {"A", "B"});
    add("except", combination(NodeType::Except, {"nA", "nB"}), "A except B", {"A", "B"});
    add("not", combination(NodeType::Not, {"nA"}), "not A", {"A"});
    add("priority", combination(NodeType::Priority, {"nA", "nB", "nC"}), "first of A, B, C", {"A, B, C"});
    Node segment = combination(NodeType::Segment, {"nA"});
    segment.name = "VIP";
    segment.expectedMin = 100;
    segment.expectedMax = 5000;
    add("segment", segment, "output of A, expected 100 to 5,000", {"A", "100", "5,000"});
    Node open = combination(NodeType::Segment, {"sp1:test"});
    add("segment of a port", open, "output of sp1 (test)", {"sp1 (test)"});
    return list;
}

} // namespace

class TestRuleText : public QObject {
    Q_OBJECT
private:
    std::vector<std::unique_ptr<QTranslator>> translators_;

    void useLanguage(const QString& language)
    {
        for (auto& t : translators_)
            QCoreApplication::removeTranslator(t.get());
        translators_.clear();
        // As the app does: English plural forms first, then the chosen language.
        for (const QString& code : {QStringLiteral("en"), language}) {
            if (code.isEmpty())
                continue;
            auto t = std::make_unique<QTranslator>();
            QVERIFY2(t->load(SEG_QM_DIR "/segstudio_" + code + ".qm"), qPrintable(code));
            QCoreApplication::installTranslator(t.get());
            translators_.push_back(std::move(t));
        }
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanup() { useLanguage({}); }

    void english()
    {
        useLanguage({});
        const Graph graph = namedInputs();
        for (const Case& c : cases())
            QCOMPARE(ruleSentence(c.node, &graph), c.english);
    }

    void everyNodeTypeHasASentence()
    {
        // The fresh nodes the palette adds: each has a sentence, never just its id.
        for (const NodeKind& kind : nodeKinds()) {
            const Node n = defaultNode(kind.type, "zz9");
            const QString sentence = ruleSentence(n, nullptr);
            QVERIFY2(!sentence.isEmpty() && sentence != "zz9", qPrintable(nodeTitle(kind.type)));
            QVERIFY(!nodeCardTitle(n).contains("zz9") || kind.type == NodeType::Derive);
        }
    }

    void titlesAndNames()
    {
        const Graph graph = namedInputs();
        QCOMPARE(nodeCardTitle(graph.nodes[0]), QString("A"));
        QCOMPARE(nodeCardTitle(condition("x", CompareOp::NotNull)), QString("Condition"));
        Node segment = combination(NodeType::Segment, {});
        segment.name = "VIP";
        QCOMPARE(nodeCardTitle(segment), QString("VIP"));
        QCOMPARE(readableName(graph, "u1"), QString("tenure < 12"));
        QCOMPARE(readableName(graph, "missing"), QString("missing"));
        Node longRule = condition("a_rather_long_column_name", CompareOp::Eq, "an even longer value text");
        longRule.id = "long1";
        Graph withLong = graph;
        withLong.nodes.push_back(longRule);
        QCOMPARE(readableName(withLong, "long1"), QString("long1")); // too long to stand for a name
    }

    void translated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << "de";
        QTest::newRow("fr") << "fr";
        QTest::newRow("es") << "es";
    }

    void translated()
    {
        QFETCH(QString, language);
        useLanguage(language);
        const Graph graph = namedInputs();
        for (const Case& c : cases()) {
            const QString text = ruleSentence(c.node, &graph);
            const QString where = QStringLiteral("%1 [%2]: %3").arg(c.name, language, text);
            if (c.words)
                QVERIFY2(text != c.english, qPrintable("not translated: " + where));
            for (const QString& v : c.values)
                QVERIFY2(text.contains(v), qPrintable("lost " + v + ": " + where));
        }
    }

    void germanReadsNaturally()
    {
        useLanguage("de");
        const Graph graph = namedInputs();
        const QList<Case> all = cases();
        auto sentence = [&](const char* name) {
            for (const Case& c : all)
                if (QString(c.name) == name)
                    return ruleSentence(c.node, &graph);
            return QString();
        };
        QCOMPARE(sentence("eq text"), QString("Contract ist Month-to-month"));
        QCOMPARE(sentence("count at least"), QString("purchase mindestens 2-mal, amount >= 20, in den letzten 30 Tagen"));
        QCOMPARE(sentence("and"), QString("A und B"));
        QCOMPARE(sentence("top percent"), QString("Top 10 % nach spend"));
    }
};

QTEST_GUILESS_MAIN(TestRuleText)
#include "test_rule_text.moc"
