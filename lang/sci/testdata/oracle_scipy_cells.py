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
