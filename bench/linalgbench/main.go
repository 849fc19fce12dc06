// Command linalgbench times golinalg's inv, solve (one and n right-hand
// sides), det and slogdet against NumPy, and scipy.linalg's expm, sqrtm,
// logm, schur, hessenberg, solve_sylvester and solve_continuous_are
// against SciPy, on the same matrices in the same run, and prints the
// ratios golinalg/NumPy.
//
// Usage:
//
//	go run ./bench/linalgbench [-python /work/main/.venv/bin/python] [-budget 300ms] [-runs 3] [-match 'n=1000']
//
// The matrices are standard normal with a fixed seed; they are written to a
// temporary directory as raw little-endian float64 so that NumPy reads the
// very same numbers. Each figure is the best of repeated calls within the
// time budget; the SciPy rows run the same Python statements in
// golinalg's interpreter and in CPython, their matrices drawn from
// np.random.default_rng(1) on both sides (golinalg's PCG64 and normal
// sampler give NumPy's numbers). The whole comparison is run -runs times, alternating
// golinalg and NumPy, and the medians are printed (the machine is shared:
// the ratio of each run is taken before the median).
package main

import (
	"bufio"
	"context"
	"encoding/binary"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/lang/eval/evaltest"
	"github.com/golinalg/golinalg/lang/sci"
	"github.com/golinalg/golinalg/linalg"
)

type bcase struct {
	name  string
	op    string // inv, solve, det, slogdet, or "cell" for setup and call
	shape []int  // shape of A
	nrhs  int    // columns of B for solve (0: 1-d b)

	setup, call string // Python statements, for op "cell"
}

// scipyCases are the rows of issue 22: scipy.linalg's matrix functions,
// Schur and Hessenberg forms and matrix-equation solvers at n = 200.
func scipyCases(n int) []bcase {
	setup := fmt.Sprintf("import numpy as np\nimport scipy.linalg as sla\nn = %d\nrng = np.random.default_rng(1)\n", n)
	cell := func(name, prep, call string) bcase {
		return bcase{name: fmt.Sprintf("%s n=%d", name, n), op: "cell", setup: setup + prep, call: call}
	}
	return []bcase{
		// ||A||_1 about 16 at n = 200: a few squarings, as in practice.
		cell("expm", "A = rng.normal(size=(n, n)) / 10", "sla.expm(A)"),
		// Eigenvalues in a disc of radius about 0.7 around 3: the square
		// root and logarithm are real.
		cell("sqrtm", "A = 3 * np.eye(n) + rng.normal(size=(n, n)) / 20", "sla.sqrtm(A)"),
		cell("logm", "A = 3 * np.eye(n) + rng.normal(size=(n, n)) / 20", "sla.logm(A)"),
		cell("schur", "A = rng.normal(size=(n, n))", "sla.schur(A)"),
		cell("hessenberg", "A = rng.normal(size=(n, n))", "sla.hessenberg(A, calc_q=True)"),
		cell("solve_sylvester", "A = rng.normal(size=(n, n))\nB = rng.normal(size=(n, n))\nQ = rng.normal(size=(n, n))", "sla.solve_sylvester(A, B, Q)"),
		cell("solve_continuous_are", "A = rng.normal(size=(n, n))\nB = rng.normal(size=(n, n // 2))\nQ = np.eye(n)\nR = np.eye(n // 2)", "sla.solve_continuous_are(A, B, Q, R)"),
	}
}

