#pragma once

#include "atlas/api_endpoint.h"
#include "atlas/atlas_session.h"
#include "atlas/rate_budget.h"
#include "atlas/retry_policy.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include <any>
#include <functional>
#include <memory>

class QThreadPool;

namespace snapline {

// One page of a listing, as it arrives.
struct ApiPage
{
    int pageNum = 1;
    int totalCount = -1; // -1 when the server did not count
    QJsonArray results;
};

// One page decoded by the caller's own reader: its items (type-erased) and
// what the listing needs to know about it.
struct DecodedPage
{
    int pageNum = 1;
    int totalCount = -1;
    qsizetype itemCount = 0;
    std::any items;
};

// The Admin API as the console uses it: every request goes through the host's
// rate budget, asks for its endpoint's resource version, is retried when that
// is safe, and fails with a typed AtlasError. Listings are read 500 items a
// page, the pages after the first fetched a few at a time, and handed over as
// they come. Thread-safe: jobs on several threads share one client.
class AtlasClient
{
public:
    struct Options
    {
        RetryPolicy retry;
        int pageSize = 500;
        int pageConcurrency = 3;
        // Waits `ms` unless cancelled first; returns false when cancelled.
        std::function<bool(int ms, const std::atomic_bool *cancel)> sleep;
    };

    AtlasClient(std::shared_ptr<AtlasSession> session, std::shared_ptr<RateBudget> budget, Options options);
    AtlasClient(std::shared_ptr<AtlasSession> session, std::shared_ptr<RateBudget> budget);
    ~AtlasClient();
    AtlasClient(const AtlasClient &) = delete;
    AtlasClient &operator=(const AtlasClient &) = delete;

    // One call: the answer's body for a success, a typed error for anything else.
    Result<QByteArray, AtlasError> send(const ApiEndpoint &endpoint, const QStringList &pathArguments,
                                        const QUrlQuery &query, const QByteArray &body, const QString &what,
                                        const std::atomic_bool *cancel = nullptr);
    // As send(), with the body parsed as a JSON object (an empty object for 204).
    Result<QJsonObject, AtlasError> sendJson(const ApiEndpoint &endpoint, const QStringList &pathArguments,
                                             const QString &what, const std::atomic_bool *cancel = nullptr,
                                             const QUrlQuery &query = {}, const QJsonObject &body = {});

    // Reads every page of a listing, calling `sink` on the calling thread for
    // each page as soon as it is there (pages may come out of order). A sink
    // error stops the listing. Returns the number of items delivered.
    using PageSink = std::function<Status(ApiPage &&page)>;
    Result<int, AtlasError> listAll(const ApiEndpoint &endpoint, const QStringList &pathArguments,
                                    const QUrlQuery &query, const QString &what, const PageSink &sink,
                                    const std::atomic_bool *cancel = nullptr);

    // The raw body of one page of a listing (pageNum from 1), itemsPerPage as configured unless given.
    Result<QByteArray, AtlasError> pageBody(const ApiEndpoint &endpoint, const QStringList &pathArguments,
                                            QUrlQuery query, int pageNum, const QString &what,
                                            const std::atomic_bool *cancel, int itemsPerPage = 0);
    // The same page, read as JSON.
    Result<ApiPage, AtlasError> fetchPage(const ApiEndpoint &endpoint, const QStringList &pathArguments,
                                          QUrlQuery query, int pageNum, const QString &what,
                                          const std::atomic_bool *cancel, int itemsPerPage = 0);
    int pageSize() const { return m_options.pageSize; }

    // As listAll(), with each page's body turned into items by `decode` on the
    // thread that fetched it (so pages are read in parallel), for listings too
    // big to go through QJsonDocument.
    using PageDecoder = std::function<Result<DecodedPage, AtlasError>(QByteArray &&body, int pageNum)>;
    using DecodedSink = std::function<Status(DecodedPage &&page)>;
    Result<int, AtlasError> listDecoded(const ApiEndpoint &endpoint, const QStringList &pathArguments,
                                        const QUrlQuery &query, const QString &what,
                                        const PageDecoder &decode, const DecodedSink &sink,
                                        const std::atomic_bool *cancel = nullptr);

    AtlasSession &session() { return *m_session; }
    RateBudget &budget() { return *m_budget; }
    std::shared_ptr<RateBudget> sharedBudget() const { return m_budget; }
    int requestsSent() const { return m_requestsSent; }

private:
    Result<HttpResponse, AtlasError> attempt(const HttpRequest &request, const std::atomic_bool *cancel);
    bool waitForBudget(const std::atomic_bool *cancel);
    static Result<ApiPage, AtlasError> decodeJsonPage(QByteArray &&body, int pageNum, const QString &what);
    Result<DecodedPage, AtlasError> fetchDecoded(const ApiEndpoint &endpoint,
                                                 const QStringList &pathArguments, const QUrlQuery &query,
                                                 int pageNum, const QString &what, const PageDecoder &decode,
                                                 const std::atomic_bool *cancel);

    std::shared_ptr<AtlasSession> m_session;
    std::shared_ptr<RateBudget> m_budget;
    Options m_options;
    std::unique_ptr<QThreadPool> m_pagePool;
    std::atomic_int m_requestsSent = 0;
};

// Waits in short slices so that a cancel is noticed quickly.
bool sleepUnlessCancelled(int ms, const std::atomic_bool *cancel);

} // namespace snapline
