#include "report/report_output_file.h"

#include "report/report_files.h"
#include "report/report_render_text.h"

#include <QDir>
#include <QFileInfo>

namespace snapline {

ReportOutputFile::ReportOutputFile(const QString &path)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_file(m_path)
{
    // A rename into place or nothing: never fall back to writing the target itself.
    m_file.setDirectWriteFallback(false);
}

ReportOutputFile::~ReportOutputFile()
{
    discard();
}

Status ReportOutputFile::open()
{
    const QFileInfo target(m_path);
    if (target.isDir())
        return Error{QStringLiteral("report.write"),
                     ReportRenderText::tr("Cannot write the report to %1: it is a folder.")
                             .arg(QDir::toNativeSeparators(m_path))};
    if (!target.dir().exists())
        return Error{QStringLiteral("report.write"),
                     ReportRenderText::tr("Cannot write the report to %1: the folder %2 does not exist.")
                             .arg(QDir::toNativeSeparators(m_path),
                                  QDir::toNativeSeparators(target.absolutePath()))};
    if (!m_file.open(QIODevice::WriteOnly))
        return failure(m_file.errorString());
    return Done{};
}

Result<QString> ReportOutputFile::commit()
{
    if (m_done)
        return failure(ReportRenderText::tr("the file was already closed"));
    // QSaveFile remembers a failed write (a full disk) and then refuses to commit.
    const bool written = m_file.commit();
    m_done = true;
    if (!written)
        return failure(m_file.errorString());
    return m_path;
}

void ReportOutputFile::discard()
{
    if (m_done)
        return;
    m_done = true;
    if (!m_file.isOpen())
        return;
    m_file.cancelWriting();
    (void)m_file.commit(); // after cancelWriting: removes the temporary, never touches the target
}

Error ReportOutputFile::cancelledError()
{
    return ReportFiles::cancelled();
}

Error ReportOutputFile::failure(const QString &what) const
{
    return {QStringLiteral("report.write"),
            ReportRenderText::tr("Cannot write the report to %1: %2")
                    .arg(QDir::toNativeSeparators(m_path), what)};
}

} // namespace snapline
