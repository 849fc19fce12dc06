package kernel

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/protocol"
)

var key = []byte("test-key")

// fakeTransport records every message the kernel sends.
type fakeTransport struct {
	mu   sync.Mutex
	sent []sent
}

type sent struct {
	ch  Channel
	msg *protocol.Message
}

func (f *fakeTransport) Send(ch Channel, frames [][]byte) error {
	m, err := protocol.Decode(frames, key)
	if err != nil {
		panic(err)
	}
	f.mu.Lock()
	f.sent = append(f.sent, sent{ch, m})
	f.mu.Unlock()
	return nil
}

func (f *fakeTransport) take() []sent {
	f.mu.Lock()
	defer f.mu.Unlock()
	s := f.sent
	f.sent = nil
	return s
}

// fakeInterp understands a few commands, one per line:
// "print X", "result X", "raise", "loop" (until interrupted), "spam N".
type fakeInterp struct {
	input  InputFunc
	ran    []string
	stored map[int]string // the cells run with history, by count
}

func (f *fakeInterp) Input(count int) (string, bool) {
	code, ok := f.stored[count]
	return code, ok
}

func (f *fakeInterp) Execute(ctx context.Context, cell eval.Cell, out eval.Output) error {
	code := cell.Code
	f.ran = append(f.ran, code)
	if !cell.NoHistory {
		if f.stored == nil {
			f.stored = map[int]string{}
		}
		f.stored[cell.Count] = code
	}
	for _, line := range strings.Split(code, "\n") {
		cmd, arg, _ := strings.Cut(line, " ")
		switch cmd {
		case "print":
			out.Stream("stdout", arg+"\n")
		case "result":
			out.Result(map[string]any{"text/plain": arg}, nil)
		case "page":
			out.Payload(map[string]any{"source": "page", "data": map[string]any{"text/plain": arg}, "start": 0})
		case "raise":
			return &eval.PyError{Name: "ValueError", Value: arg, Traceback: []string{"ValueError: " + arg}}
		case "loop":
			<-ctx.Done()
			return &eval.PyError{Name: "KeyboardInterrupt", Value: ""}
		case "spam":
			for i := 0; i < 10000; i++ {
				out.Stream("stdout", "x\n")
			}
		case "input":
			v, err := f.input(ctx, "? ", false)
			if err != nil {
				return &eval.PyError{Name: "StdinNotImplementedError", Value: err.Error()}
			}
			out.Stream("stdout", v)
		}
	}
	return nil
}

func newTestKernel(t *testing.T) (*Kernel, *fakeTransport, *fakeInterp) {
	t.Helper()
	tr := &fakeTransport{}
	fi := &fakeInterp{}
	k := New(Config{
		Key: key,
		Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
		NewInterpreter: func(in InputFunc) Interpreter {
			fi.input = in
			return fi
		},
	}, tr)
	return k, tr, fi
}

var seq int

// req encodes a client request; sign=false forges its signature.
func req(t *testing.T, msgType string, content any, sign bool) [][]byte {
	t.Helper()
	seq++
	body, _ := json.Marshal(content)
	m := &protocol.Message{
		Identities: [][]byte{[]byte("client")},
		Header:     protocol.NewHeader(msgType, "client-session", "tester"),
		Content:    body,
	}
	signKey := key
	if !sign {
		signKey = []byte("wrong key")
	}
	frames, err := protocol.Encode(m, signKey)
	if err != nil {
		t.Fatal(err)
	}
	return frames
}

// serveShell handles everything queued on shell.
func serveShell(k *Kernel) {
	for {
		select {
		case q := <-k.shellQ:
			k.serveQueued(q)
		default:
			return
		}
	}
}

func types(ss []sent) []string {
	var out []string
	for _, s := range ss {
		t := s.ch.String() + ":" + s.msg.Header.MsgType
		if s.msg.Header.MsgType == "status" {
			var c struct {
				State string `json:"execution_state"`
			}
			json.Unmarshal(s.msg.Content, &c)
			t += ":" + c.State
		}
		out = append(out, t)
	}
	return out
}

