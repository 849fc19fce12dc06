import numpy as np
import scipy.linalg as sla
A = [[1, 0], [0, 1]]
B = [[3, 4, 5], [6, 7, 8]]
C = [[7]]
P = np.zeros((2, 0), dtype=int)
print(repr(sla.block_diag(A, B, C)))
print(repr(sla.block_diag(A, P, B, C)))
sla.block_diag(1.0, [2, 3], [[4, 5], [6, 7]])
# ---
import numpy as np
import scipy.linalg as sla
print(repr(sla.block_diag()))
print(repr(sla.block_diag([])))
print(repr(sla.block_diag([[]])))
print(repr(sla.block_diag(1, [True])))
print(repr(sla.block_diag([1j], [True])))
sla.block_diag(np.zeros((2, 0), dtype=int), 1.5)
# ---
import numpy as np
import scipy.linalg as sla
sla.block_diag(np.ones((2, 2, 2)), [[1]])
# ---
import numpy as np
import scipy.linalg as sla
sla.block_diag(np.ones((2, 1, 1)), np.ones((3, 1, 1)))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(1)
a = rng.normal(size=(2, 3)); b = rng.normal(size=(1, 1)) + 1j
sla.block_diag(a, b, np.arange(3))
# ---
import numpy as np
import scipy.linalg as sla
print(repr(sla.companion([1, -10, 31, -30])))
print(repr(sla.companion([2, 4, 6])))
print(repr(sla.companion([1j, 2])))
sla.companion(np.arange(1, 7).reshape(2, 3))
# ---
import numpy as np
import scipy.linalg as sla
sla.companion([1])
# ---
import numpy as np
import scipy.linalg as sla
sla.companion([0, 1])
# ---
import numpy as np
import scipy.linalg as sla
sla.companion([[1, 2], [0, 3]])
# ---
import numpy as np
import scipy.linalg as sla
sla.companion([True, False])
# ---
import numpy as np
import scipy.linalg as sla
sla.companion(5)
# ---
import numpy as np
import scipy.linalg as sla
print(repr(sla.companion(np.ones((0, 3)))))
rng = np.random.default_rng(2)
p = rng.normal(size=5)
ev = sla.eigvals(sla.companion(p))
print(np.round(np.sort(ev.real), 8))
np.round(np.sort(np.abs(ev.imag)), 8)
# ---
import numpy as np
import scipy.linalg as sla
A = sla.convolution_matrix([-1, 4, -2], 5, mode='same')
print(repr(A))
x = np.array([1, 2, 0, -3, 0.5])
print(A @ x)
print(repr(sla.convolution_matrix([-1, 4, -2], 5, mode='full')))
sla.convolution_matrix([-1, 4, -2], 5, mode='valid')
# ---
import numpy as np
import scipy.linalg as sla
for m in ('full', 'same', 'valid'):
    for n in (1, 2, 3, 4, 6):
        print(m, n, sla.convolution_matrix([1, 2, 3, 4], n, m).tolist())
# ---
import numpy as np
import scipy.linalg as sla
print(repr(sla.convolution_matrix([1j, 2], 3, 'same')))
print(repr(sla.convolution_matrix([True, False], 2)))
sla.convolution_matrix([[1, 2], [3, 4]], 3)
# ---
import numpy as np
import scipy.linalg as sla
sla.convolution_matrix([1, 2, 3], 0)
# ---
import numpy as np
import scipy.linalg as sla
sla.convolution_matrix([], 2)
# ---
import numpy as np
import scipy.linalg as sla
sla.convolution_matrix([1, 2], 2, 'x')
# ---
import numpy as np
import scipy.linalg as sla
sla.convolution_matrix([1, 2], 2.5)
# ---
import numpy as np
import scipy.linalg as sla
sla.convolution_matrix(5, 3)
# ---
import numpy as np
import scipy.linalg as sla
sla.convolution_matrix([1, 2], 'a')
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(3)
a = rng.normal(size=4); v = rng.normal(size=7)
for m in ('full', 'same', 'valid'):
    print(np.round(sla.convolution_matrix(a, 7, m) @ v, 10))
