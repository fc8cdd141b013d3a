#pragma once

#include <QLoggingCategory>

namespace snapline {
Q_DECLARE_LOGGING_CATEGORY(lcCatalog) // snapline.core.catalog
} // namespace snapline
