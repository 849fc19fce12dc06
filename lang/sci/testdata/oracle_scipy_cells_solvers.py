import numpy as np
from scipy.linalg import solve_banded
ab = np.array([[0,  0, -1, -1, -1],
               [0,  2,  2,  2,  2],
               [5,  4,  3,  2,  1],
               [1,  1,  1,  1,  0]])
b = np.array([0, 1, 2, 2, 3])
x = solve_banded((1, 2), ab, b)
x
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(7)
for l, u, n in [(1, 1, 6), (2, 1, 7), (0, 2, 5), (3, 0, 6), (2, 3, 9), (1, 1, 2), (4, 4, 3)]:
    ab = rng.normal(size=(l + u + 1, n))
    b = rng.normal(size=n)
    x = sla.solve_banded((l, u), ab, b)
    a = np.zeros((n, n))
    for i in range(n):
        for j in range(max(0, i - l), min(n, i + u + 1)):
            a[i, j] = ab[u + i - j, j]
    print(l, u, x.dtype, np.allclose(a @ x, b))
    print(x)
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(11)
ab = rng.normal(size=(4, 8)) + 1j * rng.normal(size=(4, 8))
ab[1] += 6
b = rng.normal(size=(8, 3)) + 1j * rng.normal(size=(8, 3))
print(sla.solve_banded((2, 1), ab, b))
print(sla.solve_banded((1, 2), ab, b[:, 0].real))
tri = ab[:3]
print(sla.solve_banded((1, 1), tri, b))
print(sla.solve_banded((1, 1), tri.real, b.real))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(3)
ab = rng.normal(size=(3, 40)); ab[1] += 4
b = rng.normal(size=(40, 2))
x = sla.solve_banded((1, 1), ab, b)
y = sla.solve_banded((1, 1), np.vstack([ab, np.zeros((0, 40))]), b)
print(np.round(x, 10)); print(np.array_equal(x, y))
print(np.round(sla.solve_banded((2, 2), rng.normal(size=(5, 40)) + [[0], [0], [5], [0], [0]], b), 10))
# ---
import scipy.linalg as sla
sla.solve_banded((1, 1), [[0, 1, 1], [0, 0, 2], [0, 1, 0]], [1, 2, 3])
# ---
import scipy.linalg as sla
sla.solve_banded((2, 1), [[0, 1, 1, 1], [1, 0, 2, 2], [1, 1, 0, 3], [1, 1, 0, 0]], [1, 2, 3, 4])
# ---
import scipy.linalg as sla
sla.solve_banded((1, 2), [[0, 0, 1, 1], [0, 1, 1, 1], [0, 0, 0, 0], [1, 1, 1, 0]], [1, 2, 3, 4])
# ---
import scipy.linalg as sla
print(sla.solve_banded((1, 1), [[0, 1, 1], [0, 0, 2], [1, 1, 0]], [1, 2, 3]))
print(sla.solve_banded((1, 1), [[0, 1, 1], [0, 2, 2], [1, 1, 0]], [1, 2, 3]))
print(sla.solve_banded((1, 1), [[0, 1j, 1], [0, 2, 2], [1, 1, 0]], [1, 2, 3]))
print(sla.solve_banded((1, 1), [[0, 1j, 1], [0, 0, 2], [0, 1, 0]], [1, 2, 3]))
# ---
import scipy.linalg as sla
sla.solve_banded((1, 1), [[0, 1, 1], [2, 2, 2]], [1, 2, 3])
# ---
import scipy.linalg as sla
sla.solve_banded((1, 1), [[0, 1, 1], [2, 2, 2], [1, 1, 0]], [1, 2])
# ---
import scipy.linalg as sla
sla.solve_banded((1, 1), [[0, 1, 1], [2, 2, 2], [1, 1, 0]], 1.0)
# ---
import scipy.linalg as sla
sla.solve_banded((1,), [[1, 1], [3, 1]], [1, 1])
# ---
import scipy.linalg as sla
sla.solve_banded(3, [[1, 1], [3, 1]], [1, 1])
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_banded((1, 1), [[0, 1, 1], [2, 2, 2], [1, 1, 0]], [1, 2, np.nan])
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_banded((1, 1), [[0, 1, 1], [2, 2, 2], [1, 1, 0]], [1, 2, np.nan], check_finite=False)
# ---
import numpy as np
import scipy.linalg as sla
print(sla.solve_banded((0, 0), [[2]], [1]), sla.solve_banded((1, 0), [[2], [3]], [1]))
print(sla.solve_banded((1, -1), [[2]], [1]), sla.solve_banded((0, 0), [[4]], [[1j, 2]]))
print(sla.solve_banded((0, 0), [[2]], np.array([3], int)).dtype)
# ---
import scipy.linalg as sla
sla.solve_banded((0, 0), [[0]], [1])
# ---
import scipy.linalg as sla
sla.solve_banded((0, 0), [[2j]], [1])
# ---
import scipy.linalg as sla
sla.solve_banded((-1, 2), [[2, 1], [3, 1]], [1, 1])
# ---
import numpy as np
import scipy.linalg as sla
print(repr(sla.solve_banded((1, 1), np.zeros((3, 0)), np.zeros(0))))
print(repr(sla.solve_banded((1, 1), np.zeros((3, 0), int), np.zeros((0, 2), complex))))
print(repr(sla.solve_banded((2, 0), np.zeros((3, 0), bool), np.zeros((0, 2), int))))
# ---
import numpy as np
import scipy.linalg as sla
print(sla.solve_banded((0, 1), [[0, 1], [2, 2]], [1j, 1]))
print(sla.solve_banded((1, 0), [[2, 2], [1, 0]], [1j, 1]))
print(sla.solve_banded((1, 1), [[0, 1], [2, 2], [1, 0]], [[1, 2], [1, 3]]))
# ---
import numpy as np
import scipy.linalg as sla
ab = np.array([[[0, 1, 1], [2, 2, 2], [1, 1, 0]], [[0, 2, 2], [5, 5, 5], [1, 1, 0]]])
print(sla.solve_banded((1, 1), ab, [1, 2, 3]))
print(sla.solve_banded((1, 1), ab, np.ones((4, 1, 3, 2))).shape)
print(sla.solve_banded((1, 1), ab[0], np.arange(12.).reshape(2, 3, 2)))
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_banded((1, 1), np.ones((2, 3, 3)), np.ones((3, 3, 2)))
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_banded((1, 1), np.ones((0, 3, 3)), np.ones(3))
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_banded((1, 1), np.ones(3), np.ones(3))
# ---
import numpy as np
from scipy.linalg import solveh_banded
ab = np.array([[ 4,  5,  6,  7, 8, 9],
               [ 2,  2,  2,  2, 2, 0],
               [-1, -1, -1, -1, 0, 0]])
