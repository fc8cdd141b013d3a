# The PDF and HTML report writers and what they share: value formatting, the
# charts drawn with QPainter, all-or-nothing output files. QtGui is for PDF
# and painting only (QPdfWriter, QPainter, QImage); never widgets.
target_sources(snapline_core PRIVATE
    report/report_render_text.h
    report/report_display_value.h report/report_display_value.cpp
    report/report_output_file.h report/report_output_file.cpp
    report/report_font.h report/report_font.cpp
    report/report_chart_axis.h report/report_chart_axis.cpp
    report/report_chart_style.h report/report_chart_style.cpp
    report/report_chart_painter.h report/report_chart_painter.cpp
    report/pdf_fonts.h report/pdf_fonts.cpp
    report/pdf_page_list.h report/pdf_page_list.cpp
    report/pdf_table_layout.h report/pdf_table_layout.cpp
    report/pdf_report_layout.h report/pdf_report_layout.cpp
    report/pdf_page_painter.h report/pdf_page_painter.cpp
    report/pdf_page_preview.h report/pdf_page_preview.cpp
    report/report_preview.h report/report_preview.cpp
    report/pdf_report_writer.h report/pdf_report_writer.cpp
    report/html_report_style.h report/html_report_style.cpp
    report/html_report_writer.h report/html_report_writer.cpp)
target_link_libraries(snapline_core PRIVATE Qt6::Gui)
