import numpy as np
R = np.random
for f in [lambda: R.seed(1, 2), lambda: R.seed(sed=1), lambda: R.seed(1, seed=2), lambda: R.seed(2**32),
          lambda: R.default_rng(1, 2), lambda: R.default_rng(sed=1), lambda: R.default_rng(-1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
R.seed(seed=3)
print(R.rand())
print(R.default_rng(seed=5).random())
# ---
import numpy as np
R = np.random
for f in [lambda: R.rand(2, k=3), lambda: R.randn(a=1), lambda: R.rand(2.5), lambda: R.rand(-1),
          lambda: R.rand((2, 3)), lambda: R.rand(None), lambda: R.randn(2, None)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
R.seed(0)
print(R.rand(0, 3).shape, R.randn(1, 1, 2))
# ---
import numpy as np
R = np.random
for f in [lambda: R.random(1, 2), lambda: R.random(sz=2), lambda: R.random(2, size=3), lambda: R.random(size=-1),
          lambda: R.random_sample(1, 2), lambda: R.random_sample(sz=1), lambda: R.random_sample(size=(2, -1))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
R.seed(1)
print(R.random(size=2), R.random_sample(size=(1, 2)), R.random(None))
# ---
import numpy as np
R = np.random
for f in [lambda: R.uniform(0, 1, 2, 3), lambda: R.uniform(lo=1), lambda: R.uniform(0, low=1), lambda: R.uniform(None),
          lambda: R.normal(0, 1, 2, 3), lambda: R.normal(x=1), lambda: R.normal(0, loc=2), lambda: R.normal(0, None)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
R.seed(2)
print(R.uniform(high=3, low=2, size=2), R.uniform(size=2), R.normal(scale=2, size=(2,)), R.normal(loc=1, size=1))
# ---
import numpy as np
R = np.random
for f in [lambda: R.randint(), lambda: R.randint(1, 2, 3, 4, 5), lambda: R.randint(high=3), lambda: R.randint(1, low=2),
          lambda: R.randint(foo=2), lambda: R.randint(0, 5, size=-1), lambda: R.randint(5, 5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
R.seed(3)
print(R.randint(low=2, high=9, size=3), R.randint(10, size=(2,)), repr(R.randint(4, dtype=np.int64)), repr(R.randint(4, dtype=int)))
print(R.randint(0, 7, 3, int), R.randint(0, 7, 3, 'int64').dtype)
# ---
import numpy as np
g = np.random.default_rng(11)
for f in [lambda: g.random(1, 2, 3, 4), lambda: g.random(sz=1), lambda: g.random(2, size=3),
          lambda: g.integers(), lambda: g.integers(1, 2, 3, 4, 5, 6), lambda: g.integers(high=5), lambda: g.integers(1, low=2),
          lambda: g.integers(5, 4, endpoint=True),
          lambda: g.standard_normal(1, 2, 3, 4), lambda: g.standard_normal(foo=1),
          lambda: g.normal(0, 1, 2, 3), lambda: g.normal(foo=1), lambda: g.normal(0, loc=1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(g.random(size=2, dtype=np.float64, out=None), g.random(2, 'float64'))
print(g.integers(low=1, high=7, size=3, endpoint=True), repr(g.integers(3, dtype=np.int64)), g.integers(0, 9, 2, 'int64', True))
print(g.standard_normal(size=2, dtype='float64'), g.normal(scale=3, loc=1, size=2))
# ---
import numpy as np
np.random.seed(9)
g = np.random.default_rng(5)
for f in [lambda: np.random.randint(5, dtype=float), lambda: np.random.randint(5, dtype=None), lambda: g.integers(5, dtype=float),
          lambda: g.integers(5, dtype=None), lambda: g.random(dtype=np.int64), lambda: g.standard_normal(2, complex),
          lambda: g.integers(1, 6, 4, True)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(g.random(dtype=None), g.standard_normal(dtype=None), repr(np.random.randint(5, dtype='int')))
print(sorted(n for n in ['integers', 'normal', 'random', 'standard_normal'] if hasattr(g, n)), type(g).__name__)
# ---
import numpy as np
np.random.seed(0)
g = np.random.default_rng(0)
sizes = [2.5, (2.5,), "3", np.int64(2), [2, 1], True, (2, -1), np.array([2, 1]), 2**63, 1j, (2, None), np.float64(2.0), (), np.True_,
         np.array(2), np.array([[2]]), np.array([2.0])]
for s in sizes:
    for f in [np.random.random, g.random, g.standard_normal, lambda size: np.random.normal(size=size), np.random.rand]:
        try:
            r = f(s)
            print(repr(s), getattr(r, 'shape', r))
        except Exception as e:
            print(repr(s), type(e).__name__, e)
for s in sizes:
    if not isinstance(s, (str, tuple)) or s == (2, -1):
        try:
            print(repr(s), np.random.randint(0, 3, size=s).shape)
        except Exception as e:
            print(repr(s), type(e).__name__, e)
# ---
import numpy as np
rng = np.random.default_rng(0)
rng.uniform(0, 1, 3)
# ---
import numpy as np
rng = np.random.default_rng(7)
print(rng.uniform(size=(2, 2)))
print(rng.uniform([0, 10], [1, 20]))
rng.uniform(-1, 1)
# ---
import numpy as np
rng = np.random.default_rng(3)
rng.uniform(np.zeros((2, 1)), [1, 2, 3])
# ---
import numpy as np
rng = np.random.default_rng(3)
rng.uniform(2, 1, 2)
# ---
import numpy as np
rng = np.random.default_rng(3)
rng.uniform([0, 2], [1, 1])
# ---
import numpy as np
rng = np.random.default_rng(3)
rng.uniform(0, float('inf'))
# ---
import numpy as np
rng = np.random.default_rng(3)
rng.uniform([0, 1], [1, float('inf')])
# ---
import numpy as np
rng = np.random.default_rng(3)
rng.uniform('a', 1)
# ---
import numpy as np
rng = np.random.default_rng(3)
rng.uniform(float('nan'), 1)
# ---
import numpy as np
rng = np.random.default_rng(3)
rng.uniform(low=3)
# ---
import numpy as np
rng = np.random.default_rng(3)
rng.normal('a')
# ---
import numpy as np
g = np.random.default_rng(1)
np.random.default_rng(g) is g
# ---
import numpy as np
np.random.default_rng(1.5)
# ---
import numpy as np
np.random.default_rng('a')
# ---
import numpy as np
np.random.default_rng(True).integers(0, 100)
# ---
import numpy as np
np.random.default_rng(np.int64(3)).integers(0, 100)
# ---
import numpy as np
np.random.default_rng(-2**70)
