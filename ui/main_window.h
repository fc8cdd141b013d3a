#pragma once

#include <QMainWindow>

namespace snapline {

// The console's main window: navigator, cluster pages and jobs live here.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    void createMenus();
    void showAbout();
};

} // namespace snapline
