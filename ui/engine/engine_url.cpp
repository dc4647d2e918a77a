#include "engine/engine_url.h"

#include <QUrl>

namespace seg::ui {

QString urlWithPassword(const QString& url, const QString& password)
{
    if (password.isEmpty() || url.startsWith("sqlite:"))
        return url;
    const int scheme = url.indexOf("://");
    if (scheme < 0)
        return url;
    const int hostStart = scheme + 3;
    const int pathStart = url.indexOf('/', hostStart);
    const int at = url.lastIndexOf('@', pathStart < 0 ? -1 : pathStart);
    if (at < hostStart)
        return url; // no user: nothing to attach a password to
    QString user = url.mid(hostStart, at - hostStart);
    user = user.left(user.indexOf(':') < 0 ? user.size() : user.indexOf(':')); // drop a typed password
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(password));
    return url.left(hostStart) + user + ":" + encoded + url.mid(at);
}

} // namespace seg::ui
