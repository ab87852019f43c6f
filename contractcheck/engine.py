"""Engine facade (work in progress by the lead): check_paths / check_bytes / specs_by_id."""