b = np.array([1, 2, 2, 3, 3, 3])
x = solveh_banded(ab, b, lower=True)
x
# ---
import numpy as np
from scipy.linalg import solveh_banded
hb = np.array([[0, 2-1j, 1j, -2-1j],
               [8,  5,    9,   6  ]])
b = np.array([1, 1+1j, 1-2j, 0])
x = solveh_banded(hb, b)
x
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(5)
for kd, n in [(1, 7), (2, 8), (3, 5), (0, 4), (2, 1), (4, 3)]:
    for cplx in (False, True):
        up = rng.normal(size=(kd + 1, n))
        if cplx:
            up = up + 1j * rng.normal(size=(kd + 1, n))
        up[kd] = abs(up[kd]) + 2 * kd + 1
        a = np.zeros((n, n), up.dtype)
        for i in range(n):
            for j in range(i, min(n, i + kd + 1)):
                a[i, j] = up[kd + i - j, j]
                a[j, i] = np.conj(up[kd + i - j, j])
        lo = np.zeros(up.shape, up.dtype)
        for i in range(n):
            for j in range(max(0, i - kd), i + 1):
                lo[i - j, j] = a[i, j]
        b = rng.normal(size=(n, 2))
        x = sla.solveh_banded(up, b)
        y = sla.solveh_banded(lo, b, lower=True)
        print(kd, n, x.dtype, np.allclose(a @ x, b), np.allclose(x, y))
        print(x)
        print(y)
        print(sla.solveh_banded(up, b[:, 0] + 1j))
        c = sla.cholesky_banded(up)
        cl = sla.cholesky_banded(lo, lower=True)
        print(c); print(cl)
        print(sla.cho_solve_banded((c, False), b))
        print(sla.cho_solve_banded((cl, True), b[:, 1]))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(9)
