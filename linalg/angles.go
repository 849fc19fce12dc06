package linalg

import "math"

// SubspaceAngles returns the principal angles between the column spaces
// of A (M×N) and B (M×K), in radians, largest first
// (scipy.linalg.subspace_angles), as SciPy computes them after Knyazev and
// Argentati (2002): orthonormal bases Q_A and Q_B (orth), the cosines σ,
// the singular values of Q_Aᴴ·Q_B, and the sines, the singular values of
// the part of one basis orthogonal to the other; an angle whose cosine
// has σ² ≥ 1/2 comes from the sines (arcsin), which resolves small
// angles, the others from the cosines (arccos). A and B may be stacks.
// Errors, as SciPy raises them:
//
//	ValueError "array must not contain infs or NaNs"
//	ValueError "expected 2D array, got shape (3,)"
//	ValueError "A and B must have the same number of rows, got 3 and 2"
func SubspaceAngles(a, b *Array) (*Array, error) {
	out, err := OverBatch("subspace_angles", []*Array{a, b}, []int{2, 2}, func(x []*Array) ([]*Array, error) {
		qa, err := anglesBasis(x[0])
		if err != nil {
			return nil, err
		}
		if err := CheckFinite(x[1]); err != nil {
			return nil, err
		}
		if len(x[1].shape) != 2 {
			return nil, valueErr("expected 2D array, got shape %s", FormatShape(x[1].shape))
		}
		if x[1].shape[0] != qa.shape[0] {
			return nil, valueErr("A and B must have the same number of rows, got %d and %d", qa.shape[0], x[1].shape[0])
		}
		qb, err := anglesBasis(x[1])
		if err != nil {
			return nil, err
		}
		qaqb, err := MatMul(conjTranspose(qa), qb)
		if err != nil {
			return nil, err
		}
		sig, err := SVDVals(qaqb)
		if err != nil {
			return nil, err
		}
		var rest *Array
		if qa.shape[1] >= qb.shape[1] {
			p, err := MatMul(qa, qaqb)
			if err != nil {
				return nil, err
			}
			rest, _, err = Binary(OpSub, qb, p)
			if err != nil {
				return nil, err
			}
		} else {
			p, err := MatMul(qb, conjTranspose(qaqb))
			if err != nil {
				return nil, err
			}
			rest, _, err = Binary(OpSub, qa, p)
			if err != nil {
				return nil, err
			}
		}
		sv := sig.Float64s()
		k := len(sv)
		mask := make([]bool, k)
		anySine := false
		for i, s := range sv {
			mask[i] = s*s >= 0.5
			anySine = anySine || mask[i]
		}
		var sines []float64
		if anySine {
			mu, err := SVDVals(rest)
			if err != nil {
				return nil, err
			}
			if sines = mu.Float64s(); len(sines) != k && len(sines) != 1 {
				return nil, valueErr("operands could not be broadcast together with shapes (%d,) (%d,) (%d,) ", k, len(sines), k)
			}
		}
		theta := make([]float64, k)
		for i := range theta {
			if mask[i] {
				theta[i] = math.Asin(clip1(sines[min(i, len(sines)-1)]))
			} else {
				theta[i] = math.Acos(clip1(sv[k-1-i]))
			}
		}
		r, err := NewFloat64([]int{k}, theta)
		return []*Array{r}, err
	})
	if err != nil {
		return nil, err
	}
	return out[0], nil
}

// anglesBasis checks one argument of subspace_angles and returns an
// orthonormal basis of its column space.
func anglesBasis(a *Array) (*Array, error) {
	if err := CheckFinite(a); err != nil {
		return nil, err
	}
	if len(a.shape) != 2 {
		return nil, valueErr("expected 2D array, got shape %s", FormatShape(a.shape))
	}
	return Orth(a, -1)
}

// clip1 is np.clip(x, -1, 1).
func clip1(x float64) float64 { return math.Max(-1, math.Min(1, x)) }
