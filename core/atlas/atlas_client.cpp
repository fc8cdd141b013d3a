#include "atlas/atlas_client.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QThreadPool>

#include <any>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <thread>

Q_LOGGING_CATEGORY(lcAtlasClient, "snapline.core.atlas")

namespace snapline {

namespace {

class ClientText
{
    Q_DECLARE_TR_FUNCTIONS(ClientText)
};

int headerInt(const HttpResponse &response, const QByteArray &name)
{
    bool ok = false;
    const int value = response.header(name).trimmed().toInt(&ok);
    return ok ? value : -1;
}

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

} // namespace

bool sleepUnlessCancelled(int ms, const std::atomic_bool *cancel)
{
    using namespace std::chrono;
    const auto end = steady_clock::now() + milliseconds(ms);
    while (steady_clock::now() < end) {
        if (isCancelled(cancel))
            return false;
        std::this_thread::sleep_for(
                std::min<steady_clock::duration>(milliseconds(20), end - steady_clock::now()));
    }
    return !isCancelled(cancel);
}

AtlasClient::AtlasClient(std::shared_ptr<AtlasSession> session, std::shared_ptr<RateBudget> budget,
                         Options options)
    : m_session(std::move(session))
    , m_budget(std::move(budget))
    , m_options(std::move(options))
    , m_pagePool(std::make_unique<QThreadPool>())
{
    if (!m_options.sleep)
        m_options.sleep = sleepUnlessCancelled;
    m_pagePool->setMaxThreadCount(std::max(m_options.pageConcurrency, 1));
}

AtlasClient::AtlasClient(std::shared_ptr<AtlasSession> session, std::shared_ptr<RateBudget> budget)
    : AtlasClient(std::move(session), std::move(budget), Options{})
{}

AtlasClient::~AtlasClient()
{
    m_pagePool->waitForDone();
}

bool AtlasClient::waitForBudget(const std::atomic_bool *cancel)
{
    qint64 waitMs = 0;
    while (!m_budget->tryTake(&waitMs)) {
        if (!m_options.sleep(int(std::clamp<qint64>(waitMs, 1, 1000)), cancel))
            return false;
    }
    return true;
}

Result<HttpResponse, AtlasError> AtlasClient::attempt(const HttpRequest &request,
                                                      const std::atomic_bool *cancel)
{
    for (int attemptNo = 1;; ++attemptNo) {
        if (!waitForBudget(cancel))
            return AtlasError::cancelled(request.what);
        ++m_requestsSent;
        auto answer = m_session->send(request, cancel);
        int status = 0;
        int retryAfter = 0;
        std::optional<AtlasError::Kind> failure;
        if (answer) {
            status = answer->status;
            retryAfter = std::max(headerInt(*answer, "Retry-After"), 0);
            m_budget->observe(headerInt(*answer, "RateLimit-Limit"),
                              headerInt(*answer, "RateLimit-Remaining"), status == 429);
        } else {
            failure = answer.error().kind;
            if (*failure == AtlasError::Kind::Cancelled)
                return answer;
        }
        const auto delay
                = m_options.retry.delayBeforeRetry(request.method, attemptNo, status, failure, retryAfter);
        if (!delay)
            return answer;
        qCInfo(lcAtlasClient) << request.method << request.path << "attempt" << attemptNo << "got"
                              << (answer ? QString::number(status) : answer.error().kindCode())
                              << "; retrying in" << *delay << "ms";
        if (!m_options.sleep(*delay, cancel))
            return AtlasError::cancelled(request.what);
    }
}

Result<QByteArray, AtlasError> AtlasClient::send(const ApiEndpoint &endpoint,
                                                 const QStringList &pathArguments, const QUrlQuery &query,
                                                 const QByteArray &body, const QString &what,
                                                 const std::atomic_bool *cancel)
{
    HttpRequest request;
    request.method = endpoint.method;
    request.path = endpoint.path(pathArguments);
    if (!query.isEmpty())
        request.path += u'?' + query.toString(QUrl::FullyEncoded);
    request.headers = {{"Accept", endpoint.accept()}};
    if (!body.isEmpty())
        request.headers.append({"Content-Type", endpoint.accept()});
    request.body = body;
    request.what = what;
    auto answer = attempt(request, cancel);
    if (!answer)
        return answer.error();
    if (answer->status < 200 || answer->status > 299) {
        AtlasError error = AtlasError::fromResponse(answer->status, answer->body, what);
        error.retryAfterSeconds = std::max(headerInt(*answer, "Retry-After"), 0);
        if (answer->status == 403 && *endpoint.role) {
            error.message
                    = ClientText::tr("The credentials of this profile lack the role needed to %1: Atlas "
                                     "asks for at least %2.")
                              .arg(what, QString::fromLatin1(endpoint.role))
                    + (error.detail.isEmpty() ? QString()
                                              : ClientText::tr(" Atlas says: %1").arg(error.detail));
        }
        return error;
    }
    return std::move(answer->body);
}

Result<QJsonObject, AtlasError> AtlasClient::sendJson(const ApiEndpoint &endpoint,
                                                      const QStringList &pathArguments, const QString &what,
                                                      const std::atomic_bool *cancel, const QUrlQuery &query,
                                                      const QJsonObject &body)
{
    const QByteArray payload
            = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    auto answer = send(endpoint, pathArguments, query, payload, what, cancel);
    if (!answer)
        return answer.error();
    if (answer->trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*answer, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return AtlasError::unreadable(what,
                                      parseError.error != QJsonParseError::NoError
                                              ? parseError.errorString()
                                              : ClientText::tr("not a JSON object"));
    return document.object();
}

Result<QByteArray, AtlasError> AtlasClient::pageBody(const ApiEndpoint &endpoint,
                                                     const QStringList &pathArguments, QUrlQuery query,
                                                     int pageNum, const QString &what,
                                                     const std::atomic_bool *cancel, int itemsPerPage)
{
    query.removeQueryItem(QStringLiteral("pageNum"));
    query.removeQueryItem(QStringLiteral("itemsPerPage"));
    query.addQueryItem(QStringLiteral("itemsPerPage"),
                       QString::number(itemsPerPage > 0 ? itemsPerPage : m_options.pageSize));
    query.addQueryItem(QStringLiteral("pageNum"), QString::number(pageNum));
    return send(endpoint, pathArguments, query, {}, what, cancel);
}

Result<ApiPage, AtlasError> AtlasClient::fetchPage(const ApiEndpoint &endpoint,
                                                   const QStringList &pathArguments, QUrlQuery query,
                                                   int pageNum, const QString &what,
                                                   const std::atomic_bool *cancel, int itemsPerPage)
{
    auto body = pageBody(endpoint, pathArguments, std::move(query), pageNum, what, cancel, itemsPerPage);
    if (!body)
        return body.error();
    return decodeJsonPage(std::move(body).value(), pageNum, what);
}

Result<ApiPage, AtlasError> AtlasClient::decodeJsonPage(QByteArray &&body, int pageNum, const QString &what)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return AtlasError::unreadable(what,
                                      parseError.error != QJsonParseError::NoError
                                              ? parseError.errorString()
                                              : ClientText::tr("not a JSON object"));
    const QJsonValue results = document.object().value(u"results");
    if (!results.isArray())
        return AtlasError::unreadable(what, ClientText::tr("page %1 has no results list").arg(pageNum));
    return ApiPage{pageNum, document.object().value(u"totalCount").toInt(-1), results.toArray()};
}

Result<int, AtlasError> AtlasClient::listAll(const ApiEndpoint &endpoint, const QStringList &pathArguments,
                                             const QUrlQuery &query, const QString &what,
                                             const PageSink &sink, const std::atomic_bool *cancel)
{
    const auto decode = [what](QByteArray &&body, int pageNum) -> Result<DecodedPage, AtlasError> {
        auto page = decodeJsonPage(std::move(body), pageNum, what);
        if (!page)
            return page.error();
        const int total = page->totalCount;
        const qsizetype count = page->results.size();
        return DecodedPage{pageNum, total, count, std::make_any<ApiPage>(std::move(page).value())};
    };
    return listDecoded(
            endpoint, pathArguments, query, what, decode,
            [&sink](DecodedPage &&page) { return sink(std::any_cast<ApiPage &&>(std::move(page.items))); },
            cancel);
}

Result<DecodedPage, AtlasError> AtlasClient::fetchDecoded(const ApiEndpoint &endpoint,
                                                          const QStringList &pathArguments,
                                                          const QUrlQuery &query, int pageNum,
                                                          const QString &what, const PageDecoder &decode,
                                                          const std::atomic_bool *cancel)
{
    auto body = pageBody(endpoint, pathArguments, query, pageNum, what, cancel);
    if (!body)
        return body.error();
    return decode(std::move(body).value(), pageNum);
}

Result<int, AtlasError> AtlasClient::listDecoded(const ApiEndpoint &endpoint,
                                                 const QStringList &pathArguments, const QUrlQuery &query,
                                                 const QString &what, const PageDecoder &decode,
                                                 const DecodedSink &sink, const std::atomic_bool *cancel)
{
    auto first = fetchDecoded(endpoint, pathArguments, query, 1, what, decode, cancel);
    if (!first)
        return first.error();
    const int total = first->totalCount;
    int delivered = int(first->itemCount);
    const bool fullPage = first->itemCount >= m_options.pageSize;
    if (auto sunk = sink(std::move(first).value()); !sunk)
        return AtlasError::local(sunk.error());
    if (!fullPage)
        return delivered;

    if (total < 0) { // no count: read on until a page comes back short
        for (int pageNum = 2;; ++pageNum) {
            auto page = fetchDecoded(endpoint, pathArguments, query, pageNum, what, decode, cancel);
            if (!page)
                return page.error();
            const bool more = page->itemCount >= m_options.pageSize;
            delivered += int(page->itemCount);
            if (auto sunk = sink(std::move(page).value()); !sunk)
                return AtlasError::local(sunk.error());
            if (!more)
                return delivered;
        }
    }

    // Known size: keep a few pages in flight, decoded on the fetching threads, and hand each over as it
    // lands.
    const int pages = (total + m_options.pageSize - 1) / m_options.pageSize;
    struct Shared
    {
        std::mutex mutex;
        std::condition_variable ready;
        std::deque<Result<DecodedPage, AtlasError>> done;
        std::atomic_bool stop = false;
    };
    auto shared = std::make_shared<Shared>();
    int next = 2;
    int outstanding = 0;
    std::optional<AtlasError> failure;
    const int window = std::max(m_options.pageConcurrency, 1) + 1;
    while (next <= pages || outstanding > 0) {
        while (!failure && next <= pages && outstanding < window) {
            const int pageNum = next++;
            ++outstanding;
            m_pagePool->start([=, this] {
                auto page
                        = fetchDecoded(endpoint, pathArguments, query, pageNum, what, decode, &shared->stop);
                std::lock_guard lock(shared->mutex);
                shared->done.push_back(std::move(page));
                shared->ready.notify_one();
            });
        }
        if (outstanding == 0)
            break;
        std::unique_lock lock(shared->mutex);
        while (shared->done.empty()) {
            if (isCancelled(cancel))
                shared->stop = true;
            shared->ready.wait_for(lock, std::chrono::milliseconds(20));
        }
        auto page = std::move(shared->done.front());
        shared->done.pop_front();
        lock.unlock();
        --outstanding;
        if (failure)
            continue; // drain what is in flight, deliver nothing more
        if (!page) {
            failure = page.error();
            shared->stop = true;
            continue;
        }
        delivered += int(page->itemCount);
        if (auto sunk = sink(std::move(page).value()); !sunk) {
            failure = AtlasError::local(sunk.error());
            shared->stop = true;
        }
    }
    if (isCancelled(cancel))
        return AtlasError::cancelled(what);
    if (failure)
        return *failure;
    return delivered;
}

} // namespace snapline
