package display

import (
	"regexp"
	"strings"
	"testing"

	"github.com/golinalg/golinalg/linalg"
)

var styleAttr = regexp.MustCompile(`style="([^"]*)"`)

// colourProps are the CSS properties that paint: each must take its colour
// from JupyterLab's theme, so that tables stay readable in the dark theme.
var colourProps = []string{"color", "background", "background-color", "border", "border-left", "border-color"}

// checkThemeColours fails if a style in html paints with a colour that is
// not a --jp-* variable (with, at most, currentColor, inherit or
// transparent as the fallback outside JupyterLab).
func checkThemeColours(t *testing.T, what, html string) {
	t.Helper()
	for _, m := range styleAttr.FindAllStringSubmatch(html, -1) {
		for _, decl := range strings.Split(m[1], ";") {
			prop, value, ok := strings.Cut(decl, ":")
			if !ok {
				continue
			}
			prop = strings.TrimSpace(prop)
			painting := false
			for _, p := range colourProps {
				painting = painting || prop == p
			}
			if !painting {
				continue
			}
			if !strings.Contains(value, "var(--jp-") {
				t.Errorf("%s: %s:%s does not use a --jp-* variable", what, prop, value)
			}
			if strings.Contains(value, "#") || strings.Contains(value, "rgb") || strings.Contains(value, "hsl") {
				t.Errorf("%s: %s:%s hard-codes a colour", what, prop, value)
			}
		}
	}
}

func TestHTMLColoursComeFromTheme(t *testing.T) {
	o := DefaultPrintOptions()
	stack := mustFloat(t, []int{2, 2, 2}, 1, 2, 3, 4, 5, 6, 7, 8)
	checkThemeColours(t, "2x2x2 table", HTML(stack, o))
	b, ok := Diagnose("np.linalg.inv", mustFloat(t, []int{2, 2}, 1, 2, 2, 4),
		&linalg.Error{Kind: linalg.LinAlgError, Reason: linalg.Singular, Msg: "Singular matrix"}, o)
	if !ok {
		t.Fatal("no diagnostic card for a singular inv")
	}
	checkThemeColours(t, "diagnostic card", b["text/html"].(string))
}

func TestHTMLStackLabels(t *testing.T) {
	// A (2, 3, 2, 2) stack is six 2×2 tables, labelled with their leading
	// indices in C order.
	data := make([]float64, 24)
	for i := range data {
		data[i] = float64(i)
	}
	h := HTML(mustFloat(t, []int{2, 3, 2, 2}, data...), DefaultPrintOptions())
	var labels []string
	for _, m := range regexp.MustCompile(`<caption[^>]*>([^<]*)</caption>`).FindAllStringSubmatch(h, -1) {
		labels = append(labels, m[1])
	}
	want := []string{"[0, 0, :, :]", "[0, 1, :, :]", "[0, 2, :, :]", "[1, 0, :, :]", "[1, 1, :, :]", "[1, 2, :, :]"}
	if len(labels) != len(want) {
		t.Fatalf("got %d captions %q, want %d", len(labels), labels, len(want))
	}
	for i, l := range labels {
		if !strings.HasPrefix(l, "2×3×2×2 float64") || !strings.HasSuffix(l, want[i]) {
			t.Errorf("caption %d = %q, want 2×3×2×2 float64 … %s", i, l, want[i])
		}
	}
}
