#pragma once

#include "atlas/atlas_error.h"

namespace snapline {

// Failures that concern one resource (a role missing on one project, an
// endpoint Atlas retired, a cluster gone meanwhile): noted in the report, and
// the sync goes on with the rest. Anything else stops it.
inline bool concernsOneResource(const AtlasError &error)
{
    return error.kind == AtlasError::Kind::Http
            && (error.httpStatus == 400 || error.httpStatus == 403 || error.httpStatus == 404
                || error.httpStatus == 409 || error.httpStatus == 410);
}

} // namespace snapline
