#include "local_sandbox_profile.h"

#include <QDir>
#include <QStandardPaths>

namespace snapline {

QString localSandboxDataDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(QStringLiteral("local-sandbox"));
}

QString catalogDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(QStringLiteral("catalogs"));
}

double localSandboxTimeScale()
{
    bool ok = false;
    const double scale = qEnvironmentVariable("SNAPLINE_SANDBOX_TIME_SCALE").toDouble(&ok);
    return ok && scale > 0 && scale <= kMaxSandboxTimeScale ? scale : 1.0;
}

ResolvedProfile localSandboxProfile(const sandbox::SandboxEndpoint &endpoint,
                                    const QList<sandbox::CredentialRow> &credentials)
{
    AtlasCredentials owner;
    for (const auto &c : credentials) {
        if (c.kind == u"apiKey" && c.description.startsWith(u"Owner key")) {
            owner.publicKey = c.id;
            owner.privateKey = c.secret;
        }
    }
    return {Profile::localSandbox(endpoint.url, endpoint.certificateFingerprint, owner), owner.privateKey};
}

ProfileResolver::Hook localSandboxHook(sandbox::EmbeddedSandbox &sandbox, ProfileStore &store,
                                       std::shared_ptr<SecretStore> secrets)
{
    return [&sandbox, &store, secrets](const QString &nameOrId) -> std::optional<Result<ResolvedProfile>> {
        const auto builtIn = store.profile(Profile::localSandboxId());
        const bool asked = Profile::namesLocalSandbox(nameOrId) || (builtIn && builtIn->name == nameOrId);
        if (!asked)
            return std::nullopt;
        sandbox::SandboxOptions options;
        options.dataDir = localSandboxDataDir();
        options.timeScale = localSandboxTimeScale();
        auto endpoint = sandbox.startAndWait(options);
        if (!endpoint)
            return Result<ResolvedProfile>(endpoint.error());
        ResolvedProfile resolved = localSandboxProfile(*endpoint, sandbox.credentials());
        auto registered = store.registerBuiltIn(resolved.profile);
        if (!registered)
            return Result<ResolvedProfile>(registered.error());
        resolved.profile = *registered;
        secrets->write(resolved.profile.id, resolved.secret).ok(); // known again at every start if this fails
        return Result<ResolvedProfile>(resolved);
    };
}

} // namespace snapline