full = [sum(a[i] * v[k - i] for i in range(4) if 0 <= k - i < 7) for k in range(10)]
np.round(full, 10)
# ---
import numpy as np
import scipy.linalg as sla
m = sla.dft(5)
print(repr(m))
x = np.array([1, 2, 3, 0, 3])
y = m @ x
print(np.round(y.real, 2))
np.round(y.imag, 2)
# ---
import numpy as np
import scipy.linalg as sla
print(repr(sla.dft(0)))
print(repr(sla.dft(1)))
print(repr(sla.dft(2, 'n')))
print(repr(sla.dft(3, 'sqrtn')))
print(repr(sla.dft(-1)))
print(repr(sla.dft(True)))
sla.dft(2.5)
# ---
import numpy as np
import scipy.linalg as sla
m = sla.dft(8, scale='sqrtn')
print(np.allclose(m @ m.conj().T, np.eye(8)))
sla.dft(4)
# ---
import numpy as np
import scipy.linalg as sla
sla.dft(2, 'x')
# ---
import numpy as np
import scipy.linalg as sla
sla.dft(2, 1)
# ---
import numpy as np
import scipy.linalg as sla
a = [1, 4, 12, 45, 77]
n = len(a)
A = sla.fiedler(a)
print(repr(A))
Ai = sla.inv(A)
Ai[np.abs(Ai) < 1e-12] = 0.
print(repr(Ai))
(-1)**(n-1) * 2**(n-2) * np.diff(a).prod() * (a[-1] - a[0])
# ---
import numpy as np
import scipy.linalg as sla
print(repr(sla.fiedler([])))
print(repr(sla.fiedler([5])))
print(repr(sla.fiedler(3)))
print(repr(sla.fiedler([1j, 2])))
print(repr(sla.fiedler(np.ones((2, 0)))))
print(repr(sla.fiedler(np.ones((2, 1)))))
sla.fiedler([[1, 2], [3, 5]])
# ---
import numpy as np
import scipy.linalg as sla
sla.fiedler([True, False])
# ---
import numpy as np
import scipy.linalg as sla
p = np.array([1., -16., 86., -176., 105.])
fc = sla.fiedler_companion(p)
print(repr(fc))
ev = sla.eigvals(fc)
print(np.round(np.sort(ev.real), 8))
np.round(np.abs(ev.imag), 8)
# ---
import numpy as np
import scipy.linalg as sla
print(repr(sla.fiedler_companion([])))
print(repr(sla.fiedler_companion([2])))
print(repr(sla.fiedler_companion([2, 3])))
print(repr(sla.fiedler_companion([1, 2, 3, 4, 5, 6])))
print(repr(sla.fiedler_companion([2, 2, 3, 4, 5, 6])))
print(repr(sla.fiedler_companion([1j, 2, 3])))
print(repr(sla.fiedler_companion([1, 0, 0, 0])))
print(repr(sla.fiedler_companion([True, True, True])))
print(repr(sla.fiedler_companion(np.array([], dtype=int))))
sla.fiedler_companion([[1, 2, 3], [2, 3, 4]])
# ---
import numpy as np
import scipy.linalg as sla
print(repr(sla.fiedler_companion(np.ones((2, 0)))))
print(repr(sla.fiedler_companion(np.ones((2, 1)))))
sla.fiedler_companion(np.ones((2, 2)))
# ---
import numpy as np
import scipy.linalg as sla
sla.fiedler_companion([0, 3])
# ---
import numpy as np
import scipy.linalg as sla
sla.fiedler_companion([0, 1, 2])
# ---
import numpy as np
import scipy.linalg as sla
sla.fiedler_companion(np.ones((0, 3)))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(4)
p = rng.normal(size=7)
ev = sla.eigvals(sla.fiedler_companion(p))
ec = sla.eigvals(sla.companion(p))
print(np.round(np.sort(ev.real), 6), np.round(np.sort(ec.real), 6))
np.round(np.sort(np.abs(ev.imag)), 6)
# ---
import numpy as np
import scipy.linalg as sla
print(repr(sla.hadamard(2, dtype=complex)))
print(repr(sla.hadamard(4)))
print(repr(sla.hadamard(1)))
print(repr(sla.hadamard(2.0)))
print(repr(sla.hadamard(True)))
print(repr(sla.hadamard(np.int64(2))))
print(repr(sla.hadamard(2, dtype=None)))
print(repr(sla.hadamard(1, dtype=bool)))
sla.hadamard(4, dtype=float)
# ---
import numpy as np
import scipy.linalg as sla
H = sla.hadamard(16)
np.array_equal(H @ H.T, 16 * np.eye(16, dtype=int))
# ---
import numpy as np
import scipy.linalg as sla
sla.hadamard(0)
# ---
import numpy as np
import scipy.linalg as sla
sla.hadamard(3)
# ---
import numpy as np
import scipy.linalg as sla
sla.hadamard(-2)
# ---
import numpy as np
import scipy.linalg as sla
sla.hadamard(2.5)
# ---
import numpy as np
import scipy.linalg as sla
sla.hadamard(2, dtype=bool)
# ---
import numpy as np
import scipy.linalg as sla
sla.hadamard(2, dtype='x')
# ---
import numpy as np
import scipy.linalg as sla
print(repr(sla.helmert(5, full=True)))
print(repr(sla.helmert(1)))
print(repr(sla.helmert(1, full=True)))
H = sla.helmert(6, full=True)
print(np.allclose(H @ H.T, np.eye(6)))
sla.helmert(3)
# ---
import numpy as np
import scipy.linalg as sla
sla.helmert(0)
# ---
import numpy as np
import scipy.linalg as sla
sla.helmert(-1)
# ---
import numpy as np
import scipy.linalg as sla
sla.helmert(2.5)
# ---
import numpy as np
import scipy.linalg as sla
sla.helmert(0, True)
# ---
import numpy as np
import scipy.linalg as sla
print(repr(sla.invhilbert(4)))
print(repr(sla.invhilbert(4, exact=True)))
print(sla.invhilbert(16)[7, 7])
print(repr(sla.invhilbert(0)))
print(repr(sla.invhilbert(1)))
print(repr(sla.invhilbert(0, exact=True)))
print(repr(sla.invhilbert(14, exact=True)[7:, 7:]))
sla.invhilbert(14)
# ---
import numpy as np
import scipy.linalg as sla
for n in range(1, 8):
    print(n, np.allclose(sla.invhilbert(n) @ sla.hilbert(n), np.eye(n)))
