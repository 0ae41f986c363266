# SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
# SPDX-License-Identifier: Apache-2.0

# What `cmake --install` puts beside the executable, and how CPack packs it: a .deb on Linux
# (scripts/package.sh), a drag-and-drop .dmg on macOS, an NSIS installer on Windows.
# The executable's own install rule, bundle properties and Windows resource are in app/CMakeLists.txt.

include(GNUInstallDirs)

set(APPCLACKS_PACKAGING_DIR "${PROJECT_SOURCE_DIR}/packaging")
set(APPCLACKS_ICON_SVG "${PROJECT_SOURCE_DIR}/resources/icons/com.appclacks.Desktop.svg")

if(UNIX AND NOT APPLE)
    # Freedesktop integration: menu entry, software-centre metadata, file types, icons, man page.
    install(FILES "${APPCLACKS_PACKAGING_DIR}/linux/com.appclacks.Desktop.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${APPCLACKS_PACKAGING_DIR}/linux/com.appclacks.Desktop.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${APPCLACKS_PACKAGING_DIR}/linux/com.appclacks.Desktop.mime.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages"
        RENAME com.appclacks.Desktop.xml)
    install(FILES "${APPCLACKS_ICON_SVG}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")

    set(generated_data)

    # PNG icons are rendered from the SVG at build time rather than committed, so they never
    # drift from it. Menus and docks that do not read SVG (and lintian) want these sizes.
    find_program(APPCLACKS_RSVG_CONVERT rsvg-convert)
    if(APPCLACKS_RSVG_CONVERT)
        foreach(size IN ITEMS 16 22 24 32 48 64 128 256 512)
            set(png "${CMAKE_CURRENT_BINARY_DIR}/icons/${size}x${size}/com.appclacks.Desktop.png")
            add_custom_command(OUTPUT "${png}"
                COMMAND "${CMAKE_COMMAND}" -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/icons/${size}x${size}"
                COMMAND "${APPCLACKS_RSVG_CONVERT}" --width ${size} --height ${size} --output "${png}"
                    "${APPCLACKS_ICON_SVG}"
                DEPENDS "${APPCLACKS_ICON_SVG}"
                COMMENT "Rendering the ${size} px icon"
                VERBATIM)
            list(APPEND generated_data "${png}")
            install(FILES "${png}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
        endforeach()
    else()
        message(WARNING "rsvg-convert not found (Debian: librsvg2-bin): only the SVG icon will be installed")
    endif()

    # Debian wants manual pages and changelogs compressed with gzip -9 and no timestamp (-n),
    # so that the same sources give the same package.
    find_program(APPCLACKS_GZIP gzip REQUIRED)
    set(docdir "${CMAKE_INSTALL_DATADIR}/doc/appclacks-desktop")
    foreach(pair IN ITEMS
            "linux/appclacks-desktop.1|appclacks-desktop.1.gz|${CMAKE_INSTALL_MANDIR}/man1"
            "linux/changelog|changelog.gz|${docdir}")
        string(REPLACE "|" ";" pair "${pair}")
        list(GET pair 0 source)
        list(GET pair 1 compressed)
        list(GET pair 2 destination)
        set(output "${CMAKE_CURRENT_BINARY_DIR}/${compressed}")
        add_custom_command(OUTPUT "${output}"
            COMMAND sh -c "\"$0\" -9n < \"$1\" > \"$2\"" "${APPCLACKS_GZIP}" "${APPCLACKS_PACKAGING_DIR}/${source}"
                "${output}"
            DEPENDS "${APPCLACKS_PACKAGING_DIR}/${source}"
            COMMENT "Compressing ${compressed}"
            VERBATIM)
        list(APPEND generated_data "${output}")
        install(FILES "${output}" DESTINATION "${destination}")
    endforeach()
    # The licence, in the machine-readable form Debian reads; it names the Apache-2.0 text that
    # every Debian system has in /usr/share/common-licenses.
    install(FILES "${APPCLACKS_PACKAGING_DIR}/linux/copyright" DESTINATION "${docdir}")

    add_custom_target(appclacks_desktop_data ALL DEPENDS ${generated_data})
else()
    # Beside the executable in the installer's folder, or at the top of the disk image.
    if(WIN32)
        install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION . RENAME LICENSE.txt)
    else()
        install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION .)
    endif()