ab = rng.normal(size=(3, 30)); ab[2] = 8 + ab[2]
b = rng.normal(size=30)
print(np.round(sla.solveh_banded(ab, b), 10))
print(np.round(sla.solveh_banded(ab[1:], b), 10))
# ---
import scipy.linalg as sla
sla.solveh_banded([[0, 1, 1], [1, 1, 1]], [1, 2, 3])
# ---
import scipy.linalg as sla
sla.solveh_banded([[1, 1, 1], [2, 2, 0]], [1, 2, 3], lower=True)
# ---
import scipy.linalg as sla
sla.solveh_banded([[0, 0, 1], [0, 1, 1], [1, 1, 1]], [1, 2, 3])
# ---
import scipy.linalg as sla
sla.solveh_banded([[0, 1j, 1], [2, 2, 2]], [1, 2, 3], lower=True)
# ---
import scipy.linalg as sla
sla.solveh_banded([[4j, 4]], [1, 2])
# ---
import scipy.linalg as sla
sla.solveh_banded([[4, 4, 4]], [1, 2])
# ---
import scipy.linalg as sla
sla.solveh_banded([4, 4], [1, 2])
# ---
import scipy.linalg as sla
sla.solveh_banded([[0, 1, 1], [2, 2, 2]], [1, 2, 3], b=[1, 2, 3])
# ---
import numpy as np
import scipy.linalg as sla
print(np.round(sla.solveh_banded([[0, 0, 1], [0, 1, 1], [4, 4, 4]], [1, 2, 3]), 12) + 0)
print(sla.solveh_banded([[4, 4, 4]], [1, 2, 3]), sla.solveh_banded([[4]], [1]))
print(sla.solveh_banded([[1, 4]], [1, 2], lower=True), sla.solveh_banded([[1, 1]], [[1, 2], [3, 4]]))
print(sla.solveh_banded([[0, 1, 1], [2, 2, 2]], [1, 2j, 3]))
print(sla.solveh_banded([[0, 1j, 1], [2, 2, 2]], [1, 2, 3]))
print(sla.solveh_banded([[4, 4, 4], [1j, 1, 0], [1, 1j, 0]], [1, 2, 3], lower=True))
print(repr(sla.solveh_banded(np.zeros((2, 0)), [])), repr(sla.solveh_banded(np.zeros((3, 0), complex), np.zeros((0, 2)))))
print(sla.solveh_banded(np.ones((2, 2, 3)) * [[[0], [3]]], [1, 2, 3]))
# ---
import numpy as np
import scipy.linalg as sla
sla.solveh_banded([[0, 1, 1], [2, 2, np.inf]], [1, 2, 3])
# ---
import numpy as np
from scipy.linalg import cholesky_banded
Ab = np.array([[0, 0, 1j, 2, 3j], [0, -1, -2, 3, 4], [9, 8, 7, 6, 9]])
A = np.diag(Ab[0,2:], k=2) + np.diag(Ab[1,1:], k=1)
A = A + A.conj().T + np.diag(Ab[2, :])
c = cholesky_banded(Ab)
C = np.diag(c[0, 2:], k=2) + np.diag(c[1, 1:], k=1) + np.diag(c[2, :])
print(np.allclose(C.conj().T @ C - A, np.zeros((5, 5))))
c
# ---
import numpy as np
from scipy.linalg import cholesky_banded, cho_solve_banded
Ab = np.array([[0, 0, 1j, 2, 3j], [0, -1, -2, 3, 4], [9, 8, 7, 6, 9]])
A = np.diag(Ab[0,2:], k=2) + np.diag(Ab[1,1:], k=1)
A = A + A.conj().T + np.diag(Ab[2, :])
c = cholesky_banded(Ab)
x = cho_solve_banded((c, False), np.ones(5))
print(np.allclose(A @ x - np.ones(5), np.zeros(5)))
x
# ---
import numpy as np
import scipy.linalg as sla
print(sla.cholesky_banded([[0, 1, 1], [2, 2, 2]]))
print(sla.cholesky_banded([[9, 1, 1], [2, 2, 2]]))
print(sla.cholesky_banded([[2, 2, 2], [1, 1, 9]], lower=True))
print(repr(sla.cholesky_banded(np.zeros((2, 0)))), repr(sla.cholesky_banded(np.zeros((0, 0), complex))))
print(repr(sla.cholesky_banded([4, 4])), repr(sla.cholesky_banded(4)))
print(sla.cholesky_banded(np.array([[[0, 1], [4, 4]], [[0, 1], [9, 9]]])))
# ---
import scipy.linalg as sla
sla.cholesky_banded([[0, 1, 1], [1, 1, 1]])
# ---
import scipy.linalg as sla
sla.solveh_banded([[0], [4]], [1])
# ---
import scipy.linalg as sla
print(sla.solveh_banded([[True, True]], [1, 2]), sla.cho_solve_banded(([[True]], True), [2]))
# ---
import scipy.linalg as sla
sla.cholesky_banded([[4, 1 + 1j], [2, 2]], lower=True)
# ---
import numpy as np
import scipy.linalg as sla
sla.cholesky_banded([[0, 1, 1], [1, 1, np.nan]])
# ---
import numpy as np
import scipy.linalg as sla
print(sla.cho_solve_banded((np.zeros((2, 3)), False), [1, 1, 1]))
print(repr(sla.cho_solve_banded((np.zeros((2, 0)), False), [])))
c = sla.cholesky_banded([[0, 1, 1], [2, 2, 2]])
print(sla.cho_solve_banded([c, 0], [[1, 2], [2, 3], [3, 4]]))
print(sla.cho_solve_banded((c, False), np.ones((2, 3))))
# ---
import scipy.linalg as sla
sla.cho_solve_banded((sla.cholesky_banded([[0, 1, 1], [2, 2, 2]]), False), [1, 2])
# ---
import scipy.linalg as sla
sla.cho_solve_banded((sla.cholesky_banded([[0, 1, 1], [2, 2, 2]]), 1, 2), [1, 2])
# ---
import scipy.linalg as sla
sla.cho_solve_banded(3, [1, 2])
# ---
import numpy as np
import scipy.linalg as sla
sla.cho_solve_banded((np.ones((2, 2)), False), [1, np.nan])
# ---
import numpy as np
from scipy.linalg import solve_toeplitz, toeplitz
c = np.array([1, 3, 6, 10])
r = np.array([1, -1, -2, -3])
b = np.array([1, 2, 2, 5])
x = solve_toeplitz((c, r), b)
print(x)
T = toeplitz(c, r)
T.dot(x)
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(21)
for n in (1, 2, 3, 6, 17):
    c = rng.normal(size=n); r = rng.normal(size=n); c[0] = r[0] = n + 2.0
    b = rng.normal(size=n)
    x = sla.solve_toeplitz((c, r), b)
    print(n, x.dtype, np.allclose(sla.toeplitz(c, r) @ x, b))
    print(x)
    print(sla.solve_toeplitz(c, b))
    cz = c + 1j * rng.normal(size=n)
    print(sla.solve_toeplitz(cz, b))
    print(sla.solve_toeplitz((cz, r), np.stack([b, 2 * b + 1j], axis=1)))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(2)
