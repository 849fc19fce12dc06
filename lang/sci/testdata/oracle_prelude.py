# Runs before every cell of oracle_cells*.py, in the cell's namespace, here
# and in CPython (TestOracle): show(f) prints repr(f()), or the class and
# message of what f raised, so one cell can try many calls.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
