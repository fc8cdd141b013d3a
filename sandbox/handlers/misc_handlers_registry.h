#pragma once

#include "service/api_dispatcher.h"

#include <QJsonObject>

#include <optional>

namespace snapline::sandbox {

// Registers the cluster-change, export, event and legacy-backup handlers, plus
// the request helpers they share.
void registerMiscHandlers(ApiDispatcher &dispatcher);

// The request body as a JSON object; nullopt with `refusal` set to 400 INVALID_JSON otherwise.
std::optional<QJsonObject> requestObject(const ApiRequest &request, ApiReply &refusal);

// 400 for a body field of the wrong JSON type, naming the field and the type the contract expects.
ApiReply wrongType(const QString &field, const QString &expected);

// Whether `text` is a 24-hex-digit Atlas id.
bool isObjectId(const QString &text);

} // namespace snapline::sandbox
