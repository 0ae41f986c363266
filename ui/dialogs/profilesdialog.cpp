// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/dialogs/profilesdialog.h"

#include "core/profiles/appclackscliconfig.h"
#include "core/profiles/cliprofileimporter.h"
#include "core/profiles/connectiontest.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/scrapeconfig.h"
#include "core/profiles/secretstore.h"
#include "ui/dialogs/profiledialog.h"
#include "ui/dialogs/profilescrapeconfigdialog.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace appclacks::ui {

namespace {

constexpr int idRole = Qt::UserRole + 1;

QString kindText(const core::Profile &profile)
{
    switch (profile.kind) {
    case core::EndpointKind::AppclacksApi:
        return ProfilesDialog::tr("Appclacks API");
    case core::EndpointKind::ExpositionEndpoint:
        return ProfilesDialog::tr("Metrics endpoint");
    case core::EndpointKind::PrometheusServer:
        return ProfilesDialog::tr("Prometheus-compatible server");
    }
    return {};
}

QString authText(const core::Profile &profile)
{
    switch (profile.authMode) {
    case core::AuthMode::None:
        return ProfilesDialog::tr("none");
    case core::AuthMode::Basic:
        return profile.kind == core::EndpointKind::AppclacksApi
            ? ProfilesDialog::tr("organization ID and API token (in the system keychain)")
            : ProfilesDialog::tr("user name and password (in the system keychain)");
    case core::AuthMode::Bearer:
        return ProfilesDialog::tr("bearer token (in the system keychain)");
    }
    return {};
}

} // namespace

ProfilesDialog::ProfilesDialog(core::SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_list(new QListWidget(this))
    , m_details(new QLabel(this))
    , m_network(new QNetworkAccessManager(this))
    , m_connectionTest(new core::ConnectionTest(secrets, m_network, this))
    , m_importer(new core::CliProfileImporter(secrets, this))
{
    setObjectName(QStringLiteral("profilesDialog"));
    setWindowTitle(tr("Profiles"));
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setMinimumWidth(180);
    m_details->setObjectName(QStringLiteral("profileDetails"));
    m_details->setTextFormat(Qt::PlainText); // names and URLs are the user's text, never markup
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const auto button = [this](const QString &text, const char *name) {
        auto *pushButton = new QPushButton(text, this);
        pushButton->setObjectName(QLatin1String(name));
        return pushButton;
    };
    m_add = button(tr("&Add…"), "profilesAdd");
    m_edit = button(tr("&Edit…"), "profilesEdit");
    m_replace = button(tr("Replace &Token…"), "profilesReplaceToken");
    m_remove = button(tr("&Remove…"), "profilesRemove");
    m_test = button(tr("Test &Connection"), "profilesTest");
    m_scrapeConfig = button(tr("Prometheus &Scrape Config…"), "profilesScrapeConfig");
    m_scrapeConfig->setToolTip(
        tr("A Prometheus scrape job for this profile, ready to paste into prometheus.yml, without its token."));
    m_import = button(tr("&Import from Appclacks CLI…"), "profilesImport");
    m_cancel = button(tr("Cancel"), "profilesCancel");
    m_cancel->hide();
    connect(m_add, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(m_edit, &QPushButton::clicked, this, &ProfilesDialog::editProfile);
    connect(m_replace, &QPushButton::clicked, this, &ProfilesDialog::replaceSecret);
    connect(m_remove, &QPushButton::clicked, this, &ProfilesDialog::removeProfile);
    connect(m_test, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    connect(m_scrapeConfig, &QPushButton::clicked, this, &ProfilesDialog::showScrapeConfig);
    connect(m_import, &QPushButton::clicked, this, &ProfilesDialog::chooseImportFile);
    connect(m_cancel, &QPushButton::clicked, this, &ProfilesDialog::cancelTest);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        showDetails();
        updateButtons();
    });
    connect(m_list, &QListWidget::itemActivated, this, &ProfilesDialog::editProfile);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *pushButton : { m_add, m_edit, m_replace, m_remove }) {
        buttons->addWidget(pushButton);
    }
    buttons->addSpacing(12);
    buttons->addWidget(m_test);
    buttons->addWidget(m_scrapeConfig);
    buttons->addSpacing(12);
    buttons->addWidget(m_import);
    buttons->addStretch(1);

    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 2);
    top->addWidget(m_details, 3);
    top->addLayout(buttons);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("profilesProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(120);
    m_progress->hide();
    m_statusIcon = new QLabel(this);
    m_statusIcon->setObjectName(QStringLiteral("profilesStatusIcon"));
    m_statusIcon->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("profilesStatus"));
    m_status->setTextFormat(Qt::PlainText); // a server's or the keychain's words, never markup
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress, 0, Qt::AlignTop);
    statusRow->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_cancel, 0, Qt::AlignTop);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &ProfilesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(statusRow);
    layout->addWidget(close);

    connect(m_connectionTest, &core::ConnectionTest::finished, this, [this](const core::ConnectionTestResult &result) {
        setBusy({}, {});
        setStatus(result.message, !result.ok());
    });
    connect(m_importer, &core::CliProfileImporter::progress, this, [this](int done, int total) {
        if (done < total) {
            m_status->setText(tr("Importing profile %1 of %2…").arg(done + 1).arg(total));
        }
    });
    connect(
        m_importer, &core::CliProfileImporter::finished, this, [this](const QList<core::CliImportOutcome> &outcomes) {
            setBusy({}, {});
            reload();
            Q_EMIT profilesChanged();
            const QStringList lines = core::CliProfileImporter::describe(outcomes);
            const bool allGood = core::CliProfileImporter::allImported(outcomes);
            setStatus((allGood ? tr("Imported from the Appclacks CLI:") : tr("Imported with problems:"))
                    + QLatin1Char('\n') + lines.join(QLatin1Char('\n')),
                !allGood);
            closeIfAsked(!allGood);
        });

    reload();
    resize(760, 420);
}

