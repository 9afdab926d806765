"""Exact and near duplicates (MinHash LSH) and story grouping, across runs."""
