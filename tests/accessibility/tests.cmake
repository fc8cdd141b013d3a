# Accessibility of the console window on a real sandbox: a name for every
# control of the window and of every dialog, keyboard-only flows, and
# readable palettes.
if(NOT SNAPLINE_CORE_ONLY)
    add_library(accessibility_audit STATIC accessibility/accessibility_audit.h accessibility/accessibility_audit.cpp)
    target_include_directories(accessibility_audit PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/accessibility)
    target_link_libraries(accessibility_audit PUBLIC Qt6::Widgets)
    snapline_add_test(tst_accessible_names SOURCES accessibility/tst_accessible_names.cpp
                      LIBS accessibility_audit restore_wizard_driver LABELS "gui;accessibility;integration")
    set_tests_properties(tst_accessible_names PROPERTIES TIMEOUT 300)
endif()
if(NOT SNAPLINE_CORE_ONLY)
    snapline_add_test(tst_keyboard_flows SOURCES accessibility/tst_keyboard_flows.cpp
                      LIBS accessibility_audit restore_wizard_driver LABELS "gui;accessibility;integration")
    set_tests_properties(tst_keyboard_flows PROPERTIES TIMEOUT 300)
endif()
if(NOT SNAPLINE_CORE_ONLY)
    snapline_add_test(tst_palette_contrast SOURCES accessibility/tst_palette_contrast.cpp
                      LIBS console_test_fixture LABELS "gui;accessibility;integration")
endif()
