// Command golinalg is a Jupyter kernel for linear algebra: it runs cells
// written in the Python that NumPy tutorials use, with NumPy's semantics, on
// gonum, without Python.
//
// Usage:
//
//	golinalg kernel -f CONNECTION_FILE [--debug]
//	golinalg install [--user | --sys-prefix | --prefix DIR] [--name NAME]
//	golinalg version
//	golinalg help
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	"github.com/golinalg/golinalg/internal/memcap"
	"github.com/golinalg/golinalg/kernel"
	"github.com/golinalg/golinalg/kernelspec"
	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/lang/sci"
	"github.com/golinalg/golinalg/protocol"
)

const usage = `golinalg — a Jupyter kernel for linear algebra (NumPy semantics on gonum)

Usage:
  golinalg kernel -f CONNECTION_FILE [--debug]
        run as a Jupyter kernel (Jupyter starts this from the kernelspec)
  golinalg install [--user | --sys-prefix | --prefix DIR] [--name NAME]
        install the kernelspec: --user (default) into $JUPYTER_DATA_DIR/kernels
        or ~/.local/share/jupyter/kernels; --sys-prefix into
        $VIRTUAL_ENV/share/jupyter/kernels; --prefix into DIR/share/jupyter/kernels
  golinalg version
        print the version
  golinalg help
        print this help
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "kernel":
		return runKernel(args[1:], stderr)
	case "install":
		return runInstall(args[1:], stdout, stderr)
	case "version", "--version", "-V":
		fmt.Fprintf(stdout, "golinalg %s (protocol %s)\n", kernel.Version, protocol.Version)
		return 0
	case "help", "--help", "-h":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "golinalg: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
}

func runKernel(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("kernel", flag.ContinueOnError)
	fs.SetOutput(stderr)
	connFile := fs.String("f", "", "connection file written by Jupyter")
	debug := fs.Bool("debug", false, "log every message (type, channel, id; never the key)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *connFile == "" {
		fmt.Fprintln(stderr, "golinalg kernel: -f CONNECTION_FILE is required")
		return 2
	}
	level := slog.LevelInfo
	if *debug {
		level = slog.LevelDebug
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))
	conn, err := protocol.ReadConnectionFile(*connFile)
	if err != nil {
		log.Error("cannot read connection file", "err", err)
		return 1
	}
	if v, ok := os.LookupEnv(memcap.EnvLimit); ok {
		if _, err := memcap.ParseSize(v); err != nil {
			log.Warn("ignoring "+memcap.EnvLimit, "value", v, "err", err)
		}
	}
	memcap.Manage()
	log.Debug("memory budget", "bytes", memcap.Budget())
	sigint := make(chan os.Signal, 1)
	signal.Notify(sigint, os.Interrupt)
	cfg := kernel.Config{
		Log:        log,
		Debug:      *debug,
		Banner:     fmt.Sprintf("golinalg %s: NumPy-style linear algebra in Go, on gonum.\nnumpy.linalg and scipy.linalg, with NumPy's output. No Python runs.", kernel.Version),
		Interrupts: sigint,
		Idle:       (&memoryReleaser{}).idle,
		NewInterpreter: func(input kernel.InputFunc) kernel.Interpreter {
			return eval.New(eval.Options{Modules: sci.Modules(), Input: input, NoDiagnostics: os.Getenv("GOLINALG_DIAGNOSTICS") == "0"})
		},
	}
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	go watchParent(ctx, stop, log)
	if err := kernel.Serve(ctx, conn, cfg); err != nil {
		log.Error("kernel stopped", "err", err)
		return 1
	}
	return 0
}

// watchParent stops the kernel when the process that started it dies, so
// that no orphan keeps the ports: ipykernel's rule on Unix is a parent pid
// that changes (the kernel is re-parented), and JPY_PARENT_PID, when set,
// names the parent to watch.
func watchParent(ctx context.Context, stop func(), log *slog.Logger) {
	parent := os.Getppid()
	if s := os.Getenv("JPY_PARENT_PID"); s != "" {
		if pid, err := strconv.Atoi(s); err == nil && pid > 1 {
			parent = pid
		}
	}
	if parent <= 1 {
		return
	}
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			if os.Getppid() != parent && syscall.Kill(parent, 0) != nil {
				log.Warn("parent process died; shutting down", "parent_pid", parent)
				stop()
				return
			}
		}
	}
}

func runInstall(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("install", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var w kernelspec.Where
	fs.BoolVar(&w.User, "user", false, "install for the current user (the default)")
	fs.BoolVar(&w.SysPrefix, "sys-prefix", false, "install into the active virtual environment")
	fs.StringVar(&w.Prefix, "prefix", "", "install into `DIR`/share/jupyter/kernels")
	name := fs.String("name", kernelspec.DefaultName, "kernel name")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	exe, err := os.Executable()
	if err == nil {
		exe, err = filepath.EvalSymlinks(exe)
	}
	if err != nil {
		fmt.Fprintln(stderr, "golinalg install: cannot find my own executable:", err)
		return 1
	}
	dir, err := kernelspec.KernelsDir(w, os.Getenv, os.UserHomeDir)
	if err != nil {
		fmt.Fprintln(stderr, "golinalg install:", err)
		return 1
	}
	out, err := kernelspec.Install(dir, *name, kernelspec.NewSpec(exe))
	if err != nil {
		fmt.Fprintln(stderr, "golinalg install:", err)
		return 1
	}
	fmt.Fprintf(stdout, "Installed kernelspec %s in %s\n", *name, out)
	return 0
}
