#include "mainwindow/preferences_dialog.h"

#include "mainwindow/language.h"
#include "session/preview_runner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QThread>

namespace seg::ui {

namespace {
constexpr const char* kStrategyKey = "run/strategy";
constexpr const char* kThreadsKey = "run/threads";
}

void applyRunSettings(PreviewRunner* runner)
{
    QSettings settings;
    const auto strategy = parseStrategy(settings.value(kStrategyKey, "auto").toString().toStdString());
    runner->setStrategy(strategy.value_or(Strategy::Auto));
    runner->setThreads(settings.value(kThreadsKey, 0).toInt());
}

PreferencesDialog::PreferencesDialog(PreviewRunner* runner, QWidget* parent)
    : QDialog(parent), runner_(runner), language_(new QComboBox(this)), strategy_(new QComboBox(this)),
      threads_(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));
    language_->addItem(tr("System default"), QString());
    for (const QString& code : availableLanguages())
        language_->addItem(languageName(code), code);
    language_->setCurrentIndex(std::max(0, language_->findData(configuredLanguage())));
    language_->setToolTip(tr("The language of menus and dialogs; takes effect when Segment Studio starts again"));

    for (Strategy s : {Strategy::Auto, Strategy::Sequential, Strategy::Parallel, Strategy::Hybrid})
        strategy_->addItem(QString::fromUtf8(std::string(strategyName(s)).c_str()), static_cast<int>(s));
    strategy_->setCurrentIndex(std::max(0, strategy_->findData(static_cast<int>(runner->strategy()))));
    strategy_->setToolTip(tr("How the preview runs the graph; auto picks the fastest for the data size"));

    threads_->setRange(0, 256);
    threads_->setSpecialValueText(tr("All (%1)").arg(QThread::idealThreadCount()));
    threads_->setValue(runner->threads());
    threads_->setToolTip(tr("Worker threads for runs; 0 uses every core"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), language_);
    auto* note = new QLabel(tr("Language changes apply after a restart."), this);
    note->setStyleSheet("color: palette(mid);");
    form->addRow(QString(), note);
    form->addRow(tr("Run &strategy:"), strategy_);
    form->addRow(tr("&Threads:"), threads_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    setConfiguredLanguage(language_->currentData().toString());
    QSettings settings;
    const auto strategy = static_cast<Strategy>(strategy_->currentData().toInt());
    settings.setValue(kStrategyKey, QString::fromUtf8(std::string(strategyName(strategy)).c_str()));
    settings.setValue(kThreadsKey, threads_->value());
    applyRunSettings(runner_);
    runner_->runNow();
    QDialog::accept();
}

} // namespace seg::ui
