// The editor parts in the window: the node editor in the middle, properties, plan, preview
// and timing docks around it.
#include "mainwindow/main_window.h"

#include <QLabel>

namespace seg::ui {

void MainWindow::createParts()
{
    auto* placeholder = new QLabel(tr("Open a project or import customers to start."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
}

} // namespace seg::ui
