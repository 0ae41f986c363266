// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/checkdetailview.h"

#include "core/health/healthformat.h"
#include "core/history/checktimeline.h"
#include "core/models/zonestablemodel.h"
#include "ui/charts/chartexporter.h"
#include "ui/charts/latencyhistogramchart.h"
#include "ui/charts/latencyovertimechart.h"
#include "ui/charts/outcomeschart.h"
#include "ui/charts/outcomesovertimechart.h"
#include "ui/charts/statetimelinechart.h"
#include "ui/charts/zonescomparisonchart.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/incidentslist.h"
#include "ui/theme/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace appclacks::ui {

namespace {

enum ZoneChoiceKind { AllZones, SideBySide, OneZone };

} // namespace

CheckDetailView::CheckDetailView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_zoneChoice(new QComboBox(this))
    , m_cumulative(new QCheckBox(tr("Cumulative"), this))
    , m_latency(new LatencyHistogramChart(this))
    , m_outcomes(new OutcomesChart(this))
    , m_zones(new ZonesComparisonChart(this))
    , m_zonesTable(new QTableView(this))
    , m_zonesModel(new core::ZonesTableModel(this))
{
    setObjectName(QStringLiteral("checkDetailView"));
    m_header->setObjectName(QStringLiteral("checkHeader"));
    m_header->setTextFormat(Qt::RichText); // every piece from the source is escaped
    m_problems->setTextFormat(Qt::PlainText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setObjectName(QStringLiteral("checkProblems"));
    m_problems->setWordWrap(true);
    m_problems->hide();

    m_zoneChoice->setObjectName(QStringLiteral("zoneChoice"));
    m_zoneChoice->setAccessibleName(tr("Zones shown in the latency histogram"));
    m_cumulative->setObjectName(QStringLiteral("cumulativeToggle"));
    connect(m_zoneChoice, &QComboBox::activated, this, &CheckDetailView::applyZoneChoice);
    connect(m_cumulative, &QCheckBox::toggled, m_latency, &LatencyHistogramChart::setCumulative);

    // A push button: its size makes room for the menu's arrow (a tool button drew the arrow over
    // its text).
    auto *exportButton = new QPushButton(tr("Export"), this);
    exportButton->setObjectName(QStringLiteral("exportChartButton"));
    exportButton->setToolTip(tr("Export or copy the chart shown"));
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Export as PNG or SVG…"), this, &CheckDetailView::exportCurrentChart);
    // The window's Copy Chart Image action owns Ctrl+Shift+C; a second binding of the same keys
    // would make both ambiguous, so the menu only shows them.
    exportMenu->addAction(tr("Copy Image") + QLatin1Char('\t')
            + QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C).toString(QKeySequence::NativeText),
        this, &CheckDetailView::copyCurrentChart);
    exportButton->setMenu(exportMenu);

    auto *latencyPage = new QWidget(this);
    auto *controls = new QHBoxLayout;
    auto *zoneLabel = new QLabel(tr("&Zone:"), latencyPage);
    zoneLabel->setBuddy(m_zoneChoice);
    controls->addWidget(zoneLabel);
    controls->addWidget(m_zoneChoice);
    controls->addWidget(m_cumulative);
    controls->addStretch(1);
    auto *latencyLayout = new QVBoxLayout(latencyPage);
    latencyLayout->setContentsMargins(0, 6, 0, 0);
    latencyLayout->addLayout(controls);
    latencyLayout->addWidget(m_latency, 1);

    m_zonesTable->setModel(m_zonesModel);
    m_zonesTable->setObjectName(QStringLiteral("zonesTable"));
    m_zonesTable->setAccessibleName(tr("Zones of the check"));
    m_zonesTable->verticalHeader()->hide();
    m_zonesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_zonesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_zonesTable->setMaximumHeight(170);
    auto *zonesPage = new QWidget(this);
    auto *zonesLayout = new QVBoxLayout(zonesPage);
    zonesLayout->setContentsMargins(0, 6, 0, 0);
    zonesLayout->addWidget(m_zones, 1);
    zonesLayout->addWidget(m_zonesTable);

    // Over time: latency above, outcomes below, one time axis and one tracker.
    m_overTimeChoice = new QComboBox(this);
    m_overTimeChoice->setObjectName(QStringLiteral("overTimeChoice"));
    m_overTimeChoice->setAccessibleName(tr("Latency lines over time"));
    m_overTimeChoice->addItem(tr("p50, p95 and p99 of all zones"));
    m_overTimeChoice->addItem(tr("p50 per zone"), int(LatencyOverTimeChart::Quantile::P50));
    m_overTimeChoice->addItem(tr("p95 per zone"), int(LatencyOverTimeChart::Quantile::P95));
    m_overTimeChoice->addItem(tr("p99 per zone"), int(LatencyOverTimeChart::Quantile::P99));
    m_logScale = new QCheckBox(tr("&Log scale"), this);
    m_logScale->setObjectName(QStringLiteral("logScaleToggle"));
    m_latencyOverTime = new LatencyOverTimeChart(this);
    m_outcomesOverTime = new OutcomesOverTimeChart(this);
    m_timeline = new StateTimelineChart(this);
    m_incidents = new IncidentsList(this);
    m_overTimeNote = new QLabel(this);
    m_overTimeNote->setObjectName(QStringLiteral("overTimeNote"));
    m_overTimeNote->setWordWrap(true);
    m_overTimeNote->setForegroundRole(QPalette::PlaceholderText);
    connect(m_overTimeChoice, &QComboBox::activated, this, &CheckDetailView::applyOverTimeChoice);
    connect(m_logScale, &QCheckBox::toggled, this, &CheckDetailView::applyOverTimeChoice);
    TimeChartWidget::linkTrackers({ m_latencyOverTime, m_outcomesOverTime, m_timeline });
    for (TimeChartWidget *chart : { static_cast<TimeChartWidget *>(m_latencyOverTime),
             static_cast<TimeChartWidget *>(m_outcomesOverTime), static_cast<TimeChartWidget *>(m_timeline) }) {
        connect(chart, &TimeChartWidget::rangeSelected, this, &CheckDetailView::rangeSelected);
    }
    connect(m_incidents, &IncidentsList::incidentActivated, this, &CheckDetailView::rangeSelected);

    auto *overTimePage = new QWidget(this);
    auto *overTimeControls = new QHBoxLayout;
    auto *linesLabel = new QLabel(tr("Li&nes:"), overTimePage);
    linesLabel->setBuddy(m_overTimeChoice);
    overTimeControls->addWidget(linesLabel);
    overTimeControls->addWidget(m_overTimeChoice);
    overTimeControls->addWidget(m_logScale);
    overTimeControls->addStretch(1);
    auto *overTimeSplitter = new QSplitter(Qt::Vertical, overTimePage);
    overTimeSplitter->addWidget(m_latencyOverTime);
    overTimeSplitter->addWidget(m_outcomesOverTime);
    overTimeSplitter->setStretchFactor(0, 3);
    overTimeSplitter->setStretchFactor(1, 2);
    overTimeSplitter->setChildrenCollapsible(false);
    // Two charts share the page: each may be half as tall as a chart alone, so that the window
    // still fits a 500 px high screen.
    for (QWidget *chart : { static_cast<QWidget *>(m_latencyOverTime), static_cast<QWidget *>(m_outcomesOverTime),
             static_cast<QWidget *>(m_incidents) }) {
        chart->setMinimumHeight(100);
    }
    m_timeline->setMinimumHeight(180); // a row per zone stays readable
    auto *overTimeLayout = new QVBoxLayout(overTimePage);
    overTimeLayout->setContentsMargins(0, 6, 0, 0);
    overTimeLayout->addLayout(overTimeControls);
    overTimeLayout->addWidget(m_overTimeNote);
    overTimeLayout->addWidget(overTimeSplitter, 1);

    auto *timelinePage = new QSplitter(Qt::Vertical, this);
    timelinePage->addWidget(m_timeline);
    timelinePage->addWidget(m_incidents);
    timelinePage->setStretchFactor(0, 3);
    timelinePage->setStretchFactor(1, 2);
    timelinePage->setChildrenCollapsible(false);

    m_tabs->setObjectName(QStringLiteral("checkTabs"));
    m_tabs->addTab(latencyPage, tr("&Latency"));
    m_tabs->addTab(m_outcomes, tr("&Success"));
    m_tabs->addTab(zonesPage, tr("Z&ones"));
    m_tabs->addTab(overTimePage, tr("Over &Time"));
    m_tabs->addTab(timelinePage, tr("Timel&ine"));
    m_tabs->setCornerWidget(exportButton, Qt::TopRightCorner);
    // A selection changes every tab, but only the current one is seen: the others are rebuilt
    // when they are shown.
    for (ChartWidget *chart : std::initializer_list<ChartWidget *> {
             m_latency, m_outcomes, m_zones, m_latencyOverTime, m_outcomesOverTime, m_timeline }) {
        chart->setDeferredWhileHidden(true);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_header);
    layout->addWidget(m_problems);
    layout->addWidget(m_tabs, 1);
}

