#pragma once

#include <QSet>
#include <QString>

#include <limits>

namespace snapline {

// Stands for an invalid creation time where the column is part of a key and
// cannot be NULL; sorts before every real time.
inline constexpr qint64 kNoCreationTime = std::numeric_limits<qint64>::min();

// The values of one QString member across a list: the keys a listing keeps.
template<typename List, typename Field>
QSet<QString> keysOf(const List &list, Field field)
{
    QSet<QString> keys;
    keys.reserve(list.size());
    for (const auto &item : list)
        keys.insert(item.*field);
    return keys;
}

} // namespace snapline
