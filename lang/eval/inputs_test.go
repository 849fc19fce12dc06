package eval

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// TestInputLog records cells of many sizes with gaps between their counts
// and collections in between, and checks each Value is the str of its
// code, that a rerun count leaves earlier Values alone, and that gaps
// read as cells that did not run.
func TestInputLog(t *testing.T) {
	var l inputLog
	code := func(n int) string {
		return fmt.Sprintf("x%d = %d\n", n, n) + strings.Repeat("#", n*37%6000)
	}
	kept := map[int]Value{}
	for n := 1; n < 768; n += 1 + n%3 {
		kept[n] = l.add(n, code(n))
		if n%50 == 0 {
			runtime.GC()
		}
	}
	first := l.value(7)
	again := l.add(7, "rerun")
	runtime.GC()
	for n := 0; n < 768+5; n++ {
		v, ok := kept[n]
		if got := l.has(n); got != ok {
			t.Fatalf("has(%d) = %v, want %v", n, got, ok)
		}
		if !ok {
			if l.value(n) != nil {
				t.Fatalf("value(%d) of a cell that did not run", n)
			}
			continue
		}
		if v != Value(String(code(n))) {
			t.Fatalf("cell %d: %q", n, v)
		}
		if n == 7 {
			continue
		}
		if l.value(n) != v {
			t.Fatalf("value(%d) = %q", n, l.value(n))
		}
	}
	if first != Value(String(code(7))) || kept[7] != first || again != Value(String("rerun")) || l.value(7) != again {
		t.Errorf("rerun of 7: first %q, again %q, value %q", first, again, l.value(7))
	}
	if h, err := HashValue(again); err != nil || h != mustHash(t, String("rerun")) {
		t.Errorf("hash of a logged str: %v %v", h, err)
	}
	if want := 768 - 1; l.n < want {
		t.Errorf("n = %d", l.n)
	}
}

func mustHash(t *testing.T, v Value) uint64 {
	h, err := HashValue(v)
	if err != nil {
		t.Fatal(err)
	}
	return h
}
