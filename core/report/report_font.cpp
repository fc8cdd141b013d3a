#include "report/report_font.h"

#include <QStringList>

namespace snapline {

QFont reportFont(qreal pointSize, QFont::Weight weight)
{
    QFont font;
    // DejaVu Sans ships with every Linux desktop and covers Latin, Greek and
    // Cyrillic; characters it lacks (日本) fall back through fontconfig.
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"),
                      QStringLiteral("Liberation Sans"), QStringLiteral("Arial"),
                      QStringLiteral("Helvetica")});
    font.setStyleHint(QFont::SansSerif);
    font.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: a PDF's "ﬁ" would stop an auditor's search for "Profile".
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(pointSize);
    font.setWeight(weight);
    return font;
}

} // namespace snapline
