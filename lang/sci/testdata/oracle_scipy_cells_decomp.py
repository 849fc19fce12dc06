import numpy as np
from scipy.linalg import polar
a = np.array([[1, -1], [2, 4]])
u, p = polar(a)
print(u); print(p)
# ---
import numpy as np
from scipy.linalg import polar
b = np.array([[0.5, 1, 2], [1.5, 3, 4]])
u, p = polar(b)
print(u); print(p)
print(u.dot(u.T))
u, p = polar(b, 'left')
print(u); print(p)
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(7)
a = rng.normal(size=(4, 3)) + 1j * rng.normal(size=(4, 3))
u, p = sla.polar(a)
print(u.dtype, p.dtype, u.shape, p.shape)
print(np.round(u, 10)); print(np.round(p, 10) + 0)
print(np.allclose(u @ p, a), np.allclose(u.conj().T @ u, np.eye(3)))
u, p = sla.polar(a, side='left')
print(np.round(p, 10) + 0); print(np.allclose(p @ u, a))
# ---
import scipy.linalg as sla
sla.polar([[1, 2], [3, 4]], side='up')
# ---
import scipy.linalg as sla
sla.polar([1, 2, 3])
# ---
import numpy as np
import scipy.linalg as sla
u, p = sla.polar(np.array([[[2., 0], [0, 3]], [[0, 1], [1, 0]]]))
print(type(u).__name__ if not isinstance(sla.polar(np.eye(2)[None]), list) else 'list')
print(u); print(p)
# ---
import numpy as np
import scipy.linalg as sla
r = sla.polar(np.ones((2, 2, 2)))
print(type(r).__name__, len(r))
# ---
import numpy as np
import scipy.linalg as sla
sla.polar(np.ones((0, 2, 2)))
# ---
import numpy as np
import scipy.linalg as sla
print(sla.polar(np.zeros((0, 3))))
print(sla.polar([[5]]))
# ---
import numpy as np
from scipy import linalg
rng = np.random.default_rng()
a = np.array([[1., 2, 3], [4, 5, 6]])
r, q = linalg.rq(a)
print(r); print(q)
print(np.allclose(r @ q, a))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(1)
a = rng.normal(size=(6, 9))
r, q = sla.rq(a)
print(r.shape, q.shape); print(np.round(r, 12)); print(np.round(q, 12))
r2 = sla.rq(a, mode='r')
print(type(r2).__name__, np.allclose(r2, r))
r3, q3 = sla.rq(a, mode='economic')
print(r3.shape, q3.shape); print(np.round(r3, 12)); print(np.round(q3, 12))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(2)
a = rng.normal(size=(5, 3))
for mode in ['full', 'economic']:
    r, q = sla.rq(a, mode=mode)
    print(mode, r.shape, q.shape); print(np.round(r, 12)); print(np.round(q, 12))
print(np.round(sla.rq(a, mode='r'), 12))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(3)
a = rng.normal(size=(3, 5)) + 1j * rng.normal(size=(3, 5))
r, q = sla.rq(a)
print(np.round(r, 12)); print(np.round(q, 12))
r, q = sla.rq(a, mode='economic')
print(np.round(r, 12)); print(np.round(q, 12))
b = a.T.copy()
r, q = sla.rq(b)
print(np.round(r, 12)); print(np.round(q, 12))
# ---
import numpy as np
import scipy.linalg as sla
r, q = sla.rq([[4, 0, 0], [0, 0, 2], [0, 3, 0]])
print(r); print(q)
r, q = sla.rq([[1, 2], [1, 2]])
print(r); print(q)
print(sla.rq([[2]]))
print(sla.rq([[1j, 2]]))
# ---
import numpy as np
import scipy.linalg as sla
print(sla.rq(np.zeros((0, 3), int)))
print(sla.rq(np.zeros((2, 0), bool), mode='economic'))
print(sla.rq(np.zeros((3, 0)), mode='r'))
# ---
import scipy.linalg as sla
sla.rq([[1, 2], [3, 4]], mode='raw')
# ---
import scipy.linalg as sla
sla.rq([1, 2])
# ---
import numpy as np
import scipy.linalg as sla
sla.rq([[1, np.inf], [3, 4]])
# ---
import numpy as np
import scipy.linalg as sla
print(sla.rq([[1, np.inf], [3, 4]], check_finite=False, mode='r')[1, 1])
# ---
import numpy as np
import scipy.linalg as sla
r, q = sla.rq(np.arange(12.).reshape(2, 2, 3))
print(np.round(r, 12)); print(np.round(q, 12))
# ---
import numpy as np
from scipy.linalg import qr_multiply, qr
A = np.array([[1, 3, 3], [2, 3, 2], [2, 3, 3], [1, 3, 2]])
qc, r1, piv1 = qr_multiply(A, 2*np.eye(4), pivoting=1)
print(qc); print(r1); print(piv1)
q, r2, piv2 = qr(A, mode='economic', pivoting=1)
print(np.allclose(2*q, qc))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(4)
a = rng.normal(size=(5, 3))
c = rng.normal(size=(3, 2))
for conj in [False, True]:
    cq, r = sla.qr_multiply(a, c, mode='left', conjugate=conj)
    print(np.round(cq, 12)); print(np.round(r, 12))
