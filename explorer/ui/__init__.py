"""The Qt application: the only place for Qt widgets."""
