# Reports at scale: a coverage report of the large organization (2,000
# clusters, 1,000,000 snapshots) exported as CSV, against reading the same
# snapshots out of the catalog.
add_executable(bench_report_csv report/bench_report_csv.cpp)
target_link_libraries(bench_report_csv PRIVATE snapline_bench_catalog snapline_core)
