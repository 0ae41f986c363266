// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

class QThread;

namespace appclacks::core {

/// Starts @p thread below the GUI thread's priority, for the long reads and writes that run off
/// the GUI thread (history lanes, the recorder, a Prometheus source). When they compete with the
/// GUI thread for a core, the window's frames come first: measured with range_bench on two cores,
/// applying a new range's figures (about 8 ms of work) took up to 22 ms of wall time beside the
/// readers, and stays under 10 ms at this priority, the readers finishing as soon as before.
///
/// QThread::LowPriority acts on Windows and macOS. On Linux it has no effect under the default
/// scheduler (its priority range is a single value), so the thread lowers its own nice value,
/// which Linux keeps per thread; IdlePriority is not used, as it would starve a reader the user
/// waits for behind any other busy process.
void startInBackground(QThread *thread);

/// The calling thread's nice value on Linux (per thread there), 0 elsewhere or when unknown.
int niceOfThisThread();

} // namespace appclacks::core
