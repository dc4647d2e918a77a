#pragma once
// The Live dock's "Broker…" form: which Redis stream or RabbitMQ queue to listen to, built
// from fields (host, port, database or vhost, stream or queue, group, consumer, user, password)
// or pasted as a URL, with a "Test Connection" button that checks it on a worker thread without
// changing anything on the broker (it reads how much waits; no group or queue is created).
// The password is shown as dots and in the URL as "***"; it lives in memory only (the dock keeps
// it until Segment Studio quits) and is never saved: the dock remembers the URL without it.
// Usage: BrokerDialog d(form, this); if (d.exec() == QDialog::Accepted) use(d.form());
#include "live/broker_url.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace seg {
struct SourceBacklog;
}

namespace seg::ui {

class BrokerDialog : public QDialog {
    Q_OBJECT
public:
    explicit BrokerDialog(const BrokerForm& form, QWidget* parent = nullptr);
    ~BrokerDialog() override;

    BrokerForm form() const;
    void setForm(const BrokerForm& form);
    // Fills the form from a URL (its password goes to the password field); false with the
    // problem on the dialog's message line.
    bool setUrl(const QString& url);
    QString shownUrl() const;  // the URL line: the password as "***"
    QString message() const;   // the message line (Test Connection's answer, a problem)

public Q_SLOTS:
    void testConnection();
    // Waits for a running test (tests).
    bool waitForTest(int timeoutMs = 20000);

    void accept() override; // only a complete form

private:
    struct Outcome {
        bool ok = false;
        QString text;
    };
    void updateKind();
    void updateUrl();

    QComboBox* kind_;
    QLineEdit* host_;
    QSpinBox* port_;
    QLabel* databaseLabel_;
    QLineEdit* database_;
    QLabel* streamLabel_;
    QLineEdit* stream_;
    QLabel* groupLabel_;
    QLineEdit* group_;
    QLabel* consumerLabel_;
    QLineEdit* consumer_;
    QLineEdit* user_;
    QLineEdit* password_;
    QLineEdit* url_;
    QPushButton* test_;
    QLabel* message_;
    QList<QPair<QString, QString>> options_; // parameters of a pasted URL the form has no field for
    BrokerKind shownKind_ = BrokerKind::Redis;
    QFutureWatcher<Outcome> watcher_;
};

// Test Connection's answer for a measured backlog (what waits, whether the group/queue exists).
QString describeBacklog(const BrokerForm& form, const SourceBacklog& backlog);

} // namespace seg::ui
