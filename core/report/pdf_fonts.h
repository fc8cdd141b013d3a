#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QList>
#include <QStringList>

class QPaintDevice;

namespace snapline {

// The fonts of a PDF report, measured for the page they are drawn on, and
// the line breaking that uses them.
class PdfFonts
{
public:
    enum Role : quint8 {
        Body,
        BodyBold,
        Small,
        SmallItalic,
        TableHead,
        TableCell,
        Heading,
        SubHeading,
        FigureValue,
        Title,
        RoleCount
    };

    explicit PdfFonts(QPaintDevice *device);

    const QFont &font(Role role) const { return m_fonts[role]; }
    const QFontMetricsF &metrics(Role role) const { return m_metrics[role]; }
    qreal lineHeight(Role role) const { return m_metrics[role].height(); }
    qreal width(Role role, const QString &text) const { return m_metrics[role].horizontalAdvance(text); }

    // `text` broken into lines no wider than `width`: at spaces where it can,
    // inside a word that alone is too wide; a newline always breaks.
    QStringList wrap(Role role, const QString &text, qreal width) const;
    // The widest word of `text`: the narrowest a column holding it can get
    // without breaking inside words.
    qreal widestWord(Role role, const QString &text) const;

private:
    QPaintDevice *m_device;
    QList<QFont> m_fonts;
    QList<QFontMetricsF> m_metrics;
};

} // namespace snapline
