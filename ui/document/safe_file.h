#pragma once
// Writing a whole file from the editor the safe way (issue 16): through core's AtomicTextFile,
// so the file is the old one or the complete new one after a crash or a full disk (temporary
// file in the same folder, fsync, rename, fsync of the folder; leftovers of a killed write are
// removed by the next write into that folder). QSaveFile does the first half only.
#include <QByteArray>
#include <QString>

namespace seg::ui {

// False with `error` ("cannot write '<path>': <OS reason>") when it fails; the old file stays.
bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error);

} // namespace seg::ui
