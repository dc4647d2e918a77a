#include "document/safe_file.h"

#include "export/atomic_text_file.h"

#include <QFile>

#include <exception>
#include <string_view>

namespace seg::ui {

bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error)
{
    try {
        AtomicTextFile out{std::filesystem::path(QFile::encodeName(path).toStdString())};
        out.append(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())));
        out.commit();
        return true;
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
}

} // namespace seg::ui
