// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/charts/timechartwidget.h"

#include "ui/charts/chartstyle.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QPen>
#include <QSet>
#include <QToolTip>

#include <algorithm>
#include <array>
#include <cmath>

namespace appclacks::ui {

namespace {

constexpr std::int64_t minuteMs = 60 * 1000;
constexpr std::int64_t hourMs = 60 * minuteMs;
constexpr std::int64_t dayMs = 24 * hourMs;
// Above the series, below the annotations (ChartAnnotations sits at 100).
constexpr qreal trackerZValue = 90;
// A drag shorter than this is a click, not a zoom.
constexpr qreal minimumDragPixels = 6;

const std::vector<core::StepPoint> noSteps;

// Hours and minutes: some locales' short format (C's among them) carries seconds, which no tick
// or step boundary needs.
QString timeFormat()
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return format;
}

} // namespace

TimeChartWidget::TimeChartWidget(QWidget *parent)
    : ChartWidget(parent)
{
    m_timeAxis = new QCategoryAxis;
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_timeAxis->setVisible(false);
    chart()->addAxis(m_timeAxis, Qt::AlignBottom);

    m_tracker = new QGraphicsLineItem(chart());
    m_tracker->setZValue(trackerZValue);
    m_tracker->setVisible(false);
    m_band = new QGraphicsRectItem(chart());
    m_band->setZValue(trackerZValue);
    m_band->setVisible(false);

    chartView()->viewport()->setMouseTracking(true);
    chartView()->viewport()->installEventFilter(this);
}

TimeChartWidget::~TimeChartWidget() = default;

void TimeChartWidget::setOverTime(std::shared_ptr<const core::CheckOverTime> overTime)
{
    m_overTime = std::move(overTime);
    hideTracker();
    refresh();
}

const std::vector<core::StepPoint> &TimeChartWidget::steps() const
{
    return m_overTime ? m_overTime->total : noSteps;
}

namespace {

std::int64_t stepLength(const core::CheckOverTime &overTime)
{
    if (overTime.stepMs > 0) {
        return overTime.stepMs;
    }
    if (!overTime.total.empty() && overTime.total.front().toMs > overTime.total.front().fromMs) {
        return overTime.total.front().toMs - overTime.total.front().fromMs;
    }
    return minuteMs;
}

std::int64_t originOf(const core::CheckOverTime &overTime)
{
    return overTime.total.empty() ? overTime.range.fromMs : overTime.total.front().fromMs;
}

} // namespace

double TimeChartWidget::xOf(std::int64_t timeMs) const
{
    if (!m_overTime) {
        return 0;
    }
    return double(timeMs - originOf(*m_overTime)) / double(stepLength(*m_overTime)) - 0.5;
}

std::int64_t TimeChartWidget::timeOf(double x) const
{
    if (!m_overTime) {
        return 0;
    }
    return originOf(*m_overTime) + std::llround((x + 0.5) * double(stepLength(*m_overTime)));
}

double TimeChartWidget::xMinimum() const
{
    if (!m_overTime) {
        return -0.5;
    }
    // An open start (the command line's "everything") begins with the first step.
    const std::int64_t from = m_overTime->range.fromMs > 0 && m_overTime->range.fromMs < m_overTime->range.toMs
        ? m_overTime->range.fromMs
        : originOf(*m_overTime);
    return std::min(xOf(from), -0.5);
}

double TimeChartWidget::xMaximum() const
{
    if (!m_overTime) {
        return 0.5;
    }
    const double lastStep = double(m_overTime->total.size()) - 0.5;
    const double end = m_overTime->range.toMs > m_overTime->range.fromMs ? xOf(m_overTime->range.toMs) : lastStep;
    return std::max({ end, lastStep, xMinimum() + 1 });
}

qreal TimeChartWidget::positionOf(std::int64_t timeMs) const
{
    const QRectF plot = chart()->plotArea();
    const double span = xMaximum() - xMinimum();
    return plot.left() + (xOf(timeMs) - xMinimum()) / span * plot.width();
}

std::int64_t TimeChartWidget::timeAtPosition(qreal x) const
{
    const QRectF plot = chart()->plotArea();
    if (plot.width() <= 0) {
        return 0;
    }
    return timeOf(xMinimum() + (x - plot.left()) / plot.width() * (xMaximum() - xMinimum()));
}

