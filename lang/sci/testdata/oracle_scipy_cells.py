import scipy.linalg as sla
sla.cholesky([[4, 2], [2, 3]])
# ---
import scipy.linalg as sla
sla.cholesky([[4, 2], [2, 3]], lower=True)
# ---
import scipy.linalg as sla
sla.cholesky([[4, 2 - 1j], [2 + 1j, 3]])
# ---
import scipy.linalg as sla
sla.cholesky([[1, 2], [2, 1]])
# ---
import scipy.linalg as sla
sla.cholesky([[1, 2, 3], [2, 1, 3]])
# ---
import numpy as np
import scipy.linalg as sla
sla.cholesky([[1, np.nan], [0, 1]])
# ---
import scipy.linalg as sla
c, low = sla.cho_factor([[4, 2], [2, 3]])
print(c); print(low)
# ---
import scipy.linalg as sla
c, low = sla.cho_factor([[4, 2], [2, 3]], lower=True)
print(c); print(low)
# ---
import scipy.linalg as sla
c = sla.cho_factor([[4, 2, 0], [2, 3, 1], [0, 1, 5]])
x = sla.cho_solve(c, [1, 2, 3])
print(np.round(x, 12) + 0)
# ---
import scipy.linalg as sla
sla.cho_solve((sla.cho_factor([[4, 2], [2, 3]])[0], False), [1, 2, 3])
# ---
import scipy.linalg as sla
p, l, u = sla.lu([[1, 2, 3], [2, 4, 5]])
print(p); print(l); print(u)
# ---
import scipy.linalg as sla
pl, u = sla.lu([[1, 2], [3, 4], [5, 7]], permute_l=True)
print(pl); print(u)
# ---
import scipy.linalg as sla
p, l, u = sla.lu([[1, 2], [3, 4], [5, 7]], p_indices=True)
print(p.tolist()); print(l); print(u)
# ---
import numpy as np
import scipy.linalg as sla
a = np.array([[2, 1j, 0], [1, 3, 1 - 1j], [0, 2j, 4]])
p, l, u = sla.lu(a)
print(np.allclose(p @ l @ u, a), u[1, 0] == 0 and u[2, 0] == 0 and u[2, 1] == 0, np.allclose(np.diag(l), 1))
# ---
import scipy.linalg as sla
lu, piv = sla.lu_factor([[1, 2, 0], [3, 4, 1], [0, 1, 5]])
print(lu); print(piv.tolist())
# ---
import scipy.linalg as sla
lu, piv = sla.lu_factor([[1, 2], [2, 4]])
print(lu); print(piv.tolist())
# ---
import scipy.linalg as sla
f = sla.lu_factor([[1, 2, 0], [3, 4, 1], [0, 1, 5]])
print(sla.lu_solve(f, [1, 2, 3]))
print(sla.lu_solve(f, [1, 2, 3], trans=1))
print(sla.lu_solve(f, [[1, 0], [2, 1], [3, 0]]))
# ---
import scipy.linalg as sla
sla.lu_solve(sla.lu_factor([[1, 2], [3, 4]]), [1, 2, 3])
# ---
import numpy as np
import scipy.linalg as sla
a = np.array([[1, 2j], [3 - 1j, 4]])
f = sla.lu_factor(a)
print(np.allclose(a @ sla.lu_solve(f, [1, 1j]), [1, 1j]))
print(np.allclose(a.conj().T @ sla.lu_solve(f, [1, 1j], trans=2), [1, 1j]))
print(np.allclose(a.T @ sla.lu_solve(f, [1, 1j], trans=1), [1, 1j]))
# ---
import scipy.linalg as sla
print(sla.solve_triangular([[1, 2], [0, 3]], [1, 2]))
print(sla.solve_triangular([[1, 0], [2, 3]], [1, 2], lower=True))
print(sla.solve_triangular([[1, 2], [0, 3]], [1, 2], trans=1))
print(sla.solve_triangular([[5, 2], [0, 3]], [1, 2], unit_diagonal=True))
# ---
import scipy.linalg as sla
sla.solve_triangular([[1, 0], [0, 0]], [1, 2])
# ---
import numpy as np
import scipy.linalg as sla
a = np.arange(6.).reshape(3, 2) + np.eye(3, 2)
q, r = sla.qr(a)
print(q.shape, r.shape); print(q); print(r)
# ---
import numpy as np
import scipy.linalg as sla
a = np.arange(6.).reshape(3, 2) + np.eye(3, 2)
q, r = sla.qr(a, mode='economic')
print(q); print(r)
# ---
import numpy as np
import scipy.linalg as sla
r = sla.qr(np.arange(6.).reshape(3, 2) + np.eye(3, 2), mode='r')
print(len(r)); print(r[0])
# ---
import numpy as np
import scipy.linalg as sla
(h, tau), r = sla.qr(np.arange(6.).reshape(3, 2) + np.eye(3, 2), mode='raw')
print(h); print(tau); print(r)
# ---
import numpy as np
import scipy.linalg as sla
q, r, p = sla.qr(np.array([[1., 5, 2], [2, 1, 7], [3, 0, 1]]), pivoting=True)
print(q); print(r); print(p.tolist())
# ---
import numpy as np
import scipy.linalg as sla
a = np.array([[1, 2j, 3], [4j, 5, 6], [1, 1, 1 + 1j], [0, 2, 1]])
q, r = sla.qr(a)
print(q.shape, r.shape, q.dtype)
print(np.round(q, 10) + 0); print(np.round(r, 10) + 0)
# ---
import scipy.linalg as sla
sla.qr([[1, 2], [3, 4]], mode='reduced')
# ---
import numpy as np
a = np.array([[1., 2], [3, 4], [5, 6]])
for mode in ['reduced', 'complete']:
    q, r = np.linalg.qr(a, mode=mode)
    print(mode); print(q); print(r)
