#include "api/api_error.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <utility>

// Provenance of the codes. The contract (atlas-api.yaml) shows only the
// components.responses examples: VALIDATION_ERROR, NOT_ORG_GROUP_CREATOR,
// NO_PAYMENT_INFORMATION_FOUND, CANNOT_CHANGE_GROUP_NAME, RESOURCE_NOT_FOUND,
// ATLAS_BACKUP_CANCEL_SHARD_RESTORE_JOB_NOT_ALLOWED, CANNOT_DELETE_ORG_ACTIVE_LIVE_MIGRATION_ATLAS_ORG_LINK,
// VERSION_GONE, RATE_LIMITED, UNEXPECTED_ERROR, SERVICE_UNAVAILABLE, plus
// CLUSTER_NOT_FOUND as a schema example. Every other code here is the
// sandbox's choice (marked "sandbox's choice"); clients must branch on the
// HTTP status and the contract's codes only.

namespace snapline::sandbox {

using namespace Qt::StringLiterals;

ApiError::ApiError(int status, QString errorCode, QString detail)
    : m_status(status)
    , m_errorCode(std::move(errorCode))
    , m_detail(std::move(detail))
{}

ApiError &ApiError::addParameter(const QJsonObject &parameter)
{
    m_parameters.append(parameter);
    return *this;
}

ApiError &ApiError::addFieldViolation(const QString &field, const QString &description)
{
    m_fieldViolations.append(FieldViolation{field, description});
    return *this;
}

QJsonObject ApiError::toJson() const
{
    QJsonArray parameters;
    for (const QJsonObject &parameter : m_parameters) {
        parameters.append(parameter);
    }
    QJsonObject body{
            {u"detail"_s, m_detail},       {u"error"_s, m_status},  {u"errorCode"_s, m_errorCode},
            {u"parameters"_s, parameters}, {u"reason"_s, reason()},
    };
    // badRequestDetail is optional and nullable; Atlas leaves it out when no field is at fault.
    if (!m_fieldViolations.isEmpty()) {
        QJsonArray fields;
        for (const FieldViolation &violation : m_fieldViolations) {
            fields.append(
                    QJsonObject{{u"field"_s, violation.field}, {u"description"_s, violation.description}});
        }
        body.insert(u"badRequestDetail"_s, QJsonObject{{u"fields"_s, fields}});
    }
    return body;
}

QByteArray ApiError::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

QString ApiError::reasonPhrase(int status)
{
    // The contract's examples use the Java (JAX-RS) phrases, e.g. 413 is not RFC 9110's "Content Too Large".
    switch (status) {
    case 400:
        return u"Bad Request"_s;
    case 401:
        return u"Unauthorized"_s;
    case 402:
        return u"Payment Required"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not Found"_s;
    case 405:
        return u"Method Not Allowed"_s;
    case 406:
        return u"Not Acceptable"_s;
    case 409:
        return u"Conflict"_s;
    case 410:
        return u"Gone"_s;
    case 413:
        return u"Request Entity Too Large"_s;
    case 415:
        return u"Unsupported Media Type"_s;
    case 429:
        return u"Too Many Requests"_s;
    case 500:
        return u"Internal Server Error"_s;
    case 503:
        return u"Service Unavailable"_s;
    default:
        return QString();
    }
}

// --- codes the contract shows ---

ApiError ApiError::validationError(const QString &detail)
{
    return ApiError(400, u"VALIDATION_ERROR"_s, detail);
}

ApiError ApiError::resourceNotFound(const QString &resource)
{
    // Worded like the contract's example ("Cannot find resource AWS").
    return ApiError(404, u"RESOURCE_NOT_FOUND"_s, u"Cannot find resource %1."_s.arg(resource));
}

ApiError ApiError::versionGone(const QString &mediaType, const QString &sunset)
{
    return ApiError(410, u"VERSION_GONE"_s,
                    u"The resource version %1 was removed on its sunset date %2."_s.arg(mediaType, sunset));
}

ApiError ApiError::rateLimited()
{
    return ApiError(429, u"RATE_LIMITED"_s, u"Too many requests. Retry after the delay in Retry-After."_s);
}

ApiError ApiError::unexpectedError(const QString &detail)
{
    return ApiError(500, u"UNEXPECTED_ERROR"_s, detail);
}

ApiError ApiError::serviceUnavailable()
{
    return ApiError(503, u"SERVICE_UNAVAILABLE"_s, u"The service is temporarily unavailable."_s);
}

ApiError ApiError::cancelShardRestoreJobNotAllowed(const QString &restoreJobId)
{
    return ApiError(
            405, u"ATLAS_BACKUP_CANCEL_SHARD_RESTORE_JOB_NOT_ALLOWED"_s,
            u"Restore job %1 restores one shard of a sharded cluster and cannot be cancelled on its own."_s
                    .arg(restoreJobId));
}

ApiError ApiError::clusterNotFound(const QString &clusterName, const QString &groupId)
{
    return ApiError(404, u"CLUSTER_NOT_FOUND"_s,
                    u"No cluster named %1 exists in group %2."_s.arg(clusterName, groupId));
}

// --- observed in the field ---

ApiError ApiError::invalidVersionDate()
{
    // Not in the contract (it documents no 406). Two independent client projects
    // record real Atlas answering a missing or unversioned Accept header with
    // `406 INVALID_VERSION_DATE: Invalid accept header or version date.`
    return ApiError(406, u"INVALID_VERSION_DATE"_s, u"Invalid accept header or version date."_s);
}

// --- the sandbox's choices (not in the contract) ---

ApiError ApiError::groupNotFound(const QString &groupId)
{
    return ApiError(404, u"GROUP_NOT_FOUND"_s, u"No group with ID %1 exists."_s.arg(groupId));
}

ApiError ApiError::orgNotFound(const QString &orgId)
{
    return ApiError(404, u"ORG_NOT_FOUND"_s, u"No organization with ID %1 exists."_s.arg(orgId));
}

ApiError ApiError::snapshotNotFound(const QString &snapshotId, const QString &clusterName)
{
    return ApiError(404, u"SNAPSHOT_NOT_FOUND"_s,
                    u"No snapshot with ID %1 exists for cluster %2."_s.arg(snapshotId, clusterName));
}

ApiError ApiError::invalidJson()
{
    return ApiError(400, u"INVALID_JSON"_s, u"Received JSON is malformed."_s);
}

ApiError ApiError::invalidAttribute(const QString &attribute)
{
    return ApiError(400, u"INVALID_ATTRIBUTE"_s, u"Invalid attribute %1 specified."_s.arg(attribute));
}

ApiError ApiError::attributeNegativeOrZero(const QString &attribute)
{
    // Code and wording from the MongoDB Cloud Manager error-code list (same platform family).
    return ApiError(400, u"ATTRIBUTE_NEGATIVE_OR_ZERO"_s,
                    u"The attribute %1 cannot be negative or zero."_s.arg(attribute));
}

ApiError ApiError::unauthorized()
{
    // The contract's 401 example (NOT_ORG_GROUP_CREATOR) is about creating orgs, so it does not fit.
    return ApiError(401, u"UNAUTHORIZED"_s, u"You are not authorized for this resource."_s);
}

ApiError ApiError::userCannotAccessGroup(const QString &groupOrOrgId)
{
    return ApiError(403, u"USER_CANNOT_ACCESS_ORGANIZATION_OR_GROUP"_s,
                    u"The current user cannot access the organization or group %1."_s.arg(groupOrOrgId));
}

ApiError ApiError::insufficientRole(const QStringList &anyOfRoles)
{
    return ApiError(403, u"USER_UNAUTHORIZED"_s,
                    u"Current user is not authorized to perform this action. It needs one of: %1."_s.arg(
                            anyOfRoles.join(u", ")));
}

ApiError ApiError::methodNotAllowed(const QByteArray &method, const QString &path)
{
    // The contract's 405 code is specific to cancelling a shard's restore job, so a generic one is needed.
    return ApiError(405, u"METHOD_NOT_ALLOWED"_s,
                    u"%1 is not supported on %2."_s.arg(QString::fromLatin1(method), path));
}

ApiError ApiError::compliancePolicyViolation(const QString &detail)
{
    // The contract defines no compliance codes; 400 follows the digest's suggestion (§2.11).
    return ApiError(400, u"BACKUP_POLICIES_NOT_MEETING_BACKUP_COMPLIANCE_POLICY_REQUIREMENTS"_s, detail);
}

ApiError ApiError::requestTooLarge(qint64 limitBytes)
{
    return ApiError(413, u"REQUEST_ENTITY_TOO_LARGE"_s,
                    u"The request body is larger than the %1 bytes the sandbox accepts."_s.arg(limitBytes));
}

} // namespace snapline::sandbox
