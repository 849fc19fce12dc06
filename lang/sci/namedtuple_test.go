package sci

import "testing"

// TestNamedTupleAsTuple checks, without NumPy, that numpy.linalg's named
// results go every way a tuple goes, and that scipy.linalg's stay plain
// tuples. The oracle cells in testdata/oracle_cells_results.py compare
// their text with NumPy's.
func TestNamedTupleAsTuple(t *testing.T) {
	cells := []string{
		// unpacking, len, iteration, indexing, slicing
		`import numpy as np
A = np.array([[4., -2], [1, 1]])
r = np.linalg.eig(A)
w, v = r
assert w is r[0] and v is r[-1] and r.eigenvalues is w and r.eigenvectors is v
assert len(r) == 2 and [x is y for x, y in zip(r, (w, v))] == [True, True]
assert type(r[:1]) is tuple and r[:1] == (w,) and r[::-1] == (v, w)
first, *rest = r
assert first is w and rest == [v]`,
		// equality, hashing, isinstance, type
		`import numpy as np
r = np.linalg.slogdet(np.eye(3) * 2)
t = tuple(r)
assert r == t and t == r and not (r != t) and hash(r) == hash(t)
assert {t: 1}[r] == 1 and r in [t] and t in {r}
assert isinstance(r, tuple) and isinstance(r, type(r)) and not isinstance(t, type(r))
assert type(r).__name__ == 'SlogdetResult' and r._fields == ('sign', 'logabsdet')
assert r._asdict() == {'sign': r.sign, 'logabsdet': r.logabsdet}
assert type(r + r) is tuple and len(r * 3) == 6 and type(2 * r) is tuple`,
		// every named function, stacked input, raw QR
		`import numpy as np
A = np.arange(8.).reshape(2, 2, 2) + np.eye(2)
S = A + A.transpose(0, 2, 1)
names = [type(f(x)).__name__ for f, x in [(np.linalg.eig, A), (np.linalg.eigh, S), (np.linalg.svd, A), (np.linalg.qr, A), (np.linalg.slogdet, A)]]
assert names == ['EigResult', 'EighResult', 'SVDResult', 'QRResult', 'SlogdetResult'], names
assert np.linalg.svd(A).Vh.shape == (2, 2, 2) and np.linalg.qr(A, mode='complete').R.shape == (2, 2, 2)
assert type(np.linalg.qr(A[0], mode='raw')) is tuple and isinstance(np.linalg.svd(A, compute_uv=False), np.ndarray)`,
		// SciPy keeps plain tuples
		`import numpy as np
from scipy import linalg
A = np.array([[2., 1], [1, 3]])
assert [type(f(A)) for f in (linalg.eig, linalg.eigh, linalg.svd, linalg.qr)] == [tuple] * 4`,
	}
	for i, c := range cells {
		if got := runCell(c); got.Error != nil || got.Stdout != "" {
			t.Errorf("cell %d:\n%s\n--- got %+v", i, c, got)
		}
	}
}
