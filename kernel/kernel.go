// Package kernel is the Jupyter kernel core: it receives decoded messages
// from the five channels, dispatches them by msg_type, brackets every request
// with busy/idle status on iopub, keeps the execution count and history, and
// forwards code to an Interpreter that never sees a socket.
//
// The ZeroMQ transport lives in serve.go; everything else works on
// protocol.Message values and a Transport interface, so tests can drive the
// core without sockets.
package kernel

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/protocol"
	"github.com/google/uuid"
)

// Channel names one of the kernel's sockets.
type Channel int

// The kernel's channels.
const (
	Shell Channel = iota
	Control
	Stdin
	IOPub
)

func (c Channel) String() string {
	return [...]string{"shell", "control", "stdin", "iopub"}[c]
}

// Transport sends encoded frames on a channel. For the router channels the
// frames begin with the routing identities.
type Transport interface {
	Send(ch Channel, frames [][]byte) error
}

// Interpreter runs cells. It reports output through out and returns a
// *eval.PyError when the cell raised.
type Interpreter interface {
	Execute(ctx context.Context, cell eval.Cell, out eval.Output) error
}

// Historian is implemented by interpreters that keep the code of the cells
// run with history, as IPython's history manager does: history_request is
// answered from it, so the session's inputs are held once.
type Historian interface {
	// Input returns the code of the cell run with execution count count.
	Input(count int) (code string, ok bool)
}

// Completer is implemented by interpreters that offer completions. Cursor,
// start and end count Unicode code points, as the protocol does.
type Completer interface {
	Complete(code string, cursor int) (matches []string, start, end int)
}

// TypedCompleter adds the types of completions, sent as the reply's
// _jupyter_types_experimental metadata (start, end, text, type).
type TypedCompleter interface {
	CompleteTypes(code string, cursor int) []map[string]any
}

// Inspector is implemented by interpreters that answer inspect_request;
// cursor counts code points.
type Inspector interface {
	Inspect(code string, cursor, detail int) (data map[string]any, found bool)
}

// ExprEvaluator is implemented by interpreters that evaluate
// user_expressions without recording history.
type ExprEvaluator interface {
	EvalExpression(ctx context.Context, expr string) (map[string]any, error)
}

// InputFunc asks the frontend for a line of input on the stdin channel.
type InputFunc func(ctx context.Context, prompt string, password bool) (string, error)

// ErrStdinNotAllowed is returned by the kernel's InputFunc when the current
// request did not allow stdin.
var ErrStdinNotAllowed = errors.New("raw_input was called, but this frontend does not support input requests.")

// Config wires a Kernel.
type Config struct {
	Key    []byte
	Log    *slog.Logger
	Debug  bool // log every message's type and channel (never the key)
	Banner string
	// NewInterpreter builds the interpreter, given the kernel's stdin hook.
	NewInterpreter func(input InputFunc) Interpreter
	// Exit is called after a shutdown_reply has been sent.
	Exit func(restart bool)
	// Interrupts delivers SIGINT: each value interrupts the running cell.
	Interrupts <-chan os.Signal
	// Idle, if set, is called on the shell goroutine once the kernel has
	// answered every queued request and no other has come for idleDelay;
	// a request arriving meanwhile waits for it to return.
	Idle func()
}

// Kernel is the transport-independent kernel core.
type Kernel struct {
	cfg     Config
	log     *slog.Logger
	session string
	interp  Interpreter
	tr      Transport
	replay  protocol.ReplayGuard
	drops   logLimiter

	shellQ  chan queued
	stdinQ  chan *protocol.Message
	iopubMu sync.Mutex

	mu         sync.Mutex // guards the fields below
	count      int
	cancelExec context.CancelFunc
	current    *request
	outputs    map[int]any // text/plain of each stored cell's result, for history
	// abortBefore is when the last failing cell with stop_on_error
	// finished: execute_requests received before it are aborted.
	abortBefore time.Time
}

// queued is a request for the shell worker, with the time it was received.
type queued struct {
	msg *protocol.Message
	ch  Channel
	at  time.Time
}

// request is a shell or control request being served.
type request struct {
	msg   *protocol.Message
	ch    Channel
	count int
	stdin bool // allow_stdin
}

// historyEntry is a cell of this session's history.
type historyEntry struct {
	count  int
	input  string
	output any // text/plain of the cell's result, or nil
}

// New returns a kernel core sending through tr.
func New(cfg Config, tr Transport) *Kernel {
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	k := &Kernel{
		cfg:     cfg,
		log:     cfg.Log,
		session: uuid.NewString(),
		tr:      tr,
		shellQ:  make(chan queued, 1024),
		stdinQ:  make(chan *protocol.Message, 16),
	}
	k.interp = cfg.NewInterpreter(k.input)
	return k
}

