#pragma once

#include <QString>

class QTextStream;

namespace snapline {

// A command's progress on stderr: one line rewritten in place (\r) on a
// terminal; otherwise (logs, pipes) a plain line for each new stage, or
// nothing for commands whose output is their result alone.
class ProgressLine
{
public:
    enum class Piped { Lines, Quiet };

    ProgressLine(QTextStream &err, bool terminal, Piped piped = Piped::Lines);
    ~ProgressLine(); // leaves no half-written line behind

    // Whether standard error is a terminal.
    static bool stderrIsTerminal();

    void show(const QString &stage);
    // Erases the line on a terminal, so what follows starts clean.
    void clear();

private:
    QTextStream &m_err;
    bool m_terminal;
    Piped m_piped;
    int m_width = 80;
    QString m_last;
    bool m_shown = false;
};

} // namespace snapline
