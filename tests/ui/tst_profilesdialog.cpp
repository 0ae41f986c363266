// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// The profiles dialog and the profile form, offscreen, against the project's simulator over
// real loopback HTTP and a real keychain: run twice from ctest, through scripts/with-keyring.sh
// (a private gnome-keyring) and with no D-Bus session at all (every keychain call fails).

#include "core/applicationidentity.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/secretstore.h"
#include "simulator/simulatorserver.h"
#include "tests/support/prometheusprocess.h"
#include "ui/dialogs/profiledialog.h"
#include "ui/dialogs/profilescrapeconfigdialog.h"
#include "ui/dialogs/profilesdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <memory>
#include <optional>

using namespace appclacks;
using appclacks::tests::PrometheusProcess;

namespace {

const QString testService = QStringLiteral("appclacks-desktop-test-ui");

bool expectKeychain()
{
    return qEnvironmentVariable("APPCLACKS_EXPECT_KEYCHAIN") == QLatin1String("1");
}

// What a label shows: a "&" is a mnemonic only when the label has a buddy; "&&" is one "&".
QString visibleText(const QLabel *label)
{
    QString text = label->text();
    if (label->buddy()) {
        text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
        text.remove(QLatin1Char('&'));
        text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    }
    return text;
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found) {
        qFatal("no child named %s", name);
    }
    return found;
}

// Answers the next message boxes, in turn, with `buttons` as soon as each is shown (exec()
// blocks the caller); their texts go to `texts`.
void answerMessageBoxes(const QList<QMessageBox::StandardButton> &buttons, QStringList *texts = nullptr)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto remaining = std::make_shared<QList<QMessageBox::StandardButton>>(buttons);
    auto answered = std::make_shared<QPointer<QMessageBox>>();
    QObject::connect(timer, &QTimer::timeout, timer, [timer, remaining, answered, texts] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box == answered->data()) {
            return;
        }
        *answered = box;
        if (texts) {
            texts->append(box->text());
        }
        const QMessageBox::StandardButton button = remaining->takeFirst();
        if (remaining->isEmpty()) {
            timer->deleteLater();
        }
        box->button(button)->click();
    });
    timer->start();
}

// After Save: waits for the keychain's answer. Without a keychain the form stays open to say
// that the token is kept for this session only; it is closed then, as a user would.
void settle(const QPointer<ui::ProfileDialog> &form)
{
    QTRY_VERIFY_WITH_TIMEOUT(!form || !form->isBusy(), 20000);
    if (form && form->isVisible() && !expectKeychain()) {
        QVERIFY(form->findChild<QLabel *>(QStringLiteral("profileStatus"))
                    ->text()
                    .contains(QLatin1String("could not be stored")));
        form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click(); // "Close"
    }
    QTRY_VERIFY_WITH_TIMEOUT(!form || !form->isVisible(), 20000);
}

// The word-wrapped labels of `form` that do not get the height their text needs, or that their
// row does not show whole.
QStringList cutLabels(QWidget *form)
{
    QStringList names;
    for (const QLabel *label : form->findChildren<QLabel *>()) {
        if (!label->isVisible() || !label->wordWrap() || label->text().isEmpty()) {
            continue;
        }
        const QWidget *row = label->parentWidget();
        if (label->height() < label->heightForWidth(label->width()) || label->geometry().bottom() > row->rect().bottom()
            || row->height() < row->layout()->totalHeightForWidth(row->width())) {
            names << label->objectName() + QStringLiteral(" in ") + row->objectName();
        }
    }
    return names;
}

ui::ProfileDialog *openForm(ui::ProfilesDialog &dialog)
{
    ui::ProfileDialog *form = nullptr;
    const bool opened = QTest::qWaitFor([&] {
        for (ui::ProfileDialog *candidate : dialog.findChildren<ui::ProfileDialog *>()) {
            if (candidate->isVisible()) {
                form = candidate;
            }
        }
        return form != nullptr;
    });
    return opened ? form : nullptr;
}

void choosePrometheus(ui::ProfileDialog &form)
{
    auto *kind = form.findChild<QComboBox *>(QStringLiteral("profileKind"));
    kind->setCurrentIndex(kind->findData(int(core::EndpointKind::PrometheusServer)));
}

// Stores `secret` for `id` as Save does: in the keychain, or for this session without one.
void writeSecret(core::SecretStore &store, const QString &id, const QString &secret)
{
    bool answered = false;
    store.write(id, secret, [&answered](const core::SecretResult &) { answered = true; });
    if (!QTest::qWaitFor([&] { return answered; }, 20000)) {
        qFatal("the secret store never answered");
    }
}

core::SecretResult readSecret(core::SecretStore &store, const QString &id)
{
    std::optional<core::SecretResult> result;
    store.read(id, [&result](const core::SecretResult &answer) { result = answer; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000)) {
        qFatal("the secret store never answered");
    }
    return *result;
}

} // namespace

class TestProfilesDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        core::applyApplicationIdentity();
        if (expectKeychain()) {
            QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through scripts/with-keyring.sh");
        }
    }

    void init()
    {
        QSettings().clear();
        QSettings().sync();
    }

    // Issue 14: "&Organization ID" rendered with its "&": every label with a mnemonic has a buddy.
    void labelsShowNoAmpersand_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("auth");
        QTest::addColumn<int>("mode");
        for (int mode : { int(ui::ProfileDialog::Mode::Add), int(ui::ProfileDialog::Mode::Edit),
                 int(ui::ProfileDialog::Mode::ReplaceSecret) }) {
            QTest::addRow("appclacks, mode %d", mode) << 0 << int(core::AuthMode::Basic) << mode;
            for (int auth : { int(core::AuthMode::None), int(core::AuthMode::Basic), int(core::AuthMode::Bearer) }) {
                QTest::addRow("endpoint, auth %d, mode %d", auth, mode) << 1 << auth << mode;
                QTest::addRow("prometheus, auth %d, mode %d", auth, mode) << 2 << auth << mode;
            }
        }
    }

    void labelsShowNoAmpersand()
    {
        QFETCH(int, kind);
        QFETCH(int, auth);
        QFETCH(int, mode);
        core::SecretStore secrets(nullptr, testService);
        core::Profile profile;
        profile.id = mode == int(ui::ProfileDialog::Mode::Add) ? QString() : QStringLiteral("some-id");
        profile.name = QStringLiteral("p&q"); // the user's text is never a mnemonic either
        ui::ProfileDialog form(&secrets, profile, ui::ProfileDialog::Mode(mode));
        child<QComboBox>(&form, "profileKind")->setCurrentIndex(kind);
        QComboBox *authBox = child<QComboBox>(&form, "profileAuth");
        authBox->setCurrentIndex(authBox->findData(auth));
        form.show();
        int checked = 0;
        for (const QLabel *label : form.findChildren<QLabel *>()) {
            if (!label->isVisibleTo(&form) || label->textFormat() == Qt::PlainText) {
                continue; // plain-text labels show their text as it is: the user's or a server's
            }
            QVERIFY2(!visibleText(label).contains(QLatin1Char('&')), qPrintable(label->text()));
            if (label->text().contains(QLatin1Char('&'))) {
                QVERIFY2(label->buddy() && label->buddy()->isVisibleTo(&form), qPrintable(label->text()));
                ++checked;
            }
        }
        QVERIFY(checked >= (mode == int(ui::ProfileDialog::Mode::ReplaceSecret) ? 1 : 6));

        ui::ProfilesDialog dialog(&secrets);
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            QVERIFY2(!visibleText(label).contains(QLatin1Char('&')) || label->textFormat() == Qt::PlainText,
                qPrintable(label->text()));
        }
    }

    void secretLabelFollowsTheAuthentication()
    {
        core::SecretStore secrets(nullptr, testService);
        ui::ProfileDialog form(&secrets);
        QLabel *label = child<QLabel>(&form, "profileSecretLabel");
        QCOMPARE(visibleText(label), QStringLiteral("API token:"));
        child<QComboBox>(&form, "profileKind")->setCurrentIndex(1);
        QComboBox *auth = child<QComboBox>(&form, "profileAuth");
        auth->setCurrentIndex(auth->findData(int(core::AuthMode::Basic)));
        QCOMPARE(visibleText(label), QStringLiteral("Password:"));
        QCOMPARE(visibleText(child<QLabel>(&form, "profileUserLabel")), QStringLiteral("User name:"));
        auth->setCurrentIndex(auth->findData(int(core::AuthMode::Bearer)));
        QCOMPARE(visibleText(label), QStringLiteral("Token:"));
        form.show();
        QVERIFY(!child<QLineEdit>(&form, "profileUser")->isVisible()); // no user name with a bearer token
        auth->setCurrentIndex(auth->findData(int(core::AuthMode::None)));
        QVERIFY(!child<QLineEdit>(&form, "profileSecret")->isVisible());
    }

    void kindsAreExplained()
    {
        core::SecretStore secrets(nullptr, testService);
        ui::ProfileDialog form(&secrets);
        QLabel *help = child<QLabel>(&form, "profileKindHelp");
        QVERIFY(help->text().contains(QLatin1String("organization ID")));
        child<QComboBox>(&form, "profileKind")->setCurrentIndex(1);
        QVERIFY(help->text().contains(QLatin1String("Cabourotte")));
        QVERIFY(help->text().contains(QLatin1String("/metrics")));
        QVERIFY(child<QLabel>(&form, "profileZoneHelp")->text().contains(QLatin1String("zone")));
    }

    // Issue 14: switching kind replaces the pre-filled Appclacks URL, never a typed one.
    void switchingKindReplacesOnlyThePrefilledUrl()
    {
        core::SecretStore secrets(nullptr, testService);
        ui::ProfileDialog form(&secrets);
        form.show();
        QLineEdit *url = child<QLineEdit>(&form, "profileUrl");
        QComboBox *kind = child<QComboBox>(&form, "profileKind");
        QCOMPARE(url->text(), QStringLiteral("https://api.appclacks.com"));
        kind->setCurrentIndex(1);
        QVERIFY(url->text().isEmpty());
        QVERIFY(url->placeholderText().contains(QLatin1String("/metrics")));
        kind->setCurrentIndex(0);
        QCOMPARE(url->text(), QStringLiteral("https://api.appclacks.com"));

        url->clear();
        QTest::keyClicks(url, QStringLiteral("https://eu.example.net"));
        kind->setCurrentIndex(1);
        QCOMPARE(url->text(), QStringLiteral("https://eu.example.net"));
    }

    // Issue 14: a URL without a scheme is https://, shown in the field, with a note saying so.
    void urlWithoutSchemeBecomesHttpsVisibly()
    {
        core::SecretStore secrets(nullptr, testService);
        ui::ProfileDialog form(&secrets);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        child<QComboBox>(&form, "profileKind")->setCurrentIndex(1);
        QLineEdit *url = child<QLineEdit>(&form, "profileUrl");
        url->setFocus();
        QTest::keyClicks(url, QStringLiteral("prober.internal:9013/metrics"));
        QTest::keyClick(url, Qt::Key_Tab); // editing finished
        QCOMPARE(url->text(), QStringLiteral("https://prober.internal:9013/metrics"));
        QLabel *note = child<QLabel>(&form, "profileUrlNote");
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QLatin1String("https://")));
        QCOMPARE(form.profile().url, QUrl(QStringLiteral("https://prober.internal:9013/metrics")));
    }

    // Issue 14: each error beside the field it concerns, not in a message box.
    void errorsSitBesideTheirField()
    {
        core::SecretStore secrets(nullptr, testService);
        ui::ProfileDialog form(&secrets);
        form.show();
        QLineEdit *url = child<QLineEdit>(&form, "profileUrl");
        url->setText(QStringLiteral("https://org-1:sekret@api.appclacks.com"));
        child<QLineEdit>(&form, "profileZoneLabel")->clear();
        child<QDialogButtonBox>(&form, "")->button(QDialogButtonBox::Save)->click();
        QVERIFY(form.isVisible()); // nothing saved
        QVERIFY(core::ProfileStore().profiles().isEmpty());
        const QList<QPair<const char *, const char *>> expected { { "nameError", "profileName" },
            { "urlError", "profileUrl" }, { "userError", "profileUser" }, { "secretError", "profileSecret" },
            { "zoneError", "profileZoneLabel" } };
        for (const auto &[errorName, fieldName] : expected) {
            QWidget *error = child<QWidget>(&form, errorName);
            QVERIFY2(error->isVisible(), errorName);
            QWidget *field = child<QWidget>(&form, fieldName);
            // The error and its field share one column of the form, the error right under it.
            QCOMPARE(error->parentWidget(), field->parentWidget());
            QVERIFY(error->geometry().top() >= field->geometry().bottom());
            const QString text = child<QLabel>(&form, QByteArray(QByteArray(errorName) + "Text").constData())->text();
            QVERIFY2(!text.isEmpty() && !text.contains(QLatin1String("sekret")), qPrintable(text));
        }
        QVERIFY(!child<QWidget>(&form, "intervalError")->isVisible());
        QVERIFY(!QApplication::activeModalWidget() || QApplication::activeModalWidget() == &form);

        // Typing in a field clears its error.
        QTest::keyClicks(child<QLineEdit>(&form, "profileName"), QStringLiteral("x"));
        QVERIFY(!child<QWidget>(&form, "nameError")->isVisible());
    }

    // Issue 12: the Prometheus server's fields show for that kind only, and the shared ones say
    // what they mean for it.
    void prometheusFieldsShowForTheirKindOnly()
    {
        core::SecretStore secrets(nullptr, testService);
        ui::ProfileDialog form(&secrets);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QComboBox *kind = child<QComboBox>(&form, "profileKind");
        const int prometheus = kind->findData(int(core::EndpointKind::PrometheusServer));
        QVERIFY(prometheus >= 0);
        QVERIFY(kind->itemText(prometheus).contains(QLatin1String("Prometheus")));
        const char *const own[] = { "profileTenant", "profileMatchers", "profileNameLabel", "profileIdLabel" };
        for (int index : { 0, 1 }) {
            kind->setCurrentIndex(index);
            for (const char *name : own) {
                QVERIFY2(!child<QLineEdit>(&form, name)->isVisible(), name);
            }
            QCOMPARE(visibleText(child<QLabel>(&form, "profileIntervalLabel")), QStringLiteral("Refresh every:"));
        }
        QVERIFY(child<QLineEdit>(&form, "profileClientCertificate")->isVisible()); // an exposition endpoint's too
        kind->setCurrentIndex(prometheus);
        for (const char *name : own) {
            QVERIFY2(child<QLineEdit>(&form, name)->isVisible(), name);
        }
        QVERIFY(child<QLineEdit>(&form, "profileZoneLabel")->isVisible());
        QVERIFY(child<QLineEdit>(&form, "profileCaFile")->isVisible());
        QVERIFY(child<QLineEdit>(&form, "profileClientCertificate")->isVisible());
        QVERIFY(child<QLineEdit>(&form, "profileClientKey")->isVisible());
        QCOMPARE(child<QLineEdit>(&form, "profileNameLabel")->text(), QStringLiteral("name"));
        QCOMPARE(child<QLineEdit>(&form, "profileIdLabel")->text(), QStringLiteral("id"));
        QCOMPARE(child<QLineEdit>(&form, "profileZoneLabel")->text(), QStringLiteral("zone"));
        QVERIFY(child<QLabel>(&form, "profileKindHelp")->text().contains(QLatin1String("Mimir")));
        QVERIFY(child<QLabel>(&form, "profileZoneHelp")->text().contains(QLatin1String("series")));
        QVERIFY(child<QLabel>(&form, "profileTenantHelp")->text().contains(QLatin1String("X-Scope-OrgID")));
        QCOMPARE(visibleText(child<QLabel>(&form, "profileIntervalLabel")), QStringLiteral("Re-query every:"));
        QVERIFY(child<QLabel>(&form, "profileIntervalHelp")->isVisible());
        // The form grew with its rows: no explanation is cut.
        QTRY_COMPARE(cutLabels(&form), QStringList());
        // Most servers answer without signing in: a new Prometheus profile starts with none.
        QCOMPARE(child<QComboBox>(&form, "profileAuth")->currentData().toInt(), int(core::AuthMode::None));
        QVERIFY(!child<QLineEdit>(&form, "profileSecret")->isVisible());
        QVERIFY(child<QLineEdit>(&form, "profileUrl")->text().isEmpty());
    }

    void prometheusFieldsValidateBesideThemselves()
    {
        core::SecretStore secrets(nullptr, testService);
        ui::ProfileDialog form(&secrets);
        form.show();
        choosePrometheus(form);
        child<QLineEdit>(&form, "profileName")->setText(QStringLiteral("thanos"));
        child<QLineEdit>(&form, "profileUrl")->setText(QStringLiteral("https://thanos.example"));
        child<QLineEdit>(&form, "profileTenant")->setText(QStringLiteral("team a"));
        child<QLineEdit>(&form, "profileMatchers")->setText(QStringLiteral("job=\"a\" env=\"b\""));
        child<QLineEdit>(&form, "profileNameLabel")->setText(QStringLiteral("check-name"));
        child<QLineEdit>(&form, "profileIdLabel")->setText(QStringLiteral("id"));
        child<QDialogButtonBox>(&form, "")->button(QDialogButtonBox::Save)->click();
        QVERIFY(form.isVisible());
        QVERIFY(core::ProfileStore().profiles().isEmpty());
        const QList<QPair<const char *, const char *>> expected { { "tenantError", "profileTenant" },
            { "matchersError", "profileMatchers" }, { "nameLabelError", "profileNameLabel" } };
        for (const auto &[errorName, fieldName] : expected) {
            QWidget *error = child<QWidget>(&form, errorName);
            QVERIFY2(error->isVisible(), errorName);
            QWidget *field = child<QWidget>(&form, fieldName);
            QCOMPARE(error->parentWidget(), field->parentWidget());
            QVERIFY(error->geometry().top() >= field->geometry().bottom());
        }
        QVERIFY2(child<QLabel>(&form, "matchersErrorText")->text().contains(QLatin1String("matcher 1, column 9")),
            qPrintable(child<QLabel>(&form, "matchersErrorText")->text()));
        QVERIFY(!child<QWidget>(&form, "idLabelError")->isVisible());
        QTRY_COMPARE(cutLabels(&form), QStringList()); // the form grew with its errors, too
        QCOMPARE(
            form.focusWidget(), static_cast<QWidget *>(child<QLineEdit>(&form, "profileTenant"))); // the first problem
        // Correcting a field clears its error.
        child<QLineEdit>(&form, "profileMatchers")->setText(QStringLiteral("job=\"a\", env=\"b\""));
        QVERIFY(!child<QWidget>(&form, "matchersError")->isVisible());
    }

    void prometheusProfileSavesAndEditsBack()
    {
        core::SecretStore secrets(nullptr, testService);
        {
            ui::ProfileDialog form(&secrets);
            form.show();
            choosePrometheus(form);
            child<QLineEdit>(&form, "profileName")->setText(QStringLiteral("mimir"));
            child<QLineEdit>(&form, "profileUrl")->setText(QStringLiteral("https://mimir.example/prometheus"));
            child<QLineEdit>(&form, "profileTenant")->setText(QStringLiteral("team-a"));
            child<QLineEdit>(&form, "profileMatchers")->setText(QStringLiteral("job=\"cabourotte\""));
            child<QLineEdit>(&form, "profileIdLabel")->setText(QStringLiteral("check_id"));
            child<QLineEdit>(&form, "profileZoneLabel")->setText(QStringLiteral("region"));
            child<QSpinBox>(&form, "profileInterval")->setValue(60);
            child<QDialogButtonBox>(&form, "")->button(QDialogButtonBox::Save)->click();
            QTRY_VERIFY(!form.isVisible());
            QCOMPARE(form.result(), int(QDialog::Accepted));
        }
        const auto saved = core::ProfileStore().findByName(QStringLiteral("mimir"));
        QVERIFY(saved);
        QCOMPARE(saved->kind, core::EndpointKind::PrometheusServer);
        QCOMPARE(saved->url, QUrl(QStringLiteral("https://mimir.example/prometheus")));
        QCOMPARE(saved->authMode, core::AuthMode::None);
        QCOMPARE(saved->tenant, QStringLiteral("team-a"));
        QCOMPARE(saved->labelMatchers, QStringLiteral("job=\"cabourotte\""));
        QCOMPARE(saved->nameLabel, QStringLiteral("name"));
        QCOMPARE(saved->idLabel, QStringLiteral("check_id"));
        QCOMPARE(saved->zoneLabel, QStringLiteral("region"));
        QCOMPARE(saved->refreshIntervalSeconds, 60);

        ui::ProfileDialog edit(&secrets, *saved, ui::ProfileDialog::Mode::Edit);
        edit.show();
        QCOMPARE(
            child<QComboBox>(&edit, "profileKind")->currentData().toInt(), int(core::EndpointKind::PrometheusServer));
        QCOMPARE(child<QLineEdit>(&edit, "profileTenant")->text(), QStringLiteral("team-a"));
        QVERIFY(child<QLineEdit>(&edit, "profileTenant")->isVisible());
        QCOMPARE(child<QLineEdit>(&edit, "profileIdLabel")->text(), QStringLiteral("check_id"));
        QCOMPARE(edit.profile(), *saved);

        // The profiles dialog says what it is; it can be tested (testConnectionAsksPrometheus), and
        // gives no scrape job: it is queried, not scraped.
        ui::ProfilesDialog dialog(&secrets);
        dialog.show();
        dialog.selectProfile(QStringLiteral("mimir"));
        const QString details = child<QLabel>(&dialog, "profileDetails")->text();
        QVERIFY2(details.contains(QLatin1String("Kind: Prometheus-compatible server")), qPrintable(details));
        QVERIFY(details.contains(QLatin1String("Tenant: team-a")));
        QVERIFY(details.contains(QLatin1String("Label matchers: job=\"cabourotte\"")));
        QVERIFY2(details.contains(QStringLiteral("check ID “check_id”")), qPrintable(details));
        QVERIFY(child<QPushButton>(&dialog, "profilesTest")->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "profilesScrapeConfig")->isEnabled());
    }

    // Issue 12: the bridge. The selected profile's scrape job, copied, then the Prometheus profile
    // that reads it back, pre-filled.
    void scrapeConfigAndPrometheusProfileFromTheDialog()
    {
        core::Profile profile;
        profile.name = QStringLiteral("production");
        profile.username = QStringLiteral("org-bridge");
        profile.zoneLabel = QStringLiteral("zone");
        profile = core::ProfileStore().save(profile);
        core::SecretStore secrets(nullptr, testService);
        ui::ProfilesDialog dialog(&secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.selectProfile(QStringLiteral("production"));
        QPushButton *scrape = child<QPushButton>(&dialog, "profilesScrapeConfig");
        QVERIFY(scrape->isEnabled());
        scrape->click();
        ui::ProfileScrapeConfigDialog *job = nullptr;
        QTRY_VERIFY((job = dialog.findChild<ui::ProfileScrapeConfigDialog *>()) && job->isVisible());
        QPlainTextEdit *text = child<QPlainTextEdit>(job, "scrapeConfigText");
        QVERIFY(text->isReadOnly());
        QVERIFY2(text->toPlainText().contains(QLatin1String("metrics_path: \"/api/v1/metrics/healthchecks\"")),
            qPrintable(text->toPlainText()));
        QVERIFY(text->toPlainText().contains(QLatin1String("username: \"org-bridge\"")));
        QVERIFY(text->toPlainText().contains(QLatin1String("password_file:")));
        child<QPushButton>(job, "scrapeConfigCopy")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), text->toPlainText());
        QVERIFY(child<QLabel>(job, "scrapeConfigStatus")->text().contains(QLatin1String("Copied")));

        child<QPushButton>(job, "scrapeConfigCreateProfile")->click();
        QPointer<ui::ProfileDialog> form = openForm(dialog);
        QVERIFY(form);
        QTRY_VERIFY(!dialog.findChild<ui::ProfileScrapeConfigDialog *>()); // closed, then deleted
        QCOMPARE(
            child<QComboBox>(form, "profileKind")->currentData().toInt(), int(core::EndpointKind::PrometheusServer));
        QCOMPARE(child<QLineEdit>(form, "profileUrl")->text(), QStringLiteral("http://localhost:9090"));
        QCOMPARE(child<QLineEdit>(form, "profileMatchers")->text(), QStringLiteral("job=\"production\""));
        QCOMPARE(child<QLineEdit>(form, "profileName")->text(), QStringLiteral("production (Prometheus)"));
        QCOMPARE(child<QComboBox>(form, "profileAuth")->currentData().toInt(), int(core::AuthMode::None));
        child<QDialogButtonBox>(form, "")->button(QDialogButtonBox::Save)->click();
        QTRY_VERIFY(!form || !form->isVisible());
        const auto created = core::ProfileStore().findByName(QStringLiteral("production (Prometheus)"));
        QVERIFY(created);
        QCOMPARE(created->kind, core::EndpointKind::PrometheusServer);
        QCOMPARE(dialog.selectedProfile().id, created->id); // the list shows and selects it
        QVERIFY(!scrape->isEnabled());
    }

    // Add, test, replace the token, edit, add the same name again, remove: the whole life of a
    // profile in the dialog, against the simulator and the keychain.
    void profileLifeCycle()
    {
        simulator::SimulatorServer server;
        server.setBasicCredentials(QStringLiteral("org-life"), QStringLiteral("token-one"));
        QVERIFY(server.listen());
        core::SecretStore secrets(nullptr, testService);
        ui::ProfilesDialog dialog(&secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QListWidget *list = child<QListWidget>(&dialog, "profileList");
        QCOMPARE(list->count(), 0);

        // Add.
        dialog.addProfile();
        QPointer<ui::ProfileDialog> form = openForm(dialog);
        QVERIFY(form);
        QTest::keyClicks(child<QLineEdit>(form, "profileName"), QStringLiteral("life"));
        child<QLineEdit>(form, "profileUrl")->setText(server.baseUrl().toString());
        QTest::keyClicks(child<QLineEdit>(form, "profileUser"), QStringLiteral("org-life"));
        QTest::keyClicks(child<QLineEdit>(form, "profileSecret"), QStringLiteral("token-one"));
        QPushButton *save = child<QDialogButtonBox>(form, "")->button(QDialogButtonBox::Save);
        save->click();
        QVERIFY(form->isBusy()); // the keychain answers later; the form shows it waits
        if (!expectKeychain()) {
            // No keychain: the profile is saved, the form stays to say the token is kept for this
            // session only (and offers the plain-text file), until the user closes it.
            QTRY_VERIFY_WITH_TIMEOUT(!form->isBusy(), 20000);
            QVERIFY(form->isVisible());
            QVERIFY(child<QLabel>(form, "profileStatus")->text().contains(QLatin1String("could not be stored")));
            QVERIFY(child<QPushButton>(form, "profilePlaintextButton")->isVisible());
            child<QDialogButtonBox>(form, "")->button(QDialogButtonBox::Cancel)->click(); // "Close"
        }
        settle(form);
        QCOMPARE(list->count(), 1);
        const core::Profile added = dialog.selectedProfile();
        QCOMPARE(added.name, QStringLiteral("life"));
        if (expectKeychain()) {
            QVERIFY2(dialog.statusText().contains(QLatin1String("its token in the system keychain")),
                qPrintable(dialog.statusText()));
        }

        // Test the connection: one scrape, with the stored credentials.
        child<QPushButton>(&dialog, "profilesTest")->click();
        QVERIFY(dialog.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        if (expectKeychain()) {
            QVERIFY2(dialog.statusText().startsWith(
                         QStringLiteral("“life” answered at %1: ").arg(server.appclacksUrl().toString())),
                qPrintable(dialog.statusText()));
            QVERIFY2(dialog.statusText().contains(QLatin1String(" checks, 3 zones, scrape took ")),
                qPrintable(dialog.statusText()));
            QCOMPARE(server.requests().constLast().header("Authorization"),
                "Basic " + QByteArrayLiteral("org-life:token-one").toBase64());
        } else {
            // No keychain: the token was kept for this session, and the session's store has it.
            QVERIFY2(dialog.statusText().contains(QLatin1String("answered at")), qPrintable(dialog.statusText()));
        }

        // Replace the token: never shown, the new one is used from then on.
        server.setBasicCredentials(QStringLiteral("org-life"), QStringLiteral("token-two"));
        child<QPushButton>(&dialog, "profilesReplaceToken")->click();
        form = openForm(dialog);
        QVERIFY(child<QLineEdit>(form, "profileSecret")->text().isEmpty());
        QVERIFY(!child<QLineEdit>(form, "profileName")->isVisibleTo(form));
        child<QDialogButtonBox>(form, "")->button(QDialogButtonBox::Save)->click();
        QVERIFY(child<QWidget>(form, "secretError")->isVisible()); // empty means nothing to replace
        QTest::keyClicks(child<QLineEdit>(form, "profileSecret"), QStringLiteral("token-two"));
        child<QDialogButtonBox>(form, "")->button(QDialogButtonBox::Save)->click();
        settle(form);
        child<QPushButton>(&dialog, "profilesTest")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        QVERIFY2(dialog.statusText().contains(QLatin1String("answered at")), qPrintable(dialog.statusText()));
        QCOMPARE(server.requests().constLast().header("Authorization"),
            "Basic " + QByteArrayLiteral("org-life:token-two").toBase64());

        // Edit: an empty "replace" field keeps the token.
        child<QPushButton>(&dialog, "profilesEdit")->click();
        form = openForm(dialog);
        QCOMPARE(child<QLineEdit>(form, "profileName")->text(), QStringLiteral("life"));
        QVERIFY(child<QLineEdit>(form, "profileSecret")->text().isEmpty());
        child<QSpinBox>(form, "profileInterval")->setValue(45);
        child<QDialogButtonBox>(form, "")->button(QDialogButtonBox::Save)->click();
        settle(form);
        QCOMPARE(core::ProfileStore().find(added.id)->refreshIntervalSeconds, 45);
        QCOMPARE(readSecret(secrets, added.id).secret, QStringLiteral("token-two"));

        // A wrong token: the test says what answered.
        server.setBasicCredentials(QStringLiteral("org-life"), QStringLiteral("token-three"));
        child<QPushButton>(&dialog, "profilesTest")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        QVERIFY2(dialog.statusText().contains(QLatin1String("did not answer")), qPrintable(dialog.statusText()));
        QVERIFY(!dialog.statusText().contains(QLatin1String("token-two")));

        // Adding the same name again updates the profile: one entry, the same id.
        dialog.addProfile();
        form = openForm(dialog);
        QTest::keyClicks(child<QLineEdit>(form, "profileName"), QStringLiteral("life"));
        QVERIFY(child<QLabel>(form, "profileNameNote")->isVisible());
        child<QLineEdit>(form, "profileUrl")->setText(server.baseUrl().toString());
        QTest::keyClicks(child<QLineEdit>(form, "profileUser"), QStringLiteral("org-life"));
        QTest::keyClicks(child<QLineEdit>(form, "profileSecret"), QStringLiteral("token-three"));
        child<QDialogButtonBox>(form, "")->button(QDialogButtonBox::Save)->click();
        settle(form);
        QCOMPARE(list->count(), 1);
        QCOMPARE(core::ProfileStore().profiles().size(), 1);
        QCOMPARE(core::ProfileStore().findByName(QStringLiteral("life"))->id, added.id);

        // Remove, confirmed: the keychain entry goes too, or its failure is said.
        // Without a keychain the removal of the token fails: the dialog says so and asks; keep it.
        QStringList questions;
        answerMessageBoxes(
            expectKeychain() ? QList { QMessageBox::Yes } : QList { QMessageBox::Yes, QMessageBox::No }, &questions);
        child<QPushButton>(&dialog, "profilesRemove")->click();
        QTRY_COMPARE_WITH_TIMEOUT(questions.size(), expectKeychain() ? 1 : 2, 20000);
        QVERIFY(questions.constFirst().contains(QLatin1String("life")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy() && !QApplication::activeModalWidget(), 20000);
        if (expectKeychain()) {
            QTRY_COMPARE(list->count(), 0);
            QVERIFY2(dialog.statusText().contains(QLatin1String("removed")), qPrintable(dialog.statusText()));
            QVERIFY(core::ProfileStore().profiles().isEmpty());
            QCOMPARE(readSecret(secrets, added.id).error, core::SecretError::NotFound);
        } else {
            QTRY_VERIFY(dialog.statusText().contains(QLatin1String("could not be removed from the system keychain")));
            QCOMPARE(list->count(), 1);
        }
    }

    void testConnectionCanBeCancelled()
    {
        simulator::SimulatorServer server;
        server.setFault(simulator::SimulatorServer::Fault::Trickle); // a body that never ends
        QVERIFY(server.listen());
        core::Profile profile;
        profile.name = QStringLiteral("slow");
        profile.kind = core::EndpointKind::ExpositionEndpoint;
        profile.authMode = core::AuthMode::None;
        profile.url = server.cabourotteUrl();
        core::ProfileStore().save(profile);
        core::SecretStore secrets(nullptr, testService);
        ui::ProfilesDialog dialog(&secrets);
        dialog.show();
        child<QPushButton>(&dialog, "profilesTest")->click();
        QVERIFY(dialog.isBusy());
        QPushButton *cancel = child<QPushButton>(&dialog, "profilesCancel");
        QVERIFY(cancel->isVisible());
        QVERIFY(!child<QPushButton>(&dialog, "profilesRemove")->isEnabled());
        QTRY_VERIFY(!server.requests().isEmpty());
        cancel->click();
        QVERIFY(!dialog.isBusy());
        QCOMPARE(dialog.statusText(), QStringLiteral("Connection test cancelled."));
        QTest::qWait(300); // a late answer of the cancelled scrape must not replace the status
        QCOMPARE(dialog.statusText(), QStringLiteral("Connection test cancelled."));
    }

    // Issue 12: Test Connection of a Prometheus profile asks a real Prometheus (Basic auth through
    // its web config) which server it is, the window never waiting; the outcome reads as
    // `profile test` says it, a problem with the warning mark.
    void testConnectionAsksPrometheus()
    {
        PrometheusProcess prometheus;
        QString error;
        QVERIFY2(
            prometheus.start({ {}, PrometheusProcess::basicAuthWebConfig(), false, {} }, &error), qPrintable(error));
        core::Profile profile;
        profile.name = QStringLiteral("local prometheus");
        profile.kind = core::EndpointKind::PrometheusServer;
        profile.url = prometheus.baseUrl();
        profile.authMode = core::AuthMode::Basic;
        profile.username = QStringLiteral("prometheus");
        profile.tenant = QStringLiteral("team-a");
        profile = core::ProfileStore().save(profile);
        core::SecretStore secrets(nullptr, testService);
        writeSecret(secrets, profile.id, PrometheusProcess::testPassword());
        ui::ProfilesDialog dialog(&secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.selectProfile(profile.name);
        auto *test = child<QPushButton>(&dialog, "profilesTest");
        QVERIFY(test->isEnabled());
        QVERIFY(test->toolTip().contains(QLatin1String("buildinfo")));
        QLabel *warning = child<QLabel>(&dialog, "profilesStatusIcon");

        test->click();
        // Asynchronous: the click came back before any answer, busy and cancellable meanwhile.
        QVERIFY(dialog.isBusy());
        QVERIFY(child<QPushButton>(&dialog, "profilesCancel")->isVisible());
        QVERIFY2(dialog.statusText().startsWith(QLatin1String("Connecting to ")), qPrintable(dialog.statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        const QString answered = dialog.statusText();
        QVERIFY2(answered.startsWith(QLatin1String("Prometheus 2.42.0")), qPrintable(answered));
        QVERIFY2(
            answered.contains(
                QStringLiteral(" answered at %1 for the tenant “team-a” in ").arg(prometheus.baseUrl().toString())),
            qPrintable(answered));
        QVERIFY(answered.endsWith(QLatin1String(" ms.")));
        QVERIFY(!warning->isVisible());
        QVERIFY(test->isEnabled());

        // A wrong password: what the server answered, the warning mark, never the password.
        const QString wrong = QStringLiteral("not the password");
        writeSecret(secrets, profile.id, wrong);
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        const QString rejected = dialog.statusText();
        QVERIFY2(rejected.contains(QStringLiteral("Credentials rejected by %1").arg(prometheus.baseUrl().toString())),
            qPrintable(rejected));
        QVERIFY2(rejected.contains(QLatin1String("(HTTP 401")) && rejected.contains(QLatin1String("Unauthorized")),
            qPrintable(rejected));
        QVERIFY(!rejected.contains(wrong) && !rejected.contains(PrometheusProcess::testPassword()));
        QVERIFY(warning->isVisible());

        // The server gone: unreachable, said where.
        prometheus.stop();
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        QVERIFY2(dialog.statusText().contains(QStringLiteral("Cannot reach %1").arg(prometheus.baseUrl().toString())),
            qPrintable(dialog.statusText()));
        QVERIFY(warning->isVisible());
    }

    // Issue 14: saving never freezes the window while the keychain answers. The real keychain is
    // made slow by stopping its daemon; the GUI thread's longest stall is measured meanwhile.
    void guiStaysResponsiveWhileTheKeychainIsSlow()
    {
        if (!expectKeychain()) {
            QSKIP("needs the private keychain of scripts/with-keyring.sh");
        }
        const QDBusReply<uint> pid
            = QDBusConnection::sessionBus().interface()->servicePid(QStringLiteral("org.freedesktop.secrets"));
        QVERIFY2(pid.isValid() && pid.value() > 0, "no Secret Service on the private bus");
        core::SecretStore secrets(nullptr, testService);
        secrets.setTimeout(1500);
        ui::ProfileDialog form(&secrets);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QTest::keyClicks(child<QLineEdit>(&form, "profileName"), QStringLiteral("stalled"));
        QTest::keyClicks(child<QLineEdit>(&form, "profileUser"), QStringLiteral("org-1"));
        QTest::keyClicks(child<QLineEdit>(&form, "profileSecret"), QStringLiteral("stalled-token"));

        QVERIFY(::kill(pid_t(pid.value()), SIGSTOP) == 0); // the keychain stops answering
        const auto resume = qScopeGuard([&pid] { ::kill(pid_t(pid.value()), SIGCONT); });

        // The event loop's longest gap, from a timer that should fire every 10 ms.
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longestGap = 0;
        QTimer beat;
        beat.setInterval(10);
        connect(&beat, &QTimer::timeout, this, [&] {
            longestGap = std::max(longestGap, clock.elapsed() - last);
            last = clock.elapsed();
        });
        QPushButton *save = child<QDialogButtonBox>(&form, "")->button(QDialogButtonBox::Save);
        clock.start();
        beat.start();
        save->click();
        const qint64 clickReturnedAfter = clock.elapsed();
        last = clickReturnedAfter;
        // Busy at once: buttons disabled, the progress shown, the outcome not known yet.
        QVERIFY(form.isBusy());
        QVERIFY(!save->isEnabled());
        QVERIFY(child<QProgressBar>(&form, "profileProgress")->isVisible());
        QVERIFY(child<QLabel>(&form, "profileStatus")->text().contains(QLatin1String("keychain")));
        // Escape while busy: nothing breaks, the dialog waits for the answer.
        QTest::keyClick(&form, Qt::Key_Escape);
        QVERIFY(form.isVisible());
        QVERIFY(child<QLabel>(&form, "profileStatus")->text().contains(QLatin1String("Closing as soon as")));

        QTRY_VERIFY_WITH_TIMEOUT(!form.isBusy(), 10000);
        const qint64 answeredAfter = clock.elapsed();
        beat.stop();
        qInfo("click returned after %lld ms, the keychain's answer (its timeout) after %lld ms, longest GUI "
              "stall %lld ms",
            clickReturnedAfter, answeredAfter, longestGap);
        QVERIFY2(clickReturnedAfter < 200, qPrintable(QString::number(clickReturnedAfter)));
        QVERIFY(answeredAfter >= 1000); // the dialog ran its event loop all that time (coarse timers: ±5%)
        QVERIFY2(longestGap < 250, qPrintable(QString::number(longestGap)));
        // The outcome is shown, not hidden by the Escape: the token is kept for the session only.
        QVERIFY(form.isVisible());
        QVERIFY2(child<QLabel>(&form, "profileStatus")->text().contains(QLatin1String("could not be stored")),
            qPrintable(child<QLabel>(&form, "profileStatus")->text()));
        QVERIFY(child<QPushButton>(&form, "profilePlaintextButton")->isVisible());
        QVERIFY(core::ProfileStore().findByName(QStringLiteral("stalled")).has_value());
        QTest::keyClick(&form, Qt::Key_Escape);
        QVERIFY(!form.isVisible());
        QCOMPARE(form.result(), int(QDialog::Accepted)); // the profile was saved

        // Closing the window while busy is refused; destroying the form (its parent closed) before
        // the keychain answers is safe: the late answer finds no dialog (ASan checks the rest).
        auto *doomed = new ui::ProfileDialog(&secrets);
        doomed->show();
        QTest::keyClicks(child<QLineEdit>(doomed, "profileName"), QStringLiteral("doomed"));
        QTest::keyClicks(child<QLineEdit>(doomed, "profileUser"), QStringLiteral("org-1"));
        QTest::keyClicks(child<QLineEdit>(doomed, "profileSecret"), QStringLiteral("doomed-token"));
        child<QDialogButtonBox>(doomed, "")->button(QDialogButtonBox::Save)->click();
        QVERIFY(doomed->isBusy());
        QVERIFY(!doomed->close()); // the close event is ignored while busy
        QVERIFY(doomed->isVisible());
        delete doomed;
        // A read started now times out after the write did: once it answers, the write's answer
        // has come and gone.
        std::optional<core::SecretResult> later;
        secrets.read(QStringLiteral("unrelated"), [&later](const core::SecretResult &answer) { later = answer; });
        QTRY_VERIFY_WITH_TIMEOUT(later.has_value(), 10000);
        QCOMPARE(later->error, core::SecretError::TimedOut);
    }

    // Issue 14: the import's file picker starts in the CLI's own folder (Go's os.UserConfigDir()).
    void importPickerStartsInTheCliFolder()
    {
        QTemporaryDir config;
        const QByteArray previous = qgetenv("XDG_CONFIG_HOME");
        const bool wasSet = qEnvironmentVariableIsSet("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
        const auto restore = qScopeGuard([&] {
            if (wasSet) {
                qputenv("XDG_CONFIG_HOME", previous);
            } else {
                qunsetenv("XDG_CONFIG_HOME");
            }
        });
        QVERIFY(QDir(config.path()).mkpath(QStringLiteral("appclacks")));
        const QString path = config.filePath(QStringLiteral("appclacks/appclacks.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("profiles:\n  picked:\n    organization-id: org-picked\n");
        file.close();

        core::SecretStore secrets(nullptr, testService);
        ui::ProfilesDialog dialog(&secrets);
        dialog.show();
        QString shownFolder;
        QTimer picker;
        picker.setInterval(20);
        connect(&picker, &QTimer::timeout, this, [&] {
            auto *fileDialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!fileDialog) {
                return;
            }
            picker.stop();
            shownFolder = fileDialog->directory().absolutePath();
            fileDialog->selectFile(path);
            static_cast<QDialog *>(fileDialog)->accept(); // as the Open button does
        });
        picker.start();
        dialog.chooseImportFile();
        QCOMPARE(shownFolder, QDir(config.filePath(QStringLiteral("appclacks"))).absolutePath());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        QVERIFY2(dialog.statusText().contains(QStringLiteral("“picked” (organization org-picked): imported")),
            qPrintable(dialog.statusText()));
    }

    // Closing while an import waits on the keychain closes once it answered, or stays to show a problem.
    void closingWhileImportingWaitsForTheOutcome()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("appclacks.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("profiles:\n  solo:\n    organization-id: org-solo\n    api-token: solo-token\n");
        file.close();
        core::SecretStore secrets(nullptr, testService);
        ui::ProfilesDialog dialog(&secrets);
        dialog.show();
        dialog.importFrom(path);
        QVERIFY(dialog.isBusy());
        QVERIFY(!dialog.close()); // refused while busy
        dialog.reject();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.statusText().contains(QLatin1String("Closing as soon as")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        QCOMPARE(core::ProfileStore().profiles().size(), 1);
        if (expectKeychain()) {
            QTRY_VERIFY(!dialog.isVisible()); // imported: nothing to read, closed as asked
        } else {
            QVERIFY(dialog.isVisible()); // the token's failure stays on screen
            QVERIFY(dialog.statusText().contains(QLatin1String("could not be stored")));
        }
    }

    // Issue 14: the import reports each profile; an unreadable file gets FILE:LINE:COLUMN.
    void importReportsEachProfile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("appclacks.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("default-profile: good\n"
                   "profiles: {good: {organization-id: org-good, api-token: \"good-token\"},\n"
                   "           bad: {organization-id: 'org:bad', api-token: bad-token}}\n");
        file.close();
        core::SecretStore secrets(nullptr, testService);
        ui::ProfilesDialog dialog(&secrets);
        dialog.show();
        dialog.importFrom(path);
        QVERIFY(dialog.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
        const QString status = dialog.statusText();
        QVERIFY2(status.startsWith(QLatin1String("Imported with problems:")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("“bad” (organization org:bad): not imported:")), qPrintable(status));
        if (expectKeychain()) {
            QVERIFY2(status.contains(QStringLiteral("“good” (organization org-good, the CLI's default): imported, its "
                                                    "token in the system keychain.")),
                qPrintable(status));
        } else {
            QVERIFY2(status.contains(QStringLiteral("“good” (organization org-good, the CLI's default): saved, but its "
                                                    "token could not be stored:")),
                qPrintable(status));
        }
        QVERIFY(!status.contains(QLatin1String("good-token")) && !status.contains(QLatin1String("bad-token")));
        QCOMPARE(child<QListWidget>(&dialog, "profileList")->count(), 1);

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("profiles:\n  other: {organization-id: o, api-token: x\n");
        file.close();
        dialog.importFrom(path);
        QVERIFY2(
            dialog.statusText().startsWith(QStringLiteral("Nothing was imported: ") + path + QStringLiteral(":3:")),
            qPrintable(dialog.statusText()));
        QCOMPARE(child<QListWidget>(&dialog, "profileList")->count(), 1);
    }
};

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"
