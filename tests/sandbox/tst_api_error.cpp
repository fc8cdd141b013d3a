// The ApiError body, checked field by field against the contract's ApiError schema.
#include "api/api_error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using snapline::sandbox::ApiError;

namespace {

// components.schemas ApiError, BadRequestDetail and FieldViolation from
// shared/atlas-openapi/atlas-api.yaml (x-xgen-sha f84b8e43), descriptions dropped.
constexpr char kContractSchemas[] = R"({
  "ApiError": {"type": "object", "required": ["error", "errorCode"], "properties": {
    "badRequestDetail": {"$ref": "BadRequestDetail"},
    "detail": {"type": "string", "nullable": true},
    "error": {"type": "integer", "format": "int32", "readOnly": true},
    "errorCode": {"type": "string", "readOnly": true},
    "parameters": {"type": "array", "items": {"type": "object"}, "readOnly": true},
    "reason": {"type": "string", "nullable": true, "readOnly": true}}},
  "BadRequestDetail": {"type": "object", "nullable": true, "readOnly": true, "properties": {
    "fields": {"type": "array", "items": {"$ref": "FieldViolation"}}}},
  "FieldViolation": {"type": "object", "required": ["description", "field"], "properties": {
    "description": {"type": "string"},
    "field": {"type": "string"}}}
})";

QJsonObject schemas()
{
    return QJsonDocument::fromJson(QByteArray(kContractSchemas)).object();
}

// A small validator for the keywords these schemas use. It is stricter than the schema in one way:
// a key the schema does not declare is reported, so the sandbox never invents fields.
QStringList violations(const QJsonValue &value, QJsonObject schema, const QString &where)
{
    if (schema.contains(u"$ref")) {
        schema = schemas().value(schema.value(u"$ref").toString()).toObject();
    }
    if (value.isNull()) {
        return schema.value(u"nullable").toBool() ? QStringList() : QStringList{where + u": null"_s};
    }
    const QString type = schema.value(u"type").toString();
    QStringList found;
    if (type == u"string" && !value.isString()) {
        found.append(where + u": not a string"_s);
    } else if (type == u"integer") {
        const double number = value.toDouble(0.5);
        if (!value.isDouble() || std::floor(number) != number || number < -2147483648.0
            || number > 2147483647.0) {
            found.append(where + u": not an int32"_s);
        }
    } else if (type == u"array") {
        if (!value.isArray()) {
            return {where + u": not an array"_s};
        }
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            found += violations(items.at(i), schema.value(u"items").toObject(),
                                where + u'[' + QString::number(i) + u']');
        }
    } else if (type == u"object") {
        if (!value.isObject()) {
            return {where + u": not an object"_s};
        }
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(u"properties").toObject();
        for (const QJsonValue &required : schema.value(u"required").toArray()) {
            if (!object.contains(required.toString())) {
                found.append(where + u'.' + required.toString() + u": required but missing"_s);
            }
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!properties.isEmpty() && !properties.contains(it.key())) {
                found.append(where + u'.' + it.key() + u": not in the schema"_s);
            } else if (properties.contains(it.key())) {
                found += violations(it.value(), properties.value(it.key()).toObject(),
                                    where + u'.' + it.key());
            }
        }
    }
    return found;
}

