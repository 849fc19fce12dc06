import numpy as np
from scipy.linalg import schur, eigvals
A = np.array([[0, 2, 2], [0, 1, 2], [1, 0, 1]])
T, Z = schur(A)
print(T); print(Z)
# ---
import numpy as np
from scipy.linalg import schur, eigvals
def rc(x, d): return np.round(np.real(x), d) + 1j * np.round(np.imag(x), d) + 0
A = np.array([[0, 2, 2], [0, 1, 2], [1, 0, 1]])
T2, Z2 = schur(A, output='complex')
print(T2.dtype, Z2.dtype)
print(rc(np.diag(T2), 8))
print(np.allclose(Z2 @ T2 @ Z2.conj().T, A), np.allclose(Z2.conj().T @ Z2, np.eye(3)), np.allclose(np.tril(T2, -1), 0))
print(np.round(np.abs(T2), 8))
# ---
import numpy as np
from scipy.linalg import schur
A = np.array([[0, 2, 2], [0, 1, 2], [1, 0, 1]])
_, _, sdim = schur(A, output='complex', sort=lambda x: x.imag > 1e-15)
sdim
# ---
import numpy as np
from scipy.linalg import schur
A = np.array([[0, 2, 2], [0, 1, 2], [1, 0, 1]])
_, _, sdim = schur(A, output='real', sort=lambda x, y: y > 1e-15)
sdim
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(0)
a = rng.normal(size=(6, 6))
T, Z = sla.schur(a)
print(np.round(T, 10)); print(np.round(Z, 10))
# ---
import numpy as np
import scipy.linalg as sla
def rc(x, d): return np.round(np.real(x), d) + 1j * np.round(np.imag(x), d) + 0
rng = np.random.default_rng(1)
a = rng.normal(size=(40, 40))
T, Z = sla.schur(a)
print(np.allclose(Z @ T @ Z.T, a), np.allclose(Z.T @ Z, np.eye(40)), np.allclose(np.tril(T, -2), 0))
print(np.sort(rc(sla.eigvals(T), 8)))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(2)
a = rng.normal(size=(100, 100))
T, Z = sla.schur(a)
print(np.allclose(Z @ T @ Z.T, a), np.allclose(Z.T @ Z, np.eye(100)), np.count_nonzero(np.tril(T, -2)))
# standardised 2x2 blocks: equal diagonal, opposite-sign off-diagonal
sub = np.nonzero(np.diag(T, -1))[0]
print(all(T[i, i] == T[i + 1, i + 1] and T[i, i + 1] * T[i + 1, i] < 0 for i in sub))
print(np.round(np.sort(np.abs(np.linalg.eigvals(a))), 8)[:5])
# ---
import numpy as np
import scipy.linalg as sla
def rc(x, d): return np.round(np.real(x), d) + 1j * np.round(np.imag(x), d) + 0
rng = np.random.default_rng(3)
a = rng.normal(size=(5, 5)) + 1j * rng.normal(size=(5, 5))
T, Z = sla.schur(a)
print(T.dtype, Z.dtype)
print(np.allclose(Z @ T @ Z.conj().T, a), np.allclose(Z.conj().T @ Z, np.eye(5)), np.allclose(np.tril(T, -1), 0))
print(np.sort(rc(np.diag(T), 8)))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(4)
a = rng.normal(size=(90, 90)) + 1j * rng.normal(size=(90, 90))
T, Z = sla.schur(a, output='real')
print(T.dtype, np.allclose(Z @ T @ Z.conj().T, a), np.allclose(Z.conj().T @ Z, np.eye(90)), np.count_nonzero(np.tril(T, -1)))
# ---
import numpy as np
import scipy.linalg as sla
def rc(x, d): return np.round(np.real(x), d) + 1j * np.round(np.imag(x), d) + 0
rng = np.random.default_rng(5)
a = rng.normal(size=(7, 7))
for s in ['lhp', 'rhp', 'iuc', 'ouc']:
    T, Z, sdim = sla.schur(a, sort=s)
    ev = sla.eigvals(T)
    print(s, sdim, np.allclose(Z @ T @ Z.T, a), np.sort(rc(ev[:sdim], 8)))
# ---
import numpy as np
import scipy.linalg as sla
def rc(x, d): return np.round(np.real(x), d) + 1j * np.round(np.imag(x), d) + 0
rng = np.random.default_rng(6)
a = rng.normal(size=(8, 8))
for s in ['lhp', 'rhp', 'iuc', 'ouc']:
    T, Z, sdim = sla.schur(a, output='complex', sort=s)
    print(s, sdim, np.allclose(Z @ T @ Z.conj().T, a), np.sort(rc(np.diag(T)[:sdim], 8)))
# ---
import numpy as np
import scipy.linalg as sla
calls = []
def sel(x, y):
    calls.append((round(x, 6), round(y, 6)))
    return x < 0
