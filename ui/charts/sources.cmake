# The history charts (Qt Charts): storage over time, snapshots per day,
# restore durations, and the panel that shows them for a cluster or project.
target_sources(snapline_ui PRIVATE
    charts/chart_style.h charts/chart_style.cpp
    charts/chart_frame.h charts/chart_frame.cpp
    charts/storage_chart_view.h charts/storage_chart_view.cpp
    charts/snapshot_count_chart_view.h charts/snapshot_count_chart_view.cpp
    charts/restore_duration_chart_view.h charts/restore_duration_chart_view.cpp
    charts/charts_panel.h charts/charts_panel.cpp)
