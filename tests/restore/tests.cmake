# Restores in the core: the order, its pre-flight and candidates, and the
# job that submits exactly once and follows Atlas's job, against the sandbox.
snapline_add_test(tst_restore_order SOURCES restore/tst_restore_order.cpp LIBS snapline_core LABELS "core;unit")
if(NOT SNAPLINE_CORE_ONLY)
    snapline_add_test(tst_restore_operation SOURCES restore/tst_restore_operation.cpp
                      LIBS snapline_atlas_test_support LABELS "atlas;integration")
endif()
if(NOT SNAPLINE_CORE_ONLY)
    snapline_add_test(tst_restore_tracking SOURCES restore/tst_restore_tracking.cpp
                      LIBS snapline_atlas_test_support snapline_ui LABELS "gui")
endif()