a = np.array([[0, 2, 2], [0, 1, 2], [1, 0, 1.]])
T, Z, sdim = sla.schur(a, sort=sel)
print(sdim, len(calls), sorted(calls))
print(np.round(T, 8))
# ---
import numpy as np
import scipy.linalg as sla
def rc(x, d): return np.round(np.real(x), d) + 1j * np.round(np.imag(x), d) + 0
calls = []
def sel(z):
    calls.append(type(z).__name__)
    return z.real < 0
a = np.array([[0, 2, 2], [0, 1, 2], [1, 0, 1.]])
T, Z, sdim = sla.schur(a, output='complex', sort=sel)
print(sdim, calls)
print(rc(np.diag(T), 8))
# ---
import numpy as np
import scipy.linalg as sla
a = np.diag([3., -1, 2, -5]) + np.triu(np.ones((4, 4)), 1)
T, Z, sdim = sla.schur(a, sort='lhp')
print(sdim); print(np.round(np.diag(T), 12))
print(np.allclose(Z @ T @ Z.T, a))
# ---
import numpy as np
import scipy.linalg as sla
a = np.array([[0, 2, 2], [0, 1, 2], [1, 0, 1.]])
sla.schur(a, sort=lambda x, y: None)[2]
# ---
import numpy as np
import scipy.linalg as sla
a = np.array([[0, 2, 2], [0, 1, 2], [1, 0, 1.]])
sla.schur(a, sort=lambda x, y: 2.5)[2]
# ---
import numpy as np
import scipy.linalg as sla
a = np.array([[0, 2, 2], [0, 1, 2], [1, 0, 1.]])
sla.schur(a, sort=lambda x, y: 'yes')
# ---
import numpy as np
import scipy.linalg as sla
a = np.array([[0, 2, 2], [0, 1, 2], [1, 0, 1.]])
sla.schur(a, sort=lambda x, y: 1 / 0)
# ---
import numpy as np
import scipy.linalg as sla
a = np.array([[0, 2, 2], [0, 1, 2], [1, 0, 1.]])
sla.schur(a, output='complex', sort=lambda x, y: True)
# ---
import numpy as np
import scipy.linalg as sla
a = np.array([[0, 2, 2], [0, 1, 2], [1, 0, 1.]])
sla.schur(a, sort=lambda x, y, z: True)
# ---
import numpy as np
import scipy.linalg as sla
def rc(x, d): return np.round(np.real(x), d) + 1j * np.round(np.imag(x), d) + 0
# f2py passes a callback only the arguments it takes
a = np.array([[0, 2, 2], [0, 1, 2], [1, 0, 1.]])
print(sla.schur(a, sort=lambda x: x)[2])
print(sla.schur(a, sort=lambda: True)[2])
print(sla.schur(a, 'complex', sort=lambda x, y=3: print(rc(x, 6), y) or True)[2])
print(sla.schur(a, sort=lambda x, y=3, z=4: print(round(x, 6), round(y, 6), z) or x > 0)[2])
# ---
import numpy as np
import scipy.linalg as sla
a = np.array([[0, 2, 2], [0, 1, 2], [1, 0, 1.]])
print(sla.schur(a, sort=lambda x, y: np.array([x > 0, True]))[2])
print(sla.schur(a, 'c', sort=lambda x: np.True_)[2])
print(sla.schur(a, 'c', sort=lambda x: -0.5)[2])
# ---
import numpy as np
import scipy.linalg as sla
a = np.array([[0, 2, 2], [0, 1, 2], [1, 0, 1.]])
print(sla.schur(a, 'c', sort=lambda x: x)[2])
print(sla.schur(a, 'c', sort=lambda x: [x.imag, 1])[2])
print(sla.schur(a, 'c', sort=lambda x: 1j)[2])
# ---
import numpy as np
import scipy.linalg as sla
sla.schur(np.eye(3), sort='xx')
# ---
import numpy as np
import scipy.linalg as sla
sla.schur(np.eye(3), sort=3)
# ---
import numpy as np
import scipy.linalg as sla
sla.schur(np.zeros((0, 0)), sort='xx')
# ---
import numpy as np
import scipy.linalg as sla
print(sla.schur(np.zeros((0, 0))))
print(sla.schur(np.zeros((0, 0), int), output='complex'))
print(sla.schur(np.zeros((0, 0), complex), sort='lhp'))
# ---
import numpy as np
import scipy.linalg as sla
print(sla.schur([[3.5]])); print(sla.schur([[2]], 'complex')); print(sla.schur([[1j]], sort='rhp'))
# ---
import numpy as np
import scipy.linalg as sla
sla.schur([[1, 2, 3], [4, 5, 6]])
# ---
import numpy as np
import scipy.linalg as sla
sla.schur([1, 2, 3])
# ---
import numpy as np
import scipy.linalg as sla
sla.schur(np.eye(2), output='x')
# ---
import numpy as np
import scipy.linalg as sla
sla.schur([[1, np.inf], [0, 1]])
# ---
import numpy as np
import scipy.linalg as sla
sla.schur(np.eye(3), lwork=2)
# ---
import numpy as np
import scipy.linalg as sla
sla.schur(np.eye(3), 'c', lwork=5)
# ---
import numpy as np
import scipy.linalg as sla
print(sla.schur(np.diag([1., 2, 3]), lwork=9)); print(sla.schur(np.diag([1., 2, 3]), 'c', lwork=6)[1]); print(sla.schur(np.diag([1., 2, 3]), lwork=-1)[0])
# ---
import numpy as np
import scipy.linalg as sla
sla.schur(np.eye(3), lwork='a')
# ---
import numpy as np
import scipy.linalg as sla
print(sla.schur(np.array([[1, 2], [3, 4]]), 'r'))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(7)
a = rng.normal(size=(2, 3, 3))
r = sla.schur(a)
print(type(r).__name__, len(r), r[0].shape)
print(np.allclose(r[1] @ r[0] @ r[1].transpose(0, 2, 1), a))
r = sla.schur(a, sort='lhp')
print(type(r).__name__, r[2].dtype, r[2])
# ---
import numpy as np
import scipy.linalg as sla
sla.schur(np.zeros((0, 3, 3)))
# ---
import numpy as np
import scipy.linalg as sla
# scaled matrices: gees scales tiny and huge matrices before the QR iteration
a = np.array([[1., 2, 0], [-3, 1, 1], [0, 1, 5]])
for s in [1e-160, 1e160]:
    T, Z = sla.schur(a * s)
    print(np.round(T / s, 8)); print(np.round(np.abs(Z), 8))
