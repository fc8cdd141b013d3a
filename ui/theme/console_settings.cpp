#include "theme/console_settings.h"

namespace snapline::ConsoleSettings {

const SettingValue<QString> &lastProfileId()
{
    static const SettingValue<QString> setting(QStringLiteral("console/lastProfileId"), QString());
    return setting;
}

const SettingValue<QString> &theme()
{
    static const SettingValue<QString> setting(QStringLiteral("console/theme"), QStringLiteral("system"));
    return setting;
}

} // namespace snapline::ConsoleSettings
