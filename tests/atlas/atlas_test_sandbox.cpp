#include "atlas_test_sandbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace snapline::test {

AtlasTestSandbox::AtlasTestSandbox(const std::function<void(sandbox::SandboxOptions &)> &configure)
{
    sandbox::SandboxOptions options;
    options.dataDir = m_dir.path();
    if (configure)
        configure(options);
    const auto endpoint = m_sandbox.startAndWait(options);
    m_up = endpoint.ok();
    if (!m_up)
        return;
    m_settings.baseUrl = endpoint->url;
    m_settings.pinnedSha256 = endpoint->certificateFingerprint;
}

AtlasCredentials AtlasTestSandbox::credentials(const QString &description) const
{
    AtlasCredentials out;
    for (const auto &c : m_sandbox.credentials()) {
        if (!c.description.startsWith(description))
            continue;
        if (c.kind == u"apiKey") {
            out.publicKey = c.id;
            out.privateKey = c.secret;
        } else {
            out.kind = AtlasCredentials::Kind::ServiceAccount;
            out.clientId = c.id;
            out.clientSecret = c.secret;
        }
    }
    return out;
}

std::shared_ptr<AtlasApi> AtlasTestSandbox::api(const QString &description, AtlasClient::Options options,
                                                std::shared_ptr<RateBudget> budget) const
{
    if (!budget)
        budget = std::make_shared<RateBudget>(m_settings.baseUrl.host(), 10000, 10000);
    auto session = std::make_shared<AtlasSession>(m_settings, credentials(description));
    return std::make_shared<AtlasApi>(std::make_shared<AtlasClient>(session, budget, std::move(options)));
}

QString AtlasTestSandbox::projectId(const QString &name)
{
    auto projects = api(QStringLiteral("Owner key"))->projects();
    if (!projects)
        return {};
    for (const Project &p : *projects) {
        if (p.name == name)
            return p.id;
    }
    return {};
}

int AtlasTestSandbox::admin(const QByteArray &method, const QString &what, const QByteArray &body)
{
    HttpTransport transport(m_settings);
    HttpRequest request;
    request.method = method;
    request.path = QStringLiteral("/sandbox-admin/") + what;
    request.body = body;
    request.headers = {{"Content-Type", "application/json"}};
    request.what = QStringLiteral("control the sandbox");
    const auto answer = transport.send(request);
    return answer ? answer->status : 0;
}

QJsonArray AtlasTestSandbox::requests(const QByteArray &method, const QString &pathPattern)
{
    HttpTransport transport(m_settings);
    HttpRequest request;
    request.method = "GET";
    request.path = QStringLiteral("/sandbox-admin/requests");
    request.what = QStringLiteral("read the sandbox's request log");
    const auto answer = transport.send(request);
    if (!answer)
        return {};
    const QRegularExpression pattern(pathPattern);
    QJsonArray out;
    for (const QJsonValue &value :
         QJsonDocument::fromJson(answer->body).object().value(u"requests").toArray()) {
        const QJsonObject entry = value.toObject();
        if (entry.value(u"method").toString().toLatin1() == method
            && pattern.match(entry.value(u"path").toString()).hasMatch())
            out.append(entry);
    }
    return out;
}

} // namespace snapline::test
