#include "i18n/ui_language.h"

#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <cstring>

namespace snapline {

namespace {

// "de-CH" / "de_CH" / "DE" → "de".
QString baseLanguage(const QString &name)
{
    return name.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
}

// Loads `file` (e.g. "snapline_de") from the first folder that has it.
bool load(QCoreApplication &app, const QString &file, const QStringList &folders)
{
    for (const QString &folder : folders) {
        auto *translator = new QTranslator(&app);
        if (translator->load(file, folder)) {
            QCoreApplication::installTranslator(translator);
            return true;
        }
        delete translator;
    }
    return false;
}

QStringList snaplineFolders()
{
    // Installed next to the program (…/bin/snapline → …/share/snapline/translations), then built in.
    return {QDir(QCoreApplication::applicationDirPath())
                    .absoluteFilePath(QStringLiteral("../share/snapline/translations")),
            QStringLiteral(":/i18n")};
}

} // namespace

QStringList UiLanguage::available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("ja")};
}

QString UiLanguage::takeOverride(int &argc, char **argv)
{
    QString language;
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0) {
            const bool valued = i + 1 < argc && argv[i + 1][0] != '-'; // "--lang --help" names no language
            language = valued ? QString::fromLocal8Bit(argv[++i]) : QStringLiteral("?");
            continue;
        }
        if (std::strncmp(argv[i], "--lang=", 7) == 0) {
            language = QString::fromLocal8Bit(argv[i] + 7);
            if (language.isEmpty())
                language = QStringLiteral("?");
            continue;
        }
        argv[kept++] = argv[i];
    }
    argc = kept;
    argv[argc] = nullptr;
    return language;
}

QString UiLanguage::pick(const QStringList &preferred)
{
    for (const QString &name : preferred) {
        const QString base = baseLanguage(name);
        if (available().contains(base))
            return base;
    }
    return QStringLiteral("en");
}

UiLanguage::Choice UiLanguage::install(QCoreApplication &app, const QString &requested)
{
    Choice choice;
    if (requested.isEmpty()) {
        choice.language = pick(QLocale::system().uiLanguages());
        choice.locale = QLocale::system();
    } else if (available().contains(baseLanguage(requested))) {
        choice.language = baseLanguage(requested);
        choice.locale = QLocale(requested);
    } else {
        choice.language = QStringLiteral("en");
        choice.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        choice.notice = requested == u"?"
                ? tr("--lang needs a language: one of %1.").arg(available().join(QStringLiteral(", ")))
                : tr("Snapline is not translated into \"%1\"; it speaks English. Languages: %2.")
                          .arg(requested, available().join(QStringLiteral(", ")));
    }
    // A system language Snapline does not speak: English words, but the
    // system's numbers and dates.
    QLocale::setDefault(choice.locale);

    // English first: its plural forms ("%n day(s)" → "1 day"); a
    // translation installed later wins over it.
    load(app, QStringLiteral("snapline_en"), snaplineFolders());
    if (choice.language != u"en") {
        load(app, QStringLiteral("qtbase_") + choice.language,
             {QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
        if (!load(app, QStringLiteral("snapline_") + choice.language, snaplineFolders())) {
            choice.notice
                    = tr("The %1 translation is missing from this installation; Snapline speaks English.")
                              .arg(choice.language);
            choice.language = QStringLiteral("en");
        }
    }
    return choice;
}

} // namespace snapline
