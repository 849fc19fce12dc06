import numpy as np
a = np.arange(6.).reshape(2, 3)
a.sum(0, None, None, False, None, True, 7)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.sum(foo=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.sum(0, axis=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.sum(keepdims=True)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.sum(axis=1, dtype=int)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.sum(initial=None)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.prod(axis=0, keepdims=True)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.prod(foo=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.mean(0, None, None, False, 1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.mean(foo=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.mean(0, axis=0)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.mean(axis=(0, 1), keepdims=True)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.mean(where=True)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.max(0, None, False, None, True, 3)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.max(foo=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.max(0, axis=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.max(axis=1, keepdims=True)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.min(foo=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.min(0, out=None)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.std(foo=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.std(0, None, None, 0, False, 1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.std(0, axis=0)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.std(correction=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.var(axis=0)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.var(0, None, None, 0, True)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.all(foo=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.all(0, axis=0)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.all(0, None, None, True)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.any(1, bool)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.any(axis=0, keepdims=True)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.argmax(0, None, True)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.argmax(foo=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.argmax(0, axis=0)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.argmax(keepdims=True)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.argmax(axis='x')
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.argmin(1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.argmin(axis=None, out=None)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.sort(0, None, None, None)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.sort(foo=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.sort(0, axis=0)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.sort(axis=None)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.sort(kind='x')
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
b = a[::-1].copy()
b.sort()
b
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
b = a[::-1].copy()
b.sort(axis=0, stable=True)
b
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
b = a[::-1].copy()
b.sort(order='x')
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.argsort(0, None, None, None)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.argsort(foo=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.argsort(axis=None)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.argsort(kind='q', stable=True)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.argsort(order='x')
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.diagonal(0, 0, 1, 2)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.diagonal(foo=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.diagonal(0, offset=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.diagonal(0, 0, foo=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.diagonal(0, axis1=0, axis2=1, offset=0)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.diagonal(1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.diagonal(axis1=1, axis2=0)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.diagonal('x')
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.trace(0, 0, 1, None, None, 5)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.trace(foo=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.trace(1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.trace(dtype=int)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.trace(offset=0, axis1=0)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.cumsum(0, None, None, 1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.cumsum(foo=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.cumsum(0, axis=0)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.cumsum(axis=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.cumsum()
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.cumsum(axis='x')
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.cumprod(foo=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.cumprod(1, int)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.clip(1, 2, None, 4)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.clip(foo=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.clip(1, foo=2)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.clip(None, 1, foo=2)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.clip(1, 2, foo=2)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.clip()
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.clip(1, min=2)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.clip(min=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.clip(max=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.clip(1, 4)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.clip([1, 2, 3])
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.clip(a_min=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.nonzero(1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.nonzero(x=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.nonzero(1, 2)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.nonzero()
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.round(1, None, 3)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.round(1, None, out=None)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.round(foo=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.round(1, decimals=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
(a / 3).round(2)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
(a / 3).round(decimals=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.round('x')
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.repeat()
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.repeat(2, 0, 1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.repeat(repeats=2)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.repeat(2, axis=0)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.repeat(2, foo=0)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.repeat(foo=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.repeat(2, repeats=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.repeat([1, 2], 0)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.dot()
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.dot(a.T, None, 1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.dot(b=a.T)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.dot(other=a.T)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.dot(a.T, out=None)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.dot(a.T, b=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.dot([1, 2, 3])
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.transpose(1, 0)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.transpose((1, 0))
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.transpose([1, 0])
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.transpose(axes=(1, 0))
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.transpose(None)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.transpose(1.0, 0)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.transpose((1, 0), 1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.transpose(0)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.transpose(())
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
np.array(5).transpose(())
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
np.array(5).transpose()
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.reshape(3, 2)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.reshape((3, 2))
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.reshape([3, 2])
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.reshape()
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.reshape(shape=(3, 2))
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.reshape(3, 2, order='F')
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.reshape((3, 2), 'F')
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.reshape(3, 2, copy=True)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.reshape(-1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.reshape(3, 2.0)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.reshape(6.0)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.reshape(None)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.reshape(np.int64(6))
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.reshape(order='C')
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.reshape(3, 2, foo=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.reshape(3, 2, order='Q')
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.flatten(1, 2)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.flatten(foo=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.flatten('F')
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.flatten(order='X')
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.flatten(None)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.T.flatten('A')
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.T.flatten('K')
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.ravel('F')
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.ravel(1, 2)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.T.ravel('A')
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.copy(1, 2)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.copy(order='F')
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.copy(order='X')
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.copy('K')
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.squeeze(1, 2)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.squeeze(0)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.squeeze(foo=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
np.ones((1, 3, 1)).squeeze()
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
np.ones((1, 3, 1)).squeeze(axis=0)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
np.ones((1, 3, 1)).squeeze(axis=(0, 2))
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
np.ones((1, 3)).squeeze(axis=1.0)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
np.ones((1, 3)).squeeze(axis=2)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
np.ones((1, 3)).squeeze(axis=(0, 0))
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.conj(1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.conj(x=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.conj(1, 2)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.conj(None)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
(a * 1j).conj()
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.astype()
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.astype(int, 'K', 'unsafe', True, True, 1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.astype(int, foo=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.astype(dtype=int)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.astype(int, casting='same_kind')
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.astype(complex, casting='safe')
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.astype(int, casting='x')
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.astype(float, casting='no')
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.astype('x')
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.astype(None)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.astype(int, 'F')
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.astype(int, order='X')
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.astype(int, copy=False)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.astype(float, copy=False) is a
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.astype(float) is a
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
np.matrix([[1, 2]]).astype(float, subok=False)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
np.matrix([[1, 2]]).astype(float)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.tolist(1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.tolist(x=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.tolist()
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.item()
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.item(1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.item(1, 2)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.item((1, 2))
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.item(x=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.item(7)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.item(1.0)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
a.item(1, 5)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
np.float64(2.5).item()
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
np.float64(2.5).item(0)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
np.float64(2.5).item(1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
np.float64(2.5).item(x=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
np.int64(3).item(0, 0)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
np.float64(2.5).is_integer()
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
np.float64(2.0).is_integer()
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
np.float64(np.inf).is_integer()
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
np.float64(2.0).is_integer(1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
np.float64(2.0).is_integer(x=1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
np.int64(2).is_integer()
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
np.int64(2).is_integer(1)
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
np.bool_(True).is_integer()
# ---
import numpy as np
a = np.arange(6.).reshape(2, 3)
np.complex128(1).is_integer()
# ---
import numpy as np
np.float64(1.5).real, np.float64(1.5).imag, np.complex128(1+2j).imag, np.int64(3).real
# ---
import numpy as np
m = np.matrix([[4, 1], [2, 3]])
m.tolist(), m.flatten(), m.ravel(), m.T, m.squeeze(), m.astype(float), m.copy()
# ---
import numpy as np
m = np.matrix([[4, 1], [2, 3]])
m.sum(), m.mean(), m.max(), m.argmax(), m.std(), m.all(), m.cumsum(0), m.clip(1, 2)
# ---
import numpy as np
m = np.matrix([[4, 1], [2, 3]])
c = m.copy()
c.sort()
c, m.argsort(), m.nonzero(), m.item(0), m.transpose(), m.conj(), m.dot(m.T), m.reshape(1, 4)
# ---
import numpy as np
a = np.array([[3, 1, 2], [9, 7, 8]])
b = a[1]
b.sort()
a, a.T.copy().flatten('F'), np.arange(24).reshape(2, 3, 4).flatten('F'), np.arange(24).reshape(2, 3, 4).ravel(order='F')
# ---
import numpy as np
a = np.array([[0, 1, 2], [3, 0, 5]])
a.all(), a.any(axis=1), a.sum(dtype=float), a.mean(axis=0), a.max(axis=(0, 1)), a.argmax(axis=1), a.cumprod(axis=1), a.trace(offset=1)
# ---
import numpy as np
a = np.array([True, False, True])
a.sum(), a.astype(int, casting='safe'), a.astype(complex).astype(bool), a.tolist(), a.item(0)
# ---
import numpy as np
np.array([1 + 2j]).astype(float, casting='same_kind')
# ---
import numpy as np
np.array([1, 2]).astype(float, casting='equiv')
# ---
import numpy as np
a = np.arange(6).reshape(2, 3)
a.reshape(3, -1), a.reshape((-1,)), a.reshape([1, 6], order='C'), a.transpose().shape, np.ones((2, 3, 4)).transpose(2, 0, 1).shape
# ---
import numpy as np
np.arange(6).reshape(2, 3).reshape(4, 2)
# ---
import numpy as np
np.eye(2).diagonal(offset=0, axis1=0, axis2=1, foo=1)
# ---
import numpy as np
np.eye(2).round(decimals=1, out=None, foo=1)
