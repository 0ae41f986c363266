// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/charts/statetimelinechart.h"

#include "core/health/healthformat.h"
#include "ui/charts/chartstyle.h"

#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsItem>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace appclacks::ui {

namespace {

// Above the plot, below the tracker (90) and the annotations (100).
constexpr qreal cellsZValue = 50;
// The share of a row's height left empty between two rows.
constexpr qreal rowGap = 0.18;

} // namespace

/// Paints the cells in the chart's own scene, mapped at paint time, so that they follow every
/// layout (and every export size) as the axes do.
class StateCells final : public QGraphicsItem
{
public:
    explicit StateCells(StateTimelineChart *owner)
        : QGraphicsItem(owner->chart())
        , m_owner(owner)
    {
        setZValue(cellsZValue);
        setAcceptedMouseButtons(Qt::NoButton);
    }
    Q_DISABLE_COPY_MOVE(StateCells)
    ~StateCells() override = default;

    void relayout()
    {
        prepareGeometryChange();
        update();
    }

    QRectF boundingRect() const override { return QRectF(QPointF(0, 0), m_owner->chart()->size()); }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override
    {
        Q_UNUSED(option);
        Q_UNUSED(widget);
        const auto overTimeData = m_owner->overTime();
        if (!overTimeData || m_owner->isEmpty()) {
            return;
        }
        const QRectF plot = m_owner->chart()->plotArea();
        painter->save();
        painter->setClipRect(plot);
        painter->setPen(Qt::NoPen);
        painter->setRenderHint(QPainter::Antialiasing, false);
        for (std::size_t row = 0; row < overTimeData->states.size(); ++row) {
            const QRectF band = m_owner->rowRect(int(row));
            const std::vector<core::StateStep> &steps = overTimeData->states[row];
            std::size_t start = 0;
            while (start < steps.size()) {
                // Equal neighbours merge into one band, as in Grafana: a change is an edge.
                std::size_t end = start + 1;
                while (end < steps.size() && steps[end].status == steps[start].status) {
                    ++end;
                }
                const qreal left = m_owner->positionOf(steps[start].fromMs);
                const qreal right = m_owner->positionOf(steps[end - 1].toMs);
                QRectF cell(QPointF(left, band.top()), QPointF(right, band.bottom()));
                // A hairline between bands keeps two neighbours apart where they are wide enough.
                if (end < steps.size() && cell.width() > 4) {
                    cell.setRight(cell.right() - 1);
                }
                painter->setBrush(m_owner->cellColour(steps[start].status));
                painter->drawRect(cell);
                start = end;
            }
        }
        painter->restore();
    }

private:
    StateTimelineChart *m_owner;
};

StateTimelineChart::StateTimelineChart(QWidget *parent)
    : TimeChartWidget(parent)
{
    setObjectName(QStringLiteral("stateTimelineChart"));
    setAccessibleName(tr("State per zone over time"));
    m_rowAxis = new QCategoryAxis;
    m_rowAxis->setVisible(false);
    chart()->addAxis(m_rowAxis, Qt::AlignLeft);
    auto *cells = new StateCells(this);
    m_cells = cells;
    connect(chart(), &QChart::plotAreaChanged, this, [cells] { cells->relayout(); });
    refresh();
}

StateTimelineChart::~StateTimelineChart() = default;

QColor StateTimelineChart::cellColour(core::CheckStatus status) const
{
    if (status == core::CheckStatus::NoData) {
        // Grey and quiet: missing data is not a state to look at first.
        return Theme::blend(theme().secondaryText(), theme().background(), 0.4);
    }
    return theme().statusColor(status);
}

QRectF StateTimelineChart::rowRect(int row) const
{
    const QRectF plot = chart()->plotArea();
    const auto rows = qsizetype(m_rowLabels.size());
    if (rows == 0 || row < 0 || row >= rows) {
        return {};
    }
    const qreal height = plot.height() / qreal(rows);
    const qreal gap = std::min<qreal>(height * rowGap, 8);
    return QRectF(plot.left(), plot.top() + height * row + gap / 2, plot.width(), height - gap);
}

int StateTimelineChart::rowAt(qreal y) const
{
    for (int row = 0; row < m_rowLabels.size(); ++row) {
        const QRectF band = rowRect(row);
        if (y >= band.top() && y <= band.bottom()) {
            return row;
        }
    }
    return -1;
}

