# The restore wizard's candidate model on its own.
if(NOT SNAPLINE_CORE_ONLY)
    snapline_add_test(tst_restore_candidate_model SOURCES restore_gui/tst_restore_candidate_model.cpp
                      LIBS snapline_ui LABELS "gui;unit")
endif()
