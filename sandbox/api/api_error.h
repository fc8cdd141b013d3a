#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace snapline::sandbox {

// One rejected request-body field: the contract's FieldViolation {field*, description*}.
struct FieldViolation
{
    QString field; // a path into the request body, e.g. "policies[0].policyItems[1].retentionValue"
    QString description;

    bool operator==(const FieldViolation &) const = default;
};

// The body of every Atlas error response: the contract's ApiError schema, sent as application/json.
class ApiError
{
public:
    ApiError(int status, QString errorCode, QString detail);

    int status() const { return m_status; }
    const QString &errorCode() const { return m_errorCode; }
    const QString &detail() const { return m_detail; }
    QString reason() const { return reasonPhrase(m_status); }
    const QList<QJsonObject> &parameters() const { return m_parameters; }
    const QList<FieldViolation> &fieldViolations() const { return m_fieldViolations; }

    // The contract types `parameters` as an array of objects, so only objects are accepted.
    ApiError &addParameter(const QJsonObject &parameter);
    ApiError &addFieldViolation(const QString &field, const QString &description);

    QJsonObject toJson() const;
    QByteArray toBytes() const;

    // The phrase Atlas puts in `reason` ("Bad Request"); "" for codes it never sends.
    static QString reasonPhrase(int status);
    static QByteArray contentType() { return QByteArrayLiteral("application/json"); }

    // Codes the contract itself shows (components.responses examples).
    static ApiError validationError(const QString &detail);
    static ApiError resourceNotFound(const QString &resource);
    static ApiError versionGone(const QString &mediaType, const QString &sunset);
    static ApiError rateLimited();
    static ApiError unexpectedError(const QString &detail);
    static ApiError serviceUnavailable();
    static ApiError cancelShardRestoreJobNotAllowed(const QString &restoreJobId);
    static ApiError clusterNotFound(const QString &clusterName, const QString &groupId);

    // The real Atlas answer to a missing, generic or unusable Accept header, as observed in the field.
    static ApiError invalidVersionDate();

    // Not in the contract: codes of the MongoDB Cloud family chosen by the sandbox.
    static ApiError groupNotFound(const QString &groupId);
    static ApiError orgNotFound(const QString &orgId);
    static ApiError snapshotNotFound(const QString &snapshotId, const QString &clusterName);
    static ApiError invalidJson();
    static ApiError invalidAttribute(const QString &attribute);
    static ApiError attributeNegativeOrZero(const QString &attribute);
    static ApiError unauthorized();
    static ApiError userCannotAccessGroup(const QString &groupOrOrgId);
    static ApiError insufficientRole(const QStringList &anyOfRoles);
    static ApiError methodNotAllowed(const QByteArray &method, const QString &path);
    static ApiError compliancePolicyViolation(const QString &detail);
    static ApiError requestTooLarge(qint64 limitBytes);

private:
    int m_status;
    QString m_errorCode;
    QString m_detail;
    QList<QJsonObject> m_parameters;
    QList<FieldViolation> m_fieldViolations;
};

} // namespace snapline::sandbox