func main() {
	py := flag.String("python", os.Getenv("GOLINALG_PYTHON"), "Python with NumPy")
	budget := flag.Duration("budget", 300*time.Millisecond, "time budget per case and side")
	runs := flag.Int("runs", 3, "number of runs; medians are printed")
	match := flag.String("match", "", "only the cases whose name contains this")
	flag.Parse()
	if *py == "" {
		*py = "python3"
	}
	var cases []bcase
	for _, n := range []int{2, 10, 100, 500, 1000, 2000} {
		cases = append(cases,
			bcase{name: fmt.Sprintf("inv n=%d", n), op: "inv", shape: []int{n, n}, nrhs: 0},
			bcase{name: fmt.Sprintf("solve n=%d (1 rhs)", n), op: "solve", shape: []int{n, n}, nrhs: 0},
			bcase{name: fmt.Sprintf("solve n=%d (n rhs)", n), op: "solve", shape: []int{n, n}, nrhs: n},
			bcase{name: fmt.Sprintf("det n=%d", n), op: "det", shape: []int{n, n}, nrhs: 0},
			bcase{name: fmt.Sprintf("slogdet n=%d", n), op: "slogdet", shape: []int{n, n}, nrhs: 0})
	}
	for _, n := range []int{2, 3} {
		cases = append(cases,
			bcase{name: fmt.Sprintf("inv 10000x%dx%d", n, n), op: "inv", shape: []int{10000, n, n}, nrhs: 0},
			bcase{name: fmt.Sprintf("solve 10000x%dx%d", n, n), op: "solve", shape: []int{10000, n, n}, nrhs: 1},
			bcase{name: fmt.Sprintf("det 10000x%dx%d", n, n), op: "det", shape: []int{10000, n, n}, nrhs: 0},
			bcase{name: fmt.Sprintf("slogdet 10000x%dx%d", n, n), op: "slogdet", shape: []int{10000, n, n}, nrhs: 0})
	}
	cases = append(cases, scipyCases(200)...)
	cases = slices.DeleteFunc(cases, func(c bcase) bool { return !strings.Contains(c.name, *match) })
	dir, err := os.MkdirTemp("", "linalgbench")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer os.RemoveAll(dir)
	r := rand.New(rand.NewPCG(1, 2))
	fns := make([]func(), len(cases))
	failed := make([]error, len(cases))
	var script strings.Builder
	script.WriteString("import numpy as np, time, sys\nfns = []\n")
	script.WriteString("def best(f, budget):\n    f(); b = 1e9; t0 = time.perf_counter()\n    while True:\n        s = time.perf_counter(); f(); e = time.perf_counter() - s\n        b = min(b, e)\n        if time.perf_counter() - t0 > budget: return b\n")
	for i, c := range cases {
		if c.op == "cell" {
			if fns[i], failed[i] = cellFunc(c); failed[i] != nil {
				fns[i] = nil
			}
			fmt.Fprintf(&script, "g = {}\nexec(%q, g)\nfns.append((lambda g: lambda: eval(%q, g))(g))\n", c.setup, c.call)
			continue
		}
		a := randArray(r, c.shape)
		bshape := c.shape[:len(c.shape)-1]
		if c.nrhs > 0 {
			bshape = append(append([]int{}, c.shape[:len(c.shape)-1]...), c.nrhs)
		}
		b := randArray(r, bshape)
		fa, fb := filepath.Join(dir, fmt.Sprint(i, "a")), filepath.Join(dir, fmt.Sprint(i, "b"))
		write(fa, a.Float64s())
		write(fb, b.Float64s())
		var f func()
		var call string
		switch c.op {
		case "inv":
			f = func() { must(linalg.Inv(a)) }
			call = "np.linalg.inv(A)"
		case "solve":
			f = func() { must(linalg.Solve(a, b)) }
			call = "np.linalg.solve(A, B)"
		case "det":
			f = func() { must(linalg.Det(a)) }
			call = "np.linalg.det(A)"
		case "slogdet":
			f = func() { _, l, err := linalg.Slogdet(a); must(l, err) }
			call = "np.linalg.slogdet(A)"
		}
		fns[i] = f
		fmt.Fprintf(&script, "A = np.fromfile(%q, dtype='<f8').reshape(%s)\n", fa, pyShape(c.shape))
		fmt.Fprintf(&script, "B = np.fromfile(%q, dtype='<f8').reshape(%s)\n", fb, pyShape(bshape))
		fmt.Fprintf(&script, "fns.append((lambda A, B: lambda: %s)(A, B))\n", call)
	}
	goTimes := make([][]time.Duration, len(cases))
	npTimes := make([][]time.Duration, len(cases))
	ratios := make([][]float64, len(cases))
	// NumPy runs in one process that times case i when it reads i, so
	// that both sides of a case are timed one after the other.
	fmt.Fprintf(&script, "print('ready', flush=True)\nfor line in sys.stdin:\n    print(best(fns[int(line)], %g), flush=True)\n", budget.Seconds())
	cmd := exec.Command(*py, "-c", script.String())
	cmd.Stderr = os.Stderr
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		fmt.Fprintln(os.Stderr, "numpy side:", err)
		os.Exit(1)
	}
	sc := bufio.NewScanner(stdout)
	numpy := func(i int) time.Duration {
		if i >= 0 {
			fmt.Fprintln(stdin, i)
		}
		if !sc.Scan() {
			fmt.Fprintln(os.Stderr, "numpy side ended:", sc.Err())
			os.Exit(1)
		}
		np, _ := strconv.ParseFloat(sc.Text(), 64)
		return time.Duration(np * 1e9)
	}
	numpy(-1) // "ready"
	for run := 0; run < *runs; run++ {
		for i, f := range fns {
			if f == nil {
				continue
			}
			g := best(f, *budget)
			npd := numpy(i)
			goTimes[i] = append(goTimes[i], g)
			npTimes[i] = append(npTimes[i], npd)
			ratios[i] = append(ratios[i], float64(g)/float64(npd))
		}
	}
	stdin.Close()
	cmd.Wait()
	fmt.Printf("medians of %d runs, GOMAXPROCS=%d\n", *runs, runtime.GOMAXPROCS(0))
	fmt.Printf("%-26s %12s %12s %8s\n", "case", "golinalg", "numpy", "ratio")
	for i, c := range cases {
		if failed[i] != nil {
			fmt.Printf("%-26s failed in golinalg: %v\n", c.name, failed[i])
			continue
		}
		fmt.Printf("%-26s %12s %12s %8.2f\n", c.name, fmtDur(median(goTimes[i])), fmtDur(median(npTimes[i])), median(ratios[i]))
	}
}

