"""PySide6 user interface: the only package that touches Qt."""
