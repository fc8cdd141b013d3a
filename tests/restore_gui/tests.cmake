# The restore wizard in the console window on a real sandbox: verdicts per
# target, the entry points, the typed confirmation, one request per submit,
# the job in the Jobs panel; and the candidate model on its own.
if(NOT SNAPLINE_CORE_ONLY)
    snapline_add_test(tst_restore_candidate_model SOURCES restore_gui/tst_restore_candidate_model.cpp
                      LIBS snapline_ui LABELS "gui;unit")
    add_library(restore_wizard_driver STATIC restore_gui/restore_wizard_driver.h restore_gui/restore_wizard_driver.cpp)
    target_include_directories(restore_wizard_driver PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/restore_gui)
    target_link_libraries(restore_wizard_driver PUBLIC console_test_fixture)
    snapline_add_test(tst_restore_wizard SOURCES restore_gui/tst_restore_wizard.cpp LIBS restore_wizard_driver
                      LABELS "gui;integration")
    snapline_add_test(tst_restore_submit SOURCES restore_gui/tst_restore_submit.cpp LIBS restore_wizard_driver
                      LABELS "gui;integration")
endif()