d = rng.normal(size=(4, 5))
cq, r = sla.qr_multiply(a, d)
print(np.round(cq, 12))
cq, r = sla.qr_multiply(a, rng.normal(size=(5, 2)), mode='left', overwrite_c=True)
print(np.round(cq, 12))
print(np.round(sla.qr_multiply(a, [1, 2, 3, 4, 5])[0], 12))
print(np.round(sla.qr_multiply(a, [1, 2, 3], mode='left')[0], 12))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(5)
a = rng.normal(size=(3, 4)) + 1j * rng.normal(size=(3, 4))
c = rng.normal(size=(2, 3)) + 1j * rng.normal(size=(2, 3))
for conj in [False, True]:
    cq, r = sla.qr_multiply(a, c, conjugate=conj)
    print(np.round(cq, 12))
    cq, r, p = sla.qr_multiply(a, c.T, mode='left', conjugate=conj, pivoting=True)
    print(np.round(cq, 12)); print(np.round(r, 12)); print(p)
print(sla.qr_multiply(a, [1, 2, 3])[0].dtype)
# ---
import numpy as np
import scipy.linalg as sla
a = np.array([[1., 2], [3, 4], [5, 6]])
cq, r = sla.qr_multiply(a, np.array([1j, 2, 3]))
print(cq, cq.dtype)
# ---
import numpy as np
import scipy.linalg as sla
a = np.array([[1., 2], [3, 4], [5, 6]])
print(sla.qr_multiply(a, np.zeros((0, 3))))
print(sla.qr_multiply(np.zeros((0, 3)), np.zeros((2, 0))))
# ---
import scipy.linalg as sla
sla.qr_multiply([[1., 2], [3, 4], [5, 6]], [1, 2, 3], mode='left')
# ---
import scipy.linalg as sla
sla.qr_multiply([[1., 2], [3, 4], [5, 6]], [[1, 2]])
# ---
import scipy.linalg as sla
sla.qr_multiply([[1., 2], [3, 4]], [1, 2], mode='up')
# ---
import numpy as np
import scipy.linalg as sla
sla.qr_multiply([[1., 2], [3, 4]], [1, np.nan])
# ---
import numpy as np
import scipy.linalg as sla
sla.qr_multiply([[1., np.nan], [3, 4]], [1, 2])
# ---
import numpy as np
print(np.round(np.array([1.23456 - 4.9e-32j, -2.5 + 0.125j, 1e300 + 1e-300j]), 2))
print(np.round(np.array([[0.5 + 1.5j]])), np.round(np.array([-1.2345 + 2.3456j]), -1))
# ---
import numpy as np
from scipy.linalg import eig_banded
A = np.array([[1, 5, 2, 0], [5, 2, 5, 2], [2, 5, 3, 5], [0, 2, 5, 4]])
Ab = np.array([[1, 2, 3, 4], [5, 5, 5, 0], [2, 2, 0, 0]])
w, v = eig_banded(Ab, lower=True)
print(np.allclose(A @ v - v @ np.diag(w), np.zeros((4, 4))))
w = eig_banded(Ab, lower=True, eigvals_only=True)
print(w)
w, v = eig_banded(Ab, lower=True, select='v', select_range=[-3, 4])
print(w, v.shape, np.allclose(A @ v, v * w))
# ---
import numpy as np
from scipy.linalg import eigvals_banded
Ab = np.array([[1, 2, 3, 4], [5, 5, 5, 0], [2, 2, 0, 0]])
print(eigvals_banded(Ab, lower=True))
Au = np.array([[0, 0, 2, 2], [0, 5, 5, 5], [1, 2, 3, 4]])
print(eigvals_banded(Au))
print(eigvals_banded(Au, select='i', select_range=[1, 2]))
print(eigvals_banded(Au, select='v', select_range=(0, 20)))
print(eigvals_banded(Au, select='value', select_range=(100, 200)))
print(eigvals_banded(Au, select=2, select_range=np.array([3, 3])))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(11)
n, u = 7, 2
a = np.zeros((n, n)) + 0j
for k in range(u + 1):
    x = rng.normal(size=n - k) + 1j * rng.normal(size=n - k) * (k > 0)
    a += np.diag(x, k) + (np.diag(x.conj(), -k) if k else 0)
