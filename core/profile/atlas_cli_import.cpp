#include "profile/atlas_cli_import.h"

#include "profile/profile_log.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <algorithm>
#include <string_view>

#include <toml++/toml.h>

namespace snapline {

using namespace Qt::StringLiterals;

namespace {

QString text(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

// One key of a profile table: text, or a warning when it is something else.
QString stringField(const toml::table &table, std::string_view key, QStringList &warnings)
{
    const toml::node *node = table.get(key);
    if (!node)
        return {};
    if (const auto value = node->value<std::string>())
        return QString::fromStdString(*value).trimmed();
    warnings.append(AtlasCliImport::tr("The key %1 (line %2) should be text; it was ignored.")
                            .arg(text(key))
                            .arg(node->source().begin.line));
    return {};
}

AtlasCliFields fieldsOf(const QString &name, const toml::table &table)
{
    AtlasCliFields fields;
    fields.name = name;
    QStringList &w = fields.warnings;
    fields.publicApiKey = stringField(table, "public_api_key", w);
    fields.privateApiKey = stringField(table, "private_api_key", w);
    fields.clientId = stringField(table, "client_id", w);
    fields.clientSecret = stringField(table, "client_secret", w);
    fields.orgId = stringField(table, "org_id", w);
    fields.projectId = stringField(table, "project_id", w);
    fields.opsManagerUrl = stringField(table, "ops_manager_url", w);
    fields.service = stringField(table, "service", w);
    fields.authType = stringField(table, "auth_type", w);
    return fields;
}

} // namespace

QString AtlasCliImport::defaultConfigPath()
{
    // The CLI uses Go's os.UserConfigDir().
#if defined(Q_OS_MACOS)
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
#elif defined(Q_OS_WIN)
    const QString base = qEnvironmentVariable("APPDATA");
#else
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
#endif
    return QDir(base).filePath(u"atlascli/config.toml"_s);
}

Result<QList<ImportedProfile>> AtlasCliImport::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Result<QList<ImportedProfile>>::failure(
                ImportCode::FileMissing, tr("There is no Atlas CLI configuration at %1.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Result<QList<ImportedProfile>>::failure(
                ImportCode::FileUnreadable,
                tr("The Atlas CLI configuration %1 cannot be read: %2.").arg(path, file.errorString()));
    return fromText(file.readAll(), path);
}

Result<QList<ImportedProfile>> AtlasCliImport::fromText(const QByteArray &toml, const QString &sourceName)
{
    toml::table document;
    try {
        document = toml::parse(std::string_view(toml.constData(), size_t(toml.size())),
                               sourceName.toStdString());
    } catch (const toml::parse_error &error) {
        const toml::source_position where = error.source().begin;
        QString reason = text(error.description());
        if (reason.endsWith(u'.'))
            reason.chop(1);
        qCWarning(lcProfile) << "not TOML:" << sourceName << "line" << where.line;
        return Result<QList<ImportedProfile>>::failure(
                ImportCode::Malformed,
                tr("The Atlas CLI configuration %1 is not valid TOML (line %2, column %3): %4.")
                        .arg(sourceName)
                        .arg(where.line)
                        .arg(where.column)
                        .arg(reason));
    }

    // The table keeps its keys sorted; the user expects the file's order.
    QList<std::pair<toml::source_index, ImportedProfile>> found;
    for (const auto &[key, node] : document) {
        const toml::table *table = node.as_table();
        if (!table)
            continue; // top-level settings such as telemetry_enabled
        found.append({node.source().begin.line, fieldsOf(text(key.str()), *table).toImportedProfile()});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<ImportedProfile> profiles;
    for (auto &entry : found)
        profiles.append(std::move(entry.second));
    qCInfo(lcProfile) << "read" << profiles.size() << "Atlas CLI profiles from" << sourceName;
    return profiles;
}

} // namespace snapline
