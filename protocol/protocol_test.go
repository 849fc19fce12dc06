package protocol

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

var testKey = []byte("a0436f6c-1916-498b-8eb9-e81ab9368e84")

func sample(t *testing.T) *Message {
	t.Helper()
	req := &Message{Header: NewHeader("execute_request", "client-session", "alice")}
	req.RawHeader, _ = json.Marshal(req.Header)
	m, err := Reply(req, "execute_reply", "kernel-session", [][]byte{[]byte("id-1"), []byte("id-2")}, map[string]any{"status": "ok", "execution_count": 1})
	if err != nil {
		t.Fatal(err)
	}
	m.Buffers = [][]byte{{0, 1, 2}}
	return m
}

func TestRoundTrip(t *testing.T) {
	for _, key := range [][]byte{testKey, nil} {
		m := sample(t)
		frames, err := Encode(m, key)
		if err != nil {
			t.Fatal(err)
		}
		got, err := Decode(frames, key)
		if err != nil {
			t.Fatalf("key %q: %v", key, err)
		}
		if len(got.Identities) != 2 || string(got.Identities[1]) != "id-2" {
			t.Errorf("identities = %q", got.Identities)
		}
		if got.Header.MsgType != "execute_reply" || got.Header.Version != Version || got.Header.Session != "kernel-session" {
			t.Errorf("header = %+v", got.Header)
		}
		var parent Header
		if err := json.Unmarshal(got.Parent, &parent); err != nil || parent.MsgType != "execute_request" || parent.Username != "alice" {
			t.Errorf("parent = %s (%v)", got.Parent, err)
		}
		if string(got.Metadata) != "{}" || !bytes.Equal(got.Buffers[0], []byte{0, 1, 2}) {
			t.Errorf("metadata %s buffers %v", got.Metadata, got.Buffers)
		}
		if (len(key) == 0) != (got.Signature == "") {
			t.Errorf("signature %q with key %q", got.Signature, key)
		}
	}
}

// TestSignatureKnownAnswer checks Sign against an HMAC-SHA256 test vector
// (RFC 4231, test case 2: key "Jefe").
func TestSignatureKnownAnswer(t *testing.T) {
	got := Sign([]byte("Jefe"), [][]byte{[]byte("what do ya want "), []byte("for nothing?")})
	want := "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
	if got != want {
		t.Errorf("Sign = %s, want %s", got, want)
	}
}

func TestBadSignatures(t *testing.T) {
	frames, err := Encode(sample(t), testKey)
	if err != nil {
		t.Fatal(err)
	}
	sigAt := 3 // two identities, the delimiter, then the signature
	tamper := map[string]func([][]byte){
		"flipped digit": func(f [][]byte) {
			s := []byte(string(f[sigAt]))
			if s[0] == 'a' {
				s[0] = 'b'
			} else {
				s[0] = 'a'
			}
			f[sigAt] = s
		},
		"empty signature": func(f [][]byte) { f[sigAt] = nil },
		"not hex":         func(f [][]byte) { f[sigAt] = []byte(strings.Repeat("z", 64)) },
		"short":           func(f [][]byte) { f[sigAt] = f[sigAt][:10] },
		"content changed": func(f [][]byte) { f[sigAt+4] = []byte(`{"code":"print(1)"}`) },
		"header changed": func(f [][]byte) {
			f[sigAt+1] = bytes.Replace(f[sigAt+1], []byte("execute_reply"), []byte("shutdown_request"), 1)
		},
	}
	for name, mutate := range tamper {
		f := make([][]byte, len(frames))
		for i := range frames {
			f[i] = bytes.Clone(frames[i])
		}
		mutate(f)
		if _, err := Decode(f, testKey); !errors.Is(err, ErrSignature) {
			t.Errorf("%s: err = %v, want ErrSignature", name, err)
		}
	}
	if _, err := Decode(frames, []byte("other key")); !errors.Is(err, ErrSignature) {
		t.Errorf("wrong key: err = %v", err)
	}
}

func TestMalformed(t *testing.T) {
	sign := func(parts ...string) [][]byte {
		bs := make([][]byte, len(parts))
		for i, p := range parts {
			bs[i] = []byte(p)
		}
		return append([][]byte{[]byte(Delimiter), []byte(Sign(testKey, bs))}, bs...)
	}
	cases := map[string][][]byte{
		"empty":           nil,
		"no delimiter":    {[]byte("a"), []byte("b")},
		"too few frames":  {[]byte(Delimiter), []byte("sig"), []byte("{}")},
		"header not json": sign("not json", "{}", "{}", "{}"),
		"content array":   sign(`{"msg_type":"x"}`, "{}", "{}", "[]"),
		"no msg_type":     sign(`{"msg_id":"1"}`, "{}", "{}", "{}"),
		"parent string":   sign(`{"msg_type":"x"}`, `"p"`, "{}", "{}"),
	}
	for name, frames := range cases {
		if m, err := Decode(frames, testKey); err == nil {
			t.Errorf("%s: decoded %+v, want an error", name, m)
		}
	}
	if _, err := Decode(sign(`{"msg_type":"kernel_info_request"}`, "{}", "{}", "{}"), testKey); err != nil {
		t.Errorf("minimal valid message: %v", err)
	}
}

