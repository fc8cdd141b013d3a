#include "models/console_icons.h"

#include "models/badged_icon_engine.h"

#include <QHash>

// The icons live in the static ui library's resources, which must be
// registered by hand (outside any namespace) before the first is loaded.
static void initConsoleIconResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace snapline {

QIcon ConsoleIcons::fromResource(const QString &name)
{
    static QHash<QString, QIcon> cache;
    if (cache.isEmpty())
        initConsoleIconResources();
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
    return *it;
}

QIcon ConsoleIcons::organization()
{
    return fromResource(QStringLiteral("organization"));
}

QIcon ConsoleIcons::project(bool underCompliance)
{
    if (!underCompliance)
        return fromResource(QStringLiteral("project"));
    static const QIcon locked = BadgedIconEngine::compose(
            fromResource(QStringLiteral("project")),
            {{fromResource(QStringLiteral("compliance-lock")), Qt::BottomRightCorner}});
    return locked;
}

QIcon ConsoleIcons::tierFamily(Tier::Family family)
{
    switch (family) {
    case Tier::Family::Free:
        return fromResource(QStringLiteral("tier-free"));
    case Tier::Family::Shared:
        return fromResource(QStringLiteral("tier-shared"));
    case Tier::Family::Flex:
        return fromResource(QStringLiteral("tier-flex"));
    case Tier::Family::Serverless:
        return fromResource(QStringLiteral("tier-serverless"));
    case Tier::Family::Dedicated:
        break;
    }
    return fromResource(QStringLiteral("tier-dedicated"));
}

QIcon ConsoleIcons::provider(CloudProvider provider)
{
    switch (provider) {
    case CloudProvider::Aws:
        break;
    case CloudProvider::Azure:
        return fromResource(QStringLiteral("provider-azure"));
    case CloudProvider::Gcp:
        return fromResource(QStringLiteral("provider-gcp"));
    }
    return fromResource(QStringLiteral("provider-aws"));
}

QIcon ConsoleIcons::backupHealth(BackupHealth health)
{
    switch (health) {
    case BackupHealth::Protected:
        break;
    case BackupHealth::Warning:
        return fromResource(QStringLiteral("backup-warning"));
    case BackupHealth::Unprotected:
        return fromResource(QStringLiteral("backup-none"));
    }
    return fromResource(QStringLiteral("backup-ok"));
}

QIcon ConsoleIcons::warning()
{
    return fromResource(QStringLiteral("backup-warning"));
}

QIcon ConsoleIcons::cluster(Tier::Family family, CloudProvider provider, BackupHealth health)
{
    static QHash<int, QIcon> cache;
    const int key = int(family) * 100 + int(provider) * 10 + int(health);
    auto it = cache.find(key);
    if (it == cache.end()) {
        const QIcon icon = BadgedIconEngine::compose(tierFamily(family),
                                                     {{ConsoleIcons::provider(provider), Qt::TopRightCorner},
                                                      {backupHealth(health), Qt::BottomRightCorner}});
        it = cache.insert(key, icon);
    }
    return *it;
}

} // namespace snapline
