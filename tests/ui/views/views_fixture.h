#pragma once
// Ten hand-made customers and a small graph over them, shared by the views tests. Every
// expected number in the tests is counted by hand from the table below.
//
// row id  age spend  joined      country      derived age2 = age * 2
//  0  105 25   10.0  2024-01-10  DE
//  1  101 40   NULL  2023-06-01  FR
//  2  110 33  250.0  NULL        DE
//  3  102 61   80.0  2024-03-15  US
//  4  108 19    5.0  2022-11-30  DE
//  5  103 52  400.0  2024-12-01  FR
//  6  109 45  120.0  2023-01-20  US
//  7  104 28   60.0  2024-07-04  DE
//  8  107 70   NULL  2021-05-05  US
//  9  106 36   30.0  2024-02-29  FR
//
// Graph: c_old age >= 40 {1,3,5,6,8}; c_de country = DE {0,2,4,7}; d_double makes age2;
// c_big age2 >= 100 {3,5,8} (implicit edge from d_double); c_spend spend >= 50 {2,3,5,6,7};
// o1 = c_de or c_big {0,2,3,4,5,7,8}; segments s_old "Older" <- c_old (5), s_reach "Reach"
// <- o1 (7), s_spend "Spenders" <- c_spend (5, expected max 3: a warning).
#include "data/dataset.h"
#include "data/types.h"
#include "document/document.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace seg::test {

inline std::shared_ptr<Dataset> tenCustomers()
{
    auto d = std::make_shared<Dataset>();
    Column id("id", DataType::Int), age("age", DataType::Int), spend("spend", DataType::Double),
        joined("joined", DataType::Date), country("country", DataType::String);
    const int ids[] = {105, 101, 110, 102, 108, 103, 109, 104, 107, 106};
    const int ages[] = {25, 40, 33, 61, 19, 52, 45, 28, 70, 36};
    const double spends[] = {10, -1, 250, 80, 5, 400, 120, 60, -1, 30};
    const char* dates[] = {"2024-01-10", "2023-06-01", nullptr,      "2024-03-15", "2022-11-30",
                           "2024-12-01", "2023-01-20", "2024-07-04", "2021-05-05", "2024-02-29"};
    const char* countries[] = {"DE", "FR", "DE", "US", "DE", "FR", "US", "DE", "US", "FR"};
    for (int i = 0; i < 10; ++i) {
        id.appendInt(ids[i]);
        age.appendInt(ages[i]);
        spends[i] < 0 ? spend.appendNull() : spend.appendDouble(spends[i]);
        dates[i] ? joined.appendDate(*parseIsoDate(dates[i])) : joined.appendNull();
        country.appendString(countries[i]);
    }
    for (Column* c : {&id, &age, &spend, &joined, &country}) {
        c->finish();
        d->customers.table.columns.push_back(std::move(*c));
    }
    d->customers.table.rows = 10;
    d->customers.keyColumn = 0;
    d->version = 1;
    return d;
}

inline const char* kTenCustomersGraph = R"({
  "format": "segment-studio/graph", "format_version": 1, "name": "views test",
  "as_of": "2024-12-31",
  "datasets": {"customers": {"path": "customers.csv", "key": "id"}},
  "nodes": [
    {"id": "d_double", "type": "derive", "name": "age2", "expr": "age * 2"},
    {"id": "c_old", "type": "condition", "label": "Age 40+", "field": "age", "op": "ge", "value": 40},
    {"id": "c_de", "type": "condition", "field": "country", "op": "eq", "value": "DE"},
    {"id": "c_big", "type": "condition", "field": "age2", "op": "ge", "value": 100},
    {"id": "c_spend", "type": "condition", "field": "spend", "op": "ge", "value": 50},
    {"id": "o1", "type": "or", "inputs": ["c_de", "c_big"]},
    {"id": "s_old", "type": "segment", "name": "Older", "input": "c_old"},
    {"id": "s_reach", "type": "segment", "name": "Reach", "input": "o1"},
    {"id": "s_spend", "type": "segment", "name": "Spenders", "input": "c_spend", "expected": {"max": 3}}
  ]
})";

// Loads the graph above into `doc` through a file, as a user would open it.
inline void loadTenCustomersGraph(ui::Document& doc, QTemporaryDir& dir)
{
    const QString path = dir.filePath("views.segment.json");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kTenCustomersGraph);
    f.close();
    QStringList errors;
    QVERIFY2(doc.load(path, &errors), qPrintable(errors.join('\n')));
}

} // namespace seg::test
