#include "actions/verdict_label.h"

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
    QString html;
    for (const Finding &f : verdict.violations) {
        html += QStringLiteral("<p style=\"color:#c0392b\">%1 %2</p>")
                        .arg(tr("✗"), f.message.toHtmlEscaped());
    }
    for (const Finding &f : verdict.warnings)
        html += QStringLiteral("<p>%1 %2</p>").arg(tr("⚠"), f.message.toHtmlEscaped());
    setText(html);
    setAccessibleDescription(sentences().join(u'\n'));
    setVisible(!html.isEmpty());
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
