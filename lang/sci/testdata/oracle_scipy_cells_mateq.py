import numpy as np
from scipy import linalg
a = np.array([[-3, -2, 0], [-1, -1, 3], [3, -5, -1]])
b = np.array([[1]])
q = np.array([[1],[2],[3]])
x = linalg.solve_sylvester(a, b, q)
print(np.allclose(a.dot(x) + x.dot(b), q))
x
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(1)
a = rng.normal(size=(5, 5))
b = rng.normal(size=(4, 4))
q = rng.normal(size=(5, 4))
x = sla.solve_sylvester(a, b, q)
print(np.allclose(a @ x + x @ b, q))
np.round(x, 8) + 0
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(2)
a = rng.normal(size=(6, 6)) + 1j * rng.normal(size=(6, 6))
b = rng.normal(size=(3, 3)) + 1j * rng.normal(size=(3, 3))
q = rng.normal(size=(6, 3)) + 1j * rng.normal(size=(6, 3))
x = sla.solve_sylvester(a, b, q)
print(np.allclose(a @ x + x @ b, q), x.dtype)
# np.round of the parts: golinalg's np.round leaves a complex array's imaginary parts unrounded
print(np.round(x.real, 8) + 0)
np.round(x.imag, 8) + 0
# ---
import numpy as np
import scipy.linalg as sla
# A complex q with real a and b: SciPy's ztrsyl reads the real Schur
# forms as triangular, and its answer is not a solution.
rng = np.random.default_rng(3)
a = rng.normal(size=(4, 4))
b = rng.normal(size=(3, 3))
q = rng.normal(size=(4, 3)) + 1j * rng.normal(size=(4, 3))
x = sla.solve_sylvester(a, b, q)
print(x.dtype)
# np.round of the parts: golinalg's np.round leaves a complex array's imaginary parts unrounded
print(np.round(x.real, 8) + 0)
np.round(x.imag, 8) + 0
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(4)
a = rng.normal(size=(4, 4)) + 1j * rng.normal(size=(4, 4))
b = rng.normal(size=(2, 2))
q = rng.normal(size=(4, 2))
x = sla.solve_sylvester(a, b, q)
# np.round of the parts: golinalg's np.round leaves a complex array's imaginary parts unrounded
print(np.round(x.real, 8) + 0)
np.round(x.imag, 8) + 0
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(5)
a = rng.normal(size=(2, 3, 3))
b = rng.normal(size=(2, 2))
q = rng.normal(size=(3, 3, 2))
print(sla.solve_sylvester(a, b, q[:2]).shape)
sla.solve_sylvester(a, b, q)
# ---
import numpy as np
import scipy.linalg as sla
print(sla.solve_sylvester([[2]], [[3]], 5))
print(sla.solve_sylvester([[True]], [[1]], [[1]]))
print(sla.solve_sylvester([[0]], [[0]], [[1]]))
np.round(sla.solve_sylvester([[1, 2], [3, 4]], [[1, 0], [0, -1]], [[1, 0], [0, 1]]), 12) + 0
# ---
import numpy as np
import scipy.linalg as sla
x = sla.solve_sylvester(np.zeros((0, 0)), np.eye(2), np.zeros((0, 2)))
print(repr(x))
x = sla.solve_sylvester(np.eye(2), np.zeros((0, 0), complex), np.zeros((2, 0)))
repr(x)
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_sylvester(np.eye(3), np.eye(2), np.ones((3, 3)))
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_sylvester(np.eye(3), np.eye(2), np.ones((2, 2)))
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_sylvester(np.eye(3), np.eye(2), np.ones(3))
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_sylvester(np.eye(2), np.eye(2), np.ones(2))
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_sylvester(np.ones((2, 3)), np.eye(2), np.ones((2, 2)))
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_sylvester(np.eye(3), 2, np.ones((3, 3)))
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_sylvester([[np.nan]], [[3]], [[5]])
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_sylvester([[1]], [[np.inf]], [[5]])
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_sylvester([[1]], [[3]], [[np.nan]])
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_sylvester(np.ones((2, 2, 2)), np.eye(2), np.ones((3, 2, 2)))
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_sylvester(np.ones((0, 2, 2)), np.eye(2), np.ones((2, 2)))
# ---
import scipy.linalg as sla
sla.solve_sylvester([[1]], [[1]], [[1]], a=[[1]])
# ---
import scipy.linalg as sla
sla.solve_sylvester([[1]], [[1]])
# ---
import numpy as np
from scipy import linalg
a = np.array([[-3, -2, 0], [-1, -1, 0], [0, -5, -1]])
b = np.array([2, 4, -1])
q = np.eye(3)
x = linalg.solve_continuous_lyapunov(a, q)
print(np.allclose(a.dot(x) + x.dot(a.T), q))
x
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(6)
a = rng.normal(size=(7, 7))
q = rng.normal(size=(7, 7))
x = sla.solve_continuous_lyapunov(a, q)
print(np.allclose(a @ x + x @ a.T, q))
np.round(x, 8) + 0
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(7)
a = rng.normal(size=(5, 5)) + 1j * rng.normal(size=(5, 5))
q = rng.normal(size=(5, 5))
x = sla.solve_continuous_lyapunov(a, q)
print(np.allclose(a @ x + x @ a.conj().T, q), x.dtype)
# np.round of the parts: golinalg's np.round leaves a complex array's imaginary parts unrounded
print(np.round(x.real, 8) + 0)
np.round(x.imag, 8) + 0
# ---
import numpy as np
import scipy.linalg as sla
# Real a with complex eigenvalues and a complex q: ztrsyl on a real Schur
# form, SciPy's inexact answer.
rng = np.random.default_rng(8)
a = rng.normal(size=(4, 4))
q = rng.normal(size=(4, 4)) + 1j * rng.normal(size=(4, 4))
x = sla.solve_continuous_lyapunov(a, q)
# np.round of the parts: golinalg's np.round leaves a complex array's imaginary parts unrounded
print(np.round(x.real, 8) + 0)
np.round(x.imag, 8) + 0
# ---
import numpy as np
import scipy.linalg as sla
print(sla.solve_lyapunov is sla.solve_continuous_lyapunov, sla.solve_lyapunov.__name__)
sla.solve_lyapunov([[-2, 1], [0, -3]], [[1, 0], [0, 1]])
# ---
import numpy as np
import scipy.linalg as sla
x = sla.solve_continuous_lyapunov([[1, 2], [3, -1]], [[1, 2], [3, 4]])
print(x.shape)
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_continuous_lyapunov(2, 3)
# ---
import numpy as np
import scipy.linalg as sla
print(repr(sla.solve_continuous_lyapunov(np.zeros((0, 0)), np.zeros((0, 0)))))
repr(sla.solve_continuous_lyapunov(np.zeros((0, 0), int), np.zeros((0, 0), complex)))
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_continuous_lyapunov([[1]], [[np.inf]])
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_continuous_lyapunov([1, 2], [[1]])
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_continuous_lyapunov([[1, 2], [3, 4]], [[1]])
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_continuous_lyapunov([[1, 2], [3, 4]], [[1, 2]])
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(9)
a = rng.normal(size=(3, 2, 2)) - 3 * np.eye(2)
q = np.eye(2)
np.round(sla.solve_continuous_lyapunov(a, q), 8) + 0
# ---
import numpy as np
from scipy import linalg
a = np.array([[0.2, 0.5],[0.7, -0.9]])
q = np.eye(2)
x = linalg.solve_discrete_lyapunov(a, q)
print(np.allclose(a.dot(x).dot(a.T)-x, -q))
x
# ---
import numpy as np
import scipy.linalg as sla
a = np.array([[0.2, 0.5],[0.7, -0.9]])
q = np.eye(2)
sla.solve_discrete_lyapunov(a, q, method='bilinear')
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(10)
a = rng.normal(size=(12, 12)) / 5
q = rng.normal(size=(12, 12))
q = q @ q.T
x = sla.solve_discrete_lyapunov(a, q)
y = sla.solve_discrete_lyapunov(a, q, method='direct')
print(np.allclose(x, y), np.allclose(a @ x @ a.T - x + q, 0))
np.round(x[:3, :3], 8) + 0
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(11)
a = (rng.normal(size=(4, 4)) + 1j * rng.normal(size=(4, 4))) / 4
q = np.eye(4)
x = sla.solve_discrete_lyapunov(a, q)
print(np.allclose(x, sla.solve_discrete_lyapunov(a, q, 'BILINEAR')))
# np.round of the parts: golinalg's np.round leaves a complex array's imaginary parts unrounded
print(np.round(x.real, 8) + 0)
np.round(x.imag, 8) + 0
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_discrete_lyapunov([[0.5]], [[1]], method='foo')
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_discrete_lyapunov([[0.5]], [[1]], method=3)
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_discrete_lyapunov(0.5, 1)
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_discrete_lyapunov([[0.5]], [1, 2])
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_discrete_lyapunov([[1, 0], [0, 1]], np.eye(2))
# ---
import numpy as np
import scipy.linalg as sla
x = sla.solve_discrete_lyapunov([[1, 0], [0, 1]], np.eye(2), 'bilinear')
print(x.shape)
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_discrete_lyapunov([[-1, 0], [0, 1]], np.eye(2), 'bilinear')
# ---
import numpy as np
import scipy.linalg as sla
print(repr(sla.solve_discrete_lyapunov(np.zeros((0, 0)), np.zeros((0, 0)))))
repr(sla.solve_discrete_lyapunov(np.zeros((0, 0)), np.zeros((0, 0)), 'bilinear'))
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_discrete_lyapunov([[1, 2, 3]], [[1, 2, 3]])
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_discrete_lyapunov([[1, 2, 3]], [[1, 2, 3]], 'bilinear')
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_discrete_lyapunov([[0.5, np.nan], [0, 1]], np.eye(2))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(12)
a = rng.normal(size=(2, 3, 3)) / 4
np.round(sla.solve_discrete_lyapunov(a, np.eye(3)), 8) + 0
# ---
import numpy as np
from scipy import linalg
a = np.array([[4, 3], [-4.5, -3.5]])
b = np.array([[1], [-1]])
q = np.array([[9, 6], [6, 4.]])
r = 1
x = linalg.solve_continuous_are(a, b, q, r)
print(np.allclose(a.T.dot(x) + x.dot(a)-x.dot(b).dot(b.T).dot(x), -q))
x
# ---
import numpy as np
from scipy import linalg as la
a = np.array([[0, 1], [0, -1]])
b = np.array([[1, 0], [2, 1]])
q = np.array([[-4, -4], [-4, 7]])
r = np.array([[9, 3], [3, 1]])
x = la.solve_discrete_are(a, b, q, r)
R = la.solve(r + b.T.dot(x).dot(b), b.T.dot(x).dot(a))
print(np.allclose(a.T.dot(x).dot(a) - x - a.T.dot(x).dot(b).dot(R), -q))
np.round(x, 10) + 0
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(20)
n, m = 6, 3
a = rng.normal(size=(n, n))
b = rng.normal(size=(n, m))
x = sla.solve_continuous_are(a, b, np.eye(n), np.eye(m))
print(np.allclose(a.T @ x + x @ a - x @ b @ b.T @ x + np.eye(n), 0))
np.round(x, 8) + 0
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(21)
n, m = 5, 2
a = rng.normal(size=(n, n))
b = rng.normal(size=(n, m))
x = sla.solve_continuous_are(a, b, np.eye(n), np.eye(m), balanced=False)
np.round(x, 8) + 0
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(22)
n, m = 5, 2
a = rng.normal(size=(n, n))
b = rng.normal(size=(n, m))
x = sla.solve_discrete_are(a, b, np.eye(n), np.eye(m))
print(np.allclose(a.T @ x @ a - x - a.T @ x @ b @ np.linalg.solve(np.eye(m) + b.T @ x @ b, b.T @ x @ a) + np.eye(n), 0))
np.round(x, 6) + 0
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(23)
n, m = 4, 2
a = rng.normal(size=(n, n)) + 1j * rng.normal(size=(n, n))
b = rng.normal(size=(n, m))
q = np.eye(n)
r = 2 * np.eye(m)
x = sla.solve_continuous_are(a, b, q, r)
print(x.dtype, np.allclose(x, x.conj().T))
print(np.round(x.real, 8) + 0)
np.round(x.imag, 8) + 0
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(24)
n, m = 4, 2
a = rng.normal(size=(n, n)) / 2
b = rng.normal(size=(n, m)) + 1j * rng.normal(size=(n, m))
x = sla.solve_discrete_are(a, b, np.eye(n), np.eye(m))
print(x.dtype)
print(np.round(x.real, 6) + 0)
np.round(x.imag, 6) + 0
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(25)
n, m = 4, 2
a = rng.normal(size=(n, n))
b = rng.normal(size=(n, m))
e = np.eye(n) + rng.normal(size=(n, n)) / 5
s = rng.normal(size=(n, m)) / 5
x = sla.solve_continuous_are(a, b, np.eye(n), np.eye(m), e=e, s=s)
print(np.allclose(e.T @ x @ a + a.T @ x @ e - (e.T @ x @ b + s) @ (b.T @ x @ e + s.T) + np.eye(n), 0))
np.round(x, 8) + 0
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(26)
n, m = 4, 2
a = rng.normal(size=(n, n)) / 2
b = rng.normal(size=(n, m))
e = np.eye(n) + rng.normal(size=(n, n)) / 5
s = rng.normal(size=(n, m)) / 5
x = sla.solve_discrete_are(a, b, np.eye(n), np.eye(m), e=e, s=s)
np.round(x, 8) + 0
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(27)
a = rng.normal(size=(4, 4))
b = rng.normal(size=(4, 1))
x = sla.solve_continuous_are(a, b, np.eye(4), 1, s=np.zeros((4, 1)))
np.round(x, 8) + 0
# ---
import numpy as np
import scipy.linalg as sla
# Badly scaled data, where balancing matters.
a = np.array([[1e-3, 1e4], [0, -2e2]])
b = np.array([[1e-2], [1e3]])
q = np.diag([1e6, 1e-4])
x = sla.solve_continuous_are(a, b, q, 1)
print(np.allclose(a.T @ x + x @ a - x @ b @ b.T @ x + q, 0, atol=1e-6 * np.abs(q).max()))
y = sla.solve_continuous_are(a, b, q, 1, balanced=False)
print(np.allclose(x, y, rtol=1e-6))
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(28)
a = rng.normal(size=(2, 3, 3))
b = rng.normal(size=(3, 2))
np.round(sla.solve_continuous_are(a, b, np.eye(3), np.eye(2)), 8) + 0
# ---
import numpy as np
import scipy.linalg as sla
# An uncontrollable unstable mode: no stabilising solution.
a = np.diag([1., -1.])
b = np.array([[0.], [1.]])
sla.solve_continuous_are(a, b, np.zeros((2, 2)), 1)
# ---
import numpy as np
import scipy.linalg as sla
a = np.diag([1., -1.])
b = np.array([[0.], [1.]])
sla.solve_discrete_are(2 * a, b, np.zeros((2, 2)), 1)
# ---
import numpy as np
import scipy.linalg as sla
# Eigenvalues on the imaginary axis.
sla.solve_continuous_are([[0, 1], [-1, 0]], [[0], [0]], np.eye(2), 1)
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_discrete_are(np.eye(2), np.zeros((2, 1)), np.zeros((2, 2)), 1)
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_continuous_are([[1, 2]], [[1]], [[1]], [[1]])
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_continuous_are(np.eye(2), [[1], [0]], [[1, 2]], [[1]])
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_continuous_are(np.eye(2), [[1], [0]], np.eye(2), [[1, 2]])
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_continuous_are(np.eye(2), [[1], [0], [0]], np.eye(2), 1)
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_continuous_are(np.eye(2), [[1], [0]], np.eye(3), 1)
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_continuous_are(np.eye(2), [[1], [0]], np.eye(2), np.eye(2))
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_continuous_are(np.eye(2), [[1], [0]], [[1, 2], [0, 1]], 1)
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_discrete_are(np.eye(2), [[1, 0], [0, 1]], np.eye(2), [[1, 1j], [1j, 1]])
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_continuous_are(np.eye(2), [[1, 0], [0, 1]], np.eye(2), [[1, 1], [1, 1]])
# ---
import numpy as np
import scipy.linalg as sla
x = sla.solve_discrete_are(np.eye(2) / 2, [[1, 0], [0, 1]], np.eye(2), [[1, 1], [1, 1]])
np.round(x, 8) + 0
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_continuous_are(np.eye(2), [[1], [0]], np.eye(2), 0)
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_continuous_are(np.eye(2), [[1], [0]], np.eye(2), [[np.nan]])
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_continuous_are([[np.inf, 0], [0, 1]], [[1], [0]], [[1, 2]], 1)
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_continuous_are(np.eye(2), [[1], [0]], np.eye(2), 1, e=[[1, 2]])
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_continuous_are(np.eye(2), [[1], [0]], np.eye(2), 1, e=np.eye(3))
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_discrete_are(np.eye(2), [[1], [0]], np.eye(2), 1, e=np.ones((2, 2)))
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_discrete_are(np.eye(2), [[1], [0]], np.eye(2), 1, s=np.ones((2, 2)))
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_discrete_are(np.eye(2), [[1], [0]], np.eye(2), 1, s=[[np.nan], [0]])
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_continuous_are(np.ones((2, 2, 2)), [[1], [0]], np.ones((3, 2, 2)), 1)
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_discrete_are(np.ones((0, 2, 2)), [[1], [0]], np.eye(2), 1)
# ---
import numpy as np
import scipy.linalg as sla
sla.solve_continuous_are(np.eye(2), [[1], [0]])
# ---
import numpy as np
import scipy.linalg as sla
x = sla.solve_continuous_are([[-1]], [[1]], [[1]], [[1]])
print(x)
x = sla.solve_discrete_are(0.5, 1, 1, 1)
x
# ---
import numpy as np
import scipy.linalg as sla
rng = np.random.default_rng(29)
n, m = 3, 2
a = rng.normal(size=(n, n)) + 1j * rng.normal(size=(n, n))
b = rng.normal(size=(n, m))
e = np.eye(n) + (rng.normal(size=(n, n)) + 1j * rng.normal(size=(n, n))) / 5
x = sla.solve_discrete_are(a / 3, b, np.eye(n), np.eye(m), e=e, balanced=0)
print(np.round(x.real, 8) + 0)
np.round(x.imag, 8) + 0
# ---
import numpy as np
import scipy.linalg as sla
# A discrete equation whose a is singular: the pencil's J is singular too.
a = np.array([[0., 1.], [0., 0.]])
b = np.array([[0.], [1.]])
np.round(sla.solve_discrete_are(a, b, np.eye(2), 1), 10) + 0
# ---
import numpy as np
import scipy.linalg as sla
# f2py takes a one-element 1-d right-hand side for the 1×1 trsyl.
sla.solve_sylvester([[1]], [[2]], [3])
# ---
import numpy as np
import scipy.linalg as sla
# b with no columns: nothing to deflate.
sla.solve_discrete_are(np.eye(2) / 2, np.zeros((2, 0)), np.eye(2), np.zeros((0, 0)))
