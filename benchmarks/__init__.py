"""Performance benchmarks against the targets in the issue; `python -m benchmarks` prints one table."""
