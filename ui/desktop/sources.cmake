# Desktop integration: one console window per profile.
target_sources(snapline_ui PRIVATE
    desktop/single_instance.h desktop/single_instance.cpp)
