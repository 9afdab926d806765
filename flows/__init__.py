"""Prefect orchestration only: when and where the stages of newsfold/ run."""
