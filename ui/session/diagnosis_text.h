#pragma once
// The zero-member findings of core/diagnose in the UI language, and their one-click fixes as
// normal (undoable) document edits. Used by the canvas cards and the Problems dock.
#include "diagnose/diagnosis.h"

#include <QCoreApplication>
#include <QString>

namespace seg::ui {

class Document;

class DiagnosisText {
    Q_DECLARE_TR_FUNCTIONS(DiagnosisText)
public:
    // "no customer has Contract = 'month to month' (did you mean 'Month-to-month', 3,875?)"
    static QString describe(const Diagnosis& d);
    // The fix's button text ("Use 'Month-to-month'", "Set as-of to 2011-12-09"); empty: none.
    static QString fixLabel(const Diagnosis& d);
    // "15 years", "3 months", "12 days"
    static QString gap(int32_t days);
};

// Applies the diagnosis's fix as one undo step (the node edit, or the graph's as-of). Returns
// false when the graph no longer holds what the finding is about (nothing is changed then).
bool applyDiagnosisFix(Document* document, const Diagnosis& d);

} // namespace seg::ui