ProfilesDialog::~ProfilesDialog() = default;

void ProfilesDialog::reload(const QString &selectId)
{
    const QString keep = selectId.isEmpty() ? selectedProfile().id : selectId;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const core::Profile &profile : core::ProfileStore().profiles()) {
        auto *item = new QListWidgetItem(profile.name, m_list);
        item->setData(idRole, profile.id);
        item->setToolTip(profile.metricsUrl().toString(QUrl::RemoveUserInfo).toHtmlEscaped());
        if (profile.id == keep) {
            m_list->setCurrentItem(item);
        }
    }
    if (!m_list->currentItem() && m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
    showDetails();
    updateButtons();
}

void ProfilesDialog::selectProfile(const QString &idOrName)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(idRole).toString() == idOrName || item->text() == idOrName) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

core::Profile ProfilesDialog::selectedProfile() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        return {};
    }
    return core::ProfileStore().find(item->data(idRole).toString()).value_or(core::Profile {});
}

QString ProfilesDialog::statusText() const
{
    return m_status->text();
}

void ProfilesDialog::updateButtons()
{
    const bool busy = isBusy();
    const bool selected = m_list->currentItem() != nullptr;
    const bool canWrite = core::ProfileStore::writeBlockedReason().isEmpty();
    m_add->setEnabled(!busy && canWrite);
    m_edit->setEnabled(!busy && selected && canWrite);
    m_remove->setEnabled(!busy && selected && canWrite);
    m_replace->setEnabled(!busy && selected && selectedProfile().authMode != core::AuthMode::None);
    const core::Profile profile = selected ? selectedProfile() : core::Profile {};
    m_test->setEnabled(!busy && selected);
    m_test->setToolTip(profile.kind == core::EndpointKind::PrometheusServer
            ? tr("Asks the server which Prometheus-compatible server it is (/api/v1/status/buildinfo).")
            : tr("Scrapes it once and counts its health checks and zones."));
    m_scrapeConfig->setEnabled(!busy && selected && core::ScrapeConfig::canWrite(profile));
    m_import->setEnabled(!busy && canWrite);
    m_list->setEnabled(!busy);
}

