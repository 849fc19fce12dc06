// Fixed-size inverses for stacks of small matrices, in OpenBLAS's order
// (oblu.go); TestInvSmallMatchesGeneric checks them against Inv.

package linalg

// inv2, inv3 and inv4 invert the row-major n×n matrix src (n = 2, 3, 4)
// into dst as NumPy's gesv does under OpenBLAS (obGetf2 and obSolve on
// the stack), leaving src alone. They report false on an exactly zero
// pivot.
func inv2(src, dst []float64) bool { return invFixed(src, dst, 2) }

func inv3(src, dst []float64) bool { return invFixed(src, dst, 3) }

func inv4(src, dst []float64) bool { return invFixed(src, dst, 4) }

func invFixed(src, dst []float64, n int) bool {
	var m [16]float64
	var piv [4]int
	lu := m[:n*n]
	copy(lu, src[:n*n])
	if obGetf2(lu, n, n, n, piv[:n]) >= 0 {
		return false
	}
	x := dst[:n*n]
	clear(x)
	for i := 0; i < n; i++ {
		x[i*n+i] = 1
	}
	obGetrsN(lu, n, n, piv[:n], x, n, n)
	return true
}
