#pragma once

// A sandbox started in this process over HTTPS and clients for it, as a
// profile would build them (tests only).
#include "atlas/atlas_api.h"
#include "service/embedded_sandbox.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <memory>

namespace snapline::test {

class AtlasTestSandbox
{
public:
    explicit AtlasTestSandbox(const std::function<void(sandbox::SandboxOptions &)> &configure = {});

    bool isUp() const { return m_up; }
    sandbox::EmbeddedSandbox &sandbox() { return m_sandbox; }
    const TransportSettings &settings() const { return m_settings; }
    // Credentials by the start of their description ("Owner key", "Backup manager", "Read-only key",
    // "Owner service account", …).
    AtlasCredentials credentials(const QString &description) const;
    std::shared_ptr<AtlasApi> api(const QString &description, AtlasClient::Options options = {},
                                  std::shared_ptr<RateBudget> budget = {}) const;
    QString projectId(const QString &name);
    // Calls the sandbox's unauthenticated loopback controls (/sandbox-admin/<what>).
    int admin(const QByteArray &method, const QString &what, const QByteArray &body = {});
    // The requests the sandbox answered, oldest first, that `method` sent to a path matching `pathPattern`
    // (each {"method", "path", "status", …}).
    QJsonArray requests(const QByteArray &method, const QString &pathPattern);

private:
    QTemporaryDir m_dir;
    sandbox::EmbeddedSandbox m_sandbox;
    TransportSettings m_settings;
    bool m_up = false;
};

} // namespace snapline::test