# ---
import numpy as np
import scipy.linalg as sla
def rc(x, d): return np.round(np.real(x), d) + 1j * np.round(np.imag(x), d) + 0
# a matrix whose eigenvalues gebal isolates by permutation
a = np.array([[1., 0, 0, 0], [2, 3, 0, 4], [5, 6, 7, 8], [0, 0, 0, 9]])
T, Z = sla.schur(a)
print(np.round(T, 10)); print(np.round(Z, 10))
T, Z = sla.schur(a, 'complex')
print(rc(np.diag(T), 10)); print(np.allclose(Z @ T @ Z.conj().T, a))
# ---
import numpy as np
import scipy.linalg as sla
# defective: a Jordan block
a = np.array([[2., 1, 0], [0, 2, 1], [0, 0, 2]])
print(sla.schur(a))
# ---
import numpy as np
import scipy.linalg as sla
def rc(x, d): return np.round(np.real(x), d) + 1j * np.round(np.imag(x), d) + 0
a = np.array([[0., -1], [1, 0]])
print(sla.schur(a)); print(rc(sla.schur(a, 'complex')[0], 12))
# ---
import numpy as np
from scipy.linalg import schur, rsf2csf
def rc(x, d): return np.round(np.real(x), d) + 1j * np.round(np.imag(x), d) + 0
A = np.array([[0, 2, 2], [0, 1, 2], [1, 0, 1]])
T, Z = schur(A)
T2, Z2 = rsf2csf(T, Z)
print(rc(T2, 8)); print(rc(Z2, 8))
# ---
import numpy as np
import scipy.linalg as sla
def rc(x, d): return np.round(np.real(x), d) + 1j * np.round(np.imag(x), d) + 0
rng = np.random.default_rng(8)
a = rng.normal(size=(12, 12))
T, Z = sla.rsf2csf(*sla.schur(a))
print(T.dtype, np.allclose(Z @ T @ Z.conj().T, a), np.allclose(Z.conj().T @ Z, np.eye(12)), np.count_nonzero(np.tril(T, -1)))
print(np.sort(rc(np.diag(T), 8)))
# ---
import numpy as np
import scipy.linalg as sla
print(sla.rsf2csf([[1, 2], [3, 4]], [[1, 0], [0, 1]]))
# ---
import numpy as np
import scipy.linalg as sla
sla.rsf2csf([[1, 2], [3, 4]], np.eye(3))
# ---
import numpy as np
import scipy.linalg as sla
sla.rsf2csf([1, 2], np.eye(2))
# ---
import numpy as np
import scipy.linalg as sla
sla.rsf2csf(np.eye(2), [[1, 2, 3], [4, 5, 6]])
# ---
import numpy as np
import scipy.linalg as sla
sla.rsf2csf(np.eye(2), [[1, np.nan], [0, 1]])
# ---
import numpy as np
import scipy.linalg as sla
sla.rsf2csf(np.eye(3, dtype=bool), np.eye(3))
# ---
import numpy as np
import scipy.linalg as sla
sla.rsf2csf(np.eye(3, dtype=bool), np.eye(2))
# ---
import numpy as np
import scipy.linalg as sla
print(sla.rsf2csf(np.zeros((0, 0)), np.zeros((0, 0), int)))
print(sla.rsf2csf([[2.]], [[1.]]))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(9)
a = rng.normal(size=(3, 4, 4))
t, z = sla.schur(a)
r = sla.rsf2csf(t, z)
print(type(r).__name__, r[0].shape, np.allclose(r[1] @ r[0] @ np.conj(r[1].transpose(0, 2, 1)), a))
# ---
import numpy as np
from scipy.linalg import hessenberg
A = np.array([[2, 5, 8, 7], [5, 2, 2, 8], [7, 5, 6, 6], [5, 4, 4, 8]])
H = hessenberg(A)
H
# ---
import numpy as np
from scipy.linalg import hessenberg
A = np.array([[2, 5, 8, 7], [5, 2, 2, 8], [7, 5, 6, 6], [5, 4, 4, 8]])
H, Q = hessenberg(A, calc_q=True)
print(Q)
print(np.allclose(Q @ H @ Q.T - A, np.zeros((4, 4))))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(10)
a = rng.normal(size=(7, 7))
h, q = sla.hessenberg(a, calc_q=True)
print(np.round(h, 10)); print(np.round(q, 10))
# ---
import numpy as np
import scipy.linalg as sla
def rc(x, d): return np.round(np.real(x), d) + 1j * np.round(np.imag(x), d) + 0
rng = np.random.default_rng(11)
a = rng.normal(size=(6, 6)) + 1j * rng.normal(size=(6, 6))
h, q = sla.hessenberg(a, calc_q=True)
print(rc(h, 7)); print(rc(q, 7))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(12)
a = rng.normal(size=(150, 150))
h, q = sla.hessenberg(a, calc_q=True)
print(np.allclose(q @ h @ q.T, a), np.allclose(q.T @ q, np.eye(150)), np.count_nonzero(np.tril(h, -2)))
print(np.round(np.abs(np.diag(h, -1))[:6], 8))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(13)
a = rng.normal(size=(140, 140)) + 1j * rng.normal(size=(140, 140))
h, q = sla.hessenberg(a, calc_q=True)
print(np.allclose(q @ h @ q.conj().T, a), np.allclose(q.conj().T @ q, np.eye(140)), np.count_nonzero(np.tril(h, -2)))
print(np.round(np.abs(np.diag(h, -1))[:6], 8))
# ---
import numpy as np
import scipy.linalg as sla
print(sla.hessenberg(np.array([[1, 2], [3, 4]])))
print(sla.hessenberg(np.array([[1, 2], [3, 4]]), calc_q=True))
print(sla.hessenberg([[True]], calc_q=True))
print(sla.hessenberg([[1j]], calc_q=True))
# ---
import numpy as np
import scipy.linalg as sla
print(sla.hessenberg(np.zeros((0, 0), int)))
print(sla.hessenberg(np.zeros((0, 0), complex), calc_q=True))
# ---
import numpy as np
import scipy.linalg as sla
print(sla.hessenberg(np.eye(3), calc_q=True))
print(sla.hessenberg(np.triu(np.ones((4, 4)))))
# ---
import numpy as np
import scipy.linalg as sla
sla.hessenberg(np.ones((2, 3)))
# ---
import numpy as np
import scipy.linalg as sla
sla.hessenberg([[1, 2, 3], [4, np.nan, 6], [7, 8, 9]])
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(14)
a = rng.normal(size=(2, 5, 5))
r = sla.hessenberg(a, calc_q=True)
print(type(r).__name__, r[0].shape, np.allclose(r[1] @ r[0] @ r[1].transpose(0, 2, 1), a))
print(np.round(sla.hessenberg(a)[1], 10) + 0)
# ---
import numpy as np
from scipy import linalg
x = np.array([[1,2,0], [9,1,0.01], [1,2,10*np.pi]])
y, permscale = linalg.matrix_balance(x)
print(np.abs(x).sum(axis=0) / np.abs(x).sum(axis=1))
print(np.abs(y).sum(axis=0) / np.abs(y).sum(axis=1))
permscale
# ---
import numpy as np
from scipy import linalg
x = np.array([[1,2,0], [9,1,0.01], [1,2,10*np.pi]])
print(linalg.matrix_balance(x, separate=True))
print(linalg.matrix_balance(x, permute=False))
print(linalg.matrix_balance(x, scale=False))
print(linalg.matrix_balance(x, permute=False, scale=False))
# ---
import numpy as np
import scipy.linalg as sla
a = np.array([[1., 0, 0, 0], [2, 3, 0, 4], [5, 6, 7, 8], [0, 0, 0, 9]])
b, t = sla.matrix_balance(a)
print(b); print(t)
print(np.allclose(np.linalg.solve(t, a) @ t, b))
print(sla.matrix_balance(a, separate=True))
# ---
import numpy as np
import scipy.linalg as sla
# rows and columns to isolate on both sides
a = np.array([[5., 0, 0, 0, 0], [1, 2, 1e4, 3, 0], [7, 1e-4, 3, 4, 0], [2, 3, 4, 1, 0], [1, 2, 3, 4, 6]])
for sep in [False, True]:
    print(sla.matrix_balance(a, separate=sep))
