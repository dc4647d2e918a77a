#include "data/input_spool.h"

#include "util/error.h"

#include <cerrno>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <iconv.h>
#include <unistd.h>

namespace seg {

namespace {

// Closes a descriptor on every path out (exceptions included).
struct Fd {
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

std::string osReason() { return std::strerror(errno); }

void writeAll(int fd, const char* data, size_t size, const std::string& name)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            throw Error(name + ": cannot keep a copy of the input in the temporary folder: " + osReason());
        }
        data += n;
        size -= static_cast<size_t>(n);
    }
}

} // namespace

namespace {

struct Converter {
    iconv_t cd = reinterpret_cast<iconv_t>(-1);
    ~Converter()
    {
        if (cd != reinterpret_cast<iconv_t>(-1))
            iconv_close(cd);
    }
};

} // namespace

std::unique_ptr<SpooledInput> SpooledInput::transcodeToUtf8(const std::filesystem::path& path, const std::string& name,
                                                            const std::string& encoding, uint64_t skip,
                                                            const CsvLimits& limits)
{
    Fd in;
    in.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (in.fd < 0)
        throw Error(name + ": cannot open: " + osReason());
    if (skip > 0 && ::lseek(in.fd, static_cast<off_t>(skip), SEEK_SET) < 0)
        throw Error(name + ": cannot read: " + osReason());
    Converter conv;
    conv.cd = iconv_open("UTF-8", encoding.c_str());
    if (conv.cd == reinterpret_cast<iconv_t>(-1))
        throw Error(name + ": unknown encoding '" + encoding + "'");
    Fd out;
    std::unique_ptr<SpooledInput> copy = createTemporary(name, out.fd);

    std::vector<char> input(size_t{1} << 20);
    std::vector<char> output(size_t{4} << 20); // UTF-8 takes at most 3 bytes per UTF-16 unit... x4 is safe
    size_t pending = 0;                          // bytes of an incomplete sequence carried over
    uint64_t written = 0;
    size_t line = 1;
    uint64_t blockOffset = skip; // file offset of input[0]
    bool atEnd = false;
    while (!atEnd) {
        const ssize_t got = ::read(in.fd, input.data() + pending, input.size() - pending);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            throw Error(name + ": read error: " + osReason());
        }
        atEnd = got == 0;
        size_t inLeft = pending + static_cast<size_t>(got);
        char* inPtr = input.data();
        while (inLeft > 0) {
            char* outPtr = output.data();
            size_t outLeft = output.size();
            const size_t rc = iconv(conv.cd, &inPtr, &inLeft, &outPtr, &outLeft);
            const int err = errno;
            const auto produced = static_cast<size_t>(outPtr - output.data());
            for (size_t i = 0; i < produced; ++i)
                line += output[i] == '\n';
            writeAll(out.fd, output.data(), produced, name);
            written += produced;
            if (written > limits.maxInputBytes)
                throw Error(name + ": the input is larger than the input size limit of "
                            + std::to_string(limits.maxInputBytes) + " bytes (raise it with --max-input-bytes)");
            if (rc != static_cast<size_t>(-1))
                continue;
            if (err == E2BIG)
                continue; // output full: written, go on
            if (err == EINVAL && !atEnd)
                break; // an incomplete sequence at the block's end: carried over
            const uint64_t at = blockOffset + static_cast<uint64_t>(inPtr - input.data()) + 1;
            throw Error(name + ":" + std::to_string(line) + ": "
                        + (err == EINVAL ? "the file ends inside a character" : "bytes that are not valid")
                        + " in the encoding '" + encoding + "' (at byte " + std::to_string(at)
                        + " of the file); check the dataset's \"encoding\"");
        }
        blockOffset += static_cast<uint64_t>(inPtr - input.data());
        std::memmove(input.data(), inPtr, inLeft);
        pending = inLeft;
    }
    return copy;
}

std::unique_ptr<SpooledInput> SpooledInput::spoolIfNeeded(const std::filesystem::path& path, const CsvLimits& limits)
{
    const bool fromStdin = isStdin(path);
    const std::string name = fromStdin ? std::string("<stdin>") : path.string();
    if (!fromStdin) {
        std::error_code ec;
        const auto status = std::filesystem::status(path, ec);
        if (!ec && std::filesystem::is_regular_file(status))
            return nullptr;
        if (!ec && std::filesystem::is_directory(status))
            throw Error(name + ": is a directory, not a CSV file");
    }

    Fd in;
    if (fromStdin) {
        in.fd = ::dup(STDIN_FILENO);
    } else {
        in.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    }
    if (in.fd < 0)
        throw Error(name + ": cannot open: " + osReason());

    Fd out;
    std::unique_ptr<SpooledInput> spool = createTemporary(name, out.fd); // removes the copy on any error

    std::vector<char> buffer(size_t{1} << 20);
    uint64_t total = 0;
    uint64_t lineLength = 0; // bytes since the last line end
    size_t line = 1;
    for (;;) {
        const ssize_t got = ::read(in.fd, buffer.data(), buffer.size());
        if (got < 0) {
            if (errno == EINTR)
                continue;
            throw Error(name + ": read error: " + osReason());
        }
        if (got == 0)
            break;
        const auto n = static_cast<size_t>(got);
        total += n;
        if (total > limits.maxInputBytes)
            throw Error(name + ": the input is larger than the input size limit of " + std::to_string(limits.maxInputBytes)
                        + " bytes (raise it with --max-input-bytes)");
        // A line longer than a record may be is refused however it is quoted (a record holds
        // its lines whole), so an endless line stops here rather than in the reader.
        for (size_t i = 0; i < n; ++i) {
            const char c = buffer[i];
            if (c == '\n' || c == '\r') {
                lineLength = 0;
                line += c == '\n' || i + 1 >= n || buffer[i + 1] != '\n';
            } else if (++lineLength > limits.maxRecordBytes) {
                throw Error(name + ":" + std::to_string(line) + ": a line longer than "
                            + std::to_string(limits.maxRecordBytes)
                            + " bytes, the record size limit (raise it with --max-record-bytes if the input "
                              "really has such records)");
            }
        }
        writeAll(out.fd, buffer.data(), n, name);
    }
    return spool;
}

std::unique_ptr<SpooledInput> SpooledInput::createTemporary(const std::string& name, int& fd)
{
    std::error_code ec;
    std::filesystem::path dir = std::filesystem::temp_directory_path(ec);
    if (ec)
        dir = "/tmp";
    std::string pattern = (dir / "segstudio-input-XXXXXX").string();
    fd = ::mkstemp(pattern.data());
    if (fd < 0)
        throw Error(name + ": cannot keep a copy of the input in " + dir.string() + ": " + osReason());
    return std::unique_ptr<SpooledInput>(new SpooledInput(pattern));
}

SpooledInput::~SpooledInput()
{
    std::error_code ec;
    std::filesystem::remove(copy_, ec);
}

} // namespace seg
