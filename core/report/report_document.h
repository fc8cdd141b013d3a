#pragma once

#include "report/report_spec.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace snapline {

// A report as data, before any format: sections of figures, tables and
// charts. Builders make it from the catalog; the PDF, HTML, CSV and JSON
// writers only lay it out, so every format says the same thing.

// How a column's values are typed and shown. Values are stored typed
// (qint64, double, QDateTime in UTC, bool, QString; an invalid QVariant is
// "no value"), and formatted by the writers. Percent is 0–100 (98.5 means
// 98.5 %), Bytes a byte count, Duration a number of seconds.
struct ReportColumn
{
    enum class Type { Text, Integer, Number, Percent, Bytes, DateTime, Duration, Boolean };

    QString key;   // stable, for CSV headers and JSON field names: "clusterName", "snapshotsTaken"
    QString title; // for people: "Cluster", "Snapshots taken"
    Type type = Type::Text;
};

struct ReportTable
{
    QString key;   // stable: "clusters", "missedSnapshots"; the CSV file is "<section>-<table>.csv"
    QString title; // for people
    QList<ReportColumn> columns;
    QList<QVariantList> rows; // each row has one value per column
    QString note;             // a sentence under the table, or empty
};

// One figure of a summary: "Clusters below the policy: 2".
struct ReportFigure
{
    QString key;
    QString label;
    QVariant value;
    ReportColumn::Type type = ReportColumn::Type::Integer;
};

// A chart drawn by the writers (PDF and HTML): one value per category and
// series, bars stacked by series or lines.
struct ReportChart
{
    enum class Kind { StackedBars, Lines };

    QString key;
    QString title;
    Kind kind = Kind::StackedBars;
    ReportColumn::Type valueType = ReportColumn::Type::Integer; // how values and the axis are shown
    QStringList categories;                                     // x labels (days, clusters …)
    struct Series
    {
        QString name;
        QList<double> values; // one per category
    };
    QList<Series> series;
};

struct ReportSection
{
    QString key;   // stable: "summary", "clusters" …
    QString title; // for people; the table of contents lists it
    QString text;  // a paragraph, or empty
    QList<ReportFigure> figures;
    QList<ReportTable> tables;
    QList<ReportChart> charts;
};

struct ReportDocument
{
    ReportSpec spec;
    QString title;      // "Backup coverage — Payments"
    QString scopeLabel; // "Project Payments (Snapline-Demo)"
    QList<ReportSection> sections;
};

} // namespace snapline