// Receive decodes frames that arrived on ch and routes them. Shell messages
// are queued for the shell worker (RunShell). Control messages are handled
// at once on the caller's goroutine, so interrupt and shutdown are answered
// while a cell runs, except those that use the interpreter (a frontend may
// send any request on control): they join the shell queue, as the
// interpreter serves one request at a time, and are answered on control. Messages whose signature does not verify, or that
// replay an earlier signature, are dropped with one log line.
func (k *Kernel) Receive(ch Channel, frames [][]byte) {
	msg, err := protocol.Decode(frames, k.cfg.Key)
	if err != nil {
		k.drops.warn(k.log, "dropped message", "channel", ch.String(), "err", err)
		return
	}
	if !k.replay.Check(msg.Signature) {
		k.drops.warn(k.log, "dropped replayed message", "channel", ch.String(), "msg_type", msg.Header.MsgType)
		return
	}
	if k.cfg.Debug {
		k.log.Debug("recv", "channel", ch.String(), "msg_type", msg.Header.MsgType, "msg_id", msg.Header.MsgID)
	}
	switch ch {
	case Shell:
		k.shellQ <- queued{msg, Shell, time.Now()}
	case Control:
		if usesInterpreter[msg.Header.MsgType] {
			k.shellQ <- queued{msg, Control, time.Now()}
		} else {
			k.dispatch(&request{msg: msg, ch: Control})
		}
	case Stdin:
		select {
		case k.stdinQ <- msg:
		default:
			k.log.Warn("dropped stdin message: nobody is waiting for input")
		}
	}
}

// usesInterpreter lists the requests whose handlers call the interpreter,
// which is not safe for concurrent use.
var usesInterpreter = map[string]bool{
	"execute_request":  true,
	"complete_request": true,
	"inspect_request":  true,
	"history_request":  true,
}

// idleDelay is how long the shell queue stays empty before Config.Idle
// is called: long enough for the last cell's output to leave, short
// enough to come before the user's next request.
const idleDelay = 50 * time.Millisecond

// RunShell serves queued shell requests one at a time until ctx ends,
// calling Config.Idle when the queue has been empty for idleDelay.
func (k *Kernel) RunShell(ctx context.Context) {
	idle := time.NewTimer(idleDelay)
	idle.Stop()
	for {
		select {
		case <-ctx.Done():
			idle.Stop()
			return
		case q := <-k.shellQ:
			idle.Stop()
			k.serveQueued(q)
			if len(k.shellQ) == 0 && k.cfg.Idle != nil {
				idle.Reset(idleDelay)
			}
		case <-idle.C:
			k.cfg.Idle()
		}
	}
}

// queuedBeforeFailure reports whether q was sent before the last failing
// cell finished: received before it, or dated before it by the client's
// header (a pipelined request may reach us only after a fast cell failed;
// a request the client sends on seeing the error is dated later).
func (k *Kernel) queuedBeforeFailure(q queued) bool {
	if k.abortBefore.IsZero() {
		return false
	}
	if q.at.Before(k.abortBefore) {
		return true
	}
	sent, err := time.Parse(time.RFC3339Nano, q.msg.Header.Date)
	return err == nil && sent.Before(k.abortBefore)
}

// serveQueued runs a shell request, or answers it "aborted" when it is an
// execute_request that was already queued when a cell failed with
// stop_on_error (as ipykernel does).
func (k *Kernel) serveQueued(q queued) {
	r := &request{msg: q.msg, ch: q.ch}
	if q.msg.Header.MsgType == "execute_request" && k.queuedBeforeFailure(q) {
		k.publish(r, "status", map[string]any{"execution_state": "busy"})
		k.reply(r, "execute_reply", map[string]any{"status": "aborted", "execution_count": k.count})
		k.publish(r, "status", map[string]any{"execution_state": "idle"})
		return
	}
	k.dispatch(r)
}

// Interrupt raises KeyboardInterrupt in the running cell, if any.
func (k *Kernel) Interrupt() {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.cancelExec != nil {
		k.cancelExec()
	}
}

