package sci

import (
	"context"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/golinalg/golinalg/internal/noise"
	"github.com/golinalg/golinalg/internal/pyoracle"
	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/lang/eval/evaltest"
)

// runCell runs src in a fresh interpreter with the libraries.
func runCell(src string) evaltest.CellOutcome {
	out, _ := runCellRec("", src)
	return out
}

// runCellRec is runCell after prelude (run first, as a cell without
// history, unless ""), also returning all the cell wrote.
func runCellRec(prelude, src string) (evaltest.CellOutcome, *evaltest.Recorder) {
	in := eval.New(eval.Options{Modules: Modules()})
	rec := &evaltest.Recorder{}
	if prelude != "" {
		if err := in.Execute(context.Background(), eval.Cell{Code: prelude, NoHistory: true}, rec); err != nil {
			return evaltest.Outcome(rec, err, pyError), rec
		}
	}
	err := in.Execute(context.Background(), eval.Cell{Code: src, Count: 1}, rec)
	return evaltest.Outcome(rec, err, pyError), rec
}

// pyError is evaltest.Outcome's view of an *eval.PyError.
func pyError(err error) (class, msg string, ok bool) {
	pe, ok := err.(*eval.PyError)
	if !ok {
		return "", "", false
	}
	return pe.Name, pe.Value, true
}

// TestOracle runs every cell of testdata/oracle_cells*.py here and in
// CPython with NumPy, each after testdata/oracle_prelude.py, and compares stdout, the result's text/plain and
// the exception's class and message under the noise rule (internal/noise):
// identical, or the same text with numbers that differ only by float noise.
func TestOracle(t *testing.T) {
	py := pyoracle.Python(t, "oracle test needs NumPy")
	files, _ := filepath.Glob("testdata/oracle_cells*.py")
	if len(files) < 4 {
		t.Fatalf("found %d oracle cell files (testdata/oracle_cells*.py), want at least 4", len(files))
	}
	cells := pyoracle.Cells(t, files...)
	const prelude = "testdata/oracle_prelude.py"
	want := pyoracle.RunCells[oracleOutcome](t, py, cells, "--need", "numpy", "--need", "scipy.linalg", "--prelude", prelude)
	compareCells(t, py, "NumPy", cells, want, string(pyoracle.Read(t, prelude)), false)
}

// oracleOutcome is a cell's outcome and the warnings it printed
// ("Category: message").
type oracleOutcome struct {
	evaltest.CellOutcome
	Warnings []string `json:"warnings"`
}

// warningLine picks "Category: message" out of a warning printed to
// stderr, whatever file and line prefix the interpreter puts before it.
var warningLine = regexp.MustCompile(`(\w*Warning: .*)$`)

// runCellWarned is runCellRec keeping the warnings printed to stderr. A
// message of several lines (SciPy's ldl has one) goes on up to the next
// warning or the end.
func runCellWarned(prelude, src string) oracleOutcome {
	out, rec := runCellRec(prelude, src)
	w := oracleOutcome{CellOutcome: out}
	for _, line := range strings.Split(strings.TrimSuffix(rec.Stderr.String(), "\n"), "\n") {
		if m := warningLine.FindStringSubmatch(line); m != nil {
			w.Warnings = append(w.Warnings, m[1])
		} else if n := len(w.Warnings); n > 0 {
			w.Warnings[n-1] += "\n" + line
		}
	}
	return w
}

// compareCells runs cells here and compares each one's outcome with
// want[i], the reference's (lib names it), by the noise rule, and their
// warnings when warned; each cell runs after prelude (see runCellRec), as
// it did in the reference. Cells the reference's OpenBLAS kernels answer
// otherwise (kernelSkip) are not compared.
func compareCells(t *testing.T, py, lib string, cells []string, want []oracleOutcome, prelude string, warned bool) {
	t.Helper()
	ref := referenceInfo(t, py)
	noisy, worst, skipped := 0, 0.0, 0
	for i, c := range cells {
		if why := kernelSkip(c, ref); why != "" {
			skipped++
			t.Logf("cell %d not compared: %s", i, why)
			continue
		}
		got, w := runCellWarned(prelude, c), want[i]
		v, why, r := compareOutcomes(got.CellOutcome, w.CellOutcome, cellBound(t, c))
		if v == noise.Noise {
			noisy, worst = noisy+1, max(worst, r)
			t.Logf("cell %d equal within float noise (%.2g of C)", i, r)
		}
		if warned && v.Agree() && strings.Join(got.Warnings, "\n") != strings.Join(w.Warnings, "\n") {
			v, why = noise.Differ, "warnings differ"
		}
		if !v.Agree() {
			t.Errorf("cell %d: %s\n%s\n--- got:\nstdout %q\nresult %s\nerror %q\nwarnings %q\n--- want:\nstdout %q\nresult %s\nerror %q\nwarnings %q",
				i, why, c, got.Stdout, evaltest.Show(got.Result), got.Error, got.Warnings, w.Stdout, evaltest.Show(w.Result), w.Error, w.Warnings)
		}
	}
	t.Logf("reference: %s", ref)
	t.Logf("%d cells compared with %s, %d cells equal within float noise (largest noise %.2g of C = %d), %d not compared on these OpenBLAS kernels", len(cells)-skipped, lib, noisy, worst, noise.C, skipped)
}

