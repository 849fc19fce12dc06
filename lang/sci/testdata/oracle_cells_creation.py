import numpy as np
np.add(1)
# ---
import numpy as np
np.add(1,2,None,4)
# ---
import numpy as np
np.add(1,2,foo=1)
# ---
import numpy as np
np.add(x1=1,x2=2)
# ---
import numpy as np
np.add()
# ---
import numpy as np
np.sqrt()
# ---
import numpy as np
np.sqrt(x=4)
# ---
import numpy as np
np.sqrt(4, None)
# ---
import numpy as np
np.sqrt(4, out=None)
# ---
import numpy as np
np.sqrt(4, dtype=float)
# ---
import numpy as np
np.sqrt(4, 5, 6)
# ---
import numpy as np
np.array([1], foo=1)
# ---
import numpy as np
np.array(object=[1.5])
# ---
import numpy as np
np.array([1], copy=False)
# ---
import numpy as np
np.array([1, 2], ndmin=2)
# ---
import numpy as np
np.asarray(a=[1])
# ---
import numpy as np
np.zeros(shape=3)
# ---
import numpy as np
np.zeros(3, foo=1)
# ---
import numpy as np
np.ones()
# ---
import numpy as np
np.ones(3, float, 'C', 1)
# ---
import numpy as np
np.ones(shape=2, dtype=int)
# ---
import numpy as np
np.full(3)
# ---
import numpy as np
np.full((2,), 7, None, 'C', 1)
# ---
import numpy as np
np.arange()
# ---
import numpy as np
np.arange(1,2,3,4)
# ---
import numpy as np
np.arange(stop=5)
# ---
import numpy as np
np.arange(start_or_stop=5)
# ---
import numpy as np
np.arange(5, dtype=float)
# ---
import numpy as np
np.arange(1, 5, step=2)
# ---
import numpy as np
np.arange(1, stop=5)
# ---
import numpy as np
np.arange(5, foo=1)
# ---
import numpy as np
np.eye()
# ---
import numpy as np
np.eye(3, 3, 0, float, 'C', 1)
# ---
import numpy as np
np.eye(N=2, k=1)
# ---
import numpy as np
np.identity()
# ---
import numpy as np
np.identity(2, int, 1)
# ---
import numpy as np
np.identity(n=2)
# ---
import numpy as np
np.linspace(0)
# ---
import numpy as np
np.linspace(0, 1, 5, True, False, None, 0, 1)
# ---
import numpy as np
np.linspace(start=0, stop=1, num=3)
# ---
import numpy as np
np.linspace(0, 1, 3, retstep=True)
# ---
import numpy as np
np.diag()
# ---
import numpy as np
np.diag([1,2], 1, 2)
# ---
import numpy as np
np.diag(v=[1, 2], k=-1)
# ---
import numpy as np
np.dot()
# ---
import numpy as np
np.dot(1, 2, None, 4)
# ---
import numpy as np
np.dot(a=2, b=3)
# ---
import numpy as np
np.matmul([1], [1], None, 3)
# ---
import numpy as np
np.matmul(x1=[1], x2=[1])
# ---
import numpy as np
np.matmul([1])
# ---
import numpy as np
np.real()
# ---
import numpy as np
np.real(val=1+2j)
# ---
import numpy as np
np.imag(1, 2)
# ---
import numpy as np
np.allclose([1])
# ---
import numpy as np
np.allclose([1], [1], 1e-5, 1e-8, False, 1)
# ---
import numpy as np
np.allclose(a=[1], b=[1.0000001])
# ---
import numpy as np
np.isclose([1], [1], rtol=0, atol=0)
# ---
import numpy as np
np.array_equal([1])
# ---
import numpy as np
np.array_equal(a1=[1], a2=[1])
# ---
import numpy as np
np.array_equal([1, np.nan], [1, np.nan], equal_nan=True)
# ---
import numpy as np
np.sum()
# ---
import numpy as np
np.sum([1, 2], None, None, None, False, 0, True, 1)
# ---
import numpy as np
np.sum([1, 2], axis=0, foo=1)
# ---
import numpy as np
np.sum(a=[1, 2])
# ---
import numpy as np
np.sum([[1, 2]], keepdims=True)
# ---
import numpy as np
np.mean([[1, 2]], 0, None, None, True)
# ---
import numpy as np
np.argmax([1, 3, 2], None, None, True)
# ---
import numpy as np
np.argmax([1, 3, 2], keepdims=True)
# ---
import numpy as np
np.transpose()
# ---
import numpy as np
np.transpose([[1, 2]], (1, 0))
# ---
import numpy as np
np.reshape([1, 2], shape=(2, 1))
# ---
import numpy as np
np.reshape(a=[1, 2], shape=(2, 1))
# ---
import numpy as np
np.reshape([1, 2], (2, 1), 'C', True)
# ---
import numpy as np
np.concatenate()
# ---
import numpy as np
np.concatenate(arrays=[[1], [2]])
# ---
import numpy as np
np.concatenate([[1], [2]], 0, None, None)
# ---
import numpy as np
np.stack()
# ---
import numpy as np
np.stack([[1], [2]], 1)
# ---
import numpy as np
np.vstack()
# ---
import numpy as np
np.vstack([[1], [2]], 0)
# ---
import numpy as np
np.vstack(tup=[[1], [2]])
# ---
import numpy as np
np.hstack([[1], [2]], dtype=float)
# ---
import numpy as np
np.shape()
# ---
import numpy as np
np.shape(a=[[1, 2]])
# ---
import numpy as np
np.round([1.25], 1, None, 1)
# ---
import numpy as np
np.round(a=[1.25], decimals=1)
# ---
import numpy as np
np.around()
# ---
import numpy as np
np.median()
# ---
import numpy as np
np.median([1, 2, 3], None, None, False, False, 1)
# ---
import numpy as np
np.diagonal()
# ---
import numpy as np
np.diagonal(np.eye(3), 1, 0, 1, 1)
# ---
import numpy as np
np.repeat()
# ---
import numpy as np
np.repeat([1, 2], repeats=2)
# ---
import numpy as np
np.sort()
# ---
import numpy as np
np.sort([3, 1], 0, None, None, 1)
# ---
import numpy as np
np.sort(a=[3, 1], axis=None)
# ---
import numpy as np
np.argsort([3, 1], axis=0, stable=True)
# ---
import numpy as np
np.column_stack()
# ---
import numpy as np
np.column_stack(tup=[[1], [2]])
# ---
import numpy as np
np.column_stack([[1], [2]], 1)
# ---
import numpy as np
np.geterr(1)
# ---
import numpy as np
np.matrix(data=[[1, 2]])
# ---
import numpy as np
np.asmatrix()
# ---
import numpy as np
np.asmatrix([[1]], float, 1)
# ---
import numpy as np
np.array([1, 2], ndmin=3)
# ---
import numpy as np
np.array(5, ndmin=2)
# ---
import numpy as np
a = np.arange(3); b = np.array(a, copy=False); b[0] = 9; a
# ---
import numpy as np
a = np.arange(3); b = np.array(a); b[0] = 9; a
# ---
import numpy as np
a = np.arange(3); b = np.asarray(a); b[0] = 9; a
# ---
import numpy as np
a = np.arange(3); b = np.asarray(a, copy=True); b[0] = 9; a
# ---
import numpy as np
np.asarray([1, 2], copy=False)
# ---
import numpy as np
np.asarray([1, 2], float)
# ---
import numpy as np
np.array([1, 2], order='F')
# ---
import numpy as np
np.array(np.matrix([[1, 2]]), subok=True)
# ---
import numpy as np
np.array(np.matrix([[1, 2]]))
# ---
import numpy as np
np.zeros(3, int)
# ---
import numpy as np
np.zeros((2, 2), dtype=bool)
# ---
import numpy as np
np.zeros(2, order='F')
# ---
import numpy as np
np.zeros(2, device='cpu')
# ---
import numpy as np
np.zeros(2, device='gpu')
# ---
import numpy as np
np.ones((2,), None, 'C')
# ---
import numpy as np
np.full(2, 1.5, int)
# ---
import numpy as np
np.full(shape=(1, 2), fill_value=True)
# ---
import numpy as np
np.eye(2, 3, 1, int)
# ---
import numpy as np
np.eye(2, M=3, k=-1)
# ---
import numpy as np
np.identity(3, bool)
# ---
import numpy as np
np.arange(5, dtype=float)
# ---
import numpy as np
np.arange(1, 5, step=2)
# ---
import numpy as np
np.arange(1, stop=5)
# ---
import numpy as np
np.arange(stop=5)
# ---
import numpy as np
np.arange(step=2, stop=5)
# ---
import numpy as np
np.arange(0, 5, None)
# ---
import numpy as np
np.arange(1, 10, 3, float)
# ---
import numpy as np
np.arange(0.5, 3, dtype=int)
# ---
import numpy as np
np.linspace(0, 1, 5, retstep=True)
# ---
import numpy as np
np.linspace(0, 1, 1, retstep=True)
# ---
import numpy as np
np.linspace(-1.5, 2, 3, dtype=int)
# ---
import numpy as np
np.linspace(0, 1, 3, axis=1)
# ---
import numpy as np
np.linspace(0, 1, num=3, endpoint=False)
# ---
import numpy as np
np.diag([[1, 2], [3, 4]], k=1)
# ---
import numpy as np
np.dot([1, 2], [3, 4], None)
# ---
import numpy as np
np.add(1, 2, None)
# ---
import numpy as np
np.add(1, 2, out=None)
# ---
import numpy as np
np.add(1, 2, None, out=None)
# ---
import numpy as np
np.add(1, 2, x1=3)
# ---
import numpy as np
np.add([1, 2], 3, where=True)
# ---
import numpy as np
np.sqrt(4, dtype=float)
# ---
import numpy as np
np.add(1, 2, dtype=float)
# ---
import numpy as np
np.sqrt([4, 9], casting='unsafe')
# ---
import numpy as np
np.multiply([1, 2], [[1], [2]], order='C')
# ---
import numpy as np
np.matmul([[1, 2]], [[3], [4]], out=None)
# ---
import numpy as np
np.real(1 + 2j)
# ---
import numpy as np
np.imag(1 + 2j)
# ---
import numpy as np
np.real([1 + 2j, 3])
# ---
import numpy as np
np.imag(np.complex128(1 + 2j))
# ---
import numpy as np
np.real(3)
# ---
import numpy as np
np.isclose(1, 1.1, 0.2)
# ---
import numpy as np
np.allclose([1, np.nan], [1, np.nan], equal_nan=True)
# ---
import numpy as np
np.array_equal([1, np.nan], [1, np.nan], True)
# ---
import numpy as np
np.array_equal([1, np.nan], [1, np.nan])
# ---
import numpy as np
np.array_equal([1, 2], [1, 2, 3], equal_nan=True)
# ---
import numpy as np
np.sum([[1, 2], [3, 4]], 0, None, None, True)
# ---
import numpy as np
np.sum([1, 2], dtype=float)
# ---
import numpy as np
np.sum([1.5, 2.5], dtype=int)
# ---
import numpy as np
np.sum([1, 2], out=None, where=True)
# ---
import numpy as np
np.prod([[1, 2], [3, 4]], axis=1, keepdims=True)
# ---
import numpy as np
np.mean([1, 2], dtype=complex)
# ---
import numpy as np
np.mean([[1, 2], [3, 4]], 1, None, None, True)
# ---
import numpy as np
np.std([1, 2, 3], ddof=0)
# ---
import numpy as np
np.var([[1, 2], [3, 5]], 0, None, None, 0, True)
# ---
import numpy as np
np.max([[1, 5], [3, 4]], 0, None, True)
# ---
import numpy as np
np.amin([[1, 5], [3, 4]], axis=1)
# ---
import numpy as np
np.all([[True, False]], 1, None, True)
# ---
import numpy as np
np.any([0, 1], keepdims=True)
# ---
import numpy as np
np.argmax([[1, 5], [3, 4]], 1)
# ---
import numpy as np
np.argmin([[1, 5], [3, 4]], axis=0, keepdims=True)
# ---
import numpy as np
np.argmax([1, 3], None, None)
# ---
import numpy as np
np.transpose(np.zeros((2, 3, 4)), (1, 0, 2)).shape
# ---
import numpy as np
np.transpose([[1, 2]], axes=None)
# ---
import numpy as np
np.transpose(np.zeros((2, 3)), (0, 0))
# ---
import numpy as np
np.reshape(np.arange(6), (2, 3), 'C')
# ---
import numpy as np
np.reshape(np.arange(6), (2, 3), order='F')
# ---
import numpy as np
np.reshape(np.arange(6), shape=-1, copy=True)
# ---
import numpy as np
np.concatenate([[1], [2, 3]], axis=None)
# ---
import numpy as np
np.concatenate([[[1]], [[2]]], 1)
# ---
import numpy as np
np.concatenate([[1], [2]], dtype=float)
# ---
import numpy as np
np.concatenate([[1.5], [2]], dtype=int)
# ---
import numpy as np
np.concatenate([[1], [2]], out=None)
# ---
import numpy as np
np.stack([[1, 2], [3, 4]], axis=1)
# ---
import numpy as np
np.stack([[1, 2], [3, 4]], 1, None, dtype=complex)
# ---
import numpy as np
np.vstack([[1, 2], [3, 4]], dtype=float)
# ---
import numpy as np
np.vstack(([1], [2]), casting='same_kind')
# ---
import numpy as np
np.hstack(tup=[[1], [2]])
# ---
import numpy as np
np.column_stack(([1, 2], [3, 4]))
# ---
import numpy as np
np.shape(5)
# ---
import numpy as np
np.round([1.25, 2.5], 1)
# ---
import numpy as np
np.around([1.25, 2.5], decimals=1)
# ---
import numpy as np
np.round(2.5)
# ---
import numpy as np
np.median([[1, 2], [3, 4]], 0, None, False, True)
# ---
import numpy as np
np.diagonal(np.arange(9).reshape(3, 3), offset=1)
# ---
import numpy as np
np.diagonal(np.arange(8).reshape(2, 2, 2), 0, 1, 2)
# ---
import numpy as np
np.repeat([1, 2], 2, 0)
# ---
import numpy as np
np.sort([3, 1, 2], kind='stable')
# ---
import numpy as np
np.sort([3, 1, 2], kind='foo')
# ---
import numpy as np
np.sort([3, 1, 2], kind='mergesort', stable=True)
# ---
import numpy as np
np.sort([3, 1, 2], stable=True)
# ---
import numpy as np
np.sort([[3, 1], [0, 2]], None)
# ---
import numpy as np
np.sort([[3, 1], [0, 2]], 0)
# ---
import numpy as np
np.argsort([3, 1, 2], -1, 'quicksort')
# ---
import numpy as np
np.argsort([3, 1, 2], order='x')
# ---
import numpy as np
r
# ---
import numpy as np
np.matrix('1 2; 3 4')
# ---
import numpy as np
np.matrix([[1, 2]], dtype=float)
# ---
import numpy as np
np.asmatrix([[1, 2]])
# ---
import numpy as np
m = np.matrix([[1, 2]]); np.asmatrix(m) is m
# ---
import numpy as np
np.float64, np.bool_, np.int_, np.pi, np.e, np.inf, np.newaxis, np.True_, np.__version__
# ---
import numpy as np
np.abs(-2), np.absolute([-1.5]), np.conj(1+2j), np.conjugate([1j])
# ---
import numpy as np
np.sign([-2, 0, 3]), np.isnan([np.nan, 1]), np.isinf(np.inf), np.isfinite([1, np.inf])
# ---
import numpy as np
np.floor([1.5]), np.ceil(1.2), np.rint([2.5, 3.5]), np.negative(3)
# ---
import numpy as np
np.power(2, 10), np.maximum([1, 5], 3), np.minimum([1, 5], 3), np.equal([1, 2], 2)
# ---
import numpy as np
np.divide(1, 0)
# ---
import numpy as np
np.true_divide([1, 2], 2), np.subtract(5, [1, 2])
# ---
import numpy as np
np.exp(0), np.log(1), np.sin(0), np.cos(0), np.tan(0), np.sqrt(-1)
# ---
import numpy as np
np.set_printoptions(3); print(np.array([1/3])); np.set_printoptions(8)
# ---
import numpy as np
np.set_printoptions(precision=4, suppress=None); print(np.get_printoptions()['suppress'], np.get_printoptions()['precision']); np.set_printoptions(8)
# ---
import numpy as np
np.set_printoptions(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
# ---
import numpy as np
np.set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None, suppress=None, nanstr=None, infstr=None, formatter=None, sign=None, floatmode=None, foo=1)
# ---
import numpy as np
np.set_printoptions(precision='a')
# ---
import numpy as np
with np.printoptions(2): print(np.array([1/3]))
print(np.array([1/3]))
# ---
import numpy as np
with np.printoptions(precision=2, suppress=True) as o: print(o['precision'])
# ---
import numpy as np
old = np.seterr(divide='ignore'); print(old); print(np.geterr()); np.seterr(**old)
# ---
import numpy as np
old = np.seterr('ignore'); print(np.geterr()); np.seterr(**old)
# ---
import numpy as np
old = np.seterr(all='ignore', divide='warn'); print(np.geterr()); np.seterr(**old)
# ---
import numpy as np
np.seterr(1)
# ---
import numpy as np
np.seterr(foo='warn')
# ---
import numpy as np
np.errstate(1)
# ---
import numpy as np
np.errstate(foo=1)
# ---
import numpy as np
with np.errstate(divide='ignore'): r = np.array([1.0]) / 0
r
# ---
import numpy as np
with np.errstate(all='ignore', invalid=None): print(np.geterr())
np.geterr()
# ---
import numpy as np
np.get_printoptions(1)
# ---
import numpy as np
np.geterr(1)
# ---
import numpy as np
np.empty(0)
# ---
import numpy as np
np.empty((2, 0), dtype=int).shape
# ---
import numpy as np
np.asmatrix('[1 2;3 4]')
# ---
import numpy as np
np.matrix('[1, 2; 3 4]') * np.matrix('[1 0; 0 2]')
# ---
import numpy as np
np.matrix('1 -2j; 3 1+2j')
# ---
import numpy as np
np.matrix('1.5e3 2, 7; 3 4 -5')
# ---
import numpy as np
np.matrix('1 2; 3')
# ---
import numpy as np
np.matrix('1 2;')
# ---
import numpy as np
a = np.array([1, 2, 3]); b = np.array([4, 5, 6])
np.r_[1:4, 0, 4]
# ---
import numpy as np
a = np.array([1, 2, 3]); b = np.array([4, 5, 6])
np.r_[a, 0, 0, b]
# ---
import numpy as np
a = np.array([1, 2, 3]); b = np.array([4, 5, 6])
np.r_[-1:1:6j, [0]*3, 5, 6]
# ---
import numpy as np
a = np.array([1, 2, 3]); b = np.array([4, 5, 6])
np.r_['-1', np.array([[0, 1, 2], [3, 4, 5]]), np.array([[0, 1, 2], [3, 4, 5]])]
# ---
import numpy as np
a = np.array([1, 2, 3]); b = np.array([4, 5, 6])
np.r_['0,2', [1, 2, 3], [4, 5, 6]]
# ---
import numpy as np
a = np.array([1, 2, 3]); b = np.array([4, 5, 6])
np.r_['0,2,0', [1, 2, 3], [4, 5, 6]]
# ---
import numpy as np
a = np.array([1, 2, 3]); b = np.array([4, 5, 6])
np.r_['1,2,0', [1, 2, 3], [4, 5, 6]]
# ---
import numpy as np
a = np.array([1, 2, 3]); b = np.array([4, 5, 6])
repr(np.r_['r', [1, 2, 3], [4, 5, 6]])
# ---
import numpy as np
a = np.array([1, 2, 3]); b = np.array([4, 5, 6])
repr(np.r_['c', [1, 2, 3], [4, 5, 6]])
# ---
import numpy as np
a = np.array([1, 2, 3]); b = np.array([4, 5, 6])
np.c_[np.array([1, 2, 3]), np.array([4, 5, 6])]
# ---
import numpy as np
a = np.array([1, 2, 3]); b = np.array([4, 5, 6])
np.c_[np.array([[1, 2, 3]]), 0, 0, np.array([[4, 5, 6]])]
# ---
import numpy as np
a = np.array([1, 2, 3]); b = np.array([4, 5, 6])
np.r_[1, 2.5, 3j]
# ---
import numpy as np
a = np.array([1, 2, 3]); b = np.array([4, 5, 6])
np.r_[np.array([1, 2]), 2.5]
# ---
import numpy as np
a = np.array([1, 2, 3]); b = np.array([4, 5, 6])
np.r_[np.array([True]), 2]
# ---
import numpy as np
a = np.array([1, 2, 3]); b = np.array([4, 5, 6])
np.c_[1:3, 4:6]
# ---
import numpy as np
a = np.array([1, 2, 3]); b = np.array([4, 5, 6])
np.r_[0:1:0.25]
# ---
import numpy as np
a = np.array([1, 2, 3]); b = np.array([4, 5, 6])
np.c_[np.ones((2, 2)), [7, 8]]
# ---
import numpy as np
a = np.array([1, 2, 3]); b = np.array([4, 5, 6])
len(np.r_), bool(np.r_)
# ---
import numpy as np
np.r_['x', 1]
# ---
import numpy as np
np.r_[1, 'r']
# ---
import numpy as np
np.r_['0,a', [1]]
# ---
import numpy as np
np.r_[[[1]], [1, 2]]
# ---
import numpy as np
np.r_[()]
# ---
import numpy as np
np.r_[np.float64(1.5), 2]
# ---
import numpy as np
np.r_[np.int64(2), 2.5]
# ---
import numpy as np
np.c_[[1, 2], [[3], [4]]]
# ---
import numpy as np
np.r_[3]
# ---
import numpy as np
np.c_[np.eye(2), np.zeros((2, 1))]