void ProfilesDialog::showDetails()
{
    const core::Profile profile = selectedProfile();
    if (profile.id.isEmpty()) {
        m_details->setText(m_list->count() == 0
                ? tr("No profiles yet. Add one for the Appclacks API or a Cabourotte /metrics endpoint, or import "
                     "the Appclacks CLI's.")
                : QString());
        return;
    }
    QStringList lines { profile.name, QString(), tr("Kind: %1").arg(kindText(profile)),
        tr("URL: %1").arg(profile.metricsUrl().toString(QUrl::RemoveUserInfo)) };
    if (profile.authMode == core::AuthMode::Basic) {
        lines << (profile.kind == core::EndpointKind::AppclacksApi ? tr("Organization ID: %1") : tr("User name: %1"))
                     .arg(profile.username);
    }
    lines << tr("Authentication: %1").arg(authText(profile));
    const bool prometheus = profile.kind == core::EndpointKind::PrometheusServer;
    if (prometheus) {
        if (!profile.tenant.isEmpty()) {
            lines << tr("Tenant: %1").arg(profile.tenant);
        }
        lines << tr("Label matchers: %1").arg(profile.labelMatchers.isEmpty() ? tr("none") : profile.labelMatchers);
        lines << tr("Labels: check name “%1”, check ID “%2”, zone “%3”")
                     .arg(profile.nameLabel, profile.idLabel, profile.zoneLabel);
    } else {
        lines << tr("Zone label: %1").arg(profile.zoneLabel);
    }
    if (!profile.caFile.isEmpty()) {
        lines << tr("CA file: %1").arg(profile.caFile);
    }
    if (!profile.clientCertificateFile.isEmpty()) {
        lines << tr("Client certificate: %1").arg(profile.clientCertificateFile);
    }
    lines << (prometheus ? tr("Re-query every %n seconds", nullptr, profile.refreshIntervalSeconds)
                         : tr("Refresh every %n seconds", nullptr, profile.refreshIntervalSeconds));
    m_details->setText(lines.join(QLatin1Char('\n')));
}

void ProfilesDialog::setBusy(const QString &what, const QString &text)
{
    m_busyWith = what;
    m_progress->setVisible(!what.isEmpty());
    m_cancel->setVisible(what == QLatin1String("test"));
    m_statusIcon->hide();
    m_status->setText(text);
    updateButtons();
}

void ProfilesDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    if (problem) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_statusIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    }
    m_statusIcon->setVisible(problem);
}

void ProfilesDialog::openProfileDialog(ProfileDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload(dialog->savedProfile().id);
        setStatus(dialog->outcome(), dialog->outcomeIsProblem());
        Q_EMIT profilesChanged();
    });
    dialog->open(); // window-modal, and this dialog's event loop goes on
}

void ProfilesDialog::addProfile()
{
    openProfileDialog(new ProfileDialog(m_secrets, core::Profile {}, ProfileDialog::Mode::Add, this));
}

void ProfilesDialog::editProfile()
{
    const core::Profile profile = selectedProfile();
    if (!profile.id.isEmpty() && !isBusy()) {
        openProfileDialog(new ProfileDialog(m_secrets, profile, ProfileDialog::Mode::Edit, this));
    }
}

void ProfilesDialog::replaceSecret()
{
    const core::Profile profile = selectedProfile();
    if (!profile.id.isEmpty()) {
        openProfileDialog(new ProfileDialog(m_secrets, profile, ProfileDialog::Mode::ReplaceSecret, this));
    }
}