func content(t *testing.T, s sent) map[string]any {
	t.Helper()
	var c map[string]any
	if err := json.Unmarshal(s.msg.Content, &c); err != nil {
		t.Fatal(err)
	}
	return c
}

func TestKernelInfo(t *testing.T) {
	k, tr, _ := newTestKernel(t)
	k.Receive(Shell, req(t, "kernel_info_request", map[string]any{}, true))
	serveShell(k)
	got := tr.take()
	if strings.Join(types(got), " ") != "iopub:status:busy shell:kernel_info_reply iopub:status:idle" {
		t.Fatalf("messages %v", types(got))
	}
	c := content(t, got[1])
	li := c["language_info"].(map[string]any)
	if c["protocol_version"] != "5.4" || c["implementation"] != "golinalg" || li["name"] != "python" ||
		li["mimetype"] != "text/x-python" || li["file_extension"] != ".py" || li["pygments_lexer"] != "ipython3" {
		t.Errorf("kernel_info %v", c)
	}
	if string(got[1].msg.Identities[0]) != "client" {
		t.Errorf("reply routed to %q", got[1].msg.Identities)
	}
	var parent protocol.Header
	json.Unmarshal(got[1].msg.Parent, &parent)
	if parent.MsgType != "kernel_info_request" {
		t.Errorf("parent %s", got[1].msg.Parent)
	}
}

func TestExecuteSequence(t *testing.T) {
	k, tr, _ := newTestKernel(t)
	k.Receive(Shell, req(t, "execute_request", map[string]any{"code": "print hi\nresult 42"}, true))
	k.Receive(Shell, req(t, "execute_request", map[string]any{"code": "print again"}, true))
	serveShell(k)
	got := tr.take()
	want := "iopub:status:busy iopub:execute_input iopub:stream iopub:execute_result shell:execute_reply iopub:status:idle " +
		"iopub:status:busy iopub:execute_input iopub:stream shell:execute_reply iopub:status:idle"
	if strings.Join(types(got), " ") != want {
		t.Fatalf("messages\n%v\nwant\n%v", types(got), want)
	}
	if c := content(t, got[3]); c["execution_count"] != 1.0 || c["data"].(map[string]any)["text/plain"] != "42" {
		t.Errorf("execute_result %v", c)
	}
	if c := content(t, got[9]); c["execution_count"] != 2.0 || c["status"] != "ok" {
		t.Errorf("second reply %v", c)
	}
}

func TestForgedAndReplayedNeverExecute(t *testing.T) {
	k, tr, fi := newTestKernel(t)
	k.Receive(Shell, req(t, "execute_request", map[string]any{"code": "print forged"}, false))
	good := req(t, "execute_request", map[string]any{"code": "print once"}, true)
	k.Receive(Shell, good)
	k.Receive(Shell, good) // replay
	k.Receive(Shell, [][]byte{[]byte("garbage")})
	serveShell(k)
	if len(fi.ran) != 1 || fi.ran[0] != "print once" {
		t.Fatalf("ran %q", fi.ran)
	}
	tr.take()
	k.Receive(Shell, req(t, "kernel_info_request", map[string]any{}, true))
	serveShell(k)
	if len(tr.take()) != 3 {
		t.Error("the kernel stopped answering after bad messages")
	}
}

