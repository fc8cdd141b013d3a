#pragma once

#include "catalog/audit_entry.h"

#include <QStringList>

namespace snapline {

// What an audit entry's verdict says, read back from its compact JSON: the
// report builders need whether the rules refused the action, and why.
struct AuditVerdict
{
    bool known = false; // the entry carries a verdict that could be read
    bool allowed = true;
    QStringList codes;    // the violations' codes
    QStringList messages; // the violations' sentences

    static AuditVerdict of(const AuditEntry &entry);
};

} // namespace snapline
