#pragma once
// The one way to include <qcustomplot.h> in kps_widgets: QCustomPlot 2.1's header uses the
// `signals` and `foreach` keywords, which QT_NO_KEYWORDS (set for all our Qt code) removes.
// They are defined only around the include, so our own code still cannot use them.

#if defined(QT_NO_KEYWORDS) && !defined(signals)
#define signals Q_SIGNALS
#define KPS_QCUSTOMPLOT_UNDEF_SIGNALS
#endif
#if defined(QT_NO_KEYWORDS) && !defined(foreach)
#define foreach Q_FOREACH
#define KPS_QCUSTOMPLOT_UNDEF_FOREACH
#endif

#include <qcustomplot.h>

#ifdef KPS_QCUSTOMPLOT_UNDEF_SIGNALS
#undef signals
#undef KPS_QCUSTOMPLOT_UNDEF_SIGNALS
#endif
#ifdef KPS_QCUSTOMPLOT_UNDEF_FOREACH
#undef foreach
#undef KPS_QCUSTOMPLOT_UNDEF_FOREACH
#endif
