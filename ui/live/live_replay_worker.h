#pragma once
// Internal to the live replay: what the GUI thread and the worker share. Settings are written
// before the worker starts and only read afterwards; everything else is under `mutex`.
#include "live/live_replay.h"

#include <condition_variable>
#include <mutex>

namespace seg::ui {

struct LiveReplayShared {
    // Set before the worker starts.
    Graph graph;
    std::shared_ptr<const Dataset> data;
    LiveReplaySettings settings;
    std::map<std::string, QString> titles; // segment id -> title on its card
    std::vector<std::string> refs;         // the set references whose members the cards show
    std::atomic<int> updateMs{250};

    std::mutex mutex;
    std::condition_variable wake; // pause, resume, stop
    bool pause = false;
    bool stop = false;
    LivePace pace = LivePace::Fastest;
    double rate = 0;
    std::atomic<uint64_t> messages{0};

    // The hand-over: the worker adds, the GUI thread's timer takes (LiveReplayController::collect).
    LiveUpdate pending;
    bool changed = false;
    bool done = false;
};

// The worker's body: runs the replay to its end or a stop, then sets `done`.
void runLiveReplay(LiveReplayShared& shared);

} // namespace seg::ui
