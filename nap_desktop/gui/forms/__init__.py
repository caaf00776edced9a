"""Generated from the Qt Designer sources in ``ui/`` by ``tools/compile_ui.py``."""
