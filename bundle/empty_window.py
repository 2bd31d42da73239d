"""The floor of the bundle size: an empty PySide6 window, bundled like the app (see floor.spec)."""

import sys

from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.show()
if "--version" in sys.argv:  # proves the bundle starts, without waiting for a user
    print("empty-window 1")
    sys.exit(0)
sys.exit(app.exec())
