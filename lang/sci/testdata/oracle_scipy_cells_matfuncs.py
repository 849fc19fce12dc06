import numpy as np
from scipy.linalg import expm, sinm, cosm
a = np.array([[1.0, 2.0], [-1.0, 3.0]])
print(expm(1j*a))
print(cosm(a) + 1j*sinm(a))
# ---
import numpy as np
from scipy.linalg import tanm, sinm, cosm
a = np.array([[1.0, 3.0], [1.0, 4.0]])
t = tanm(a)
print(t)
print(sinm(a).dot(np.linalg.inv(cosm(a))))
# ---
import numpy as np
from scipy.linalg import tanhm, sinhm, coshm
a = np.array([[1.0, 3.0], [1.0, 4.0]])
print(coshm(a)); print(sinhm(a)); print(tanhm(a))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(1)
a = rng.normal(size=(5, 5))
for f in (sla.cosm, sla.sinm, sla.tanm, sla.coshm, sla.sinhm, sla.tanhm):
    r = f(a)
    print(f.__name__, r.dtype, r.tolist())
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(2)
a = rng.normal(size=(4, 4)) + 1j*rng.normal(size=(4, 4))
for f in (sla.cosm, sla.sinm, sla.tanm, sla.coshm, sla.sinhm, sla.tanhm):
    r = f(a)
    print(f.__name__, r.dtype, r.tolist())
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(3)
a = rng.normal(size=(3, 3, 3))
for f in (sla.cosm, sla.sinm, sla.tanm, sla.coshm, sla.sinhm, sla.tanhm):
    r = f(a)
    print(f.__name__, r.shape, r.tolist())
