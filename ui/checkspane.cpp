// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/checkspane.h"

#include "core/models/checkstablemodel.h"
#include "core/settings/appsettings.h"
#include "ui/checksfilterproxymodel.h"
#include "ui/statusstripdelegate.h"
#include "ui/theme/theme.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

namespace appclacks::ui {

using core::ChecksTableModel;

ChecksPane::ChecksPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new ChecksTableModel(this))
    , m_proxy(new ChecksFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);

    m_view->setObjectName(QStringLiteral("checksView"));
    m_view->setAccessibleName(tr("Checks"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ChecksTableModel::Status, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    setUpColumns();
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &ChecksPane::showColumnsMenu);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ChecksPane::showCheckMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        const QString key = rows.isEmpty() ? QString() : rows.constFirst().data(core::CheckKeyRole).toString();
        if (key != m_selectedKey) {
            m_selectedKey = key;
            Q_EMIT selectionChanged(key);
        }
    });

    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    // A filter that changes what is shown changes the empty state too.
    for (const auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved }) {
        connect(m_proxy, signal, this, &ChecksPane::updateEmptyState);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ChecksPane::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ChecksPane::updateEmptyState);

    m_empty->setObjectName(QStringLiteral("emptyChecks"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText); // errors quote what a server said
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    applyTheme();
}

ChecksPane::~ChecksPane() = default;

void ChecksPane::setUpColumns()
{
    for (const int hidden : { int(ChecksTableModel::Status), int(ChecksTableModel::Id), int(ChecksTableModel::Zones),
             int(ChecksTableModel::Success), int(ChecksTableModel::SuccessRatio), int(ChecksTableModel::P50),
             int(ChecksTableModel::P99), int(ChecksTableModel::Mean) }) {
        m_view->setColumnHidden(hidden, true);
    }
    // The strip reads as part of the name: "this check, lately".
    m_view->setItemDelegateForColumn(ChecksTableModel::Strip, new StatusStripDelegate(m_view));
    QHeaderView *columns = m_view->horizontalHeader();
    columns->moveSection(
        columns->visualIndex(ChecksTableModel::Strip), columns->visualIndex(ChecksTableModel::Name) + 1);
    // Widths from the widest texts a column can hold: measuring thousands of rows on every
    // refresh would stall the window.
    const QFontMetrics metrics = m_view->fontMetrics();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        const bool ratio = column == ChecksTableModel::SuccessRatio
            || (column >= ChecksTableModel::Uptime24h && column <= ChecksTableModel::Uptime30d);
        const QString widest = ratio                                                     ? QStringLiteral("100.0%")
            : column == ChecksTableModel::Failure || column == ChecksTableModel::Success ? QStringLiteral("1,000,000")
                                                                                         : QStringLiteral("> 7.5 s");
        m_view->setColumnWidth(column,
            std::max(metrics.horizontalAdvance(header), metrics.horizontalAdvance(widest))
                + 2 * metrics.averageCharWidth() + 4);
    }
    m_view->setColumnWidth(ChecksTableModel::Strip, 30 * 4 + 8);
    m_view->horizontalHeader()->setMinimumSectionSize(48);
    // About twenty characters and the status icon: "api-gateway-eu", "checkout-payments".
    m_nameMinimumWidth = 20 * metrics.averageCharWidth() + m_view->iconSize().width() + 16;
    // The splitter never squeezes the list below a short name (the charts give way first),
    // and the window can still be narrower than 500 px.
    setMinimumWidth(12 * metrics.averageCharWidth() + m_view->iconSize().width() + 16);
    fitColumns();
}

void ChecksPane::fitColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    int others = 0;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (column != ChecksTableModel::Name && !m_view->isColumnHidden(column)) {
            others += m_view->columnWidth(column);
        }
    }
    const int width = std::max(m_nameMinimumWidth, m_view->viewport()->width() - others);
    if (header->sectionSize(ChecksTableModel::Name) != width) {
        header->resizeSection(ChecksTableModel::Name, width);
    }
}

