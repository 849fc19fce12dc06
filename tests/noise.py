"""The noise rule of the Go oracles (internal/noise), for the Python-side
comparisons with the python3 kernel: the outputs agree when their text is
identical, or the same once numbers are masked, with every differing float
within C·n·ε·max|entries| of its printed array.

There is one implementation, in Go; this module asks bin/noiseagree (built
by `make pytest`), one short-lived process per comparison. Without it the
tests fail: they never fall back to a looser or a stricter comparison.
"""
from __future__ import annotations

import json
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.environ.get("GOLINALG_NOISEAGREE", os.path.join(ROOT, "bin", "noiseagree"))

counts = {"identical": 0, "noise": 0, "differ": 0}


def compare_many(pairs, n: int = 0, scale: float = 0.0) -> list[tuple[str, str]]:
    """The verdict ("identical", "noise" or "differ") and the reason for
    each (got, want) pair of strings, want being NumPy's. One short-lived
    bin/noiseagree process answers them all (none is left running)."""
    if not pairs:
        return []
    if not os.access(BINARY, os.X_OK):
        raise RuntimeError(f"{BINARY} is missing: build it with `make bin/noiseagree`")
    lines = "".join(json.dumps({"got": g, "want": w, "n": n, "scale": scale}) + "\n" for g, w in pairs)
    out = subprocess.run([BINARY], input=lines, capture_output=True, text=True, encoding="utf-8", timeout=60)
    if out.returncode != 0:
        raise RuntimeError(f"noiseagree failed: {out.stderr}")
    answers = [json.loads(line) for line in out.stdout.splitlines()]
    if len(answers) != len(pairs):
        raise RuntimeError(f"noiseagree answered {len(answers)} of {len(pairs)}")
    for a in answers:
        counts[a["verdict"]] += 1
    return [(a["verdict"], a["why"]) for a in answers]


def compare(got: str, want: str, n: int = 0, scale: float = 0.0) -> tuple[str, str]:
    """compare_many for one pair."""
    return compare_many([(got, want)], n, scale)[0]


def _pairs(got, want, context, out):
    """Walk got and want alike (dicts, lists, tuples), asserting the same
    structure and equal non-strings, and collect the string pairs."""
    if isinstance(want, dict):
        assert isinstance(got, dict) and sorted(got) == sorted(want), (context, got, want)
        for k in want:
            _pairs(got[k], want[k], f"{context} [{k}]", out)
    elif isinstance(want, (list, tuple)):
        assert isinstance(got, (list, tuple)) and len(got) == len(want), (context, got, want)
        for g, w in zip(got, want):
            _pairs(g, w, context, out)
    elif isinstance(want, str) and isinstance(got, str):
        out.append((got, want, context))
    else:
        assert got == want, (context, got, want)


def assert_agree(got, want, context=""):
    """Assert that got (a str, None, or a tuple/list/dict of those, as
    CellOutcome.comparable() gives) agrees with want under the rule: the
    same structure, and each string pair identical or equal within noise."""
    pairs = []
    _pairs(got, want, context, pairs)
    for (g, w, ctx), (verdict, why) in zip(pairs, compare_many([(g, w) for g, w, _ in pairs])):
        assert verdict != "differ", f"{ctx}: {why}\n--- golinalg:\n{g}\n--- NumPy:\n{w}"
