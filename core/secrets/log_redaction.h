#pragma once

#include <QByteArray>
#include <QString>

namespace snapline {

// What log lines may carry instead of credentials.
inline constexpr char kRedacted[] = "<redacted>";

// One HTTP header line with its credentials hidden: "Authorization: Digest
// username=…, response=…" becomes "Authorization: Digest <redacted>" (also
// Proxy-Authorization, any scheme). Other header lines come back unchanged.
QByteArray redactAuthorization(const QByteArray &headerLine);

// Free text (a log line, a request dump) with credentials hidden:
// Authorization headers, Bearer tokens, service-account secrets
// (mdb_sa_sk_…), and the values of keys such as private_api_key,
// client_secret, access_token or password in JSON, TOML or form encoding.
QString redactSecrets(const QString &text);

} // namespace snapline
