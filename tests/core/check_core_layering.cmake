# SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
# SPDX-License-Identifier: Apache-2.0

# Fails when appclacks_core links or includes QtGui/QtWidgets, when the core library holds any of
# the simulator, or when a file under ui/ computes a statistic instead of reading the snapshot's
# (run by ctest as tst_layering).
set(failures "")

foreach(libraries IN ITEMS "${CORE_LINK_LIBRARIES}" "${CORE_INTERFACE_LIBRARIES}")
    string(REPLACE "|" ";" libraries "${libraries}")
    foreach(library IN LISTS libraries)
        if(library MATCHES "Widgets|Qt6::Gui|Charts|Svg")
            list(APPEND failures "appclacks_core links ${library}")
        endif()
    endforeach()
endforeach()

file(GLOB_RECURSE sources "${CORE_SOURCE_DIR}/*.h" "${CORE_SOURCE_DIR}/*.cpp")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" includes REGEX "^#[ \t]*include[ \t]*<(QtWidgets|QtGui|QWidget|QApplication|QGuiApplication|QPainter|QImage|QPixmap|QColor)")
    if(includes)
        list(APPEND failures "${source} includes a GUI header: ${includes}")
    endif()
endforeach()
list(LENGTH sources source_count)
if(source_count EQUAL 0)
    list(APPEND failures "no core sources found under ${CORE_SOURCE_DIR}: the check would be empty")
endif()

# The simulator is a library of its own: not one of its symbols ships inside core.
find_program(NM nm)
if(NOT NM OR NOT EXISTS "${CORE_LIBRARY}")
    list(APPEND failures "cannot list the symbols of ${CORE_LIBRARY}")
else()
    execute_process(COMMAND "${NM}" -C --defined-only "${CORE_LIBRARY}" OUTPUT_VARIABLE symbols RESULT_VARIABLE status)
    string(REGEX MATCHALL "[^\n]*(appclacks::simulator|SimulatorServer|SimulatedFleet|ExpositionGenerator|GzipEncoder|deflate)[^\n]*" simulator_symbols "${symbols}")
    if(NOT status EQUAL 0 OR NOT symbols MATCHES "appclacks::core::")
        list(APPEND failures "could not read the symbols of ${CORE_LIBRARY}")
    elseif(simulator_symbols)
        list(GET simulator_symbols 0 first)
        list(APPEND failures "appclacks_core defines simulator code, such as: ${first}")
    endif()
endif()

# Statistics are computed once, in core, on the worker; ui/ only reads them.
file(GLOB_RECURSE ui_sources "${UI_SOURCE_DIR}/*.h" "${UI_SOURCE_DIR}/*.cpp")
foreach(source IN LISTS ui_sources)
    file(STRINGS "${source}" computing REGEX "Histogram::|statisticsOf|completeStatistics|increaseBetween|markTransitions|core/health/healthstatistics\\.h|core/health/histogram\\.h")
    if(computing)
        list(APPEND failures "${source} computes statistics: ${computing}")
    endif()
endforeach()
list(LENGTH ui_sources ui_count)
if(ui_count EQUAL 0)
    list(APPEND failures "no ui sources found under ${UI_SOURCE_DIR}: the check would be empty")
endif()

find_program(LDD ldd)
if(LDD AND EXISTS "${CORE_ONLY_EXECUTABLE}")
    execute_process(COMMAND "${LDD}" "${CORE_ONLY_EXECUTABLE}" OUTPUT_VARIABLE loaded RESULT_VARIABLE status)
    if(NOT status EQUAL 0 OR NOT loaded MATCHES "libQt6Core")
        list(APPEND failures "could not list the libraries of ${CORE_ONLY_EXECUTABLE}")
    elseif(loaded MATCHES "libQt6(Widgets|Gui)")
        list(APPEND failures "${CORE_ONLY_EXECUTABLE} loads QtGui/QtWidgets through appclacks_core")
    endif()
endif()

if(failures)
    list(JOIN failures "\n  " message)
    message(FATAL_ERROR "Layering violated:\n  ${message}")
endif()
message(STATUS "appclacks_core is free of QtGui/QtWidgets and of the simulator (${source_count} sources checked); "
               "${ui_count} ui sources compute no statistic")