void StateTimelineChart::rebuild()
{
    clearTimeChart();
    m_rowLabels.clear();
    ChartStyle::apply(theme(), m_rowAxis);
    m_rowAxis->setGridLineVisible(false);
    m_rowAxis->setLineVisible(false);
    m_rowAxis->setVisible(false);
    const QStringList previous = m_rowAxis->categoriesLabels();
    for (const QString &label : previous) {
        m_rowAxis->remove(label);
    }

    const auto overTimeData = overTime();
    if (!overTimeData) {
        setTitle({}, tr("State over time"));
        setEmptyText(tr("Select a check to see its state over time"));
        static_cast<StateCells *>(m_cells)->relayout();
        return;
    }
    setTitle(overTimeData->name.isEmpty() ? overTimeData->key : overTimeData->name, tr("state per zone over time"));
    const bool anySample = std::any_of(overTimeData->states.begin(), overTimeData->states.end(), [](const auto &row) {
        return std::any_of(row.begin(), row.end(), [](const core::StateStep &step) { return step.hasSamples; });
    });
    if (overTimeData->states.empty() || !anySample) {
        setEmptyText(tr("No samples were recorded for this check in this range"));
        static_cast<StateCells *>(m_cells)->relayout();
        return;
    }
    const auto rows = int(overTimeData->states.size());
    for (int row = 0; row < rows; ++row) {
        m_rowLabels << (std::size_t(row) < overTimeData->zones.size()
                ? core::HealthFormat::zone(overTimeData->zones[std::size_t(row)])
                : QString());
    }
    // The axis counts rows from the bottom; the first zone is the top row.
    m_rowAxis->setStartValue(0);
    for (int k = 1; k <= rows; ++k) {
        m_rowAxis->append(chartText(m_rowLabels[rows - k]), k);
    }
    m_rowAxis->setRange(0, rows);
    m_rowAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    timeAxis()->setTitleText(tr("Time"));

    // Empty series carry the legend: one swatch per state that the rows show.
    const std::array statuses { core::CheckStatus::Passing, core::CheckStatus::PartialOutage,
        core::CheckStatus::GlobalOutage, core::CheckStatus::NoData };
    for (const core::CheckStatus status : statuses) {
        const bool shown
            = std::any_of(overTimeData->states.begin(), overTimeData->states.end(), [status](const auto &row) {
                  return std::any_of(
                      row.begin(), row.end(), [status](const core::StateStep &step) { return step.status == status; });
              });
        if (!shown) {
            continue;
        }
        auto *legend = new QLineSeries;
        switch (status) {
        case core::CheckStatus::Passing:
            legend->setName(tr("Passing"));
            break;
        case core::CheckStatus::PartialOutage:
            legend->setName(tr("Failing in some zones"));
            break;
        case core::CheckStatus::GlobalOutage:
            legend->setName(tr("Failing"));
            break;
        case core::CheckStatus::NoData:
            legend->setName(tr("No data"));
            break;
        }
        legend->setColor(cellColour(status));
        chart()->addSeries(legend);
        attachTimeAxis(legend, m_rowAxis);
    }
    chart()->legend()->setVisible(true);
    static_cast<StateCells *>(m_cells)->relayout();
}

QString StateTimelineChart::toolTipForStep(int step, const QPointF &position) const
{
    const auto overTimeData = overTime();
    const int row = rowAt(position.y());
    if (!overTimeData || row < 0 || std::size_t(row) >= overTimeData->states.size()) {
        return {};
    }
    const std::vector<core::StateStep> &states = overTimeData->states[std::size_t(row)];
    if (step < 0 || std::size_t(step) >= states.size()) {
        return {};
    }
    const core::StateStep &cell = states[std::size_t(step)];
    QString what;
    if (!cell.hasSamples) {
        what = tr("no data");
    } else {
        const double runs = cell.success + cell.failure;
        what = cell.failure > 0 ? tr("failing: %1 of %2 runs failed", nullptr, core::HealthFormat::pluralCount(runs))
                                      .arg(core::HealthFormat::count(cell.failure), core::HealthFormat::count(runs))
                                : tr("passing: %1 runs, none failed", nullptr, core::HealthFormat::pluralCount(runs))
                                      .arg(core::HealthFormat::count(runs));
    }
    return core::HealthFormat::toolTip(m_rowLabels.value(row) + QStringLiteral(" · ")
        + stepTimeText(cell.fromMs, cell.toMs) + QLatin1Char('\n') + what);
}

} // namespace appclacks::ui
