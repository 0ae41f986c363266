// SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
// SPDX-License-Identifier: Apache-2.0

// Compile-time half of the layering rule: Qt defines QT_WIDGETS_LIB for every target that links
// the widgets module, so core stops building the moment someone links it. tests/core/tst_layering
// checks the link line and the includes too.
#if defined(QT_WIDGETS_LIB) || defined(QT_GUI_LIB)
#error "appclacks_core must not link QtGui or QtWidgets: it has to run and be tested without a display."
#endif
