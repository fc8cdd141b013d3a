#include "report/report_signature.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace snapline {

Result<ReportSignature> ReportSignature::make(const ReportSigningKey &key, const QString &signedFile,
                                              const QByteArray &manifestBytes)
{
    auto signature = key.sign(manifestBytes);
    if (!signature)
        return signature.error();
    return ReportSignature{signedFile, key.publicKey(), *signature};
}

QByteArray ReportSignature::toJson() const
{
    const QJsonObject root{
            {QStringLiteral("format"), QStringLiteral("snapline-report-signature")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("algorithm"), QStringLiteral("Ed25519")},
            {QStringLiteral("signedFile"), signedFile},
            {QStringLiteral("publicKey"), QString::fromLatin1(publicKey.toBase64())},
            {QStringLiteral("fingerprint"), fingerprint()},
            {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ReportSignature> ReportSignature::fromJson(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (root.value(QStringLiteral("format")).toString() != u"snapline-report-signature"
        || root.value(QStringLiteral("algorithm")).toString() != u"Ed25519")
        return Error{QStringLiteral("report.signature"),
                     tr("The signature file is not a Snapline Ed25519 signature.")};
    ReportSignature out;
    out.signedFile = root.value(QStringLiteral("signedFile")).toString();
    out.publicKey = QByteArray::fromBase64(root.value(QStringLiteral("publicKey")).toString().toLatin1());
    out.signature = QByteArray::fromBase64(root.value(QStringLiteral("signature")).toString().toLatin1());
    return out;
}

} // namespace snapline
