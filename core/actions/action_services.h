#pragma once

#include "atlas/atlas_api.h"
#include "catalog/catalog_writer.h"
#include "domain/role_book.h"
#include "profile/profile.h"
#include "util/clock.h"

#include <memory>

namespace snapline {

class ProfileConnection;

// What a backup action works with: one profile's Atlas client, its
// catalog's single writer, its clock, the profile itself (for the audit
// log's principal) and the roles its credentials hold.
struct ActionServices
{
    std::shared_ptr<AtlasApi> api;
    std::shared_ptr<CatalogWriter> writer;
    std::shared_ptr<const Clock> clock;
    Profile profile;
    RoleBook roles;

    // What a ProfileConnection gives, plus the roles it learned.
    static ActionServices from(const ProfileConnection &connection, const RoleBook &roles);

    QString catalogPath() const { return writer ? writer->path() : QString(); }
    // Who acts, for the audit log (kept as written, not translated): "prod (key abcdefgh)"
    // or "ci (service account mdb_sa_id_…)".
    QString principal() const;
};

} // namespace snapline
