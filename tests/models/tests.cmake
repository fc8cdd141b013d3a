# The console's read side: formats, schedule and posture, the catalog readers
# (core), and the item models over them (gui).
add_library(console_test_samples STATIC models/inventory_samples.h models/inventory_samples.cpp)
target_include_directories(console_test_samples PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/models)
target_link_libraries(console_test_samples PUBLIC snapline_core)

snapline_add_test(tst_display_format SOURCES models/tst_display_format.cpp LIBS snapline_core LABELS "core;unit")
snapline_add_test(tst_next_scheduled_snapshot SOURCES models/tst_next_scheduled_snapshot.cpp LIBS snapline_core
                  LABELS "core;unit")
snapline_add_test(tst_cluster_posture SOURCES models/tst_cluster_posture.cpp LIBS console_test_samples
                  LABELS "core;unit")
snapline_add_test(tst_console_readers SOURCES models/tst_console_readers.cpp LIBS catalog_test_support
                  LABELS "core;unit")
if(NOT SNAPLINE_CORE_ONLY)
    snapline_add_test(tst_navigator_model SOURCES models/tst_navigator_model.cpp
                      LIBS console_test_samples snapline_ui LABELS "gui")
    snapline_add_test(tst_posture_model SOURCES models/tst_posture_model.cpp LIBS console_test_samples snapline_ui
                      LABELS "gui")
    snapline_add_test(tst_cluster_page_models SOURCES models/tst_cluster_page_models.cpp LIBS snapline_ui LABELS "gui")
    snapline_add_test(tst_exact_text SOURCES models/tst_exact_text.cpp LIBS snapline_ui LABELS "gui;unit")
endif()