sla.invhilbert(30)
# ---
import numpy as np
import scipy.linalg as sla
sla.invhilbert(-1)
# ---
import numpy as np
import scipy.linalg as sla
sla.invhilbert(2.5)
# ---
import numpy as np
import scipy.linalg as sla
print(repr(sla.pascal(4, exact=False)))
print(repr(sla.pascal(4, kind='lower', exact=False)))
print(repr(sla.pascal(4, 'upper', False)))
print(repr(sla.pascal(0, exact=False)))
print(repr(sla.pascal(-1, exact=False)))
sla.pascal(2.5, exact=False)
# ---
import numpy as np
import scipy.linalg as sla
print(sla.pascal(50, exact=False)[-1, -1])
print(sla.pascal(60, kind='lower', exact=False)[-1, 30])
sla.pascal(45, kind='upper', exact=False)[:, -1]
# ---
import numpy as np
import scipy.linalg as sla
sla.pascal(3, 'x')
# ---
import numpy as np
import scipy.linalg as sla
sla.pascal(3, 'x', exact=False)
# ---
import numpy as np
import scipy.linalg as sla
sla.pascal(-1)
# ---
import numpy as np
import scipy.linalg as sla
invp = sla.invpascal(5)
print(repr(invp))
print(repr(sla.invpascal(5, kind='lower', exact=False)))
print(repr(sla.invpascal(4, 'upper')))
print(repr(sla.invpascal(4, exact=False)))
print(repr(sla.invpascal(0)))
print(repr(sla.invpascal(0, 'lower')))
print(repr(sla.invpascal(34)[-3:, -3:]))
print(repr(sla.invpascal(34, 'lower')[-1, :5]))
sla.invpascal(20, exact=False)[10:13, 10:13]
# ---
import numpy as np
import scipy.linalg as sla
for n in (1, 3, 6):
    for k in ('symmetric', 'lower', 'upper'):
        print(n, k, np.allclose(sla.invpascal(n, k, False) @ sla.pascal(n, k, False), np.eye(n)))
