import numpy as np
np.where([True, False, True], [1, 2, 3], [10.5, 20, 30])
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = np.arange(6).reshape(2, 3)
show(lambda: np.where(a > 2, a, -1))
show(lambda: np.where(a > 2, a, 0.5))
show(lambda: np.where(a % 2 == 0, 1j, a))
show(lambda: np.where([[True], [False]], [1, 2, 3], [4, 5, 6]))
show(lambda: np.where([True, False], True, False))
show(lambda: np.where(True, 1, 2))
show(lambda: np.where(0, 1.5, 2))
show(lambda: np.where([1, 0, 2], [1, 2], 3))
show(lambda: np.where([1, 0], 1))
show(lambda: np.where())
show(lambda: np.where(np.zeros((0, 3)) > 0, 1, 2))
show(lambda: np.where(np.arange(24).reshape(2, 3, 4) % 5 == 0, 1.0, np.arange(4)))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = np.array([[0, 2, 0], [3, 0, 4]])
show(lambda: np.where(a))
show(lambda: np.nonzero(a))
show(lambda: np.nonzero([0.0, 1.5, -2.0, np.nan]))
show(lambda: np.nonzero([True, False, True]))
show(lambda: np.nonzero([0j, 1j]))
show(lambda: np.nonzero(np.zeros((2, 0))))
show(lambda: np.nonzero(np.arange(8).reshape(2, 2, 2) % 3))
show(lambda: np.nonzero(5))
show(lambda: np.where(0))
show(lambda: a[np.nonzero(a)])
show(lambda: np.argwhere(a))
show(lambda: np.argwhere([0, 1, 1]))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = np.array([[0, 2, 0], [3, 0, 4]])
show(lambda: np.count_nonzero(a))
show(lambda: np.count_nonzero(a, axis=0))
show(lambda: np.count_nonzero(a, axis=1))
show(lambda: np.count_nonzero(a, axis=-1, keepdims=True))
show(lambda: np.count_nonzero(a, axis=(0, 1)))
show(lambda: np.count_nonzero(a, keepdims=True))
show(lambda: np.count_nonzero(a, axis=2))
show(lambda: np.count_nonzero([0.0, np.nan, -0.0, 1e-300]))
show(lambda: np.count_nonzero([True, False, True]))
show(lambda: np.count_nonzero([1j, 0, 0]))
show(lambda: np.count_nonzero([]))
show(lambda: np.count_nonzero(7))
show(lambda: np.count_nonzero(np.zeros((3, 0)), axis=0))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
x = np.array([1, 5, 9, -3])
show(lambda: np.clip(x, 2, 6))
show(lambda: np.clip(x, 2.5, 6))
show(lambda: np.clip(x, None, 6))
show(lambda: np.clip(x, 2, None))
show(lambda: np.clip(x, None, None))
show(lambda: np.clip(x, 6, 2))
show(lambda: np.clip(x, [0, 1, 2, 3], 4))
show(lambda: np.clip(x, [0, 1], 4))
show(lambda: np.clip(x, a_min=0, a_max=4))
show(lambda: np.clip(x, min=0, max=4))
show(lambda: np.clip(x, 0, min=1))
show(lambda: np.clip(x))
show(lambda: np.clip([1.5, np.nan, -np.inf, np.inf], -1, 1))
show(lambda: np.clip([True, False], 0, 1))
show(lambda: np.clip([1 + 1j, 5, 3 - 2j], 2, 4))
show(lambda: np.clip(np.arange(6).reshape(2, 3), [[1], [4]], 4))
show(lambda: np.clip(7, 0, 5))
show(lambda: np.clip(np.zeros((0, 2)), 0, 1))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = np.array([[1, 2, 3], [4, 5, 6]])
show(lambda: np.cumsum(a))
show(lambda: np.cumsum(a, axis=0))
show(lambda: np.cumsum(a, axis=1))
show(lambda: np.cumsum(a, axis=-1))
show(lambda: np.cumsum(a, axis=2))
show(lambda: np.cumsum(a, 0, float))
show(lambda: np.cumsum(a, dtype=complex))
show(lambda: np.cumsum([True, True, False, True]))
show(lambda: np.cumsum([0.1, 0.2, 0.3, 0.4, 1e16, -1e16]))
show(lambda: np.cumsum([1j, 2, 3 - 1j]))
show(lambda: np.cumsum(5))
show(lambda: np.cumsum(5, axis=0))
show(lambda: np.cumsum(5, axis=1))
show(lambda: np.cumsum([]))
show(lambda: np.cumsum(np.zeros((2, 0), dtype=int), axis=1))
show(lambda: np.cumsum(np.arange(24).reshape(2, 3, 4), axis=1))
show(lambda: np.cumsum(np.matrix([[1, 2], [3, 4]])))
show(lambda: np.cumsum(np.matrix([[1, 2], [3, 4]]), axis=0))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = np.array([[1, 2, 3], [4, 5, 6]])
show(lambda: np.cumprod(a))
show(lambda: np.cumprod(a, axis=0))
show(lambda: np.cumprod(a, axis=1))
show(lambda: np.cumprod([True, True, False, True]))
show(lambda: np.cumprod([1.5, 2.0, -0.5]))
show(lambda: np.cumprod([1j, 1j, 1j]))
show(lambda: np.cumprod([2, 3], dtype=float))
show(lambda: np.cumprod(np.arange(1, 25).reshape(2, 3, 4), axis=2))
show(lambda: np.cumprod([], axis=0))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: np.unique([3, 1, 2, 3, 1]))
show(lambda: np.unique(np.array([[3, 1], [1, 2]]), return_index=True, return_inverse=True, return_counts=True))
show(lambda: np.unique([2.0, np.nan, 1.0, np.nan, 2.0], return_counts=True))
show(lambda: np.unique([True, False, True], return_index=True))
show(lambda: np.unique([1j, 1, 1j, -1j], return_inverse=True))
show(lambda: np.unique([]))
show(lambda: np.unique(5))
show(lambda: np.unique(np.zeros((0, 2), dtype=int), return_inverse=True))
show(lambda: np.unique([0.0, -0.0, 1.0]))
show(lambda: np.unique([5, 3, 5, 3, 3], return_counts=True))
show(lambda: np.unique(np.arange(8).reshape(2, 2, 2) % 3, return_inverse=True))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
x = np.array([1, 4, 9, 16])
show(lambda: np.diff(x))
show(lambda: np.diff(x, n=2))
show(lambda: np.diff(x, 3))
show(lambda: np.diff(x, n=4))
show(lambda: np.diff(x, n=9))
show(lambda: np.diff(x, n=0))
show(lambda: np.diff(x, n=-1))
show(lambda: np.diff(5))
show(lambda: np.diff([1.5, 0.25, 3]))
show(lambda: np.diff([True, False, False, True]))
show(lambda: np.diff([1j, 2, 3 + 3j]))
a = np.array([[1, 3, 6], [10, 15, 21]])
show(lambda: np.diff(a))
show(lambda: np.diff(a, axis=0))
show(lambda: np.diff(a, axis=2))
show(lambda: np.diff(x, prepend=0))
show(lambda: np.diff(x, append=[20, 30]))
show(lambda: np.diff(x, prepend=0.5, append=100))
show(lambda: np.diff(a, axis=0, prepend=0))
show(lambda: np.diff(a, axis=1, append=[[0], [0]]))
show(lambda: np.diff(a, axis=1, append=[0, 0]))
show(lambda: np.diff([]))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: np.append([1, 2, 3], [[4, 5], [6, 7]]))
show(lambda: np.append([1, 2], 3.5))
show(lambda: np.append([[1, 2]], [[3, 4]], axis=0))
show(lambda: np.append([[1, 2]], [[3], [4]], axis=1))
show(lambda: np.append([[1, 2]], [3, 4], axis=0))
show(lambda: np.append([[1, 2]], [[3, 4, 5]], axis=0))
show(lambda: np.append([[1, 2]], [[3, 4]], axis=2))
show(lambda: np.append([], [1, 2]))
show(lambda: np.append([True], [False]))
show(lambda: np.append(np.zeros((0, 2)), [[1j, 2]], axis=0))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
x = np.array([10, 20, 30, 40])
show(lambda: np.delete(x, 1))
show(lambda: np.delete(x, -1))
show(lambda: np.delete(x, [0, 2]))
show(lambda: np.delete(x, [2, 0, 2]))
show(lambda: np.delete(x, [True, False, True, False]))
show(lambda: np.delete(x, [True, False]))
show(lambda: np.delete(x, 4))
show(lambda: np.delete(x, -5))
show(lambda: np.delete(x, [1, 7]))
show(lambda: np.delete(x, []))
show(lambda: np.delete(x, [1.0]))
show(lambda: np.delete(x, slice(1, 3)))
show(lambda: np.delete(x, np.s_[::2]) if hasattr(np, "s_") else np.delete(x, slice(None, None, 2)))
a = np.arange(12).reshape(3, 4) * 1.5
show(lambda: np.delete(a, 1, axis=0))
show(lambda: np.delete(a, [0, 3], axis=1))
show(lambda: np.delete(a, 1, axis=-1))
show(lambda: np.delete(a, 1, axis=2))
show(lambda: np.delete(a, 5))
show(lambda: np.delete(np.array([[True, False], [False, True]]), 0, 0))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
x = np.array([1, 2, 3])
show(lambda: np.insert(x, 1, 9))
show(lambda: np.insert(x, 1, 9.7))
show(lambda: np.insert(x, 1, [7, 8]))
show(lambda: np.insert(x, [1], [7, 8]))
show(lambda: np.insert(x, [1, 2], [7, 8]))
show(lambda: np.insert(x, [1, 1], [7, 8]))
show(lambda: np.insert(x, [2, 0], 5))
show(lambda: np.insert(x, 3, 4))
show(lambda: np.insert(x, -1, 4))
show(lambda: np.insert(x, 4, 4))
show(lambda: np.insert(x, -4, 4))
show(lambda: np.insert(x, [[1]], 4))
show(lambda: np.insert(x, [1.0], 4))
show(lambda: np.insert(x, slice(0, 2), [5, 6]))
show(lambda: np.insert(x, [1, 2], [7, 8, 9]))
a = np.array([[1, 2], [3, 4]])
show(lambda: np.insert(a, 1, 5))
show(lambda: np.insert(a, 1, 5, axis=0))
show(lambda: np.insert(a, 1, [7, 8], axis=0))
show(lambda: np.insert(a, 1, [7, 8], axis=1))
show(lambda: np.insert(a, [1], [[7], [8]], axis=1))
show(lambda: np.insert(a, [0, 2], 0, axis=1))
show(lambda: np.insert(a, 1, [[7, 8], [9, 10]], axis=0))
show(lambda: np.insert(a, 0, 1j, axis=0))
show(lambda: np.insert(a, 1, 5, axis=2))
show(lambda: np.insert([1.5, 2.5], 1, True))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = np.array([[1, 2], [3, 4]])
show(lambda: np.tile([1, 2], 3))
show(lambda: np.tile([1, 2], (2, 2)))
show(lambda: np.tile(a, 2))
show(lambda: np.tile(a, (2, 1)))
show(lambda: np.tile(a, (2, 1, 2)))
show(lambda: np.tile(a, 0))
show(lambda: np.tile(5, 3))
show(lambda: np.tile(5, (2, 2)))
show(lambda: np.tile(np.arange(8).reshape(2, 2, 2), 2))
show(lambda: np.tile([True, False], 2))
show(lambda: np.tile([1.5j], [2, 2]))
show(lambda: np.tile([1, 2], -1))
show(lambda: np.tile(a, ()))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = np.arange(6).reshape(2, 3)
t = np.arange(8).reshape(2, 2, 2)
show(lambda: np.flip([1, 2, 3]))
show(lambda: np.flip(a))
show(lambda: np.flip(a, 0))
show(lambda: np.flip(a, axis=1))
show(lambda: np.flip(a, axis=-1))
show(lambda: np.flip(t, (0, 2)))
show(lambda: np.flip(t, axis=()))
show(lambda: np.flip(a, 2))
show(lambda: np.flip(5))
show(lambda: np.flip([True, False, 1.5j]))
show(lambda: np.fliplr(a))
show(lambda: np.flipud(a))
show(lambda: np.fliplr([1, 2]))
show(lambda: np.flipud(5))
show(lambda: np.flipud(t))
show(lambda: np.fliplr(np.zeros((0, 2))))
b = np.flip(a)
b[0, 0] = 100
show(lambda: a)
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = np.arange(6).reshape(2, 3)
t = np.arange(8).reshape(2, 2, 2)
show(lambda: np.rot90(a))
show(lambda: np.rot90(a, 2))
show(lambda: np.rot90(a, 3))
show(lambda: np.rot90(a, -1))
show(lambda: np.rot90(a, 4))
show(lambda: np.rot90(a, k=1, axes=(1, 0)))
show(lambda: np.rot90(t, 1, (1, 2)))
show(lambda: np.rot90(t, axes=(0, -1)))
show(lambda: np.rot90(a, axes=(0, 0)))
show(lambda: np.rot90(a, axes=(0, 2)))
show(lambda: np.rot90(a, axes=(0, 1, 2)))
show(lambda: np.rot90([1, 2, 3]))
show(lambda: np.rot90(np.array([[1.5, 2j], [True, 0]])))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: np.meshgrid([1, 2, 3], [4, 5]))
show(lambda: np.meshgrid([1, 2, 3], [4, 5], indexing='ij'))
show(lambda: np.meshgrid([1, 2, 3], [4.0, 5], sparse=True))
show(lambda: np.meshgrid([1, 2, 3], [4.0, 5], sparse=True, indexing='ij'))
show(lambda: np.meshgrid())
show(lambda: np.meshgrid([1, 2]))
show(lambda: np.meshgrid([[1, 2], [3, 4]], [5]))
show(lambda: np.meshgrid([1, 2], [3], [4, 5, 6]))
show(lambda: np.meshgrid([1, 2], [3], [4, 5, 6], indexing='ij'))
show(lambda: np.meshgrid([True], [1j, 2], copy=False))
show(lambda: np.meshgrid([1, 2], [3], indexing='foo'))
show(lambda: np.meshgrid([], [1, 2]))
X, Y = np.meshgrid(np.linspace(-1, 1, 3), np.linspace(0, 1, 2))
print(X ** 2 + Y ** 2)
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
x = np.array([0.0, 1.0, 2.0, 3.0, 4.0])
show(lambda: np.polyfit(x, [1.1, 2.9, 5.2, 7.1, 8.8], 1))
show(lambda: np.polyfit(x, [1.0, 0.5, 2.0, 4.5, 9.1], 2))
show(lambda: np.polyfit([0, 1, 2, 3], [1, 3, 5, 7.5], 1))
show(lambda: np.polyfit(x, np.exp(x), 3))
show(lambda: np.polyfit(x, np.sin(x), 4)[:4])
show(lambda: np.polyfit([1, 2, 3], [2, 4, 7], 0))
show(lambda: np.polyfit(x, np.array([[1.0, 2], [2, 1], [3, 5], [4, 2], [6, 1]]), 1))
show(lambda: np.polyfit(x, x, -1))
show(lambda: np.polyfit([[1, 2]], [1, 2], 1))
show(lambda: np.polyfit([], [], 1))
show(lambda: np.polyfit(x, np.zeros((5, 1, 1)), 1))
show(lambda: np.polyfit(x, [1, 2], 1))
show(lambda: np.polyfit(x, [1.0, 2.5, 2.0, 4.5, 5.5], deg=1, rcond=1e-3))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: np.roots([1, -3, 2]))
show(lambda: np.roots([1, 0, 1]))
show(lambda: np.roots([1.0, -6, 11, -6]))
show(lambda: np.roots([2, -4]))
show(lambda: np.roots([0, 1, -3, 2, 0, 0]))
show(lambda: np.roots([0, 0]))
show(lambda: np.roots([3]))
show(lambda: np.roots([0, 0, 5, 0]))
show(lambda: np.roots([[1, 2]]))
show(lambda: np.roots([True, True]))
show(lambda: np.roots([1j, 2]))
show(lambda: np.roots([1, 0, -1]))
show(lambda: np.roots([1.5, -2.25, 0.5, 3]))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
M = np.matrix([[1, 0], [3, 4]])
show(lambda: np.where(M > 1, M, 0))
show(lambda: np.nonzero(M))
show(lambda: np.clip(M, 1, 3))
show(lambda: np.cumprod(M, axis=1))
show(lambda: np.unique(M))
show(lambda: np.unique(M, return_counts=True))
show(lambda: np.diff(M))
show(lambda: np.diff(M, axis=0))
show(lambda: np.append(M, [[5, 6]], axis=0))
show(lambda: np.append(M, [[5, 6]]))
show(lambda: np.delete(M, 0, axis=0))
show(lambda: np.delete(M, 0))
show(lambda: np.insert(M, 1, 9, axis=0))
show(lambda: np.tile(M, 2))
show(lambda: np.flip(M))
show(lambda: np.fliplr(M))
show(lambda: np.rot90(M))
show(lambda: np.where(M))
show(lambda: np.argwhere(M))
show(lambda: np.cumsum([1, 2], dtype=bool))
show(lambda: np.cumprod([1, 0, 2], dtype=bool))
show(lambda: np.unique([3, 1, 3], sorted=False))
show(lambda: np.unique([3, 1, 3], equal_nan=False))
show(lambda: np.count_nonzero(np.arange(6).reshape(2, 3), axis=(0, 0)))
show(lambda: np.clip(np.arange(4), 1.5, 2))
show(lambda: np.clip([1, 2, 3], 1.5j, 2))
show(lambda: np.tile([[1, 2]], (2, 0)))
show(lambda: np.diff(np.zeros((2, 0)), axis=1))
show(lambda: np.diff([1, 2], prepend=[[0]]))
show(lambda: np.diff(np.arange(6).reshape(2, 3), prepend=[[0], [0]]))
show(lambda: np.flip(np.arange(6).reshape(2, 3), (0, 0)))
show(lambda: np.rot90(5))
show(lambda: np.insert(5, 0, 1))
show(lambda: np.delete(5, 0))
show(lambda: np.append(5, 6))
show(lambda: np.argwhere(5))
show(lambda: np.argwhere(0))
show(lambda: np.unique([np.nan, 1.0, np.nan], equal_nan=False, return_counts=True))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = np.arange(6).reshape(2, 3)
show(lambda: np.tile([1], 1.5))
show(lambda: np.diff(a, n=1.5))
show(lambda: np.diff(a, axis=1.5))
show(lambda: np.rot90(a, axes=1))
show(lambda: np.cumsum(a, axis=1.5))
show(lambda: np.cumsum(a, axis=(0,)))
show(lambda: np.flip(a, axis=1.5))
show(lambda: np.count_nonzero(a, axis=1.5))
show(lambda: np.cumsum(a, foo=1))
show(lambda: np.cumsum())
show(lambda: np.nonzero())
show(lambda: np.delete(a))
show(lambda: np.insert(a, 1))
show(lambda: np.clip(a, 1, 2, 3, 4))
show(lambda: np.meshgrid([1], foo=2))
show(lambda: np.meshgrid([1], indexing=3))
show(lambda: np.polyfit([1, 2], [1, 2]))
show(lambda: np.roots())
show(lambda: np.unique([1, 2], return_counts=True, return_inverse=True))
show(lambda: np.append([1]))
show(lambda: np.delete(a, 1, axis=None))
show(lambda: np.delete(a, [[0, 1]], axis=1))
show(lambda: np.delete(a, np.array([True, False]), axis=0))
show(lambda: np.delete(a, [0, 0, -2], axis=0))
show(lambda: np.where(a > 2, a))
show(lambda: np.cumsum(a, None, int))
show(lambda: np.cumprod(np.array([2**40, 2**40])))
show(lambda: np.insert(a, [], [], axis=0))
show(lambda: np.delete(a, [], axis=1))
show(lambda: np.tile(a, [2, -1]))
show(lambda: np.clip(np.array([1, 2, 3], dtype=float), np.nan, 2))
show(lambda: np.diff(np.array([1, 2, 4]), append=np.array([[1]])))
show(lambda: np.polyfit([1, 2, 4], [1, 2, 0], 1.9))
show(lambda: np.polyfit([1, 2], [1, 2], float('nan')))
show(lambda: np.polyfit([1, 2], [1, 2], -0.5))
show(lambda: np.where(a > 2, x=a, y=0))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: np.delete([1, 2, 3], True))
show(lambda: np.delete([1, 2, 3], np.int64(1)))
show(lambda: np.insert([1, 2, 3], np.int64(1), 7))
show(lambda: np.delete([[1, 2, 3]], [[0]], axis=1))
show(lambda: np.delete([[1, 2, 3]], np.array([], dtype=bool), axis=1))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: np.vander([1, 2, 3]))
show(lambda: np.vander([1, 2, 3], 2, increasing=True))
show(lambda: np.vander([1.5, 2], N=0))
show(lambda: np.vander([1.5, -0.25, 3], 5))
show(lambda: np.vander([[1]]))
show(lambda: np.vander([1j, 2], 3))
show(lambda: np.vander([True, False]))
show(lambda: np.vander([1, 2], -1))
show(lambda: np.vander([]))
show(lambda: np.polyval([1, 2, 3], 2))
show(lambda: np.polyval([1.0, 2, 3], [1, 2]))
show(lambda: np.polyval([0.1, -0.7, 0.3, 2.2], np.linspace(-1, 1, 5)))
show(lambda: np.polyval([], [1, 2]))
show(lambda: np.polyval(3, [1, 2]))
show(lambda: np.polyval([[1, 2], [3, 4]], [1, 2]))
show(lambda: np.polyval([True, True], [1, 2]))
show(lambda: np.polyval([1j, 2], 2.5))
x = np.array([0.0, 1.0, 2.0, 3.0, 4.0])
p = np.polyfit(x, [1.1, 2.9, 5.2, 7.1, 8.8], 2)
show(lambda: np.polyval(p, x))
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = np.array([[1, 0, 0], [1, 0, 0], [2, 3, 4], [0, 5, 1]])
show(lambda: np.unique(a, axis=0))
show(lambda: np.unique(a, axis=0, return_index=True, return_inverse=True, return_counts=True))
show(lambda: np.unique(a, axis=1, return_inverse=True))
show(lambda: np.unique(a, axis=-1))
show(lambda: np.unique(a, axis=2))
show(lambda: np.unique(a, axis=1.5))
show(lambda: np.unique(np.zeros((3, 0)), axis=0, return_inverse=True))
show(lambda: np.unique(np.zeros((0, 3)), axis=0, return_counts=True))
show(lambda: np.unique([3, 1, 3], axis=0, return_inverse=True))
show(lambda: np.unique(np.array([[1.5, -0.0], [1.5, 0.0], [-2, 1]]), axis=0))
show(lambda: np.unique(np.array([[True, False], [True, False], [False, True]]), axis=0, return_counts=True))
show(lambda: np.unique(np.array([[1j, 2], [1j, 2], [0, 1]]), axis=0))
t = np.array([[[1, 2], [1, 2]], [[0, 1], [1, 2]], [[1, 2], [1, 2]]])
show(lambda: np.unique(t, axis=0, return_index=True))
show(lambda: np.unique(t, axis=1, return_counts=True))
show(lambda: np.unique(t, axis=2))
show(lambda: np.unique(5, axis=0))
# ---
import numpy as np
a = np.zeros((5, 3), int)
np.fill_diagonal(a, [1, 2], wrap=True)
a
# ---
import numpy as np
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = np.zeros((3, 3))
show(lambda: np.fill_diagonal(a, 5))
print(a)
b = np.zeros((2, 2, 2))
show(lambda: np.fill_diagonal(b, [7, 8]))
print(b)
i = np.zeros((3, 3), int)
show(lambda: np.fill_diagonal(i, 2.7))
show(lambda: np.fill_diagonal(i, np.nan))
print(i)
show(lambda: np.fill_diagonal(np.zeros(3), 1))
show(lambda: np.fill_diagonal(np.zeros((2, 3, 2)), 1))
show(lambda: np.fill_diagonal([[1, 2], [3, 4]], 0))
show(lambda: np.fill_diagonal(a))
show(lambda: np.fill_diagonal(a, 1, True, 2))
t = np.arange(12).reshape(3, 4).T
np.fill_diagonal(t, -1)
print(t)
