#include "recovery/crash_recovery.h"

#include "document/document.h"
#include "mainwindow/main_window.h"

#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace seg::ui {

CrashRecovery::CrashRecovery(MainWindow* window, const QString& folder)
    : QObject(window), window_(window), store_(std::make_unique<RecoveryStore>(folder)),
      autosaver_(std::make_unique<Autosaver>(window->document(), store_.get()))
{
    connect(autosaver_.get(), &Autosaver::failed, this, [this](const QString& message) {
        window_->statusBar()->showMessage(tr("Autosave failed: %1").arg(message), 10000);
    });
    if (!store_->isUsable())
        window_->statusBar()->showMessage(tr("Autosave is off: %1").arg(store_->error()), 10000);
}

// A clean exit: the autosaver finishes its writes, then the store removes the entry.
CrashRecovery::~CrashRecovery()
{
    autosaver_.reset();
    store_.reset();
}

QString CrashRecovery::question(const RecoveryEntry& entry)
{
    const QString when = QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat);
    const QString what = entry.originalPath.isEmpty()
                             ? tr("a new project that was never saved")
                             : tr("%1 (in %2)").arg(QFileInfo(entry.originalPath).fileName(),
                                                    QFileInfo(entry.originalPath).absolutePath());
    return tr("Segment Studio was not closed properly. Unsaved changes to %1 were saved automatically at %2.\n\n"
              "Restore them? Restoring opens them as unsaved changes; your project file stays as it is until you save.")
        .arg(what, when);
}

RecoveryChoice CrashRecovery::ask(const RecoveryEntry& entry)
{
    const QString text = question(entry);
    if (chooser_)
        return chooser_(entry, text);
    QMessageBox box(QMessageBox::Question, tr("Recover unsaved changes"), text, QMessageBox::NoButton, window_);
    QPushButton* restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton* discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton* later = box.addButton(tr("&Not Now"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.setEscapeButton(later);
    box.exec();
    if (box.clickedButton() == restore)
        return RecoveryChoice::Restore;
    if (box.clickedButton() == discard)
        return RecoveryChoice::Discard;
    return RecoveryChoice::Later;
}

bool CrashRecovery::offerRestore()
{
    for (const auto& claim : store_->claimOrphans()) {
        switch (ask(claim->entry())) {
        case RecoveryChoice::Later:
            return false;
        case RecoveryChoice::Discard:
            claim->discard();
            continue;
        case RecoveryChoice::Restore:
            break;
        }
        QString error;
        std::optional<Graph> graph = claim->load(&error);
        if (!graph) {
            window_->statusBar()->showMessage(tr("The autosaved project %1 cannot be read: %2").arg(claim->entry().file, error), 10000);
            continue; // kept for a look by hand; the next one is offered
        }
        const QString original = claim->entry().originalPath;
        window_->document()->restoreRecovered(std::move(*graph), original.isEmpty() ? QString() : QFileInfo(original).absoluteFilePath());
        // Our own entry first, then the orphan goes: a crash in between leaves one of the two.
        autosaver_->saveNow();
        autosaver_->waitForWrites();
        claim->discard();
        window_->reloadData();
        window_->statusBar()->showMessage(tr("Restored the changes autosaved at %1.")
                                              .arg(QLocale().toString(claim->entry().savedAt.toLocalTime(), QLocale::ShortFormat)),
                                          10000);
        return true;
    }
    return false;
}

} // namespace seg::ui
