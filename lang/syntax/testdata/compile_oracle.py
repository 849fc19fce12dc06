"""Compile oracle for lang/syntax's error tests.

Reads a JSON list of sources on stdin, compiles each with CPython's own
compile(src, "t", "exec") and writes a JSON list with one answer per
source, in order:

  {"ok": true}                        compiled without error
  {"class": "IndentationError",       raised a SyntaxError (or subclass):
   "msg": "...", "lineno": 2,         lineno and offset exactly as CPython
   "offset": 3}                       reports them (offset: the 1-based
                                      column, in code points but for the
                                      few errors CPython places in bytes)
  {"class": "RecursionError",         raised something else (lineno and
   "msg": "...", "lineno": null,      offset are null)
   "offset": null}

Warnings (CPython warns of "1if x else 2" and of invalid escapes) are not
errors here, whatever -W or PYTHONWARNINGS say. The expectations of the Go
tests are CPython 3.11's, so any other version is refused, as is malformed
input: the driver exits non-zero rather than answer something the test
would misread.
"""
import json
import sys
import warnings


def answer(src):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(src, "t", "exec")
    except SyntaxError as e:
        return {"class": type(e).__name__, "msg": e.msg,
                "lineno": e.lineno, "offset": e.offset}
    except (MemoryError, RecursionError, ValueError) as e:
        return {"class": type(e).__name__, "msg": str(e),
                "lineno": None, "offset": None}
    return {"ok": True}


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("compile_oracle.py: the expectations are CPython 3.11's; "
                 "this is Python %d.%d" % sys.version_info[:2])
    srcs = json.load(sys.stdin)
    if not isinstance(srcs, list) or not all(isinstance(s, str) for s in srcs):
        sys.exit("compile_oracle.py: stdin must be a JSON list of strings")
    json.dump([answer(s) for s in srcs], sys.stdout)
    sys.stdout.write("\n")


main()
