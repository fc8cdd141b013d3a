#include "models/text_filter.h"

namespace snapline {

void TextFilter::setText(const QString &text)
{
    m_text = text;
    m_words = text.split(u' ', Qt::SkipEmptyParts);
}

bool TextFilter::matches(const QString &haystack) const
{
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace snapline
