#include "charts/chart_frame.h"

#include "charts/chart_style.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace snapline {

ChartFrame::ChartFrame(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QChartView(m_stack))
    , m_empty(new QLabel(m_stack))
    , m_caption(new QLabel(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setObjectName(QStringLiteral("chartTitle"));

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    m_view->setAccessibleName(title);
    m_view->setFocusPolicy(Qt::TabFocus);         // so a screen reader can reach the description
    m_view->viewport()->setAccessibleName(title); // a graphics view's viewport takes focus too
    m_empty->setObjectName(QStringLiteral("chartEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMinimumHeight(80);
    m_empty->setAccessibleName(title);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_stack->setCurrentWidget(m_empty);

    m_caption->setObjectName(QStringLiteral("chartCaption"));
    m_caption->setWordWrap(true);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_caption->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_caption);
    setAccessibleName(title);
}

bool ChartFrame::isShowingChart() const
{
    return m_stack->currentWidget() == m_view;
}

QString ChartFrame::emptyText() const
{
    return isShowingChart() ? QString() : m_empty->text();
}

QString ChartFrame::caption() const
{
    return m_caption->text();
}

QChart *ChartFrame::newChart() const
{
    auto *chart = new QChart;
    ChartStyle::dress(chart, palette());
    return chart;
}

void ChartFrame::showChart(QChart *chart, const QString &summary)
{
    QChart *previous = m_view->chart();
    m_view->setChart(chart); // the view releases the previous chart: it is ours to delete
    delete previous;
    m_view->setAccessibleDescription(summary);
    m_view->setToolTip(QString());
    setAccessibleDescription(summary);
    m_stack->setCurrentWidget(m_view);
}

void ChartFrame::showEmpty(const QString &why)
{
    m_empty->setText(why);
    m_empty->setAccessibleDescription(why);
    setAccessibleDescription(why);
    m_stack->setCurrentWidget(m_empty);
}

void ChartFrame::setCaption(const QString &text)
{
    m_caption->setText(text);
    m_caption->setVisible(!text.isEmpty());
}

void ChartFrame::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

} // namespace snapline