CheckDetailView::~CheckDetailView() = default;

void CheckDetailView::setSnapshot(std::shared_ptr<const core::HealthSnapshot> snapshot, const QString &checkKey)
{
    const bool sameCheck = checkKey == m_checkKey;
    m_snapshot = std::move(snapshot);
    m_checkKey = checkKey;
    m_latency->setSnapshot(m_snapshot, checkKey);
    m_outcomes->setSnapshot(m_snapshot, checkKey);
    m_zones->setSnapshot(m_snapshot, checkKey);
    m_zonesModel->setCheck(m_snapshot, checkKey);
    updateZoneChoices();
    if (!sameCheck) {
        m_zoneChoice->setCurrentIndex(0);
        applyZoneChoice();
        // The new check's course follows from the history; the previous one's is not shown. Charts
        // that show nothing are left alone: rebuilding a chart costs a frame.
        if (m_overTime) {
            m_overTime.reset();
            for (TimeChartWidget *chart : { static_cast<TimeChartWidget *>(m_latencyOverTime),
                     static_cast<TimeChartWidget *>(m_outcomesOverTime), static_cast<TimeChartWidget *>(m_timeline) }) {
                chart->setOverTime(nullptr);
            }
            m_incidents->setIncidents({});
        }
        m_overTimeNote->hide();
    }
    updateHeader();
}

