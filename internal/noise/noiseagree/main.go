// Command noiseagree applies the noise rule (package noise) for the
// Python-side tests, so that pytest and the notebook runs compare with
// NumPy by the same one function as the Go oracles.
//
// It reads JSON lines {"got": "...", "want": "...", "n": 0, "scale": 0}
// from standard input (n and scale optional: noise.Bound's N and Scale) and
// answers each with a line {"verdict": "identical" | "noise" | "differ",
// "why": "...", "ratio": r}, where ratio is noise.Ratio (0 unless noise).
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	"github.com/golinalg/golinalg/internal/noise"
)

type request struct {
	Got   *string `json:"got"`
	Want  *string `json:"want"`
	N     int     `json:"n"`
	Scale float64 `json:"scale"`
}

type answer struct {
	Verdict string  `json:"verdict"`
	Why     string  `json:"why"`
	Ratio   float64 `json:"ratio"`
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "noiseagree:", err)
		os.Exit(1)
	}
}

func run() error {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<28)
	out := bufio.NewWriter(os.Stdout)
	enc := json.NewEncoder(out)
	for in.Scan() {
		var r request
		if err := json.Unmarshal(in.Bytes(), &r); err != nil {
			return err
		}
		if r.Got == nil || r.Want == nil {
			return fmt.Errorf("request without got or want: %s", in.Bytes())
		}
		b := noise.Float64
		b.N, b.Scale = r.N, r.Scale
		v, why := noise.Text(*r.Got, *r.Want, b)
		a := answer{Verdict: map[noise.Verdict]string{noise.Identical: "identical", noise.Noise: "noise", noise.Differ: "differ"}[v], Why: why}
		if v == noise.Noise {
			a.Ratio = noise.Ratio(*r.Got, *r.Want, b)
		}
		if err := enc.Encode(a); err != nil {
			return err
		}
		if err := out.Flush(); err != nil {
			return err
		}
	}
	return in.Err()
}
