// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/charts/chartwidget.h"

#include "ui/charts/chartannotations.h"
#include "ui/charts/chartstyle.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QResizeEvent>
#include <QVBoxLayout>
#include <QValueAxis>

#include <array>
#include <cmath>

namespace appclacks::ui {

namespace {

constexpr qreal legendSwatchBorder = 4;

} // namespace

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
{
    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setRenderHint(QPainter::TextAntialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setBackgroundRole(QPalette::Base);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_annotations = new ChartAnnotations(m_chart);
    m_categoryAxis = new QBarCategoryAxis;
    m_categoryAxis->setGridLineVisible(false);
    m_categoryAxis->setVisible(false);
    m_chart->addAxis(m_categoryAxis, Qt::AlignBottom);
    m_valueAxis = new QValueAxis;
    m_valueAxis->setVisible(false);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumSize(260, 200); // a window below 500 px still holds the checks list beside it

    connect(m_chart, &QChart::plotAreaChanged, this, [this] { m_annotations->relayout(); });
    connect(m_chart, &QGraphicsWidget::geometryChanged, this, [this] { m_annotations->relayout(); });
}

ChartWidget::~ChartWidget() = default;

void ChartWidget::setSnapshot(std::shared_ptr<const core::HealthSnapshot> snapshot, const QString &checkKey)
{
    m_snapshot = std::move(snapshot);
    m_checkKey = checkKey;
    refresh();
}

const core::CheckHealth *ChartWidget::check() const
{
    return m_snapshot ? m_snapshot->check(m_checkKey) : nullptr;
}

void ChartWidget::renderForExport(QPainter *painter, const QSizeF &size, bool transparent)
{
    ensurePolished();
    if (m_stale) {
        rebuildNow(); // exported unseen: what it would show
    }
    // The chart is laid out again at the export's size, in its own scene, and put back before
    // the event loop runs: the screen never shows the intermediate layout.
    layoutChart(size);
    const bool background = m_chart->isBackgroundVisible();
    if (transparent) {
        m_chart->setBackgroundVisible(false);
    }
    m_chart->scene()->render(
        painter, QRectF(QPointF(0, 0), size), QRectF(m_chart->scenePos(), size), Qt::IgnoreAspectRatio);
    m_chart->setBackgroundVisible(background);
    restoreLayout();
}

void ChartWidget::setContext(const QString &windowLabel, const QString &sourceLabel)
{
    m_windowLabel = windowLabel;
    m_sourceLabel = sourceLabel;
    refresh();
}

QString ChartWidget::emptyText() const
{
    return m_annotations->message();
}

QString ChartWidget::caption() const
{
    return m_annotations->caption();
}

void ChartWidget::refresh()
{
    if (m_rebuilding) {
        return;
    }
    if (m_deferredWhileHidden && !isVisibleTo(window())) {
        m_stale = true; // showEvent() rebuilds it
        return;
    }
    rebuildNow();
}

void ChartWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        rebuildNow();
    }
}

void ChartWidget::rebuildNow()
{
    m_stale = false;
    m_ready = true;
    m_rebuilding = true;
    m_theme = Theme::of(this);
    ChartStyle::apply(m_theme, m_chart);
    ChartStyle::apply(m_theme, m_categoryAxis);
    m_categoryAxis->setGridLineVisible(false);
    ChartStyle::apply(m_theme, m_valueAxis);
    m_annotations->setTheme(m_theme);
    rebuild();
    // QtCharts sizes a legend swatch at half the font's height, 6 px: a border of the swatch's
    // own colour makes it 10 px, enough to tell the shades apart, in dark themes too.
    const auto markers = m_chart->legend()->markers();
    for (QLegendMarker *marker : markers) {
        QPen pen(marker->brush().color(), legendSwatchBorder);
        pen.setJoinStyle(Qt::MiterJoin);
        marker->setPen(pen);
    }
    const QSizeF size = m_chart->size().isEmpty() ? QSizeF(this->size()) : m_chart->size();
    adaptToSize(size);
    updateMargins(size.width());
    m_annotations->relayout();
    m_rebuilding = false;
}

