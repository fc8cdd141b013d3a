#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct evp_md_ctx_st; // OpenSSL's EVP_MD_CTX

namespace snapline {

// SHA-256 through OpenSSL, which uses the processor's SHA instructions:
// hashing a report of a million rows is then a small part of writing it.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void add(const char *data, qsizetype size);
    void add(const QByteArray &data) { add(data.constData(), data.size()); }
    QByteArray hex(); // lowercase; ends the hash

    // A file's hash and size; fails with a readable error when it cannot be read.
    static Result<std::pair<QString, qint64>> ofFile(const QString &path);

private:
    evp_md_ctx_st *m_ctx = nullptr;
};

} // namespace snapline
