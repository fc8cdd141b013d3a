# Item models over the console's data, and the proxies that sort and filter them.
target_sources(snapline_ui PRIVATE
    models/row_sync.h
    models/exact_text.h models/exact_text.cpp
    models/text_filter.h models/text_filter.cpp
    models/badged_icon_engine.h models/badged_icon_engine.cpp
    models/console_icons.h models/console_icons.cpp
    models/navigator_text.h models/navigator_text.cpp
    models/navigator_model.h models/navigator_model.cpp
    models/navigator_filter_proxy.h models/navigator_filter_proxy.cpp
    models/posture_model.h models/posture_model.cpp
    models/posture_filter_proxy.h models/posture_filter_proxy.cpp
    models/snapshot_table_model.h models/snapshot_table_model.cpp
    models/snapshot_filter_proxy.h models/snapshot_filter_proxy.cpp
    models/restore_job_model.h models/restore_job_model.cpp
    models/backup_event_model.h models/backup_event_model.cpp)
