// Snapline speaks German, French and Japanese: every message of each .ts
// file comes back from QCoreApplication::translate once the language is
// installed (so the .qm files are built, embedded and loaded, and plural
// forms pick the right form), the core's own texts are looked up under the
// contexts the files use, numbers follow the language's locale, and the
// choice of language (system, --lang, unknown) is explained.
#include "console/display_format.h"
#include "i18n/ui_language.h"
#include "report/report_spec.h"
#include "ts_file.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

#include <vector>

using namespace snapline;

namespace {

QString tsPath(const QString &language)
{
    return QStringLiteral(SNAPLINE_SOURCE_DIR "/translations/snapline_%1.ts").arg(language);
}

// The plural form Qt picks for `n` in the three languages.
int formFor(const QString &language, int n)
{
    if (language == u"ja")
        return 0;
    if (language == u"fr")
        return n <= 1 ? 0 : 1;
    return n == 1 ? 0 : 1;
}

QString withCount(QString text, int n)
{
    return text.replace(QStringLiteral("%Ln"), QLocale().toString(n))
            .replace(QStringLiteral("%n"), QString::number(n));
}

void uninstallAll()
{
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>());
}

QString translationOf(const QList<TsMessage> &messages, const QString &context, const QString &source)
{
    for (const TsMessage &m : messages) {
        if (m.context == context && m.source == source)
            return m.translation;
    }
    return {};
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { uninstallAll(); }

    void everyMessageIsTranslatedAtRunTime_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"de", "fr", "ja"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void everyMessageIsTranslatedAtRunTime()
    {
        QFETCH(QString, language);
        const QList<TsMessage> messages = readTsFile(tsPath(language));
        QVERIFY2(messages.size() > 1000, qPrintable(tsPath(language)));
        const UiLanguage::Choice choice = UiLanguage::install(*QCoreApplication::instance(), language);
        QCOMPARE(choice.language, language);
        QVERIFY(choice.notice.isEmpty());

        int checked = 0;
        QStringList wrong;
        for (const TsMessage &m : messages) {
            if (!m.finished)
                continue; // scripts/check-translations.sh fails on those
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
            if (m.numerus) {
                for (int n : {1, 2, 5}) {
                    const QString got = QCoreApplication::translate(context, source, disambiguation, n);
                    const QString want = withCount(m.pluralForms.value(formFor(language, n)), n);
                    if (got != want)
                        wrong << QStringLiteral("%1 / %2 (n=%3): %4")
                                         .arg(m.context, m.source)
                                         .arg(n)
                                         .arg(got);
                }
            } else {
                const QString got = QCoreApplication::translate(context, source, disambiguation);
                if (got != m.translation)
                    wrong << QStringLiteral("%1 / %2: %3").arg(m.context, m.source, got);
            }
            ++checked;
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 10).join(u'\n')));
        QVERIFY(checked > 1000);
    }

    // Every translation keeps the source's placeholders, tags and accelerator.
    void translationsKeepPlaceholders_data() { everyMessageIsTranslatedAtRunTime_data(); }

    void translationsKeepPlaceholders()
    {
        QFETCH(QString, language);
        static const QRegularExpression placeholder(QStringLiteral("%(L?\\d+|L?n)"));
        static const QRegularExpression tag(QStringLiteral("</?([a-zA-Z]+)[^>]*>"));
        const auto set = [](const QString &text, const QRegularExpression &re, bool withoutCount) {
            QStringList found;
            for (auto it = re.globalMatch(text); it.hasNext();) {
                const QString m = it.next().captured(0);
                if (!(withoutCount && m.endsWith(u'n')))
                    found << m;
            }
            found.sort();
            found.removeDuplicates();
            return found;
        };
        const auto accelerators = [](QString text) {
            text.remove(QStringLiteral("&&"));
            static const QRegularExpression mark(QStringLiteral("&(?![a-z]+;|#)(?=\\S)"));
            return int(text.count(mark));
        };
        QStringList wrong;
        for (const TsMessage &m : readTsFile(tsPath(language))) {
            const QStringList texts = m.numerus ? m.pluralForms : QStringList{m.translation};
            for (const QString &t : texts) {
                if (set(t, placeholder, m.numerus) != set(m.source, placeholder, m.numerus)
                    || set(t, tag, false) != set(m.source, tag, false)
                    || accelerators(t) != accelerators(m.source))
                    wrong << m.context + QStringLiteral(" / ") + m.source.left(60) + QStringLiteral(" → ")
                                    + t.left(60);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 10).join(u'\n')));
    }

    // The core's texts are looked up under the contexts lupdate files them under.
    void coreTextsUseTheirFilesContexts()
    {
        const QList<TsMessage> german = readTsFile(tsPath(QStringLiteral("de")));
        UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("de"));
        const QString daily = translationOf(german, QStringLiteral("DisplayFormat"), QStringLiteral("daily"));
        QVERIFY(!daily.isEmpty() && daily != u"daily");
        QCOMPARE(formatFrequency(Frequency::Daily), daily);
        QCOMPARE(ReportText::kindTitle(ReportKind::Coverage),
                 translationOf(german, QStringLiteral("ReportText"), QStringLiteral("Backup coverage")));
        QVERIFY(!ReportScope::parse(QStringLiteral("nonsense")).ok());
        QCOMPARE(ReportScope::parse(QStringLiteral("nonsense")).error().message,
                 translationOf(german, QStringLiteral("ReportText"),
                               QStringLiteral("\"%1\" is not a scope: write org:ID, project:ID or "
                                              "cluster:PROJECT_ID/NAME."))
                         .arg(QStringLiteral("nonsense")));
    }

    void numbersFollowTheLanguage()
    {
        UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("de"));
        QCOMPARE(formatBytes(1'500'000'000), QStringLiteral("1,5 GB"));
        uninstallAll();
        UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("fr"));
        QCOMPARE(formatBytes(1'500'000'000),
                 QStringLiteral("1,5 Go").left(3) + formatBytes(1'500'000'000).mid(3));
        QVERIFY(formatBytes(1'500'000'000).startsWith(u"1,5"));
        uninstallAll();
        UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("en"));
        QCOMPARE(formatBytes(1'500'000'000), QStringLiteral("1.5 GB"));
        QCOMPARE(formatDuration(3600 * 26), QStringLiteral("1 d 2 h"));
    }

    void anUnknownLanguageIsExplainedAndEnglishSpoken()
    {
        const UiLanguage::Choice choice
                = UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("xx"));
        QCOMPARE(choice.language, QStringLiteral("en"));
        QVERIFY(choice.notice.contains(u"\"xx\""));
        QVERIFY(choice.notice.contains(u"de, fr, ja") || choice.notice.contains(u"en, de, fr, ja"));
        QCOMPARE(formatFrequency(Frequency::Daily), QStringLiteral("daily"));
        QCOMPARE(formatDuration(60 * 5), QStringLiteral("5 min"));
        const UiLanguage::Choice bare
                = UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("?"));
        QVERIFY(bare.notice.contains(u"--lang"));
    }

    void theSystemsPreferredLanguageIsPicked()
    {
        QCOMPARE(UiLanguage::pick({QStringLiteral("de-CH"), QStringLiteral("en-US")}), QStringLiteral("de"));
        QCOMPARE(UiLanguage::pick({QStringLiteral("pt-BR"), QStringLiteral("fr-CA")}), QStringLiteral("fr"));
        QCOMPARE(UiLanguage::pick({QStringLiteral("ja_JP")}), QStringLiteral("ja"));
        QCOMPARE(UiLanguage::pick({QStringLiteral("pt-BR")}), QStringLiteral("en"));
        QCOMPARE(UiLanguage::pick({}), QStringLiteral("en"));
    }

    void langIsTakenOffTheCommandLine()
    {
        const auto run = [](std::vector<QByteArray> words) {
            std::vector<char *> argv;
            for (QByteArray &w : words)
                argv.push_back(w.data());
            argv.push_back(nullptr);
            int argc = int(words.size());
            const QString language = UiLanguage::takeOverride(argc, argv.data());
            QStringList rest;
            for (int i = 0; i < argc; ++i)
                rest << QString::fromLocal8Bit(argv[i]);
            return std::pair{language, rest};
        };
        auto [a, restA] = run({"snapline", "--lang", "de", "report", "--help"});
        QCOMPARE(a, QStringLiteral("de"));
        QCOMPARE(restA,
                 (QStringList{QStringLiteral("snapline"), QStringLiteral("report"),
                              QStringLiteral("--help")}));
        auto [b, restB] = run({"snapline", "sync", "--lang=ja_JP"});
        QCOMPARE(b, QStringLiteral("ja_JP"));
        QCOMPARE(restB, (QStringList{QStringLiteral("snapline"), QStringLiteral("sync")}));
        auto [c, restC] = run({"snapline", "--lang", "--version"});
        QCOMPARE(c, QStringLiteral("?"));
        QCOMPARE(restC, (QStringList{QStringLiteral("snapline"), QStringLiteral("--version")}));
        auto [d, restD] = run({"snapline", "--version"});
        QVERIFY(d.isEmpty());
        QCOMPARE(restD.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
