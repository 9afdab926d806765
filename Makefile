# newsfold: `make run` and `make test` work on a fresh machine (they set up .venv first).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
INBOX  ?= inbox
# Runs started by `make run` land in the project's own Prefect home, so `make ui` shows them.
LOCAL_PREFECT := PREFECT_HOME=$(CURDIR)/.prefect PREFECT_SERVER_ANALYTICS_ENABLED=false

.PHONY: setup run test test-fast bench bench-dedup bench-scale eval ui deploy worker validate clean

setup: $(STAMP)

# Idempotent: reinstalls only when the dependency files change. constraints.txt is the lock.
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $(STAMP)

run: setup
	$(LOCAL_PREFECT) $(BIN)/newsfold run seeds --output output
	$(BIN)/newsfold validate output

test: setup
	$(BIN)/python -m pytest -q

test-fast: setup
	$(BIN)/python -m pytest -q -m "not slow"

bench: bench-dedup
	$(BIN)/python bench/bench_pipeline.py

bench-dedup: setup
	$(BIN)/python bench/bench_dedup.py

# +20 articles into an empty output against the BBC and Reuters archives (built once under
# bench-results/scale/), and the flow on a local Dask cluster against one process (~30 min).
bench-scale: setup
	$(BIN)/python bench/bench_scale.py

# Quality against the gold sets (../shared dev sets, the blind quote gold, the people gold).
SHARED ?= ../shared
eval: setup
	$(BIN)/newsfold eval quotes --gold $(SHARED)/eval/polnear_dev.jsonl
	$(BIN)/python bench/eval_blind_quotes.py --group all
	$(BIN)/newsfold eval numbers --gold $(SHARED)/eval/newsquant_dev.jsonl
	$(BIN)/newsfold eval people --gold gold/people_seeds_gold.jsonl

validate: setup
	$(BIN)/newsfold validate output

# The Prefect UI at http://127.0.0.1:4200 over the runs of `make run`.
ui: setup
	$(LOCAL_PREFECT) $(BIN)/prefect server start --host 127.0.0.1

# With `make ui` running: register the hourly deployment, then start a worker that runs it.
deploy: setup
	$(LOCAL_PREFECT) PREFECT_API_URL=http://127.0.0.1:4200/api $(BIN)/prefect work-pool create local-process --type process --overwrite
	mkdir -p $(INBOX)
	$(LOCAL_PREFECT) PREFECT_API_URL=http://127.0.0.1:4200/api $(BIN)/prefect --no-prompt deploy --all

worker: setup
	$(LOCAL_PREFECT) PREFECT_API_URL=http://127.0.0.1:4200/api $(BIN)/prefect worker start --pool local-process

clean:
	rm -rf output .prefect .pytest_cache .hypothesis
