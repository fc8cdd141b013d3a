# One console window per profile: the local socket hand-over, and two real
# launches of the console.
if(NOT SNAPLINE_CORE_ONLY)
    snapline_add_test(tst_single_instance SOURCES desktop/tst_single_instance.cpp LIBS snapline_ui
                      LABELS "gui;desktop")
    add_dependencies(tst_single_instance snapline)
    set_tests_properties(tst_single_instance PROPERTIES TIMEOUT 300)
endif()

# The user guide's pictures, on a real X server (scripts/make-screenshots.sh
# writes them to docs/images).
if(NOT SNAPLINE_CORE_ONLY)
    snapline_add_test(tst_user_guide_pictures SOURCES desktop/tst_user_guide_pictures.cpp LIBS restore_wizard_driver
                      LABELS "gui;screenshot" WRAPPER ${CMAKE_CURRENT_SOURCE_DIR}/support/with-xvfb.sh)
    set_property(TEST tst_user_guide_pictures APPEND PROPERTY ENVIRONMENT
                 "SNAPLINE_SCREENSHOT_DIR=${PROJECT_BINARY_DIR}/artifacts/user-guide")
    set_tests_properties(tst_user_guide_pictures PROPERTIES TIMEOUT 300)
endif()
