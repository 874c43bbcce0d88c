"""Label Studio's JSON export and import, with the labeling config beside it (labelstudio.py, config.py)."""
