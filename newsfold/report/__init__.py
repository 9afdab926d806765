"""What a run tells its user: the run report (markdown), health against earlier runs, progress."""
