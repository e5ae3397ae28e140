"""The timeline panel: a Qt-free layout (date axis, lanes, marks) and a custom-painted view."""
