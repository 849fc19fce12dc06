// Command langbench times golinalg's cell language against CPython on the
// same cells (the evaluator benchmarks of issue 5) and prints the ratios
// golinalg/CPython.
//
// Usage:
//
//	go run ./bench/langbench [-python /work/main/.venv/bin/python] [-rounds 5] [-budget 500ms]
//
// Each round times every cell in golinalg (in this process) and in CPython
// (one subprocess per round, exec of the compiled cell in one globals
// dict), each side as the best run within the budget; the rounds alternate
// so that load from other processes falls on both sides alike. The figure
// printed is the median over rounds of the per-round ratio.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"time"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/lang/sci"
)

// cells are the same as lang/eval/bench_test.go.
var cells = []struct{ name, src string }{
	{"loop 1e6", "s = 0\nfor i in range(1000000):\n    s += i"},
	{"comprehension 1e5", "x = [i * 2 for i in range(100000)]"},
	{"calls 1e5", "def f(a, b):\n    return a + b\nfor i in range(100000):\n    f(i, 1)"},
	{"genexpr sum 1e5", "s = sum(i * i for i in range(100000))"},
	{"kwargs calls 1e5", "def g(a, b=1, *, c=2):\n    return a + b + c\nfor i in range(100000):\n    g(i, c=3)"},
}

type discard struct{}

func (discard) Stream(string, string)                  {}
func (discard) Display(map[string]any, map[string]any) {}
func (discard) ClearOutput(bool)                       {}
func (discard) Payload(map[string]any)                 {}
func (discard) Result(map[string]any, map[string]any)  {}

const pyScript = `
import json, sys, time
cells, budget = json.loads(sys.argv[1]), float(sys.argv[2])
out = []
for src in cells:
    code, g = compile(src, "<cell>", "exec"), {}
    exec(code, g)
    best, t0 = 1e9, time.perf_counter()
    while True:
        s = time.perf_counter(); exec(code, g); e = time.perf_counter() - s
        best = min(best, e)
        if time.perf_counter() - t0 > budget: break
    out.append(best)
print(json.dumps(out))
`

func main() {
	py := flag.String("python", os.Getenv("GOLINALG_PYTHON"), "CPython to compare with")
	rounds := flag.Int("rounds", 5, "rounds; the median ratio is printed")
	budget := flag.Duration("budget", 500*time.Millisecond, "time budget per cell, side and round")
	flag.Parse()
	if *py == "" {
		*py = "python3"
	}
	srcs := make([]string, len(cells))
	for i, c := range cells {
		srcs[i] = c.src
	}
	js, _ := json.Marshal(srcs)
	ratios := make([][]float64, len(cells))
	goBest := make([]float64, len(cells))
	pyBest := make([]float64, len(cells))
	for r := 0; r < *rounds; r++ {
		out, err := exec.Command(*py, "-c", pyScript, string(js), fmt.Sprint(budget.Seconds())).Output()
		if err != nil {
			fmt.Fprintln(os.Stderr, "python:", err)
			os.Exit(1)
		}
		var pyt []float64
		if err := json.Unmarshal(out, &pyt); err != nil {
			fmt.Fprintln(os.Stderr, "python output:", err)
			os.Exit(1)
		}
		for i, c := range cells {
			in := eval.New(eval.Options{Modules: sci.Modules()})
			run := func() {
				if err := in.Execute(context.Background(), eval.Cell{Code: c.src, Count: 1}, discard{}); err != nil {
					fmt.Fprintln(os.Stderr, c.name, err)
					os.Exit(1)
				}
			}
			run()
			best := 1e9
			for t0 := time.Now(); time.Since(t0) < *budget; {
				s := time.Now()
				run()
				best = min(best, time.Since(s).Seconds())
			}
			ratios[i] = append(ratios[i], best/pyt[i])
			if r == 0 || best < goBest[i] {
				goBest[i] = best
			}
			if r == 0 || pyt[i] < pyBest[i] {
				pyBest[i] = pyt[i]
			}
		}
	}
	fmt.Printf("%-20s %12s %12s %8s  (median of %d rounds)\n", "cell", "golinalg", "CPython", "ratio", *rounds)
	for i, c := range cells {
		sort.Float64s(ratios[i])
		fmt.Printf("%-20s %10.2fms %10.2fms %7.2fx\n", c.name, goBest[i]*1e3, pyBest[i]*1e3, ratios[i][len(ratios[i])/2])
	}
}
