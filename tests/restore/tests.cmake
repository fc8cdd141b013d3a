# Restores in the core: the order, its pre-flight and candidates, and the
# job that submits exactly once and follows Atlas's job, against the sandbox.
snapline_add_test(tst_restore_order SOURCES restore/tst_restore_order.cpp LIBS snapline_core LABELS "core;unit")
if(NOT SNAPLINE_CORE_ONLY)
    add_library(restore_test_support STATIC restore/restore_test_environment.h restore/restore_test_environment.cpp)
    target_include_directories(restore_test_support PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/restore)
    target_link_libraries(restore_test_support PUBLIC snapline_atlas_test_support Qt6::Test)
    snapline_add_test(tst_restore_operation SOURCES restore/tst_restore_operation.cpp
                      LIBS restore_test_support LABELS "atlas;integration")
    snapline_add_test(tst_restore_tracking SOURCES restore/tst_restore_tracking.cpp
                      LIBS restore_test_support snapline_ui LABELS "gui")
endif()
