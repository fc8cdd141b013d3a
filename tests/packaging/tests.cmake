# Desktop integration and man pages: the validators distributions and
# software centres run, one id across the desktop files and the app, and man
# pages that render cleanly and describe everything the programs' help
# lists. A check whose tool is missing is skipped (exit 77);
# scripts/install-deps.sh installs them. scripts/package-check.sh checks the
# built .deb itself.
set(snapline_packaging_dir ${PROJECT_SOURCE_DIR}/packaging)
set(snapline_packaging_checks ${CMAKE_CURRENT_SOURCE_DIR}/packaging)
# configure_file in packaging/install.cmake fills in the version here.
set(snapline_man_dir ${PROJECT_BINARY_DIR}/packaging/man)

function(snapline_add_packaging_test name)
    add_test(NAME ${name} COMMAND ${ARGN})
    set_tests_properties(${name} PROPERTIES LABELS "packaging" SKIP_RETURN_CODE 77 TIMEOUT 60)
endfunction()

snapline_add_packaging_test(packaging_man_snapline
    ${snapline_packaging_checks}/check-man-page.sh ${snapline_man_dir}/snapline.1 $<TARGET_FILE:snapline>
    --sources ${PROJECT_SOURCE_DIR}/app --sources ${PROJECT_SOURCE_DIR}/core --sources ${PROJECT_SOURCE_DIR}/ui
    --exit-codes ${PROJECT_SOURCE_DIR}/app/cli/exit_codes.h
    --help "--help" --help "preflight --help" --help "restore --help" --help "sync --help"
    --help "profile add" --help "report --help" --help "report verify --help")

if(NOT SNAPLINE_CORE_ONLY)
    file(GLOB snapline_desktop_files ${snapline_packaging_dir}/*.desktop)
    file(GLOB snapline_metainfo_files ${snapline_packaging_dir}/*.metainfo.xml)
    snapline_add_packaging_test(packaging_desktop_file
        ${snapline_packaging_checks}/check-desktop-file.sh ${snapline_desktop_files})
    snapline_add_packaging_test(packaging_metainfo
        ${snapline_packaging_checks}/check-metainfo.sh ${snapline_metainfo_files})
    snapline_add_packaging_test(packaging_ids
        ${snapline_packaging_checks}/check-ids.sh ${snapline_packaging_dir} ${PROJECT_SOURCE_DIR}/app/main.cpp)
    snapline_add_packaging_test(packaging_man_sandbox
        ${snapline_packaging_checks}/check-man-page.sh ${snapline_man_dir}/snapline-sandbox.1
        $<TARGET_FILE:snapline-sandbox> --sources ${PROJECT_SOURCE_DIR}/sandbox --help "--help")
endif()
