#pragma once
// The Live dock: replays an event file (NDJSON messages as `segstudio-cli stream --from` takes)
// or the project's own events through the live engine at a chosen speed, or listens to a broker
// (a Redis stream or a RabbitMQ queue, chosen with the Broker… form) showing its lag and, in
// plain words, a broker that went away. While it runs, the
// canvas cards' counts move (the panel emits liveCounts for the window to pass to the canvas),
// a feed lists the enters and exits, and a chart shows events per second and p50/p99
// event-to-change latency. Pause, Resume and Stop; the feed exports to CSV. The clock (fixed
// date or event time) and the dead-letter count are on the status line.
// Usage: auto* p = new LivePanel(document, session); dock->setWidget(p);
//        connect(p, &LivePanel::liveCounts, scene, &NodeScene::setLiveCounts);
//        connect(p, &LivePanel::liveCountsCleared, scene, &NodeScene::clearLiveCounts);
#include "live/broker_url.h"
#include "live/live_replay.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QToolButton;

namespace seg::ui {

class DataSession;
class Document;
class LiveChart;
class LiveFeedModel;

class LivePanel : public QWidget {
    Q_OBJECT
public:
    LivePanel(Document* document, DataSession* data, QWidget* parent = nullptr);

    LiveReplayController* controller() const { return controller_; }
    LiveFeedModel* feed() const { return feed_; }
    LiveChart* chart() const { return chart_; }
    QString statusText() const;
    QString feedCountText() const;
    // Listening to a broker: the connection, the lag, or what is wrong ("" otherwise).
    QString connectionText() const;

    // The settings the controls say (also set them, for tests and screenshots).
    LiveReplaySettings settings() const;
    void setSettings(const LiveReplaySettings& settings);
    // The broker the dock listens to (password included; kept in memory only).
    QString brokerUrlWithPassword() const { return brokerUrl_; }
    void setBrokerUrl(const QString& url); // also selects the broker source
    QString shownBrokerUrl() const;        // as the dock shows it: the password as ***
    // Whether the cards show this replay's counts (false after an edit of the graph).
    bool cardsShowLive() const { return cardsLive_; }

public Q_SLOTS:
    bool startReplay();
    void pauseReplay();
    void resumeReplay();
    void stopReplay();
    void clearReplay();  // back to the preview's counts; empties the feed and the chart
    void exportFeed();   // asks for a file
    bool exportFeedTo(const QString& path); // false with the message on the status line
    void focusStart();   // Run > Replay Events Live…
    // The Broker… form (a dialog); true when accepted (the broker source is then selected).
    bool editBroker();

Q_SIGNALS:
    // The members of every set (reference "node" or "node:port") for the cards, the customers
    // in all, and the cards' status line.
    void liveCounts(const std::map<std::string, size_t>& counts, size_t universe, const QString& note);
    void liveCountsCleared();

private:
    void onUpdate(const std::shared_ptr<const LiveUpdate>& update);
    void updateControls();
    void updateSourceControls();
    void refreshDefaults();
    void showStatus();
    QString stateText(LiveState state) const;

    Document* document_;
    DataSession* data_;
    LiveReplayController* controller_;
    LiveFeedModel* feed_;
    LiveChart* chart_;
    QComboBox* source_;
    QLineEdit* file_;
    QToolButton* browse_;
    QLineEdit* broker_;
    QPushButton* brokerButton_;
    QLabel* speedLabel_;
    QComboBox* pace_;
    QDoubleSpinBox* rate_;
    QComboBox* clock_;
    QDateEdit* date_;
    QPushButton* start_;
    QPushButton* pause_;
    QPushButton* resume_;
    QPushButton* stop_;
    QPushButton* export_;
    QPushButton* clear_;
    QProgressBar* progress_;
    QLabel* status_;
    QLabel* connection_;
    QLabel* feedCount_;
    QTableView* table_;
    double rateOfPace_[3] = {0, 2000, 86400}; // each speed kind keeps its own number
    int shownPace_ = 1;
    QString brokerUrl_;   // the broker to listen to, password included: never saved, never shown
    QString message_;     // a start or export problem, shown until the next action
    bool cardsLive_ = false;
    bool graphEdited_ = false;
};

} // namespace seg::ui
