"""newsfold: news articles in, linked and validated Parquet tables out.

The logic lives here as small pure functions over plain data; `flows/` orchestrates it with
Prefect and `schemas/` declares what a valid table is.
"""

__version__ = "0.1.0"
