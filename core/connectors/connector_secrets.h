#pragma once
// Secrets of the HTTP source and the webhook sinks: reading them (a file named on the command
// line, else an environment variable, so they never appear in `ps`), comparing a presented
// token in constant time, and the webhook signature (HMAC-SHA256, Stripe's `t=...,v1=...`).
#include <cstdint>
#include <string>
#include <string_view>

namespace seg {

// The secret in `file` (its first line, without the line end; option names it in messages),
// else the value of the environment variable `variable`. Throws seg::Error saying both ways
// when neither gives a non-empty secret, naming `what` needs it.
std::string readSecret(const std::string& file, const std::string& option, const char* variable, const std::string& what);

// Equal without leaking where they differ through the time taken (lengths may leak).
bool constantTimeEquals(std::string_view a, std::string_view b);

// HMAC-SHA256 of `data` under `key`, 64 lower-case hex characters (RFC 2104/4231).
std::string hmacSha256Hex(std::string_view key, std::string_view data);

// The value of the Segstudio-Signature header: "t=<unix seconds>,v1=<hmacSha256Hex(secret,
// "<unix seconds>.<body>")>". A receiver recomputes v1 from t and the raw body and refuses
// stale timestamps (replays).
std::string webhookSignature(std::string_view secret, int64_t unixSeconds, std::string_view body);

} // namespace seg
