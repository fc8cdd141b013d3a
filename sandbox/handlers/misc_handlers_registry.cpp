#include "handlers/misc_handlers_registry.h"

#include "handlers/cluster_update_handler.h"
#include "handlers/event_handlers.h"
#include "handlers/export_handlers.h"
#include "handlers/legacy_backup_handlers.h"
#include "handlers/service_account_handlers.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace snapline::sandbox {

void registerMiscHandlers(ApiDispatcher &dispatcher)
{
    registerClusterUpdateHandler(dispatcher);
    registerExportHandlers(dispatcher);
    registerEventHandlers(dispatcher);
    registerLegacyBackupHandlers(dispatcher);
    registerServiceAccountHandlers(dispatcher);
}

std::optional<QJsonObject> requestObject(const ApiRequest &request, ApiReply &refusal)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        refusal = errorReply(ApiError::invalidJson());
        return std::nullopt;
    }
    return document.object();
}

ApiReply wrongType(const QString &field, const QString &expected)
{
    ApiError error = ApiError::invalidAttribute(field);
    error.addFieldViolation(field, QStringLiteral("must be %1").arg(expected));
    return errorReply(error);
}

bool isObjectId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-f0-9]{24}$"));
    return pattern.match(text).hasMatch();
}

} // namespace snapline::sandbox
