#include "actions/verdict_label.h"

#include "theme/theme.h"

#include <QEvent>

namespace snapline {

VerdictLabel::VerdictLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("verdictLabel"));
    setAccessibleName(tr("What the rules say"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void VerdictLabel::setVerdict(const Verdict &verdict)
{
    m_verdict = verdict;
    render();
    setAccessibleDescription(sentences().join(u'\n'));
    setVisible(!m_html.isEmpty());
}

void VerdictLabel::render()
{
    // Refusals in the palette's red, which stays readable on a dark or high-contrast window.
    const QString red = Theme::negativeText(palette()).name();
    QString html;
    for (const Finding &f : m_verdict.violations) {
        html += QStringLiteral("<p style=\"color:%1\">%2 %3</p>")
                        .arg(red, tr("✗"), f.message.toHtmlEscaped());
    }
    for (const Finding &f : m_verdict.warnings)
        html += QStringLiteral("<p>%1 %2</p>").arg(tr("⚠"), f.message.toHtmlEscaped());
    m_html = html;
    setText(html);
}

void VerdictLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && text() == m_html)
        render();
}

QStringList VerdictLabel::sentences() const
{
    QStringList out;
    for (const Finding &f : m_verdict.violations)
        out << f.message;
    for (const Finding &f : m_verdict.warnings)
        out << f.message;
    return out;
}

} // namespace snapline