void ProfilesDialog::removeProfile()
{
    const core::Profile profile = selectedProfile();
    if (profile.id.isEmpty()) {
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Remove Profile"),
        tr("Remove the profile “%1”? Its token is removed from the system keychain too.").arg(profile.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    setBusy(QStringLiteral("remove"), tr("Removing the token of “%1” from the system keychain…").arg(profile.name));
    QPointer<ProfilesDialog> self(this);
    m_secrets->remove(profile.id, [self, profile](const core::SecretResult &result) {
        if (self) {
            self->setBusy({}, {});
            self->removeNow(profile, result.ok() ? QString() : result.message);
            self->closeIfAsked(!result.ok());
        }
    });
}

void ProfilesDialog::removeNow(const core::Profile &profile, const QString &keychainProblem)
{
    if (!keychainProblem.isEmpty()) {
        // Never hidden: the token may still be in the keychain. The user decides.
        const auto answer = QMessageBox::warning(this, tr("Remove Profile"),
            tr("The token of “%1” could not be removed from the system keychain: %2\n\nRemove the profile anyway? "
               "Its token would stay in the keychain, under the service “appclacks-desktop”.")
                .arg(profile.name, keychainProblem),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            setStatus(tr("“%1” was kept: its token could not be removed from the system keychain: %2")
                          .arg(profile.name, keychainProblem),
                true);
            return;
        }
    }
    core::ProfileStore().remove(profile.id);
    reload();
    Q_EMIT profilesChanged();
    setStatus(keychainProblem.isEmpty()
            ? tr("Profile “%1” removed, and its token with it.").arg(profile.name)
            : tr("Profile “%1” removed; its token could not be removed from the system keychain: %2")
                  .arg(profile.name, keychainProblem),
        !keychainProblem.isEmpty());
}

void ProfilesDialog::testConnection()
{
    const core::Profile profile = selectedProfile();
    if (profile.id.isEmpty() || isBusy()) {
        return;
    }
    setBusy(QStringLiteral("test"), tr("Connecting to %1…").arg(profile.metricsUrl().toString(QUrl::RemoveUserInfo)));
    m_connectionTest->start(profile); // its keychain read and request never block this dialog
}

void ProfilesDialog::showScrapeConfig()
{
    const core::Profile profile = selectedProfile();
    if (profile.id.isEmpty() || !core::ScrapeConfig::canWrite(profile) || isBusy()) {
        return;
    }
    auto *dialog = new ProfileScrapeConfigDialog(profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfileScrapeConfigDialog::createPrometheusProfile, this,
        [this, dialog](const core::Profile &prefilled) {
            // One window-modal dialog at a time: the form replaces the job (copied first, or shown again).
            dialog->close();
            openProfileDialog(new ProfileDialog(m_secrets, prefilled, ProfileDialog::Mode::Add, this));
        });
    dialog->open();
}

void ProfilesDialog::cancelTest()
{
    if (m_busyWith != QLatin1String("test")) {
        return;
    }
    m_connectionTest->cancel();
    setBusy({}, {});
    setStatus(tr("Connection test cancelled."));
}

void ProfilesDialog::chooseImportFile()
{
    const QString defaultPath = core::AppclacksCliConfig::defaultPath();
    const QString start = QFileInfo::exists(defaultPath) ? defaultPath : core::AppclacksCliConfig::defaultFolder();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Appclacks CLI Profiles"), start,
        tr("Appclacks CLI profiles (appclacks.yaml *.yaml *.yml);;All files (*)"));
    if (!path.isEmpty()) {
        importFrom(path);
    }
}

void ProfilesDialog::importFrom(const QString &path)
{
    if (isBusy()) {
        return;
    }
    const core::AppclacksCliConfig::Result config = core::AppclacksCliConfig::readFile(path);
    if (!config.error.isEmpty()) {
        setStatus(tr("Nothing was imported: %1").arg(config.error), true);
        return;
    }
    if (config.profiles.isEmpty()) {
        setStatus(tr("%1 holds no profiles.").arg(path));
        return;
    }
    setBusy(QStringLiteral("import"), tr("Importing %n profiles…", nullptr, int(config.profiles.size())));
    m_importer->start(config);
}

void ProfilesDialog::reject()
{
    if (m_busyWith == QLatin1String("test")) {
        cancelTest();
    } else if (isBusy()) {
        // A removal or an import waits on the keychain (bounded by SecretStore's timeout): closing
        // now would leave a profile half-removed or its outcome unsaid. Close once it answers.
        m_closeWhenDone = true;
        m_status->setText(tr("Closing as soon as the system keychain answers…"));
        return;
    }
    QDialog::reject();
}

void ProfilesDialog::closeEvent(QCloseEvent *event)
{
    if (isBusy() && m_busyWith != QLatin1String("test")) {
        reject();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void ProfilesDialog::closeIfAsked(bool problem)
{
    // Asked to close while busy: do it now, unless there is a problem to read first.
    if (m_closeWhenDone && !problem) {
        m_closeWhenDone = false;
        QDialog::reject();
    }
    m_closeWhenDone = false;
}

} // namespace appclacks::ui
