// Issue 16 finding 12: on a cluster whose shards share a host (a test cluster on one machine),
// `load` without `shards=` sent every shard's CREATE TABLE to the URL's server and failed later
// with "Table default.X_shard doesn't exist". The default endpoints are now checked first.
#include "sql/clickhouse_shards.h"
#include "util/error.h"

#include <QtTest>

using namespace seg;

class TestClickHouseShards : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void finding12_shardsOnOneAddressAskForShardsParameter()
    {
        const std::vector<ClusterShardRow> rows{{1, "127.0.0.1", 9000}, {2, "127.0.0.1", 9001}};
        std::string message;
        try {
            defaultShardEndpoints("two", rows, 8123);
        } catch (const Error& e) {
            message = e.what();
        }
        QVERIFY2(message.find("ClickHouse cluster 'two': shards 1 and 2 both resolve to 127.0.0.1:8123") == 0,
                 message.c_str());
        QVERIFY2(message.find("native ports 9000 and 9001") != std::string::npos, message.c_str());
        QVERIFY2(message.find("&shards=host:port,host:port") != std::string::npos, message.c_str());
    }
    void distinctHostsAndReplicasAreFine()
    {
        const auto endpoints =
            defaultShardEndpoints("c", {{1, "10.0.0.1", 9000}, {1, "10.0.0.1", 9000}, {2, "10.0.0.2", 9000}}, 8123);
        QCOMPARE(endpoints.size(), size_t{3});
        QCOMPARE(endpoints[2].host, std::string("10.0.0.2"));
        QCOMPARE(endpoints[2].port, 8123);
    }
};

QTEST_GUILESS_MAIN(TestClickHouseShards)
#include "test_clickhouse_shards.moc"