ab = np.array([np.concatenate([np.zeros(u - k), np.diag(a, u - k)]) for k in range(u + 1)])
w, v = sla.eig_banded(ab)
print(w.dtype, v.dtype); print(np.round(w, 10))
print(np.allclose(a @ v, v * w), np.allclose(v.conj().T @ v, np.eye(n)))
print(np.allclose(w, sla.eigvalsh(a)))
abl = np.array([np.concatenate([np.diag(a, -k), np.zeros(k)]) for k in range(u + 1)])
print(np.allclose(sla.eig_banded(abl, lower=True, eigvals_only=True), w))
w2, v2 = sla.eig_banded(abl, lower=True, select='i', select_range=[2, 4])
print(np.round(w2, 10), v2.shape, np.allclose(a @ v2, v2 * w2))
# ---
import numpy as np
import scipy.linalg as sla
print(sla.eig_banded(np.zeros((0, 0))))
print(sla.eig_banded(np.zeros((2, 0), complex)))
print(sla.eigvals_banded([[3]]), sla.eig_banded([[3]]))
print(sla.eig_banded([[1, 2], [5, 6]], lower=True))
# ---
import scipy.linalg as sla
sla.eig_banded([1, 2, 3])
# ---
import scipy.linalg as sla
sla.eig_banded([[1, 2, 3]], select='x')
# ---
import scipy.linalg as sla
sla.eig_banded([[1, 2, 3]], select='v')
# ---
import scipy.linalg as sla
sla.eig_banded([[1, 2, 3]], select='v', select_range=[2, 1])
# ---
import scipy.linalg as sla
sla.eig_banded([[1, 2, 3]], select='i', select_range=[0.0, 1.0])
# ---
import scipy.linalg as sla
sla.eig_banded([[1, 2, 3]], select='i', select_range=[0, 3])
# ---
import numpy as np
import scipy.linalg as sla
sla.eig_banded([[1, np.nan, 3]], check_finite=False)
# ---
import numpy as np
import scipy.linalg as sla
w = sla.eigvals_banded(np.array([[[0, 1, 1], [2, 3, 4]], [[0, 0, 0], [1, 2, 3]]]))
print(w)
r = sla.eig_banded(np.array([[[0, 1, 1], [2, 3, 4]], [[0, 0, 0], [1, 2, 3]]]))
print(type(r).__name__, r[0], r[1].shape)
# ---
import numpy as np
from scipy.linalg import eigh_tridiagonal
d = 3*np.ones(4)
e = -1*np.ones(3)
w, v = eigh_tridiagonal(d, e)
A = np.diag(d) + np.diag(e, k=1) + np.diag(e, k=-1)
print(np.allclose(A @ v - v @ np.diag(w), np.zeros((4, 4))))
print(w)
# ---
import numpy as np
from scipy.linalg import eigvalsh_tridiagonal, eigvalsh
d = 3*np.ones(4)
e = -1*np.ones(3)
w = eigvalsh_tridiagonal(d, e)
A = np.diag(d) + np.diag(e, k=1) + np.diag(e, k=-1)
w2 = eigvalsh(A)
print(np.allclose(w - w2, np.zeros(4)))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(12)
d, e = rng.normal(size=8), rng.normal(size=7)
A = np.diag(d) + np.diag(e, 1) + np.diag(e, -1)
for drv in ['auto', 'stemr', 'stebz', 'stev', 'stevd']:
    w, v = sla.eigh_tridiagonal(d, e, lapack_driver=drv)
    print(drv, np.round(w, 10), np.allclose(A @ v, v * w), np.allclose(v.T @ v, np.eye(8)))
for drv in ['auto', 'stemr', 'sterf', 'stebz', 'stev', 'stevd']:
    print(drv, np.round(sla.eigvalsh_tridiagonal(d, e, lapack_driver=drv), 10))
for drv in ['auto', 'stemr', 'stebz']:
    w, v = sla.eigh_tridiagonal(d, e, select='v', select_range=(-1, 1), lapack_driver=drv)
    print(drv, np.round(w, 10), v.shape, np.allclose(A @ v, v * w))
    w, v = sla.eigh_tridiagonal(d, e, select='i', select_range=(0, 2), lapack_driver=drv)
    print(drv, np.round(w, 10), v.shape, np.allclose(A @ v, v * w))
print(sla.eigvalsh_tridiagonal(d, e, select='i', select_range=[7, 7], tol=1e-3).shape)
# ---
import numpy as np
import scipy.linalg as sla
print(sla.eigh_tridiagonal([2], []))
print(sla.eigh_tridiagonal([2.5], [], select='v', select_range=[0, 1]))
print(sla.eigh_tridiagonal([2.5], [], select='v', select_range=[0, 3]))
print(sla.eigvalsh_tridiagonal([1, 2, 3], [0, 0]))
print(sla.eigh_tridiagonal([1, 2], [1], lapack_driver='sterf', eigvals_only=True))
# ---
import scipy.linalg as sla
sla.eigh_tridiagonal([1, 2], [1], lapack_driver='sterf')
# ---
import scipy.linalg as sla
sla.eigvalsh_tridiagonal([1, 2], [1], lapack_driver='sterf', select='i', select_range=[0, 0])
# ---
import scipy.linalg as sla
sla.eigh_tridiagonal([1, 2], [1], lapack_driver='stev', select='v', select_range=[0, 3])
# ---
import scipy.linalg as sla
sla.eigh_tridiagonal([1, 2], [1], lapack_driver='stevd', select='i', select_range=[0, 0])
# ---
import scipy.linalg as sla
sla.eigh_tridiagonal([1, 2], [1], lapack_driver='lapack')
# ---
import scipy.linalg as sla
sla.eigh_tridiagonal([1, 2], [1], lapack_driver=3)
# ---
import scipy.linalg as sla
sla.eigh_tridiagonal([1, 2], [1, 2])
# ---
import scipy.linalg as sla
sla.eigh_tridiagonal([[1, 2]], [1])
# ---
import scipy.linalg as sla
sla.eigh_tridiagonal([1, 2j], [1])
# ---
import numpy as np
import scipy.linalg as sla
sla.eigh_tridiagonal([1, 2], [np.inf])
# ---
import scipy.linalg as sla
sla.eigh_tridiagonal([1, 2], [1], select='i', select_range=[1, 2])
# ---
import numpy as np
import scipy.linalg as sla
w, v = sla.eigh_tridiagonal(np.array([[1., 2, 3], [4, 5, 6]]), np.array([[1., 1], [0, 2]]))
print(w.shape, v.shape); print(np.round(w, 10))
print(sla.eigvalsh_tridiagonal(np.array([[1., 2, 3], [4, 5, 6]]), [1, 1]))
# ---
import numpy as np
import scipy.linalg as sla
sla.eigvalsh_tridiagonal(np.ones((2, 3)), np.ones((3, 2)))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(21)
x = rng.normal(size=(5, 5)); a = x + x.T
y = rng.normal(size=(5, 5)); b = y @ y.T + 5 * np.eye(5)
for t in [1, 2, 3]:
    w, v = sla.eigh(a, b, type=t)
    print(t, np.round(w, 10))
    lhs = {1: a @ v, 2: a @ b @ v, 3: b @ a @ v}[t]
    rhs = {1: b @ v * w, 2: v * w, 3: v * w}[t]
    norm = {1: v.T @ b @ v, 2: v.T @ b @ v, 3: v.T @ np.linalg.inv(b) @ v}[t]
    print(np.allclose(lhs, rhs), np.allclose(norm, np.eye(5)))
    print(np.round(sla.eigvalsh(a, b, type=t, lower=False), 10))
    for drv in ['gv', 'gvd', 'gvx']:
        print(drv, np.allclose(sla.eigh(a, b, type=t, driver=drv, eigvals_only=True), w))
    print(np.round(sla.eigh(a, b, type=t, subset_by_index=[1, 3])[0], 10))
    print(np.round(sla.eigh(a, b, type=t, subset_by_value=[-0.5, 1])[0], 10))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(22)
