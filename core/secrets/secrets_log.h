#pragma once

#include <QLoggingCategory>

namespace snapline {

// The secrets module's log: snapline.core.secrets. Never given a secret.
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

} // namespace snapline
