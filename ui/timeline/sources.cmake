# The snapshot timeline widget: painting from per-pixel buckets, zoom and pan,
# selection shared with the snapshot table, and overlays (the PIT cursor).
target_sources(snapline_ui PRIVATE
    timeline/timeline_geometry.h timeline/timeline_geometry.cpp
    timeline/timeline_overlay.h
    timeline/timeline_axis.h timeline/timeline_axis.cpp
    timeline/timeline_colors.h timeline/timeline_colors.cpp
    timeline/timeline_text.h timeline/timeline_text.cpp
    timeline/timeline_painter.h timeline/timeline_painter.cpp
    timeline/timeline_widget.h timeline/timeline_widget.cpp timeline/timeline_widget_input.cpp
    timeline/timeline_accessible.h timeline/timeline_accessible.cpp
    timeline/pit_cursor_overlay.h timeline/pit_cursor_overlay.cpp
    timeline/point_in_time_editor.h timeline/point_in_time_editor.cpp)
