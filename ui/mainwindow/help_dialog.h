#pragma once
// Help > User Guide: a short guide for marketers (import, build, check, export) with pictures
// of the app, bundled as a resource (ui/mainwindow/help/user_guide.html and the screenshots).
#include <QDialog>

class QTextBrowser;

namespace seg::ui {

class HelpDialog : public QDialog {
    Q_OBJECT
public:
    explicit HelpDialog(QWidget* parent = nullptr);
    QString guideHtml() const { return html_; }
    QTextBrowser* browser() const { return browser_; }

private:
    QString html_;
    QTextBrowser* browser_;
};

} // namespace seg::ui