void CheckDetailView::setOverTime(std::shared_ptr<const core::CheckOverTime> overTime)
{
    // Another check's course (an answer for the previous selection) is not this one's.
    if (overTime && overTime->key != m_checkKey) {
        return;
    }
    m_overTimeNote->setText(overTime ? QString() : tr("The course over time needs the history of a scraped source."));
    m_overTimeNote->setVisible(!overTime);
    if (overTime == m_overTime) {
        return; // the charts show it already (or show nothing, and stay so): no rebuild
    }
    m_overTime = std::move(overTime);
    m_latencyOverTime->setOverTime(m_overTime);
    m_outcomesOverTime->setOverTime(m_overTime);
    m_timeline->setOverTime(m_overTime);
    m_incidents->setIncidents(m_overTime ? m_overTime->incidents : std::vector<core::Incident>());
}

void CheckDetailView::applyOverTimeChoice()
{
    const QVariant quantile = m_overTimeChoice->currentData();
    m_latencyOverTime->setZoneMode(
        quantile.isValid() ? LatencyOverTimeChart::ZoneMode::PerZone : LatencyOverTimeChart::ZoneMode::AllZones,
        LatencyOverTimeChart::Quantile(quantile.toInt()));
    m_latencyOverTime->setScale(
        m_logScale->isChecked() ? LatencyOverTimeChart::Scale::Logarithmic : LatencyOverTimeChart::Scale::Linear);
}

void CheckDetailView::setContext(const QString &windowLabel, const QString &sourceLabel)
{
    m_latency->setContext(windowLabel, sourceLabel);
    m_outcomes->setContext(windowLabel, sourceLabel);
    m_zones->setContext(windowLabel, sourceLabel);
    m_latencyOverTime->setContext(windowLabel, sourceLabel);
    m_outcomesOverTime->setContext(windowLabel, sourceLabel);
    m_timeline->setContext(windowLabel, sourceLabel);
}

void CheckDetailView::showZone(const QString &zone)
{
    const int index = m_zoneChoice->findData(zone, Qt::UserRole + 1);
    if (index >= 0) {
        m_zoneChoice->setCurrentIndex(index);
        applyZoneChoice();
    }
    m_tabs->setCurrentIndex(0);
}

void CheckDetailView::updateZoneChoices()
{
    const core::CheckHealth *check = m_snapshot ? m_snapshot->check(m_checkKey) : nullptr;
    QStringList zones;
    if (check) {
        for (const core::ZoneHealth &zone : check->zones) {
            zones << zone.zone;
        }
    }
    QStringList current;
    for (int i = 2; i < m_zoneChoice->count(); ++i) {
        current << m_zoneChoice->itemData(i, Qt::UserRole + 1).toString();
    }
    if (current == zones && m_zoneChoice->count() >= 2) {
        return; // keep the user's choice across refreshes
    }
    m_zoneChoice->clear();
    m_zoneChoice->addItem(tr("All zones together"), AllZones);
    m_zoneChoice->addItem(tr("Zones side by side"), SideBySide);
    for (const QString &zone : std::as_const(zones)) {
        m_zoneChoice->addItem(core::HealthFormat::zone(zone), OneZone);
        m_zoneChoice->setItemData(m_zoneChoice->count() - 1, zone, Qt::UserRole + 1);
    }
}