c = 0.5 ** np.arange(30)
b = rng.normal(size=(30, 2))
print(np.round(sla.solve_toeplitz(c, b), 10))
print(sla.solve_toeplitz([[1, 2], [3, 4]], [1, 2]))
print(sla.solve_toeplitz([[1, 2]], np.ones((2, 3))))
print(sla.solve_toeplitz(([4, 1, 2], [[4, 0, 1], [4, 1, 0]]), [1, 2, 3]))
print(repr(sla.solve_toeplitz([1, 2], np.zeros((2, 0)))), repr(sla.solve_toeplitz(([1j], [1]), np.zeros((1, 0)))))
print(repr(sla.solve_toeplitz([True, False], [1, 1])), repr(sla.solve_toeplitz(([2, 1], [2, 1j]), [1, 1])))
# ---
import scipy.linalg as sla
sla.solve_toeplitz([0, 2, 3], [1, 2, 3])
# ---
import scipy.linalg as sla
sla.solve_toeplitz([1, 1, 1], [1, 2, 3])
# ---
import scipy.linalg as sla
sla.solve_toeplitz(([2, 1, 0], [2, 1, 2]), [1, 2, 3])
# ---
import scipy.linalg as sla
sla.solve_toeplitz([1, 2, 3], [1, 2])
# ---
import scipy.linalg as sla
sla.solve_toeplitz(([1, 2, 3], [1, 2]), [1, 2, 3])
# ---
import scipy.linalg as sla
sla.solve_toeplitz(([1, 2, 3],), [1, 2, 3])
# ---
import scipy.linalg as sla
sla.solve_toeplitz(([1, 2, 3], [1, 2, 3], [1]), [1, 2, 3])
# ---
import scipy.linalg as sla
sla.solve_toeplitz(3, [1])
# ---
import scipy.linalg as sla
sla.solve_toeplitz([3], 5)
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_toeplitz([1, 2], np.ones((2, 3, 2)))
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_toeplitz([1, np.inf], [1, 2])
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_toeplitz(np.ones((2, 3)) + [[2], [3]], np.ones((3, 2, 3)))
# ---
import numpy as np
from scipy.linalg import toeplitz, matmul_toeplitz
c = np.array([1, 3, 6, 10])
r = np.array([1, -1, -2, -3])
x = np.array([[1, 10], [2, 11], [2, 11], [5, 19]])
print(matmul_toeplitz((c, r), x))
print(toeplitz(c, r) @ x)
n = 100000
matmul_toeplitz([1] + [0]*(n-1), np.ones(n))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(4)
for m, n in [(1, 1), (3, 5), (6, 2), (17, 17), (30, 12)]:
    c = rng.normal(size=m); r = rng.normal(size=n)
    x = rng.normal(size=(n, 2))
    y = sla.matmul_toeplitz((c, r), x)
    print(m, n, y.dtype, np.allclose(y, sla.toeplitz(c, r) @ x))
    print(y)
    z = sla.matmul_toeplitz((c, r + 1j), x[:, 0])
    print(z.dtype, np.round(z.real, 12), np.round(z.imag, 12) + 0)
    if m == n:
        z = sla.matmul_toeplitz(c + 1j, x, workers=1)
        print(z.dtype, np.round(z.real, 12), np.round(z.imag, 12) + 0)