QStringList apiErrorViolations(const QJsonObject &body)
{
    return violations(body, schemas().value(u"ApiError").toObject(), u"ApiError"_s);
}

} // namespace

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namedErrors_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<QString>("reason");

        const auto row = [](const char *name, const ApiError &error, int status, const QString &code,
                            const QString &reason) {
            QTest::newRow(name) << error.toJson() << status << code << reason;
        };
        // clang-format off
        row("validation", ApiError::validationError(u"Bad."_s), 400, u"VALIDATION_ERROR"_s, u"Bad Request"_s);
        row("resource", ApiError::resourceNotFound(u"/api/atlas/v2/x"_s), 404, u"RESOURCE_NOT_FOUND"_s, u"Not Found"_s);
        row("gone", ApiError::versionGone(u"application/vnd.atlas.2023-01-01+json"_s, u"2027-07-01"_s), 410, u"VERSION_GONE"_s, u"Gone"_s);
        row("rate limited", ApiError::rateLimited(), 429, u"RATE_LIMITED"_s, u"Too Many Requests"_s);
        row("unexpected", ApiError::unexpectedError(u"Boom."_s), 500, u"UNEXPECTED_ERROR"_s, u"Internal Server Error"_s);
        row("unavailable", ApiError::serviceUnavailable(), 503, u"SERVICE_UNAVAILABLE"_s, u"Service Unavailable"_s);
        row("shard cancel", ApiError::cancelShardRestoreJobNotAllowed(u"r1"_s), 405, u"ATLAS_BACKUP_CANCEL_SHARD_RESTORE_JOB_NOT_ALLOWED"_s, u"Method Not Allowed"_s);
        row("cluster", ApiError::clusterNotFound(u"Cluster0"_s, u"g1"_s), 404, u"CLUSTER_NOT_FOUND"_s, u"Not Found"_s);
        row("version date", ApiError::invalidVersionDate(), 406, u"INVALID_VERSION_DATE"_s, u"Not Acceptable"_s);
        row("group", ApiError::groupNotFound(u"g1"_s), 404, u"GROUP_NOT_FOUND"_s, u"Not Found"_s);
        row("org", ApiError::orgNotFound(u"o1"_s), 404, u"ORG_NOT_FOUND"_s, u"Not Found"_s);
        row("snapshot", ApiError::snapshotNotFound(u"s1"_s, u"Cluster0"_s), 404, u"SNAPSHOT_NOT_FOUND"_s, u"Not Found"_s);
        row("json", ApiError::invalidJson(), 400, u"INVALID_JSON"_s, u"Bad Request"_s);
        row("attribute", ApiError::invalidAttribute(u"foo"_s), 400, u"INVALID_ATTRIBUTE"_s, u"Bad Request"_s);
        row("not positive", ApiError::attributeNegativeOrZero(u"retentionValue"_s), 400, u"ATTRIBUTE_NEGATIVE_OR_ZERO"_s, u"Bad Request"_s);
        row("unauthorized", ApiError::unauthorized(), 401, u"UNAUTHORIZED"_s, u"Unauthorized"_s);
        row("no access", ApiError::userCannotAccessGroup(u"g1"_s), 403, u"USER_CANNOT_ACCESS_ORGANIZATION_OR_GROUP"_s, u"Forbidden"_s);
        row("role", ApiError::insufficientRole({u"Project Owner"_s}), 403, u"USER_UNAUTHORIZED"_s, u"Forbidden"_s);
        row("method", ApiError::methodNotAllowed("PUT", u"/api/atlas/v2/groups"_s), 405, u"METHOD_NOT_ALLOWED"_s, u"Method Not Allowed"_s);
        row("compliance", ApiError::compliancePolicyViolation(u"Weaker than the policy."_s), 400, u"BACKUP_POLICIES_NOT_MEETING_BACKUP_COMPLIANCE_POLICY_REQUIREMENTS"_s, u"Bad Request"_s);
        row("too large", ApiError::requestTooLarge(1048576), 413, u"REQUEST_ENTITY_TOO_LARGE"_s, u"Request Entity Too Large"_s);
        // clang-format on
    }

    void namedErrors()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, errorCode);
        QFETCH(QString, reason);

        QCOMPARE(apiErrorViolations(body), QStringList());
        QCOMPARE(body.value(u"error").toInt(-1), status);
        QCOMPARE(body.value(u"errorCode").toString(), errorCode);
        QCOMPARE(body.value(u"reason").toString(), reason);
        QVERIFY(!body.value(u"detail").toString().isEmpty());
        QCOMPARE(body.value(u"parameters"), QJsonValue(QJsonArray()));
        // badRequestDetail is optional: absent unless a field is at fault.
        QVERIFY(!body.contains(u"badRequestDetail"));
        QCOMPARE(body.size(), 5);
    }

    void fieldViolations()
    {
        ApiError error = ApiError::validationError(u"The backup policy is invalid."_s);
        error.addFieldViolation(u"policies[0].policyItems[1].retentionValue"_s, u"Must be at least 1."_s)
                .addFieldViolation(u"referenceHourOfDay"_s, u"Must be 0 to 23."_s);
        const QJsonObject body = error.toJson();
        QCOMPARE(apiErrorViolations(body), QStringList());
        const QJsonArray fields = body.value(u"badRequestDetail").toObject().value(u"fields").toArray();
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields.at(0).toObject(),
                 (QJsonObject{{u"field"_s, u"policies[0].policyItems[1].retentionValue"_s},
                              {u"description"_s, u"Must be at least 1."_s}}));
        QCOMPARE(fields.at(1).toObject().value(u"field").toString(), u"referenceHourOfDay"_s);
        QCOMPARE(error.fieldViolations().size(), 2);
    }

    void parametersAreObjects()
    {
        ApiError error = ApiError::groupNotFound(u"g1"_s);
        error.addParameter(QJsonObject{{u"groupId"_s, u"g1"_s}});
        const QJsonObject body = error.toJson();
        QCOMPARE(apiErrorViolations(body), QStringList());
        QCOMPARE(body.value(u"parameters").toArray(), (QJsonArray{QJsonObject{{u"groupId"_s, u"g1"_s}}}));
    }

    void bytesAreCompactJson()
    {
        const ApiError error = ApiError::clusterNotFound(u"Cluster0"_s, u"5f1a2b3c4d5e6f7a8b9c0d1e"_s);
        const QByteArray bytes = error.toBytes();
        QVERIFY(!bytes.contains('\n'));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(document.object(), error.toJson());
        QCOMPARE(error.detail(), u"No cluster named Cluster0 exists in group 5f1a2b3c4d5e6f7a8b9c0d1e."_s);
        QCOMPARE(ApiError::contentType(), "application/json");
    }

    void reasonPhrase_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");

        // The contract's example phrases for the shared responses, plus those the sandbox adds.
        QTest::newRow("400") << 400 << u"Bad Request"_s;
        QTest::newRow("401") << 401 << u"Unauthorized"_s;
        QTest::newRow("402") << 402 << u"Payment Required"_s;
        QTest::newRow("403") << 403 << u"Forbidden"_s;
        QTest::newRow("404") << 404 << u"Not Found"_s;
        QTest::newRow("405") << 405 << u"Method Not Allowed"_s;
        QTest::newRow("406") << 406 << u"Not Acceptable"_s;
        QTest::newRow("409") << 409 << u"Conflict"_s;
        QTest::newRow("410") << 410 << u"Gone"_s;
        QTest::newRow("413") << 413 << u"Request Entity Too Large"_s;
        QTest::newRow("415") << 415 << u"Unsupported Media Type"_s;
        QTest::newRow("429") << 429 << u"Too Many Requests"_s;
        QTest::newRow("500") << 500 << u"Internal Server Error"_s;
        QTest::newRow("503") << 503 << u"Service Unavailable"_s;
        QTest::newRow("unknown") << 418 << QString();
    }

    void reasonPhrase()
    {
        QFETCH(int, status);
        QFETCH(QString, reason);
        QCOMPARE(ApiError::reasonPhrase(status), reason);
    }

    // The validator must catch what the schema forbids, or the checks above prove nothing.
    void validatorRejects_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("violation");

        const QJsonObject good = ApiError::invalidJson().toJson();
        QJsonObject body = good;
        body.insert(u"error"_s, u"400"_s);
        QTest::newRow("error as string") << body << u"ApiError.error: not an int32"_s;
        body = good;
        body.insert(u"error"_s, 400.5);
        QTest::newRow("error not integral") << body << u"ApiError.error: not an int32"_s;
        body = good;
        body.remove(u"errorCode"_s);
        QTest::newRow("missing errorCode") << body << u"ApiError.errorCode: required but missing"_s;
        body = good;
        body.insert(u"parameters"_s, QJsonArray{u"g1"_s});
        QTest::newRow("string parameter") << body << u"ApiError.parameters[0]: not an object"_s;
        body = good;
        body.insert(u"status"_s, 400);
        QTest::newRow("undeclared key") << body << u"ApiError.status: not in the schema"_s;
        body = good;
        body.insert(u"badRequestDetail"_s,
                    QJsonObject{{u"fields"_s, QJsonArray{QJsonObject{{u"field"_s, u"x"_s}}}}});
        QTest::newRow("violation without description")
                << body << u"ApiError.badRequestDetail.fields[0].description: required but missing"_s;
        body = good;
        body.insert(u"errorCode"_s, QJsonValue::Null);
        QTest::newRow("null errorCode") << body << u"ApiError.errorCode: null"_s;
    }

    void validatorRejects()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, violation);
        QCOMPARE(apiErrorViolations(body), QStringList{violation});
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_api_error.moc"
