#pragma once

#include <QString>

struct sqlite3;

namespace snapline {

// The catalog's schema as migration steps: step N takes a file from
// PRAGMA user_version N-1 to N. A new release appends a step and never edits
// an old one, so every older catalog can be brought forward.
namespace CatalogSchema {

int currentVersion();
// Runs the steps above `fromVersion`, each in its own transaction. Answers
// SQLITE_OK or the failing step's error code, with SQLite's text in `error`.
int migrate(sqlite3 *db, int fromVersion, QString *error);

} // namespace CatalogSchema

} // namespace snapline