print(np.linalg.qr(a, mode='r'))
h, tau = np.linalg.qr(a, mode='raw')
print(h.shape, tau.shape); print(h); print(tau)
# ---
import numpy as np
np.linalg.qr(np.eye(2), mode='x')
# ---
import numpy as np
a = np.array([[1, 2j], [3, 4 - 1j], [1j, 1]])
q, r = np.linalg.qr(a)
print(np.round(q, 10) + 0); print(np.round(r, 10) + 0)
q, r = np.linalg.qr(a, mode='complete')
print(q.shape, np.allclose(q @ r, a), np.allclose(q.conj().T @ q, np.eye(3)))
# ---
import scipy.linalg as sla
sla.eig([[1, 2], [3, 4]])[0]
# ---
import numpy as np
import scipy.linalg as sla
w, vl, vr = sla.eig([[1, -2], [2, 1]], left=True)
print(w)
a = np.array([[1, -2], [2, 1]])
print(np.allclose(a @ vr, vr * w), np.allclose(vl.conj().T @ a, w[:, None] * vl.conj().T))
print(np.allclose(np.linalg.norm(vl, axis=0), 1), vr.dtype, vl.dtype)
# ---
import scipy.linalg as sla
sla.eig([[2, 0], [0, 1]], right=False)
# ---
import scipy.linalg as sla
sla.eigvals([[1, 2], [3, 4]])
# ---
import scipy.linalg as sla
sla.eig([[1, 2], [2, 1], [3, 3]])
# ---
import scipy.linalg as sla
sla.eigh([[2, 1], [1, 2]], eigvals_only=True)
# ---
import numpy as np
import scipy.linalg as sla
a = np.array([[2., 1, 7], [1, 3, 1], [5, 1, 4]])
print(sla.eigvalsh(a)); print(sla.eigvalsh(a, lower=False))
# ---
import numpy as np
import scipy.linalg as sla
a = np.array([[4., 1, 0], [1, 3, 1], [0, 1, 2]])
w, v = sla.eigh(a, subset_by_index=[1, 2])
print(w, v.shape, np.allclose(a @ v, v * w))
# ---
import scipy.linalg as sla
sla.eigh([[1, 2], [2, 1]], subset_by_index=[0, 5])
# ---
import numpy as np
import scipy.linalg as sla
a = np.array([[1., 2], [2, 1]]); b = np.array([[2., 0.5], [0.5, 1]])
w, v = sla.eigh(a, b)
print(w, np.allclose(a @ v, b @ v * w), np.allclose(v.T @ b @ v, np.eye(2)))
# ---
import numpy as np
import scipy.linalg as sla
a = np.array([[2, 1j, 0], [-1j, 3, 1 + 1j], [0, 1 - 1j, 1]])
w, v = sla.eigh(a)
print(w, v.dtype, np.allclose(a @ v, v * w), np.allclose(v.conj().T @ v, np.eye(3)))
# ---
import numpy as np
import scipy.linalg as sla
print(sla.svd([[1, 2], [2, 4]], compute_uv=False))
print(sla.svd([[1, 2, 3]], compute_uv=False))
u, s, vh = sla.svd([[1., 2, 3], [4, 5, 6]], lapack_driver='gesvd')
print(u.shape, s, vh.shape)
# ---
import scipy.linalg as sla
sla.svd([[1, 2], [2, 4]], lapack_driver='x')
# ---
import scipy.linalg as sla
sla.svd([1, 2, 3])
# ---
import numpy as np
a = np.array([[1, 2j, 3], [4, 5, 6j]])
u, s, vh = np.linalg.svd(a)
print(s, u.shape, vh.shape, u.dtype)
print(np.allclose(u[:, :2] * s @ vh[:2], a), np.allclose(u.conj().T @ u, np.eye(2)), np.allclose(vh @ vh.conj().T, np.eye(3)))
u, s, vh = np.linalg.svd(a.T, full_matrices=False)
print(s, u.shape, vh.shape, np.allclose(u * s @ vh, a.T))
print(np.linalg.svd(a, compute_uv=False), np.linalg.matrix_rank(a))
# ---
import numpy as np
a = np.array([[1, 1j], [1j, -1]])
print(np.linalg.svd(a, compute_uv=False), np.linalg.matrix_rank(a))
print(np.allclose(np.linalg.pinv(a) @ a @ np.linalg.pinv(a), np.linalg.pinv(a)))
# ---
import numpy as np
a = np.array([[2, 1j], [-1j, 3]])
print(np.linalg.cholesky(a)); print(np.linalg.eigvalsh(a))
w, v = np.linalg.eigh(a)
print(np.allclose(a @ v, v * w))
# ---
import numpy as np
np.linalg.cholesky(np.array([[1, 2j], [-2j, 1]]))
# ---
import numpy as np
a = np.array([[1, 2j, 0], [3, 4, 1j]])
p = np.linalg.pinv(a)
print(np.round(p.real, 12) + 0); print(np.round(p.imag, 12) + 0)
print(np.allclose(a @ p @ a, a), np.allclose(p @ a @ p, p))
# ---
import numpy as np
import scipy.linalg as sla
print(sla.pinv([[1, 2], [2, 4]], return_rank=True))
print(sla.pinv([[1., 2], [3, 4]], atol=0.5))
print(sla.pinv([[1., 2], [3, 4], [5, 6]], rtol=0.1))
# ---
import scipy.linalg as sla
sla.pinv([[1, 2], [2, 4]], atol=-1)
# ---
import scipy.linalg as sla
sla.expm([[1, 2], [3, 4]])
# ---
import numpy as np
import scipy.linalg as sla
print(sla.expm(np.zeros((3, 3))))
print(sla.expm([[0, 1], [-1, 0]]))
print(sla.expm([[1e-3, 2e-3], [0, 1e-3]]))
print(sla.expm(np.array([[1j, 0], [0, -1j]])))
# ---
import numpy as np
import scipy.linalg as sla
a = np.array([[1., 2, 3], [0, 4, 5], [1, 0, 6]]) * 3
sla.expm(a)
# ---
import scipy.linalg as sla
sla.expm([1, 2])
# ---
import scipy.linalg as sla
sla.expm([[1, 2, 3], [3, 4, 5]])
# ---
import numpy as np
import scipy.linalg as sla
n = sla.null_space([[1, 1], [1, 1]])
print(n.shape, np.allclose(abs(n), np.sqrt(0.5)))
n = sla.null_space([[1., 2, 3], [2, 4, 6]])
print(n.shape, np.allclose(np.array([[1., 2, 3]]) @ n, 0), np.allclose(n.T @ n, np.eye(2)))
o = sla.orth([[1, 1], [1, 1]])
print(o.shape, np.allclose(abs(o), np.sqrt(0.5)))
print(sla.orth(np.eye(3)).shape, sla.null_space(np.eye(3)).shape)
# ---
import scipy.linalg as sla
x = sla.solve([[1, 1], [1, 1 + 1e-16 * 4]], [1, 2])
print(x)
# ---
import scipy.linalg as sla
sla.solve([[1, 2], [2, 4 + 1e-15]], [1, 2])
# ---
import scipy.linalg as sla
sla.solve([[1, 2], [0, 1e-17]], [1, 2])
# ---
import scipy.linalg as sla
sla.solve([[2, 0], [0, 1e-17]], [1, 2])
# ---
import scipy.linalg as sla
sla.solve([[1, 2], [3, 4]], [1, 2], assume_a='foo')
# ---
import scipy.linalg as sla
sla.solve([[1, 2], [2, 1]], [1, 2], assume_a='pos')
# ---
import numpy as np
import scipy.linalg as sla
a = np.array([[4., 1, 0], [1, 3, 1], [0, 1, 2]])
b = np.array([1., 2, 3])
for s in [None, 'gen', 'sym', 'pos', 'her', 'general', 'symmetric', 'positive definite']:
    print(s, sla.solve(a, b, assume_a=s))
