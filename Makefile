# golinalg — a Jupyter kernel for linear algebra, in Go.
#
#   make lab    build, install the kernelspec into .venv-lab (JupyterLab only), start JupyterLab on notebooks/
#   make test   build, then every test: gofmt, go vet, go test, and the Jupyter-level suites

GO      ?= go
PYTHON  ?= python3
VENV    ?= .venv
LABVENV ?= .venv-lab
VPY     := $(VENV)/bin/python
BIN     := bin/golinalg
PORT    ?= 8888
GOFILES := $(shell find . -name '*.go' -not -path './$(VENV)/*' -not -path './node_modules/*')

.PHONY: all build install kernelspec venv lab test gotest pytest e2e lint bench clean upgrade-test-deps lu-fixtures

all: build

build: $(BIN)

$(BIN): $(GOFILES) go.mod go.sum
	CGO_ENABLED=0 $(GO) build -trimpath -o $(BIN) ./cmd/golinalg

# install: the kernelspec into the user's Jupyter (~/.local/share/jupyter/kernels).
install: build
	$(BIN) install --user

# The test-side Python environment (the browser test's JupyterLab too). The
# kernel never uses it.
# tests/requirements.txt pins every package to an exact version, pip too.
PIP_VERSION := 26.3

venv: $(VENV)/.stamp

$(VENV)/.stamp: tests/requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(VPY) -m pip install -q pip==$(PIP_VERSION)
	$(VPY) -m pip install -q -r tests/requirements.txt
	touch $@

$(VENV)/.lab-stamp: $(VENV)/.stamp
	touch $@

# make lab's own venv: JupyterLab only (notebooks/requirements.txt), none of
# the test side (numpy, scipy, pytest, ...).
$(LABVENV)/.stamp: notebooks/requirements.txt
	$(PYTHON) -m venv $(LABVENV)
	$(LABVENV)/bin/python -m pip install -q pip==$(PIP_VERSION)
	$(LABVENV)/bin/python -m pip install -q -r notebooks/requirements.txt
	touch $@

# upgrade-test-deps: move the pins forward on purpose. Resolves
# tests/requirements.in with the newest releases in a scratch venv and
# writes the exact versions to tests/requirements.txt; then run make test
# and commit the new pins on their own.
upgrade-test-deps:
	rm -rf $(VENV).upgrade
	$(PYTHON) -m venv $(VENV).upgrade
	$(VENV).upgrade/bin/python -m pip install -q --upgrade pip
	$(VENV).upgrade/bin/python -m pip install -q -r tests/requirements.in
	{ echo "# Exact pins of tests/requirements.in and all it pulls in, from \`make upgrade-test-deps\` ($$(date -u +%Y-%m-%d))."; \
	  echo "# pip $$($(VENV).upgrade/bin/python -m pip --version | cut -d' ' -f2) (update PIP_VERSION in the Makefile to match)."; \
	  $(VENV).upgrade/bin/python -m pip freeze --all --exclude pip --exclude setuptools --exclude wheel; } > tests/requirements.txt
	rm -rf $(VENV).upgrade
	$(PYTHON) -m venv $(VENV).upgrade
	$(VENV).upgrade/bin/python -m pip install -q pip==$(PIP_VERSION)
	$(VENV).upgrade/bin/python -m pip install -q -c tests/requirements.txt jupyterlab
	{ echo "# What \`make lab\` installs: JupyterLab and what it pulls in, pinned to the versions of tests/requirements.txt"; \
	  echo "# (pip install -c tests/requirements.txt jupyterlab; pip freeze). The kernel itself runs no Python."; \
	  $(VENV).upgrade/bin/python -m pip freeze --all --exclude pip --exclude setuptools --exclude wheel; } > notebooks/requirements.txt
	rm -rf $(VENV).upgrade

# kernelspec: install into the venv, where its Jupyter looks first.
kernelspec: build venv
	$(BIN) install --prefix $(VENV)

lab: build $(LABVENV)/.stamp
	$(BIN) install --prefix $(LABVENV)
	JUPYTER_PATH=$(abspath $(LABVENV))/share/jupyter $(LABVENV)/bin/jupyter lab --ServerApp.root_dir=notebooks --ip=127.0.0.1 --port=$(PORT) --no-browser $(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_ARGS)

lint:
	@out=$$(gofmt -l $(GOFILES)); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	cd third_party/zmq4 && $(GO) vet ./...

# -count=1: the oracles' answers come from the venv's NumPy, which go test's
# cache does not see (a new pin would otherwise keep old passes).
# third_party/zmq4 is its own module, so ./... skips it: its tests (the
# patched security frames and pub/sub) run on their own.
gotest: venv
	GOLINALG_PYTHON=$(abspath $(VPY)) $(GO) test -count=1 ./...
	cd third_party/zmq4 && $(GO) test -count=1 ./...

# lu-fixtures: regenerate linalg/testdata/lu_fixtures.bin.gz (n = 1..16)
# and lu_fixtures_seeded.bin.gz (n = 17..99, matrices from seeds), NumPy's
# and SciPy's LU-family results under OpenBLAS's Haswell kernels (and the
# singular verdicts of five other kernels), the reference of linalg's
# TestLUFixturesHaswell (issue 18), and lu_fixtures_c.bin.gz and
# lu_fixtures_c_seeded.bin.gz, NumPy's complex results
# (TestLUFixturesComplexHaswell). The script sets OPENBLAS_CORETYPE for its own workers only.
lu-fixtures: venv
	$(VPY) linalg/testdata/gen_lu_fixtures.py

bin/noiseagree: $(GOFILES) go.mod go.sum
	CGO_ENABLED=0 $(GO) build -trimpath -o $@ ./internal/noise/noiseagree

pytest: kernelspec bin/noiseagree
	JUPYTER_PATH=$(abspath $(VENV))/share/jupyter $(VPY) -m pytest -q tests

# e2e: JupyterLab in headless Chromium (Debian's /usr/bin/chromium, which
# .ci/run installs), driven by playwright-core from the npm registry.
e2e: kernelspec $(VENV)/.lab-stamp tests/e2e/node_modules
	cd tests/e2e && VENV=$(abspath $(VENV)) node --test lab.test.mjs

tests/e2e/node_modules: tests/e2e/package.json tests/e2e/package-lock.json
	cd tests/e2e && npm ci --no-audit --no-fund
	touch $@

test: lint gotest pytest e2e

bench: build
	$(GO) test -run '^$$' -bench . -benchtime 200ms ./...

clean:
	rm -rf bin $(VENV) tests/e2e/node_modules tests/output
