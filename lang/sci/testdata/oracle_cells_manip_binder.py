import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = np.arange(9.0).reshape(3, 3)
show(lambda: np.trace())
show(lambda: np.trace(a, 1, 0, 1, None, None, 7))
show(lambda: np.trace(a, offset=-1, axis1=1, axis2=0, dtype=int))
show(lambda: np.trace(a, 1, a=a))
show(lambda: np.trace(a, offsets=1))
show(lambda: np.trace(a, 1, 0, 1, float))
show(lambda: np.trace(a, 1.5))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: np.outer([1, 2]))
show(lambda: np.outer([1, 2], [3], None, 4))
show(lambda: np.outer(b=[1, 2], a=[[3], [4]]))
show(lambda: np.outer([1, 2], [3], c=1))
show(lambda: np.kron([1, 2]))
show(lambda: np.kron([1, 2], [3], [4]))
show(lambda: np.kron(b=[1, 2], a=[[3], [4]]))
show(lambda: np.kron([1, 2], a=[3]))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
x, y = [[1, 0, 0], [0, 1, 0]], [[0, 1, 0], [0, 0, 1]]
show(lambda: np.cross(x))
show(lambda: np.cross(x, y, -1, -1, -1, None, 0))
show(lambda: np.cross(x, y, axis=1))
show(lambda: np.cross(np.transpose(x), np.transpose(y), axisa=0, axisb=0, axisc=0))
show(lambda: np.cross(x, y, 0))
show(lambda: np.cross(x, y, axes=0))
show(lambda: np.cross(b=y, a=x))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: np.vdot())
show(lambda: np.vdot([1], [2], [3], a=[1]))
show(lambda: np.vdot([1j], [2], c=1))
show(lambda: np.vdot([1], z=1, b=[2]))
show(lambda: np.inner())
show(lambda: np.inner([1], [2], z=3))
show(lambda: np.inner([1, 2], [3, 4]))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a, b = np.arange(6.0).reshape(2, 3), np.arange(12.0).reshape(3, 4)
show(lambda: np.tensordot(a))
show(lambda: np.tensordot(a, b, 1, 2))
show(lambda: np.tensordot(a, b, axes=1))
show(lambda: np.tensordot(a, b, 1))
show(lambda: np.tensordot(b=b, a=a, axes=([1], [0])))
show(lambda: np.tensordot(a, b, axis=1))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
m = np.arange(1, 10).reshape(3, 3)
show(lambda: np.triu())
show(lambda: np.triu(m, 1, 2))
show(lambda: np.triu(m, k=-1))
show(lambda: np.tril(m, -1))
show(lambda: np.tril(m=m, k=1))
show(lambda: np.tril(m, K=1))
show(lambda: np.tril(m, 1, m=m))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = np.arange(6).reshape(2, 3)
show(lambda: np.einsum())
show(lambda: np.einsum(foo=1))
show(lambda: np.einsum('ij->j', a, foo=1))
show(lambda: np.einsum('ij->j', a, optimize=True, foo=1, bar=2))
show(lambda: np.einsum('ij->j', a, optimize='greedy'))
show(lambda: np.einsum('ij->j', a, out=None, dtype=float))
show(lambda: np.einsum('ij,j', a, [1, 1, 1], optimize=False, casting='unsafe', dtype=complex))
show(lambda: np.einsum('ij', a, order='X'))
show(lambda: np.einsum(a, [0, 1], [1]))
