// The byte writer of the large list answers writes what QJsonDocument writes:
// the same escapes, the same numbers, the same ISO times.
#include "handlers/iso_time.h"
#include "handlers/json_writer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace snapline::sandbox;

namespace {

QByteArray viaQt(const QString &text)
{
    return QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
}

QByteArray viaWriter(const QString &text)
{
    JsonWriter json(1); // growing from one byte is part of the test
    json.beginArray();
    json.string(text);
    json.endArray();
    return json.take();
}

} // namespace

class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesLikeQt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain") << u"snapshot 5f0d-x_y.z"_qs;
        QTest::newRow("quote and backslash") << u"a \"quoted\" C:\\path"_qs;
        QTest::newRow("named controls") << u"\b\f\n\r\t"_qs;
        QTest::newRow("other controls") << QString::fromUtf16(u"\u0001\u001f\u0000x", 4);
        QTest::newRow("delete and slash") << u"\u007f/</"_qs;
        QTest::newRow("two-byte") << u"café Ω"_qs;
        QTest::newRow("three-byte") << u"日本 €"_qs;
        QTest::newRow("surrogate pair") << u"🙂 ok"_qs;
        QTest::newRow("lone high surrogate") << QString(QChar(0xd83d)) + u"x"_qs;
        QTest::newRow("lone low surrogate") << u"x"_qs + QString(QChar(0xde42));
        QTest::newRow("high at the end") << u"x"_qs + QString(QChar(0xd83d));
    }

    void escapesLikeQt()
    {
        QFETCH(QString, text);
        QCOMPARE(viaWriter(text), viaQt(text));
    }

    // Valid UTF-8 (what SQLite holds for text without lone surrogates) escapes as its QString does.
    void escapesUtf8LikeQt_data() { escapesLikeQt_data(); }
    void escapesUtf8LikeQt()
    {
        QFETCH(QString, text);
        if (QString::fromUtf8(text.toUtf8()) != text)
            QSKIP("a lone surrogate has no UTF-8 form");
        JsonWriter json(1);
        json.beginArray();
        json.utf8String(text.toUtf8());
        json.endArray();
        QCOMPARE(json.take(), viaQt(text));
    }

    void nestsLikeQt()
    {
        JsonWriter json(1);
        json.beginObject();
        json.key("a");
        json.beginArray();
        json.number(-9007199254740993);
        json.beginObject();
        json.endObject();
        json.beginArray();
        json.endArray();
        json.number(0);
        json.endArray();
        json.key("b");
        json.utf8String("\"x", "y");
        json.key("c");
        json.raw("\"raw\"");
        json.endObject();
        const QJsonObject expected{
                {u"a"_qs, QJsonArray{qint64(-9007199254740993), QJsonObject(), QJsonArray(), 0}},
                {u"b"_qs, u"xy"_qs},
                {u"c"_qs, u"raw"_qs}};
        QCOMPARE(json.take(), QJsonDocument(expected).toJson(QJsonDocument::Compact));
        QCOMPARE(json.take(), QByteArray());
    }

    void isoTimeLikeQDateTime()
    {
        // Every day boundary and a spread of times from 1970 to 2200, leap days and centuries included.
        for (qint64 s = 0; s < 7'258'118'400; s += 86'400 * 7 + 3'607) {
            for (qint64 at : {s, s - s % 86'400, s - s % 86'400 + 86'399}) {
                const QString expected = QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODate);
                QCOMPARE(QString::fromLatin1(IsoTimeText(at).view()), expected);
            }
        }
        for (qint64 at : {qint64(-1), qint64(951'782'400), qint64(4'107'456'000), qint64(253'402'300'799),
                          qint64(253'402'300'800)}) {
            const QString expected = QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODate);
            QCOMPARE(QString::fromLatin1(IsoTimeText(at).view()), expected);
        }
    }
};

QTEST_APPLESS_MAIN(TestJsonWriter)
#include "tst_json_writer.moc"
