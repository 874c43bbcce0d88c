"""Tests of the quality package: agreement, gold scoring, merge and the per-kind operations."""
