#pragma once
// Engine URLs in the GUI: the password is typed separately and never saved; it is put into
// the URL only for the connection.
#include <QString>

namespace seg::ui {

// "postgres://ann@host/db" + "s3cret" -> "postgres://ann:s3cret@host/db" (user and password
// percent-encoded). URLs without a user part, or SQLite paths, are returned unchanged.
QString urlWithPassword(const QString& url, const QString& password);

} // namespace seg::ui
