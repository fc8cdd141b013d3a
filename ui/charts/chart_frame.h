#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;

namespace snapline {

// What the three history charts share: a title, the chart or, when there is
// nothing to draw, a sentence saying so, and a caption under it. The chart
// is rebuilt from the view's data whenever the palette changes, so it follows
// a switch between light and dark.
class ChartFrame : public QWidget
{
    Q_OBJECT

public:
    explicit ChartFrame(const QString &title, QWidget *parent = nullptr);

    // Whether a chart is showing (rather than the empty-state sentence).
    bool isShowingChart() const;
    QString emptyText() const;
    QString caption() const;
    QChartView *chartView() const { return m_view; }

protected:
    // Draws the view's data on a fresh chart, or calls showEmpty().
    virtual void rebuild() = 0;

    // A chart dressed in the palette's colours, to add series to (the
    // chart theme resets series colours, so it comes first).
    QChart *newChart() const;
    // Puts `chart` on show (the frame owns it) and describes it for screen readers.
    void showChart(QChart *chart, const QString &summary);
    void showEmpty(const QString &why);
    void setCaption(const QString &text);

    void changeEvent(QEvent *event) override;

private:
    QLabel *m_title;
    QStackedWidget *m_stack;
    QChartView *m_view;
    QLabel *m_empty;
    QLabel *m_caption;
};

} // namespace snapline