// dispatch serves one request, with busy and idle status around it.
func (k *Kernel) dispatch(r *request) {
	defer func() {
		if p := recover(); p != nil {
			k.log.Error("handler panic", "msg_type", r.msg.Header.MsgType, "panic", fmt.Sprint(p))
		}
	}()
	k.publish(r, "status", map[string]any{"execution_state": "busy"})
	defer k.publish(r, "status", map[string]any{"execution_state": "idle"})
	mt := r.msg.Header.MsgType
	switch mt {
	case "kernel_info_request":
		k.reply(r, "kernel_info_reply", k.kernelInfo())
	case "execute_request":
		k.execute(r)
	case "is_complete_request":
		k.isComplete(r)
	case "complete_request":
		k.complete(r)
	case "inspect_request":
		k.inspect(r)
	case "history_request":
		k.historyReply(r)
	case "comm_info_request":
		k.reply(r, "comm_info_reply", map[string]any{"status": "ok", "comms": map[string]any{}})
	case "comm_open":
		var c struct {
			CommID string `json:"comm_id"`
		}
		_ = json.Unmarshal(r.msg.Content, &c)
		k.publish(r, "comm_close", map[string]any{"comm_id": c.CommID, "data": map[string]any{}})
	case "comm_msg", "comm_close":
		// No comms are ever open: nothing to do.
	case "interrupt_request":
		// Reply first: the interrupted cell's execute_reply then always
		// follows the interrupt_reply, as with ipykernel, whose signal
		// handler runs after its reply is sent. Interrupting first raced
		// the shell goroutine's reply.
		k.reply(r, "interrupt_reply", map[string]any{"status": "ok"})
		k.Interrupt()
	case "shutdown_request":
		var c struct {
			Restart bool `json:"restart"`
		}
		_ = json.Unmarshal(r.msg.Content, &c)
		k.Interrupt()
		k.reply(r, "shutdown_reply", map[string]any{"status": "ok", "restart": c.Restart})
		if k.cfg.Exit != nil {
			go k.cfg.Exit(c.Restart)
		}
	case "debug_request":
		k.reply(r, "debug_reply", map[string]any{"status": "error", "ename": "NotImplementedError", "evalue": "golinalg has no debugger", "traceback": []string{}})
	default:
		k.log.Warn("unknown request", "channel", r.ch.String(), "msg_type", mt)
		if len(mt) > 8 && mt[len(mt)-8:] == "_request" {
			k.reply(r, mt[:len(mt)-8]+"_reply", map[string]any{"status": "error", "ename": "NotImplementedError", "evalue": "unknown message type " + mt, "traceback": []string{}})
		}
	}
}

// reply sends content back on the request's channel, to its identities.
func (k *Kernel) reply(r *request, msgType string, content any) {
	m, err := protocol.Reply(r.msg, msgType, k.session, r.msg.Identities, content)
	if err != nil {
		k.log.Error("encode reply", "msg_type", msgType, "err", err)
		return
	}
	k.send(r.ch, m)
}

// publish broadcasts content on iopub with r as parent (r may be nil).
func (k *Kernel) publish(r *request, msgType string, content any) {
	var parent *protocol.Message
	if r != nil {
		parent = r.msg
	}
	m, err := protocol.Reply(parent, msgType, k.session, [][]byte{[]byte("kernel." + k.session + "." + msgType)}, content)
	if err != nil {
		k.log.Error("encode iopub", "msg_type", msgType, "err", err)
		return
	}
	k.iopubMu.Lock()
	defer k.iopubMu.Unlock()
	k.send(IOPub, m)
}

// PublishStarting announces the kernel on iopub, as ipykernel does.
func (k *Kernel) PublishStarting() {
	k.publish(nil, "status", map[string]any{"execution_state": "starting"})
}

func (k *Kernel) send(ch Channel, m *protocol.Message) {
	frames, err := protocol.Encode(m, k.cfg.Key)
	if err != nil {
		k.log.Error("encode", "err", err)
		return
	}
	if k.cfg.Debug {
		k.log.Debug("send", "channel", ch.String(), "msg_type", m.Header.MsgType)
	}
	if err := k.tr.Send(ch, frames); err != nil {
		k.log.Warn("send failed", "channel", ch.String(), "msg_type", m.Header.MsgType, "err", err)
	}
}

// input implements InputFunc over the stdin channel for the running request.
func (k *Kernel) input(ctx context.Context, prompt string, password bool) (string, error) {
	k.mu.Lock()
	r := k.current
	k.mu.Unlock()
	if r == nil || !r.stdin {
		return "", ErrStdinNotAllowed
	}
	// Forget replies nobody waited for.
	for len(k.stdinQ) > 0 {
		<-k.stdinQ
	}
	m, err := protocol.Reply(r.msg, "input_request", k.session, r.msg.Identities, map[string]any{"prompt": prompt, "password": password})
	if err != nil {
		return "", err
	}
	k.send(Stdin, m)
	for {
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case rep := <-k.stdinQ:
			if rep.Header.MsgType != "input_reply" {
				continue
			}
			var c struct {
				Value string `json:"value"`
			}
			if err := json.Unmarshal(rep.Content, &c); err != nil {
				return "", err
			}
			return c.Value, nil
		}
	}
}
