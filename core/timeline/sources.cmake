# The timeline's data: a cluster's snapshots as sorted columns, the PIT band,
# per-pixel aggregation and the visible range's rules, and the point-in-time
# cursor with its text forms. No widgets here.
target_sources(snapline_core PRIVATE
    timeline/timeline_lane.h
    timeline/timeline_pit.h timeline/timeline_pit.cpp
    timeline/timeline_series.h timeline/timeline_series.cpp
    timeline/timeline_buckets.h timeline/timeline_buckets.cpp
    timeline/timeline_viewport.h timeline/timeline_viewport.cpp
    timeline/pit_cursor.h timeline/pit_cursor.cpp
    timeline/pit_moment_text.h timeline/pit_moment_text.cpp)
