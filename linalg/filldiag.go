package linalg

// FillDiagonal sets the main diagonal of a in place to the values of val,
// taken in C order and repeated as often as needed (np.fill_diagonal(a,
// val, wrap)). The diagonal of an n-d array with all dimensions equal is
// the elements a[i, i, ..., i]. For a 2-d array the diagonal ends with the
// first square block, unless wrap is set: then, as NumPy's flat stepping
// by columns+1 does, it continues in the rows below after skipping one.
//
// Values are converted to a's dtype as item assignment converts them
// (floats are truncated into an int array; NaN there is a ValueError).
// The errors are NumPy's: an array of fewer than two dimensions, or of
// more than two with unequal ones, is a ValueError.
func FillDiagonal(a, val *Array, wrap bool) error {
	if a.Ndim() < 2 {
		return valueErr("array must be at least 2-d")
	}
	end := a.Size()
	var step int
	if a.Ndim() == 2 {
		// NumPy: a.flat[:end:step] = val with step = ncols + 1 and, without
		// wrap, end = ncols * ncols.
		step = a.shape[1] + 1
		if !wrap {
			end = min(end, a.shape[1]*a.shape[1])
		}
	} else {
		for _, d := range a.shape[1:] {
			if d != a.shape[0] {
				return valueErr("All dimensions of input must be of equal length")
			}
		}
		// step = 1 + sum(cumprod(shape[:-1])): one more in every axis.
		step = 1
		p := 1
		for _, d := range a.shape[:len(a.shape)-1] {
			p *= d
			step += p
		}
	}
	n := val.Size()
	if n == 0 {
		return nil
	}
	for k, j := 0, 0; k < end; k, j = k+step, j+1 {
		if err := a.setFlat(a.pos(k), val.At(j%n)); err != nil {
			return err
		}
	}
	return nil
}
