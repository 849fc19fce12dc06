"""Each tutorial notebook executes under nbclient with the golinalg kernel,
and cell by cell its stdout, text/plain results and errors equal those of the
same notebook executed with the python3 kernel and real NumPy.

One explicit exception: a code cell tagged "timing" (its source is nothing but
%timeit / %time lines) prints wall-clock measurements, which differ from run
to run and from machine to machine in any kernel. For those cells the test
checks only that both kernels ran them without an error and printed something;
their stdout is not compared. Every other cell is compared by the noise rule
of the Go oracles (tests/noise.py): identical text, or the same text with
floats that differ only by rounding noise."""
import copy
import glob
import os

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import GOLINALG, PYTHON
from noise import assert_agree

HERE = os.path.dirname(__file__)
NOTEBOOKS = sorted(glob.glob(os.path.join(HERE, "..", "notebooks", "*.ipynb")))

TIMING = "timing"
TIMING_MAGICS = ("%timeit", "%time", "%%timeit", "%%time")


def execute(path, kernel_name):
    nb = nbformat.read(path, as_version=4)
    nb = copy.deepcopy(nb)
    NotebookClient(nb, kernel_name=kernel_name, timeout=120, allow_errors=False,
                   resources={"metadata": {"path": os.path.dirname(path)}}).execute()
    return nb


def summary(nb):
    cells = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        stdout, results, errors = "", [], []
        for o in cell.outputs:
            if o.output_type == "stream" and o.name == "stdout":
                stdout += o.text
            elif o.output_type == "execute_result":
                results.append(o.data.get("text/plain"))
            elif o.output_type == "error":
                errors.append((o.ename, o.evalue))
        cells.append({"source": cell.source, "tags": list(cell.metadata.get("tags", [])),
                      "stdout": stdout, "results": results, "errors": errors})
    return cells


def check_timing_cell(g, w):
    """A timing cell: both kernels ran it without error and printed a timing."""
    for line in g["source"].splitlines():
        assert not line.strip() or line.split()[0] in TIMING_MAGICS, (
            "a cell tagged 'timing' may hold only %timeit/%time lines: " + g["source"])
    for kernel, s in (("golinalg", g), ("python3", w)):
        assert s["errors"] == [], (kernel, g["source"], s["errors"])
        assert s["stdout"].strip(), (kernel, "printed no timing", g["source"])


@pytest.mark.parametrize("path", NOTEBOOKS, ids=os.path.basename)
def test_notebook_matches_numpy(path):
    got = summary(execute(path, GOLINALG))
    want = summary(execute(path, PYTHON))
    assert len(got) == len(want)
    for g, w in zip(got, want):
        if TIMING in g["tags"]:
            check_timing_cell(g, w)
        else:
            assert g["source"] == w["source"] and g["tags"] == w["tags"]
            assert_agree({k: g[k] for k in ("stdout", "results", "errors")},
                         {k: w[k] for k in ("stdout", "results", "errors")}, g["source"])


def test_there_are_notebooks():
    names = {os.path.basename(p) for p in NOTEBOOKS}
    assert {"01-inverse-with-numpy.ipynb", "02-np-linalg-inv-reference.ipynb",
            "03-beyond-the-inverse.ipynb"} <= names