x = rng.normal(size=(4, 4)) + 1j * rng.normal(size=(4, 4)); a = x + x.conj().T
y = rng.normal(size=(4, 4)) + 1j * rng.normal(size=(4, 4)); b = y @ y.conj().T + np.eye(4)
for t in [1, 2, 3]:
    w, v = sla.eigh(a, b, type=t)
    lhs = {1: a @ v, 2: a @ b @ v, 3: b @ a @ v}[t]
    rhs = {1: b @ v * w, 2: v * w, 3: v * w}[t]
    norm = {1: v.conj().T @ b @ v, 2: v.conj().T @ b @ v, 3: v.conj().T @ np.linalg.inv(b) @ v}[t]
    print(t, np.round(w, 10), v.dtype, np.allclose(lhs, rhs), np.allclose(norm, np.eye(4)))
w, v = sla.eigh(a.real, b, type=2)
print(v.dtype, np.round(w, 10))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(23)
x = rng.normal(size=(6, 6)); a = x + x.T
print(np.round(sla.eigvalsh(a), 10))
for drv in [None, 'evr', 'evx']:
    w, v = sla.eigh(a, subset_by_value=(-1, 2), driver=drv)
    print(drv, np.round(w, 10), v.shape, np.allclose(a @ v, v * w))
print(np.round(sla.eigvalsh(a, subset_by_value=[-np.inf, 0]), 10))
print(np.round(sla.eigvalsh(a, subset_by_value=[0, np.inf]), 10))
print(sla.eigvalsh(a, subset_by_value=[100, 200]), sla.eigh(a, subset_by_value=[100, 200])[1].shape)
for drv in ['ev', 'evd', 'evr', 'evx']:
    w, v = sla.eigh(a, driver=drv)
    print(drv, np.round(w, 10), np.allclose(a @ v, v * w), np.allclose(v.T @ v, np.eye(6)))
for drv in ['evr', 'evx']:
    print(drv, np.round(sla.eigh(a, driver=drv, subset_by_index=(2, 3), eigvals_only=True), 10))
print(np.round(sla.eigvalsh(a, subset_by_value=[-1, 2], lower=False), 10))
# ---
import numpy as np
import scipy.linalg as sla
a = np.array([[2., 1], [1, 2]])
print(sla.eigh(a, subset_by_value=[1, 3], eigvals_only=True))
print(sla.eigh(a, subset_by_value=[0.5, 1], eigvals_only=True))
print(sla.eigh(a, subset_by_value=[], eigvals_only=True))
print(sla.eigh(np.zeros((0, 0)), subset_by_value=[3, 1]))
# ---
import scipy.linalg as sla
sla.eigh([[2., 1], [1, 2]], subset_by_value=[3, 1])
# ---
import scipy.linalg as sla
sla.eigh([[2., 1], [1, 2]], subset_by_value=[1, 1])
# ---
import scipy.linalg as sla
sla.eigh([[2., 1], [1, 2]], subset_by_value=[0, 1], subset_by_index=[0, 1])
# ---
import scipy.linalg as sla
sla.eigh([[2., 1], [1, 2]], subset_by_value=[0, 1], driver='evd')
# ---
import scipy.linalg as sla
sla.eigh([[2., 1], [1, 2]], [[1, 0], [0, 1]], subset_by_value=[0, 1], driver='gv')
# ---
import scipy.linalg as sla
sla.eigh([[2., 1], [1, 2]], [[1, 0], [0, 1]], type=4)
# ---
import scipy.linalg as sla
sla.eigh([[2., 1], [1, 2]], [[1, 0, 0], [0, 1, 0], [0, 0, 1]], type=4)
# ---
import scipy.linalg as sla
sla.eigh([[2., 1], [1, 2]], [[1, 2], [2, 1]], type=2)
# ---
import scipy.linalg as sla
sla.eigh([[2., 1], [1, 2]], subset_by_index=[1, 2])
# ---
import numpy as np
from scipy.linalg import ldl
a = np.array([[2, -1, 3], [0, 2, 0], [0, 0, 1]])
lu, d, perm = ldl(a, lower=0)
print(lu); print(d); print(perm)
print(lu[perm, :])
print(lu.dot(d).dot(lu.T))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(31)
for n in [1, 2, 3, 5, 8]:
    x = rng.normal(size=(n, n)); a = x + x.T
    for lower in [True, False]:
        lu, d, perm = sla.ldl(a, lower=lower)
        print(n, lower, perm.tolist())
        print(np.round(lu, 10) + 0); print(np.round(d, 10) + 0)
        print(np.allclose(lu @ d @ lu.T, a))