print(sla.solve(a, b, assume_a='pos', lower=True))
print(sla.solve(a * [[1, 1, 1], [0, 1, 1], [0, 0, 1]], b, assume_a='upper triangular'))
print(sla.solve(a * [[1, 0, 0], [1, 1, 0], [1, 1, 1]], b, assume_a='lower triangular'))
print(sla.solve(np.diag([1., 2, 4]), b, assume_a='diagonal'))
print(sla.solve(a, b, transposed=True))
# ---
import numpy as np
import scipy.linalg as sla
a = np.array([[4., 1, 0, 0, 0], [1, 3, 1, 0, 0], [0, 2, 2, 1, 0], [0, 0, 1, 5, 2], [0, 0, 0, 1, 1]])
print(sla.solve(a, np.arange(5.)))
print(sla.solve(a, np.arange(5.), assume_a='tridiagonal'))
print(sla.solve(a, np.arange(5.), assume_a='banded'))
# ---
import numpy as np
import scipy.linalg as sla
a = np.array([[2, 1j], [-1j, 3]])
print(sla.solve(a, [1, 2]))
print(sla.solve(a, [1, 2], assume_a='her'))
# ---
import numpy as np
import scipy.linalg as sla
sla.solve(np.array([[2, 1j], [-1j, 3]]), [1, 2], transposed=True)
# ---
import numpy as np
import scipy.linalg as sla
a = np.stack([np.eye(2) * 2, [[1, 1], [1, 1 + 4e-16]], [[1, 2], [0, 1e-17]]])
sla.solve(a, [1, 2])
# ---
import numpy as np
import scipy.linalg as sla
a = np.stack([np.eye(2), [[1, 2], [2, 4]]])
sla.solve(a, [1, 2])
# ---
import scipy.linalg as sla
sla.solve([[1, 2], [3, 4]], [1, 2, 3])
# ---
import scipy.linalg as sla
sla.solve([[1, 2, 3], [3, 4, 5]], [1, 2])
# ---
import scipy.linalg as sla
print(sla.solve(2.0, [4.0]))
print(sla.solve([[2.0]], [[4.0, 6.0]]))
# ---
import scipy.linalg as sla
print(sla.norm([[1, 2], [3, 4]]), sla.norm([3, 4], 1))
sla.norm([[1, float('inf')]])
# ---
import scipy.linalg as sla
lu, piv = sla.lu_factor([[1, 2], [2, 4]])
print(lu); print(piv.tolist())
# ---
import scipy.linalg as sla
print(sla.LinAlgWarning.__name__, issubclass(sla.LinAlgWarning, RuntimeWarning))
# ---
import scipy.linalg as sla
sla.inv([[1, 1], [1, 1 + 1e-16 * 4]])
# ---
import numpy as np
import scipy.linalg as sla
sla.inv(np.stack([[[1, 2], [0, 1e-17]], [[2, 0], [0, 1]], [[1, 1], [1, 1 + 4e-16]]]))
# ---
import scipy.linalg as sla
print(sla.inv([[4, 1], [1, 3]], assume_a='pos'))
print(sla.inv([[4, 1], [0, 3]], assume_a='upper triangular'))
sla.inv([[4, 1], [1, 3]], assume_a='foo')
# ---
import scipy.linalg as sla
sla.inv([[1, 2], [2, 4]])
# ---
import numpy as np
print(np.linalg.cholesky(np.array([[4., 2], [2, 3]]), upper=True))
print(np.linalg.cholesky(np.array([[4, 2 - 1j], [2 + 1j, 3]]), upper=True))
print(np.linalg.eigvalsh(np.array([[1., 5], [2, 1]]), UPLO='U'))
w, v = np.linalg.eigh(np.array([[2, 7 + 1j], [1j, 3]]), UPLO='U')
print(w, np.allclose(np.array([[2, 1j], [-1j, 3]]) @ v, v * w))
# ---
import numpy as np
np.linalg.eigh(np.eye(2), UPLO='X')
# ---
import numpy as np
np.linalg.cholesky(np.array([[1., 2], [2, 1]]), upper=True)
# ---
import numpy as np
a = np.array([[1, 2j], [3, 4], [5j, 6]])
x, res, rank, s = np.linalg.lstsq(a, np.array([1, 2, 3j]))
print(x, res, rank, s)
x, res, rank, s = np.linalg.lstsq(a, np.array([[1., 0], [2, 1], [3, 0]]))
print(x); print(res, rank)
x, res, rank, s = np.linalg.lstsq(np.array([[1., 2], [3, 4], [5, 6]]), np.array([1j, 2, 3]))
print(x, res, rank, s)
# ---
# noise: n=3 scale=21 the residual ‖b − Ax‖² = 1/6 cancels down from ‖b‖² = 21 (LAPACK's gelsd sums it from its own transformed b)
import numpy as np
import scipy.linalg as sla
a = np.array([[1., 2], [3, 4], [5, 6]])
x, res, rank, s = sla.lstsq(a, [1, 2, 4])
print(x, res, rank, s, type(rank).__name__)
x, res, rank, s = sla.lstsq(a, [[1, 0], [2, 1], [4, 0]])
print(x); print(res, rank)
print(sla.lstsq(np.array([[1., 2], [2, 4]]), [1, 2])[1:3])
print(sla.lstsq(a, [1, 2, 4], cond=0.5)[0])
print(sla.svdvals(a))
# ---
import scipy.linalg as sla
sla.lstsq([[1, 2], [3, 4]], [1, 2, 3])
# ---
import scipy.linalg as sla
sla.lu([1, 2])
# ---
import scipy.linalg as sla
sla.pinv([1, 2])
# ---
import numpy as np
np.linalg.pinv(np.array([1., 2]))
# ---
import numpy as np
import scipy.linalg as sla
a = np.arange(12.).reshape(2, 2, 3) + 1
q, r = sla.qr(a)
print(q.shape, r.shape, np.allclose(q @ r, a))
print(sla.pinv(a).shape, sla.null_space(a).shape, sla.orth(a).shape)
print(sla.lu_factor([3, 4])[1].tolist())
# ---
import numpy as np
import scipy.linalg as sla
a = np.array([[1, 2j, 0], [3, 4, 1 - 1j], [0.5j, 2, 4]])
def show(w):
    return [(round(z.real, 8) + 0, round(z.imag, 8) + 0) for z in sorted(w.tolist(), key=lambda z: (round(z.real, 6), z.imag))]
