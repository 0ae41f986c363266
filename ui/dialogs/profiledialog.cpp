// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "ui/dialogs/profiledialog.h"

#include "core/profiles/profilestore.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>

#include <algorithm>

namespace appclacks::ui {

namespace {

constexpr int secretField = -1; // m_errors' key for the token row, which is no core::ProfileField

QLabel *helpLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    label->setFont(font);
    return label;
}

// A field with what belongs under it (its explanation, its error), so that an error sits
// right beside the field it concerns.
QWidget *fieldColumn(QWidget *parent, const QString &objectName, std::initializer_list<QObject *> items)
{
    auto *column = new QWidget(parent);
    column->setObjectName(objectName);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (QObject *item : items) {
        if (auto *widget = qobject_cast<QWidget *>(item)) {
            layout->addWidget(widget);
        } else if (auto *inner = qobject_cast<QLayout *>(item)) {
            layout->addLayout(inner);
        }
    }
    return column;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy); // the "&" becomes the mnemonic, never a visible character
    return label;
}

} // namespace

ProfileDialog::ProfileDialog(core::SecretStore *secrets, const core::Profile &profile, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_original(profile)
    , m_mode(profile.id.isEmpty() ? Mode::Add : mode)
    , m_name(new QLineEdit(profile.name, this))
    , m_kind(new QComboBox(this))
    , m_url(new QLineEdit(profile.url.toString(), this))
    , m_user(new QLineEdit(profile.username, this))
    , m_auth(new QComboBox(this))
    , m_secret(new QLineEdit(this))
    , m_zoneLabel(new QLineEdit(profile.zoneLabel, this))
    , m_caFile(new QLineEdit(profile.caFile, this))
    , m_clientCertificate(new QLineEdit(profile.clientCertificateFile, this))
    , m_clientKey(new QLineEdit(profile.clientKeyFile, this))
    , m_tenant(new QLineEdit(profile.tenant, this))
    , m_matchers(new QLineEdit(profile.labelMatchers, this))
    , m_nameLabel(new QLineEdit(profile.nameLabel, this))
    , m_idLabel(new QLineEdit(profile.idLabel, this))
    , m_interval(new QSpinBox(this))
{
    setObjectName(QStringLiteral("profileDialog"));
    switch (m_mode) {
    case Mode::Add:
        setWindowTitle(tr("Add a Profile"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit Profile “%1”").arg(profile.name));
        break;
    case Mode::ReplaceSecret:
        setWindowTitle(tr("Replace the Token of “%1”").arg(profile.name));
        break;
    }

    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setPlaceholderText(tr("production"));
    m_nameNote = helpLabel(QString(), QStringLiteral("profileNameNote"), this);
    m_nameNote->hide();

    m_kind->setObjectName(QStringLiteral("profileKind"));
    m_kind->addItem(tr("Appclacks API"), int(core::EndpointKind::AppclacksApi));
    m_kind->addItem(tr("Metrics endpoint (Cabourotte, …)"), int(core::EndpointKind::ExpositionEndpoint));
    m_kind->addItem(tr("Prometheus-compatible server"), int(core::EndpointKind::PrometheusServer));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(profile.kind))));
    m_kindHelp = helpLabel(QString(), QStringLiteral("profileKindHelp"), this);

    m_url->setObjectName(QStringLiteral("profileUrl"));
    m_urlNote = helpLabel(QString(), QStringLiteral("profileUrlNote"), this);
    m_urlNote->hide();

    m_user->setObjectName(QStringLiteral("profileUser"));
    m_userLabel = buddyLabel(QString(), m_user, this);
    m_userLabel->setObjectName(QStringLiteral("profileUserLabel"));

    m_auth->setObjectName(QStringLiteral("profileAuth"));
    m_auth->addItem(tr("None"), int(core::AuthMode::None));
    m_auth->addItem(tr("Basic (user name and password)"), int(core::AuthMode::Basic));
    m_auth->addItem(tr("Bearer token"), int(core::AuthMode::Bearer));
    m_auth->setCurrentIndex(m_auth->findData(int(profile.authMode)));

    m_secret->setObjectName(QStringLiteral("profileSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setClearButtonEnabled(true);
    if (m_mode == Mode::Edit) {
        m_secret->setPlaceholderText(tr("Leave empty to keep the stored one"));
    }
    m_secretLabel = buddyLabel(QString(), m_secret, this);
    m_secretLabel->setObjectName(QStringLiteral("profileSecretLabel"));

    m_zoneLabel->setObjectName(QStringLiteral("profileZoneLabel"));
    m_caFile->setObjectName(QStringLiteral("profileCaFile"));
    m_caFile->setPlaceholderText(tr("Optional: a PEM file of extra trusted authorities"));
    m_clientCertificate->setObjectName(QStringLiteral("profileClientCertificate"));
    m_clientCertificate->setPlaceholderText(tr("Optional: a PEM certificate this computer signs in with"));
    m_clientKey->setObjectName(QStringLiteral("profileClientKey"));
    m_clientKey->setPlaceholderText(tr("The certificate's private key (PEM)"));
    m_tenant->setObjectName(QStringLiteral("profileTenant"));
    m_tenant->setPlaceholderText(tr("Optional"));
    m_matchers->setObjectName(QStringLiteral("profileMatchers"));
    m_matchers->setPlaceholderText(QStringLiteral("job=\"cabourotte\", env=\"prod\""));
    m_nameLabel->setObjectName(QStringLiteral("profileNameLabel"));
    m_nameLabel->setPlaceholderText(QStringLiteral("name"));
    m_idLabel->setObjectName(QStringLiteral("profileIdLabel"));
    m_idLabel->setPlaceholderText(tr("None: checks told apart by name"));
    m_interval->setObjectName(QStringLiteral("profileInterval"));
    m_interval->setRange(5, 3600);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(profile.refreshIntervalSeconds);

    QLayout *caRow = fileRow(
        m_caFile, "profileCaBrowse", tr("Certificate Authority"), tr("PEM certificates (*.pem *.crt);;All files (*)"));
    QLayout *certificateRow = fileRow(m_clientCertificate, "profileClientCertificateBrowse", tr("Client Certificate"),
        tr("PEM certificates (*.pem *.crt);;All files (*)"));
    QLayout *keyRow = fileRow(m_clientKey, "profileClientKeyBrowse", tr("Client Certificate's Private Key"),
        tr("PEM keys (*.pem *.key);;All files (*)"));

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(buddyLabel(tr("&Name:"), m_name, this),
        fieldColumn(this, QStringLiteral("nameRow"), { m_name, m_nameNote, fieldError(QStringLiteral("nameError")) }));
    m_errors.insert(int(core::ProfileField::Name), findChild<QWidget *>(QStringLiteral("nameError")));
    m_form->addRow(
        buddyLabel(tr("&Kind:"), m_kind, this), fieldColumn(this, QStringLiteral("kindRow"), { m_kind, m_kindHelp }));
    m_form->addRow(buddyLabel(tr("&URL:"), m_url, this),
        fieldColumn(this, QStringLiteral("urlRow"), { m_url, m_urlNote, fieldError(QStringLiteral("urlError")) }));
    m_errors.insert(int(core::ProfileField::Url), findChild<QWidget *>(QStringLiteral("urlError")));
    m_form->addRow(
        m_userLabel, fieldColumn(this, QStringLiteral("userRow"), { m_user, fieldError(QStringLiteral("userError")) }));
    m_errors.insert(int(core::ProfileField::Username), findChild<QWidget *>(QStringLiteral("userError")));
    m_form->addRow(buddyLabel(tr("&Authentication:"), m_auth, this), m_auth);
    m_form->addRow(m_secretLabel,
        fieldColumn(this, QStringLiteral("secretRow"),
            { m_secret,
                helpLabel(tr("Kept in the system keychain, never in a settings file, and never shown again."),
                    QStringLiteral("profileSecretHelp"), this),
                fieldError(QStringLiteral("secretError")) }));
    m_errors.insert(secretField, findChild<QWidget *>(QStringLiteral("secretError")));
    // A Prometheus server's own rows: which series, and which labels say what.
    m_form->addRow(buddyLabel(tr("T&enant:"), m_tenant, this),
        fieldColumn(this, QStringLiteral("tenantRow"),
            { m_tenant,
                helpLabel(tr("Sent as the X-Scope-OrgID header, for Mimir, Cortex or another multi-tenant server; "
                             "several tenants joined by “|”. Empty for Prometheus itself."),
                    QStringLiteral("profileTenantHelp"), this),
                fieldError(QStringLiteral("tenantError")) }));
    m_errors.insert(int(core::ProfileField::Tenant), findChild<QWidget *>(QStringLiteral("tenantError")));
    m_form->addRow(buddyLabel(tr("Label &matchers:"), m_matchers, this),
        fieldColumn(this, QStringLiteral("matchersRow"),
            { m_matchers,
                helpLabel(tr("Optional: added to every query, to pick your health checks' series among the "
                             "server's, as in PromQL: job=\"cabourotte\", env!=\"dev\", zone=~\"eu-.*\"."),
                    QStringLiteral("profileMatchersHelp"), this),
                fieldError(QStringLiteral("matchersError")) }));
    m_errors.insert(int(core::ProfileField::LabelMatchers), findChild<QWidget *>(QStringLiteral("matchersError")));
    m_form->addRow(buddyLabel(tr("C&heck name label:"), m_nameLabel, this),
        fieldColumn(
            this, QStringLiteral("nameLabelRow"), { m_nameLabel, fieldError(QStringLiteral("nameLabelError")) }));
    m_errors.insert(int(core::ProfileField::NameLabel), findChild<QWidget *>(QStringLiteral("nameLabelError")));
    m_form->addRow(buddyLabel(tr("Check &ID label:"), m_idLabel, this),
        fieldColumn(this, QStringLiteral("idLabelRow"),
            { m_idLabel,
                helpLabel(tr("The labels of the server's series that hold a check's name and its id: “name” and “id” "
                             "as Appclacks writes them, unless your scrape job renames them. Cabourotte's series "
                             "have no id: leave the ID label empty."),
                    QStringLiteral("profileCheckLabelsHelp"), this),
                fieldError(QStringLiteral("idLabelError")) }));
    m_errors.insert(int(core::ProfileField::IdLabel), findChild<QWidget *>(QStringLiteral("idLabelError")));
    m_zoneHelp = helpLabel(QString(), QStringLiteral("profileZoneHelp"), this);
    m_form->addRow(buddyLabel(tr("&Zone label:"), m_zoneLabel, this),
        fieldColumn(
            this, QStringLiteral("zoneRow"), { m_zoneLabel, m_zoneHelp, fieldError(QStringLiteral("zoneError")) }));
    m_errors.insert(int(core::ProfileField::ZoneLabel), findChild<QWidget *>(QStringLiteral("zoneError")));
    m_form->addRow(buddyLabel(tr("&CA file:"), m_caFile, this), fieldColumn(this, QStringLiteral("caRow"), { caRow }));
    m_form->addRow(buddyLabel(tr("Client certi&ficate:"), m_clientCertificate, this),
        fieldColumn(this, QStringLiteral("clientCertificateRow"),
            { certificateRow, fieldError(QStringLiteral("certificateError")) }));
    m_errors.insert(
        int(core::ProfileField::ClientCertificate), findChild<QWidget *>(QStringLiteral("certificateError")));
    m_form->addRow(buddyLabel(tr("Client certificate's &key:"), m_clientKey, this),
        fieldColumn(this, QStringLiteral("clientKeyRow"), { keyRow }));
    m_intervalLabel = buddyLabel(QString(), m_interval, this);
    m_intervalLabel->setObjectName(QStringLiteral("profileIntervalLabel"));
    m_intervalHelp = helpLabel(tr("How often the window asks the server again for the latest figures."),
        QStringLiteral("profileIntervalHelp"), this);
    m_form->addRow(m_intervalLabel,
        fieldColumn(this, QStringLiteral("intervalRow"),
            { m_interval, m_intervalHelp, fieldError(QStringLiteral("intervalError")) }));
    m_errors.insert(int(core::ProfileField::RefreshInterval), findChild<QWidget *>(QStringLiteral("intervalError")));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("profileProgress"));
    m_progress->setRange(0, 0); // busy: the keychain says nothing about its progress
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("profileStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_plaintextButton = m_buttons->addButton(tr("Keep in a Plain-Text File…"), QDialogButtonBox::ActionRole);
    m_plaintextButton->setObjectName(QStringLiteral("profilePlaintextButton"));
    m_plaintextButton->hide();
    connect(m_plaintextButton, &QPushButton::clicked, this, &ProfileDialog::offerPlaintextFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateForKind);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateForAuth);
    connect(m_url, &QLineEdit::textEdited, this, [this] {
        m_urlTyped = true;
        m_urlNote->hide();
        m_errors.value(int(core::ProfileField::Url))->hide();
    });
    connect(m_url, &QLineEdit::editingFinished, this, &ProfileDialog::normalizeUrl);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_errors.value(int(core::ProfileField::Name))->hide();
        // Adding a name that exists updates that profile: say so before Save, not after.
        const auto existing = core::ProfileStore().findByName(text.trimmed());
        const bool other = existing && existing->id != m_original.id;
        m_nameNote->setText(
            other && m_mode == Mode::Add ? tr("A profile of this name exists: saving updates it.") : QString());
        m_nameNote->setVisible(other && m_mode == Mode::Add);
    });
    connect(
        m_user, &QLineEdit::textEdited, this, [this] { m_errors.value(int(core::ProfileField::Username))->hide(); });
    connect(m_secret, &QLineEdit::textEdited, this, [this] { m_errors.value(secretField)->hide(); });
    const QList<QPair<QLineEdit *, core::ProfileField>> clearing { { m_zoneLabel, core::ProfileField::ZoneLabel },
        { m_tenant, core::ProfileField::Tenant }, { m_matchers, core::ProfileField::LabelMatchers },
        { m_nameLabel, core::ProfileField::NameLabel }, { m_idLabel, core::ProfileField::IdLabel },
        { m_clientCertificate, core::ProfileField::ClientCertificate },
        { m_clientKey, core::ProfileField::ClientCertificate } };
    for (const auto &[field, which] : clearing) {
        connect(field, &QLineEdit::textChanged, this, [this, which = which] { m_errors.value(int(which))->hide(); });
    }

    auto *layout = new QVBoxLayout(this);
    if (m_mode == Mode::ReplaceSecret) {
        // No title bar names the profile everywhere (a tiling window manager, a screen reader).
        auto *intro = new QLabel(
            tr("The new token of “%1” replaces the stored one in the system keychain.").arg(profile.name), this);
        intro->setObjectName(QStringLiteral("profileReplaceIntro"));
        intro->setTextFormat(Qt::PlainText);
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    if (m_mode == Mode::ReplaceSecret) {
        for (int row = 0; row < m_form->rowCount(); ++row) {
            QLayoutItem *field = m_form->itemAt(row, QFormLayout::FieldRole);
            m_form->setRowVisible(
                row, field && field->widget() && field->widget()->objectName() == QLatin1String("secretRow"));
        }
    }
    updateForKind();
    if (m_mode == Mode::ReplaceSecret) {
        m_secret->setFocus();
    }
    // As tall as the rows this kind and authentication show need at this width (the word-wrapped
    // explanations are taller when narrower).
    const int width = std::max(560, minimumSizeHint().width());
    resize(width, layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : sizeHint().height());
}