# ---
import numpy as np
import scipy.linalg as sla
a = np.array([[0., 1, 2, 3], [1, 0, 4, 5], [2, 4, 0, 6], [3, 5, 6, 0]])
for lower in [True, False]:
    lu, d, perm = sla.ldl(a, lower=lower)
    print(lu); print(d); print(perm)
b = np.array([[1, 2, 2, 2], [2, 1, 2, 2], [2, 2, 1, 2], [2, 2, 2, 1]])
for lower in [True, False]:
    lu, d, perm = sla.ldl(b, lower=lower)
    print(lu); print(d); print(perm)
print(sla.ldl(np.zeros((3, 3))))
print(sla.ldl([[0, 1], [1, 0]]))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(32)
n = 6
x = rng.normal(size=(n, n)) + 1j * rng.normal(size=(n, n))
h = x + x.conj().T
s = x + x.T
for lower in [True, False]:
    lu, d, perm = sla.ldl(h, lower=lower)
    print(perm.tolist(), np.allclose(lu @ d @ lu.conj().T, h))
    print(np.round(lu, 10) + 0); print(np.round(d, 10) + 0)
    lu, d, perm = sla.ldl(s, lower=lower, hermitian=False)
    print(perm.tolist(), np.allclose(lu @ d @ lu.T, s))
    print(np.round(lu, 10) + 0); print(np.round(d, 10) + 0)
# ---
import numpy as np
import scipy.linalg as sla
h = np.array([[1 + 1j, 2 - 1j], [2 + 1j, 3]])
lu, d, perm = sla.ldl(h)
print(lu); print(d); print(perm)
# ---
import numpy as np
import scipy.linalg as sla
h = np.array([[0, 2 - 1j, 1j], [2 + 1j, 0, 1], [-1j, 1, 0]])
for lower in [True, False]:
    lu, d, perm = sla.ldl(h, lower=lower)
    print(lu); print(d); print(perm)
# ---
import numpy as np
import scipy.linalg as sla
print(sla.ldl(np.zeros((0, 0), int)))
print(sla.ldl(5))
print(sla.ldl([[4.]]))
# ---
import scipy.linalg as sla
sla.ldl([[1, 2, 3], [4, 5, 6]])
# ---
import numpy as np
import scipy.linalg as sla
sla.ldl([[1, np.nan], [0, 1]])
# ---
import numpy as np
import scipy.linalg as sla
r = sla.ldl(np.array([[[2., 1], [1, 3]], [[0, 1], [1, 0]]]))
print(type(r).__name__)
for x in r: print(x)
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(33)
for t in range(6):
    x = rng.integers(-2, 3, size=(7, 7)); a = x + x.T
    z = a + 1j * (rng.integers(-2, 3, size=(7, 7)))
    for lower in [True, False]:
        lu, d, perm = sla.ldl(a, lower=lower)
        print(perm.tolist(), np.round(d[np.nonzero(d)], 10).tolist())
        lu, d, perm = sla.ldl(np.tril(z) + np.tril(z, -1).T if lower else np.triu(z) + np.triu(z, 1).T, lower=lower, hermitian=False)
        print(perm.tolist(), np.round(d[np.nonzero(d)], 10).tolist())
        h = np.tril(z, -1) + np.tril(z, -1).conj().T + np.diag(np.diag(a))
        lu, d, perm = sla.ldl(h, lower=lower)
        print(perm.tolist(), np.round(d[np.nonzero(d)], 10).tolist(), np.allclose(lu @ d @ lu.conj().T, h))
# ---
import numpy as np
from scipy import linalg
a = np.array([[3., -2., -2.], [6., -9., -3.], [-3., 10., 1.], [6., -7., 4.], [7., 8., -6.]])
q, r = linalg.qr(a)
u = np.array([7., -2., 4., 3., 5.])
v = np.array([1., 3., -5.])
q_up, r_up = linalg.qr_update(q, r, u, v, False)
print(q_up); print(r_up)
qe, re = linalg.qr(a, mode='economic')
qe_up, re_up = linalg.qr_update(qe, re, u, v, False)
print(qe_up); print(re_up)
u2 = np.array([[7., -1], [-2., 4.], [4., 2.], [3., -6.], [5., 3.]])
v2 = np.array([[1., 2.], [3., 4.], [-5., 2]])
q_up2, r_up2 = linalg.qr_update(q, r, u2, v2, False)
print(q_up2); print(r_up2)
qe2, re2 = linalg.qr_update(qe, re, u2, v2)
print(qe2); print(re2)
# ---
import numpy as np
from scipy import linalg
a = np.array([[3., -2., -2.], [6., -9., -3.], [-3., 10., 1.], [6., -7., 4.], [7., 8., -6.]])
q, r = linalg.qr(a)
q1, r1 = linalg.qr_delete(q, r, 2, 2, 'row', False)
print(q1); print(r1)
qe, re = linalg.qr(a, mode='economic')
for k, p in [(0, 1), (4, 1), (1, 2), (-1, 1)]:
    q1, r1 = linalg.qr_delete(qe, re, k, p)
    print(k, p); print(q1); print(r1)