w, v = np.linalg.eig(a)
print(show(w), w.dtype, v.dtype, np.allclose(a @ v, v * w), np.allclose(np.linalg.norm(v, axis=0), 1))
w, v = sla.eig(a)
print(show(w), np.allclose(a @ v, v * w))
print(show(sla.eigvals(np.array([[1, 2], [3, 4]], dtype=complex))))
# ---
import numpy as np
import scipy.linalg as sla
# Stacks with exactly singular matrices: SciPy stops at the first singular
# one and prints its position among the matrices it flagged (the
# ill-conditioned ones before it, such as C, and itself).
S = [[1., 2], [2, 4]]
I = [[1., 0], [0, 1]]
Z = [[0., 0], [0, 0]]
U = [[1., 2], [0, 0]]
L = [[0., 0], [3, 1]]
D = [[2., 0], [0, 0]]
R = [[1., 2], [3, 6]]
C = [[1., 1], [1, 1 + 4e-16]]
stacks = [[S], [Z], [S, I, Z], [I, S], [I, I, S, S], [S, S, S], [I, U], [L, U], [I, D], [I, R],
          [C, S], [S, C], [C, C, Z], [I, C, I, R, C], [[I, S], [I, I]], [[I, C], [C, Z]],
          [[[1, 2], [2, 4]], [[1, 0], [0, 1]]], np.array([I, [[1, 1j], [-1j, 1]]]), np.array([C, [[2, 1j], [4, 2j]]])]
