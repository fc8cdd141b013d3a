# The console's read side at scale. The generated catalog (2,000 clusters,
# 1,000,000 snapshots) is a library so the cold-start benchmark can use it too.
add_library(snapline_bench_catalog STATIC console/large_catalog.h console/large_catalog.cpp)
target_include_directories(snapline_bench_catalog PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/console)
target_link_libraries(snapline_bench_catalog PUBLIC snapline_core)

add_executable(bench_inventory console/bench_inventory.cpp)
target_link_libraries(bench_inventory PRIVATE snapline_bench_catalog snapline_ui)
