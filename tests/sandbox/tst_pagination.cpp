// Paging parameters and the paginated envelope of list responses.
#include "api/pagination.h"

#include <QTest>

using namespace Qt::StringLiterals;
using snapline::sandbox::Pagination;
using Error = Pagination::Error;

namespace {

const QUrl kListUrl(
        u"https://127.0.0.1:8443/api/atlas/v2/groups/g1/clusters/C0/backup/snapshots?pretty=true"_s);

QString href(int pageNum, int itemsPerPage)
{
    return u"https://127.0.0.1:8443/api/atlas/v2/groups/g1/clusters/C0/backup/snapshots?pretty=true&pageNum=%1&itemsPerPage=%2"_s
            .arg(pageNum)
            .arg(itemsPerPage);
}

QJsonArray numbers(int count)
{
    QJsonArray all;
    for (int i = 0; i < count; ++i) {
        all.append(i);
    }
    return all;
}

} // namespace

class TestPagination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("itemsPerPage");
        QTest::addColumn<int>("pageNum");
        QTest::addColumn<bool>("includeCount");

        const int none = int(Error::None);
        const int ippRange = int(Error::ItemsPerPageOutOfRange);
        const int ippInteger = int(Error::ItemsPerPageNotInteger);
        const int pageRange = int(Error::PageNumOutOfRange);
        const int pageInteger = int(Error::PageNumNotInteger);
        const int countBool = int(Error::IncludeCountNotBoolean);
        // clang-format off
        QTest::newRow("defaults") << QString() << none << 100 << 1 << true;
        QTest::newRow("others ignored") << u"pretty=true&envelope=false"_s << none << 100 << 1 << true;
        QTest::newRow("all set") << u"itemsPerPage=20&pageNum=3&includeCount=false"_s << none << 20 << 3 << false;
        QTest::newRow("itemsPerPage 1") << u"itemsPerPage=1"_s << none << 1 << 1 << true;
        QTest::newRow("itemsPerPage 500") << u"itemsPerPage=500"_s << none << 500 << 1 << true;
        QTest::newRow("itemsPerPage 0") << u"itemsPerPage=0"_s << ippRange << 100 << 1 << true;
        QTest::newRow("itemsPerPage 501") << u"itemsPerPage=501"_s << ippRange << 100 << 1 << true;
        QTest::newRow("itemsPerPage -1") << u"itemsPerPage=-1"_s << ippRange << 100 << 1 << true;
        QTest::newRow("itemsPerPage huge") << u"itemsPerPage=99999999999999999999999"_s << ippRange << 100 << 1 << true;
        QTest::newRow("itemsPerPage abc") << u"itemsPerPage=abc"_s << ippInteger << 100 << 1 << true;
        QTest::newRow("itemsPerPage empty") << u"itemsPerPage="_s << ippInteger << 100 << 1 << true;
        QTest::newRow("itemsPerPage no value") << u"itemsPerPage"_s << ippInteger << 100 << 1 << true;
        QTest::newRow("itemsPerPage 1.5") << u"itemsPerPage=1.5"_s << ippInteger << 100 << 1 << true;
        QTest::newRow("itemsPerPage space") << u"itemsPerPage=%2010"_s << ippInteger << 100 << 1 << true;
        QTest::newRow("itemsPerPage plus") << u"itemsPerPage=+5"_s << ippInteger << 100 << 1 << true;
        QTest::newRow("itemsPerPage minus only") << u"itemsPerPage=-"_s << ippInteger << 100 << 1 << true;
        QTest::newRow("itemsPerPage hex") << u"itemsPerPage=0x10"_s << ippInteger << 100 << 1 << true;
        QTest::newRow("itemsPerPage leading zero") << u"itemsPerPage=007"_s << none << 7 << 1 << true;
        QTest::newRow("pageNum 0") << u"pageNum=0"_s << pageRange << 100 << 1 << true;
        QTest::newRow("pageNum -1") << u"pageNum=-1"_s << pageRange << 100 << 1 << true;
        QTest::newRow("pageNum abc") << u"pageNum=abc"_s << pageInteger << 100 << 1 << true;
        QTest::newRow("pageNum int max") << u"pageNum=2147483647"_s << none << 100 << 2147483647 << true;
        QTest::newRow("pageNum past int") << u"pageNum=2147483648"_s << pageRange << 100 << 1 << true;
        QTest::newRow("includeCount FALSE") << u"includeCount=FALSE"_s << none << 100 << 1 << false;
        QTest::newRow("includeCount True") << u"includeCount=True"_s << none << 100 << 1 << true;
        QTest::newRow("includeCount 1") << u"includeCount=1"_s << countBool << 100 << 1 << true;
        QTest::newRow("includeCount yes") << u"includeCount=yes"_s << countBool << 100 << 1 << true;
        QTest::newRow("includeCount empty") << u"includeCount="_s << countBool << 100 << 1 << true;
        QTest::newRow("first bad one reported") << u"pageNum=abc&itemsPerPage=0"_s << ippRange << 100 << 1 << true;
        QTest::newRow("repeated: first wins") << u"pageNum=2&pageNum=abc"_s << none << 100 << 2 << true;
        // clang-format on
    }

    void parse()
    {
        QFETCH(QString, query);
        QFETCH(int, error);
        QFETCH(int, itemsPerPage);
        QFETCH(int, pageNum);
        QFETCH(bool, includeCount);

        const Pagination page = Pagination::fromQuery(QUrlQuery(query));
        QCOMPARE(int(page.error()), error);
        QCOMPARE(page.isValid(), error == int(Error::None));
        if (page.isValid()) {
            QCOMPARE(page.itemsPerPage(), itemsPerPage);
            QCOMPARE(page.pageNum(), pageNum);
            QCOMPARE(page.includeCount(), includeCount);
            QCOMPARE(page.offset(), qint64(pageNum - 1) * itemsPerPage);
        }
    }

    void apiError_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("detail");

        // clang-format off
        QTest::newRow("501") << u"itemsPerPage=501"_s << u"Invalid value \"501\" for query parameter itemsPerPage: it must be an integer from 1 to 500."_s;
        QTest::newRow("abc") << u"itemsPerPage=abc"_s << u"Invalid value \"abc\" for query parameter itemsPerPage: it must be an integer."_s;
        QTest::newRow("page 0") << u"pageNum=0"_s << u"Invalid value \"0\" for query parameter pageNum: it must be an integer of 1 or more."_s;
        QTest::newRow("page x") << u"pageNum=x"_s << u"Invalid value \"x\" for query parameter pageNum: it must be an integer."_s;
        QTest::newRow("count") << u"includeCount=maybe"_s << u"Invalid value \"maybe\" for query parameter includeCount: it must be true or false."_s;
        QTest::newRow("decoded value") << u"itemsPerPage=a%20b"_s << u"Invalid value \"a b\" for query parameter itemsPerPage: it must be an integer."_s;
        // clang-format on
    }

    void apiError()
    {
        QFETCH(QString, query);
        QFETCH(QString, detail);

        const Pagination page = Pagination::fromQuery(QUrlQuery(query));
        QVERIFY(!page.isValid());
        const QJsonObject body = page.apiError().toJson();
        QCOMPARE(body.value(u"error").toInt(), 400);
        QCOMPARE(body.value(u"errorCode").toString(), u"VALIDATION_ERROR"_s);
        QCOMPARE(body.value(u"reason").toString(), u"Bad Request"_s);
        QCOMPARE(body.value(u"detail").toString(), detail);
        QVERIFY(!body.contains(u"badRequestDetail"));
    }

    void envelope_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("firstItem"); // -1: the page is empty
        QTest::addColumn<int>("count");
        QTest::addColumn<QStringList>("rels");
        QTest::addColumn<QStringList>("hrefs");

        using L = QStringList;
        // clang-format off
        QTest::newRow("first of three") << u"itemsPerPage=100"_s << 250 << 0 << 100 << L{u"self"_s, u"next"_s} << L{href(1, 100), href(2, 100)};
        QTest::newRow("middle") << u"itemsPerPage=100&pageNum=2"_s << 250 << 100 << 100 << L{u"self"_s, u"previous"_s, u"next"_s} << L{href(2, 100), href(1, 100), href(3, 100)};
        QTest::newRow("last, partial") << u"itemsPerPage=100&pageNum=3"_s << 250 << 200 << 50 << L{u"self"_s, u"previous"_s} << L{href(3, 100), href(2, 100)};
        QTest::newRow("last, full") << u"itemsPerPage=100&pageNum=2"_s << 200 << 100 << 100 << L{u"self"_s, u"previous"_s} << L{href(2, 100), href(1, 100)};
        QTest::newRow("only page, defaults made explicit") << QString() << 5 << 0 << 5 << L{u"self"_s} << L{href(1, 100)};
        QTest::newRow("empty list") << QString() << 0 << -1 << 0 << L{u"self"_s} << L{href(1, 100)};
        QTest::newRow("past the end") << u"itemsPerPage=100&pageNum=5"_s << 250 << -1 << 0 << L{u"self"_s, u"previous"_s} << L{href(5, 100), href(4, 100)};
        QTest::newRow("one per page") << u"itemsPerPage=1&pageNum=2"_s << 3 << 1 << 1 << L{u"self"_s, u"previous"_s, u"next"_s} << L{href(2, 1), href(1, 1), href(3, 1)};
        QTest::newRow("includeCount=false still links next") << u"itemsPerPage=2&includeCount=false"_s << 5 << 0 << 2 << L{u"self"_s, u"next"_s} << L{href(1, 2), href(2, 2)};
        // clang-format on
    }

    void envelope()
    {
        QFETCH(QString, query);
        QFETCH(int, total);
        QFETCH(int, firstItem);
        QFETCH(int, count);
        QFETCH(QStringList, rels);
        QFETCH(QStringList, hrefs);

        QUrl requestUrl = kListUrl;
        if (!query.isEmpty()) {
            requestUrl.setQuery(QString(requestUrl.query() + u'&' + query));
        }
        const Pagination page = Pagination::fromQuery(QUrlQuery(requestUrl));
        QVERIFY(page.isValid());
        const QJsonObject body = page.paginate(numbers(total), requestUrl);

        const QJsonArray results = body.value(u"results").toArray();
        QVERIFY(body.value(u"results").isArray());
        QCOMPARE(results.size(), count);
        if (firstItem >= 0) {
            QCOMPARE(results.first().toInt(), firstItem);
        }
        // totalCount only with includeCount (the contract: omitted when includeCount=false).
        QCOMPARE(body.contains(u"totalCount"), page.includeCount());
        if (page.includeCount()) {
            QCOMPARE(body.value(u"totalCount").toInteger(), total);
        }
        QCOMPARE(body.keys(),
                 page.includeCount() ? (QStringList{u"links"_s, u"results"_s, u"totalCount"_s})
                                     : (QStringList{u"links"_s, u"results"_s}));

        QStringList actualRels;
        QStringList actualHrefs;
        for (const QJsonValue &value : body.value(u"links").toArray()) {
            const QJsonObject link = value.toObject();
            QCOMPARE(link.keys(), (QStringList{u"href"_s, u"rel"_s}));
            actualRels.append(link.value(u"rel").toString());
            actualHrefs.append(link.value(u"href").toString());
        }
        QCOMPARE(actualRels, rels);
        const QString countSuffix = page.includeCount() ? QString() : u"&includeCount=false"_s;
        QStringList expectedHrefs;
        for (const QString &expected : hrefs) {
            // Other query parameters are kept, in their order, before pageNum and itemsPerPage.
            expectedHrefs.append(
                    countSuffix.isEmpty()
                            ? expected
                            : QString(expected).replace(u"pretty=true"_s, u"pretty=true"_s + countSuffix));
        }
        QCOMPARE(actualHrefs, expectedHrefs);
    }

    void envelopeTakesAPreparedPage()
    {
        const Pagination page = Pagination::fromQuery(QUrlQuery(u"itemsPerPage=2&pageNum=2"_s));
        const QJsonObject body = page.envelope(QJsonArray{u"c"_s, u"d"_s}, 7, kListUrl);
        QCOMPARE(body.value(u"results").toArray(), (QJsonArray{u"c"_s, u"d"_s}));
        QCOMPARE(body.value(u"totalCount").toInteger(), 7);
        QCOMPARE(body.value(u"links").toArray().size(), 3);
    }

    void pageHrefKeepsTheRestOfTheUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("href");

        // clang-format off
        QTest::newRow("replaces, not duplicates") << u"https://h/api/atlas/v2/groups?pageNum=9&itemsPerPage=3&name=x"_s << u"https://h/api/atlas/v2/groups?name=x&pageNum=2&itemsPerPage=50"_s;
        QTest::newRow("encoded values stay encoded") << u"https://h/api/atlas/v2/orgs?name=a%20b%26c"_s << u"https://h/api/atlas/v2/orgs?name=a%20b%26c&pageNum=2&itemsPerPage=50"_s;
        QTest::newRow("repeatable parameters kept") << u"https://h/api/atlas/v2/groups/g/events?eventType=A&eventType=B"_s << u"https://h/api/atlas/v2/groups/g/events?eventType=A&eventType=B&pageNum=2&itemsPerPage=50"_s;
        QTest::newRow("fragment dropped") << u"https://h/api/atlas/v2/groups#x"_s << u"https://h/api/atlas/v2/groups?pageNum=2&itemsPerPage=50"_s;
        QTest::newRow("relative request") << u"/api/atlas/v2/groups"_s << u"/api/atlas/v2/groups?pageNum=2&itemsPerPage=50"_s;
        // clang-format on
    }

    void pageHrefKeepsTheRestOfTheUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, href);
        QCOMPARE(Pagination::pageHref(QUrl(url), 2, 50), href);
    }

    void defaultsMatchTheContract()
    {
        const Pagination page;
        QVERIFY(page.isValid());
        QCOMPARE(page.itemsPerPage(), 100);
        QCOMPARE(page.pageNum(), 1);
        QVERIFY(page.includeCount());
        QCOMPARE(Pagination::kMaxItemsPerPage, 500);
    }
};

QTEST_GUILESS_MAIN(TestPagination)
#include "tst_pagination.moc"
