"""Real servers the sync tests and benchmarks start on loopback and stop by their PID."""