for k, p in [(0, 1), (1, 1), (2, 1), (0, 2), (1, 2), (-2, 2)]:
    for qq, rr in [(q, r), (qe, re)]:
        q1, r1 = linalg.qr_delete(qq, rr, k, p, which='col')
        print(k, p, q1.shape, r1.shape); print(q1); print(r1)
# ---
import numpy as np
from scipy import linalg
a = np.array([[3., -2., -2.], [6., -7., 4.], [7., 8., -6.]])
q, r = linalg.qr(a)
u = np.array([[6., -9., -3.], [-3., 10., 1.]])
q1, r1 = linalg.qr_insert(q, r, u, 2, 'row')
print(q1); print(r1)
q1, r1 = linalg.qr_insert(q, r, u[0], 0)
print(q1); print(r1)
q1, r1 = linalg.qr_insert(q, r, u[1], -1)
print(q1); print(r1)
# ---
import numpy as np
from scipy import linalg
rng = np.random.default_rng(41)
a = rng.normal(size=(6, 3))
q, r = linalg.qr(a)
qe, re = linalg.qr(a, mode='economic')
for rows in [rng.normal(size=3), rng.normal(size=(2, 3)), rng.normal(size=(4, 3))]:
    for k in [0, 2, 5]:
        for qq, rr in [(q, r), (qe, re)]:
            q1, r1 = linalg.qr_insert(qq, rr, rows, k)
            print(k, q1.shape, r1.shape); print(np.round(q1, 12)); print(np.round(r1, 12))
for cols in [rng.normal(size=6), rng.normal(size=(6, 2)), rng.normal(size=(6, 4))]:
    for k in [0, 1, 2]:
        for qq, rr in [(q, r), (qe, re)]:
            q1, r1 = linalg.qr_insert(qq, rr, cols, k, which='col')
            print(k, q1.shape, r1.shape); print(np.round(q1, 12)); print(np.round(r1, 12))
# ---
import numpy as np
from scipy import linalg
rng = np.random.default_rng(42)
a = rng.normal(size=(3, 5))
q, r = linalg.qr(a)
for k in [0, 2, 4]:
    q1, r1 = linalg.qr_insert(q, r, rng.normal(size=3), k, 'col')
    print(np.round(q1, 12)); print(np.round(r1, 12))
    q1, r1 = linalg.qr_insert(q, r, rng.normal(size=(3, 2)), k, 'col')
    print(np.round(q1, 12)); print(np.round(r1, 12))
    q1, r1 = linalg.qr_insert(q, r, rng.normal(size=(2, 5)), min(k, 2))
    print(np.round(q1, 12)); print(np.round(r1, 12))
    q1, r1 = linalg.qr_delete(q, r, k, 1, 'col')
    print(np.round(q1, 12)); print(np.round(r1, 12))
    q1, r1 = linalg.qr_delete(q, r, min(k, 1), 2, 'row')
    print(np.round(q1, 12)); print(np.round(r1, 12))
u, v = rng.normal(size=(3, 2)), rng.normal(size=(5, 2))
for uu, vv in [(u[:, 0], v[:, 0]), (u, v)]:
    q1, r1 = linalg.qr_update(q, r, uu, vv)
    print(np.round(q1, 12)); print(np.round(r1, 12))
# ---
import numpy as np
from scipy import linalg
rng = np.random.default_rng(43)
a = rng.normal(size=(5, 3)) + 1j * rng.normal(size=(5, 3))
q, r = linalg.qr(a)
qe, re = linalg.qr(a, mode='economic')
cn = lambda *s: rng.normal(size=s) + 1j * rng.normal(size=s)
for qq, rr in [(q, r), (qe, re)]:
    for uu, vv in [(cn(5), cn(3)), (cn(5, 2), cn(3, 2))] + [(cn(5, 3), cn(3, 3))] * (qq is qe):
        q1, r1 = linalg.qr_update(qq, rr, uu, vv)
        print(np.round(q1, 12)); print(np.round(r1, 12))
        print(np.allclose(q1 @ r1, a + uu.reshape(5, -1) @ vv.reshape(3, -1).conj().T))
    for k, p in [(0, 1), (1, 2), (4, 1)]:
        q1, r1 = linalg.qr_delete(qq, rr, k, p)
        print(np.round(q1, 12)); print(np.round(r1, 12))
    for k, p in [(0, 1), (1, 2)]:
        q1, r1 = linalg.qr_delete(qq, rr, k, p, 'col')
        print(np.round(q1, 12)); print(np.round(r1, 12))
    for uu, k in [(cn(3), 1), (cn(2, 3), 5 - 1)]:
        q1, r1 = linalg.qr_insert(qq, rr, uu, k)
        print(np.round(q1, 12)); print(np.round(r1, 12))
    for uu, k in [(cn(5), 1), (cn(5, 2), 0), (cn(5, 3), 2)]:
        q1, r1 = linalg.qr_insert(qq, rr, uu, k, 'col')
        print(np.round(q1, 12)); print(np.round(r1, 12))
