#pragma once
// The demo project's events as stream messages, shared by the live CLI and broker tests.
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// One event line of resources/demo/events.csv (customer_id, ts, event_type, amount,
// product_category) as a compact JSON message with event id "e<number>", no line end.
inline QByteArray demoEventMessage(const QString& csvLine, int number)
{
    const QStringList f = csvLine.split(',');
    QJsonObject o;
    o["event_id"] = QStringLiteral("e%1").arg(number);
    o["customer_id"] = f[0].toLongLong();
    o["ts"] = f[1];
    o["event_type"] = f[2];
    o["amount"] = f[3].isEmpty() ? QJsonValue() : QJsonValue(f[3].toDouble());
    o["product_category"] = f[4].isEmpty() ? QJsonValue() : QJsonValue(f[4]);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
