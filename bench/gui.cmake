# The console window's own figures: cold start on a big catalog, and how long
# the GUI thread stalls while a full sync of the large sandbox runs.
add_executable(bench_cold_start gui/bench_cold_start.cpp)
target_link_libraries(bench_cold_start PRIVATE snapline_ui snapline_bench_support snapline_bench_catalog)
add_executable(bench_gui_stall gui/bench_gui_stall.cpp)
target_link_libraries(bench_gui_stall PRIVATE snapline_ui snapline_bench_support)
add_dependencies(bench_gui_stall snapline-sandbox)
