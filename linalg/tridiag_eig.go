package linalg

// EighTridiagonal returns the eigenvalues (ascending) and orthonormal
// eigenvectors (one per column) of the real symmetric tridiagonal matrix
// with diagonal d and off-diagonal e (scipy.linalg.eigh_tridiagonal),
// keeping those sel selects as LAPACK's stebz/stemr do. Eigenvectors are
// unique up to sign only. Integer input is taken as float64. Errors:
//
//	ValueError  "d (3) must have one more element than e (3)"
//	LinAlgError "Eigenvalues did not converge"
func EighTridiagonal(d, e *Array, sel EigSelect) (w, v *Array, err error) {
	n := d.Size()
	if n != e.Size()+1 {
		return nil, nil, valueErr("d (%d) must have one more element than e (%d)", n, e.Size())
	}
	dv, ev := d.Float64s(), e.Float64s()
	h := make([]complex128, n*n)
	for i := 0; i < n; i++ {
		h[i*n+i] = complex(dv[i], 0)
		if i+1 < n {
			h[i*n+i+1] = complex(ev[i], 0)
			h[(i+1)*n+i] = complex(ev[i], 0)
		}
	}
	return eighSelect(h, n, false, sel)
}
