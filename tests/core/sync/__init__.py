"""Sync tests."""
