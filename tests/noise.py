"""The noise rule of the Go oracles (internal/noise), for the Python-side
comparisons with the python3 kernel: the outputs agree when their text is
identical, or the same once numbers are masked, with every differing float
within C·n·ε·max|entries| of its printed array.

There is one implementation, in Go; this module asks bin/noiseagree (built
by `make pytest`) over a pipe. Without it the tests fail: they never fall
back to a looser or a stricter comparison.
"""
from __future__ import annotations

import atexit
import json
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.environ.get("GOLINALG_NOISEAGREE", os.path.join(ROOT, "bin", "noiseagree"))

_proc = None
counts = {"identical": 0, "noise": 0, "differ": 0}


def _pipe():
    global _proc
    if _proc is None:
        if not os.access(BINARY, os.X_OK):
            raise RuntimeError(f"{BINARY} is missing: build it with `make bin/noiseagree`")
        _proc = subprocess.Popen([BINARY], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8")
        atexit.register(_proc.kill)
    return _proc


def compare(got: str, want: str, n: int = 0, scale: float = 0.0) -> tuple[str, str]:
    """The verdict ("identical", "noise" or "differ") for got against
    NumPy's want, and why they differ."""
    p = _pipe()
    p.stdin.write(json.dumps({"got": got, "want": want, "n": n, "scale": scale}) + "\n")
    p.stdin.flush()
    line = p.stdout.readline()
    if not line:
        raise RuntimeError("noiseagree stopped")
    a = json.loads(line)
    counts[a["verdict"]] += 1
    return a["verdict"], a["why"]


def assert_agree(got, want, context=""):
    """Assert that got (a str, None, or a tuple/list/dict of those, as
    CellOutcome.comparable() gives) agrees with want under the rule: the
    same structure, and each string pair identical or equal within noise."""
    if isinstance(want, dict):
        assert isinstance(got, dict) and sorted(got) == sorted(want), (context, got, want)
        for k in want:
            assert_agree(got[k], want[k], f"{context} [{k}]")
        return
    if isinstance(want, (list, tuple)):
        assert isinstance(got, (list, tuple)) and len(got) == len(want), (context, got, want)
        for g, w in zip(got, want):
            assert_agree(g, w, context)
        return
    if not isinstance(want, str) or not isinstance(got, str):
        assert got == want, (context, got, want)
        return
    verdict, why = compare(got, want)
    assert verdict != "differ", f"{context}: {why}\n--- golinalg:\n{got}\n--- NumPy:\n{want}"
