#pragma once

#include "agreement_case.h"
#include "atlas/atlas_api.h"

namespace snapline::test {

// What Atlas (the sandbox) answered to a case's request.
struct SendOutcome
{
    enum class Kind {
        NoCall,   // the console has no call for this source (legacy, M2/M5, M0)
        Accepted, // a restore job was created
        Refused,  // an error came back
    };
    Kind kind = Kind::NoCall;
    QString call; // the operation used
    RestoreJob job;
    AtlasError error;
};

// Sends a case's request with the call Atlas has for the source's kind, as
// the console builds it: Cloud Backup → createRestoreJob, Flex → its restore
// or download call, serverless → its restore call.
SendOutcome sendRestore(AtlasApi &api, const AgreementCase &c);

// The restore request body fields for a case (for Cloud Backup and serverless).
RestoreRequest restoreRequestOf(const AgreementCase &c);

} // namespace snapline::test
