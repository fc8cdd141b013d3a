#pragma once

#include "report/report_spec.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace snapline {

// A report as data, before any format: sections of figures, tables and
// charts. Builders make it from the catalog; the PDF, HTML, CSV and JSON
// writers only lay it out, so every format says the same thing.

// How a column's values are typed and shown. Values are stored typed
// (qint64, double, QDateTime in UTC, bool, QString; an invalid QVariant is
// "no value"), and formatted by the writers:
//   Text      QString (a row source may hand out UTF-8 in a QByteArray: toString() reads it)
//   Integer   qint64 (a count)
//   Number    double
//   Percent   double in percent, 0–100, rounded to two decimals ("97.5" is 97.5 %)
//   Bytes     qint64 bytes
//   DateTime  QDateTime in UTC
//   Duration  qint64 seconds
//   Boolean   bool
struct ReportColumn
{
    enum class Type { Text, Integer, Number, Percent, Bytes, DateTime, Duration, Boolean };

    QString key;   // stable, for CSV headers and JSON field names: "clusterName", "snapshotsTaken"
    QString title; // for people: "Cluster", "Snapshots taken"
    Type type = Type::Text;
    // A value for programs (an id, a stable code such as "cloudContinuous"):
    // CSV and JSON carry it, PDF and HTML leave the column out and show the
    // column next to it that says the same in words.
    bool dataOnly = false;
};

// Rows made on demand rather than held in a table: a table with one row
// per snapshot has a million of them at a large organization, which a
// compact source keeps in a few dozen MB and hands out one at a time.
class ReportRowSource
{
public:
    virtual ~ReportRowSource() = default;
    virtual qint64 rowCount() const = 0;
    // Calls `visit` with each row in order (one value per column) until it
    // answers false. The row is only valid during the call.
    virtual void forEachRow(const std::function<bool(const QVariantList &row)> &visit) const = 0;
};

struct ReportTable
{
    QString key;   // stable: "clusters", "missedSnapshots"; the CSV file is "<section>-<table>.csv"
    QString title; // for people
    QList<ReportColumn> columns;
    QList<QVariantList> rows; // each row has one value per column
    QString note;             // a sentence under the table, or empty
    // Too long to print (a row per snapshot, per cluster and day): CSV and
    // JSON write every row, PDF and HTML print the title, the note and
    // rowCount() only, and say the rows are in the CSV and JSON exports.
    bool dataOnly = false;
    // When set, the rows come from here and `rows` is empty; such a table is
    // always dataOnly. Writers read rows through rowCount() and forEachRow().
    std::shared_ptr<const ReportRowSource> source;

    qint64 rowCount() const { return source ? source->rowCount() : rows.size(); }
    // Whether PDF and HTML print only the title, note and row count.
    bool isDataOnly() const { return dataOnly || source; }
    void forEachRow(const std::function<bool(const QVariantList &row)> &visit) const
    {
        if (source) {
            source->forEachRow(visit);
            return;
        }
        for (const QVariantList &row : rows) {
            if (!visit(row))
                return;
        }
    }
    int columnIndex(QStringView columnKey) const
    {
        for (int i = 0; i < columns.size(); ++i) {
            if (columns[i].key == columnKey)
                return i;
        }
        return -1;
    }
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

    const ReportTable *table(QStringView tableKey) const
    {
        for (const ReportTable &t : tables) {
            if (t.key == tableKey)
                return &t;
        }
        return nullptr;
    }
    const ReportFigure *figure(QStringView figureKey) const
    {
        for (const ReportFigure &f : figures) {
            if (f.key == figureKey)
                return &f;
        }
        return nullptr;
    }
};

struct ReportDocument
{
    ReportSpec spec;
    QString title;      // "Backup coverage — Payments"
    QString scopeLabel; // "Project Payments (Snapline-Demo)"
    QList<ReportSection> sections;

    const ReportSection *section(QStringView sectionKey) const
    {
        for (const ReportSection &s : sections) {
            if (s.key == sectionKey)
                return &s;
        }
        return nullptr;
    }
};

} // namespace snapline
