#pragma once

#include <QCoreApplication>
#include <QString>

namespace snapline {

// The words the PDF and HTML reports add around the data (title page,
// contents, page footers), in one translation context.
class ReportRenderText
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderText)

public:
    static QString noValue() { return QStringLiteral("—"); }
    static QString yes() { return tr("yes"); }
    static QString no() { return tr("no"); }
    static QString contents() { return tr("Contents"); }
    static QString scope() { return tr("Scope"); }
    static QString period() { return tr("Period"); }
    static QString generatedAt() { return tr("Generated at"); }
    static QString profile() { return tr("Profile"); }
    static QString noRows() { return tr("No rows."); }
    static QString noData() { return tr("No data."); }
    // Under a data-only table, in place of its rows; `rows` is already formatted.
    static QString dataOnlyRows(const QString &rows)
    {
        return tr("Rows: %1 — listed in the CSV and JSON exports only.").arg(rows);
    }
    static QString continued(const QString &title) { return tr("%1 (continued)").arg(title); }
    static QString pageOf(int page, int pages) { return tr("Page %1 of %2").arg(page).arg(pages); }
    static QString generatedFooter(const QString &when) { return tr("Generated %1").arg(when); }
    static QString madeBy() { return tr("Made by Snapline, a console for MongoDB Atlas cloud backups."); }
};

} // namespace snapline