// compareOutcomes compares a cell's outcome here with NumPy's by the noise
// rule, field by field: stdout, the result (or its absence) and the error.
// It also returns the largest noise ratio (noise.Ratio) of the fields.
func compareOutcomes(got, want evaltest.CellOutcome, b noise.Bound) (noise.Verdict, string, float64) {
	if (got.Result == nil) != (want.Result == nil) {
		return noise.Differ, "result present in one only", 0
	}
	pairs := [][2]string{{got.Stdout, want.Stdout}, {strings.Join(got.Error, ": "), strings.Join(want.Error, ": ")}}
	if got.Result != nil {
		pairs = append(pairs, [2]string{*got.Result, *want.Result})
	}
	verdict, ratio := noise.Identical, 0.0
	for k, p := range pairs {
		v, why := noise.Text(p[0], p[1], b)
		if !v.Agree() {
			return v, []string{"stdout", "error", "result"}[k] + ": " + why, 0
		}
		if v == noise.Noise {
			ratio = max(ratio, noise.Ratio(p[0], p[1], b))
		}
		verdict = min(verdict, v)
	}
	return verdict, "", ratio
}

// referenceInfo names the reference NumPy and the OpenBLAS kernel it runs
// (OpenBLAS picks Haswell, SkylakeX, ... by the CPU, or OPENBLAS_CORETYPE
// when the machine presets it), so a log says which last bits it compared
// against.
func referenceInfo(t *testing.T, py string) string {
	t.Helper()
	out := pyoracle.Run(t, nil, py, "-c", `import numpy, scipy, threadpoolctl
blas = [f"{i['internal_api']} {i['version']} {i['architecture']}, {i['num_threads']} threads" for i in threadpoolctl.threadpool_info() if i['user_api'] == 'blas']
print(f"NumPy {numpy.__version__}, SciPy {scipy.__version__}, " + "; ".join(blas))`)
	return strings.TrimSpace(string(out))
}

// kernelLine marks a cell whose NumPy answer is another on some OpenBLAS
// kernels: "# not on OpenBLAS Sandybridge kernels: reason". golinalg
// follows the kernels of current x86-64 CPUs (Haswell, Zen, SkylakeX; issue
// 18), so the cell is compared unless the reference NumPy runs the named
// kernels (a CPU of 2011, or OPENBLAS_CORETYPE preset by the machine).
var kernelLine = regexp.MustCompile(`(?m)^# not on OpenBLAS (\w+) kernels: (\S.*)$`)

// kernelSkip is why cell src is not compared against the reference ref
// (referenceInfo's text), or "".
func kernelSkip(src, ref string) string {
	for _, m := range kernelLine.FindAllStringSubmatch(src, -1) {
		if strings.Contains(ref, " "+m[1]) {
			return "the reference runs OpenBLAS's " + m[1] + " kernels, on which " + m[2]
		}
	}
	return ""
}

// noiseLine is a cell's statement of the order and scale of a computation
// whose printed result is smaller than its inputs (noise.Bound's N and
// Scale): "# noise: n=3 scale=21 because ...". The reason is required.
var noiseLine = regexp.MustCompile(`(?m)^# noise: n=(\d+) scale=(\S+) (\S.*)$`)

// cellBound is the noise bound for a cell: noise.Float64, with the cell's
// own n and scale when it states them.
func cellBound(t *testing.T, src string) noise.Bound {
	b := noise.Float64
	m := noiseLine.FindStringSubmatch(src)
	if m == nil {
		if strings.Contains(src, "# noise:") {
			t.Errorf("malformed noise line (want \"# noise: n=N scale=S reason\") in cell:\n%s", src)
		}
		return b
	}
	n, err1 := strconv.Atoi(m[1])
	scale, err2 := strconv.ParseFloat(m[2], 64)
	if err1 != nil || err2 != nil {
		t.Errorf("malformed noise line %q", m[0])
	}
	b.N, b.Scale = n, scale
	return b
}
