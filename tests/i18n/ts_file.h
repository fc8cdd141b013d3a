#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One message of a Qt Linguist .ts file, as the translations tests read it.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool finished = true;
    QString translation;     // for a message without plural forms
    QStringList pluralForms; // for a numerus message
};

// The messages of `path` (translations/snapline_<lang>.ts); empty when unreadable.
QList<TsMessage> readTsFile(const QString &path);
