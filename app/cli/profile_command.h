#pragma once

#include "profile_resolver.h"

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace snapline {

// `snapline profile list|add|import-atlascli|remove`: the connection
// profiles, from a terminal. Secrets go to the secret store (the system
// keychain), read from standard input, never from the command line.
class ProfileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)

public:
    // `arguments` starts with the program name, then "profile".
    static int run(const QStringList &arguments, QTextStream &in, QTextStream &out, QTextStream &err,
                   ProfileResolver &profiles);
};

} // namespace snapline