# ---
import numpy as np
import scipy.linalg as sla
sla.invpascal(3, 'x')
# ---
import numpy as np
import scipy.linalg as sla
sla.invpascal(-1)
# ---
import numpy as np
import scipy.linalg as sla
sla.invpascal(2.5)
# ---
import numpy as np
import scipy.linalg as sla
sla.invpascal(-1, 'lower')
# ---
import numpy as np
import scipy.linalg as sla
print(repr(sla.leslie([0.1, 2.0, 1.0, 0.1], [0.2, 0.8, 0.7])))
print(repr(sla.leslie([1, 2], [3])))
print(repr(sla.leslie([1j, 2], [True])))
print(repr(sla.leslie([1, 2], 5)))
print(repr(sla.leslie([True, False], [True])))
sla.leslie([[1, 2], [3, 4]], [5])
# ---
import numpy as np
import scipy.linalg as sla
sla.leslie([1], [])
# ---
import numpy as np
import scipy.linalg as sla
sla.leslie([1, 2], [])
# ---
import numpy as np
import scipy.linalg as sla
sla.leslie([1, 2, 3], [1])
# ---
import numpy as np
import scipy.linalg as sla
sla.leslie(1, [])
# ---
import numpy as np
import scipy.linalg as sla
sla.leslie(np.ones((2, 3)), np.ones((3, 2)))
# ---
import numpy as np
import scipy.linalg as sla
sla.leslie(np.ones((0, 3)), np.ones((0, 2)))
# ---
import numpy as np
import scipy.linalg as sla
sla.leslie(f=[1, 2], s=[3])
# ---
import numpy as np
import scipy.linalg as sla
print(repr(sla.khatri_rao([[1, 2], [3, 4]], [[5, 6], [7, 8], [9, 10]])))
print(repr(sla.khatri_rao([[1j]], [[True]])))
print(repr(sla.khatri_rao(np.ones((2, 0)), np.ones((3, 0)))))
print(repr(sla.khatri_rao(np.ones((0, 2), dtype=int), np.ones((3, 2)))))
sla.khatri_rao(np.ones((2, 2, 2)), np.arange(4).reshape(2, 2))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(5)
a = rng.normal(size=(3, 4)); b = rng.normal(size=(2, 4)) + 1j * rng.normal(size=(2, 4))
k = sla.khatri_rao(a, b)
print(k.shape, k.dtype)
np.allclose(k[:, 1], np.kron(a[:, 1], b[:, 1]))
# ---
import numpy as np
import scipy.linalg as sla
sla.khatri_rao([1, 2], [[1, 2]])
# ---
import numpy as np
import scipy.linalg as sla
sla.khatri_rao([[1, 2]], [[1, 2, 3]])
# ---
import numpy as np
import scipy.linalg as sla
sla.khatri_rao(np.ones((2, 2, 2)), np.ones((3, 2, 2)))
# ---
import numpy as np
import scipy.linalg as sla
print(repr(sla.diagsvd([1, 2], 3, 2)))
print(repr(sla.diagsvd([1, 2], 2, 3)))
print(repr(sla.diagsvd([1j, 2], 2, 2)))
print(repr(sla.diagsvd([True, False], 2, 2)))
print(repr(sla.diagsvd([[1, 2]], 2, 2)))
print(repr(sla.diagsvd([], 0, 0)))
print(repr(sla.diagsvd([], 2, 0)))
a = np.random.default_rng(6).normal(size=(4, 3))
U, s, Vh = sla.svd(a)
np.allclose(U @ sla.diagsvd(s, 4, 3) @ Vh, a)
# ---
import numpy as np
import scipy.linalg as sla
sla.diagsvd([1, 2], 3, 3)
# ---
import numpy as np
import scipy.linalg as sla
sla.diagsvd([1, 2], 1, 2)
# ---
import numpy as np
import scipy.linalg as sla
sla.diagsvd(5, 1, 1)
# ---
import numpy as np
import scipy.linalg as sla
sla.diagsvd([1, 2], 2, -1)
# ---
import numpy as np
import scipy.linalg as sla
sla.diagsvd([1, 2], 2.0, 2)
# ---
import numpy as np
import scipy.linalg as sla
A = np.array([[3., 0., 0., 0., 0.],
              [0., 4., 0., 0., 0.],
              [0., 0., 5., 1., 0.],
              [8., 0., 0., 6., 2.],
              [0., 9., 0., 0., 7.]])
