# NumPy 2's named results of numpy.linalg: EigResult, EighResult,
# SVDResult, QRResult and SlogdetResult, shown as the last expression,
# printed, unpacked, indexed and taken apart. Matrices are chosen so that
# the eigen- and singular vectors' signs are LAPACK's in every library.
import numpy as np
A = np.array([[4., -2], [1, 1]])
np.linalg.eig(A)
# ---
import numpy as np
A = np.array([[4., -2], [1, 1]])
print(np.linalg.eig(A))
# ---
import numpy as np
A = np.array([[4., -2], [1, 1]])
w, v = np.linalg.eig(A)
print(w)
print(v)
print(w.shape, v.shape)
# ---
import numpy as np
A = np.array([[4., -2], [1, 1]])
r = np.linalg.eig(A)
print(r[0])
print(r[-1])
print(r[:1])
print(r[::-1])
print(type(r[:1]).__name__, len(r[1:]), len(r[5:]))
# ---
import numpy as np
A = np.array([[4., -2], [1, 1]])
r = np.linalg.eig(A)
print(r.eigenvalues)
print(r.eigenvectors)
print(r.eigenvalues is r[0], r.eigenvectors is r[1])
print(r._fields, len(r), isinstance(r, tuple), type(r).__name__)
# ---
import numpy as np
A = np.array([[4., -2], [1, 1]])
r = np.linalg.eig(A)
print(r == (r[0], r[1]), (r[0], r[1]) == r, r != tuple(r), r == r[:1])
print(isinstance(r, (list, tuple)), isinstance(r, list), isinstance(r, type(r)))
print([x.shape for x in r])
# ---
import numpy as np
np.linalg.eig(np.array([[1., -2], [2, 1]]))
# ---
import numpy as np
r = np.linalg.eig(np.array([[1+1j, 2], [0, 3-1j]]))
print(type(r).__name__, r.eigenvalues.dtype)
r
# ---
import numpy as np
A = np.array([[4., -2], [1, 1]])
np.linalg.eig(np.stack([A, 2 * A]))
# ---
import numpy as np
A = np.array([[4., -2], [1, 1]])
w, v = np.linalg.eig(np.stack([A, 2 * A]))
print(w.shape, v.shape, type(np.linalg.eig(np.stack([A, A]))).__name__)
# ---
import numpy as np
np.linalg.eig(np.diag(np.arange(1., 9.)))
# ---
import numpy as np
np.linalg.eig([[2, 0], [0, 3]])
# ---
import numpy as np
A = np.array([[2., 1], [1, 3]])
np.linalg.eigh(A)
# ---
import numpy as np
A = np.array([[4., 1, 0], [1, 3, 1], [0, 1, 2]])
r = np.linalg.eigh(A)
print(r)
print(r.eigenvalues, type(r).__name__, r._fields)
# ---
import numpy as np
A = np.array([[2., 1], [1, 3]])
np.linalg.eigh(np.stack([A, A + 1]))
# ---
import numpy as np
A = np.array([[2., 1], [1, 3]])
np.linalg.eigh(A, UPLO='U')[-1]
# ---
import numpy as np
A = np.array([[1., 2], [3, 4], [5, 6]])
np.linalg.svd(A)
# ---
import numpy as np
A = np.array([[1., 2], [3, 4], [5, 6]])
r = np.linalg.svd(A, full_matrices=False)
print(r)
print(r.U.shape, r.S, r.Vh.shape, r._fields, len(r))
# ---
import numpy as np
A = np.array([[1., 2], [3, 4], [5, 6]])
u, s, vh = np.linalg.svd(A)
print(np.allclose(u[:, :2] * s @ vh, A), type(np.linalg.svd(A)).__name__)
np.linalg.svd(A, compute_uv=False)
# ---
import numpy as np
np.linalg.svd(np.arange(8.).reshape(2, 2, 2))
# ---
import numpy as np
np.linalg.svd(np.diag([1e-3, 2., 3e5]))
# ---
import numpy as np
A = np.array([[1., 2], [3, 4], [5, 6]])
np.linalg.qr(A)
# ---
import numpy as np
A = np.array([[1., 2], [3, 4], [5, 6]])
np.linalg.qr(A, mode='complete')
# ---
import numpy as np
A = np.array([[1., 2], [3, 4], [5, 6]])
np.linalg.qr(A, mode='raw')
# ---
import numpy as np
A = np.array([[1., 2], [3, 4], [5, 6]])
np.linalg.qr(A, mode='r')
# ---
import numpy as np
A = np.array([[1., 2], [3, 4], [5, 6]])
for mode in ['reduced', 'complete', 'raw', 'r']:
    print(mode, type(np.linalg.qr(A, mode=mode)).__name__ if mode != 'r' else np.linalg.qr(A, mode=mode).shape)
