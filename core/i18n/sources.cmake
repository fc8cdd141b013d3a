target_sources(snapline_core PRIVATE
    i18n/ui_language.h i18n/ui_language.cpp)
