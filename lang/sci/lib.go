// Package sci is golinalg's NumPy and SciPy: the Python modules numpy,
// numpy.linalg, numpy.random, scipy and scipy.linalg, and their values
// (the ndarray, NumPy's scalars and dtypes), bound to the numerics of
// package linalg and the output formats of package display.
//
// The Python core (lang/eval) knows none of this concretely: an
// interpreter gets the modules through eval.Options.Modules,
//
//	in := eval.New(eval.Options{Modules: sci.Modules()})
//
// and the values take part in Python's operations through the core's
// interfaces (eval.HasBinary, eval.HasIndex, eval.Describer, ...). Each
// interpreter keeps its own NumPy state (print options, error state) in
// eval.Thread.Local.
package sci

import (
	"github.com/golinalg/golinalg/display"
	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/linalg"
	"github.com/golinalg/golinalg/linalg/random"
)

// lib is one interpreter's NumPy: its print options and error state. The
// module functions close over it.
type lib struct {
	printOpts display.PrintOptions
	errState  [4]string                // np.errstate modes by errKinds; "" is NumPy's default
	types     map[linalg.DType]*npType // numpy.float64, ... by dtype, for type(x)
	mt        *random.MT19937          // numpy.random's global RandomState, made on first use (legacyRNG)
}

// libKey is lib's key in eval.Thread.Local.
type libKey struct{}

// libOf returns the interpreter's lib, making it on first use.
func libOf(th *eval.Thread) *lib {
	if l, ok := th.Local(libKey{}).(*lib); ok {
		return l
	}
	l := &lib{printOpts: display.DefaultPrintOptions(), types: map[linalg.DType]*npType{}}
	th.SetLocal(libKey{}, l)
	return l
}

// Modules returns the loaders of numpy, numpy.linalg, numpy.random, scipy
// and scipy.linalg, for eval.Options.Modules.
func Modules() map[string]eval.ModuleLoader {
	return map[string]eval.ModuleLoader{
		"numpy": func(th *eval.Thread) (*eval.Module, error) {
			m, err := numpyMod.load(th)
			if err != nil {
				return nil, err
			}
			la, err := numpyLinalg.load(th)
			if err != nil {
				return nil, err
			}
			m.Set("linalg", la)
			r, err := numpyRandom.load(th)
			if err != nil {
				return nil, err
			}
			m.Set("random", r)
			return m, nil
		},
		"numpy.linalg": func(th *eval.Thread) (*eval.Module, error) {
			return submodule(th, "numpy", "linalg")
		},
		"numpy.random": func(th *eval.Thread) (*eval.Module, error) {
			return submodule(th, "numpy", "random")
		},
		"scipy": func(th *eval.Thread) (*eval.Module, error) {
			sl, err := th.Import("scipy.linalg")
			if err != nil {
				return nil, err
			}
			return eval.NewModule("scipy", "SciPy (golinalg subset): scipy.linalg.", map[string]eval.Value{"linalg": sl}), nil
		},
		"scipy.linalg": func(th *eval.Thread) (*eval.Module, error) {
			return scipyLinalg.load(th)
		},
	}
}

// submodule returns the attribute name of the module parent, a module.
func submodule(th *eval.Thread, parent, name string) (*eval.Module, error) {
	p, err := th.Import(parent)
	if err != nil {
		return nil, err
	}
	m, _ := p.Get(name).(*eval.Module)
	return m, nil
}
