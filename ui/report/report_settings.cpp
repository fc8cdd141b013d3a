#include "report/report_settings.h"

namespace snapline::ReportSettings {

const SettingValue<QString> &lastFolder()
{
    static const SettingValue<QString> setting(QStringLiteral("reports/lastFolder"), QString());
    return setting;
}

const SettingValue<QString> &pageSize()
{
    static const SettingValue<QString> setting(QStringLiteral("reports/pageSize"), QStringLiteral("a4"));
    return setting;
}

const SettingValue<bool> &sign()
{
    static const SettingValue<bool> setting(QStringLiteral("reports/sign"), false);
    return setting;
}

} // namespace snapline::ReportSettings
