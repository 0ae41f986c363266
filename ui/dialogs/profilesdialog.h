// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/profiles/profile.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;

namespace appclacks::core {
class CliProfileImporter;
class ConnectionTest;
class SecretStore;
} // namespace appclacks::core

namespace appclacks::ui {

class ProfileDialog;

/// Manage Profiles: the list of profiles, with Add, Edit, Replace Token, Remove (the keychain
/// entry too), Test Connection (core::ConnectionTest, as `profile test` does it: one scrape, or a
/// Prometheus server's buildinfo; cancellable) and the Appclacks CLI's import. Nothing here waits on the keychain or
/// the network: each long step shows that it is busy, then its outcome, in the dialog's status line.
class ProfilesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesDialog)

public:
    explicit ProfilesDialog(core::SecretStore *secrets, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    /// Selects the profile with this id (or name) in the list.
    void selectProfile(const QString &idOrName);
    core::Profile selectedProfile() const;
    bool isBusy() const { return !m_busyWith.isEmpty(); }
    QString statusText() const;

    /// Cancels a connection test; while a removal or an import waits on the keychain, closes
    /// once it answered (and stays open if it went wrong, to show why).
    void reject() override;

public Q_SLOTS:
    void addProfile();
    void editProfile();
    void replaceSecret();
    void removeProfile();
    void testConnection();
    void cancelTest();
    /// The selected profile's Prometheus scrape job (an Appclacks or exposition profile).
    void showScrapeConfig();
    /// Asks for the CLI's appclacks.yaml (starting in the CLI's folder), then imports it.
    void chooseImportFile();
    void importFrom(const QString &path);

Q_SIGNALS:
    /// The profiles changed (added, edited, removed, imported): lists elsewhere reload.
    void profilesChanged();

private:
    void reload(const QString &selectId = {});
    void updateButtons();
    void showDetails();
    void openProfileDialog(ProfileDialog *dialog);
    void setBusy(const QString &what, const QString &text);
    void setStatus(const QString &text, bool problem = false);
    void removeNow(const core::Profile &profile, const QString &keychainProblem);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void closeIfAsked(bool problem);

    core::SecretStore *m_secrets = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_replace = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_scrapeConfig = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_status = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    core::ConnectionTest *m_connectionTest = nullptr;
    core::CliProfileImporter *m_importer = nullptr;
    QString m_busyWith; // empty when idle: "test", "remove", "import"
    bool m_closeWhenDone = false;
};

} // namespace appclacks::ui
