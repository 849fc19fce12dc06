"""Each tutorial notebook executes under nbclient with the golinalg kernel,
and cell by cell its stdout, text/plain results and errors equal those of the
same notebook executed with the python3 kernel and real NumPy."""
import copy
import glob
import os

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import GOLINALG, PYTHON

HERE = os.path.dirname(__file__)
NOTEBOOKS = sorted(glob.glob(os.path.join(HERE, "..", "notebooks", "*.ipynb")))


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
        cells.append({"source": cell.source, "stdout": stdout, "results": results, "errors": errors})
    return cells


@pytest.mark.parametrize("path", NOTEBOOKS, ids=os.path.basename)
def test_notebook_matches_numpy(path):
    got = summary(execute(path, GOLINALG))
    want = summary(execute(path, PYTHON))
    assert len(got) == len(want)
    for g, w in zip(got, want):
        assert g == w, g["source"]


def test_there_are_notebooks():
    assert any(p.endswith("01-inverse-with-numpy.ipynb") for p in NOTEBOOKS)
