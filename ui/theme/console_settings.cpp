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

const SettingValue<QByteArray> &windowGeometry()
{
    static const SettingValue<QByteArray> setting(QStringLiteral("window/geometry"), QByteArray());
    return setting;
}

const SettingValue<QByteArray> &windowState()
{
    static const SettingValue<QByteArray> setting(QStringLiteral("window/state"), QByteArray());
    return setting;
}

const SettingValue<QStringList> &lastSelection()
{
    static const SettingValue<QStringList> setting(QStringLiteral("window/lastSelection"), QStringList());
    return setting;
}

} // namespace snapline::ConsoleSettings
