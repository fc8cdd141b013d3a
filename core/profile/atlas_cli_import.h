#pragma once

#include "profile/imported_profile.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace snapline {

// Stable codes of the errors AtlasCliImport returns.
namespace ImportCode {
inline const QString FileMissing = QStringLiteral("IMPORT_FILE_MISSING");
inline const QString FileUnreadable = QStringLiteral("IMPORT_FILE_UNREADABLE");
inline const QString Malformed = QStringLiteral("IMPORT_MALFORMED");
} // namespace ImportCode

// Reads the Atlas CLI's profiles (config.toml: one top-level table per
// profile) so a user who already set up the CLI gets the same profiles here.
// The secrets come back beside the profiles for the caller to put into a
// SecretStore; nothing is saved here.
class AtlasCliImport
{
    Q_DECLARE_TR_FUNCTIONS(AtlasCliImport)

public:
    // Where the CLI keeps its config: <user config dir>/atlascli/config.toml
    // ($XDG_CONFIG_HOME or ~/.config on Linux).
    static QString defaultConfigPath();

    // The profiles in file order. A file that is not TOML is an error naming
    // the line and column; an incomplete profile comes back with warnings.
    static Result<QList<ImportedProfile>> fromFile(const QString &path);
    static Result<QList<ImportedProfile>> fromText(const QByteArray &toml, const QString &sourceName);
};

} // namespace snapline
