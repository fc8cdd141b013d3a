#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace snapline {

// The language Snapline speaks: the system's, unless `--lang` names
// another. Installs Snapline's translations (from the installed
// share/snapline/translations, else those built in) and Qt's own, and makes
// the language's locale the default, so numbers, sizes and dates follow it.
class UiLanguage
{
    Q_DECLARE_TR_FUNCTIONS(UiLanguage)

public:
    struct Choice
    {
        QString language; // "de", "fr", "ja" or "en"
        QLocale locale;   // what numbers and dates are formatted with
        QString notice;   // why the asked language is not spoken; empty when it is
    };

    // The languages Snapline is translated into, English first.
    static QStringList available();

    // Removes `--lang X` / `--lang=X` from the command line before Qt or a
    // command parses it; answers X (empty when absent). `--lang` without a
    // value answers "?", which install() explains.
    static QString takeOverride(int &argc, char **argv);

    // Installs the translators on `app` for `requested` ("de", "fr_CA",
    // "ja-JP"…; empty: the system's preferred languages) and sets the
    // default locale. English, Snapline's source language, always works.
    static Choice install(QCoreApplication &app, const QString &requested);

    // The first of `preferred` ("de-CH", "fr", …) Snapline is translated
    // into, or "en".
    static QString pick(const QStringList &preferred);
};

} // namespace snapline
