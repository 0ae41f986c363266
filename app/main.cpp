// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

#include "app/commandline.h"
#include "core/platform/memorytuning.h"

#ifdef Q_OS_WIN
#include <cstdio>
#include <windows.h>
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    // A GUI-subsystem program has no console; borrow the terminal that started us, if any, so
    // that --help and the headless commands print where the user typed them.
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::freopen("CONOUT$", "w", stdout);
        std::freopen("CONOUT$", "w", stderr);
    }
#endif
    appclacks::core::keepLargeBuffersBetweenScrapes();
    return appclacks::app::runApplication(argc, argv);
}