# ---
import numpy as np
import scipy.linalg as sla
print(sla.matmul_toeplitz([1, 2], [1, 2]), sla.matmul_toeplitz(([1, 2, 3], [1, 2]), [1, 2], workers=-1))
print(repr(sla.matmul_toeplitz(([1, 2], [1, 5]), np.zeros((2, 0)))))
print(sla.matmul_toeplitz(np.array([[1, 2], [3, 4.]]), [[1, 0], [0, 1]]))
# ---
import scipy.linalg as sla
sla.matmul_toeplitz(([1, 2, 3], [1, 2]), [1, 2, 3])
# ---
import scipy.linalg as sla
sla.matmul_toeplitz(([1, 2, 3], [1, 2]), [1, 2], workers=0)
# ---
import scipy.linalg as sla
sla.matmul_toeplitz(([], [1]), [1])
# ---
import numpy as np
import scipy.linalg as sla
sla.matmul_toeplitz(([1, 2], [1, 5]), [1, np.inf], check_finite=True)
# ---
import numpy as np
from scipy.linalg import solve_circulant, solve, circulant, lstsq
c = np.array([2, 2, 4])
b = np.array([1, 2, 3])
print(solve_circulant(c, b))
print(solve(circulant(c), b))
c = np.array([1, 1, 0, 0])
b = np.array([1, 2, 3, 4])
print(solve_circulant(c, b, singular='lstsq'))
x, resid, rnk, s = lstsq(circulant(c), b)
print(x)
c = np.array([[1.5, 2, 3, 0, 0], [1, 1, 4, 3, 2]])
b = np.arange(15).reshape(-1, 5)
x = solve_circulant(c[:, np.newaxis, :], b, baxis=-1, outaxis=-1)
print(x.shape)
print(np.round(x, 3))
solve_circulant(c[1], b[1, :])
# ---
import scipy.linalg as sla
sla.solve_circulant([1, 1, 0, 0], [1, 2, 3, 4])
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(8)
for n in (1, 2, 5, 16, 31):
    c = rng.normal(size=n); c[0] += 3
    b = rng.normal(size=(n, 2))
    x = sla.solve_circulant(c, b)
    print(n, x.dtype, np.allclose(sla.circulant(c) @ x, b))
    print(x)
    print(sla.solve_circulant(c + 1j * rng.normal(size=n), b[:, 0]))
    print(sla.solve_circulant(c, b.T, baxis=1, outaxis=1))