print(sla.matrix_balance(a.T, separate=True))
# ---
import numpy as np
import scipy.linalg as sla
a = np.array([[1e-3, 1e5, 0], [1e-5, 2, 3e6], [4e-4, 1e-6, 3]])
print(sla.matrix_balance(a, separate=True))
print(sla.matrix_balance(a + 1j * a.T, separate=True))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(15)
a = rng.normal(size=(6, 6)) * np.array([1e-6, 1e-3, 1, 1e2, 1e4, 1e6])
b, (s, p) = sla.matrix_balance(a, separate=True)
print(s, p)
print(np.round(b, 6))
# ---
import numpy as np
import scipy.linalg as sla
print(sla.matrix_balance(np.zeros((0, 0), int), separate=True))
print(sla.matrix_balance(np.zeros((0, 0))))
print(sla.matrix_balance(np.zeros((0, 0), complex), separate=True))
print(sla.matrix_balance(3))
print(sla.matrix_balance([[0, 0], [0, 0]], separate=True))
print(sla.matrix_balance([[1, 2], [3, 4]]))
# ---
import numpy as np
import scipy.linalg as sla
sla.matrix_balance([1, 2])
# ---
import numpy as np
import scipy.linalg as sla
sla.matrix_balance([[1, np.inf], [1, 2]])
# ---
import numpy as np
import scipy.linalg as sla
a = np.array([[[1., 100], [0.01, 4]], [[1, 2], [3, 4]]])
print(sla.matrix_balance(a))
print(sla.matrix_balance(a, separate=True))
# ---
import numpy as np
from scipy import linalg
def rc(x, d): return np.round(np.real(x), d) + 1j * np.round(np.imag(x), d) + 0
X = np.array([[1, 2, 3], [0, 4, 5], [0, -5, 4]])
w, v = linalg.eig(X)
print(rc(w, 8))
wr, vr = linalg.cdf2rdf(w, v)
print(wr)
print(np.round(vr @ wr - X @ vr, 10) + 0)
# ---
import numpy as np
import scipy.linalg as sla
print(sla.cdf2rdf(np.array([1, 2 + 1j, 2 - 1j]), np.eye(3)))
print(sla.cdf2rdf(np.array([1, 2, 3]), np.eye(3)))
print(sla.cdf2rdf(np.array([1., 2, 3]), np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]])))
print(sla.cdf2rdf(np.array([1j, -1j, 3]), np.array([[1j, -1j, 0], [1, 1, 0], [0, 0, 1]])))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(16)
x = rng.normal(size=(3, 5, 5))
w, v = np.linalg.eig(x)
wr, vr = sla.cdf2rdf(w, v)
print(wr.shape, vr.shape, wr.dtype, vr.dtype)
print(np.allclose(vr @ wr, x @ vr))
print(np.allclose(np.sort(np.linalg.eigvals(wr), axis=-1), np.sort(w, axis=-1)))
# ---
import numpy as np
import scipy.linalg as sla
print(sla.cdf2rdf(np.array([[1, 2 + 1j, 2 - 1j], [1, 2, 3]]), np.eye(3)[None]))
# ---
import numpy as np
import scipy.linalg as sla
sla.cdf2rdf(np.array([1, 2 + 1j, 3]), np.eye(3))
# ---
import numpy as np
import scipy.linalg as sla
sla.cdf2rdf(np.array(1), np.eye(3))
# ---
import numpy as np
import scipy.linalg as sla
sla.cdf2rdf(np.array([1, 2]), np.array([1, 2]))
# ---
import numpy as np
import scipy.linalg as sla
sla.cdf2rdf(np.array([1, 2]), np.eye(2)[None])
# ---
import numpy as np
import scipy.linalg as sla
sla.cdf2rdf(np.array([1, 2]), np.ones((2, 3)))
# ---
import numpy as np
import scipy.linalg as sla
sla.cdf2rdf(np.array([1, 2, 3]), np.eye(2))
# ---
import numpy as np
import scipy.linalg as sla
sla.cdf2rdf(np.array([1, np.nan]), np.eye(2))
# ---
import numpy as np
import scipy.linalg as sla
print(sla.cdf2rdf(np.array([True, False]), np.eye(2)))
print(sla.cdf2rdf(np.zeros(0), np.zeros((0, 0))))
# ---
import numpy as np
from scipy.linalg import qz
A = np.array([[1, 2, -1], [5, 5, 5], [2, 4, -8]])
B = np.array([[1, 1, -3], [3, 1, -1], [5, 6, -2]])
AA, BB, Q, Z = qz(A, B)
print(AA.dtype, BB.dtype, Q.dtype, Z.dtype)
# signs of the Schur vectors are not determined: print what is
print(np.round(np.abs(AA), 8)); print(np.round(np.abs(BB), 8))
print(np.round(np.abs(Q), 8)); print(np.round(np.abs(Z), 8))
print(np.allclose(Q @ AA @ Z.T, A), np.allclose(Q @ BB @ Z.T, B))
# ---
import numpy as np
from scipy.linalg import qz
def rc(x, d): return np.round(np.real(x), d) + 1j * np.round(np.imag(x), d) + 0
A = np.array([[1, 2, -1], [5, 5, 5], [2, 4, -8]])
B = np.array([[1, 1, -3], [3, 1, -1], [5, 6, -2]])
AA, BB, Q, Z = qz(A, B, output='complex')
print(AA.dtype, np.allclose(Q @ AA @ Z.conj().T, A), np.allclose(Q @ BB @ Z.conj().T, B))
print(np.allclose(np.tril(AA, -1), 0), np.allclose(np.tril(BB, -1), 0), np.all(np.diag(BB).imag == 0), np.all(np.diag(BB).real >= 0))
print(np.sort(rc(np.diag(AA) / np.diag(BB), 8)))
print(np.round(np.abs(np.diag(AA)), 8), np.round(np.diag(BB).real, 8))
# ---
import numpy as np
from scipy.linalg import ordqz
A = np.array([[2, 5, 8, 7], [5, 2, 2, 8], [7, 5, 6, 6], [5, 4, 4, 8]])
B = np.array([[0, 6, 0, 0], [5, 0, 2, 1], [5, 2, 6, 6], [4, 7, 7, 7]])
AA, BB, alpha, beta, Q, Z = ordqz(A, B, sort='lhp')
(alpha/beta).real < 0
# ---
import numpy as np
import scipy.linalg as sla
def rc(x, d): return np.round(np.real(x), d) + 1j * np.round(np.imag(x), d) + 0
A = np.array([[-21.1, -22.5, 5.25, -1.2], [53.5, -50.5, -4.5, 2], [-31.4, 29.9, -2.2, 1], [-21.1, 5.2, -2.1, 3.3]])
B = np.array([[1, 2, 3, 4], [2, -5, 4, 2], [9, 3, -1, 5], [2, 0, 3, 3.]])
for out in ['real', 'complex']:
    for s in ['lhp', 'rhp', 'iuc', 'ouc']:
        AA, BB, alpha, beta, Q, Z = sla.ordqz(A, B, sort=s, output=out)
        print(out, s, AA.dtype, alpha.dtype, beta.dtype, np.allclose(Q @ AA @ Z.conj().T, A), np.allclose(Q @ BB @ Z.conj().T, B))
        print(rc(alpha / beta, 6))
