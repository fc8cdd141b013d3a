#pragma once

#include <QString>
#include <QStringList>

namespace snapline {

// What the console's search fields match: every word of the query, in any
// order, case-insensitively, somewhere in a row's text ("aws m30" finds
// "cluster-7 M30 dedicated AWS").
class TextFilter
{
public:
    void setText(const QString &text);
    QString text() const { return m_text; }
    bool isEmpty() const { return m_words.isEmpty(); }
    bool matches(const QString &haystack) const;

private:
    QString m_text;
    QStringList m_words;
};

} // namespace snapline
