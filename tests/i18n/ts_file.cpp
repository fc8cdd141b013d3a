#include "ts_file.h"

#include <QFile>
#include <QXmlStreamReader>

QList<TsMessage> readTsFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<TsMessage> messages;
    QString context;
    TsMessage message;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage{};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            const auto type = xml.attributes().value(QLatin1StringView("type"));
            message.finished = type != u"unfinished" && type != u"vanished" && type != u"obsolete";
            if (!message.numerus) {
                message.translation = xml.readElementText();
                messages << message;
            } else {
                while (xml.readNextStartElement())
                    message.pluralForms << xml.readElementText();
                messages << message;
            }
        }
    }
    return messages;
}
