# SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
# SPDX-License-Identifier: Apache-2.0

# Settings every target of the project shares: the Qt string-safety definitions of
# CONVENTIONS.md and strict warnings. Warnings become errors through the presets
# (CMAKE_COMPILE_WARNING_AS_ERROR), so a user's own build with a newer compiler still succeeds.
function(appclacks_set_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_NO_KEYWORDS)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8)
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
            -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
    endif()
endfunction()
