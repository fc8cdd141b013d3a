#pragma once

#include "util/error.h"

#include <utility>
#include <variant>

namespace snapline {

// Either a value or an error (an Error unless told otherwise); the C++20
// stand-in for std::expected.
template<typename T, typename E = Error>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    Result(E error)
        : m_state(std::in_place_index<1>, std::move(error))
    {}

    static Result failure(QString code, QString message)
    {
        return Result(E{std::move(code), std::move(message)});
    }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const & { return value(); }

    const E &error() const { return std::get<1>(m_state); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, E> m_state;
};

// Result of an operation that produces nothing but may fail.
struct Done
{
    bool operator==(const Done &) const = default;
};
using Status = Result<Done>;

} // namespace snapline