func TestStopOnErrorAbortsQueued(t *testing.T) {
	k, tr, fi := newTestKernel(t)
	k.Receive(Shell, req(t, "execute_request", map[string]any{"code": "raise boom"}, true))
	k.Receive(Shell, req(t, "execute_request", map[string]any{"code": "print queued"}, true))
	k.Receive(Shell, req(t, "execute_request", map[string]any{"code": "print queued too"}, true))
	serveShell(k)
	if len(fi.ran) != 1 {
		t.Fatalf("ran %q; queued cells must be aborted", fi.ran)
	}
	var statuses []any
	for _, s := range tr.take() {
		if s.msg.Header.MsgType == "execute_reply" {
			statuses = append(statuses, content(t, s)["status"])
		}
	}
	if len(statuses) != 3 || statuses[0] != "error" || statuses[1] != "aborted" || statuses[2] != "aborted" {
		t.Errorf("statuses %v", statuses)
	}
	// A request that arrives after the failure has been answered runs.
	k.Receive(Shell, req(t, "execute_request", map[string]any{"code": "print later"}, true))
	serveShell(k)
	if len(fi.ran) != 2 || fi.ran[1] != "print later" {
		t.Fatalf("ran %q; a request sent after the error must run", fi.ran)
	}
	k.Receive(Shell, req(t, "execute_request", map[string]any{"code": "raise again", "stop_on_error": false}, true))
	k.Receive(Shell, req(t, "execute_request", map[string]any{"code": "print runs"}, true))
	serveShell(k)
	if len(fi.ran) != 4 {
		t.Errorf("with stop_on_error false the next cell must run: %q", fi.ran)
	}
}

func TestInterruptOnControlWhileRunning(t *testing.T) {
	k, tr, _ := newTestKernel(t)
	k.Receive(Shell, req(t, "execute_request", map[string]any{"code": "loop"}, true))
	done := make(chan struct{})
	go func() { serveShell(k); close(done) }()
	for {
		k.mu.Lock()
		running := k.cancelExec != nil
		k.mu.Unlock()
		if running {
			break
		}
		time.Sleep(time.Millisecond)
	}
	k.Receive(Control, req(t, "interrupt_request", map[string]any{}, true))
	<-done
	var names []string
	for _, s := range tr.take() {
		if s.msg.Header.MsgType == "error" {
			names = append(names, content(t, s)["ename"].(string))
		}
		if s.msg.Header.MsgType == "interrupt_reply" && s.ch != Control {
			t.Error("interrupt_reply must go back on control")
		}
	}
	if len(names) != 1 || names[0] != "KeyboardInterrupt" {
		t.Errorf("errors %v", names)
	}
}

// TestControlRequestsForTheInterpreterWait: requests that use the
// interpreter, sent on control while a cell runs, are served after the
// cell, in order, and answered on control; the interpreter never runs two
// at once. Interrupt is still answered at once, and Config.Idle is called
// when the queue is empty.
func TestControlRequestsForTheInterpreterWait(t *testing.T) {
	k, tr, fi := newTestKernel(t)
	idle := make(chan struct{}, 16)
	k.cfg.Idle = func() { idle <- struct{}{} }
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go k.RunShell(ctx)
	k.Receive(Shell, req(t, "execute_request", map[string]any{"code": "loop", "stop_on_error": false}, true))
	for {
		k.mu.Lock()
		running := k.cancelExec != nil
		k.mu.Unlock()
		if running {
			break
		}
		time.Sleep(time.Millisecond)
	}
	k.Receive(Control, req(t, "execute_request", map[string]any{"code": "print side"}, true))
	k.Receive(Control, req(t, "complete_request", map[string]any{"code": "x", "cursor_pos": 1}, true))
	k.Receive(Control, req(t, "history_request", map[string]any{"hist_access_type": "tail", "n": 5}, true))
	k.Receive(Control, req(t, "interrupt_request", map[string]any{}, true))
	select {
	case <-idle:
	case <-time.After(20 * time.Second): // a deadlock, not a slow machine
		t.Fatal("the shell queue never ran empty")
	}
	var got []string
	for _, s := range tr.take() {
		if s.ch != IOPub {
			got = append(got, s.ch.String()+":"+s.msg.Header.MsgType)
		}
	}
	want := "control:interrupt_reply shell:execute_reply control:execute_reply control:complete_reply control:history_reply"
	if strings.Join(got, " ") != want {
		t.Errorf("replies %v\nwant %s", got, want)
	}
	if len(fi.ran) != 2 || fi.ran[1] != "print side" {
		t.Errorf("ran %q", fi.ran)
	}
}

