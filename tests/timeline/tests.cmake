# The timeline: its data (core) and its widget (gui).
add_library(timeline_test_support STATIC timeline/timeline_samples.h timeline/timeline_samples.cpp)
target_include_directories(timeline_test_support PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/timeline)
target_link_libraries(timeline_test_support PUBLIC snapline_core)

foreach(suite series pit buckets viewport pit_cursor pit_text)
    snapline_add_test(tst_timeline_${suite} SOURCES timeline/tst_timeline_${suite}.cpp
                      LIBS timeline_test_support LABELS "core;unit")
endforeach()

if(NOT SNAPLINE_CORE_ONLY)
    snapline_add_test(tst_timeline_axis SOURCES timeline/tst_timeline_axis.cpp
                      LIBS timeline_test_support snapline_ui LABELS "gui;unit")
    snapline_add_test(tst_timeline_widget SOURCES timeline/tst_timeline_widget.cpp
                      LIBS timeline_test_support snapline_ui LABELS "gui")
    snapline_add_test(tst_timeline_pit_gui SOURCES timeline/tst_timeline_pit_gui.cpp
                      LIBS timeline_test_support snapline_ui LABELS "gui")
    snapline_add_test(tst_cluster_page_pit SOURCES timeline/tst_cluster_page_pit.cpp
                      LIBS timeline_test_support snapline_ui LABELS "gui")
endif()
