#pragma once
// Which nodes the user has selected, shared by the canvas (which sets it), the properties
// panel and the preview (which follow it). Not part of the document: selecting is no edit.
#include <QObject>
#include <QStringList>

namespace seg::ui {

class Selection : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    QStringList ids() const { return ids_; }
    // The node the properties panel and the member sample show: the last one selected.
    QString current() const { return ids_.isEmpty() ? QString() : ids_.last(); }
    void set(const QStringList& ids)
    {
        if (ids == ids_)
            return;
        ids_ = ids;
        Q_EMIT changed();
    }

Q_SIGNALS:
    void changed();

private:
    QStringList ids_;
};

} // namespace seg::ui
