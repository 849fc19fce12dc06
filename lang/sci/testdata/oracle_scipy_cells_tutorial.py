import numpy as np
A = np.asmatrix('[1 2;3 4]')
A
# ---
import numpy as np
A = np.asmatrix('[1 2;3 4]')
A
A.I
# ---
import numpy as np
A = np.asmatrix('[1 2;3 4]')
A
A.I
b = np.asmatrix('[5 6]')
b
# ---
import numpy as np
A = np.asmatrix('[1 2;3 4]')
A
A.I
b = np.asmatrix('[5 6]')
b
b.T
# ---
import numpy as np
A = np.asmatrix('[1 2;3 4]')
A
A.I
b = np.asmatrix('[5 6]')
b
b.T
A*b.T
# ---
import numpy as np
from scipy import linalg
A = np.array([[1,2],[3,4]])
A
# ---
import numpy as np
from scipy import linalg
A = np.array([[1,2],[3,4]])
A
linalg.inv(A)
# ---
import numpy as np
from scipy import linalg
A = np.array([[1,2],[3,4]])
A
linalg.inv(A)
b = np.array([[5,6]])
b
# ---
import numpy as np
from scipy import linalg
A = np.array([[1,2],[3,4]])
A
linalg.inv(A)
b = np.array([[5,6]])
b
b.T
# ---
import numpy as np
from scipy import linalg
A = np.array([[1,2],[3,4]])
A
linalg.inv(A)
b = np.array([[5,6]])
b
b.T
A*b
# ---
import numpy as np
from scipy import linalg
A = np.array([[1,2],[3,4]])
A
linalg.inv(A)
b = np.array([[5,6]])
b
b.T
A*b
A.dot(b.T)
# ---
import numpy as np
from scipy import linalg
A = np.array([[1,2],[3,4]])
A
linalg.inv(A)
b = np.array([[5,6]])
b
b.T
A*b
A.dot(b.T)
b = np.array([5,6])
b
# ---
import numpy as np
from scipy import linalg
A = np.array([[1,2],[3,4]])
A
linalg.inv(A)
b = np.array([[5,6]])
b
b.T
A*b
A.dot(b.T)
b = np.array([5,6])
b
b.T
# ---
import numpy as np
from scipy import linalg
A = np.array([[1,2],[3,4]])
A
linalg.inv(A)
b = np.array([[5,6]])
b
b.T
A*b
A.dot(b.T)
b = np.array([5,6])
b
b.T
A.dot(b)
# ---
import numpy as np
from scipy import linalg
A = np.array([[1,3,5],[2,5,1],[2,3,8]])
A
# ---
import numpy as np
from scipy import linalg
A = np.array([[1,3,5],[2,5,1],[2,3,8]])
A
linalg.inv(A)
# ---
import numpy as np
from scipy import linalg
A = np.array([[1,3,5],[2,5,1],[2,3,8]])
A
linalg.inv(A)
A.dot(linalg.inv(A))
# ---
import numpy as np
from scipy import linalg
A = np.array([[1, 2], [3, 4]])
A
# ---
import numpy as np
from scipy import linalg
A = np.array([[1, 2], [3, 4]])
A
b = np.array([[5], [6]])
b
# ---
import numpy as np
from scipy import linalg
A = np.array([[1, 2], [3, 4]])
A
b = np.array([[5], [6]])
b
linalg.inv(A).dot(b)
# ---
# noise: n=2 scale=39 because the residual A x - b cancels the terms of A x, as large as |A| |x| = 39
import numpy as np
from scipy import linalg
A = np.array([[1, 2], [3, 4]])
A
b = np.array([[5], [6]])
b
linalg.inv(A).dot(b)
A.dot(linalg.inv(A).dot(b)) - b
# ---
import numpy as np
from scipy import linalg
A = np.array([[1, 2], [3, 4]])
A
b = np.array([[5], [6]])
b
linalg.inv(A).dot(b)
A.dot(linalg.inv(A).dot(b)) - b
np.linalg.solve(A, b)
# ---
# noise: n=2 scale=39 because the residual A x - b cancels the terms of A x, as large as |A| |x| = 39
import numpy as np
from scipy import linalg
A = np.array([[1, 2], [3, 4]])
A
b = np.array([[5], [6]])
b
linalg.inv(A).dot(b)
A.dot(linalg.inv(A).dot(b)) - b
np.linalg.solve(A, b)
A.dot(np.linalg.solve(A, b)) - b
# ---
import numpy as np
from scipy import linalg
A = np.array([[1,2],[3,4]])
A
# ---
import numpy as np
from scipy import linalg
A = np.array([[1,2],[3,4]])
A
linalg.det(A)
# ---
import numpy as np
from scipy import linalg
A=np.array([[1, 2], [3, 4]])
A
# ---
import numpy as np
from scipy import linalg
A=np.array([[1, 2], [3, 4]])
A
linalg.norm(A)
# ---
import numpy as np
from scipy import linalg
A=np.array([[1, 2], [3, 4]])
A
linalg.norm(A)
linalg.norm(A, 'fro')
# ---
import numpy as np
from scipy import linalg
A=np.array([[1, 2], [3, 4]])
A
linalg.norm(A)
linalg.norm(A, 'fro')
linalg.norm(A, 1)
# ---
import numpy as np
from scipy import linalg
A=np.array([[1, 2], [3, 4]])
A
linalg.norm(A)
linalg.norm(A, 'fro')
linalg.norm(A, 1)
linalg.norm(A, -1)
# ---
import numpy as np
from scipy import linalg
A=np.array([[1, 2], [3, 4]])
A
linalg.norm(A)
linalg.norm(A, 'fro')
linalg.norm(A, 1)
linalg.norm(A, -1)
linalg.norm(A, np.inf)
# ---
import numpy as np
from scipy import linalg
rng = np.random.default_rng(1)
c1, c2 = 5.0, 2.0
i = np.r_[1:11]
xi = 0.1*i
yi = c1*np.exp(-xi) + c2*xi
zi = yi + 0.05 * np.max(yi) * rng.standard_normal(len(yi))
zi
# ---
import numpy as np
from scipy import linalg
rng = np.random.default_rng(1)
c1, c2 = 5.0, 2.0
i = np.r_[1:11]
xi = 0.1*i
yi = c1*np.exp(-xi) + c2*xi
zi = yi + 0.05 * np.max(yi) * rng.standard_normal(len(yi))
A = np.c_[np.exp(-xi)[:, np.newaxis], xi[:, np.newaxis]]
c, resid, rank, sigma = linalg.lstsq(A, zi)
A
# ---
import numpy as np
from scipy import linalg
rng = np.random.default_rng(1)
c1, c2 = 5.0, 2.0
i = np.r_[1:11]
xi = 0.1*i
yi = c1*np.exp(-xi) + c2*xi
zi = yi + 0.05 * np.max(yi) * rng.standard_normal(len(yi))
A = np.c_[np.exp(-xi)[:, np.newaxis], xi[:, np.newaxis]]
c, resid, rank, sigma = linalg.lstsq(A, zi)
xi2 = np.r_[0.1:1.0:100j]
yi2 = c[0]*np.exp(-xi2) + c[1]*xi2
yi2
# ---
import numpy as np
from scipy import linalg
A = np.array([[1, 2], [3, 4]])
la, v = linalg.eig(A)
l1, l2 = la
print(l1, l2)
# ---
import numpy as np
from scipy import linalg
A = np.array([[1, 2], [3, 4]])
la, v = linalg.eig(A)
l1, l2 = la
print(l1, l2)
print(v[:, 0])
# ---
import numpy as np
from scipy import linalg
A = np.array([[1, 2], [3, 4]])
la, v = linalg.eig(A)
l1, l2 = la
print(l1, l2)
print(v[:, 0])
print(v[:, 1])
# ---
import numpy as np
from scipy import linalg
A = np.array([[1, 2], [3, 4]])
la, v = linalg.eig(A)
l1, l2 = la
print(l1, l2)
print(v[:, 0])
print(v[:, 1])
print(np.sum(abs(v**2), axis=0))
# ---
import numpy as np
from scipy import linalg
A = np.array([[1, 2], [3, 4]])
la, v = linalg.eig(A)
l1, l2 = la
print(l1, l2)
print(v[:, 0])
print(v[:, 1])
print(np.sum(abs(v**2), axis=0))
v1 = np.array(v[:, 0]).T
print(linalg.norm(A.dot(v1) - l1*v1))
# ---
import numpy as np
from scipy import linalg
A = np.array([[1,2,3],[4,5,6]])
A
# ---
import numpy as np
from scipy import linalg
A = np.array([[1,2,3],[4,5,6]])
A
M,N = A.shape
U,s,Vh = linalg.svd(A)
Sig = linalg.diagsvd(s,M,N)
U, Vh = U, Vh
U
# ---
import numpy as np
from scipy import linalg
A = np.array([[1,2,3],[4,5,6]])
A
M,N = A.shape
U,s,Vh = linalg.svd(A)
Sig = linalg.diagsvd(s,M,N)
U, Vh = U, Vh
U
Sig
# ---
import numpy as np
from scipy import linalg
A = np.array([[1,2,3],[4,5,6]])
A
M,N = A.shape
U,s,Vh = linalg.svd(A)
Sig = linalg.diagsvd(s,M,N)
U, Vh = U, Vh
U
Sig
Vh
# ---
import numpy as np
from scipy import linalg
A = np.array([[1,2,3],[4,5,6]])
A
M,N = A.shape
U,s,Vh = linalg.svd(A)
Sig = linalg.diagsvd(s,M,N)
U, Vh = U, Vh
U
Sig
Vh
U.dot(Sig.dot(Vh))
# ---
import numpy as np
from scipy import linalg
A = np.array([[1,2,3],[4,5,6]])
A
M,N = A.shape
U,s,Vh = linalg.svd(A)
Sig = linalg.diagsvd(s,M,N)
U, Vh = U, Vh
U
Sig
Vh
U.dot(Sig.dot(Vh))
from scipy import linalg
A = np.asmatrix('[1 3 2; 1 4 5; 2 3 6]')
T, Z = linalg.schur(A)
T1, Z1 = linalg.schur(A, 'complex')
T2, Z2 = linalg.rsf2csf(T, Z)
T
# ---
import numpy as np
from scipy import linalg
A = np.array([[1,2,3],[4,5,6]])
A
M,N = A.shape
U,s,Vh = linalg.svd(A)
Sig = linalg.diagsvd(s,M,N)
U, Vh = U, Vh
U
Sig
Vh
U.dot(Sig.dot(Vh))
from scipy import linalg
A = np.asmatrix('[1 3 2; 1 4 5; 2 3 6]')
T, Z = linalg.schur(A)
T1, Z1 = linalg.schur(A, 'complex')
T2, Z2 = linalg.rsf2csf(T, Z)
T
T2
# ---
# noise: n=3 scale=10 because the residual A - Z T Zᴴ cancels terms as large as |T| = 9.9
import numpy as np
from scipy import linalg
A = np.array([[1,2,3],[4,5,6]])
A
M,N = A.shape
U,s,Vh = linalg.svd(A)
Sig = linalg.diagsvd(s,M,N)
U, Vh = U, Vh
U
Sig
Vh
U.dot(Sig.dot(Vh))
from scipy import linalg
A = np.asmatrix('[1 3 2; 1 4 5; 2 3 6]')
T, Z = linalg.schur(A)
T1, Z1 = linalg.schur(A, 'complex')
T2, Z2 = linalg.rsf2csf(T, Z)
T
T2
abs(T1 - T2)
abs(Z1 - Z2)
T, Z, T1, Z1, T2, Z2 = map(np.asmatrix,(T,Z,T1,Z1,T2,Z2))
abs(A - Z*T*Z.H)
# ---
# noise: n=3 scale=10 because the residual A - Z T Zᴴ cancels terms as large as |T| = 9.9
import numpy as np
from scipy import linalg
A = np.array([[1,2,3],[4,5,6]])
A
M,N = A.shape
U,s,Vh = linalg.svd(A)
Sig = linalg.diagsvd(s,M,N)
U, Vh = U, Vh
U
Sig
Vh
U.dot(Sig.dot(Vh))
from scipy import linalg
A = np.asmatrix('[1 3 2; 1 4 5; 2 3 6]')
T, Z = linalg.schur(A)
T1, Z1 = linalg.schur(A, 'complex')
T2, Z2 = linalg.rsf2csf(T, Z)
T
T2
abs(T1 - T2)
abs(Z1 - Z2)
T, Z, T1, Z1, T2, Z2 = map(np.asmatrix,(T,Z,T1,Z1,T2,Z2))
abs(A - Z*T*Z.H)
abs(A - Z1*T1*Z1.H)
# ---
# noise: n=3 scale=10 because the residual A - Z T Zᴴ cancels terms as large as |T| = 9.9
import numpy as np
from scipy import linalg
A = np.array([[1,2,3],[4,5,6]])
A
M,N = A.shape
U,s,Vh = linalg.svd(A)
Sig = linalg.diagsvd(s,M,N)
U, Vh = U, Vh
U
Sig
Vh
U.dot(Sig.dot(Vh))
from scipy import linalg
A = np.asmatrix('[1 3 2; 1 4 5; 2 3 6]')
T, Z = linalg.schur(A)
T1, Z1 = linalg.schur(A, 'complex')
T2, Z2 = linalg.rsf2csf(T, Z)
T
T2
abs(T1 - T2)
abs(Z1 - Z2)
T, Z, T1, Z1, T2, Z2 = map(np.asmatrix,(T,Z,T1,Z1,T2,Z2))
abs(A - Z*T*Z.H)
abs(A - Z1*T1*Z1.H)
abs(A - Z2*T2*Z2.H)
# ---
import numpy as np
from scipy.linalg import inv
a = np.asarray([[2, 1], [0, 1]])
a_inv = inv(a)
a_inv
# ---
import numpy as np
from scipy.linalg import inv
a = np.asarray([[2, 1], [0, 1]])
a_inv = inv(a)
a_inv
a
# ---
import numpy as np
from scipy.linalg import inv
a = np.asarray([[2, 1], [0, 1]])
a_inv = inv(a)
a_inv
a
a_inv = inv(a, overwrite_a=True)
a_inv
# ---
import numpy as np
from scipy.linalg import inv
a = np.asarray([[2, 1], [0, 1]])
a_inv = inv(a)
a_inv
a
a_inv = inv(a, overwrite_a=True)
a_inv
a
