package eval

import "testing"

// TestBoxInt checks boxInt around the bounds of smallInts and of the
// runtime's own table of [0, 256).
func TestBoxInt(t *testing.T) {
	for _, i := range []int64{-1 << 63, -6, -5, -4, -1, 0, 1, 255, 256, 257, 1022, 1023, 1024, 1025, 1<<63 - 1} {
		v := (*Thread)(nil).boxInt(i)
		if n, ok := v.(Int); !ok || int64(n) != i {
			t.Errorf("boxInt(%d) = %#v", i, v)
		}
	}
}
