#pragma once

#include "rules/verdict.h"

#include <QLabel>

namespace snapline {

// Shows the planner's verdict in words: each reason it refuses, then each
// warning. The text is the verdict's own sentences; nothing is re-judged here.
class VerdictLabel : public QLabel
{
    Q_OBJECT

public:
    explicit VerdictLabel(QWidget *parent = nullptr);

    void setVerdict(const Verdict &verdict);
    const Verdict &verdict() const { return m_verdict; }
    // The sentences shown, refusals first (for tests and screen readers).
    QStringList sentences() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    Verdict m_verdict;
    QString m_html; // what render() wrote, so a palette change redraws only that
};

} // namespace snapline
