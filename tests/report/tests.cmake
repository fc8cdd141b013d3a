# Reports: the spec, the expected snapshots and coverage worked out by hand,
# the CSV and JSON writers read back, the manifest, signing and verify, and
# the export job with its failures (core); every report from a catalog
# synced from the sandbox (with the sandbox).
add_library(report_test_support STATIC report/report_test_support.h report/report_test_support.cpp)
target_include_directories(report_test_support PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/report)
target_link_libraries(report_test_support PUBLIC snapline_core Qt6::Test)
target_compile_definitions(report_test_support PRIVATE SNAPLINE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")

snapline_add_test(tst_report_spec SOURCES report/tst_report_spec.cpp LIBS snapline_core LABELS "core;unit")
snapline_add_test(tst_expected_snapshots SOURCES report/tst_expected_snapshots.cpp LIBS snapline_core
                  LABELS "core;unit")
snapline_add_test(tst_report_coverage SOURCES report/tst_report_coverage.cpp LIBS report_test_support
                  LABELS "core;unit")
snapline_add_test(tst_report_kinds SOURCES report/tst_report_kinds.cpp LIBS report_test_support LABELS "core;unit")
snapline_add_test(tst_report_writers SOURCES report/tst_report_writers.cpp LIBS report_test_support
                  LABELS "core;unit")
snapline_add_test(tst_report_manifest SOURCES report/tst_report_manifest.cpp LIBS report_test_support
                  LABELS "core;unit")
snapline_add_test(tst_report_job SOURCES report/tst_report_job.cpp LIBS report_test_support LABELS "core;unit")
if(NOT SNAPLINE_CORE_ONLY)
    snapline_add_test(tst_report_sandbox SOURCES report/tst_report_sandbox.cpp
                      LIBS report_test_support snapline_atlas_test_support LABELS "report;integration")
endif()

# `snapline report` and `report verify`: the argument reader in every build;
# end to end, the snapline binary against its built-in sandbox, with no
# display and no keychain, as cron runs it (the full build only).
snapline_add_test(tst_report_arguments SOURCES report/tst_report_arguments.cpp LIBS snapline_cli
                  LABELS "core;cli;unit")
if(NOT SNAPLINE_CORE_ONLY)
    snapline_add_test(tst_report_cli SOURCES report/tst_report_cli.cpp LIBS snapline_core LABELS "report;cli")
    add_dependencies(tst_report_cli snapline)
    set_tests_properties(tst_report_cli PROPERTIES TIMEOUT 600)
endif()