# ---
import numpy as np
import scipy.linalg as sla
print(sla.solve_circulant([2, 1, 0, 0], [1, 1, 1, 1]), sla.solve_circulant([1, 1, 0, 0], [1, 1, 1, 1], singular='foo'))
print(sla.solve_circulant([1, 1, 0, 0], np.ones((4, 4)), singular='lstsq'))
print(sla.solve_circulant([2, 1, 0, 0], np.ones((2, 4)), baxis=1, outaxis=-1))
print(repr(sla.solve_circulant([], [])), repr(sla.solve_circulant([2j, 1, 0, 0], np.ones((4, 0)))))
print(sla.solve_circulant(3, 2), sla.solve_circulant([True, False], [1, 1]))
print(sla.solve_circulant([[2, 1, 0], [3, 1, 1]], [1, 2, 3]))
print(sla.solve_circulant([[2, 1, 0], [3, 1, 1]], np.ones((2, 3)), baxis=1))
print(sla.solve_circulant([2, 1, 0, 0], [1, 1, 1, 1], tol=10, singular='lstsq'))
print(sla.solve_circulant([2, 1, 0, 0], [1, 1, 1, 1], tol=np.array([1, 2, 3, 4.]), singular='lstsq'))
print(sla.solve_circulant([0, 0, 0], [1, 1, 1], singular='lstsq'), sla.solve_circulant([1, 2, 3], [1, 1, 1], tol=-1))
# ---
import scipy.linalg as sla
sla.solve_circulant([2, 1, 0, 0], [1, 1, 1, 1], tol=10)
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_circulant([1, 1, 0, 0], np.ones((4, 2)), singular='lstsq')
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_circulant([1, 1, 0, 0], np.ones((4, 1)), singular='lstsq')
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_circulant([2, 1, 0, 0], np.ones((2, 4)), baxis=1, outaxis=2)
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_circulant([2, 1, 0, 0], np.ones((2, 4)), baxis=2)
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_circulant([2, 1, 0, 0], np.ones((2, 4)), caxis=1)
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_circulant([2, 1, 0, 0], np.ones(3))
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_circulant([[2, 1, 0], [3, 1, 1]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]])
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_circulant([2, 1, 0, 0], [1, 1, 1, 1], caxis=0.5)
# ---
import numpy as np
from scipy.linalg import orthogonal_procrustes
A = np.array([[ 2,  0,  1], [-2,  0,  0]])
R, sca = orthogonal_procrustes(A, np.fliplr(A))
print(np.round(R, 12) + 0)
sca
# ---
import numpy as np
from scipy.linalg import orthogonal_procrustes
shape = (4, 4)
rng = np.random.default_rng(589234981235)
A = rng.random(shape) + rng.random(shape)*1j
Q = rng.random(shape) + rng.random(shape)*1j
Q, _ = np.linalg.qr(Q)
B = A @ Q
R, _ = orthogonal_procrustes(A, B)
np.allclose(R, Q)
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(12)
for m, n in [(5, 3), (3, 3), (6, 1), (4, 4)]:
    A = rng.normal(size=(m, n)); B = rng.normal(size=(m, n))
    R, s = sla.orthogonal_procrustes(A, B)
    print(R.dtype, np.allclose(R.T @ R, np.eye(n)), np.round(s, 10))
    print(R)
    Az = A + 1j * rng.normal(size=(m, n))
    R, s = sla.orthogonal_procrustes(Az, B)
    print(R.dtype, np.allclose(R.conj().T @ R, np.eye(n)), np.round(s, 10))
    print(R)
