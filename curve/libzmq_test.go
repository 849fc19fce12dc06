package curve

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"

	"github.com/golinalg/golinalg/internal/pyoracle"
)

// libzmqScript is the peer of TestLibzmq: pyzmq's libzmq CURVE clients
// against our ROUTER, REP and PUB servers, a client holding the wrong
// server key, and a libzmq CURVE server for our client. It reads its
// configuration as JSON on stdin and reports on stdout, one JSON object
// per line.
const libzmqScript = `
import json, sys, zmq
cfg = json.loads(sys.stdin.readline())
ctx = zmq.Context()

def client(kind, ep, server_key, identity=None):
    s = ctx.socket(kind)
    pub, sec = zmq.curve_keypair()
    s.curve_publickey, s.curve_secretkey = pub, sec
    s.curve_serverkey = server_key.encode()
    s.linger = 0
    if identity:
        s.identity = identity
    s.connect(ep)
    return s

def recv(s, ms=5000):
    if s.poll(ms):
        return [f.decode("latin-1") for f in s.recv_multipart()]
    return None

out = {}
d = client(zmq.DEALER, cfg["router"], cfg["server_key"], b"py")
d.send_multipart([b"hello", b"x" * 300])
out["dealer"] = recv(d)

r = client(zmq.REQ, cfg["rep"], cfg["server_key"])
r.send(b"ping")
out["req"] = recv(r)

s = client(zmq.SUB, cfg["pub"], cfg["server_key"])
s.setsockopt(zmq.SUBSCRIBE, b"")
out["sub"] = recv(s)

bad = client(zmq.DEALER, cfg["router"], cfg["wrong_key"], b"intruder")
bad.send_multipart([b"hello", b"from the intruder"])
out["bad"] = recv(bad, 1500)
bad2 = ctx.socket(zmq.DEALER)  # no CURVE at all
bad2.linger = 0
bad2.identity = b"plain"
bad2.connect(cfg["router"])
bad2.send_multipart([b"hello", b"in the clear"])
out["plain"] = recv(bad2, 1500)

d.send_multipart([b"hello", b"again"])
out["dealer_again"] = recv(d)

srv = ctx.socket(zmq.ROUTER)
srv.curve_server = True
srv.curve_publickey = cfg["py_public"].encode()
srv.curve_secretkey = cfg["py_secret"].encode()
srv.linger = 0
port = srv.bind_to_random_port("tcp://127.0.0.1")
print(json.dumps({"py_router": "tcp://127.0.0.1:%d" % port}), flush=True)
got = recv(srv)
out["from_go"] = got
if got:
    srv.send_multipart([got[0].encode("latin-1"), b"to-go", b"z" * 1000])
print(json.dumps(out), flush=True)
sys.stdin.readline()  # wait until the Go side has its reply
`