print(sla.bandwidth(A))
print(sla.bandwidth(A.T))
print(sla.bandwidth(A[:, ::2]))
print(sla.bandwidth([[1, 2], [3, 4]]))
print(sla.bandwidth(np.ones((0, 0))))
print(sla.bandwidth(np.ones(0)))
print(sla.bandwidth(np.array([[1, 0], [0, 1]], dtype=bool)))
print(sla.bandwidth(np.tril(np.ones((4, 3)))))
print(sla.bandwidth(np.zeros((3, 5))))
print(sla.bandwidth(np.array([[1j, 0], [1, 0]])))
print(sla.bandwidth(np.array([[0, np.nan], [0, 0]])))
print(sla.bandwidth(np.array([[0, 0], [0, 0], [0, 1]])))
print(sla.bandwidth(np.array([[0], [1], [1]])))
print(sla.bandwidth(np.array([[0, 0, 0, 0], [0, 0, 1, 1]])))
print(sla.bandwidth(np.array([[0, 1, 0, 0], [0, 0, 0, 1], [0, 0, 0, 0]])))
sla.bandwidth(np.ones((2, 3, 4)))
# ---
import numpy as np
import scipy.linalg as sla
print(sla.bandwidth(np.ones((1, 0, 2))))
rng = np.random.default_rng(7)
for k in range(5):
    m = np.triu(np.tril(rng.normal(size=(6, 6)), k), -k + 1)
    print(sla.bandwidth(m))
