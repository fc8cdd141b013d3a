# The profiles menu and its dialogs, and the palettes (View → Theme), which
# share the console's typed settings.
if(NOT SNAPLINE_CORE_ONLY)
    snapline_add_test(tst_theme SOURCES theme/tst_theme.cpp LIBS snapline_ui LABELS "gui")
    snapline_add_test(tst_profiles_menu SOURCES profiles/tst_profiles_menu.cpp LIBS snapline_ui LABELS "gui")
endif()
