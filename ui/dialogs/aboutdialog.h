// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDialog>

namespace appclacks::ui {

/// Product name, version, licence, authors, the Qt and QtKeychain it was built with and runs on,
/// and where to report a problem; "Copy Version Details" gives the same facts as plain text for
/// a bug report.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /// Version, Qt (built with and running on), QtKeychain, operating system and windowing
    /// platform, one per line: what a maintainer asks for first.
    [[nodiscard]] static QString versionDetails();

    /// Where users report a problem (the AppStream bugtracker URL).
    [[nodiscard]] static QString bugReportUrl();
};

} // namespace appclacks::ui
