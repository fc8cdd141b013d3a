# What `cmake --install` (and so every CPack package) puts where, besides the
# two executables, which app/ and sandbox/ install: the translations, the man
# pages and, with the GUI, the desktop file, the AppStream metainfo and the
# icons. Paths follow GNUInstallDirs; the .deb installs under /usr.
include(GNUInstallDirs)

# One id names the desktop file, the metainfo and the icon (and the Wayland
# app id, set in app/main.cpp), so desktops and software centres match them.
set(SNAPLINE_APP_ID io.github.snapline.Snapline)
set(SNAPLINE_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(SNAPLINE_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})
set(SNAPLINE_PACKAGING_OUT ${PROJECT_BINARY_DIR}/packaging)

# Translations: translations/CMakeLists.txt installs its .qm files to
# share/snapline/translations, where the program looks first.

# Man pages: the version filled in, gzipped as Debian policy wants them.
set(snapline_man_pages snapline.1)
if(NOT SNAPLINE_CORE_ONLY)
    list(APPEND snapline_man_pages snapline-sandbox.1)
endif()
find_program(SNAPLINE_GZIP gzip)
set(snapline_man_outputs)
foreach(page ${snapline_man_pages})
    configure_file(${SNAPLINE_PACKAGING_DIR}/man/${page}.in ${SNAPLINE_PACKAGING_OUT}/man/${page} @ONLY)
    if(SNAPLINE_GZIP)
        # -n: no name or time stamp inside, so the same page gives the same bytes.
        add_custom_command(OUTPUT ${SNAPLINE_PACKAGING_OUT}/man/${page}.gz
            COMMAND ${SNAPLINE_GZIP} -9nkf ${SNAPLINE_PACKAGING_OUT}/man/${page}
            DEPENDS ${SNAPLINE_PACKAGING_OUT}/man/${page}
            COMMENT "Compressing the man page ${page}" VERBATIM)
        list(APPEND snapline_man_outputs ${SNAPLINE_PACKAGING_OUT}/man/${page}.gz)
    else()
        list(APPEND snapline_man_outputs ${SNAPLINE_PACKAGING_OUT}/man/${page})
    endif()
endforeach()
add_custom_target(snapline_man_pages ALL DEPENDS ${snapline_man_outputs})
install(FILES ${snapline_man_outputs} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

if(NOT SNAPLINE_CORE_ONLY)
    # The icon: resources/icons/snapline.svg (also the window's icon) is the
    # only source; the PNG sizes are rendered from it at build time.
    set(snapline_icon_svg ${PROJECT_SOURCE_DIR}/resources/icons/snapline.svg)
    add_executable(snapline_render_icon ${SNAPLINE_PACKAGING_DIR}/tools/render_icon.cpp)
    target_link_libraries(snapline_render_icon PRIVATE Qt6::Gui Qt6::Svg)
    set(snapline_icon_pngs)
    foreach(size ${SNAPLINE_ICON_SIZES})
        list(APPEND snapline_icon_pngs ${SNAPLINE_PACKAGING_OUT}/icons/${size}x${size}/apps/${SNAPLINE_APP_ID}.png)
    endforeach()
    add_custom_command(OUTPUT ${snapline_icon_pngs}
        COMMAND snapline_render_icon ${snapline_icon_svg} ${SNAPLINE_PACKAGING_OUT}/icons ${SNAPLINE_APP_ID}
                ${SNAPLINE_ICON_SIZES}
        DEPENDS snapline_render_icon ${snapline_icon_svg}
        COMMENT "Rendering the application icon's PNGs" VERBATIM)
    add_custom_target(snapline_icons ALL DEPENDS ${snapline_icon_pngs})

    set(snapline_hicolor ${CMAKE_INSTALL_DATADIR}/icons/hicolor)
    foreach(size ${SNAPLINE_ICON_SIZES})
        install(FILES ${SNAPLINE_PACKAGING_OUT}/icons/${size}x${size}/apps/${SNAPLINE_APP_ID}.png
                DESTINATION ${snapline_hicolor}/${size}x${size}/apps)
    endforeach()
    install(FILES ${snapline_icon_svg} DESTINATION ${snapline_hicolor}/scalable/apps
            RENAME ${SNAPLINE_APP_ID}.svg)
    install(FILES ${SNAPLINE_PACKAGING_DIR}/${SNAPLINE_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${SNAPLINE_PACKAGING_DIR}/${SNAPLINE_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
endif()