int TimeChartWidget::stepAtPosition(qreal x) const
{
    const QRectF plot = chart()->plotArea();
    if (!m_overTime || x < plot.left() || x > plot.right() || plot.width() <= 0) {
        return -1;
    }
    const double value = xMinimum() + (x - plot.left()) / plot.width() * (xMaximum() - xMinimum());
    const auto step = std::lround(value);
    return step >= 0 && step < std::ssize(m_overTime->total) ? int(step) : -1;
}

QPointF TimeChartWidget::chartPosition(const QPoint &viewPosition) const
{
    return chart()->mapFromScene(chartView()->mapToScene(viewPosition));
}

QString TimeChartWidget::toolTipAt(const QPoint &position) const
{
    if (isEmpty()) {
        return {};
    }
    const QPointF at = chartPosition(position);
    if (!chart()->plotArea().contains(at)) {
        return {};
    }
    const int step = stepAtPosition(at.x());
    return step < 0 ? QString() : toolTipForStep(step, at);
}

QString TimeChartWidget::stepTimeText(std::int64_t fromMs, std::int64_t toMs)
{
    const QLocale locale;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs);
    const QString day = QStringLiteral("d MMM ");
    const QString fromText = locale.toString(from, day + timeFormat());
    const QString toText = locale.toString(to, from.date() == to.date() ? timeFormat() : day + timeFormat());
    return tr("%1 – %2").arg(fromText, toText);
}

QList<TimeChartWidget::Tick> TimeChartWidget::ticksFor(
    std::int64_t fromMs, std::int64_t toMs, qreal width, const QFont &font)
{
    QList<Tick> ticks;
    if (toMs <= fromMs || width <= 0) {
        return ticks;
    }
    const std::int64_t span = toMs - fromMs;
    const QLocale locale;
    const QFontMetricsF metrics(font);
    const QDateTime sample(QDate(2026, 12, 30), QTime(23, 59));
    // Ticks at times a person would pick: whole minutes, hours and days of the local clock.
    constexpr std::array<std::int64_t, 16> intervals { minuteMs, 2 * minuteMs, 5 * minuteMs, 10 * minuteMs,
        15 * minuteMs, 30 * minuteMs, hourMs, 2 * hourMs, 3 * hourMs, 6 * hourMs, 12 * hourMs, dayMs, 2 * dayMs,
        7 * dayMs, 14 * dayMs, 28 * dayMs };
    const auto labelFormat = [span](std::int64_t interval, const QDateTime &time) -> QString {
        if (interval >= dayMs || time.time() == QTime(0, 0)) {
            return QStringLiteral("d MMM");
        }
        // Beyond a day the hour alone repeats: the weekday tells the days apart.
        return span > dayMs ? QStringLiteral("ddd ") + timeFormat() : timeFormat();
    };
    std::int64_t interval = intervals.back();
    for (const std::int64_t candidate : intervals) {
        const qreal labelWidth = metrics.horizontalAdvance(locale.toString(sample, labelFormat(candidate, sample)));
        const double count = double(span) / double(candidate);
        if (count * (labelWidth + 24) <= width) {
            interval = candidate;
            break;
        }
    }

    QSet<QString> seen;
    const auto add = [&](const QDateTime &time) {
        if (!time.isValid()) {
            return; // a time that a daylight-saving change skips
        }
        const std::int64_t ms = time.toMSecsSinceEpoch();
        if (ms <= fromMs || ms > toMs) {
            return;
        }
        const QString label = locale.toString(time, labelFormat(interval, time));
        // QCategoryAxis needs each label once; and two alike would mislead anyway.
        if (seen.contains(label)) {
            return;
        }
        seen.insert(label);
        ticks.push_back({ ms, label });
    };
    const QDate first = QDateTime::fromMSecsSinceEpoch(fromMs).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(toMs).date();
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        if (interval < dayMs) {
            for (std::int64_t ms = 0; ms < dayMs; ms += interval) {
                add(QDateTime(date, QTime::fromMSecsSinceStartOfDay(int(ms))));
            }
            continue;
        }
        const std::int64_t days = interval / dayMs;
        const bool onDay = days == 7 || days == 14 || days == 28
            ? date.dayOfWeek() == Qt::Monday && (date.toJulianDay() / 7) % (days / 7) == 0
            : date.toJulianDay() % days == 0;
        if (onDay) {
            add(QDateTime(date, QTime(0, 0)));
        }
    }
    std::sort(ticks.begin(), ticks.end(), [](const Tick &a, const Tick &b) { return a.timeMs < b.timeMs; });
    return ticks;
}

