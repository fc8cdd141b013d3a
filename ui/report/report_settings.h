#pragma once

#include "theme/console_settings.h"

namespace snapline {

// What the Export report dialog keeps between runs, declared in one place.
namespace ReportSettings {
// The folder the last report went to: the next one is proposed there.
const SettingValue<QString> &lastFolder();
// "a4" or "letter", as toString(PageSize) spells it.
const SettingValue<QString> &pageSize();
// Whether the last export was signed.
const SettingValue<bool> &sign();
} // namespace ReportSettings

} // namespace snapline