func TestStreamCoalescing(t *testing.T) {
	k, tr, _ := newTestKernel(t)
	k.Receive(Shell, req(t, "execute_request", map[string]any{"code": "spam"}, true))
	serveShell(k)
	n, text := 0, ""
	for _, s := range tr.take() {
		if s.msg.Header.MsgType == "stream" {
			n++
			text += content(t, s)["text"].(string)
		}
	}
	if text != strings.Repeat("x\n", 10000) {
		t.Errorf("stream text lost or reordered (%d bytes)", len(text))
	}
	if n > 10 {
		t.Errorf("10,000 prints arrived as %d stream messages", n)
	}
}

func TestInputWithoutStdin(t *testing.T) {
	k, tr, _ := newTestKernel(t)
	k.Receive(Shell, req(t, "execute_request", map[string]any{"code": "input", "allow_stdin": false}, true))
	serveShell(k)
	errors := 0
	for _, s := range tr.take() {
		if s.msg.Header.MsgType == "error" {
			errors++
			if c := content(t, s); c["ename"] != "StdinNotImplementedError" {
				t.Errorf("error %v", c)
			}
		}
		if s.ch == Stdin {
			t.Error("input_request sent although allow_stdin is false")
		}
	}
	if errors != 1 {
		t.Errorf("%d error messages, want 1 (StdinNotImplementedError)", errors)
	}
}

func TestInputRoundTrip(t *testing.T) {
	k, tr, _ := newTestKernel(t)
	k.Receive(Shell, req(t, "execute_request", map[string]any{"code": "input", "allow_stdin": true}, true))
	done := make(chan struct{})
	go func() { serveShell(k); close(done) }()
	deadline := time.After(10 * time.Second)
	for asked := false; !asked; {
		for _, s := range tr.take() {
			if s.ch == Stdin && s.msg.Header.MsgType == "input_request" {
				asked = true
			}
		}
		select {
		case <-deadline:
			t.Fatal("no input_request")
		default:
			time.Sleep(time.Millisecond)
		}
	}
	k.Receive(Stdin, req(t, "input_reply", map[string]any{"value": "typed"}, true))
	<-done
	var out string
	for _, s := range tr.take() {
		if s.msg.Header.MsgType == "stream" {
			out += content(t, s)["text"].(string)
		}
	}
	if out != "typed" {
		t.Errorf("stdout %q", out)
	}
}

func TestUnknownAndCommRequests(t *testing.T) {
	k, tr, _ := newTestKernel(t)
	k.Receive(Shell, req(t, "frobnicate_request", map[string]any{}, true))
	k.Receive(Shell, req(t, "comm_info_request", map[string]any{}, true))
	k.Receive(Shell, req(t, "comm_open", map[string]any{"comm_id": "c1", "target_name": "nope"}, true))
	serveShell(k)
	got := strings.Join(types(tr.take()), " ")
	for _, want := range []string{"shell:frobnicate_reply", "shell:comm_info_reply", "iopub:comm_close"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %s in %s", want, got)
		}
	}
}

