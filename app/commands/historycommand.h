// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/history/historyqueries.h"
#include "core/history/historystore.h"
#include "core/sources/demohistory.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <memory>
#include <optional>

namespace appclacks::app {

/// `appclacks-desktop history import|export|info|query …`
int runHistoryCommand(const QStringList &arguments);

/// `appclacks-desktop collect SOURCE [--every SECONDS] [--history-file PATH]`
int runCollectCommand(const QStringList &arguments);

/// What the commands that read the history share: the file option, the window options and the
/// choice of a source.
namespace HistoryOptions {

QCommandLineOption historyFile();
QList<QCommandLineOption> window(); ///< --last, --from, --to
QCommandLineOption source();
/// --demo and --seed: the demo's generated day instead of the history file.
QList<QCommandLineOption> demo();

QString path(const QCommandLineParser &parser);
/// With --demo: the demo's day (DemoHistory) in a temporary history that lives as long as the
/// result. Null without --demo, and on failure, with `error` and `exitCode` set.
std::unique_ptr<core::DemoHistory> seededDemo(const QCommandLineParser &parser, QString *error, int *exitCode);
/// A history opened for reading: the demo's seeded day (with --demo) or the file. The store is
/// declared last, so that it closes before the demo's temporary folder goes.
struct OpenedHistory
{
    std::unique_ptr<core::DemoHistory> demo;
    std::unique_ptr<core::HistoryStore> store;
};
/// seededDemo() then openForReading(): what every history command starts with. Nullopt on
/// failure, with `error` and `exitCode` set.
std::optional<OpenedHistory> open(const QCommandLineParser &parser, QString *error, int *exitCode);
/// Opens the file (the demo's, when given) for reading; on failure, `error` says why and
/// `exitCode` is set.
std::unique_ptr<core::HistoryStore> openForReading(
    const QCommandLineParser &parser, QString *error, int *exitCode, const core::DemoHistory *demo = nullptr);
/// The --source named, or the only one the file has.
std::optional<core::HistoryStore::SourceInfo> chooseSource(
    const core::HistoryStore &store, const QCommandLineParser &parser, QString *error);
/// (from, to] from --last (ending at `newestMs`: the source's newest sample, or now for a
/// server) or --from and --to.
std::optional<core::TimeWindow> chooseWindow(
    const QCommandLineParser &parser, std::int64_t newestMs, bool required, QString *error);

} // namespace HistoryOptions

} // namespace appclacks::app
