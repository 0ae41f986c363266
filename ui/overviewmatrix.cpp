// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/overviewmatrix.h"

#include "ui/charts/chartexporter.h"
#include "ui/checksfilterproxymodel.h"
#include "ui/overviewmatrixdelegate.h"
#include "ui/theme/statusiconproxymodel.h"
#include "ui/theme/theme.h"

#include <QAbstractButton>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QSet>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace appclacks::ui {

namespace {

QPixmap swatch(const QColor &fill, const QColor &border, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(border, 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3, 3);
    return pixmap;
}

} // namespace

OverviewMatrix::OverviewMatrix(QWidget *parent)
    : QWidget(parent)
    , m_model(new core::OverviewMatrixModel(this))
    , m_icons(new StatusIconProxyModel(this))
    , m_delegate(new OverviewMatrixDelegate(this))
{
    setObjectName(QStringLiteral("overviewMatrix"));
    setAccessibleName(tr("Checks by zone"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("overviewTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("overviewView"));
    m_icons->setSourceModel(m_model);
    m_view->setModel(m_icons);
    m_view->setItemDelegate(m_delegate);
    m_view->setShowGrid(false);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->setCornerButtonEnabled(false);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMouseTracking(true);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->verticalHeader()->setHighlightSections(false);
    m_view->verticalHeader()->setMaximumWidth(280);
    m_view->installEventFilter(this);
    connect(m_view, &QAbstractItemView::clicked, this, &OverviewMatrix::activate);

    m_empty = new QLabel(tr("No checks in this source yet"), this);
    m_empty->setObjectName(QStringLiteral("overviewEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_view);
    m_pages->addWidget(m_empty);

    m_legend = new QWidget(this);
    m_legend->setObjectName(QStringLiteral("overviewLegend"));
    // Its end is cut in a narrow window rather than holding the window wide.
    m_legend->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *legendLayout = new QHBoxLayout(m_legend);
    legendLayout->setContentsMargins(0, 0, 0, 0);
    legendLayout->setSpacing(6);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_legend);
    layout->addWidget(m_pages, 1);

    applyTheme();
    updateTitle();
    updateLegend();
    updateLayout();
}

OverviewMatrix::~OverviewMatrix() = default;

void OverviewMatrix::renderForExport(QPainter *painter, const QSizeF &size, bool transparent)
{
    ChartExporter::renderWidget(this, painter, size, transparent);
}

void OverviewMatrix::setSnapshot(std::shared_ptr<const core::HealthSnapshot> snapshot)
{
    m_snapshot = snapshot;
    m_model->setSnapshot(std::move(snapshot));
    updateLayout();
}

void OverviewMatrix::setFilterText(const QString &text)
{
    m_filterText = text.trimmed();
    applyFilter();
}

int OverviewMatrix::shownChecks() const
{
    int shown = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        shown += m_view->isRowHidden(row) ? 0 : 1;
    }
    return shown;
}

void OverviewMatrix::applyFilter()
{
    QSet<QString> matching;
    if (m_snapshot && !m_filterText.isEmpty()) {
        for (const core::CheckHealth &check : m_snapshot->checks) {
            if (ChecksFilterProxyModel::matches(check, m_filterText)) {
                matching.insert(check.key);
            }
        }
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        m_view->setRowHidden(row, !m_filterText.isEmpty() && !matching.contains(m_model->checkKey(row)));
    }
}

void OverviewMatrix::setMetric(Metric metric)
{
    m_delegate->setMetric(metric);
    m_model->setMetric(metric);
    updateTitle();
    updateLegend();
    updateLayout();
}

OverviewMatrix::Metric OverviewMatrix::shownMetric() const
{
    return m_model->metric();
}

void OverviewMatrix::setContext(const QString &windowLabel, const QString &sourceLabel)
{
    m_windowLabel = windowLabel;
    m_sourceLabel = sourceLabel;
    updateTitle();
}

QString OverviewMatrix::title() const
{
    return m_titleText;
}

void OverviewMatrix::setCurrentCell(const QString &checkKey, const QString &zone)
{
    const QModelIndex index = m_icons->mapFromSource(m_model->indexOf(checkKey, zone));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

void OverviewMatrix::activate(const QModelIndex &index)
{
    if (!index.isValid() || !(index.flags() & Qt::ItemIsEnabled)) {
        return;
    }
    Q_EMIT cellActivated(m_model->checkKey(index.row()), m_model->zone(index.column()));
}

bool OverviewMatrix::eventFilter(QObject *watched, QEvent *event)
{
    // Enter opens the cell on every platform; QAbstractItemView's own "activated" depends on
    // the style (single or double click) and, on macOS, Enter starts editing instead.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            activate(m_view->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OverviewMatrix::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The constructor's own palette changes arrive before the children exist.
    if (!m_legend) {
        return;
    }
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        applyTheme();
        updateLegend();
        updateLayout();
    }
}

void OverviewMatrix::applyTheme()
{
    const Theme theme = Theme::of(this);
    m_delegate->setTheme(theme);
    m_icons->setStatusIcons(theme.statusIcons());
    m_title->setFont(theme.titleFont());
    QPalette titlePalette = m_title->palette();
    titlePalette.setColor(QPalette::WindowText, theme.text());
    m_title->setPalette(titlePalette);
    QPalette emptyPalette = m_empty->palette();
    emptyPalette.setColor(QPalette::WindowText, theme.secondaryText());
    m_empty->setPalette(emptyPalette);
    // Flat headers on the chart background: the matrix reads as a chart, not as a spreadsheet.
    const QString header
        = QStringLiteral("QHeaderView { background: transparent; border: none; }"
                         "QHeaderView::section { background: transparent; border: none; color: %1; padding: 2px 8px; }")
              .arg(theme.text().name());
    m_view->horizontalHeader()->setStyleSheet(header);
    m_view->verticalHeader()->setStyleSheet(header);
    // The corner button alone: a style sheet on the view itself would stop it from following
    // the palette (dark themes would get a white table).
    if (auto *corner = m_view->findChild<QAbstractButton *>()) {
        corner->setStyleSheet(QStringLiteral("QTableCornerButton::section { background: transparent; border: none; }"));
    }
    m_view->viewport()->update();
}

void OverviewMatrix::updateTitle()
{
    const Metric shown = shownMetric();
    const QString what = shown == Metric::SuccessRatio ? tr("success ratio by zone")
        : shown == Metric::P95                         ? tr("p95 latency by zone")
                                                       : tr("status now by zone");
    QString title = tr("Overview") + QStringLiteral(" — ") + what;
    if (!m_windowLabel.isEmpty() && shown != Metric::StatusNow) {
        title += QStringLiteral(", ") + m_windowLabel;
    }
    if (!m_sourceLabel.isEmpty()) {
        title += QStringLiteral(" — ") + m_sourceLabel;
    }
    m_titleText = title;
    m_title->setText(title);
    m_view->setAccessibleName(shown == Metric::SuccessRatio ? tr("Success ratio of every check in every zone")
            : shown == Metric::P95                          ? tr("p95 latency of every check in every zone")
                                                            : tr("Status now of every check in every zone"));
}

void OverviewMatrix::updateLegend()
{
    auto *layout = static_cast<QHBoxLayout *>(m_legend->layout());
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const Theme theme = Theme::of(this);
    const Metric shown = shownMetric();
    auto addText = [this, layout, &theme](const QString &text, bool secondary) {
        auto *label = new QLabel(text, m_legend);
        label->setTextFormat(Qt::PlainText);
        label->setFont(theme.labelFont());
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, secondary ? theme.secondaryText() : theme.text());
        label->setPalette(palette);
        layout->addWidget(label);
        return label;
    };
    addText(shown == Metric::SuccessRatio ? tr("Success ratio:")
            : shown == Metric::P95        ? tr("p95:")
                                          : tr("Now:"),
        true);
    const int size = QFontMetrics(theme.labelFont()).height() - 2;
    for (int shade = 0; shade < core::OverviewMatrixModel::shadeCount(shown); ++shade) {
        auto *mark = new QLabel(m_legend);
        mark->setPixmap(swatch(
            OverviewMatrixDelegate::shadeColour(theme, shown, shade), theme.gridLine(), size, devicePixelRatioF()));
        layout->addSpacing(6);
        layout->addWidget(mark);
        addText(core::OverviewMatrixModel::shadeLabel(shown, shade), false);
    }
    layout->addSpacing(6);
    auto *none = new QLabel(m_legend);
    none->setPixmap(
        swatch(OverviewMatrixDelegate::shadeColour(theme, shown, -1), theme.gridLine(), size, devicePixelRatioF()));
    layout->addWidget(none);
    addText(core::OverviewMatrixModel::shadeLabel(shown, -1), false);
    layout->addStretch(1);
}

void OverviewMatrix::updateLayout()
{
    applyFilter();
    m_pages->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_view) : m_empty);
    const QFontMetrics metrics(m_view->font());
    m_view->verticalHeader()->setDefaultSectionSize(metrics.height() + 14);
    // Every column as wide as its widest text, and no narrower than a value needs, so that
    // the tiles form an even grid.
    const int minimum = metrics.horizontalAdvance(QStringLiteral("100.0%")) + 30;
    // A range's values repeat ("100.0%", "0.0%"): each text is measured once, which keeps a new
    // range's figures for a thousand checks within a frame.
    QHash<QString, int> advances;
    const auto advance = [&](const QString &text) {
        auto found = advances.constFind(text);
        if (found == advances.cend()) {
            found = advances.insert(text, metrics.horizontalAdvance(text));
        }
        return *found;
    };
    for (int column = 0; column < m_model->columnCount(); ++column) {
        int width
            = std::max(minimum, metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 24);
        for (int row = 0; row < std::min(m_model->rowCount(), 500); ++row) {
            width = std::max(width, advance(m_model->index(row, column).data().toString()) + 28);
        }
        m_view->setColumnWidth(column, width);
    }
}

} // namespace appclacks::ui
