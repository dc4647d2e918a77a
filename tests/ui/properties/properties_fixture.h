#pragma once
// A small imported dataset and a properties panel over it, for the properties tests.
// Customers: id, spend (double), country (string), joined (date), vip (bool).
// Events: id, ts (timestamp), event_type (purchase / visit), amount (double).
#include "document/document.h"
#include "document/selection.h"
#include "properties/properties_panel.h"
#include "session/data_session.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace seg::ui::testing {

inline const char* kCustomers = "id,spend,country,joined,vip\n"
                                "1,50,DE,2024-01-05,true\n"
                                "2,150.5,DE,2024-11-20,false\n"
                                "3,,FR,2023-06-01,false\n"
                                "4,101,US,2024-12-01,true\n";
inline const char* kEvents = "id,ts,event_type,amount\n"
                             "1,2024-12-01 10:00:00,purchase,20\n"
                             "2,2024-12-02 11:00:00,visit,\n"
                             "4,2024-12-03 12:00:00,purchase,99.5\n";

struct PanelFixture {
    QTemporaryDir dir;
    Document document;
    DataSession session;
    Selection selection;
    PropertiesPanel* panel = nullptr;

    PanelFixture()
    {
        auto write = [&](const char* name, const char* text) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::WriteOnly))
                f.write(text);
            return f.fileName();
        };
        ImportRequest request;
        request.customersPath = write("customers.csv", kCustomers);
        request.customers.path = request.customersPath.toStdString();
        request.customers.key = "id";
        request.eventsPath = write("events.csv", kEvents);
        DatasetSpec events;
        events.path = request.eventsPath.toStdString();
        events.key = "id";
        events.time = "ts";
        events.type = "event_type";
        request.events = events;
        QSignalSpy finished(&session, &DataSession::importFinished);
        session.startImport(request);
        if (!finished.wait(20000) || !finished.first().first().toBool())
            qFatal("test data did not import");
        panel = new PropertiesPanel(&document, &session, nullptr, &selection);
        panel->resize(380, 700);
        panel->show();
        if (!QTest::qWaitForWindowExposed(panel))
            qFatal("panel not shown");
    }
    ~PanelFixture() { delete panel; }

    template <class T> T* find(const char* name) const
    {
        T* widget = panel->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }
    int steps() { return document.undoStack()->count(); }
    QString add(NodeType type)
    {
        const QString id = document.addNode(type, {0, 0});
        selection.set({id});
        return id;
    }
    // Types into a line edit and presses Enter, as a user would.
    static void typeInto(QWidget* edit, const QString& text, bool clear = true)
    {
        edit->setFocus();
        if (clear) {
            QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClick(edit, Qt::Key_Delete);
        }
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    static void pick(QComboBox* combo, const QString& text)
    {
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index); // what a user's choice in the popup sends
    }
};

} // namespace seg::ui::testing