void TimeChartWidget::removeTicks()
{
    const QStringList labels = m_timeAxis->categoriesLabels();
    for (const QString &label : labels) {
        m_timeAxis->remove(label);
    }
    m_ticks.clear();
}

void TimeChartWidget::updateTicks(qreal width)
{
    removeTicks();
    if (!m_overTime) {
        return;
    }
    const double minimum = xMinimum();
    const double maximum = xMaximum();
    // The plot is narrower than the chart by the value axes' labels and the margins.
    m_ticks = ticksFor(timeOf(minimum), timeOf(maximum), std::max<qreal>(width - 130, 100), theme().labelFont());
    m_timeAxis->setStartValue(minimum);
    for (const Tick &tick : std::as_const(m_ticks)) {
        m_timeAxis->append(tick.label, xOf(tick.timeMs));
    }
    m_timeAxis->setRange(minimum, maximum);
}

void TimeChartWidget::adaptToSize(const QSizeF &size)
{
    updateTicks(size.width());
}

void TimeChartWidget::clearTimeChart()
{
    clearChart();
    // Every series attached later lays the axis out again, and its labels are what costs: a week
    // of 5-minute steps took 4 ms a series with them, nothing without. adaptToSize() puts them back.
    removeTicks();
    ChartStyle::apply(theme(), m_timeAxis);
    m_timeAxis->setVisible(false);
    m_timeAxis->setTitleText({});
    QPen tracker(theme().secondaryText());
    tracker.setWidthF(1);
    tracker.setCosmetic(true);
    m_tracker->setPen(tracker);
    QColor band = theme().highlight();
    m_band->setPen(QPen(band, 1));
    band.setAlphaF(0.18F);
    m_band->setBrush(band);
    hideTracker();
}

void TimeChartWidget::attachTimeAxis(QAbstractSeries *series, QAbstractAxis *valueAxis)
{
    series->attachAxis(m_timeAxis);
    series->attachAxis(valueAxis);
    m_timeAxis->setVisible(true);
    valueAxis->setVisible(true);
}

QList<QLineSeries *> TimeChartWidget::addLine(
    const std::vector<double> &values, const QString &name, const QPen &pen, QAbstractAxis *valueAxis)
{
    QList<QLineSeries *> segments;
    std::size_t start = 0;
    while (start < values.size()) {
        if (std::isnan(values[start])) {
            ++start;
            continue;
        }
        std::size_t end = start;
        QList<QPointF> points;
        while (end < values.size() && !std::isnan(values[end])) {
            points.append(QPointF(double(end), values[end]));
            ++end;
        }
        auto *segment = new QLineSeries;
        segment->setName(name);
        segment->setPen(pen);
        segment->setColor(pen.color());
        segment->setMarkerSize(pen.widthF() * 2.5);
        // A lone step between two gaps has no neighbour to draw a line to: it shows as a dot.
        segment->setPointsVisible(points.size() == 1);
        // All points at once, before the chart sees the series: one update instead of one a point.
        segment->replace(points);
        chart()->addSeries(segment);
        attachTimeAxis(segment, valueAxis);
        // The legend names each line once, not each piece of it.
        const auto markers = chart()->legend()->markers(segment);
        for (QLegendMarker *marker : markers) {
            marker->setVisible(segments.isEmpty());
        }
        segments << segment;
        start = end;
    }
    return segments;
}

void TimeChartWidget::showTracker(qreal x)
{
    const QRectF plot = chart()->plotArea();
    m_tracker->setLine(QLineF(x, plot.top(), x, plot.bottom()));
    m_tracker->setVisible(true);
}

void TimeChartWidget::hideTracker()
{
    m_tracker->setVisible(false);
}

bool TimeChartWidget::isTrackerVisible() const
{
    return m_tracker->isVisible();
}

