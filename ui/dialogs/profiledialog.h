// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/profiles/profile.h"
#include "core/profiles/secretstore.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace appclacks::ui {

/// Adds or edits a profile, or only replaces its token. Saving writes the profile to the
/// ProfileStore and its token to the keychain through `secrets`, without ever waiting on the
/// keychain: the form shows that it is busy, then the outcome. The token is never shown back:
/// when editing, an empty "replace" field keeps the stored one.
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    enum class Mode { Add, Edit, ReplaceSecret };

    /// `profile` without an id adds one; with an id edits it (or only its token, for ReplaceSecret).
    explicit ProfileDialog(core::SecretStore *secrets, const core::Profile &profile = {}, Mode mode = Mode::Add,
        QWidget *parent = nullptr);
    ~ProfileDialog() override;

    /// The profile as the form describes it (not yet saved).
    core::Profile profile() const;
    /// The profile as saved, once the dialog was accepted.
    core::Profile savedProfile() const { return m_saved; }
    /// What happened, for the window to repeat (“production” saved, its token in the keychain).
    QString outcome() const { return m_outcome; }
    /// Whether the outcome is a problem to show as one (the token could not be stored).
    bool outcomeIsProblem() const { return m_outcomeIsProblem; }
    bool isBusy() const { return m_busy; }

    void accept() override;
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    core::EndpointKind currentKind() const;
    void updateForKind();
    void updateForAuth();
    void fitHeight();
    QLayout *fileRow(QLineEdit *field, const char *buttonName, const QString &title, const QString &filter);
    void normalizeUrl();
    void showFieldError(core::ProfileField field, const QString &message);
    void showSecretError(const QString &message);
    void clearErrors();
    void setBusy(bool busy, const QString &text = {});
    void writeSecret(const QString &secret);
    void onSecretWritten(const core::SecretResult &result);
    void offerPlaintextFile();
    QWidget *fieldError(const QString &objectName);

    core::SecretStore *m_secrets = nullptr;
    core::Profile m_original;
    core::Profile m_saved;
    Mode m_mode = Mode::Add;
    QString m_pendingSecret; // held only while the keychain answers, for the plain-text retry
    QString m_outcome;
    bool m_outcomeIsProblem = false;
    bool m_busy = false;
    bool m_closeWhenDone = false;
    bool m_urlTyped = false;

    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameNote = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_kindHelp = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlNote = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_auth = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_zoneLabel = nullptr;
    QLabel *m_zoneHelp = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_clientCertificate = nullptr;
    QLineEdit *m_clientKey = nullptr;
    QLineEdit *m_tenant = nullptr;
    QLineEdit *m_matchers = nullptr;
    QLineEdit *m_nameLabel = nullptr;
    QLineEdit *m_idLabel = nullptr;
    QLabel *m_intervalLabel = nullptr;
    QLabel *m_intervalHelp = nullptr;
    QSpinBox *m_interval = nullptr;
    QHash<int, QWidget *> m_errors; // core::ProfileField (or -1 for the secret) → its error row
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_plaintextButton = nullptr;
};

} // namespace appclacks::ui
