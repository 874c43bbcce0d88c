"""AI-output evaluation: pairwise preference, rubric rating, translation checking and rewriting, as plain data."""
