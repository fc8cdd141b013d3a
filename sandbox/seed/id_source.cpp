#include "seed/id_source.h"

namespace snapline::sandbox {

QString IdSource::objectId()
{
    static const char *const hex = "0123456789abcdef";
    QString id(24, u'0');
    for (int i = 0; i < 24; ++i)
        id[i] = QLatin1Char(hex[between(0, 15)]);
    return id;
}

QString IdSource::token(int length, bool letters)
{
    static const char *const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    const int size = letters ? 36 : 10;
    const int offset = letters ? 0 : 26;
    QString out(length, u'0');
    for (int i = 0; i < length; ++i)
        out[i] = QLatin1Char(alphabet[offset + between(0, size - 1)]);
    return out;
}

} // namespace snapline::sandbox
