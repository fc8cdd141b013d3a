# One console window per profile: the local socket hand-over, and two real
# launches of the console.
if(NOT SNAPLINE_CORE_ONLY)
    snapline_add_test(tst_single_instance SOURCES desktop/tst_single_instance.cpp LIBS snapline_ui
                      LABELS "gui;desktop")
    add_dependencies(tst_single_instance snapline)
    set_tests_properties(tst_single_instance PROPERTIES TIMEOUT 300)
endif()
