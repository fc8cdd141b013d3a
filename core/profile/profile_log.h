#pragma once

#include <QLoggingCategory>

namespace snapline {

// The profile module's log: snapline.core.profile. Never given a secret.
Q_DECLARE_LOGGING_CATEGORY(lcProfile)

} // namespace snapline