func TestHistory(t *testing.T) {
	k, tr, _ := newTestKernel(t)
	for _, c := range []string{"print a", "print b", "print a\nresult 7"} {
		k.Receive(Shell, req(t, "execute_request", map[string]any{"code": c}, true))
		// Neither is history: the counts stay 1, 2, 3.
		k.Receive(Shell, req(t, "execute_request", map[string]any{"code": "result 0", "store_history": false}, true))
		k.Receive(Shell, req(t, "execute_request", map[string]any{"code": "print c", "silent": true}, true))
	}
	serveShell(k)
	tr.take()
	cases := []struct {
		req  map[string]any
		want string
	}{
		{map[string]any{"hist_access_type": "tail", "n": 2}, `[[1,2,"print b"],[1,3,"print a\nresult 7"]]`},
		{map[string]any{"hist_access_type": "range", "start": 1, "stop": 3}, `[[1,1,"print a"],[1,2,"print b"]]`},
		{map[string]any{"hist_access_type": "search", "pattern": "print a*", "unique": true}, `[[1,1,"print a"],[1,3,"print a\nresult 7"]]`},
		{map[string]any{"hist_access_type": "tail", "n": 1, "output": true}, `[[1,3,["print a\nresult 7","7"]]]`},
		{map[string]any{"hist_access_type": "tail", "n": 1, "output": true, "start": 0}, `[[1,3,["print a\nresult 7","7"]]]`},
	}
	for _, c := range cases {
		k.Receive(Shell, req(t, "history_request", c.req, true))
		serveShell(k)
		replies := 0
		for _, s := range tr.take() {
			if s.msg.Header.MsgType == "history_reply" {
				replies++
				var r struct{ History json.RawMessage }
				if err := json.Unmarshal(s.msg.Content, &r); err != nil {
					t.Fatal(err)
				}
				if string(r.History) != c.want {
					t.Errorf("%v: %s, want %s", c.req, r.History, c.want)
				}
			}
		}
		if replies != 1 {
			t.Errorf("%v: %d history_reply messages, want 1", c.req, replies)
		}
	}
}

func TestPagerPayload(t *testing.T) {
	k, tr, _ := newTestKernel(t)
	k.Receive(Shell, req(t, "execute_request", map[string]any{"code": "page doc"}, true))
	serveShell(k)
	replies := 0
	for _, s := range tr.take() {
		if s.msg.Header.MsgType == "execute_reply" {
			replies++
			p, _ := content(t, s)["payload"].([]any)
			if len(p) != 1 {
				t.Fatalf("payload %v, want one pager item", p)
			}
			item, _ := p[0].(map[string]any)
			data, _ := item["data"].(map[string]any)
			if item["source"] != "page" || data["text/plain"] != "doc" {
				t.Errorf("payload %v", p)
			}
		}
	}
	if replies != 1 {
		t.Errorf("%d execute_reply messages, want 1", replies)
	}
}

// TestStopOnErrorUsesSendDate: a request dated before the failure but
// received after it (pipelined behind a fast failing cell) is aborted.
func TestStopOnErrorUsesSendDate(t *testing.T) {
	k, tr, fi := newTestKernel(t)
	early := &protocol.Message{
		Identities: [][]byte{[]byte("client")},
		Header:     protocol.NewHeader("execute_request", "client-session", "tester"),
		Content:    json.RawMessage(`{"code":"print early"}`),
	}
	k.Receive(Shell, req(t, "execute_request", map[string]any{"code": "raise boom"}, true))
	serveShell(k)
	frames, _ := protocol.Encode(early, key)
	k.Receive(Shell, frames)
	serveShell(k)
	if len(fi.ran) != 1 {
		t.Fatalf("ran %q; the request dated before the failure must be aborted", fi.ran)
	}
	var status any
	for _, s := range tr.take() {
		if s.msg.Header.MsgType == "execute_reply" {
			status = content(t, s)["status"]
		}
	}
	if status != "aborted" {
		t.Errorf("last reply status %v", status)
	}
}

func TestDropLoggingIsRateLimited(t *testing.T) {
	var buf strings.Builder
	var mu sync.Mutex
	k, _, fi := newTestKernel(t)
	k.log = slog.New(slog.NewTextHandler(writerFunc(func(p []byte) (int, error) {
		mu.Lock()
		defer mu.Unlock()
		return buf.Write(p)
	}), nil))
	for i := 0; i < 1000; i++ {
		k.Receive(Shell, req(t, "execute_request", map[string]any{"code": "print forged"}, false))
		k.Receive(Control, [][]byte{[]byte("junk")})
	}
	serveShell(k)
	if len(fi.ran) != 0 {
		t.Fatalf("forged messages ran: %q", fi.ran)
	}
	mu.Lock()
	lines := strings.Count(buf.String(), "\n")
	mu.Unlock()
	if lines > 3*logBurst {
		t.Errorf("2,000 bad messages logged %d lines", lines)
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }
