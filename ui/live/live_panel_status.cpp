// The Live dock's words: the replay's state, the status line (messages, rate, clock, changes,
// dead letters and their reasons), a broker's connection line and the feed's counter.
#include "data/types.h"
#include "live/live_feed_model.h"
#include "live/live_panel.h"

#include <QLocale>

namespace seg::ui {

namespace {
QString num(uint64_t n) { return QLocale().toString(static_cast<qulonglong>(n)); }
} // namespace

QString LivePanel::stateText(LiveState state) const
{
    switch (state) {
    case LiveState::Idle: return tr("Not started");
    case LiveState::Starting: return tr("Starting");
    case LiveState::Running:
        return controller_->latest().broker ? tr("Listening") : tr("Live");
    case LiveState::Paused: return tr("Paused");
    case LiveState::Finished: return tr("Replay finished");
    case LiveState::Stopped: return tr("Stopped");
    case LiveState::Failed: return tr("Failed");
    }
    return {};
}

QString LivePanel::feedCountText() const
{
    if (feed_->total() == 0)
        return tr("Enters and exits appear here, newest first.");
    if (feed_->total() == feed_->shown())
        return tr("%n change(s)", nullptr, static_cast<int>(std::min<uint64_t>(feed_->total(), INT32_MAX)));
    return tr("The latest %1 of %2 changes").arg(num(feed_->shown()), num(feed_->total()));
}

QString LivePanel::connectionText() const
{
    const LiveUpdate& u = controller_->latest();
    if (!u.broker || u.state == LiveState::Idle || u.state == LiveState::Failed)
        return {};
    const LiveBrokerStatus& b = *u.broker;
    if (u.state == LiveState::Stopped)
        return tr("Stopped listening to %1.").arg(b.address);
    if (!b.problem.isEmpty()) {
        const QString what = b.refused ? tr("%1 refused: %2").arg(b.address, b.problem)
                                       : tr("%1 is not reachable (%2)").arg(b.address, b.problem);
        return b.retryInSeconds > 0 ? what + QStringLiteral(" — ") + tr("retrying in %n s", nullptr, b.retryInSeconds)
                                    : what + QStringLiteral(" — ") + tr("retrying now");
    }
    if (!b.connected)
        return tr("Connecting to %1…").arg(b.address);
    QStringList parts;
    parts << tr("Connected to %1").arg(b.address);
    if (b.lag)
        parts << (b.lagIsLowerBound ? tr("lag: at least %1 waiting") : tr("lag: %1 waiting")).arg(num(*b.lag));
    else if (!b.lagProblem.isEmpty())
        parts << tr("lag unknown (%1)").arg(b.lagProblem);
    else
        parts << tr("lag: measuring…");
    if (b.reconnects > 0)
        parts << tr("reconnected %n time(s)", nullptr, static_cast<int>(std::min<uint64_t>(b.reconnects, INT32_MAX)));
    return parts.join(QStringLiteral(" · "));
}

QString LivePanel::statusText() const
{
    const LiveUpdate& u = controller_->latest();
    QStringList parts;
    if (u.state == LiveState::Idle) {
        parts << (settings().source == LiveSource::Broker
                      ? tr("Listens to the broker through the live engine: the cards' counts move as customers enter "
                           "and leave segments. The dock acknowledges what it reads: use a consumer group or queue "
                           "of its own.")
                      : tr("Replays events through the live engine: the cards' counts move as customers enter and "
                           "leave segments."));
    } else if (u.state == LiveState::Failed) {
        parts << tr("Cannot replay: %1").arg(u.error);
    } else {
        const LiveCounters& c = u.counters;
        parts << stateText(u.state);
        parts << (u.total ? tr("%1 of %2 messages").arg(num(c.messages), num(*u.total))
                          : tr("%1 messages").arg(num(c.messages)));
        if (u.seconds > 0 && c.messages > 0)
            parts << tr("%1 messages/s on average").arg(num(static_cast<uint64_t>(double(c.messages) / u.seconds)));
        parts << (u.clockMode == LiveClock::Fixed       ? tr("clock %1 (fixed)")
                      : u.clockMode == LiveClock::Wall    ? tr("clock %1 (today, UTC)")
                                                          : tr("clock %1 (event time)"))
                     .arg(QString::fromStdString(formatDate(u.clock)));
        parts << tr("%1 enters and exits").arg(num(c.changes));
        parts << tr("%1 dead-lettered").arg(num(c.deadLettered + u.sourceDeadLettered));
        if (c.duplicates > 0)
            parts << tr("%1 duplicates ignored").arg(num(c.duplicates));
        if (c.unknownCustomers > 0)
            parts << tr("%1 of unknown customers").arg(num(c.unknownCustomers));
    }
    QString text = parts.join(QStringLiteral(" · "));
    if (u.state != LiveState::Idle && u.state != LiveState::Failed && !u.lastDeadLetter.isEmpty())
        text += QStringLiteral(" (") + tr("last dead letter: %1").arg(u.lastDeadLetter) + QStringLiteral(")");
    if (u.state != LiveState::Idle && u.state != LiveState::Failed && !u.deadLetterReasons.empty()) {
        // The most frequent reasons, so a flood of one kind of bad message is named at once.
        constexpr size_t kShown = 3;
        QStringList reasons;
        for (size_t i = 0; i < std::min(kShown, u.deadLetterReasons.size()); ++i)
            reasons << tr("%1 × %2").arg(num(u.deadLetterReasons[i].second), u.deadLetterReasons[i].first);
        if (u.deadLetterReasons.size() > kShown)
            reasons << tr("%n more reason(s)", nullptr, static_cast<int>(u.deadLetterReasons.size() - kShown));
        text += QStringLiteral("\n") + tr("Dead letters by reason: %1").arg(reasons.join(QStringLiteral("; ")));
    }
    if (graphEdited_)
        text += QStringLiteral("\n") +
            tr("The graph was edited after the replay started: the cards show the preview again. Start again to "
               "replay the edited graph.");
    if (!message_.isEmpty())
        text += QStringLiteral("\n") + message_;
    return text;
}

} // namespace seg::ui
