#include "mainwindow/help_dialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace seg::ui {

HelpDialog::HelpDialog(QWidget* parent) : QDialog(parent), browser_(new QTextBrowser(this))
{
    setWindowTitle(tr("Segment Studio User Guide"));
    QFile file(":/help/user_guide.html");
    if (file.open(QIODevice::ReadOnly | QIODevice::Text))
        html_ = QString::fromUtf8(file.readAll());
    else
        html_ = tr("The user guide is missing from this build.");
    browser_->setOpenExternalLinks(true);
    browser_->setSearchPaths({":/help"}); // the pictures: docs/screenshots/*.png
    browser_->setHtml(html_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(browser_);
    layout->addWidget(buttons);
    resize(760, 720);
}

} // namespace seg::ui
