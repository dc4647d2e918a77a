#include "mainwindow/help_dialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace seg::ui {

QString userGuideSection(const QString& readme)
{
    const QRegularExpression start("^## User guide\\s*$", QRegularExpression::MultilineOption
                                                              | QRegularExpression::CaseInsensitiveOption);
    const auto match = start.match(readme);
    if (!match.hasMatch())
        return readme;
    const QRegularExpression next("^## ", QRegularExpression::MultilineOption);
    const auto end = next.match(readme, match.capturedEnd());
    return readme.mid(match.capturedStart(), end.hasMatch() ? end.capturedStart() - match.capturedStart() : -1);
}

HelpDialog::HelpDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Segment Studio User Guide"));
    QFile file(":/help/README.md");
    if (file.open(QIODevice::ReadOnly | QIODevice::Text))
        markdown_ = userGuideSection(QString::fromUtf8(file.readAll()));
    else
        markdown_ = tr("The user guide is missing from this build.");
    auto* browser = new QTextBrowser(this);
    browser->setOpenExternalLinks(true);
    browser->setSearchPaths({":/help"});
    browser->setMarkdown(markdown_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    resize(760, 680);
}

} // namespace seg::ui
