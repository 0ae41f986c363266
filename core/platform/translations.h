// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QLocale>
#include <QString>

namespace appclacks::core {

/// Installs two translators in the running QCoreApplication (their parent) for the first of
/// `locale`'s interface languages that is English or that the application is translated into
/// (LANGUAGE=de:fr:en gives French, LANGUAGE=en:fr English): the application's own, embedded
/// as resources, and Qt's (qtbase_xx.qm from QLibraryInfo's TranslationsPath, when installed).
/// English, the source language, gets the plural forms of its numerus strings ("1 check").
/// Returns the language chosen: "fr", "en".
QString installTranslations(const QLocale &locale = QLocale());

} // namespace appclacks::core
