#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <utility>

namespace snapline {

// One setting of the console: its key, type and default declared once, read
// and written through the application's QSettings (the organization and
// application names the app sets). Not for secrets: those go to a SecretStore.
template<typename T>
class SettingValue
{
public:
    SettingValue(QString key, T fallback)
        : m_key(std::move(key))
        , m_fallback(std::move(fallback))
    {}

    QString key() const { return m_key; }
    T value() const
    {
        const QVariant stored = QSettings().value(m_key);
        return stored.isValid() && stored.canConvert<T>() ? stored.value<T>() : m_fallback;
    }
    void setValue(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(m_key); }

private:
    QString m_key;
    T m_fallback;
};

// Every setting the console's window keeps between runs, in one place.
namespace ConsoleSettings {
// The id of the profile the console showed last, opened again on start.
const SettingValue<QString> &lastProfileId();
// The chosen palette, as themeChoiceName() spells it.
const SettingValue<QString> &theme();
// The main window's geometry and dock layout (QMainWindow::saveGeometry/saveState).
const SettingValue<QByteArray> &windowGeometry();
const SettingValue<QByteArray> &windowState();
// The navigator's selection when the window closed: organization, project, cluster.
const SettingValue<QStringList> &lastSelection();
} // namespace ConsoleSettings

} // namespace snapline
