#pragma once

#include <QFont>

namespace snapline {

// The one sans-serif face every report is set in, at a size in points. Hinting
// is off so text measures the same on a 1200 dpi PDF page and a chart image.
QFont reportFont(qreal pointSize, QFont::Weight weight = QFont::Normal);

} // namespace snapline