ProfileDialog::~ProfileDialog() = default;

QLayout *ProfileDialog::fileRow(QLineEdit *field, const char *buttonName, const QString &title, const QString &filter)
{
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QLatin1String(buttonName));
    connect(browse, &QPushButton::clicked, this, [this, field, title, filter] {
        const QString file = QFileDialog::getOpenFileName(this, title, field->text(), filter);
        if (!file.isEmpty()) {
            field->setText(file);
        }
    });
    auto *row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(browse);
    return row;
}

core::EndpointKind ProfileDialog::currentKind() const
{
    return core::EndpointKind(m_kind->currentData().toInt());
}

QWidget *ProfileDialog::fieldError(const QString &objectName)
{
    auto *row = new QWidget(this);
    row->setObjectName(objectName);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel(row);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    auto *text = new QLabel(row);
    text->setObjectName(objectName + QStringLiteral("Text"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    layout->addWidget(icon);
    layout->addWidget(text, 1);
    row->hide();
    return row;
}

void ProfileDialog::updateForKind()
{
    const core::EndpointKind kind = currentKind();
    const bool appclacks = kind == core::EndpointKind::AppclacksApi;
    const bool prometheus = kind == core::EndpointKind::PrometheusServer;
    m_userLabel->setText(appclacks ? tr("&Organization ID:") : tr("U&ser name:"));
    switch (kind) {
    case core::EndpointKind::AppclacksApi:
        m_kindHelp->setText(
            tr("Appclacks' hosted API: the health checks of your organization, with their zones. Signs in with "
               "the organization ID and an API token."));
        break;
    case core::EndpointKind::ExpositionEndpoint:
        m_kindHelp->setText(tr("Any URL serving Prometheus metrics, such as a Cabourotte prober's /metrics "
                               "(http://host:9013/metrics), with or without authentication."));
        break;
    case core::EndpointKind::PrometheusServer:
        m_kindHelp->setText(
            tr("A server answering Prometheus's query API (Prometheus, Thanos, Mimir, Cortex, VictoriaMetrics) that "
               "already holds your health checks' history. The URL is its base, with any path prefix: "
               "http://localhost:9090, https://mimir.example/prometheus."));
        break;
    }
    m_zoneHelp->setText(prometheus
            ? tr("The label of the server's series whose value names the zone a result comes from: “zone” as "
                 "Appclacks and Cabourotte write it, unless your scrape job renames it.")
            : tr("The label whose value names the zone (region, probe location) a result comes from: “zone” for "
                 "Appclacks; for Cabourotte, the label your probers add, if any."));
    // The server is asked for figures, not scraped: the same interval, said as what it does.
    m_intervalLabel->setText(prometheus ? tr("Re-&query every:") : tr("&Refresh every:"));
    m_intervalHelp->setVisible(prometheus);
    const QString appclacksUrl = core::Profile::defaultAppclacksUrl().toString();
    m_url->setPlaceholderText(appclacks ? appclacksUrl
            : prometheus                ? QStringLiteral("https://prometheus.example.com:9090")
                                        : QStringLiteral("https://prober.example.com:9013/metrics"));
    // The pre-filled Appclacks address is not the user's: switching kind replaces it. What they
    // typed stays.
    const QString current = m_url->text().trimmed();
    if (!m_urlTyped && (current.isEmpty() || current == appclacksUrl)) {
        m_url->setText(appclacks ? appclacksUrl : QString());
        m_urlNote->hide();
    }
    if (appclacks) {
        m_auth->setCurrentIndex(m_auth->findData(int(core::AuthMode::Basic)));
    } else if (prometheus && m_mode == Mode::Add && m_user->text().trimmed().isEmpty()
        && currentKind() != m_original.kind) {
        // Most Prometheus servers answer without signing in (a proxy adds it when needed).
        m_auth->setCurrentIndex(m_auth->findData(int(core::AuthMode::None)));
    }
    m_auth->setEnabled(!appclacks);
    updateForAuth();
}

void ProfileDialog::updateForAuth()
{
    const core::EndpointKind kind = currentKind();
    const bool appclacks = kind == core::EndpointKind::AppclacksApi;
    const bool prometheus = kind == core::EndpointKind::PrometheusServer;
    const auto mode = core::AuthMode(m_auth->currentData().toInt());
    const bool replacing = m_mode != Mode::Add;
    QString label;
    if (appclacks) {
        label = replacing ? tr("Replace API &token:") : tr("API &token:");
    } else if (mode == core::AuthMode::Basic) {
        label = replacing ? tr("Replace &password:") : tr("&Password:");
    } else {
        label = replacing ? tr("Replace &token:") : tr("&Token:");
    }
    m_secretLabel->setText(label);
    m_secret->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    const bool needsSecret = mode != core::AuthMode::None;
    const bool needsUser = mode == core::AuthMode::Basic;
    // Appclacks' API takes no client certificate; one that a profile has (from the command line)
    // is still shown, so that it can be seen and removed.
    const bool certificates = !appclacks || !m_clientCertificate->text().isEmpty() || !m_clientKey->text().isEmpty();
    static const QStringList prometheusRows { QStringLiteral("tenantRow"), QStringLiteral("matchersRow"),
        QStringLiteral("nameLabelRow"), QStringLiteral("idLabelRow") };
    for (int row = 0; row < m_form->rowCount() && m_mode != Mode::ReplaceSecret; ++row) {
        QLayoutItem *field = m_form->itemAt(row, QFormLayout::FieldRole);
        const QString name = field && field->widget() ? field->widget()->objectName() : QString();
        if (field && field->widget() == m_auth) {
            m_form->setRowVisible(row, !appclacks); // the Appclacks API always signs in with Basic
        } else if (name == QLatin1String("secretRow")) {
            m_form->setRowVisible(row, needsSecret);
        } else if (name == QLatin1String("userRow")) {
            m_form->setRowVisible(row, needsUser);
        } else if (prometheusRows.contains(name)) {
            m_form->setRowVisible(row, prometheus);
        } else if (name == QLatin1String("clientCertificateRow") || name == QLatin1String("clientKeyRow")) {
            m_form->setRowVisible(row, certificates);
        }
    }
}

bool ProfileDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    // Rows and errors shown or hidden: the layout asks again, and the form grows to fit them.
    if (event->type() == QEvent::LayoutRequest) {
        fitHeight();
    }
    return handled;
}

void ProfileDialog::fitHeight()
{
    // The word-wrapped explanations need more height than the layout's minimum says: grow to what
    // the rows shown now need at this width, so that none is cut (a kind with more rows, an error
    // under a field). Never shrinks what the user made larger.
    QLayout *top = layout();
    if (!top || !top->hasHeightForWidth()) {
        return;
    }
    top->activate();
    const int width = std::max(560, this->width());
    const int needed = top->totalHeightForWidth(width);
    if (needed > height()) {
        resize(width, needed);
    }
}

void ProfileDialog::normalizeUrl()
{
    bool assumed = false;
    const QUrl url = core::Profile::urlFromUserInput(m_url->text(), &assumed);
    if (assumed) {
        m_url->setText(url.toString());
        m_urlNote->setText(tr("No scheme was typed: https:// is assumed. Type http:// yourself for a plain-HTTP "
                              "endpoint."));
        m_urlNote->show();
    }
}

core::Profile ProfileDialog::profile() const
{
    core::Profile profile = m_original;
    if (m_mode == Mode::Add) {
        // Adding a name that exists updates that profile: what the form does not show (a client
        // certificate) is kept, as Edit keeps it.
        profile = core::ProfileStore().findByName(m_name->text().trimmed()).value_or(m_original);
    }
    profile.name = m_name->text().trimmed();
    profile.kind = core::EndpointKind(m_kind->currentData().toInt());
    const QString url = m_url->text().trimmed();
    profile.url = url.isEmpty() && profile.kind == core::EndpointKind::AppclacksApi
        ? core::Profile::defaultAppclacksUrl()
        : core::Profile::urlFromUserInput(url);
    profile.authMode = core::AuthMode(m_auth->currentData().toInt());
    // A user name only travels with Basic authentication: a hidden field's leftovers are not kept.
    profile.username = profile.authMode == core::AuthMode::Basic ? m_user->text().trimmed() : QString();
    profile.zoneLabel = m_zoneLabel->text().trimmed();
    profile.caFile = m_caFile->text().trimmed();
    profile.clientCertificateFile = m_clientCertificate->text().trimmed();
    profile.clientKeyFile = m_clientKey->text().trimmed();
    profile.refreshIntervalSeconds = m_interval->value();
    // A Prometheus server's fields mean nothing to the other kinds: hidden leftovers are not kept.
    const core::Profile defaults;
    const bool prometheus = profile.kind == core::EndpointKind::PrometheusServer;
    profile.tenant = prometheus ? m_tenant->text().trimmed() : defaults.tenant;
    profile.labelMatchers = prometheus ? m_matchers->text().trimmed() : defaults.labelMatchers;
    profile.nameLabel = prometheus ? m_nameLabel->text().trimmed() : defaults.nameLabel;
    profile.idLabel = prometheus ? m_idLabel->text().trimmed() : defaults.idLabel;
    return profile;
}

void ProfileDialog::showFieldError(core::ProfileField field, const QString &message)
{
    QWidget *row = m_errors.value(int(field));
    if (!row) {
        return;
    }
    row->findChild<QLabel *>(row->objectName() + QStringLiteral("Text"))->setText(message);
    row->show();
}

void ProfileDialog::showSecretError(const QString &message)
{
    QWidget *row = m_errors.value(secretField);
    row->findChild<QLabel *>(row->objectName() + QStringLiteral("Text"))->setText(message);
    row->show();
}

void ProfileDialog::clearErrors()
{
    for (QWidget *row : std::as_const(m_errors)) {
        row->hide();
    }
}

void ProfileDialog::accept()
{
    if (m_busy) {
        return;
    }
    if (!m_saved.id.isEmpty()) {
        QDialog::accept(); // "Close" after an outcome that needed reading: the profile is saved
        return;
    }
    clearErrors();
    normalizeUrl();
    const core::Profile candidate = profile();
    const QString secret = m_secret->text();
    bool valid = true;
    QWidget *firstInvalid = nullptr;
    const auto fieldFor = [this](core::ProfileField field) -> QWidget * {
        switch (field) {
        case core::ProfileField::Name:
            return m_name;
        case core::ProfileField::Url:
            return m_url;
        case core::ProfileField::Username:
            return m_user;
        case core::ProfileField::ZoneLabel:
            return m_zoneLabel;
        case core::ProfileField::RefreshInterval:
            return m_interval;
        case core::ProfileField::ClientCertificate:
            return m_clientCertificate;
        case core::ProfileField::Tenant:
            return m_tenant;
        case core::ProfileField::LabelMatchers:
            return m_matchers;
        case core::ProfileField::NameLabel:
            return m_nameLabel;
        case core::ProfileField::IdLabel:
            return m_idLabel;
        }
        return nullptr;
    };
    if (m_mode != Mode::ReplaceSecret) {
        for (const core::ProfileProblem &problem : candidate.problems()) {
            showFieldError(problem.field, problem.message);
            firstInvalid = firstInvalid ? firstInvalid : fieldFor(problem.field);
            valid = false;
        }
        if (const QString conflict = core::ProfileStore().nameConflict(candidate); !conflict.isEmpty()) {
            showFieldError(core::ProfileField::Name, conflict);
            firstInvalid = firstInvalid ? firstInvalid : m_name;
            valid = false;
        }
    }
    const bool secretRequired = candidate.authMode != core::AuthMode::None
        && (m_mode == Mode::ReplaceSecret || (m_mode == Mode::Add && !core::ProfileStore().findByName(candidate.name)));
    if (secretRequired && secret.isEmpty()) {
        showSecretError(m_mode == Mode::ReplaceSecret
                ? tr("Type the new one; the stored one cannot be shown.")
                : tr("Enter the API token or password: the profile cannot sign in without it."));
        firstInvalid = firstInvalid ? firstInvalid : m_secret;
        valid = false;
    }
    if (!valid) {
        firstInvalid->setFocus();
        return;
    }
    if (const QString blocked = core::ProfileStore::writeBlockedReason(); !blocked.isEmpty()) {
        m_status->setText(tr("Profiles cannot be saved: %1").arg(blocked));
        m_status->show();
        return;
    }
    m_saved = m_mode == Mode::ReplaceSecret ? m_original : core::ProfileStore().save(candidate);
    if (candidate.authMode == core::AuthMode::None || secret.isEmpty() || !m_secrets) {
        m_outcome = tr("Profile “%1” saved.").arg(m_saved.name);
        QDialog::accept();
        return;
    }
    writeSecret(secret);
}

void ProfileDialog::writeSecret(const QString &secret)
{
    m_pendingSecret = secret;
    setBusy(true, tr("Saving the token in the system keychain…"));
    // The dialog may be gone (its parent closed) before the keychain answers.
    QPointer<ProfileDialog> self(this);
    m_secrets->write(m_saved.id, secret, [self](const core::SecretResult &result) {
        if (self) {
            self->onSecretWritten(result);
        }
    });
}

void ProfileDialog::onSecretWritten(const core::SecretResult &result)
{
    setBusy(false);
    if (result.ok() || result.location == core::SecretLocation::PlaintextFile) {
        m_pendingSecret.clear();
        m_outcomeIsProblem = false;
        m_outcome = result.location == core::SecretLocation::Keychain
            ? tr("Profile “%1” saved, its token in the system keychain.").arg(m_saved.name)
            : tr("Profile “%1” saved. %2").arg(m_saved.name, result.message);
        QDialog::accept();
        return;
    }
    // Kept for this session only: say so here, where the user can still choose the file.
    m_outcomeIsProblem = true;
    m_outcome = tr("Profile “%1” saved, but its token could not be stored: %2").arg(m_saved.name, result.message);
    m_status->setText(m_outcome);
    m_status->show();
    m_closeWhenDone = false;
    m_buttons->button(QDialogButtonBox::Save)->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    m_plaintextButton->setVisible(m_secrets && !m_secrets->plaintextFallbackAllowed());
    m_secret->clear();
    m_secret->setEnabled(false);
}

void ProfileDialog::offerPlaintextFile()
{
    const auto answer = QMessageBox::warning(this, windowTitle(),
        tr("Keep the token in a plain-text file that only your user account can read (%1)? Anyone with access to "
           "your account, or to a backup of it, could read the token.")
            .arg(m_secrets->plaintextFilePath()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return;
    }
    m_secrets->setPlaintextFallbackAllowed(true);
    m_plaintextButton->hide();
    writeSecret(m_pendingSecret);
}

void ProfileDialog::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    const QList<QWidget *> inputs { m_name, m_kind, m_url, m_user, m_auth, m_secret, m_zoneLabel, m_caFile,
        m_clientCertificate, m_clientKey, m_tenant, m_matchers, m_nameLabel, m_idLabel, m_interval };
    for (QWidget *input : inputs) {
        input->setEnabled(!busy && (input != m_auth || m_kind->currentIndex() != 0));
    }
    m_buttons->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void ProfileDialog::reject()
{
    if (m_busy) {
        // The profile is saved and the keychain is writing its token: leaving now would hide the
        // outcome. Close as soon as it answers (SecretStore's own timeout bounds the wait).
        m_closeWhenDone = true;
        m_status->setText(tr("Closing as soon as the system keychain answers…"));
        return;
    }
    if (!m_saved.id.isEmpty()) {
        QDialog::accept(); // saved, with an outcome the user has read
        return;
    }
    QDialog::reject();
}

void ProfileDialog::closeEvent(QCloseEvent *event)
{
    if (m_busy) {
        reject();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace appclacks::ui