void TimeChartWidget::linkTrackers(const QList<TimeChartWidget *> &charts)
{
    for (TimeChartWidget *from : charts) {
        for (TimeChartWidget *to : charts) {
            if (from != to) {
                connect(from, &TimeChartWidget::trackerMoved, to, &TimeChartWidget::showTrackerAt);
                connect(from, &TimeChartWidget::trackerHidden, to, &TimeChartWidget::hideTracker);
            }
        }
    }
}

void TimeChartWidget::showTrackerAt(qint64 timeMs)
{
    const QRectF plot = chart()->plotArea();
    const qreal x = positionOf(timeMs);
    if (isEmpty() || x < plot.left() || x > plot.right()) {
        hideTracker();
        return;
    }
    showTracker(x);
}

void TimeChartWidget::renderForExport(QPainter *painter, const QSizeF &size, bool transparent)
{
    // An exported image shows the data, not where the pointer happened to be.
    const bool tracker = m_tracker->isVisible();
    const bool band = m_band->isVisible();
    m_tracker->setVisible(false);
    m_band->setVisible(false);
    ChartWidget::renderForExport(painter, size, transparent);
    m_tracker->setVisible(tracker);
    m_band->setVisible(band);
}

bool TimeChartWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != chartView()->viewport()) {
        return ChartWidget::eventFilter(watched, event);
    }
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QPointF at = chartPosition(mouse->position().toPoint());
        if (mouse->button() == Qt::LeftButton && m_zoomEnabled && !isEmpty() && chart()->plotArea().contains(at)) {
            m_dragging = true;
            m_dragStart = at.x();
            const QRectF plot = chart()->plotArea();
            m_band->setRect(QRectF(at.x(), plot.top(), 0, plot.height()));
            m_band->setVisible(true);
            hideTracker();
            QToolTip::hideText();
            return true;
        }
        break;
    }
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QPointF at = chartPosition(mouse->position().toPoint());
        const QRectF plot = chart()->plotArea();
        if (m_dragging) {
            const qreal x = std::clamp(at.x(), plot.left(), plot.right());
            m_band->setRect(QRectF(std::min(x, m_dragStart), plot.top(), std::abs(x - m_dragStart), plot.height()));
            return true;
        }
        const QString text = toolTipAt(mouse->position().toPoint());
        if (text.isEmpty()) {
            if (m_tracker->isVisible()) {
                hideTracker();
                Q_EMIT trackerHidden();
            }
            QToolTip::hideText();
        } else {
            showTracker(at.x());
            QToolTip::showText(mouse->globalPosition().toPoint(), text, chartView()->viewport());
            const core::StepPoint &step = steps()[std::size_t(stepAtPosition(at.x()))];
            Q_EMIT trackerMoved(step.fromMs + (step.toMs - step.fromMs) / 2);
        }
        break;
    }
    case QEvent::MouseButtonRelease: {
        if (!m_dragging) {
            break;
        }
        auto *mouse = static_cast<QMouseEvent *>(event);
        m_dragging = false;
        m_band->setVisible(false);
        const QRectF plot = chart()->plotArea();
        const qreal end = std::clamp(chartPosition(mouse->position().toPoint()).x(), plot.left(), plot.right());
        if (std::abs(end - m_dragStart) < minimumDragPixels || !m_overTime) {
            return true;
        }
        // Outwards to whole steps: the zoomed range shows every step the band touched, whole.
        const std::int64_t origin = originOf(*m_overTime);
        const auto step = double(stepLength(*m_overTime));
        const auto snap = [&](qreal position, bool up) {
            const double steps = double(timeAtPosition(position) - origin) / step;
            return origin + std::int64_t((up ? std::ceil(steps - 1e-9) : std::floor(steps + 1e-9)) * step);
        };
        const std::int64_t lower = timeOf(xMinimum());
        const std::int64_t upper = timeOf(xMaximum());
        const std::int64_t from = std::max(lower, snap(std::min(end, m_dragStart), false));
        const std::int64_t to = std::min(upper, snap(std::max(end, m_dragStart), true));
        if (to > from) {
            Q_EMIT rangeSelected(from, to);
        }
        return true;
    }
    case QEvent::Leave:
        if (m_tracker->isVisible()) {
            hideTracker();
            Q_EMIT trackerHidden();
        }
        break;
    default:
        break;
    }
    return ChartWidget::eventFilter(watched, event);
}

} // namespace appclacks::ui
