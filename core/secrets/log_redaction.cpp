#include "secrets/log_redaction.h"

#include <QRegularExpression>

namespace snapline {

using namespace Qt::StringLiterals;

namespace {

// The scheme of an Authorization value ("Digest", "Bearer", …), if it has one.
QString schemeOf(const QString &value)
{
    static const QRegularExpression scheme(u"^([A-Za-z][A-Za-z0-9_-]*)\\s+\\S"_s);
    const QRegularExpressionMatch match = scheme.match(value);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString redactedValue(const QString &value)
{
    const QString scheme = schemeOf(value.trimmed());
    return scheme.isEmpty() ? QString::fromLatin1(kRedacted) : scheme + u' ' + QLatin1String(kRedacted);
}

// Replaces each match of `pattern` by what `replace` makes of it.
template<typename Replace>
QString replaceEach(const QString &text, const QRegularExpression &pattern, Replace replace)
{
    QString out;
    qsizetype last = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        out += replace(match);
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

QByteArray redactAuthorization(const QByteArray &headerLine)
{
    const qsizetype colon = headerLine.indexOf(':');
    if (colon < 0)
        return headerLine;
    const QByteArray name = headerLine.left(colon).trimmed().toLower();
    if (name != "authorization" && name != "proxy-authorization")
        return headerLine;
    QByteArray ending;
    if (headerLine.endsWith("\r\n"))
        ending = "\r\n";
    else if (headerLine.endsWith('\n'))
        ending = "\n";
    const QString value = QString::fromLatin1(headerLine.mid(colon + 1));
    return headerLine.left(colon) + ": " + redactedValue(value).toLatin1() + ending;
}

QString redactSecrets(const QString &text)
{
    static const QRegularExpression header(u"\\b((?:proxy-)?authorization)[ \\t]*:[ \\t]*([^\\r\\n]*)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bearer(u"\\b(bearer)\\s+(?!<redacted>)[A-Za-z0-9._~+/=-]+"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression serviceAccountSecret(u"mdb_sa_sk_[A-Za-z0-9_-]+"_s);
    // key = value, "key": "value", key=value&…
    static const QRegularExpression keyed(
            u"([\"']?\\b(?:private_?api_?key|private_?key|privateKey|client_?secret|clientSecret|access_?"
            u"token|"
            "refresh_?token|id_token|password|passphrase|secret)\\b[\"']?[ \\t]*[:=][ \\t]*)"
            "(\"[^\"]*\"|'[^']*'|[^\\s,&;}\\]]+)"_s,
            QRegularExpression::CaseInsensitiveOption);

    QString out = replaceEach(text, header, [](const QRegularExpressionMatch &m) -> QString {
        return m.captured(1) + u": "_s + redactedValue(m.captured(2));
    });
    out = replaceEach(out, bearer, [](const QRegularExpressionMatch &m) -> QString {
        return m.captured(1) + u' ' + QLatin1String(kRedacted);
    });
    out.replace(serviceAccountSecret, QString::fromLatin1(kRedacted));
    out = replaceEach(out, keyed, [](const QRegularExpressionMatch &m) -> QString {
        const QString value = m.captured(2);
        const QChar quote = value.startsWith(u'"') || value.startsWith(u'\'') ? value.front() : QChar();
        const QString hidden = QString::fromLatin1(kRedacted);
        return m.captured(1) + (quote.isNull() ? hidden : quote + hidden + quote);
    });
    return out;
}

} // namespace snapline