# ---
import numpy as np
from scipy import linalg
q, r = linalg.qr(np.arange(6.).reshape(3, 2))
linalg.qr_insert(q, r, np.ones(2), 1, 'row', False)
# ---
import numpy as np
from scipy import linalg
a = np.arange(12.).reshape(4, 3) + np.eye(4, 3)
q, r = linalg.qr(a)
qe, re = linalg.qr(a, mode='economic')
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: linalg.qr_update(q, r, [1, 2, 3, 4], [1, 2, 3]))
t(lambda: linalg.qr_update(q.astype(int), r.astype(int), [1, 2, 3, 4], [1, 2, 3]))
t(lambda: linalg.qr_update(q, r + 0j, np.ones(4), np.ones(3)))
t(lambda: linalg.qr_update(q, r, np.ones(3), np.ones(3)))
t(lambda: linalg.qr_update(q, r, np.ones(4), np.ones(4)))
t(lambda: linalg.qr_update(q, r, np.ones((4, 2)), np.ones(3)))
t(lambda: linalg.qr_update(q, r, np.ones((4, 2)), np.ones((3, 3))))
t(lambda: linalg.qr_update(q, r, np.ones((4, 4)), np.ones((3, 4))))
t(lambda: linalg.qr_update(q, r, np.array([1, np.nan, 0, 0]), np.ones(3)))
t(lambda: linalg.qr_update(q, r[:3], np.ones(4), np.ones(3)))
t(lambda: linalg.qr_update(q[:, :3], r, np.ones(4), np.ones(3)))
t(lambda: linalg.qr_update(q[0], r, np.ones(4), np.ones(3)))
t(lambda: linalg.qr_delete(q, r, 4))
t(lambda: linalg.qr_delete(q, r, -5))
t(lambda: linalg.qr_delete(q, r, 3, 2))
t(lambda: linalg.qr_delete(q, r, 0, 0))
t(lambda: linalg.qr_delete(q, r, 3, which='col'))
t(lambda: linalg.qr_delete(q, r, 0, which='rows'))
t(lambda: linalg.qr_insert(q, r, np.ones(3), 4))
t(lambda: linalg.qr_insert(q, r, np.ones(4), 1))
t(lambda: linalg.qr_insert(q, r, np.ones((2, 2)), 1))
t(lambda: linalg.qr_insert(q, r, np.ones((4, 2, 1)), 1, 'col'))
t(lambda: linalg.qr_insert(q, r, np.ones(3), 1, 'col'))
t(lambda: linalg.qr_insert(q, r, np.ones(4), 3, 'col'))
t(lambda: linalg.qr_insert(q, r, [1, 2, 3, 4], 1, 'col'))
t(lambda: linalg.qr_insert(q, r, np.ones(4), 1, 'col', rcond=1e-3))
t(lambda: linalg.qr_insert(q, r, np.ones(3), 1, 'other'))
try:
    linalg.qr_insert(qe, re, a[:, 0], 1, 'col')
except Exception as e:
    print(type(e).__name__, str(e)[:80])
try:
    linalg.qr_insert(qe, re, np.array([1., 0, 0, 0]), 1, 'col', rcond=0.9)
except Exception as e:
    print(type(e).__name__, str(e)[:90], round(float(str(e).split('number of ')[1].split()[0]), 12))
q1, r1 = linalg.qr_insert(qe, re, np.array([1., 0, 0, 0]), 1, 'col', rcond=0.1)
print(np.round(q1, 12) + 0); print(np.round(r1, 12) + 0)
q1, r1 = linalg.qr_delete(q, r, 1.7)
print(np.round(q1, 12) + 0); print(np.round(r1, 12) + 0)
# ---
import numpy as np
from scipy import linalg
q, r = linalg.qr(np.ones((3, 2)) + np.eye(3, 2))
qs, rs = np.stack([q, q]), np.stack([r, 2 * r])
res = linalg.qr_update(qs, rs, np.ones((2, 3, 1)), np.array([[[1.], [0]], [[0], [1]]]))
print(type(res).__name__); print(np.round(res[0], 12)); print(np.round(res[1], 12))
res = linalg.qr_delete(qs, rs, 0)
print(type(res).__name__, res[0].shape, res[1].shape)
print(linalg.qr_insert(q, r, np.eye(3, 2) + 1, 0, 'col')[1].shape)
# ---
import numpy as np
from scipy.linalg import cossin
rng = np.random.default_rng(51)
x, _ = np.linalg.qr(rng.normal(size=(4, 4)) + 1j * rng.normal(size=(4, 4)))
u, cs, vdh = cossin(x, p=2, q=2)
print(np.allclose(x, u @ cs @ vdh))
ue, cs, vdh = cossin((x[:2, :2], x[:2, 2:], x[2:, :2], x[2:, 2:]), compute_u=False)
print(ue)
print(np.allclose(x, u @ cs @ vdh))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(52)
for m in [2, 3, 5, 6]:
    for cplx in [False, True]:
        z = rng.normal(size=(m, m)) + (1j * rng.normal(size=(m, m)) if cplx else 0)
        x, _ = np.linalg.qr(z)
        for p in range(1, m):
            for q in range(1, m):
                for swap in [False, True]:
                    u, cs, vdh = sla.cossin(x, p, q, swap_sign=swap)
                    ok = np.allclose(u @ cs @ vdh, x) and np.allclose(u.conj().T @ u, np.eye(m)) and np.allclose(vdh @ vdh.conj().T, np.eye(m))
                    ok = ok and np.allclose(u[:p, p:], 0) and np.allclose(u[p:, :p], 0) and np.allclose(vdh[:q, q:], 0) and np.allclose(vdh[q:, :q], 0)
                    print(m, cplx, p, q, swap, ok, u.dtype, cs.dtype)
                    print(np.round(cs, 10))
                (u1, u2), th, (v1, v2) = sla.cossin(x, p, q, separate=True)
                print(np.round(th, 10), u1.shape, u2.shape, v1.shape, v2.shape)
