target_sources(snapline_ui PRIVATE
    pages/navigator_panel.h pages/navigator_panel.cpp
    pages/posture_page.h pages/posture_page.cpp
    pages/cluster_page.h pages/cluster_page.cpp pages/cluster_page_pit.cpp
    pages/console_status_bar.h pages/console_status_bar.cpp)
