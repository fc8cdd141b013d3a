# The PDF and HTML report writers and what they share: value formatting, the
# charts drawn with QPainter, all-or-nothing output files. QtGui is for PDF
# and painting only (QPdfWriter, QPainter, QImage); never widgets.
target_sources(snapline_core PRIVATE
    report/report_render_text.h
    report/report_value_format.h report/report_value_format.cpp
    report/report_output_file.h report/report_output_file.cpp
    report/report_font.h report/report_font.cpp
    report/report_chart_axis.h report/report_chart_axis.cpp
    report/report_chart_style.h report/report_chart_style.cpp
    report/report_chart_painter.h report/report_chart_painter.cpp)
target_link_libraries(snapline_core PRIVATE Qt6::Gui)