# ---
import numpy as np
import scipy.linalg as sla
def rc(x, d): return np.round(np.real(x), d) + 1j * np.round(np.imag(x), d) + 0
A = np.array([[-21.1, -22.5, 5.25, -1.2], [53.5, -50.5, -4.5, 2], [-31.4, 29.9, -2.2, 1], [-21.1, 5.2, -2.1, 3.3]])
B = np.array([[1, 2, 3, 4], [2, -5, 4, 2], [9, 3, -1, 5], [2, 0, 3, 3.]])
AA, BB, alpha, beta, Q, Z = sla.ordqz(A, B, sort='lhp')
# the real form: alpha, beta of a 2x2 block from dlag2 are determined
print(rc(alpha, 8)); print(np.round(beta, 8))
print(np.round(np.abs(np.diag(AA)), 8)); print(np.round(np.abs(np.diag(BB)), 8))
# ---
import numpy as np
import scipy.linalg as sla
def rc(x, d): return np.round(np.real(x), d) + 1j * np.round(np.imag(x), d) + 0
rng = np.random.default_rng(20)
for n in [1, 2, 5, 12, 30]:
    a = rng.normal(size=(n, n)); b = rng.normal(size=(n, n))
    AA, BB, Q, Z = sla.qz(a, b)
    ok = np.allclose(Q @ AA @ Z.T, a) and np.allclose(Q @ BB @ Z.T, b) and np.allclose(Q.T @ Q, np.eye(n)) and np.allclose(Z.T @ Z, np.eye(n))
    ok = ok and np.allclose(np.tril(BB, -1), 0) and np.allclose(np.tril(AA, -2), 0)
    AA, BB, alpha, beta, Q, Z = sla.ordqz(a, b, sort='iuc')
    k = np.sum(np.abs(alpha / beta) < 1)
    print(n, ok, k, np.all(np.abs(alpha[:k] / beta[:k]) < 1), np.allclose(Q @ AA @ Z.T, a))
    print(np.sort(rc(alpha / beta, 6)))
