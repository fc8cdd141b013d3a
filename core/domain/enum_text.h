#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>

namespace snapline {

// The wire spelling of an enum (as the Atlas API writes it), both ways.
template<typename E, std::size_t N>
struct EnumText
{
    std::array<std::pair<E, QStringView>, N> entries;

    QString toString(E value) const
    {
        for (const auto &[e, text] : entries) {
            if (e == value)
                return text.toString();
        }
        return {};
    }

    std::optional<E> parse(QStringView text) const
    {
        for (const auto &[e, name] : entries) {
            if (name.compare(text, Qt::CaseInsensitive) == 0)
                return e;
        }
        return std::nullopt;
    }

    QStringList names() const
    {
        QStringList out;
        for (const auto &entry : entries)
            out << entry.second.toString();
        return out;
    }
};

template<typename E, typename... Pairs>
constexpr auto makeEnumText(Pairs... pairs)
{
    return EnumText<E, sizeof...(Pairs)>{{{pairs...}}};
}

} // namespace snapline
