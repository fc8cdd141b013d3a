#pragma once

#include "console/cluster_posture.h"
#include "domain/cluster_traits.h"
#include "domain/tier.h"

#include <QIcon>

namespace snapline {

// The console's icons, from the SVGs in resources/icons, composed once and
// shared: tier families, providers, backup states, and badged variants.
class ConsoleIcons
{
public:
    static QIcon organization();
    static QIcon project(bool underCompliance); // a lock badge when under a compliance policy
    static QIcon tierFamily(Tier::Family family);
    static QIcon provider(CloudProvider provider);
    static QIcon backupHealth(BackupHealth health);
    static QIcon warning();
    // The tier family's glyph with the provider (top right) and the backup
    // state (bottom right) as badges.
    static QIcon cluster(Tier::Family family, CloudProvider provider, BackupHealth health);

private:
    static QIcon fromResource(const QString &name);
};

} // namespace snapline
