#include "report/report_files.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace snapline {

namespace {

// A folder earlier exports made: safe to replace with a new one.
bool isReplaceableFolder(const QString &path)
{
    const QDir dir(path);
    const QStringList entries = dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    if (entries.isEmpty() || entries.contains(QStringLiteral("manifest.json")))
        return true;
    for (const QString &name : entries) {
        if (!name.endsWith(QStringLiteral(".csv")) || QFileInfo(dir.filePath(name)).isDir())
            return false;
    }
    return true;
}

Status renameOver(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return Done{};
    return ReportFiles::writeError(to, QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace

Error ReportFiles::writeError(const QString &path, const QString &reason)
{
    return Error{QStringLiteral("report.write"),
                 tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason)};
}

Error ReportFiles::cancelled()
{
    return Error{QStringLiteral("report.cancelled"), tr("The report was cancelled; nothing was written.")};
}

Result<QString> ReportFiles::makeStaging(const QString &destination)
{
    const QFileInfo target(destination);
    const QString parent = target.absolutePath();
    if (!QFileInfo(parent).isDir())
        return writeError(destination,
                          tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(parent)));
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString name = QStringLiteral(".snapline-report-%1")
                                     .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        const QString path = QDir(parent).filePath(name);
        if (QFileInfo::exists(path))
            continue;
        if (QDir(parent).mkdir(name))
            return path;
        return writeError(destination,
                          tr("the folder %1 cannot be written (permission denied or read-only)")
                                  .arg(QDir::toNativeSeparators(parent)));
    }
    return writeError(destination, tr("no staging folder could be made"));
}

Status ReportFiles::moveIntoPlace(const QString &staged, const QString &destination)
{
    const QFileInfo existing(destination);
    if (!existing.exists() && !existing.isSymLink())
        return renameOver(staged, destination);
    if (!existing.isDir())
        return renameOver(staged, destination); // rename() replaces a file in one step
    if (!isReplaceableFolder(destination))
        return writeError(destination,
                          tr("the folder exists and holds files that are not from a report; choose "
                             "another destination"));
    // rename() does not replace a folder that holds files: move the old one
    // aside first, and back if the new one cannot take its place.
    const QString aside = staged + QStringLiteral(".previous");
    if (auto moved = renameOver(destination, aside); !moved)
        return moved;
    if (auto placed = renameOver(staged, destination); !placed) {
        (void)renameOver(aside, destination);
        return placed;
    }
    remove(aside);
    return Done{};
}

void ReportFiles::remove(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir() && !info.isSymLink())
        QDir(path).removeRecursively();
    else
        QFile::remove(path);
}

} // namespace snapline
