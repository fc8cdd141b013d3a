# The console's look: Fusion with light, dark and high-contrast palettes, the
# View → Theme menu, and the console's typed settings.
target_sources(snapline_ui PRIVATE
    theme/console_settings.h theme/console_settings.cpp
    theme/console_style.h theme/console_style.cpp
    theme/theme.h theme/theme.cpp
    theme/theme_menu.h theme/theme_menu.cpp)
