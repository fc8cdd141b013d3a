# Timeline paint time at a million snapshots, against a one-rectangle-per-
# snapshot painter (runs offscreen).
add_executable(bench_timeline timeline/bench_timeline.cpp)
target_link_libraries(bench_timeline PRIVATE snapline_ui)