endif()

# Qt's deployment tools copy the Qt libraries and plugins next to the executable (windeployqt)
# or into the bundle (macdeployqt) at install time, so the .dmg and the installer run on a
# machine without Qt. Linux packages depend on the distribution's Qt instead.
if(APPLE OR WIN32)
    qt_generate_deploy_app_script(TARGET appclacks-desktop
        FILENAME_VARIABLE appclacks_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${appclacks_deploy_script}")
endif()
if(WIN32)
    # windeployqt copies Qt's DLLs only; QtKeychain's comes from its imported target.
    install(FILES $<TARGET_RUNTIME_DLLS:appclacks-desktop> DESTINATION "${CMAKE_INSTALL_BINDIR}")
endif()

# CPack: the package's name and metadata come from project() and this file only.
set(CPACK_PACKAGE_NAME "appclacks-desktop")
set(CPACK_PACKAGE_VENDOR "Appclacks Desktop contributors")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Health-check metrics from Appclacks and Cabourotte on the desktop")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "Appclacks Desktop contributors <desktop@appclacks.com>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Appclacks Desktop")
set(CPACK_PACKAGE_EXECUTABLES "appclacks-desktop" "Appclacks Desktop")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)
# Only the application: the simulator, tests and benchmarks have no install rules.
set(CPACK_PACKAGE_CHECKSUM SHA256)

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR DEB)
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # appclacks-desktop_0.1.0_amd64.deb
    set(CPACK_DEBIAN_PACKAGE_SECTION "net")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # dpkg-shlibdeps sees the libraries the binary links; Qt's SQLite driver is a plugin, loaded
    # at run time, so it is named here. (The X11 and offscreen platforms and the SVG icon engine
    # come with libqt6gui6 and libqt6svg6, which the binary links.)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
    # Native Wayland windows (XWayland works without it), and a Secret Service for the tokens
    # (GNOME Keyring, KWallet, KeePassXC): without one the app still runs, and says that the
    # keychain is unavailable. Qt's own strings (standard buttons, command-line errors) in the
    # user's language; the app's own translations are embedded in the binary.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
        "qt6-wayland, gnome-keyring | kwalletmanager | keepassxc, qt6-translations-l10n")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
    # CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY first, as the synopsis.
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
        "Appclacks Desktop reads the health-check metrics of Appclacks or its\n"
        "open-source prober Cabourotte, in the Prometheus exposition format, and\n"
        "shows per-check latency histograms, success and failure counters and\n"
        "per-zone breakdowns as charts that can be exported as images, without a\n"
        "Prometheus server or a browser. Tokens are kept in the system keychain.\n"
        "\n"
        "The same executable has command-line commands that print summaries and\n"
        "draw charts without a display.")
    string(CONCAT CPACK_DEBIAN_PACKAGE_DESCRIPTION ${CPACK_DEBIAN_PACKAGE_DESCRIPTION})
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME "Appclacks Desktop")
    set(CPACK_DMG_FORMAT UDBZ)
    # A licence agreement before opening the image is for restrictive licences, not Apache-2.0.
    set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
    set(CPACK_PACKAGE_ICON "${APPCLACKS_PACKAGING_DIR}/macos/appclacks-desktop.icns")
elseif(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_PACKAGE_NAME "Appclacks Desktop")
    set(CPACK_NSIS_DISPLAY_NAME "Appclacks Desktop")
    set(CPACK_NSIS_MUI_ICON "${APPCLACKS_PACKAGING_DIR}/windows/appclacks-desktop.ico")
    set(CPACK_NSIS_MUI_UNIICON "${APPCLACKS_PACKAGING_DIR}/windows/appclacks-desktop.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\appclacks-desktop.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_HELP_LINK "${APPCLACKS_BUGTRACKER_URL}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "com.appclacks.Desktop")
endif()

include(CPack)