# ---
import numpy as np
import scipy.linalg as sla
def rc(x, d): return np.round(np.real(x), d) + 1j * np.round(np.imag(x), d) + 0
rng = np.random.default_rng(21)
a = rng.normal(size=(8, 8)) + 1j * rng.normal(size=(8, 8)); b = rng.normal(size=(8, 8)) + 1j * rng.normal(size=(8, 8))
AA, BB, Q, Z = sla.qz(a, b)
print(AA.dtype, np.allclose(Q @ AA @ Z.conj().T, a), np.allclose(Q @ BB @ Z.conj().T, b), np.allclose(np.tril(AA, -1), 0))
AA, BB, alpha, beta, Q, Z = sla.ordqz(a, b, sort='rhp')
k = np.sum((alpha / beta).real > 0)
print(k, np.all((alpha[:k] / beta[:k]).real > 0), np.allclose(Q @ AA @ Z.conj().T, a), np.allclose(Q @ BB @ Z.conj().T, b))
print(np.sort(rc(alpha / beta, 6)))
print(rc(alpha / beta, 6))
# ---
import numpy as np
import scipy.linalg as sla
# a callable sort gets the arrays alpha and beta, once
calls = []
def sel(alpha, beta):
    calls.append((type(alpha).__name__, alpha.dtype, beta.dtype, alpha.shape))
    return np.abs(alpha) > np.abs(beta)
