# The Profiles menu: switch, add, import from the Atlas CLI, edit, remove.
target_sources(snapline_ui PRIVATE
    profiles/profile_dialog.h profiles/profile_dialog.cpp
    profiles/atlas_cli_import_dialog.h profiles/atlas_cli_import_dialog.cpp
    profiles/profiles_menu.h profiles/profiles_menu.cpp)