# ---
import numpy as np
import scipy.linalg as sla
sla.bandwidth(np.ones(3))
# ---
import numpy as np
import scipy.linalg as sla
sla.bandwidth(5)
# ---
import numpy as np
import scipy.linalg as sla
sla.bandwidth(np.ones((0, 3, 3)))
# ---
import numpy as np
import scipy.linalg as sla
sla.bandwidth(np.array(5.0))
# ---
import numpy as np
import scipy.linalg as sla
A = np.arange(9).reshape(3, 3)
A = A + A.T
print(sla.issymmetric(A), sla.ishermitian(A))
Ac = np.array([[1. + 1.j, 3.j], [3.j, 2.]])
print(sla.issymmetric(Ac), sla.ishermitian(Ac))
A = np.array([[1., 2. + 3.j], [2. - 3.j, 4.]])
print(sla.ishermitian(A), sla.issymmetric(A))
Af = np.array([[0, 1 + 1j], [1 - (1+1e-12)*1j, 0]])
print(sla.ishermitian(Af))
sla.ishermitian(Af, atol=5e-11)
# ---
import numpy as np
import scipy.linalg as sla
print(sla.issymmetric([[1, 2], [2, 1]]))
print(sla.issymmetric(np.eye(2), atol=1), sla.issymmetric(np.eye(2), rtol=1))
print(sla.issymmetric(np.ones((0, 0))))
print(sla.issymmetric(np.array([[1, np.nan], [np.nan, 1]])))
print(sla.issymmetric(np.array([[np.nan, 1], [1, 1]])))
print(sla.issymmetric(np.array([[1, np.inf], [np.inf, 1]])))
print(sla.issymmetric(np.array([[1, 2], [2 + 1e-9, 1]]), atol=1e-8))
print(sla.issymmetric(np.array([[1, 2], [2 + 1e-9, 1]])))
print(sla.issymmetric(np.array([[True, False], [False, True]])))
print(sla.issymmetric(np.array([[0, 1e-3], [2e-3, 0]]), rtol=0.6))
print(sla.issymmetric(np.array([[0, 1e-3], [2e-3, 0]]), rtol=0.4))
print(sla.issymmetric(np.array([[1, 2], [3, 1]]), atol=5))
print(sla.issymmetric(np.array([[1, 2], [2, 1]]), atol=0, rtol=None))
print(sla.ishermitian(np.array([[1j, 0], [0, 1]])))
print(sla.ishermitian(np.array([[1, 1j], [-1j, 1]])))
print(sla.ishermitian(np.array([[1j, 0], [0, 1]]), atol=0.1))
print(sla.ishermitian(np.array([[1, 2 + 1e-12j], [2, 1]]), atol=1e-11))
print(sla.ishermitian(np.array([[1 + 1j]])))
print(sla.issymmetric(np.array([[np.nan]])), sla.ishermitian(np.array([[np.nan]])), sla.ishermitian(np.array([[np.nan + 0j]])))
print(sla.issymmetric(np.ones((2, 2, 2))))
print(sla.issymmetric(np.ones((2, 2, 0, 0))))
sla.ishermitian(np.array([[[1, 2], [2, 1]], [[1, 2j], [2j, 1]]]))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(8)
a = rng.normal(size=(5, 5)) + 1j * rng.normal(size=(5, 5))
h = a + a.conj().T
print(sla.ishermitian(h), sla.issymmetric(h), sla.issymmetric(a + a.T), sla.ishermitian(a))
h2 = h.copy(); h2[0, 1] += 1e-13
print(sla.ishermitian(h2), sla.ishermitian(h2, atol=1e-12), sla.ishermitian(h2, rtol=1e-12))
# ---
import numpy as np
import scipy.linalg as sla
sla.issymmetric(np.ones(3))
# ---
import numpy as np
import scipy.linalg as sla
sla.issymmetric(np.ones((2, 3)))
# ---
import numpy as np
import scipy.linalg as sla
sla.ishermitian(np.ones(3))
# ---
import numpy as np
import scipy.linalg as sla
sla.ishermitian(np.ones((2, 3)))
# ---
import numpy as np
import scipy.linalg as sla
sla.issymmetric(np.ones((3, 2)), atol=1)
# ---
import numpy as np
import scipy.linalg as sla
sla.issymmetric(np.array(3))
# ---
import numpy as np
import scipy.linalg as sla
sla.ishermitian(np.ones((0, 2, 2)))
# ---
import numpy as np
import scipy.linalg as sla
A = np.arange(12.).reshape(4, 3)
print(repr(sla.clarkson_woodruff_transform(A, 3, rng=0)))
print(repr(sla.clarkson_woodruff_transform(A, 3, seed=0)))
print(repr(sla.clarkson_woodruff_transform(A, 3, 0)))
print(repr(sla.clarkson_woodruff_transform(A, 3, rng=np.random.default_rng(5))))
print(repr(sla.clarkson_woodruff_transform(A, 3, seed=np.random.default_rng(5))))
print(repr(sla.clarkson_woodruff_transform(A, 3, rng=2**32)))
print(repr(sla.clarkson_woodruff_transform(A, 3, seed=True)))
print(repr(sla.clarkson_woodruff_transform(A, 3, seed=np.int64(3))))
print(repr(sla.clarkson_woodruff_transform(A, True, rng=0)))
sla.clarkson_woodruff_transform(A, np.int64(2), rng=0)
# ---
import numpy as np
import scipy.linalg as sla
np.random.seed(3)
A = np.arange(12.).reshape(4, 3)
print(repr(sla.clarkson_woodruff_transform(A, 3)))
print(repr(sla.clarkson_woodruff_transform(np.ones((2, 4, 3)), 2, rng=0)))
print(repr(sla.clarkson_woodruff_transform(np.ones((0, 3)), 2, rng=0)))
print(repr(sla.clarkson_woodruff_transform(np.array([[True, False]]), 2, rng=0)))
print(repr(sla.clarkson_woodruff_transform(np.arange(6).reshape(3, 2), 2, rng=1)))
sla.clarkson_woodruff_transform(A + 1j, 2, rng=0)
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(9)
A = rng.standard_normal((2000, 10))
sk = sla.clarkson_woodruff_transform(A, 200, rng=rng)
print(sk.shape)
print(np.round(sk[:3], 10))
print(sla.norm(A) / sla.norm(sk) > 0.8)
rng.integers(0, 100, 5)
# ---
import numpy as np
import scipy.linalg as sla
gen = np.random.default_rng(11)
A = gen.normal(size=(50, 4))
a1 = sla.clarkson_woodruff_transform(A, 7, seed=gen)
a2 = sla.clarkson_woodruff_transform(A, 7, rng=gen)
print(np.round(a1, 10)); print(np.round(a2, 10))
gen.random()
# ---
import numpy as np
import scipy.linalg as sla
sla.clarkson_woodruff_transform(np.eye(3), 3, 0, seed=1)
# ---
import numpy as np
import scipy.linalg as sla
sla.clarkson_woodruff_transform(np.eye(3), 3, rng=0, seed=1)
# ---
import numpy as np
import scipy.linalg as sla
sla.clarkson_woodruff_transform(np.eye(3), 3, rng=-1)
# ---
import numpy as np
import scipy.linalg as sla
sla.clarkson_woodruff_transform(np.eye(3), 3, seed=-1)
# ---
import numpy as np
import scipy.linalg as sla
sla.clarkson_woodruff_transform(np.eye(3), 3, rng=1.5)
# ---
import numpy as np
import scipy.linalg as sla
sla.clarkson_woodruff_transform(np.eye(3), 3, seed=1.5)
# ---
import numpy as np
import scipy.linalg as sla
sla.clarkson_woodruff_transform(np.eye(3), 3, seed='a')
# ---
import numpy as np
import scipy.linalg as sla
sla.clarkson_woodruff_transform(np.eye(3), 0, rng=0)
# ---
import numpy as np
import scipy.linalg as sla
sla.clarkson_woodruff_transform(np.eye(3), -1, seed=0)
# ---
import numpy as np
import scipy.linalg as sla
sla.clarkson_woodruff_transform(np.eye(3), 2.5, rng=0)
# ---
import numpy as np
import scipy.linalg as sla
sla.clarkson_woodruff_transform([[1, 2], [3, 4]], 2, rng=0)
# ---
import numpy as np
import scipy.linalg as sla
sla.clarkson_woodruff_transform(np.ones(3), 2, rng=0)
# ---
import numpy as np
import scipy.linalg as sla
sla.clarkson_woodruff_transform(np.eye(3), 3, seed=2**32)
# ---
import numpy as np
import scipy.linalg as sla
sla.clarkson_woodruff_transform(np.eye(3))
# ---
import numpy as np
import scipy.linalg as sla
sla.clarkson_woodruff_transform(np.eye(3), 3, 0, 1)
# ---
import numpy as np
import scipy.linalg as sla
sla.clarkson_woodruff_transform(np.eye(3), 3, bogus=1)
# ---
import numpy as np
import scipy.linalg as sla
sla.clarkson_woodruff_transform(np.ones((0, 2, 3)), 2, rng=0)
# ---
import numpy as np
import scipy.linalg as sla
sla.clarkson_woodruff_transform(np.float64(1), 2, rng=0)
# ---
import numpy as np
import scipy.linalg as sla
sla.get_blas_funcs()
# ---
import numpy as np
import scipy.linalg as sla
sla.get_lapack_funcs(x=1)
# ---
import numpy as np
import scipy.linalg as sla
sla.get_blas_funcs('gemm', (), None, False, 1)
# ---
import numpy as np
import scipy.linalg as sla
sla.find_best_blas_type(1, 2, 3)
# ---
import numpy as np
import scipy.linalg as sla
sla.find_best_blas_type(bogus=1)
# ---
import numpy as np
import scipy.linalg as sla
sla.test(bogus=1)
# ---
import numpy as np
import scipy.linalg as sla
sla.test(1, 2, 3, 4, 5, 6, 7, 8)
# ---
import numpy as np
import scipy.linalg as sla
sla.get_lapack_funcs('gesv', names='x')
# ---
import numpy as np
import scipy.linalg as sla
print(hasattr(sla, 'test'), hasattr(sla, 'get_blas_funcs'), hasattr(sla, 'find_best_blas_type'))
print(callable(sla.test), callable(sla.get_lapack_funcs))
# ---
import numpy as np
import scipy.linalg as sla
print(sla.pascal(70, exact=False)[[10, 40, 69], 35])
print(sla.pascal(100, kind='lower', exact=False)[99, 45:50])
print(repr(sla.invhilbert(20)[8:11, 8:11]))
print(repr(sla.invpascal(25, exact=False)[20:, 20:]))
sla.invpascal(40, 'lower', exact=False)[-1, 15:20]
# ---
import numpy as np
import scipy.linalg as sla
m = sla.dft(128)
print(np.round(m[100:103, 120:123].real, 12))
print(np.round(m[100:103, 120:123].imag, 12))
print(np.allclose(m @ m.conj().T, 128 * np.eye(128)))
print(repr(sla.dft(3, 'n')))
H = sla.hadamard(64, dtype=complex)
print(H.dtype, H[63, 60:].real, H[63, 60:].imag)
print(sla.hadamard(8, complex)[5])
h = sla.helmert(200)
print(h.shape, np.round(h[198, 195:], 12))
np.allclose(h @ h.T, np.eye(199))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(12)
a = rng.integers(-5, 5, size=(3, 4))
print(repr(sla.companion(np.where(a == 0, 1, a))))
print(repr(sla.fiedler(rng.normal(size=(2, 3)))))
print(repr(sla.leslie(rng.normal(size=(2, 1, 3)), rng.normal(size=(4, 2)))))
print(repr(sla.convolution_matrix(np.arange(1, 7).reshape(2, 3), 2, 'valid')))
print(repr(sla.khatri_rao(rng.integers(0, 3, size=(2, 2, 2)), rng.integers(0, 3, size=(3, 2)))))
print(repr(sla.diagsvd(np.arange(6.).reshape(3, 2), 2, 3)))
print(sla.bandwidth(np.ones((2, 3, 3))))
sla.issymmetric(np.arange(8).reshape(2, 2, 2), atol=1e-3)
# ---
import numpy as np
import scipy.linalg as sla
print(repr(sla.toeplitz([[1, 2], [3, 4]])))
print(repr(sla.toeplitz([[1, 2], [3, 4]], [5, 6, 7])))
print(repr(sla.toeplitz([1, 2], [[5, 6, 7], [1, 1, 1]])))
print(repr(sla.toeplitz([[1j, 2]])))
print(repr(sla.toeplitz(5)))
print(repr(sla.circulant(np.ones((0, 3)))))
print(repr(sla.circulant([[1, 2], [3, 4]])))
print(repr(sla.circulant(np.ones((2, 0)))))
print(repr(sla.circulant(np.arange(6).reshape(2, 1, 3))))
sla.circulant(7)
# ---
import scipy.linalg as sla
sla.hankel([[1, 2], [3, 4]])
# ---
import scipy.linalg as sla
sla.hankel([1, 2], [[1, 2], [3, 4]])
# ---
import scipy.linalg as sla
import numpy as np
sla.toeplitz(np.ones((0, 2)))
# ---
import scipy.linalg as sla
import numpy as np
sla.toeplitz(np.ones((2, 3)), np.ones((3, 3)))
# ---
import scipy.linalg as sla
sla.hankel(5)
# ---
import scipy.linalg as sla
sla.hankel(5, [1, 2])
# ---
import scipy.linalg as sla
sla.hankel([1, 2], 5)
# ---
import numpy as np
import scipy.linalg as sla
print(repr(sla.dft(np.int64(3))))
print(repr(sla.dft(np.float64(2.0), 'n')))
print(repr(sla.block_diag(*[np.eye(2, dtype=int)] * 3)))
sla.hadamard(np.float64(4.0), complex)
# ---
import scipy.linalg as sla
sla.helmert(True, full=True)
# ---
import scipy.linalg as sla
sla.invhilbert(True)
# ---
import scipy.linalg as sla
sla.invpascal(False, 'lower')
# ---
import scipy.linalg as sla
sla.pascal(True)
# ---
import numpy as np
import scipy.linalg as sla
np.random.seed(5)
print(sla.clarkson_woodruff_transform(np.arange(10.).reshape(5, 2), 2, seed=np.random))
print(sla.clarkson_woodruff_transform(np.arange(10.).reshape(5, 2), 2, np.random))
np.random.rand()
# ---
import numpy as np
import scipy.linalg as sla
print(sla.issymmetric(np.ones((2, 2)), atol=-1), sla.issymmetric(np.array([[1., 2], [2.5, 1]]), atol=-1))
print(sla.issymmetric(np.array([[1, np.inf], [np.inf, 1]]), atol=1e-3), sla.issymmetric(np.array([[1, np.inf], [-np.inf, 1]]), atol=1e-3))
print(sla.ishermitian(np.array([[1, np.nan], [np.nan, 1]]), rtol=1e-3))
print(sla.issymmetric(np.array([[True, False], [True, True]]), atol=0.5))
sla.ishermitian(np.array([[1, 1 + 1e-9j], [1, 1]]), atol=1e-8)
# ---
import numpy as np
print(np.isclose([1.0, 2.0, np.inf], [1.0, 2.5, np.inf], atol=-1), np.allclose(2.0, 2.0, rtol=-1, atol=0))
np.isclose(1 + 1j, 1 + 1j, atol=-0.5)
# ---
import numpy as np
import scipy.linalg as sla
m = sla.dft(5)
print(repr(np.round(m, 2)))
print(repr(np.round(m @ np.array([1, 2, 3, 0, 3]), 2)))
print(repr(m.round(3)[1]))
np.around(np.array([[0.125 - 2.675j, -0.5 + 0.5j]]), 2)
# ---
import scipy.linalg as sla
sla.helmert(2 ** 70)
# ---
import scipy.linalg as sla
sla.convolution_matrix([1], 2 ** 62)
# ---
import scipy.linalg as sla
sla.convolution_matrix([1, 2], 2 ** 40)
# ---
import scipy.linalg as sla
sla.dft(None)
# ---
import scipy.linalg as sla
sla.invpascal(2 ** 40, exact=False)
# ---
import scipy.linalg as sla
sla.hadamard(3, dtype='x')
