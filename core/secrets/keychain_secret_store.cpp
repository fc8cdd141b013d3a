#include "secrets/keychain_secret_store.h"

#include "secrets/secrets_log.h"

#include <QPromise>
#include <QThread>
#include <QTimer>

#include <memory>
#include <utility>

#include <qt6keychain/keychain.h>

namespace snapline {

using namespace Qt::StringLiterals;

namespace {

class KeychainText
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)
};

QThread *g_keychainThread = nullptr;

void stopKeychainThread()
{
    g_keychainThread->quit();
    g_keychainThread->wait();
}

// An object living on the keychain thread, to run jobs there. qtkeychain's
// job queue lives on the thread that starts the first job, so there is one
// such thread for the whole process, stopped when the application ends.
QObject *keychainContext()
{
    static QObject *const context = [] {
        g_keychainThread = new QThread;
        g_keychainThread->setObjectName(u"snapline-keychain"_s);
        auto *object = new QObject;
        object->moveToThread(g_keychainThread);
        g_keychainThread->start();
        qAddPostRoutine(stopKeychainThread);
        return object;
    }();
    return context;
}

Error errorOf(const QKeychain::Job *job, const QString &what)
{
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        return {SecretCode::NotFound,
                KeychainText::tr("The system keychain holds no secret for this profile.")};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {SecretCode::AccessDenied,
                KeychainText::tr("The system keychain refused to %1 (it may be locked): %2")
                        .arg(what, detail)};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {SecretCode::Unavailable, KeychainText::tr("No system keychain is available: %1").arg(detail)};
    default:
        return {SecretCode::Failed,
                KeychainText::tr("The system keychain could not %1: %2").arg(what, detail)};
    }
}

// Starts one qtkeychain job on the keychain thread; the future gets what
// `finish` makes of the finished job, or a timeout error, whichever is first.
template<typename T, typename JobType, typename Setup, typename Finish>
QFuture<T> runJob(const QString &service, const QString &key, int timeoutMs, Setup setup, Finish finish)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
            keychainContext(),
            [=] {
                auto *job = new JobType(service);
                job->setAutoDelete(true);
                job->setKey(key);
                setup(job);
                auto answered = std::make_shared<bool>(false);
                const auto answer = [promise, answered](T value) {
                    if (std::exchange(*answered, true))
                        return;
                    promise->addResult(std::move(value));
                    promise->finish();
                };
                QObject::connect(job, &QKeychain::Job::finished, job, [answer, finish](QKeychain::Job *done) {
                    answer(finish(static_cast<JobType *>(done)));
                });
                QTimer::singleShot(timeoutMs, job, [answer, timeoutMs] {
                    qCWarning(lcSecrets) << "the keychain did not answer within" << timeoutMs << "ms";
                    answer(T(Error{SecretCode::Timeout,
                                   KeychainText::tr("The system keychain did not answer within %1 seconds.")
                                           .arg(timeoutMs / 1000.0)}));
                });
                job->start();
            },
            Qt::QueuedConnection);
    return future;
}

Status waitForAnswer(QFuture<Status> future)
{
    future.waitForFinished();
    return future.resultCount() > 0 ? future.result()
                                    : Status::failure(SecretCode::Failed, KeychainText::tr("No answer."));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{}

QString KeychainSecretStore::description() const
{
    return SecretStore::tr("the system keychain");
}

QFuture<Result<QString>> KeychainSecretStore::readAsync(const QString &profileId)
{
    return runJob<Result<QString>, QKeychain::ReadPasswordJob>(
            m_service, profileId, m_timeoutMs, [](QKeychain::ReadPasswordJob *) {},
            [](QKeychain::ReadPasswordJob *job) -> Result<QString> {
                if (job->error() != QKeychain::NoError)
                    return errorOf(job, KeychainText::tr("read the secret"));
                return job->textData();
            });
}

QFuture<Status> KeychainSecretStore::writeAsync(const QString &profileId, const QString &secret)
{
    return runJob<Status, QKeychain::WritePasswordJob>(
            m_service, profileId, m_timeoutMs,
            [secret](QKeychain::WritePasswordJob *job) { job->setTextData(secret); },
            [](QKeychain::WritePasswordJob *job) -> Status {
                if (job->error() != QKeychain::NoError)
                    return errorOf(job, KeychainText::tr("store the secret"));
                return Done{};
            });
}

QFuture<Status> KeychainSecretStore::removeAsync(const QString &profileId)
{
    return runJob<Status, QKeychain::DeletePasswordJob>(
            m_service, profileId, m_timeoutMs, [](QKeychain::DeletePasswordJob *) {},
            [](QKeychain::DeletePasswordJob *job) -> Status {
                if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
                    return errorOf(job, KeychainText::tr("delete the secret"));
                return Done{};
            });
}

Status KeychainSecretStore::probe(int timeoutMs) const
{
    // The keychain's own words on failure: the reason is shown as it is.
    const auto raw = [](QKeychain::Job *job) -> Status {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
            return Done{};
        const Error error = errorOf(job, {});
        return Error{error.code, job->errorString()};
    };
    const QString key = u"snapline-keychain-probe"_s;
    const Status written = waitForAnswer(runJob<Status, QKeychain::WritePasswordJob>(
            m_service, key, timeoutMs, [](QKeychain::WritePasswordJob *job) { job->setTextData(u"probe"_s); },
            raw));
    if (!written)
        return written;
    const Status removed = waitForAnswer(runJob<Status, QKeychain::DeletePasswordJob>(
            m_service, key, timeoutMs, [](QKeychain::DeletePasswordJob *) {}, raw));
    if (!removed)
        qCWarning(lcSecrets) << "the keychain probe entry could not be deleted:" << removed.error().code;
    return Done{};
}

} // namespace snapline
