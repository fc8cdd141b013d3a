# Translations: every message of the German, French and Japanese files comes
# back at run time; the files are current with the code and complete.
snapline_add_test(tst_translations SOURCES i18n/tst_translations.cpp i18n/ts_file.h i18n/ts_file.cpp
                  LIBS snapline_core snapline_translations LABELS "core;unit;i18n")
target_compile_definitions(tst_translations PRIVATE SNAPLINE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
add_test(NAME translations_current COMMAND ${PROJECT_SOURCE_DIR}/scripts/check-translations.sh)
set_tests_properties(translations_current PROPERTIES LABELS "core;i18n"
                     ENVIRONMENT "LUPDATE=$<TARGET_FILE:Qt6::lupdate>")
if(NOT SNAPLINE_CORE_ONLY)
    snapline_add_test(tst_translated_window SOURCES i18n/tst_translated_window.cpp i18n/ts_file.h i18n/ts_file.cpp
                      LIBS console_test_fixture snapline_translations LABELS "gui;i18n")
    target_compile_definitions(tst_translated_window PRIVATE SNAPLINE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    add_dependencies(tst_translated_window snapline)
endif()
