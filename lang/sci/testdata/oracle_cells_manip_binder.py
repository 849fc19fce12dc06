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
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = np.arange(6).reshape(2, 3)
show(lambda: np.where())
show(lambda: np.where(a > 2, a, -a, 0))
show(lambda: np.where(a > 2, a, -a, 0, z=1))
show(lambda: np.where(condition=a > 2))
show(lambda: np.where(a > 2, y=0, x=a))
show(lambda: np.where(a > 2, z=1, y=0))
show(lambda: np.where(a > 2, w=1))
show(lambda: np.where(a > 2, a))
show(lambda: np.where(a > 2, a, -a))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = np.array([[0, 2], [3, 0]])
show(lambda: np.nonzero())
show(lambda: np.nonzero(a, 1))
show(lambda: np.nonzero(a=a))
show(lambda: np.nonzero(x=a))
show(lambda: np.argwhere(a=a))
show(lambda: np.argwhere(a, a))
show(lambda: np.count_nonzero(a, 0))
show(lambda: np.count_nonzero(a, 0, True))
show(lambda: np.count_nonzero(a, axis=None, keepdims=True))
show(lambda: np.count_nonzero(axis=0))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
x = np.array([1, 5, 9, -3])
show(lambda: np.clip())
show(lambda: np.clip(x))
show(lambda: np.clip(x, None))
show(lambda: np.clip(x, a_max=None))
show(lambda: np.clip(x, min=2))
show(lambda: np.clip(x, max=None, min=None))
show(lambda: np.clip(x, 0, 4, None, 5))
show(lambda: np.clip(x, 0, 4, max=None))
show(lambda: np.clip(x, 0, 4, foo=1))
show(lambda: np.clip(x, 0, 4, a=x))
show(lambda: np.clip(a=x, a_min=0, a_max=4, out=None))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = np.arange(1, 7).reshape(2, 3)
show(lambda: np.cumsum())
show(lambda: np.cumsum(a, 1, None, None, 5))
show(lambda: np.cumsum(a, 1, float))
show(lambda: np.cumsum(a, axis=0, dtype=None, out=None))
show(lambda: np.cumprod(a, None, complex))
show(lambda: np.cumprod(a, axes=0))
show(lambda: np.cumprod(a, 0, axis=1))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = [3, 1, 2, 3, 1]
show(lambda: np.unique())
show(lambda: np.unique(a, True, True, True))
show(lambda: np.unique(a, False, False, True, None, True))
show(lambda: np.unique(ar=a, return_counts=True, equal_nan=False))
show(lambda: np.unique(a, sorted=True, return_index=True))
show(lambda: np.unique(a, axes=0))
show(lambda: np.unique([[1, 2], [1, 2]], axis=0))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = np.array([1, 4, 9, 16])
show(lambda: np.diff())
show(lambda: np.diff(a, 1, -1, 0, 0, 0))
show(lambda: np.diff(a, 2))
show(lambda: np.diff(a, n=1, axis=0, prepend=0, append=[20]))
show(lambda: np.diff(a, 1, 0, 0))
show(lambda: np.diff(a, N=1))
show(lambda: np.append(a))
show(lambda: np.append(a, 1, None, 2))
show(lambda: np.append(arr=a, values=[25], axis=0))
show(lambda: np.append(a, [25], axes=0))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = np.arange(6).reshape(2, 3)
show(lambda: np.delete(a))
show(lambda: np.delete(a, 1, 0, 0))
show(lambda: np.delete(arr=a, obj=1, axis=1))
show(lambda: np.delete(a, slice(0, 2), 1))
show(lambda: np.delete(a, 0, axes=1))
show(lambda: np.insert(a, 1))
show(lambda: np.insert(a, 1, 9, 0, 0))
show(lambda: np.insert(a, 1, 9, 1))
show(lambda: np.insert(arr=a, obj=[0], values=[7, 8, 9], axis=0))
show(lambda: np.insert(a, 1, value=9))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = np.arange(4).reshape(2, 2)
show(lambda: np.tile(a))
show(lambda: np.tile(a, 2, 2))
show(lambda: np.tile(A=a, reps=(1, 2)))
show(lambda: np.tile(a, 2, A=a))
show(lambda: np.flip())
show(lambda: np.flip(a, 0, 1))
show(lambda: np.flip(a, axis=(0, 1)))
show(lambda: np.flip(m=a))
show(lambda: np.fliplr(a, a))
show(lambda: np.fliplr(m=a))
show(lambda: np.flipud())
show(lambda: np.flipud(x=a))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = np.arange(4).reshape(2, 2)
show(lambda: np.rot90())
show(lambda: np.rot90(a, 1, (0, 1), 3))
show(lambda: np.rot90(a, 3))
show(lambda: np.rot90(a, k=-1, axes=[1, 0]))
show(lambda: np.rot90(a, ax=(0, 1)))
show(lambda: np.meshgrid())
show(lambda: np.meshgrid([1, 2], [3], indexing='ij', sparse=True, copy=True))
show(lambda: np.meshgrid([1, 2], [3], [4, 5, 6], indexing='ij')[2].shape)
show(lambda: np.meshgrid(x=[1, 2]))
show(lambda: np.meshgrid([1, 2], indexing=1))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
x, y = [0.0, 1.0, 2.0, 3.0], [1.0, 3.0, 5.0, 7.0]
show(lambda: np.polyfit(x, y))
show(lambda: np.polyfit(x, y, 1, None, False, None, False, 0))
show(lambda: np.polyfit(x=x, y=y, deg=1))
show(lambda: np.polyfit(x, y, 1, w=[1, 1, 1, 1], rcond=None))
show(lambda: np.polyfit(x, y, 1, degree=1))
show(lambda: np.vander())
show(lambda: np.vander([1, 2, 3], 2, True, 0))
show(lambda: np.vander(x=[1, 2, 3], N=2, increasing=True))
show(lambda: np.vander([1, 2, 3], n=2))
show(lambda: np.polyval([1, 2]))
show(lambda: np.polyval([1, 2], 3, 4))
show(lambda: np.polyval(x=[3, 4], p=[1, 2]))
show(lambda: np.roots())
show(lambda: np.roots([1, -3, 2], 1))
show(lambda: np.roots(p=[1, -3, 2]))
show(lambda: np.roots(c=[1, -3, 2]))
