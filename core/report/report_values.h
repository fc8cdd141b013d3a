#pragma once

#include "report/report_document.h"

#include <QDateTime>
#include <QVariant>

#include <optional>

namespace snapline {

// Small helpers the builders share to make columns and typed values the way
// report_document.h defines them.
namespace ReportValues {

inline ReportColumn column(const QString &key, const QString &title,
                           ReportColumn::Type type = ReportColumn::Type::Text)
{
    return ReportColumn{key, title, type, false};
}
// A column for programs only (ids and stable codes).
inline ReportColumn codeColumn(const QString &key, const QString &title)
{
    return ReportColumn{key, title, ReportColumn::Type::Text, true};
}

inline QVariant time(const QDateTime &moment)
{
    return moment.isValid() ? QVariant(moment.toUTC()) : QVariant();
}
inline QVariant time(const std::optional<QDateTime> &moment)
{
    return moment ? time(*moment) : QVariant();
}
inline QVariant integer(qint64 value)
{
    return QVariant::fromValue<qint64>(value);
}
inline QVariant number(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}
inline QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

inline ReportTable table(const QString &key, const QString &title, QList<ReportColumn> columns)
{
    ReportTable out;
    out.key = key;
    out.title = title;
    out.columns = std::move(columns);
    return out;
}

inline ReportSection section(const QString &key, const QString &title, const QString &text = {})
{
    ReportSection out;
    out.key = key;
    out.title = title;
    out.text = text;
    return out;
}

inline ReportChart chart(const QString &key, const QString &title, ReportChart::Kind kind,
                         ReportColumn::Type valueType = ReportColumn::Type::Integer)
{
    ReportChart out;
    out.key = key;
    out.title = title;
    out.kind = kind;
    out.valueType = valueType;
    return out;
}

inline ReportFigure figure(const QString &key, const QString &label, const QVariant &value,
                           ReportColumn::Type type = ReportColumn::Type::Integer)
{
    return ReportFigure{key, label, value, type};
}

} // namespace ReportValues

} // namespace snapline