// TestLibzmq checks wire compatibility with libzmq, through pyzmq, for the
// socket types the kernel serves (ROUTER, REP, PUB) and for our client.
func TestLibzmq(t *testing.T) {
	py := pyoracle.Python(t, "the libzmq peer runs in pyzmq")
	if err := exec.Command(py, "-c", "import zmq, sys; sys.exit(0 if zmq.has('curve') else 1)").Run(); err != nil {
		t.Skip("pyzmq's libzmq has no CURVE support:", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	sp, ss, _ := GenerateKeyPair(nil)
	sec := NewServer(sp, ss)
	router := zmq4.NewRouter(ctx, zmq4.WithSecurity(sec), quiet, zmq4.WithID(zmq4.SocketIdentity("router")))
	rep := zmq4.NewRep(ctx, zmq4.WithSecurity(sec), quiet)
	pub := zmq4.NewPub(ctx, zmq4.WithSecurity(sec), quiet)
	for _, s := range []zmq4.Socket{router, rep, pub} {
		defer s.Close()
		if err := s.Listen("tcp://127.0.0.1:0"); err != nil {
			t.Fatal(err)
		}
	}
	var mu sync.Mutex
	var seen []string // identities the router heard from
	go func() {
		for {
			msg, err := router.Recv()
			if err != nil {
				if ctx.Err() != nil {
					return
				}
				continue
			}
			mu.Lock()
			seen = append(seen, string(msg.Frames[0]))
			mu.Unlock()
			if len(msg.Frames) == 3 {
				router.Send(zmq4.NewMsgFrom(msg.Frames[0], []byte("reply"), []byte(strings.ToUpper(string(msg.Frames[2])))))
			}
		}
	}()
	go func() {
		for {
			msg, err := rep.Recv()
			if err != nil {
				if ctx.Err() != nil {
					return
				}
				continue
			}
			rep.Send(zmq4.NewMsgFrom([]byte("pong:" + string(msg.Frames[0]))))
		}
	}()
	go func() {
		for ctx.Err() == nil {
			pub.Send(zmq4.NewMsgFrom([]byte("tick"), []byte("tock")))
			time.Sleep(20 * time.Millisecond)
		}
	}()

	pp, ps, _ := GenerateKeyPair(nil)
	wrong, _, _ := GenerateKeyPair(nil)
	cfg, _ := json.Marshal(map[string]string{
		"router":     "tcp://" + router.Addr().String(),
		"rep":        "tcp://" + rep.Addr().String(),
		"pub":        "tcp://" + pub.Addr().String(),
		"server_key": sp.Z85(),
		"wrong_key":  wrong.Z85(),
		"py_public":  pp.Z85(),
		"py_secret":  ps.Z85(),
	})
	cmd := exec.CommandContext(ctx, py, "-c", libzmqScript)
	cmd.Stderr = os.Stderr
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Wait()
	defer stdin.Close()
	stdin.Write(append(cfg, '\n'))
	lines := bufio.NewScanner(stdout)

	// Our client against libzmq's server.
	if !lines.Scan() {
		t.Fatal("python ended early")
	}
	var first struct {
		PyRouter string `json:"py_router"`
	}
	if err := json.Unmarshal(lines.Bytes(), &first); err != nil {
		t.Fatalf("%s: %v", lines.Bytes(), err)
	}
	cp, cs, _ := GenerateKeyPair(nil)
	dealer := zmq4.NewDealer(ctx, zmq4.WithSecurity(NewClient(cp, cs, pp)), zmq4.WithID(zmq4.SocketIdentity("go")))
	defer dealer.Close()
	if err := dealer.Dial(first.PyRouter); err != nil {
		t.Fatal(err)
	}
	if err := dealer.Send(zmq4.NewMsgFrom([]byte("from-go"))); err != nil {
		t.Fatal(err)
	}
	reply, err := dealer.Recv()
	if err != nil || len(reply.Frames) != 2 || string(reply.Frames[0]) != "to-go" || len(reply.Frames[1]) != 1000 {
		t.Errorf("our client got %q from libzmq's server, %v", reply.Frames, err)
	}

	if !lines.Scan() {
		t.Fatal("python ended early")
	}
	stdin.Write([]byte("done\n"))
	var out map[string][]string
	if err := json.Unmarshal(lines.Bytes(), &out); err != nil {
		t.Fatalf("%s: %v", lines.Bytes(), err)
	}
	want := map[string][]string{
		"dealer":       {"reply", strings.Repeat("X", 300)},
		"req":          {"pong:ping"},
		"sub":          {"tick", "tock"},
		"bad":          nil,
		"plain":        nil,
		"dealer_again": {"reply", "AGAIN"},
		"from_go":      {"go", "from-go"},
	}
	for k, w := range want {
		if strings.Join(out[k], "|") != strings.Join(w, "|") || (w == nil) != (out[k] == nil) {
			t.Errorf("%s: libzmq got %q, want %q", k, out[k], w)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	for _, id := range seen {
		if id != "py" {
			t.Errorf("the router heard from %q", id)
		}
	}
}
