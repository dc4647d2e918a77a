#include "live/replay_source.h"

#include "util/error.h"
#include "util/json.h"

#include <algorithm>
#include <fstream>
#include <numeric>

namespace seg::ui {

namespace {

int64_t rowMicros(const EventTable& ev, size_t row)
{
    const Column& c = ev.table.columns[static_cast<size_t>(ev.timeColumn)];
    if (c.isNull(row))
        return INT64_MIN;
    return c.type() == DataType::Date ? int64_t{c.dateAt(row)} * kMicrosPerDay : c.intAt(row);
}

class ProjectEventsSource : public ReplaySource {
public:
    explicit ProjectEventsSource(std::shared_ptr<const Dataset> data) : data_(std::move(data))
    {
        if (!data_ || !data_->events || data_->events->timeColumn < 0)
            throw Error("the project has no events dataset to replay");
        const EventTable& ev = *data_->events;
        order_.resize(ev.rows());
        std::iota(order_.begin(), order_.end(), 0u);
        std::stable_sort(order_.begin(), order_.end(),
                         [&](uint32_t a, uint32_t b) { return rowMicros(ev, a) < rowMicros(ev, b); });
    }
    bool next(std::string& line) override
    {
        if (at_ >= order_.size())
            return false;
        const uint32_t row = order_[at_++];
        line = eventMessage(*data_->events, row, "e" + std::to_string(row + 1));
        last_ = rowMicros(*data_->events, row);
        return true;
    }
    std::optional<int64_t> lastEventMicros() override
    {
        return last_ == INT64_MIN ? std::nullopt : std::optional<int64_t>(last_);
    }
    std::optional<int64_t> firstEventMicros() override
    {
        for (uint32_t row : order_) // the nulls sort first
            if (const int64_t t = rowMicros(*data_->events, row); t != INT64_MIN)
                return t;
        return std::nullopt;
    }
    double progress() const override { return order_.empty() ? 1.0 : double(at_) / double(order_.size()); }
    std::optional<uint64_t> total() const override { return order_.size(); }
    bool keepsImportedEvents() const override { return false; }

private:
    std::shared_ptr<const Dataset> data_;
    std::vector<uint32_t> order_;
    size_t at_ = 0;
    int64_t last_ = INT64_MIN;
};

class FileSource : public ReplaySource {
public:
    FileSource(const std::filesystem::path& path, std::shared_ptr<const Dataset> data)
        : path_(path), data_(std::move(data)), in_(path, std::ios::binary)
    {
        if (!in_)
            throw Error("cannot read " + path.string());
        std::error_code ec;
        size_ = std::filesystem::file_size(path, ec);
        if (ec)
            size_ = 0;
    }
    bool next(std::string& line) override
    {
        if (!std::getline(in_, line))
            return false;
        read_ += line.size() + 1;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        line_ = &line;
        return true;
    }
    std::optional<int64_t> lastEventMicros() override
    {
        if (!line_ || !data_ || !data_->events)
            return std::nullopt;
        return messageEventMicros(*line_, *data_->events);
    }
    std::optional<int64_t> firstEventMicros() override
    {
        if (!data_ || !data_->events)
            return std::nullopt;
        std::ifstream in(path_, std::ios::binary);
        std::string line;
        for (int i = 0; i < 10000 && std::getline(in, line); ++i) // a file of profile updates has none
            if (const auto t = messageEventMicros(line, *data_->events))
                return t;
        return std::nullopt;
    }
    double progress() const override { return size_ == 0 ? 0.0 : std::min(1.0, double(read_) / double(size_)); }
    std::optional<uint64_t> total() const override { return std::nullopt; }
    bool keepsImportedEvents() const override { return true; }

private:
    std::filesystem::path path_;
    std::shared_ptr<const Dataset> data_;
    std::ifstream in_;
    uint64_t size_ = 0;
    uint64_t read_ = 0;
    const std::string* line_ = nullptr;
};

} // namespace

std::unique_ptr<ReplaySource> makeProjectEventsSource(std::shared_ptr<const Dataset> data)
{
    return std::make_unique<ProjectEventsSource>(std::move(data));
}

std::unique_ptr<ReplaySource> makeFileSource(const std::filesystem::path& path, std::shared_ptr<const Dataset> data)
{
    return std::make_unique<FileSource>(path, std::move(data));
}

std::string eventMessage(const EventTable& ev, size_t row, const std::string& eventId)
{
    Json j = Json::object();
    j["event_id"] = eventId;
    for (const Column& c : ev.table.columns) {
        if (c.isNull(row)) {
            j[c.name()] = nullptr;
            continue;
        }
        switch (c.type()) {
        case DataType::Int: j[c.name()] = c.intAt(row); break;
        case DataType::Double: j[c.name()] = c.doubleAt(row); break;
        case DataType::Bool: j[c.name()] = c.boolAt(row); break;
        default: j[c.name()] = c.textAt(row); break;
        }
    }
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::optional<int64_t> messageEventMicros(std::string_view line, const EventTable& ev)
{
    if (ev.timeColumn < 0)
        return std::nullopt;
    try {
        const Json j = Json::parse(line);
        const std::string& name = ev.table.columns[static_cast<size_t>(ev.timeColumn)].name();
        if (!j.is_object() || !j.contains(name) || !j[name].is_string())
            return std::nullopt;
        const std::string text = j[name].get<std::string>();
        if (const auto t = parseIsoTimestamp(text))
            return t;
        if (const auto d = parseIsoDate(text))
            return int64_t{*d} * kMicrosPerDay;
    } catch (const Json::exception&) {
    }
    return std::nullopt;
}

} // namespace seg::ui
