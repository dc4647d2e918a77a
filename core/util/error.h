#pragma once
// Errors that stop an operation (unreadable file, broken graph JSON). The message is for the
// user and names the place: file and line, or node id. Problems that do not stop the work
// (rejected rows, validation findings) are collected in reports instead of thrown.
#include <stdexcept>
#include <string>

namespace seg {

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Thrown when the user cancels a long operation (import, run, export).
class Cancelled : public Error {
public:
    Cancelled() : Error("cancelled") {}
};

} // namespace seg
