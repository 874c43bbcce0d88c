"""Reusable widgets of the shell."""
