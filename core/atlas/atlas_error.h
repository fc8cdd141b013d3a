#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace snapline {

// A failed call to Atlas, typed: the HTTP status (0 when none came back),
// Atlas's errorCode and detail, the transport's own reason, and one sentence
// a person understands.
struct AtlasError
{
    enum class Kind { Http, Tls, Connect, Timeout, Cancelled, Protocol, Local };

    Kind kind = Kind::Http;
    int httpStatus = 0;
    QString errorCode; // Atlas's, e.g. CLUSTER_NOT_FOUND
    QString detail;    // Atlas's detail, or the transport's reason
    QString message;   // for people
    int retryAfterSeconds = 0;

    Error toError() const { return {errorCode.isEmpty() ? kindCode() : errorCode, message}; }
    QString kindCode() const;

    // Builds the error for an HTTP answer (parses the ApiError body).
    static AtlasError fromResponse(int status, const QByteArray &body, const QString &what);
    // The call was stopped by its job's cancel flag.
    static AtlasError cancelled(const QString &what);
    // An answer came back that cannot be read (broken JSON, no results list …).
    static AtlasError unreadable(const QString &what, const QString &why);
    // The console's own side failed with the answer in hand (e.g. the catalog could not store it).
    static AtlasError local(const Error &error);
};

// The sentences, kept in one translation context.
class AtlasErrorText
{
    Q_DECLARE_TR_FUNCTIONS(AtlasErrorText)

public:
    static QString forStatus(int status, const QString &errorCode, const QString &detail,
                             const QString &what);
};

} // namespace snapline