# ---
import scipy.linalg as sla
sla.cosm([[2]]), sla.sinm([[2]]), sla.tanm([[2]]), sla.coshm([[2]]), sla.sinhm([[2]]), sla.tanhm([[2]])
# ---
import scipy.linalg as sla
sla.cosm([[1, 2], [3, 4]]), sla.tanhm([[1, 2], [3, 4]])
# ---
import scipy.linalg as sla
sla.cosm([[True, False], [False, True]]), sla.tanm([[True, False], [False, True]])
# ---
import scipy.linalg as sla
sla.coshm([[True, False], [False, True]])
# ---
import scipy.linalg as sla
sla.sinhm([[True, False], [False, True]])
# ---
import scipy.linalg as sla
sla.cosm([1, 2])
# ---
import scipy.linalg as sla
sla.sinm(5)
# ---
import scipy.linalg as sla
sla.tanm([[1, 2, 3], [4, 5, 6]])
# ---
import numpy as np
import scipy.linalg as sla
sla.cosm(np.zeros((0, 0))), sla.tanhm(np.zeros((0, 0))), sla.sinm(np.zeros((2, 0, 0)))
# ---
import numpy as np
import scipy.linalg as sla
sla.coshm(np.zeros((0, 2, 2)))
# ---
import scipy.linalg as sla
sla.cosm([[1, 2], [3, 4]], A=[[1]])
# ---
import scipy.linalg as sla
sla.sinm()
# ---
import numpy as np
from scipy import linalg
rng = np.random.default_rng(0)
A = rng.standard_normal((3, 3))
E = rng.standard_normal((3, 3))
expm_A, expm_frechet_AE = linalg.expm_frechet(A, E)
print(expm_A.shape, expm_frechet_AE.shape)
M = np.zeros((6, 6))
M[:3, :3] = A
M[:3, 3:] = E
M[3:, 3:] = A
expm_M = linalg.expm(M)
print(np.allclose(expm_A, expm_M[:3, :3]), np.allclose(expm_frechet_AE, expm_M[:3, 3:]))
print(expm_A); print(expm_frechet_AE)
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(4)
for scale in (1e-3, 0.05, 0.3, 1.0, 2.0, 10.0):
    a = rng.normal(size=(4, 4)) * scale
    e = rng.normal(size=(4, 4))
    x, l = sla.expm_frechet(a, e)
    print(scale, x.tolist(), l.tolist())
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(5)
a = rng.normal(size=(3, 3)) + 1j * rng.normal(size=(3, 3))
e = rng.normal(size=(3, 3))
x, l = sla.expm_frechet(a, e)
print(x.dtype, l.dtype, x.tolist(), l.tolist())
x, l = sla.expm_frechet(a, e, method='blockEnlarge')
print(x.dtype, l.dtype, x.tolist(), l.tolist())
print(sla.expm_frechet(e, a, compute_expm=False).dtype)
# ---
import scipy.linalg as sla
sla.expm_frechet([[1, 2], [3, 4]], [[1, 2], [3, 4]])
# ---
import scipy.linalg as sla
sla.expm_frechet([[1, 2], [3, 4]], [[0, 1], [0, 0]], compute_expm=False)
# ---
import scipy.linalg as sla
sla.expm_frechet([[2]], [[2]]), sla.expm_frechet([[0.5]], [[1]], method='blockEnlarge')
# ---
import numpy as np
import scipy.linalg as sla
sla.expm_frechet(np.zeros((0, 0)), np.zeros((0, 0)))
# ---
import scipy.linalg as sla
sla.expm_frechet([1, 2], [1, 2])
# ---
import scipy.linalg as sla
sla.expm_frechet([[1, 2], [3, 4]], [1, 2])
# ---
import scipy.linalg as sla
sla.expm_frechet([[1, 2], [3, 4]], [[1, 2, 3], [3, 4, 5], [1, 1, 1]])
# ---
import scipy.linalg as sla
sla.expm_frechet([[1, 2], [3, 4]], [[1, 2], [3, 4]], method='foo')
# ---
import scipy.linalg as sla
sla.expm_frechet([[1, 2], [3, 4]], [[1, 2], [3, 4]], method=3)
# ---
import numpy as np
import scipy.linalg as sla
sla.expm_frechet([[1, np.nan], [3, 4]], [[1, 2], [3, 4]])
# ---
import numpy as np
import scipy.linalg as sla
x, l = sla.expm_frechet([[1, np.inf], [3, 4]], [[1, 2], [3, 4]], check_finite=False)
print(x.shape)
# ---
import numpy as np
from scipy.linalg import expm_cond
A = np.array([[-0.3, 0.2, 0.6], [0.6, 0.3, -0.1], [-0.7, 1.2, 0.9]])
k = expm_cond(A)
k
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(6)
print(round(sla.expm_cond(rng.normal(size=(4, 4))), 12))
print(round(sla.expm_cond(rng.normal(size=(3, 3)) * 5), 11))
print(round(sla.expm_cond(rng.normal(size=(3, 3)) + 1j * rng.normal(size=(3, 3))), 12))
print(np.round(sla.expm_cond(rng.normal(size=(2, 3, 3))), 12))
# ---
import scipy.linalg as sla
sla.expm_cond([[2]]), sla.expm_cond([[1, 2], [3, 4]]), sla.expm_cond([[True, False], [False, True]])
# ---
import numpy as np
import scipy.linalg as sla
sla.expm_cond(np.zeros((0, 0)))
# ---
import numpy as np
import scipy.linalg as sla
sla.expm_cond(np.zeros((0, 2, 2)))
# ---
import scipy.linalg as sla
sla.expm_cond([[1, 2, 3], [4, 5, 6]])
# ---
import numpy as np
import scipy.linalg as sla
sla.expm_cond([[1, np.nan], [0, 1]])
# ---
import numpy as np
from scipy.linalg import sqrtm
a = np.array([[1.0, 3.0], [1.0, 4.0]])
r = sqrtm(a)
print(r)
print(r.dot(r))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(7)
for n in (3, 5, 8, 13):
    a = rng.normal(size=(n, n))
    r = sla.sqrtm(a @ a.T + n * np.eye(n))
    print(r.dtype, r.tolist())
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(8)
for n in (2, 4, 7, 12):
    a = np.eye(n) * 3 + rng.normal(size=(n, n))
    r = sla.sqrtm(a)
    print(r.dtype, r.tolist())
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(9)
for n in (3, 6, 11):
    a = rng.normal(size=(n, n))
    r = sla.sqrtm(a)
    print(r.dtype, np.allclose(r @ r, a), np.round(r, 11).tolist())
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(10)
for n in (1, 2, 3, 6):
    a = rng.normal(size=(n, n)) + 1j * rng.normal(size=(n, n))
    r = sla.sqrtm(a)
    print(r.dtype, r.tolist())
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(11)
a = rng.normal(size=(3, 4, 4))
a[1] = a[1] @ a[1].T
r = sla.sqrtm(a)
print(r.dtype, r.shape, r.tolist())
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(12)
a = rng.normal(size=(2, 3, 3))
a = a @ a.transpose(0, 2, 1)
r = sla.sqrtm(a)
print(r.dtype, np.round(r, 12).tolist())
# ---
import scipy.linalg as sla
sla.sqrtm([[1, 2], [3, 4]])
# ---
import scipy.linalg as sla
x, e = sla.sqrtm([[1, 2], [3, 4]], disp=False)
print(x, type(e), e < 1e-20)
# ---
import scipy.linalg as sla
x, e = sla.sqrtm([[4, 2], [0, 9]], disp=False)
print(x, e)
# ---
import numpy as np
import scipy.linalg as sla
sla.sqrtm(np.zeros((2, 2)), disp=False)
# ---
import scipy.linalg as sla
sla.sqrtm([[[4, 2], [0, 9]]], disp=False)
# ---
import numpy as np
import scipy.linalg as sla
sla.sqrtm([[np.nan, 2], [0, 9]], disp=False)
# ---
import scipy.linalg as sla
sla.sqrtm([[2]], disp=False), sla.sqrtm([[-2]]), sla.sqrtm([[[-2]], [[4]]]), sla.sqrtm([[2j]])
# ---
import numpy as np
import scipy.linalg as sla
sla.sqrtm(np.array([[1, 2], [3, 4]], dtype=bool))
# ---
import scipy.linalg as sla
sla.sqrtm([[1, 1], [-1, 1]]), sla.sqrtm([[1, 1], [-2, 1]])
# ---
import scipy.linalg as sla
sla.sqrtm([[1, 1, 0], [-1, 1, 0], [0, 0, -1.]])
# ---
import scipy.linalg as sla
sla.sqrtm([[-1., 1, 0], [-1, -1, 0], [0, 0, 4]])
# ---
import scipy.linalg as sla
sla.sqrtm([[1., 1, 0], [-1, 1, 0], [0, 0, 0]])
# ---
import scipy.linalg as sla
sla.sqrtm([[1, 1e-20], [0, -1]]), sla.sqrtm([[1, 1], [0, -1]])
# ---
import numpy as np
import scipy.linalg as sla
sla.sqrtm(np.array([[1, 1], [0, 1]], dtype=complex))
# ---
import scipy.linalg as sla
sla.sqrtm([[0, 1], [0, 0]])
# ---
import scipy.linalg as sla
sla.sqrtm([[0, 0], [0, 0]]), sla.sqrtm([[1, 0], [0, 0.]])
# ---
import scipy.linalg as sla
sla.sqrtm([[0, 1, 0], [0, 0, 1], [0, 0, 0]])
# ---
import scipy.linalg as sla
sla.sqrtm([[1, 0], [0, 1]], disp=None)
# ---
import scipy.linalg as sla
sla.sqrtm([[1, 0], [0, 1]], blocksize=16)
# ---
import scipy.linalg as sla
sla.sqrtm([[1, 0], [0, 1]], None, None)
# ---
import numpy as np
import scipy.linalg as sla
sla.sqrtm(np.float64(4)), sla.sqrtm(-4), sla.sqrtm([-4]), sla.sqrtm(4j)
# ---
import scipy.linalg as sla
sla.sqrtm([1, 2])
# ---
import scipy.linalg as sla
sla.sqrtm([[1, 2, 3], [4, 5, 6]])
# ---
import numpy as np
import scipy.linalg as sla
sla.sqrtm(np.zeros((0, 0))), sla.sqrtm(np.zeros((0, 2, 2))), sla.sqrtm(np.zeros((2, 0, 0), complex))
# ---
import numpy as np
import scipy.linalg as sla
sla.sqrtm(np.zeros((2, 3, 3)))
# ---
import scipy.linalg as sla
sla.sqrtm([[1, 0], [0, 1]], disp=False, A=[[1]])
# ---
import numpy as np
import scipy.linalg as sla
t = np.array([[4., 1, 2, 3], [0, 1, 2, 1], [0, -3, 1, 5], [0, 0, 0, 9]])
print(sla.sqrtm(t).tolist())
t[0, 0] = 0
print(sla.sqrtm(t).tolist())
# ---
import numpy as np
from scipy.linalg import funm
a = np.array([[1.0, 3.0], [1.0, 4.0]])
print(funm(a, lambda x: x*x))
print(a.dot(a))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(13)
for n in (2, 3, 5, 8):
    a = rng.normal(size=(n, n))
    f, e = sla.funm(a, np.exp, disp=False)
    print(f.dtype, np.round(f, 10).tolist(), e < 1e-12)
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(14)
a = rng.normal(size=(4, 4)) + 1j * rng.normal(size=(4, 4))
f = sla.funm(a, np.sin)
print(f.dtype, np.round(f.real, 10).tolist(), np.round(f.imag, 10).tolist())
f = sla.funm(a, lambda x: x**2)
print(np.round(f.real, 10).tolist(), np.round(f.imag, 10).tolist())
# ---
import numpy as np
import scipy.linalg as sla
sla.funm([[1, 1], [0, 1]], np.sqrt, disp=False)
# ---
import numpy as np
import scipy.linalg as sla
sla.funm([[1, 1], [0, 1]], np.sqrt)
# ---
import numpy as np
import scipy.linalg as sla
sla.funm([[2]], np.exp), sla.funm(np.eye(3), np.cos)
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(15)
a = rng.normal(size=(2, 3, 3))
f, e = sla.funm(a, np.exp, disp=False)
print(f.shape, np.round(f, 10).tolist(), e.shape, e.dtype)
# ---
import numpy as np
import scipy.linalg as sla
sla.funm(np.zeros((0, 0)), np.exp)
# ---
import numpy as np
import scipy.linalg as sla
sla.funm([1, 2], np.exp)
# ---
import numpy as np
import scipy.linalg as sla
sla.funm([[1, np.nan], [0, 1]], np.exp)
# ---
import scipy.linalg as sla
sla.funm([[1, 2], [3, 4]], 5)
# ---
import numpy as np
import scipy.linalg as sla
sla.funm([[1, 2], [3, 4]], lambda x: np.ones(x.shape, int))
# ---
from scipy.linalg import signm, eigvals
a = [[1, 2, 3], [1, 2, 1], [1, 1, 1]]
print(eigvals(a))
print(eigvals(signm(a)))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(16)
for n in (2, 4, 7):
    a = rng.normal(size=(n, n))
    print(np.round(sla.signm(a), 10).tolist())
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(17)
a = rng.normal(size=(3, 3)) + 1j * rng.normal(size=(3, 3))
s = sla.signm(a)
print(np.round(s.real, 10).tolist(), np.round(s.imag, 10).tolist())
# ---
import scipy.linalg as sla
sla.signm([[1, 2], [0, -1.]], disp=False), sla.signm([[2]])
# ---
import scipy.linalg as sla
x, e = sla.signm([[0, 1], [0, 0]], disp=False)
print(abs(x[0, 1]) < 1e-10, x[0, 0], x[1, 1], type(e), e < 1e-10)
# ---
import scipy.linalg as sla
sla.signm([[1, 2, 3], [4, 5, 6]])
# ---
import numpy as np
import scipy.linalg as sla
sla.signm(np.zeros((0, 2, 2)))
# ---
import numpy as np
from scipy.linalg import logm, expm
a = np.array([[1.0, 3.0], [1.0, 4.0]])
b = logm(a)
print(b)
print(expm(b))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(18)
for n in (2, 3, 5, 9):
    a = np.eye(n) * 3 + rng.normal(size=(n, n)) / 2
    f = sla.logm(a)
    print(f.dtype, np.round(f.real, 11).tolist(), np.round(f.imag, 11).tolist())
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(19)
a = rng.normal(size=(4, 4))
a = a @ a.T + np.eye(4)
print(np.round(sla.logm(a), 11).tolist())
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(20)
a = np.eye(5) * 2 + rng.normal(size=(5, 5)) / 3 + 1j * rng.normal(size=(5, 5)) / 3
f = sla.logm(a)
print(f.dtype, np.round(f.real, 11).tolist(), np.round(f.imag, 11).tolist())
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(21)
t = np.triu(rng.random(size=(5, 5)) * 1.5 + 0.5)
print(np.round(sla.logm(t), 11).tolist())
t[2, 2] = -1.5
f = sla.logm(t)
print(f.dtype, np.round(f.real, 11).tolist(), np.round(f.imag, 11).tolist())
# ---
import numpy as np
import scipy.linalg as sla
f = sla.logm([[1, 2], [3, 4]])
print(np.round(f.real, 12), np.round(f.imag, 12))
# ---
import numpy as np
import scipy.linalg as sla
f = sla.logm(-np.eye(3))
print(np.round(f.real, 12), np.round(f.imag, 12))
# ---
import numpy as np
import scipy.linalg as sla
f, e = sla.logm([[1, 2], [3, 4]], disp=False)
print(type(e), e < 1e-13)
# ---
import scipy.linalg as sla
sla.logm([[0, 1], [0, 0]])
# ---
import numpy as np
import scipy.linalg as sla
sla.logm(np.zeros((2, 2)))
# ---
import scipy.linalg as sla
sla.logm([[1, 1], [1, 1]])
# ---
import numpy as np
import scipy.linalg as sla
sla.logm([[1, 1e-30], [0, 1e-25]])
# ---
import scipy.linalg as sla
sla.logm([[2]]), sla.logm([[True, False], [False, True]])
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(22)
a = np.eye(3) * 2 + rng.normal(size=(2, 3, 3)) / 3
f, e = sla.logm(a, disp=False)
print(f.shape, np.round(f, 11).tolist(), e.shape, e.dtype)
# ---
import scipy.linalg as sla
sla.logm([1, 2])
# ---
import scipy.linalg as sla
sla.logm([[1, 2, 3], [4, 5, 6]])
# ---
import numpy as np
import scipy.linalg as sla
sla.logm(np.zeros((0, 0)))
# ---
import numpy as np
import scipy.linalg as sla
sla.logm(np.zeros((0, 2, 2)))
# ---
import numpy as np
from scipy.linalg import fractional_matrix_power
a = np.array([[1.0, 3.0], [1.0, 4.0]])
b = fractional_matrix_power(a, 0.5)
print(b)
print(np.dot(b, b))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(23)
a = np.eye(4) * 3 + rng.normal(size=(4, 4)) / 2
for t in (0.5, 0.25, -0.5, 1.5, 2.7, -1.3, 1 / 3):
    f = sla.fractional_matrix_power(a, t)
    print(t, f.dtype, np.round(f.real, 11).tolist(), np.round(f.imag, 11).tolist())
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(24)
a = rng.normal(size=(3, 3)) + 1j * rng.normal(size=(3, 3))
f = sla.fractional_matrix_power(a, 0.3)
print(np.round(f.real, 11).tolist(), np.round(f.imag, 11).tolist())
# ---
import numpy as np
import scipy.linalg as sla
sla.fractional_matrix_power([[1, 2], [3, 4]], 2), sla.fractional_matrix_power([[1, 2], [3, 4]], -1.0)
# ---
import numpy as np
import scipy.linalg as sla
f = sla.fractional_matrix_power([[1, 2], [3, 4]], 0.5)
print(np.round(f.real, 12), np.round(f.imag, 12))
# ---
import numpy as np
import scipy.linalg as sla
t = np.array([[4.0, 1, 2], [0, 9, 1], [0, 0, 16]])
print(np.round(sla.fractional_matrix_power(t, 0.5), 12).tolist())
print(np.round(sla.fractional_matrix_power(np.diag([4.0, 9]), 0.5), 12).tolist())
# ---
import numpy as np
import scipy.linalg as sla
sla.fractional_matrix_power([[1.0, 1], [1, 1]], 0.5), sla.fractional_matrix_power([[1.0, 1], [1, 1]], -0.5)
# ---
import scipy.linalg as sla
sla.fractional_matrix_power([[2]], 0.5)
# ---
import scipy.linalg as sla
sla.fractional_matrix_power([1, 2], 0.5)
# ---
import numpy as np
import scipy.linalg as sla
sla.fractional_matrix_power(np.zeros((0, 0)), 0.5)
# ---
import numpy as np
import scipy.linalg as sla
sla.fractional_matrix_power([[1, np.nan], [0, 1]], 0.5)
# ---
import numpy as np
import scipy.linalg as sla
sla.fractional_matrix_power([[1, 2], [3, 4]], np.nan)
# ---
import scipy.linalg as sla
sla.fractional_matrix_power([[1, 2], [3, 4]], 'x')
# ---
import numpy as np
import scipy.linalg as sla
# A stack with disp=False: _apply_over_batch returns a list.
r = sla.funm(np.stack([np.eye(2), 2 * np.eye(2)]), np.exp, disp=False)
print(type(r).__name__, len(r))
print(np.round(r[0], 12), r[1])
# ---
import numpy as np
import scipy.linalg as sla
sla.logm(np.array([[np.nan, 1], [1, 2]]))