// cellFunc runs c.setup in a new golinalg interpreter and returns a
// function that runs c.call there, or the error of the setup or of a
// first call: such a row is reported as failed, not timed.
func cellFunc(c bcase) (func(), error) {
	in := eval.New(eval.Options{Modules: sci.Modules()})
	run := func(code string) error {
		return in.Execute(context.Background(), eval.Cell{Code: code, NoHistory: true}, &evaltest.Recorder{})
	}
	if err := run(c.setup); err != nil {
		return nil, err
	}
	if err := run("_ = " + c.call); err != nil {
		return nil, err
	}
	return func() {
		if err := run("_ = " + c.call); err != nil {
			panic(err)
		}
	}, nil
}

func median[T time.Duration | float64](v []T) T {
	s := slices.Clone(v)
	slices.Sort(s)
	return s[len(s)/2]
}

func fmtDur(d time.Duration) string {
	switch {
	case d < time.Microsecond:
		return fmt.Sprintf("%dns", d.Nanoseconds())
	case d < time.Millisecond:
		return fmt.Sprintf("%.2fµs", float64(d)/1e3)
	}
	return fmt.Sprintf("%.3fms", float64(d)/1e6)
}

func pyShape(s []int) string {
	p := make([]string, len(s))
	for k, d := range s {
		p[k] = strconv.Itoa(d)
	}
	return "(" + strings.Join(p, ", ") + ",)"
}

func randArray(r *rand.Rand, shape []int) *linalg.Array {
	n := 1
	for _, d := range shape {
		n *= d
	}
	v := make([]float64, n)
	for k := range v {
		v[k] = r.NormFloat64()
	}
	a, err := linalg.NewFloat64(shape, v)
	if err != nil {
		panic(err)
	}
	return a
}

func write(name string, v []float64) {
	buf := make([]byte, 8*len(v))
	for k, x := range v {
		binary.LittleEndian.PutUint64(buf[8*k:], math.Float64bits(x))
	}
	if err := os.WriteFile(name, buf, 0o600); err != nil {
		panic(err)
	}
}

func must(_ *linalg.Array, err error) {
	if err != nil {
		panic(err)
	}
}

func best(f func(), budget time.Duration) time.Duration {
	f()
	b := time.Duration(math.MaxInt64)
	t0 := time.Now()
	for {
		s := time.Now()
		f()
		if e := time.Since(s); e < b {
			b = e
		}
		if time.Since(t0) > budget {
			return b
		}
	}
}
