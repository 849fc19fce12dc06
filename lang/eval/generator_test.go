package eval

import (
	"regexp"
	"testing"
)

func TestGeneratorRepr(t *testing.T) {
	got := runCell("g = (x for x in range(3))\nh = (x for x in range(3))\nprint(g, h, str(g) == repr(g), g == g, g == h)")
	re := regexp.MustCompile(`^<generator object <genexpr> at 0x[0-9a-f]+> <generator object <genexpr> at 0x[0-9a-f]+> True True False\n$`)
	if !re.MatchString(got.Stdout) {
		t.Errorf("got %q %q", got.Stdout, got.Error)
	}
	{
		m := regexp.MustCompile(`0x[0-9a-f]+`).FindAllString(got.Stdout, -1)
		if len(m) != 2 || m[0] == m[1] {
			t.Errorf("addresses %v: want two distinct", m)
		}
	}
}
