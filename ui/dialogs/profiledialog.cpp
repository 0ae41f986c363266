// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/dialogs/profiledialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace appclacks::ui {

ProfileDialog::ProfileDialog(const core::Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_original(profile)
    , m_name(new QLineEdit(profile.name, this))
    , m_kind(new QComboBox(this))
    , m_url(new QLineEdit(profile.url.toString(), this))
    , m_userLabel(new QLabel(this))
    , m_user(new QLineEdit(profile.username, this))
    , m_auth(new QComboBox(this))
    , m_secret(new QLineEdit(this))
    , m_zoneLabel(new QLineEdit(profile.zoneLabel, this))
    , m_caFile(new QLineEdit(profile.caFile, this))
    , m_interval(new QSpinBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(profile.id.isEmpty() ? tr("Add a Profile") : tr("Edit Profile"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setPlaceholderText(tr("production"));
    m_kind->addItem(tr("Appclacks API"), int(core::EndpointKind::AppclacksApi));
    m_kind->addItem(tr("Metrics endpoint (Cabourotte, …)"), int(core::EndpointKind::ExpositionEndpoint));
    m_kind->setCurrentIndex(profile.kind == core::EndpointKind::AppclacksApi ? 0 : 1);
    m_url->setObjectName(QStringLiteral("profileUrl"));
    m_user->setObjectName(QStringLiteral("profileUser"));
    m_auth->addItem(tr("None"), int(core::AuthMode::None));
    m_auth->addItem(tr("Basic"), int(core::AuthMode::Basic));
    m_auth->addItem(tr("Bearer token"), int(core::AuthMode::Bearer));
    m_auth->setCurrentIndex(m_auth->findData(int(profile.authMode)));
    m_secret->setObjectName(QStringLiteral("profileSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(profile.id.isEmpty() ? QString() : tr("unchanged"));
    m_secret->setAccessibleName(tr("API token or password"));
    m_interval->setRange(5, 3600);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(profile.refreshIntervalSeconds);
    m_error->setObjectName(QStringLiteral("profileError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #D55E00"));
    m_error->hide();

    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Certificate Authority"), m_caFile->text(), tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty()) {
            m_caFile->setText(file);
        }
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(m_userLabel, m_user);
    form->addRow(tr("&Authentication:"), m_auth);
    form->addRow(tr("&Token:"), m_secret);
    form->addRow(tr("&Zone label:"), m_zoneLabel);
    form->addRow(tr("&CA file:"), caRow);
    form->addRow(tr("&Refresh every:"), m_interval);
    auto *note = new QLabel(tr("The token is kept in the system keychain, never in a settings file."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateForKind);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateForKind();
    resize(520, sizeHint().height());
}

void ProfileDialog::updateForKind()
{
    const bool appclacks = m_kind->currentData().toInt() == int(core::EndpointKind::AppclacksApi);
    m_userLabel->setText(appclacks ? tr("&Organization ID:") : tr("&User name:"));
    m_url->setPlaceholderText(appclacks ? QStringLiteral("https://api.appclacks.com")
                                        : QStringLiteral("https://prober.example.com:9013/metrics"));
    if (appclacks) {
        m_auth->setCurrentIndex(m_auth->findData(int(core::AuthMode::Basic)));
    }
    m_auth->setEnabled(!appclacks);
}

core::Profile ProfileDialog::profile() const
{
    core::Profile profile = m_original;
    profile.name = m_name->text().trimmed();
    profile.kind = core::EndpointKind(m_kind->currentData().toInt());
    profile.url
        = QUrl::fromUserInput(m_url->text().trimmed().isEmpty() && profile.kind == core::EndpointKind::AppclacksApi
                ? core::Profile::defaultAppclacksUrl().toString()
                : m_url->text().trimmed());
    profile.username = m_user->text().trimmed();
    profile.authMode = core::AuthMode(m_auth->currentData().toInt());
    profile.zoneLabel = m_zoneLabel->text().trimmed();
    profile.caFile = m_caFile->text().trimmed();
    profile.refreshIntervalSeconds = m_interval->value();
    return profile;
}

QString ProfileDialog::secret() const
{
    return m_secret->text();
}

void ProfileDialog::accept()
{
    QString problem = profile().validationError();
    if (problem.isEmpty() && profile().authMode != core::AuthMode::None && m_original.id.isEmpty()
        && m_secret->text().isEmpty()) {
        problem = tr("Enter the API token or password.");
    }
    if (!problem.isEmpty()) {
        m_error->setTextFormat(Qt::PlainText);
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace appclacks::ui