void ChartWidget::adaptToSize(const QSizeF &size)
{
    Q_UNUSED(size);
}

void ChartWidget::updateMargins(qreal width)
{
    QMargins margins = Theme::chartMargins();
    margins.setBottom(margins.bottom() + int(std::ceil(m_annotations->captionHeight(width))));
    if (m_chart->margins() != margins) {
        m_chart->setMargins(margins);
    }
}

void ChartWidget::clearChart()
{
    m_annotations->clear();
    m_chart->removeAllSeries();
    m_categoryAxis->clear();
    m_categoryAxis->setTitleText({});
    m_categoryAxis->setVisible(false);
    m_valueAxis->setTitleText({});
    m_valueAxis->setVisible(false);
    m_chart->legend()->setVisible(false);
}

void ChartWidget::attachAxes(QAbstractSeries *series)
{
    series->attachAxis(m_categoryAxis);
    series->attachAxis(m_valueAxis);
    m_categoryAxis->setVisible(true);
    m_valueAxis->setVisible(true);
}

void ChartWidget::setTitle(const QString &subject, const QString &what)
{
    QString title = subject.isEmpty() ? what : subject + QStringLiteral(" — ") + what;
    if (!m_windowLabel.isEmpty()) {
        title += QStringLiteral(", ") + m_windowLabel;
    }
    if (!m_sourceLabel.isEmpty()) {
        title += QStringLiteral(" — ") + m_sourceLabel;
    }
    m_title = title;
    m_chart->setTitle(chartText(title));
    setAccessibleDescription(title);
}

void ChartWidget::setEmptyText(const QString &text)
{
    m_annotations->setMessage(text);
}

void ChartWidget::setCaption(const QString &caption, const QColor &colour)
{
    m_annotations->setCaption(caption, colour);
}

void ChartWidget::setNiceRange(QValueAxis *axis, double maximum, bool integers) const
{
    if (!(maximum > 0) || !std::isfinite(maximum)) {
        maximum = 1;
    }
    // Four to six ticks at 1, 2, 2.5 or 5 times a power of ten: labels read without effort and
    // the top tick stays close to the data.
    const double rough = maximum / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10 * magnitude;
    for (const double multiple : std::array { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        const double candidate = multiple * magnitude;
        if (integers && candidate != std::round(candidate)) {
            continue;
        }
        if (candidate >= rough) {
            step = candidate;
            break;
        }
    }
    if (integers) {
        step = std::max(1.0, std::round(step));
    }
    const double top = std::ceil(maximum / step - 1e-9) * step;
    axis->setRange(0, top);
    axis->setTickCount(int(std::lround(top / step)) + 1);
    int decimals = 0;
    while (decimals < 6
        && std::abs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals))) > 1e-6) {
        ++decimals;
    }
    axis->setLabelFormat(QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f"));
}

QString ChartWidget::chartText(const QString &plain)
{
    QString text = plain;
    text.replace(QLatin1Char('&'), QStringLiteral("&amp;"));
    text.replace(QLatin1Char('<'), QStringLiteral("&lt;"));
    return text;
}

QString ChartWidget::displayName(const core::CheckHealth &check)
{
    QString name = check.name.isEmpty() ? check.key : check.name;
    name.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return name;
}

void ChartWidget::layoutChart(const QSizeF &size)
{
    adaptToSize(size);
    updateMargins(size.width());
    m_chart->resize(size);
    if (QGraphicsLayout *layout = m_chart->layout()) {
        layout->invalidate();
        layout->activate();
    }
    m_annotations->relayout();
}

void ChartWidget::restoreLayout()
{
    if (m_view->isVisible()) {
        layoutChart(m_view->size());
    }
}

void ChartWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    adaptToSize(event->size());
    updateMargins(event->size().width());
}

void ChartWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::FontChange:
    case QEvent::StyleChange:
        // Not before the subclass has finished constructing: rebuild() is its own.
        if (m_ready) {
            refresh();
        }
        break;
    default:
        break;
    }
}

} // namespace appclacks::ui