A = np.array([[2, 5, 8, 7], [5, 2, 2, 8], [7, 5, 6, 6], [5, 4, 4, 8]])
B = np.array([[0, 6, 0, 0], [5, 0, 2, 1], [5, 2, 6, 6], [4, 7, 7, 7.]])
AA, BB, alpha, beta, Q, Z = sla.ordqz(A, B, sort=sel)
print(calls, np.abs(alpha) > np.abs(beta))
AA, BB, alpha, beta, Q, Z = sla.ordqz(A, B, sort=sel, output='complex')
print(calls[1], np.abs(alpha) > np.abs(beta))
print(sla.ordqz(A, B, sort=lambda a, b: [1, 0, 1, 0])[2].shape)
# ---
import numpy as np
import scipy.linalg as sla
A = np.eye(3); B = np.eye(3)
sla.ordqz(A, B, sort=lambda a, b: [True, False])
# ---
import numpy as np
import scipy.linalg as sla
sla.ordqz(np.eye(3), np.eye(3), sort=lambda a, b: None)
# ---
import numpy as np
import scipy.linalg as sla
sla.ordqz(np.eye(3), np.eye(3), sort=lambda a, b: 'abc')
# ---
import numpy as np
import scipy.linalg as sla
sla.ordqz(np.eye(3), np.eye(3), sort=lambda a: a)
# ---
import numpy as np
import scipy.linalg as sla
sla.ordqz(np.eye(3), np.eye(3), sort='xx')
# ---
import numpy as np
import scipy.linalg as sla
sla.ordqz(np.eye(3), np.eye(3), sort=None)
# ---
import numpy as np
import scipy.linalg as sla
# infinite eigenvalues: singular B
A = np.array([[1., 2, 3], [0, -2, 1], [1, 0, 4]]); B = np.diag([1., 1, 0])
for s in ['lhp', 'rhp', 'iuc', 'ouc']:
    AA, BB, alpha, beta, Q, Z = sla.ordqz(A, B, sort=s)
    print(s, np.round(np.abs(beta), 8) == 0, np.allclose(Q @ AA @ Z.T, A), np.allclose(Q @ BB @ Z.T, B))
