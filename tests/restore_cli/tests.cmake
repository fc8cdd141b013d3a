# The live pre-flight and restore commands. The argument reader runs in every
# build; the end-to-end suite runs the snapline binary against its built-in
# sandbox, which only the full build has.
snapline_add_test(tst_restore_command_line SOURCES restore_cli/tst_restore_command_line.cpp LIBS snapline_cli
                  LABELS "core;cli;unit")
if(NOT SNAPLINE_CORE_ONLY)
    snapline_add_test(tst_restore_cli SOURCES restore_cli/tst_restore_cli.cpp LIBS snapline_core LABELS "cli")
    add_dependencies(tst_restore_cli snapline)
    set_tests_properties(tst_restore_cli PROPERTIES TIMEOUT 900)
endif()