for s in stacks:
    try:
        sla.inv(np.array(s))
        print('inverted')
    except np.linalg.LinAlgError as e:
        print(e)
for s in [[[1., 2, 3], [2, 4, 6], [1, 0, 1]], [[0., 0, 0], [1, 2, 3], [4, 5, 6]], [[1., 0, 2], [2, 0, 1], [3, 0, 5]],
          [[1., 0, 0], [2, 0, 0], [3, 4, 5]], [[1., 2, 3], [0, 0, 4], [0, 0, 5]]]:
    try:
        sla.inv(np.array([np.eye(3), s]))
        print('inverted')
    except np.linalg.LinAlgError as e:
        print(e)
# ---
import numpy as np
import scipy.linalg as sla
# Issue 18: singular exactly when NumPy and SciPy say singular.
# not on OpenBLAS Sandybridge kernels: NumPy and SciPy find M = [[1, 2, 3], [4, 5, 6], [7, 8, 9]] nonsingular (inv gives ±4.5e15 entries, det 6.66e-16)
M = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(sla.det(M), np.linalg.matrix_power(np.array([[4., 7], [2, 6]]), -2))
# (lu_solve(lu_factor(M), b) is [nan nan nan] under Haswell's kernels,
# [nan inf -inf] under SkylakeX's: linalg's TestLUClassicRegressions.)
for f in [lambda: sla.solve(M, [1, 2, 3]), lambda: np.linalg.matrix_power(M, -1)]:
    try:
        print(f())
    except np.linalg.LinAlgError as e:
        print(type(e).__name__, e)
