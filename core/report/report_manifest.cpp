#include "report/report_manifest.h"

#include "report/report_value_format.h"
#include "report/sha256.h"
#include "report/zip_reader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace snapline {

namespace {

Error manifestError(const QString &message)
{
    return Error{QStringLiteral("report.manifest"), message};
}

QJsonObject fileToJson(const ManifestFile &file)
{
    QJsonObject out{{QStringLiteral("path"), file.path},
                    {QStringLiteral("sha256"), file.sha256},
                    {QStringLiteral("size"), file.size}};
    if (!file.entries.isEmpty()) {
        QJsonArray entries;
        for (const ManifestFile &e : file.entries)
            entries.append(fileToJson(e));
        out.insert(QStringLiteral("entries"), entries);
    }
    return out;
}

std::optional<ManifestFile> fileFromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    ManifestFile file;
    file.path = o.value(QStringLiteral("path")).toString();
    file.sha256 = o.value(QStringLiteral("sha256")).toString();
    file.size = qint64(o.value(QStringLiteral("size")).toDouble(-1));
    if (file.path.isEmpty() || file.sha256.size() != 64 || file.size < 0)
        return std::nullopt;
    for (const QJsonValue &e : o.value(QStringLiteral("entries")).toArray()) {
        const auto entry = fileFromJson(e);
        if (!entry)
            return std::nullopt;
        file.entries << *entry;
    }
    return file;
}

QString timeText(const QDateTime &t)
{
    return QString::fromLatin1(ReportValueFormat::isoTime(t));
}

} // namespace

QByteArray ReportManifest::toJson() const
{
    QJsonArray fileList;
    for (const ManifestFile &f : files)
        fileList.append(fileToJson(f));
    const QJsonObject report{
            {QStringLiteral("kind"), toString(spec.kind)},
            {QStringLiteral("format"), toString(format)},
            {QStringLiteral("scope"), spec.scope.toString()},
            {QStringLiteral("scopeLabel"), scopeLabel},
            {QStringLiteral("title"), title},
            {QStringLiteral("from"), spec.from.isValid() ? QJsonValue(timeText(spec.from)) : QJsonValue()},
            {QStringLiteral("to"), spec.to.isValid() ? QJsonValue(timeText(spec.to)) : QJsonValue()},
            {QStringLiteral("profile"),
             spec.profileName.isEmpty() ? QJsonValue() : QJsonValue(spec.profileName)},
            {QStringLiteral("pageSize"), toString(spec.pageSize)},
    };
    const QJsonObject root{
            {QStringLiteral("format"), QStringLiteral("snapline-report-manifest")},
            {QStringLiteral("version"), kVersion},
            {QStringLiteral("layout"),
             layout == Layout::Folder ? QStringLiteral("folder") : QStringLiteral("file")},
            {QStringLiteral("generator"), generator},
            {QStringLiteral("generatedAt"), timeText(generatedAt)},
            {QStringLiteral("report"), report},
            {QStringLiteral("files"), fileList},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ReportManifest> ReportManifest::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return manifestError(tr("The manifest is not JSON: %1.").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != u"snapline-report-manifest")
        return manifestError(tr("The file is not a Snapline report manifest."));
    if (root.value(QStringLiteral("version")).toInt() != kVersion)
        return manifestError(tr("The manifest is version %1; this Snapline reads version %2.")
                                     .arg(root.value(QStringLiteral("version")).toInt())
                                     .arg(kVersion));
    ReportManifest m;
    m.layout = root.value(QStringLiteral("layout")).toString() == u"folder" ? Layout::Folder : Layout::File;
    m.generator = root.value(QStringLiteral("generator")).toString();
    m.generatedAt
            = QDateTime::fromString(root.value(QStringLiteral("generatedAt")).toString(), Qt::ISODateWithMs);
    const QJsonObject report = root.value(QStringLiteral("report")).toObject();
    m.spec.kind
            = parseReportKind(report.value(QStringLiteral("kind")).toString()).value_or(ReportKind::Coverage);
    m.format = parseReportFormat(report.value(QStringLiteral("format")).toString())
                       .value_or(ReportFormat::Pdf);
    if (auto scope = ReportScope::parse(report.value(QStringLiteral("scope")).toString()))
        m.spec.scope = *scope;
    m.scopeLabel = report.value(QStringLiteral("scopeLabel")).toString();
    m.title = report.value(QStringLiteral("title")).toString();
    m.spec.from = QDateTime::fromString(report.value(QStringLiteral("from")).toString(), Qt::ISODateWithMs);
    m.spec.to = QDateTime::fromString(report.value(QStringLiteral("to")).toString(), Qt::ISODateWithMs);
    m.spec.generatedAt = m.generatedAt;
    m.spec.profileName = report.value(QStringLiteral("profile")).toString();
    m.spec.pageSize
            = parsePageSize(report.value(QStringLiteral("pageSize")).toString()).value_or(PageSize::A4);
    for (const QJsonValue &f : root.value(QStringLiteral("files")).toArray()) {
        const auto file = fileFromJson(f);
        if (!file)
            return manifestError(tr("The manifest lists a file without a path, a SHA-256 or a size."));
        m.files << *file;
    }
    return m;
}

Result<std::pair<QString, qint64>> ReportManifest::hashFile(const QString &path)
{
    return Sha256::ofFile(path);
}

Result<QList<ManifestFile>> ReportManifest::describe(const QString &root, const QStringList &files,
                                                     const std::atomic_bool *cancel)
{
    const QDir base(root);
    QList<ManifestFile> out;
    for (const QString &path : files) {
        if (cancel && cancel->load())
            return Error{QStringLiteral("report.cancelled"), tr("The report was cancelled.")};
        auto hashed = hashFile(path);
        if (!hashed)
            return hashed.error();
        ManifestFile file{base.relativeFilePath(path), hashed->first, hashed->second, {}};
        if (path.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive)) {
            const auto zip = ZipReader::open(path);
            if (!zip)
                return zip.error();
            for (const ZipReader::Entry &e : zip->entries()) {
                const auto entry = zip->sha256(e);
                if (!entry)
                    return entry.error();
                file.entries << ManifestFile{e.name, QString::fromLatin1(entry->first), entry->second, {}};
            }
        }
        out << file;
    }
    std::sort(out.begin(), out.end(),
              [](const ManifestFile &a, const ManifestFile &b) { return a.path < b.path; });
    return out;
}

QString ReportManifest::manifestName(Layout layout, const QString &outputName)
{
    return layout == Layout::Folder ? QStringLiteral("manifest.json")
                                    : outputName + QStringLiteral(".manifest.json");
}

QString ReportManifest::signaturePathFor(const QString &manifestPath)
{
    QString out = manifestPath;
    if (out.endsWith(QStringLiteral(".json")))
        out.chop(5);
    return out + QStringLiteral(".sig");
}

} // namespace snapline
