# The history behind the charts (core only) and the chart widgets.
snapline_add_test(tst_history SOURCES charts/tst_history.cpp LIBS snapline_core LABELS "core;unit")
if(NOT SNAPLINE_CORE_ONLY)
    snapline_add_test(tst_charts SOURCES charts/tst_charts.cpp LIBS snapline_ui LABELS "gui")
endif()
