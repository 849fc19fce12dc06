import os
import sys

sys.path.insert(0, os.path.dirname(__file__))

# The golinalg kernelspec is installed into this venv by `make test`.
GOLINALG = os.environ.get("GOLINALG_KERNEL", "golinalg")
PYTHON = "python3"


def pytest_terminal_summary(terminalreporter):
    """How many outputs agreed with NumPy only within float noise."""
    import noise
    c = noise.counts
    if sum(c.values()):
        terminalreporter.write_line(
            f"noise rule: {c['identical']} outputs identical to NumPy's, "
            f"{c['noise']} equal within float noise, {c['differ']} differ")
