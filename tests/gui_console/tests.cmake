# The console window on a real sandbox: browsing, the timeline, actions, and a screenshot.
if(NOT SNAPLINE_CORE_ONLY)
    add_library(console_test_fixture STATIC gui_console/console_fixture.h gui_console/console_fixture.cpp)
    target_include_directories(console_test_fixture PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/gui_console)
    target_link_libraries(console_test_fixture PUBLIC snapline_ui snapline_atlas_test_support Qt6::Test)
    snapline_add_test(tst_console_window SOURCES gui_console/tst_console_window.cpp LIBS console_test_fixture
                      LABELS "gui;integration")
    snapline_add_test(tst_console_screenshot SOURCES gui_console/tst_console_screenshot.cpp LIBS console_test_fixture
                      LABELS "gui;screenshot" WRAPPER ${CMAKE_CURRENT_SOURCE_DIR}/support/with-xvfb.sh)
    set_property(TEST tst_console_screenshot APPEND PROPERTY ENVIRONMENT
                 "SNAPLINE_SCREENSHOT_DIR=${PROJECT_BINARY_DIR}/artifacts")
endif()