func TestReplayGuard(t *testing.T) {
	g := ReplayGuard{Max: 4}
	if !g.Check("a") || g.Check("a") {
		t.Fatal("a second sight of a signature must be refused")
	}
	for _, s := range []string{"b", "c", "d", "e", "f"} {
		if !g.Check(s) {
			t.Fatalf("fresh %s refused", s)
		}
	}
	if !g.Check("a") {
		t.Error("the oldest signatures are forgotten once Max is reached")
	}
	if g.Check("f") {
		t.Error("a recent signature must still be refused")
	}
	if !g.Check("") || !g.Check("") {
		t.Error("unsigned messages always pass")
	}
}

// TestReplayGuardWindow checks the guard against a plain model, a list of
// the last Max accepted signatures, over random traffic with many repeats,
// for window sizes that do and do not fill the index's probe chains.
func TestReplayGuardWindow(t *testing.T) {
	for _, max := range []int{1, 2, 3, 7, 64, 1000} {
		g := ReplayGuard{Max: max}
		var window []string
		rng := rand.New(rand.NewPCG(uint64(max), 9))
		for step := 0; step < 20000; step++ {
			sig := fmt.Sprintf("%x", rng.IntN(3*max+2))
			want := !slices.Contains(window, sig)
			if want {
				window = append(window, sig)
				if len(window) > max {
					window = window[1:]
				}
			}
			if got := g.Check(sig); got != want {
				t.Fatalf("Max %d, step %d: Check(%s) = %v, the last %d accepted are %v", max, step, sig, got, max, window)
			}
		}
	}
}

func TestParseConnection(t *testing.T) {
	good := `{"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005,
		"ip": "127.0.0.1", "key": "k", "transport": "tcp", "signature_scheme": "hmac-sha256", "kernel_name": "golinalg"}`
	c, err := ParseConnection([]byte(good))
	if err != nil {
		t.Fatal(err)
	}
	if c.Endpoint(c.ShellPort) != "tcp://127.0.0.1:5001" || c.Endpoint(c.HBPort) != "tcp://127.0.0.1:5005" || c.Key != "k" {
		t.Errorf("parsed %+v", c)
	}
	c.IP = "::1"
	if got := c.Endpoint(1); got != "tcp://[::1]:1" {
		t.Errorf("ipv6 endpoint %s", got)
	}
	c.Transport, c.IP = "ipc", "/tmp/kernel-ipc"
	if got := c.Endpoint(7); got != "ipc:///tmp/kernel-ipc-7" {
		t.Errorf("ipc endpoint %s", got)
	}
	bad := map[string]string{
		"not json":  `{`,
		"scheme":    strings.Replace(good, "hmac-sha256", "hmac-md5", 1),
		"transport": strings.Replace(good, `"tcp"`, `"udp"`, 1),
		"no ip":     strings.Replace(good, `"127.0.0.1"`, `""`, 1),
		"zero port": strings.Replace(good, "5003", "0", 1),
		"high port": strings.Replace(good, "5003", "70000", 1),
		"port type": strings.Replace(good, "5003", `"5003"`, 1),
	}
	for name, text := range bad {
		if _, err := ParseConnection([]byte(text)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	c, err = ParseConnection([]byte(strings.NewReplacer(`"transport": "tcp",`, "", `"signature_scheme": "hmac-sha256",`, "").Replace(good)))
	if err != nil || c.Transport != "tcp" || c.SignatureScheme != "hmac-sha256" {
		t.Errorf("defaults: %+v %v", c, err)
	}
}

func FuzzDecode(f *testing.F) {
	m := &Message{Header: NewHeader("execute_request", "s", "u"), Content: json.RawMessage(`{"code":"1+1"}`)}
	frames, _ := Encode(m, testKey)
	f.Add(bytes.Join(frames, []byte{0}))
	f.Add([]byte(Delimiter))
	// Messages as the Jupyter-level tests send them: routed, with a parent
	// header, with binary buffers, unsigned, and non-ASCII.
	for _, m := range []*Message{
		{Identities: [][]byte{[]byte("id-1"), []byte("id-2")}, Header: NewHeader("kernel_info_request", "s", "u"), Content: json.RawMessage(`{}`)},
		{Header: NewHeader("execute_request", "s", "u"), Parent: json.RawMessage(`{"msg_id":"p","msg_type":"execute_request"}`),
			Metadata: json.RawMessage(`{"cellId":"c1"}`), Content: json.RawMessage(`{"code":"import numpy as np\nnp.linalg.inv(np.eye(2))","silent":false,"store_history":true,"user_expressions":{"a":"1"},"allow_stdin":true,"stop_on_error":true}`)},
		{Header: NewHeader("comm_msg", "s", "u"), Content: json.RawMessage(`{"comm_id":"x","data":{}}`), Buffers: [][]byte{{0, 1, 2}, {}}},
		{Header: NewHeader("input_reply", "s", "ü"), Content: json.RawMessage(`{"value":"héllo \u2603"}`)},
		{Header: NewHeader("interrupt_request", "s", "u"), Content: json.RawMessage(`{}`)},
	} {
		for _, key := range [][]byte{testKey, nil} {
			frames, _ := Encode(m, key)
			f.Add(bytes.Join(frames, []byte{0}))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		frames := bytes.Split(data, []byte{0})
		msg, err := Decode(frames, nil)
		if err != nil {
			return
		}
		// What decodes must re-encode and decode to the same header.
		out, err := Encode(msg, testKey)
		if err != nil {
			t.Fatal(err)
		}
		again, err := Decode(out, testKey)
		if err != nil {
			t.Fatalf("re-decode: %v", err)
		}
		if again.Header != msg.Header {
			t.Fatalf("header changed: %+v vs %+v", again.Header, msg.Header)
		}
	})
}
