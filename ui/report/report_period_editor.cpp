#include "report/report_period_editor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

#include <optional>
#include <utility>

namespace snapline {

namespace {

// The first and last day of a preset, as of `today` (UTC); none for Custom.
std::optional<std::pair<QDate, QDate>> presetDays(ReportPeriodEditor::Preset preset, QDate today)
{
    const QDate monthStart(today.year(), today.month(), 1);
    const int quarterMonth = (today.month() - 1) / 3 * 3 + 1;
    const QDate quarterStart(today.year(), quarterMonth, 1);
    switch (preset) {
    case ReportPeriodEditor::Last7Days:
        return std::pair{today.addDays(-6), today};
    case ReportPeriodEditor::Last30Days:
        return std::pair{today.addDays(-29), today};
    case ReportPeriodEditor::Last90Days:
        return std::pair{today.addDays(-89), today};
    case ReportPeriodEditor::LastMonth:
        return std::pair{monthStart.addMonths(-1), monthStart.addDays(-1)};
    case ReportPeriodEditor::LastQuarter:
        return std::pair{quarterStart.addMonths(-3), quarterStart.addDays(-1)};
    case ReportPeriodEditor::YearToDate:
        return std::pair{QDate(today.year(), 1, 1), today};
    case ReportPeriodEditor::Custom:
        break;
    }
    return std::nullopt;
}

QDateEdit *dateEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

ReportPeriodEditor::ReportPeriodEditor(std::shared_ptr<const Clock> clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(std::move(clock))
    , m_preset(new QComboBox(this))
{
    m_preset->setObjectName(QStringLiteral("periodPreset"));
    m_preset->setAccessibleName(tr("Period"));
    m_preset->addItem(tr("Last 7 days"), Last7Days);
    m_preset->addItem(tr("Last 30 days"), Last30Days);
    m_preset->addItem(tr("Last 90 days"), Last90Days);
    m_preset->addItem(tr("Last calendar month"), LastMonth);
    m_preset->addItem(tr("Last calendar quarter"), LastQuarter);
    m_preset->addItem(tr("Year to date"), YearToDate);
    m_preset->addItem(tr("Dates…"), Custom);
    m_from = dateEdit(QStringLiteral("periodFrom"), tr("First day (UTC)"), this);
    m_to = dateEdit(QStringLiteral("periodTo"), tr("Last day (UTC)"), this);
    m_fromLabel = new QLabel(tr("from"), this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preset);
    layout->addWidget(m_fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_to);
    layout->addWidget(new QLabel(tr("UTC"), this));
    layout->addStretch();
    setToolTip(tr("Whole days in UTC; the first and the last day are included. A period that ends today "
                  "ends now."));

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ReportPeriodEditor::applyPreset);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportPeriodEditor::datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportPeriodEditor::datesEdited);
    m_preset->setCurrentIndex(m_preset->findData(Last30Days));
    applyPreset();
}

void ReportPeriodEditor::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(preset));
}

ReportPeriodEditor::Preset ReportPeriodEditor::preset() const
{
    return Preset(m_preset->currentData().toInt());
}

void ReportPeriodEditor::setMomentOnly(bool momentOnly)
{
    m_from->setEnabled(!momentOnly);
    m_fromLabel->setEnabled(!momentOnly);
    m_preset->setEnabled(!momentOnly);
}

QDateTime ReportPeriodEditor::from() const
{
    return QDateTime(m_from->date(), QTime(0, 0), Qt::UTC);
}

QDateTime ReportPeriodEditor::to() const
{
    const QDateTime end(m_to->date().addDays(1), QTime(0, 0), Qt::UTC);
    const QDateTime now = m_clock->now().toUTC();
    return std::min(end, now);
}

QString ReportPeriodEditor::problem() const
{
    if (m_from->isEnabled() && from() >= to())
        return tr("The period ends before it starts: choose a first day on or before the last day.");
    return {};
}

void ReportPeriodEditor::applyPreset()
{
    if (const auto days = presetDays(preset(), m_clock->now().toUTC().date())) {
        m_applying = true;
        m_to->setDate(days->second);
        m_from->setDate(days->first);
        m_applying = false;
    }
    Q_EMIT changed();
}

void ReportPeriodEditor::datesEdited()
{
    if (m_applying)
        return;
    if (preset() != Custom) {
        const QSignalBlocker block(m_preset);
        m_preset->setCurrentIndex(m_preset->findData(Custom));
    }
    Q_EMIT changed();
}

} // namespace snapline
