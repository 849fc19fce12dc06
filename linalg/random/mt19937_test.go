package random

import "testing"

// Reference values from numpy: np.random.seed(0); rand(3), randn(3), randint(0,10,5).
func TestMT19937Legacy(t *testing.T) {
	m := NewMT19937(0)
	want := []float64{0.5488135039273248, 0.7151893663724195, 0.6027633760716439}
	for i, w := range want {
		if g := m.Float64(); g != w {
			t.Fatalf("rand[%d] = %v want %v", i, g, w)
		}
	}
}
