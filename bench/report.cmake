# Reports at scale: a coverage report of the large organization (2,000
# clusters, 1,000,000 snapshots) exported as CSV, against reading the same
# snapshots out of the catalog.
add_executable(bench_report_csv report/bench_report_csv.cpp)
target_link_libraries(bench_report_csv PRIVATE snapline_bench_catalog snapline_core)

# Report writers at scale. Each benchmark keeps its own lines below.

# PDF coverage report of 2,000 clusters (target <= 5 s), against HTML and a
# tenth of the document as baselines.
add_executable(bench_report_pdf report/bench_report_pdf.cpp report/large_report_document.h
               report/large_report_document.cpp report/catalog_coverage_pdf.h report/catalog_coverage_pdf.cpp)
target_include_directories(bench_report_pdf PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/report)
target_link_libraries(bench_report_pdf PRIVATE snapline_core snapline_bench_support snapline_bench_catalog Qt6::Gui)
