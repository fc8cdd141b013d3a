#include "cli/progress_line.h"

#include <QTextStream>

#include <cstdio>

#include <sys/ioctl.h>
#include <unistd.h>

namespace snapline {

ProgressLine::ProgressLine(QTextStream &err, bool terminal, Piped piped)
    : m_err(err)
    , m_terminal(terminal)
    , m_piped(piped)
{
    winsize size{};
    if (m_terminal && ioctl(fileno(stderr), TIOCGWINSZ, &size) == 0 && size.ws_col > 20)
        m_width = size.ws_col;
}

ProgressLine::~ProgressLine()
{
    clear();
}

bool ProgressLine::stderrIsTerminal()
{
    return isatty(fileno(stderr));
}

void ProgressLine::show(const QString &stage)
{
    if (stage.isEmpty() || stage == m_last)
        return;
    m_last = stage;
    if (!m_terminal) {
        if (m_piped == Piped::Lines)
            m_err << stage << Qt::endl;
        return;
    }
    // One character short of the width: a full line would wrap and \r would no longer reach its start.
    const int room = m_width - 1;
    const QString line = stage.size() > room ? stage.left(room - 1) + QChar(0x2026) : stage;
    m_err << '\r' << line.leftJustified(room) << Qt::flush;
    m_shown = true;
}

void ProgressLine::clear()
{
    if (!m_shown)
        return;
    m_err << '\r' << QString(m_width - 1, u' ') << '\r' << Qt::flush;
    m_shown = false;
    m_last.clear();
}

} // namespace snapline
