# golinalg — a Jupyter kernel for linear algebra, in Go.
#
#   make lab    build, install the kernelspec into .venv, start JupyterLab on notebooks/
#   make test   build, then every test: gofmt, go vet, go test, and the Jupyter-level suites

GO      ?= go
PYTHON  ?= python3
VENV    ?= .venv
VPY     := $(VENV)/bin/python
BIN     := bin/golinalg
PORT    ?= 8888
GOFILES := $(shell find . -name '*.go' -not -path './$(VENV)/*' -not -path './node_modules/*')

.PHONY: all build install kernelspec venv lab test gotest pytest lint bench clean

all: build

build: $(BIN)

$(BIN): $(GOFILES) go.mod go.sum
	CGO_ENABLED=0 $(GO) build -trimpath -o $(BIN) ./cmd/golinalg

# install: the kernelspec into the user's Jupyter (~/.local/share/jupyter/kernels).
install: build
	$(BIN) install --user

# The test-side (and lab-side) Python environment. The kernel never uses it.
venv: $(VENV)/.stamp

$(VENV)/.stamp: tests/requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(VPY) -m pip install -q --upgrade pip
	$(VPY) -m pip install -q -r tests/requirements.txt
	touch $@

$(VENV)/.lab-stamp: $(VENV)/.stamp
	$(VPY) -m pip install -q jupyterlab
	touch $@

# kernelspec: install into the venv, where its Jupyter looks first.
kernelspec: build venv
	$(BIN) install --prefix $(VENV)

lab: kernelspec $(VENV)/.lab-stamp
	JUPYTER_PATH=$(abspath $(VENV))/share/jupyter $(VENV)/bin/jupyter lab --ServerApp.root_dir=notebooks --ip=127.0.0.1 --port=$(PORT) --no-browser $(LAB_ARGS)

lint:
	@out=$$(gofmt -l $(GOFILES)); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

gotest: venv
	GOLINALG_PYTHON=$(abspath $(VPY)) $(GO) test ./...

pytest: kernelspec
	JUPYTER_PATH=$(abspath $(VENV))/share/jupyter $(VPY) -m pytest -q tests

test: lint gotest pytest

bench: build
	$(GO) test -run '^$$' -bench . -benchtime 200ms ./...

clean:
	rm -rf bin $(VENV)