bool ChecksPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        fitColumns();
    } else if (watched == m_view && event->type() == QEvent::KeyPress) {
        // Home and End go to the first and last check (QTableView's go to the first and last
        // column of the row, which in a list of checks does nothing visible).
        const auto *key = static_cast<QKeyEvent *>(event);
        const int rows = m_proxy->rowCount();
        if ((key->key() == Qt::Key_Home || key->key() == Qt::Key_End) && rows > 0
            && !(key->modifiers() & Qt::ShiftModifier)) {
            const QModelIndex index = m_proxy->index(key->key() == Qt::Key_Home ? 0 : rows - 1, ChecksTableModel::Name);
            m_view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(index);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChecksPane::showColumnsMenu(const QPoint &at)
{
    // Every column can be shown; the default keeps the list narrow.
    QMenu menu(this);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *toggle = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!m_view->isColumnHidden(column));
        toggle->setEnabled(column != ChecksTableModel::Name);
        connect(toggle, &QAction::toggled, this, [this, column](bool on) {
            m_view->setColumnHidden(column, !on);
            fitColumns();
        });
    }
    menu.exec(m_view->horizontalHeader()->mapToGlobal(at));
}

void ChecksPane::showCheckMenu(const QPoint &at)
{
    const QModelIndex index = m_view->indexAt(at);
    if (!index.isValid()) {
        return;
    }
    const QString key = index.data(core::CheckKeyRole).toString();
    QMenu menu(this);
    QAction *mute = menu.addAction(tr("Mute Notifications for This Check"));
    mute->setCheckable(true);
    mute->setChecked(core::AppSettings().mutedChecks().contains(key));
    // A server's figures: each one's query, to paste where the team already looks.
    const QList<QPair<QString, QString>> queries
        = m_queryProvider ? m_queryProvider(key) : QList<QPair<QString, QString>>();
    if (!queries.isEmpty()) {
        QMenu *copy = menu.addMenu(tr("Copy PromQL"));
        for (const QPair<QString, QString> &entry : queries) {
            const QString query = entry.second;
            copy->addAction(entry.first, this, [query] { QGuiApplication::clipboard()->setText(query); });
        }
    }
    if (menu.exec(m_view->viewport()->mapToGlobal(at)) == mute) {
        // One key, read-modify-written under a lock: another instance's mutes are never lost.
        core::AppSettings().setCheckMuted(key, mute->isChecked());
    }
}

void ChecksPane::setQueryProvider(std::function<QList<QPair<QString, QString>>(const QString &checkKey)> provider)
{
    m_queryProvider = std::move(provider);
}

void ChecksPane::setSnapshot(std::shared_ptr<const core::HealthSnapshot> snapshot)
{
    const bool none = !snapshot;
    m_model->setSnapshot(std::move(snapshot));
    // A reset model drops the view's selection without a word (QItemSelectionModel emits
    // nothing on a reset): without data — another source is opening — the selected check goes
    // too, or its charts would stay on screen under the new source's name.
    if (none && !m_selectedKey.isEmpty()) {
        m_selectedKey.clear();
        Q_EMIT selectionChanged(QString());
    } else if (!m_selectedKey.isEmpty() && !m_view->selectionModel()->hasSelection()) {
        selectCheck(m_selectedKey); // the same source with other checks: keep the highlight
    }
    updateEmptyState();
}

void ChecksPane::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateEmptyState();
}

void ChecksPane::setFilterText(const QString &text)
{
    m_proxy->setFilterText(text);
    updateEmptyState();
}

QString ChecksPane::emptyText() const
{
    return m_empty->isVisibleTo(this) ? m_empty->text() : QString();
}

void ChecksPane::updateEmptyState()
{
    const bool noChecks = m_model->rowCount() == 0;
    const bool noMatch = !noChecks && m_proxy->rowCount() == 0;
    m_view->setVisible(!noChecks && !noMatch);
    m_empty->setVisible(noChecks || noMatch);
    m_empty->setText(noMatch ? tr("No check matches “%1”.").arg(m_proxy->filterText()) : m_emptyText);
}

void ChecksPane::selectCheck(const QString &checkKey)
{
    if (checkKey.isEmpty()) {
        m_view->clearSelection();
        return;
    }
    const int row = m_model->rowOf(checkKey);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, ChecksTableModel::Name));
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void ChecksPane::applyTheme()
{
    m_proxy->setStatusIcons(Theme::of(this).statusIcons());
}

void ChecksPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        applyTheme(); // the status icons follow light and dark
    }
}

} // namespace appclacks::ui