# ---
import numpy as np
import scipy.linalg as sla
sla.qz(np.eye(3), np.eye(3), sort='lhp')
# ---
import numpy as np
import scipy.linalg as sla
sla.qz(np.eye(3), np.eye(3), output='x')
# ---
import numpy as np
import scipy.linalg as sla
sla.qz(np.eye(3), np.eye(2))
# ---
import numpy as np
import scipy.linalg as sla
sla.qz([1, 2], [1, 2])
# ---
import numpy as np
import scipy.linalg as sla
sla.qz(np.eye(2), [[1, np.inf], [0, 1]])
# ---
import numpy as np
import scipy.linalg as sla
sla.qz(np.eye(3), np.eye(3), lwork=3)
# ---
import numpy as np
import scipy.linalg as sla
sla.qz(np.eye(3), np.eye(3), 'complex', lwork=5)
# ---
import numpy as np
import scipy.linalg as sla
sla.qz(np.eye(3), np.eye(3), lwork='a')
# ---
import numpy as np
import scipy.linalg as sla
print(sla.qz(np.eye(3), np.eye(3), lwork=40)[0]); print(sla.qz(np.eye(2), np.eye(2, dtype=complex)))
# ---
import numpy as np
import scipy.linalg as sla
print(sla.qz([[2.]], [[-4.]])); print(sla.ordqz([[2.]], [[-4.]])); print(sla.ordqz([[2]], [[4]], output='complex'))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(22)
a = rng.normal(size=(2, 4, 4)); b = rng.normal(size=(4, 4))
r = sla.qz(a, b)
print(type(r).__name__, len(r), r[0].shape, all(np.allclose(r[2][i] @ r[0][i] @ r[3][i].T, a[i]) for i in range(2)))
r = sla.ordqz(a, b)
print(type(r).__name__, len(r), r[2].shape, r[3].dtype)
# ---
import numpy as np
import scipy.linalg as sla
sla.ordqz(np.zeros((0, 3, 3)), np.zeros((3, 3)))
# ---
import numpy as np
import scipy.linalg as sla
print(sla.ordqz(np.array([[1, 2], [3, 4]]), np.array([[1, 0], [0, 1]]))[0].dtype)
# ---
import numpy as np
import scipy.linalg as sla
def rc(x, d): return np.round(np.real(x), d) + 1j * np.round(np.imag(x), d) + 0
A = np.array([[1, 2, -1], [5, 5, 5], [2, 4, -8.]]); B = np.array([[1, 1, -3], [3, 1, -1], [5, 6, -2.]])
w, vl, vr = sla.eig(A, B, left=True)
print(rc(w, 10)); print(w.dtype, vl.dtype, vr.dtype)
print(np.allclose(A @ vr, B @ vr * w), np.allclose(vl.conj().T @ A, w[:, None] * (vl.conj().T @ B)))
print(np.round(np.linalg.norm(vl, axis=0), 10), np.round(np.linalg.norm(vr, axis=0), 10))
# the real eigenvalue's vectors are determined up to sign
print(np.round(np.abs(vr[:, 0]), 10), np.round(np.abs(vl[:, 0]), 10))
print(np.allclose(vr[:, 2], vr[:, 1].conj()), np.allclose(vl[:, 2], vl[:, 1].conj()))
# ---
import numpy as np
import scipy.linalg as sla
A = np.array([[1, 2, -1], [5, 5, 5], [2, 4, -8.]]); B = np.array([[1, 1, -3], [3, 1, -1], [5, 6, -2.]])
w, vl = sla.eig(A, B, left=True, right=False)
# SciPy normalizes only the first left vector when right=False
print(np.round(np.linalg.norm(vl, axis=0), 10))
print(np.allclose(vl.conj().T @ A, w[:, None] * (vl.conj().T @ B)))
# ---
import numpy as np
import scipy.linalg as sla
def rc(x, d): return np.round(np.real(x), d) + 1j * np.round(np.imag(x), d) + 0
A = np.array([[1, 2, -1], [5, 5, 5], [2, 4, -8.]]); B = np.array([[1, 1, -3], [3, 1, -1], [5, 6, -2.]])
print(rc(sla.eigvals(A, B), 10))
print(rc(sla.eigvals(A, B, homogeneous_eigvals=True), 10))
w = sla.eig(A, B, homogeneous_eigvals=True, right=False)
print(w.shape, w.dtype)
# ---
import numpy as np
import scipy.linalg as sla
print(sla.eigvals(np.diag([1., 0, 0]), np.diag([0., 1, 0])))
print(sla.eigvals(np.diag([1., 0, 1j]), np.diag([0., 1, 0])))
print(sla.eigvals(np.diag([2., 3]), np.diag([4., -6])))
print(sla.eig(np.diag([2., 3]), np.eye(2)))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(30)
a = rng.normal(size=(6, 6)); b = rng.normal(size=(6, 6))
w, vl, vr = sla.eig(a, b, left=True)
print(np.allclose(a @ vr, b @ vr * w), np.allclose(vl.conj().T @ a, w[:, None] * (vl.conj().T @ b)))
print(np.sort(np.round(np.abs(w), 8)))
# symmetric positive definite b: the eigenvalues are those of eigh
s = rng.normal(size=(5, 5)); s = s + s.T; p = rng.normal(size=(5, 5)); p = p @ p.T + 5 * np.eye(5)
print(np.allclose(np.sort(sla.eigvals(s, p).real), sla.eigh(s, p, eigvals_only=True)))
# ---
import numpy as np
import scipy.linalg as sla
def rc(x, d): return np.round(np.real(x), d) + 1j * np.round(np.imag(x), d) + 0
rng = np.random.default_rng(31)
a = rng.normal(size=(5, 5)) + 1j * rng.normal(size=(5, 5)); b = rng.normal(size=(5, 5)) + 1j * rng.normal(size=(5, 5))
w, vl, vr = sla.eig(a, b, left=True)
print(w.dtype, vl.dtype, vr.dtype, np.allclose(a @ vr, b @ vr * w), np.allclose(vl.conj().T @ a, w[:, None] * (vl.conj().T @ b)))
print(rc(w, 8))
print(rc(sla.eigvals(a, b, homogeneous_eigvals=True)[1], 8))
# ---
import numpy as np
import scipy.linalg as sla
w, vr = sla.eig([[1, 2], [3, 4]], [[2, 0], [0, 1]])
print(w, vr.dtype, np.allclose(np.array([[1, 2], [3, 4]]) @ vr, np.array([[2, 0], [0, 1]]) @ vr * w))
# ---
import numpy as np
import scipy.linalg as sla
sla.eig(np.eye(2), np.eye(3))
# ---
import numpy as np
import scipy.linalg as sla
sla.eig(np.eye(2), np.ones((2, 3)))
# ---
import numpy as np
import scipy.linalg as sla
sla.eigvals(np.eye(2), [[1, np.nan], [0, 1]])
# ---
import numpy as np
import scipy.linalg as sla
print(sla.eig(np.zeros((0, 0)), np.eye(3)))
print(sla.eigvals(np.zeros((0, 0)), np.eye(3), homogeneous_eigvals=True))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(32)
a = rng.normal(size=(2, 3, 3)); b = rng.normal(size=(3, 3))
r = sla.eig(a, b)
print(type(r).__name__, r[0].shape, r[1].shape, all(np.allclose(a[i] @ r[1][i], b @ r[1][i] * r[0][i]) for i in range(2)))
print(sla.eigvals(a, b).shape)