# ---
import numpy as np
import scipy.linalg as sla
print(sla.cossin(np.eye(4), 2, 2)[1])
print(sla.cossin(np.eye(4), 2, 2, swap_sign=True)[1])
print(sla.cossin(np.eye(3)[[2, 0, 1]], 1, 2)[1])
print(sla.cossin(np.eye(3)[[2, 0, 1]], 1, 2, separate=True)[1])
r = sla.cossin(np.eye(4), 2, 2, compute_u=False, compute_vh=False)
print([(t.shape, t.dtype) for t in r])
r = sla.cossin(np.eye(4) + 0j, 2, 2, compute_u=False, compute_vh=False, separate=True)
print([(t.shape, t.dtype) for t in r[0]], r[1], [(t.shape, t.dtype) for t in r[2]])
print(sla.cossin(np.eye(4), None, 3)[1])
print(sla.cossin(np.eye(4), 1.7, 2.2)[1].shape)
# ---
import numpy as np
import scipy.linalg as sla
x = np.eye(4)
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: sla.cossin(x, 0, 2))
t(lambda: sla.cossin(x, 4, 2))
t(lambda: sla.cossin(x, 2, -1))
t(lambda: sla.cossin(x[:3], 1, 2))
t(lambda: sla.cossin(x))
t(lambda: sla.cossin(5))
t(lambda: sla.cossin([x[:2, :2], x[:2, 2:], x[2:, :2]]))
t(lambda: sla.cossin((x[:2, :2], x[:2, 2:], x[2:, :2], x[2:, 3:])))
t(lambda: sla.cossin((x[:2, :2], x[:2, 2:], x[2:, :1], x[2:, 2:])))
t(lambda: sla.cossin((x[:2, :0], x[:2, 2:], x[2:, :0], x[2:, 2:])))
t(lambda: sla.cossin(np.array([[1, np.nan], [0, 1]]), 1, 1))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(53)
xs = np.stack([np.linalg.qr(rng.normal(size=(3, 3)))[0] for _ in range(2)])
r = sla.cossin(xs, 1, 2)
print(type(r).__name__, [t.shape for t in r])
print(np.round(r[1], 10))
print(np.allclose(r[0] @ r[1] @ r[2], xs))
# ---
import numpy as np
import scipy.linalg as sla
sla.polar([[1, np.nan], [0, 1]])
# ---
import numpy as np
import scipy.linalg as sla
Ab = np.array([[1, 2, 3, 4], [5, 5, 5, 0], [2, 2, 0, 0]])
for mx in [0, 4, 6]:
    w, v = sla.eig_banded(Ab, lower=True, select='v', select_range=[-10, 20], max_ev=mx)
    print(mx, w, v.shape, np.allclose(sla.eig_banded(Ab, lower=True)[1][:, :v.shape[1]] ** 2, v ** 2))
w, v = sla.eig_banded(Ab, lower=True, select='i', select_range=[1, 2], max_ev=1)
print(w, v.shape)
# ---
import numpy as np
import scipy.linalg as sla
for a in [[[0., 0], [0, 0]], [[0., 1, 1], [1, 0, 1], [1, 1, 0]], [[1., 1, 1], [1, 1, 1], [1, 1, 1]], [[2., 2, 2], [2, 2, 2], [2, 2, 2.]]]:
    for lower in [True, False]:
        lu, d, perm = sla.ldl(np.array(a), lower=lower)
        print(lu); print(d); print(perm)
# ---
import numpy as np
from scipy import linalg
q, r = linalg.qr(np.arange(12.).reshape(4, 3) + np.eye(4, 3))
res = linalg.qr_delete(q, r, np.array([0, 2]))
print(type(res).__name__, res[0].shape, res[1].shape)
print(np.round(res[1], 10) + 0)
res = linalg.qr_insert(q, r, np.ones(3), np.array([[0], [4]]))
print(type(res).__name__, res[0].shape); print(np.round(res[1], 10) + 0)
print(np.round(linalg.qr_delete(q, r, np.int64(1), 2, 'col')[1], 10) + 0)
# ---
import numpy as np
from scipy import linalg
q, r = linalg.qr(np.eye(3))
linalg.qr_delete(q, r, 0, k=1)
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(61)
for n in [70, 130]:
    x = rng.normal(size=(n, n)); a = x + x.T
    for lower in [True, False]:
        lu, d, perm = sla.ldl(a, lower=lower)
        print(n, lower, perm.tolist() == sorted(perm.tolist()), int((perm * np.arange(n) ** 2).sum()), perm[:12].tolist(), np.allclose(lu @ d @ lu.T, a))
        print(np.round(d[np.nonzero(d)], 6)[:10])
    z = rng.normal(size=(n, n)) + 1j * rng.normal(size=(n, n))
    h = z + z.conj().T
    lu, d, perm = sla.ldl(h)
    print(int((perm * np.arange(n) ** 2).sum()), perm[:12].tolist(), np.round(d[np.nonzero(d)], 6)[:6])
    r, q = sla.rq(rng.normal(size=(n, n + 3)))
    print(np.round(r[:3, -3:], 8)); print(np.round(q[-2:, -3:], 8))
