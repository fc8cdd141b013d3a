#pragma once

#include <QString>

namespace snapline {

// A failure that a person can read and a program can branch on: `code` is
// stable across releases, `message` is translated prose.
struct Error
{
    QString code;
    QString message;

    bool operator==(const Error &) const = default;
};

} // namespace snapline
