#pragma once
// Help > User Guide: the "User guide" section of the README (bundled as a resource, so it is
// the same text as on the project page and always matches this build).
#include <QDialog>

class QTextBrowser;

namespace seg::ui {

class HelpDialog : public QDialog {
    Q_OBJECT
public:
    explicit HelpDialog(QWidget* parent = nullptr);
    QString guideMarkdown() const { return markdown_; }

private:
    QString markdown_;
};

// The "## User guide" section of a README (up to the next level-2 heading); the whole text
// when it has no such section.
QString userGuideSection(const QString& readme);

} // namespace seg::ui
