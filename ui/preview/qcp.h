#pragma once
// QCustomPlot for an editor built with QT_NO_KEYWORDS: its header uses the `signals`, `slots`,
// `emit` and `foreach` keywords, so they are defined only around the include (oneTBB, which
// is why the keywords are off, is not included here). Include this, never <qcustomplot.h>.
#include <QtGlobal>

#if defined(signals) || defined(slots) || defined(emit) || defined(foreach)
#include <qcustomplot.h>
#else
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach
#endif