q, r = np.linalg.qr(A)
res = np.linalg.qr(A)
print(res.Q is res[0], res.R.shape, res._fields, np.allclose(q @ r, A))
# ---
import numpy as np
np.linalg.qr(np.arange(8.).reshape(2, 2, 2))
# ---
import numpy as np
np.linalg.slogdet(np.array([[4., -2], [1, 1]]))
# ---
import numpy as np
r = np.linalg.slogdet(np.array([[4., -2], [1, 1]]))
print(r)
print(r.sign, r.logabsdet, r[0], r[-1], r[::-1])
sign, logdet = r
print(sign * np.exp(logdet), r._fields, r._asdict())
# ---
import numpy as np
np.linalg.slogdet(np.array([[1, 1j], [2, 2]]))
# ---
import numpy as np
np.linalg.slogdet(np.array([[1, 2], [2, 4]]))
# ---
import numpy as np
np.linalg.slogdet(np.arange(8.).reshape(2, 2, 2))
# ---
import numpy as np
np.linalg.slogdet(np.eye(30) * 2)
# ---
import numpy as np
r = np.linalg.slogdet(np.array([[4., -2], [1, 1]]))
t = tuple(r)
print(r == t, hash(r) == hash(t), {r: 'named'}[t], t in [r], r in [t], r.index(r[1]), r.count(r[0]))
print(r + (1,), r * 2, 2 * r, (0,) + r, type(r + r).__name__, len(r + r))
print(r < (2,), r > (0, 0), sorted([r, (0.5, 1)]))
print(list(r), list(reversed(r)), [x for x in r], max(*r))
print('%s and %s' % r, '{}'.format(r), f'{r!r}')
print(np.array(r), np.array([r, r]).shape, np.array([1.0, 0.0]) + r)
# ---
import numpy as np
r = np.linalg.slogdet(np.eye(2))
R = type(r)
print(R, R.__name__, R.__module__, R._fields, R(1, 2), R(sign=1, logabsdet=2), R._make([3, 4]))
print(r._replace(sign=-1.0), r.__class__ is type(r), R.__doc__)
# ---
import numpy as np
np.linalg.slogdet(np.eye(2)).foo
# ---
import numpy as np
np.linalg.slogdet(np.eye(2))[2]
# ---
import numpy as np
np.linalg.slogdet(np.eye(2))['sign']
# ---
import numpy as np
r = np.linalg.slogdet(np.eye(2))
r.sign = 2
# ---
import numpy as np
r = np.linalg.slogdet(np.eye(2))
r.other = 2
# ---
import numpy as np
r = np.linalg.slogdet(np.eye(2))
r[0] = 2
# ---
import numpy as np
r = np.linalg.slogdet(np.eye(2))
r - 1
# ---
import numpy as np
r = np.linalg.slogdet(np.eye(2))
r + 1
# ---
import numpy as np
r = np.linalg.slogdet(np.eye(2))
[1] + r
# ---
import numpy as np
r = np.linalg.slogdet(np.eye(2))
r < 1
# ---
import numpy as np
type(np.linalg.slogdet(np.eye(2)))(1)
# ---
import numpy as np
type(np.linalg.slogdet(np.eye(2)))(1, 2, 3)
# ---
import numpy as np
type(np.linalg.slogdet(np.eye(2)))(1, sign=2)
# ---
import numpy as np
type(np.linalg.svd(np.eye(2)))(U=1, s=2)
# ---
import numpy as np
np.linalg.slogdet(np.eye(2))._replace(logdet=1)
# ---
import numpy as np
r = np.linalg.slogdet(np.eye(2))
s, l, x = r
# ---
import numpy as np
[np.linalg.slogdet(np.eye(2)), np.linalg.slogdet(2 * np.eye(2))]
# ---
import numpy as np
{'svd': np.linalg.svd(np.diag([2., 1.])), 'qr': np.linalg.qr(np.eye(2), mode='raw')}
# ---
import numpy as np
from scipy import linalg
A = np.array([[2., 0], [0, 3]])
r = linalg.eig(A)
print(type(r).__name__, type(linalg.svd(A)).__name__, type(linalg.qr(A)).__name__, type(linalg.eigh(A)).__name__)
print(type(np.linalg.eig(A)).__name__, type(np.linalg.svd(A)).__name__)
# ---
import numpy as np
from scipy import linalg
linalg.svd(np.array([[2., 0], [0, 3]]))
# ---
import numpy as np
from scipy import linalg
linalg.eig(np.array([[2., 0], [0, 3]]))
# ---
import numpy as np
from scipy import linalg
linalg.svd(np.array([[2., 0], [0, 3]])).U
# ---
import numpy as np
A = np.array([[4., -2], [1, 1]])
[type(np.linalg.eig(A)), type(np.linalg.eigh(A)), type(np.linalg.svd(A)), type(np.linalg.qr(A)), type(np.linalg.slogdet(A))]
# ---
import numpy as np
type(np.linalg.slogdet(np.eye(2)))
# ---
import numpy as np
A = np.array([[1., 2], [2, 1]])
np.linalg.eig(A)
# ---
import numpy as np
np.linalg.eig(np.array([[1., 2], [2, 1]]) * np.ones((3, 1, 1)))