# ---
import numpy as np
import scipy.linalg as sla
print(sla.orthogonal_procrustes(np.zeros((0, 0)), np.zeros((0, 0))))
print(sla.orthogonal_procrustes(np.zeros((3, 0)), np.zeros((3, 0))))
print(sla.orthogonal_procrustes([[1, 2], [3, 4]], [[1, 2], [3, 4]]))
R, s = sla.orthogonal_procrustes(np.ones((2, 4)), np.arange(8.).reshape(2, 4))
print(np.allclose(R.T @ R, np.eye(4)), np.round(s, 10))
R, s = sla.orthogonal_procrustes(np.ones((2, 2, 2)) + np.eye(2), np.eye(2))
print(type(sla.orthogonal_procrustes(np.ones((2, 2, 2)) + np.eye(2), np.eye(2))).__name__, np.round(R, 12) + 0, s)
# ---
import scipy.linalg as sla
sla.orthogonal_procrustes([1, 2], [1, 2])
# ---
import scipy.linalg as sla
sla.orthogonal_procrustes([[1, 2]], [[1, 2], [3, 4]])
# ---
import numpy as np
import scipy.linalg as sla
sla.orthogonal_procrustes([[1, 2]], [[1, np.nan]])
# ---
import numpy as np
import scipy.linalg as sla
sla.orthogonal_procrustes([[1, 2]], B=[[1, 2]], A=[[1, 2]])
# ---
import numpy as np
from scipy.linalg import pinvh
rng = np.random.default_rng(14)
a = rng.standard_normal((9, 6))
a = np.dot(a, a.T)
B = pinvh(a)
print(np.allclose(a, a @ B @ a), np.allclose(B, B @ a @ B))
B, r = pinvh(a, return_rank=True)
print(r, type(r).__name__)
print(np.round(B, 10))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(15)
for n in (1, 2, 4, 7):
    x = rng.normal(size=(n, n)) + 1j * rng.normal(size=(n, n))
    h = x + x.conj().T
    p = sla.pinvh(h)
    print(p.dtype, p.real, np.round(p.imag, 12) + 0)
    print(sla.pinvh(h.real, lower=False, atol=0.5, return_rank=True))
    p, r = sla.pinvh(h, rtol=0.3, return_rank=True)
    print(r, p.real, np.round(p.imag, 12) + 0)
# ---
import numpy as np
import scipy.linalg as sla
print(sla.pinvh([[1, 2], [2, 4]], return_rank=True))
print(sla.pinvh(np.zeros((0, 0)), return_rank=True))
print(sla.pinvh(np.stack([np.eye(2), np.zeros((2, 2))]), return_rank=True))
print(sla.pinvh([[1, 2j], [-2j, 4]]))
print(sla.pinvh([[1, 5], [2, 4]], lower=False), sla.pinvh([[1, 5], [2, 4]]))
print(sla.pinvh([[4]]), sla.pinvh([[0]]), sla.pinvh([[True]]))
# ---
import scipy.linalg as sla
sla.pinvh([[1, 2], [2, 4]], atol=-1)
# ---
import scipy.linalg as sla
sla.pinvh([[1, 2], [2, 4]], rtol=-1e-3)
# ---
import scipy.linalg as sla
sla.pinvh([[1, 2], [2, 4], [1, 1]])
# ---
import scipy.linalg as sla
sla.pinvh([1, 2])
# ---
import numpy as np
import scipy.linalg as sla
sla.pinvh([[1, np.nan], [1, 1]])
# ---
import numpy as np
from scipy.linalg import subspace_angles
H = np.array([[1, 1, 1, 1], [1, -1, 1, -1], [1, 1, -1, -1], [1, -1, -1, 1]])
print(H)
print(subspace_angles(H[:, :2], H[:, 2:]) * 180 / np.pi)
print(subspace_angles(H[:, :2], H[:, :2]) < 1e-15)
rng = np.random.default_rng(16)
x = rng.standard_normal((4, 3))
subspace_angles(x[:, :2], x[:, [2]]) * 180 / np.pi
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(17)
for m, n, k in [(5, 2, 3), (6, 3, 3), (4, 1, 1), (7, 4, 2)]:
    A = rng.normal(size=(m, n)); B = rng.normal(size=(m, k))
    print(sla.subspace_angles(A, B))
    print(sla.subspace_angles(A + 1j * rng.normal(size=(m, n)), B))
    print(np.round(sla.subspace_angles(A, A @ rng.normal(size=(n, n)) + 1e-9 * rng.normal(size=(m, n))), 13))
