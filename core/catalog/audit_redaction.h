#pragma once

#include "catalog/audit_entry.h"

namespace snapline {

// The audit log's last line of defence against a credential slipping in:
// callers never pass secrets, but a verdict or an API summary built from a
// request could carry one by mistake. JSON members whose names say secret,
// password, token, private key, authorization or credential, and
// "Bearer …"/"secret=…"-like text, are replaced by "[redacted]". Anything
// else is kept byte for byte.
AuditEntry withoutSecrets(AuditEntry entry);

} // namespace snapline
