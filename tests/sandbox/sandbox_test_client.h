#pragma once

#include "service/sandbox_service.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace snapline::sandbox::test {

// A sandbox started in this process on a free loopback port, seeded in a
// temporary directory, and a small blocking client for it (tests only).
class SandboxFixture
{
public:
    struct Response
    {
        int status = 0;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;
        QJsonDocument json() const { return QJsonDocument::fromJson(body); }
        QJsonObject object() const { return json().object(); }
        QByteArray header(const QByteArray &name) const;
    };

    enum class Who {
        Owner,
        BackupManager,
        ReadOnly,
        OrgOwnerOnly,
        OwnerServiceAccount,
        ReadOnlyServiceAccount
    };

    explicit SandboxFixture(bool https = false, quint64 seed = 42);
    // With options of the test's choosing (start time, rate limits, faults …).
    static std::unique_ptr<SandboxFixture> with(const std::function<void(SandboxOptions &)> &configure);

    SandboxService &service() { return *m_service; }
    SandboxStore &store() { return m_service->store(); }
    QUrl url(const QString &path) const;
    CredentialRow credential(Who who) const;
    QString projectId(const QString &name) const;

    // Sends a request as `who` (Digest for API keys, a Bearer token fetched
    // from /api/oauth/token for service accounts), Accept on `version`.
    Response request(const QByteArray &method, const QString &path, Who who = Who::Owner,
                     const QByteArray &body = {}, const QByteArray &version = "2024-08-05");
    Response get(const QString &path, Who who = Who::Owner, const QByteArray &version = "2024-08-05")
    {
        return request("GET", path, who, {}, version);
    }
    // Sends raw headers, no authentication added.
    Response raw(const QByteArray &method, const QString &path,
                 const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body = {},
                 QNetworkAccessManager *network = nullptr);

private:
    struct Configured
    {
        std::function<void(SandboxOptions &)> configure;
    };
    explicit SandboxFixture(const Configured &configured);
    QByteArray bearerFor(const CredentialRow &credential);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxService> m_service;
    QNetworkAccessManager m_network;
    // One manager per API key: Qt caches Digest credentials per manager.
    QHash<QString, std::shared_ptr<QNetworkAccessManager>> m_digestNetworks;
    QHash<QString, QByteArray> m_tokens;
};

} // namespace snapline::sandbox::test