# ---
import numpy as np
import scipy.linalg as sla
print(repr(sla.subspace_angles(np.zeros((3, 0)), np.eye(3))), repr(sla.subspace_angles(np.zeros((3, 2)), np.eye(3))))
print(sla.subspace_angles([[1, 0], [0, 1], [0, 0]], [[1], [1], [0]]))
print(sla.subspace_angles(np.stack([np.eye(3)[:, :2], np.eye(3)[:, 1:]]), [[0], [0], [1]]))
# ---
import numpy as np
import scipy.linalg as sla
sla.subspace_angles(np.eye(3), np.eye(2))
# ---
import numpy as np
import scipy.linalg as sla
sla.subspace_angles([1, 2], np.eye(2))
# ---
import numpy as np
import scipy.linalg as sla
sla.subspace_angles(np.eye(2), [1, 2])
# ---
import numpy as np
import scipy.linalg as sla
sla.subspace_angles(np.eye(2), [[1, np.inf], [1, 1]])
# ---
import numpy as np
import scipy.linalg as sla
print(repr(sla.cholesky_banded(np.zeros((0, 3)))), repr(sla.cholesky_banded(np.ones((2, 0, 3)))))
print(sla.cholesky_banded(np.ones((3, 1, 3))), sla.cholesky_banded(np.ones((1, 3)), lower=True))
print(sla.solveh_banded(np.ones((3, 1)), np.ones((1,))), sla.cho_solve_banded((np.ones((3, 1)), True), np.ones((1,))))
print(repr(sla.solve_toeplitz([], [])), repr(sla.matmul_toeplitz([], [])))
print(sla.matmul_toeplitz(([1], [1, 2, 3]), np.ones((3, 2))), repr(sla.matmul_toeplitz(([], [1, 2, 3]), np.ones((3, 2)))))
print(repr(sla.solve_circulant(np.ones((0, 3)), np.ones((3,)))))
print(sla.solve_circulant([[1, 2], [3, 4]], [[1, 2], [3, 4]], caxis=0, baxis=1, outaxis=-2))
print(repr(sla.subspace_angles(np.zeros((0, 2)), np.zeros((0, 3)))), repr(sla.pinvh(np.ones((2, 0, 0)))))
print(sla.pinvh(np.zeros((3, 3)), return_rank=True))
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_banded((0, -1), np.zeros((0, 3)), [1, 2, 3])
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_banded((-1, 0), np.zeros((0, 3)), [1, 2, 3])
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_banded((1, 1), np.ones((3, 3)), np.ones((3, 0, 2)))
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_circulant(np.ones((3, 0)), np.ones((3, 0)))
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_circulant(np.ones((0, 3)), np.ones((3, 2)))
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_circulant([1, 2], [1, 2], outaxis=5)
# ---
import numpy as np
import scipy.linalg as sla
sla.orthogonal_procrustes(np.ones((3, 2, 2)), np.ones((2, 3, 2)))
# ---
import numpy as np
import scipy.linalg as sla
sla.orthogonal_procrustes([[np.nan]], [[1.]], check_finite=False)
# ---
import numpy as np
import scipy.linalg as sla
print(sla.pinvh([[np.nan, 1], [1, 1]], check_finite=False))
print(sla.solveh_banded([[0, 1], [np.nan, 2]], [1, 1], check_finite=False))
print(sla.cholesky_banded([[0, 1], [np.nan, 2]], check_finite=False))
print(sla.solve_toeplitz([np.nan, 1], [1, 1], check_finite=False))
