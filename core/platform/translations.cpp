// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "core/platform/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

#include <memory>

namespace appclacks::core {

namespace {

Q_LOGGING_CATEGORY(lcTranslations, "appclacks.core.translations", QtInfoMsg)

// Where qt_add_translations embeds the .qm files (core/CMakeLists.txt).
const QString translationsFolder = QStringLiteral(":/i18n");

} // namespace

QString installTranslations(const QLocale &locale)
{
    auto *application = QCoreApplication::instance();
    if (!application) {
        return {};
    }
    // QTranslator::load(QLocale) would skip English, which has no full translation, and take the
    // next language listed: the loop stops at the first language the user can be given.
    for (const QString &name : locale.uiLanguages()) {
        const QLocale language(name);
        if (language.language() == QLocale::English || language.language() == QLocale::C) {
            break;
        }
        auto ours = std::make_unique<QTranslator>(application);
        if (!ours->load(language, QStringLiteral("appclacks"), QStringLiteral("_"), translationsFolder)) {
            continue;
        }
        QCoreApplication::installTranslator(ours.release());
        // Qt's own strings (standard buttons, the command-line parser's errors): a package of
        // their own on Linux distributions (Debian: qt6-translations-l10n), maybe not installed.
        auto qt = std::make_unique<QTranslator>(application);
        if (qt->load(language, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.release());
        } else {
            qCInfo(lcTranslations, "Qt's own translation for %s is not installed", qUtf8Printable(name));
        }
        return QLocale::languageToCode(language.language());
    }
    // English is the source language, but its plural forms ("1 check", "2 checks") come from a
    // translation of the numerus strings only (translations/appclacks_en.ts).
    auto english = std::make_unique<QTranslator>(application);
    if (english->load(QStringLiteral("appclacks_en"), translationsFolder)) {
        QCoreApplication::installTranslator(english.release());
    }
    return QStringLiteral("en");
}

} // namespace appclacks::core
