import os
import sys

sys.path.insert(0, os.path.dirname(__file__))

# The golinalg kernelspec is installed into this venv by `make test`.
GOLINALG = os.environ.get("GOLINALG_KERNEL", "golinalg")
PYTHON = "python3"
