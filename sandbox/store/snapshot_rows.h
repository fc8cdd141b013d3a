#pragma once

#include "store/records.h"

#include <QSqlQuery>

// How a snapshot row is read, shared by the store's snapshot queries.
namespace snapline::sandbox {

QString snapshotColumns();                       // the SELECT list, in decoding order
SnapshotRow snapshotFromRow(const QSqlQuery &q); // decodes one row of that list

} // namespace snapline::sandbox