sla.inv(M)

# ---
import numpy as np
import scipy.linalg as sla
# Argument errors of scipy.linalg's Python functions: CPython's messages.
A = np.array([[4., 2], [2, 3]])
b = np.array([1., 2])
for f in [lambda: sla.det(A, False, True, 1), lambda: sla.det(), lambda: sla.det(A, foo=1),
          lambda: sla.inv(A, False, True, 'gen'), lambda: sla.inv(), lambda: sla.inv(A, lower=1, foo=2),
          lambda: sla.inv(A, a=A), lambda: sla.solve(A), lambda: sla.solve(A, b, b=b),
          lambda: sla.solve(A, b, False, False, False, True, None, False, 1), lambda: sla.solve(A, b, bar=1),
          lambda: sla.expm(), lambda: sla.expm(A, 1), lambda: sla.expm(a=A), lambda: sla.norm(),
          lambda: sla.norm(A, 1, 2, 3, 4, 5), lambda: sla.norm(A, x=A), lambda: sla.norm(A, a=A)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
# ---
import numpy as np
import scipy.linalg as sla
# Argument errors of the functions SciPy wraps in _apply_over_batch: an
# array argument given twice is that decorator's ValueError.
A = np.array([[4., 2], [2, 3]])
b = np.array([1., 2])
for f in [lambda: sla.cholesky(A, False, False, True, 1), lambda: sla.cholesky(), lambda: sla.cholesky(A, foo=1),
          lambda: sla.cholesky(A, a=A), lambda: sla.cholesky(A, True, lower=True), lambda: sla.cho_factor(A, a=A),
          lambda: sla.lu_factor(A, False, True, 1), lambda: sla.solve_triangular(A),
          lambda: sla.solve_triangular(A, b, b=b), lambda: sla.qr(A, False, None, 'full', False, True, 1),
          lambda: sla.svd(A, a=A), lambda: sla.pinv(A, 1), lambda: sla.eig(A, None, b=A),
          lambda: sla.eig(A, qq=1), lambda: sla.eigvals(A, None, False, True, False, 1),
          lambda: sla.eigh(A, None, True), lambda: sla.eigvalsh(A, eigvals_only=True), lambda: sla.eigvalsh(),
          lambda: sla.null_space(A, None, 1), lambda: sla.null_space(A, A=A), lambda: sla.orth(A, 1, 2),
          lambda: sla.orth(A, check_finite=True), lambda: sla.lstsq(A), lambda: sla.lstsq(A, b, b=b),
          lambda: sla.svdvals(A, x=1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
# ---
import numpy as np
import scipy.linalg as sla
# Argument errors of the unbatched solvers and of their pair arguments.
A = np.array([[4., 2], [2, 3]])
b = np.array([1., 2])
for f in [lambda: sla.cho_solve(), lambda: sla.cho_solve(sla.cho_factor(A), b, False, True, 5),
          lambda: sla.cho_solve(sla.cho_factor(A), b, c_and_lower=1), lambda: sla.cho_solve(5, b),
          lambda: sla.cho_solve((sla.cho_factor(A)[0], True, 1), b), lambda: sla.lu_solve((A, A)),
          lambda: sla.lu_solve(sla.lu_factor(A), b, 0, False, True, 1), lambda: sla.lu_solve((1,), b),
          lambda: sla.lu(A, False, False, True, False, 1), lambda: sla.lu(A, a=A), lambda: sla.lu(A, permute_l=True, q=1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
# ---
import numpy as np
import scipy.linalg as sla
# Every parameter by keyword, and the hints overwrite_a/overwrite_b (SciPy may
# overwrite the array given, so each call gets a copy).
A = np.array([[4., 2], [2, 3]])
b = np.array([1., 2])
print(sla.det(a=A.copy(), overwrite_a=True, check_finite=False))
print(sla.inv(a=A.copy(), assume_a='pos', lower=True, overwrite_a=True))
print(sla.solve(b=b.copy(), a=A.copy(), assume_a='pos', lower=True, overwrite_a=True, overwrite_b=True, transposed=False))
print(sla.solve_triangular(b=b.copy(), a=A, lower=True, trans='T', unit_diagonal=False, overwrite_b=True))
print(sla.cholesky(a=A.copy(), lower=True, overwrite_a=True, check_finite=False))
print(sla.cho_solve(c_and_lower=sla.cho_factor(a=A, lower=True), b=b.copy(), overwrite_b=True))
print(sla.lu_solve(lu_and_piv=sla.lu_factor(a=A.copy(), overwrite_a=True), b=b, trans=1))
p, l, u = sla.lu(a=A, permute_l=False, p_indices=False)
print(p, l, u)
print(sla.qr(a=A, mode='r', pivoting=False, lwork=100)[0])
print(sla.svd(a=A, compute_uv=False, lapack_driver='gesvd'), sla.svdvals(a=A.copy(), overwrite_a=True))
print(sla.pinv(a=A, atol=0.5, rtol=0.1, return_rank=True)[1])
print(sla.eigh(a=A, eigvals_only=True, lower=False, driver='evr'), sla.eigvalsh(a=A, type=3, driver='evx'))
print(sla.eigvals(a=A, check_finite=False), sla.expm(A=np.zeros((2, 2))))
print(sla.null_space(A=A, rcond=0.1, check_finite=False).shape, sla.orth(A=A, rcond=0.1).shape)
x, res, rank, s = sla.lstsq(a=A, b=b, cond=None, lapack_driver='gelss')
print(x, res, rank, s)
# ---
import numpy as np
import scipy.linalg as sla
# norm: SciPy's BLAS (nrm2) and LAPACK (lange) paths give Python floats,
# the others NumPy scalars.
A = np.array([[4., 2], [2, 3]])
b = np.array([1., 2])
for r in [sla.norm(b), sla.norm(b, 2), sla.norm(b, ord=2.0), sla.norm(b, 1), sla.norm([1, 2, 2]),
          sla.norm(np.array([1 + 1j, 2])), sla.norm(A, 1), sla.norm(A, np.inf), sla.norm(A, -np.inf),
          sla.norm(A), sla.norm(A, 'fro'), sla.norm(A.T, 1), sla.norm(A[:, :1], 1), sla.norm(A + 1j, 1),
          sla.norm(np.arange(9.).reshape(3, 3)[::2, ::2], 1), sla.norm(a=A, ord=1), sla.norm(b, keepdims=True),
          sla.norm(b, axis=0), sla.norm(np.zeros(0)), sla.norm([1, np.inf], check_finite=False)]:
    print(repr(r))
try:
    sla.norm([1, np.inf])
except ValueError as e:
    print(e)
# ---
import numpy as np
import scipy.linalg as sla
# eig's homogeneous eigenvalues: (alpha, beta) with beta = 1.
A = np.array([[4., 2], [2, 3]])
w, v = sla.eig(A, homogeneous_eigvals=True)
print(w.shape, w.dtype, w[1])
print(sla.eigvals(A, homogeneous_eigvals=True))
print(sla.eigvals(np.array([A, 2 * A]), homogeneous_eigvals=True).shape)
print(sla.eigvals(np.zeros((0, 0)), homogeneous_eigvals=True).shape)
# ---
import numpy as np
import scipy.linalg as sla
# The checks of eigh's driver and type, lstsq's and svd's lapack_driver,
# qr's mode and inv's and solve's assume_a, as SciPy makes them.
A = np.array([[4., 2], [2, 3]])
b = np.array([1., 2])
for f in [lambda: sla.eigh(A, driver='foo'), lambda: sla.eigh(A, driver=1), lambda: sla.eigh(A, driver='gv'),
          lambda: sla.eigh(A, A, driver='evr'), lambda: sla.eigh(A, subset_by_index=[0, 0], driver='ev'),
          lambda: sla.eigh(A, A, type=5), lambda: sla.eigh(A, type=2, eigvals_only=True),
          lambda: sla.lstsq(A, b, lapack_driver='foo'), lambda: sla.lstsq(A, b, lapack_driver=1),
          lambda: sla.svd(A, lapack_driver='foo'), lambda: sla.svd(A, lapack_driver=1),
          lambda: sla.null_space(A, lapack_driver=1), lambda: sla.qr(A, mode=1), lambda: sla.qr(A, mode='bad'),
          lambda: sla.qr(A, mode='qr')[1], lambda: sla.inv(A, assume_a=1), lambda: sla.inv(A, assume_a='foo'),
          lambda: sla.solve(A, b, assume_a=1), lambda: sla.lstsq(A, b, lapack_driver='gelsy'),
          lambda: sla.lstsq([[1., 2], [3, 4], [5, 6]], [1., 2, 4], lapack_driver='gelsy')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
# ---
import numpy as np
from scipy.linalg import toeplitz, circulant, hankel, hilbert
print(repr(toeplitz([1, 2, 3])))
print(repr(toeplitz([1, 2, 3], [1, 4, 5, 6])))
print(repr(toeplitz([1j, 2])))
print(repr(toeplitz([1, 2], [1.5, 3])))
print(repr(toeplitz(5)))
print(repr(toeplitz(np.array([1., 2.]), r=np.array([9, 8, 7]))))
print(repr(circulant([1, 2, 3])))
print(repr(circulant([1.5, 2j])))
print(repr(hankel([1, 2, 3], [3, 4, 5])))
print(repr(hankel([1, 2])))
print(repr(hankel([1, 2, 3], [9.5, 8])))
print(repr(hilbert(3)))
print(repr(hilbert(0)))
h = hilbert(6)
h[5, 5], h[2, 4]
# ---
from scipy.linalg import toeplitz
toeplitz()
# ---
from scipy.linalg import hilbert
hilbert(2.5)
# ---
from scipy.linalg import hankel
hankel([1, 2], [3], [4])
# ---
import scipy.linalg as sla
sla.lstsq([[1.]], 5)
# ---
import numpy as np
import scipy.linalg as sla
sla.lstsq(np.ones((2, 3)), 0)
