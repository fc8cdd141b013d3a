# The PDF and HTML report writers. GUI-free, but they paint: QGuiApplication on
# the offscreen platform (set by snapline_add_test), so the suites link QtGui.
add_library(report_render_test_support STATIC report_render/report_render_samples.h
            report_render/report_render_samples.cpp)
target_include_directories(report_render_test_support PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/report_render)
target_link_libraries(report_render_test_support PUBLIC snapline_core)

foreach(suite report_render_parts pdf_report_writer html_report_writer)
    snapline_add_test(tst_${suite} SOURCES report_render/tst_${suite}.cpp
                      LIBS report_render_test_support Qt6::Gui Qt6::Concurrent LABELS "report")
endforeach()

# A real coverage report from a catalog synced from the sandbox, as PDF and HTML.
if(NOT SNAPLINE_CORE_ONLY)
    snapline_add_test(tst_report_sandbox_render SOURCES report_render/tst_report_sandbox_render.cpp
                      LIBS snapline_atlas_test_support Qt6::Gui LABELS "report;integration")
endif()
