#include "report/pdf_fonts.h"

#include "report/report_font.h"

#include <QTextLayout>

namespace snapline {

PdfFonts::PdfFonts(QPaintDevice *device)
    : m_device(device)
{
    struct Spec
    {
        qreal size;
        QFont::Weight weight;
        bool italic;
    };
    // Sizes in points, in the order of Role.
    static constexpr Spec kSpecs[RoleCount] = {
            {9.5, QFont::Normal, false}, {9.5, QFont::Bold, false}, {7.5, QFont::Normal, false},
            {7.5, QFont::Normal, true},  {7.5, QFont::Bold, false}, {7.5, QFont::Normal, false},
            {16, QFont::Bold, false},    {11, QFont::Bold, false},  {13, QFont::Bold, false},
            {24, QFont::Bold, false},
    };
    for (const Spec &spec : kSpecs) {
        QFont font = reportFont(spec.size, spec.weight);
        font.setItalic(spec.italic);
        m_fonts.append(font);
        m_metrics.append(QFontMetricsF(font, device));
    }
}

QStringList PdfFonts::wrap(Role role, const QString &text, qreal width) const
{
    if (!text.contains(u'\n') && m_metrics[role].horizontalAdvance(text) <= width)
        return {text};
    QStringList lines;
    const QStringList paragraphs = text.split(u'\n');
    for (const QString &paragraph : paragraphs) {
        if (paragraph.isEmpty()) {
            lines.append(QString());
            continue;
        }
        QTextLayout layout(paragraph, m_fonts[role], m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines.append(paragraph.mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
    }
    return lines;
}

qreal PdfFonts::widestWord(Role role, const QString &text) const
{
    qreal widest = 0;
    for (const QStringView word : QStringView(text).split(u' ', Qt::SkipEmptyParts))
        widest = std::max(widest, m_metrics[role].horizontalAdvance(word.toString()));
    return widest;
}

} // namespace snapline
