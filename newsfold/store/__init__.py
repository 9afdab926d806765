"""Output on disk: table files, staging and the atomic commit of a run."""
