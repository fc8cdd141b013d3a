# File → Export report… and "Export as CSV…" on the console window, against
# an embedded sandbox (the full build only).
if(NOT SNAPLINE_CORE_ONLY)
    snapline_add_test(tst_export_report_dialog SOURCES report_gui/tst_export_report_dialog.cpp
                      LIBS console_test_fixture LABELS "gui;report;integration")
    set_tests_properties(tst_export_report_dialog PROPERTIES TIMEOUT 300)
    snapline_add_test(tst_report_period_editor SOURCES report_gui/tst_report_period_editor.cpp LIBS snapline_ui
                      LABELS "gui;report;unit")
endif()
