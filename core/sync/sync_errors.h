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

// The console's own side failed (the catalog could not store what was read).
inline AtlasError localError(const Error &error)
{
    AtlasError out;
    out.kind = AtlasError::Kind::Local;
    out.errorCode = error.code;
    out.message = error.message;
    return out;
}

} // namespace snapline
