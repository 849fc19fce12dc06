package sci

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/lang/eval/evaltest"
)

// A result that is a tuple of arrays (and NumPy scalars) has a text/html
// of one table per item, captioned with the field name or "[i]"; other
// tuples are text alone.
func TestTupleResultTables(t *testing.T) {
	in := eval.New(eval.Options{Modules: Modules()})
	if err := in.Execute(context.Background(), eval.Cell{Code: "import numpy as np\nimport scipy.linalg as sl\nA = np.array([[2., 1.], [1., 2.]])", Count: 1}, &evaltest.Recorder{}); err != nil {
		t.Fatal(err)
	}
	label := regexp.MustCompile(`<caption[^>]*><span[^>]*>([^<]*)</span>`)
	for i, c := range []struct {
		code   string
		labels []string // nil: no text/html
	}{
		{"np.linalg.eig(A)", []string{"eigenvalues", "eigenvectors"}},
		{"np.linalg.svd(A)", []string{"U", "S", "Vh"}},
		{"np.linalg.qr(A)", []string{"Q", "R"}},
		{"sl.lu(A)", []string{"[0]", "[1]", "[2]"}},
		{"A, np.float64(2.5)", []string{"[0]", "[1]"}},
		{"np.linalg.slogdet(A)", nil}, // scalars alone
		{"(A, 1)", nil},
		{"(A, [A])", nil},
		{"()", nil},
		{"[A, A]", nil},
	} {
		rec := &evaltest.Recorder{}
		if err := in.Execute(context.Background(), eval.Cell{Code: c.code, Count: i + 2}, rec); err != nil {
			t.Fatalf("%s: %v", c.code, err)
		}
		if len(rec.Results) != 1 {
			t.Fatalf("%s: %d results", c.code, len(rec.Results))
		}
		r := rec.Results[0]
		h, ok := r["text/html"].(string)
		if c.labels == nil {
			if ok {
				t.Errorf("%s: unexpected text/html %.100s", c.code, h)
			}
			continue
		}
		var got []string
		for _, m := range label.FindAllStringSubmatch(h, -1) {
			got = append(got, m[1])
		}
		if strings.Join(got, ",") != strings.Join(c.labels, ",") {
			t.Errorf("%s: table labels %q, want %q", c.code, got, c.labels)
		}
		if strings.Count(h, "<table") != len(c.labels) {
			t.Errorf("%s: %d tables", c.code, strings.Count(h, "<table"))
		}
	}
}