void CheckDetailView::applyZoneChoice()
{
    switch (m_zoneChoice->currentData().toInt()) {
    case SideBySide:
        m_latency->setZoneMode(LatencyHistogramChart::ZoneMode::ZonesSideBySide);
        break;
    case OneZone:
        m_latency->setZoneMode(
            LatencyHistogramChart::ZoneMode::SingleZone, m_zoneChoice->currentData(Qt::UserRole + 1).toString());
        break;
    default:
        m_latency->setZoneMode(LatencyHistogramChart::ZoneMode::AllZones);
        break;
    }
}

void CheckDetailView::updateHeader()
{
    const core::CheckHealth *check = m_snapshot ? m_snapshot->check(m_checkKey) : nullptr;
    if (!check) {
        m_header->setText(tr("<b>%1</b> · no longer in this source").arg(m_checkKey.toHtmlEscaped()));
        m_problems->hide();
        return;
    }
    QString text
        = QStringLiteral("<span style='font-size:large'><b>%1</b></span> · ").arg(check->displayName().toHtmlEscaped())
        + tr("%Ln zones", nullptr, int(check->zones.size()));
    // The id is in the tooltip and the list's Id column, for those who ask for it.
    // Now, and since when: the same words as the checks list.
    const std::int64_t nowMs = m_snapshot->scrapedAt.isValid() ? m_snapshot->scrapedAt.toMSecsSinceEpoch() : 0;
    QStringList failing;
    for (const core::ZoneHealth &zone : check->zones) {
        if (zone.failingNow) {
            failing << core::HealthFormat::zone(zone.zone);
        }
    }
    QString now = core::HealthFormat::statusNow(*check, nowMs);
    if (!failing.isEmpty()) {
        now += QStringLiteral(" (") + failing.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    if (const QString last = core::HealthFormat::lastFailure(*check, nowMs);
        !last.isEmpty() && check->status == core::CheckStatus::Passing) {
        now += QStringLiteral(" · ") + last;
    }
    text += QStringLiteral(" &nbsp; ")
        + (failing.isEmpty() ? now.toHtmlEscaped()
                             : QStringLiteral("<span style='color:%1'>⚠ %2</span>")
                                   .arg(Theme::of(this).failing().name(), now.toHtmlEscaped()));
    m_header->setText(text);
    m_header->setToolTip(core::HealthFormat::toolTip(check->id));
    if (check->problems) {
        m_problems->setText(QStringLiteral("⚠ ") + core::HealthFormat::problems(check->problems));
        m_problems->show();
    } else {
        m_problems->hide();
    }
}

QString CheckDetailView::headerText() const
{
    return m_header->text();
}

ChartWidget *CheckDetailView::currentChart() const
{
    switch (m_tabs->currentIndex()) {
    case 1:
        return m_outcomes;
    case 2:
        return m_zones;
    case 3:
        return m_latencyOverTime;
    case 4:
        return m_timeline;
    default:
        return m_latency;
    }
}

QString CheckDetailView::currentChartName() const
{
    const core::CheckHealth *check = m_snapshot ? m_snapshot->check(m_checkKey) : nullptr;
    QString name = check ? check->displayName() : m_checkKey;
    static const QStringList suffixes { QStringLiteral("latency"), QStringLiteral("success"), QStringLiteral("zones"),
        QStringLiteral("latency-over-time"), QStringLiteral("timeline") };
    name += QLatin1Char('-') + suffixes.value(m_tabs->currentIndex());
    // A file name a person can keep: no separators, no control characters.
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_')) {
            c = QLatin1Char('-');
        }
    }
    return name;
}

void CheckDetailView::exportCurrentChart()
{
    const QString saved = exportChartInteractively(currentChart(), currentChartName(), this);
    if (!saved.isEmpty()) {
        Q_EMIT chartSaved(saved);
    }
}

void CheckDetailView::copyCurrentChart()
{
    ChartExporter::Options options;
    options.pixelSize = currentChart()->size().expandedTo(QSize(800, 500));
    ChartExporter::copyToClipboard(currentChart(), options);
}

} // namespace appclacks::ui
