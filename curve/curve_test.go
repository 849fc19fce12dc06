package curve

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/binary"
	"io"
	"log"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
	"github.com/go-zeromq/zmq4/security/null"
	"golang.org/x/crypto/nacl/box"
)

func TestZ85RFCExample(t *testing.T) {
	// The example of RFC 32, section "Test Case".
	b := []byte{0x86, 0x4F, 0xD2, 0x6F, 0xB5, 0x59, 0xF7, 0x5B}
	s, err := Z85Encode(b)
	if err != nil || s != "HelloWorld" {
		t.Fatalf("Z85Encode = %q, %v; want HelloWorld", s, err)
	}
	got, err := Z85Decode("HelloWorld")
	if err != nil || !bytes.Equal(got, b) {
		t.Fatalf("Z85Decode(HelloWorld) = %x, %v; want %x", got, err, b)
	}
}

func TestZ85RoundTrip(t *testing.T) {
	for n := 0; n <= 64; n += 4 {
		b := make([]byte, n)
		rand.Read(b)
		s, err := Z85Encode(b)
		if err != nil || len(s) != n/4*5 {
			t.Fatalf("Z85Encode(%d bytes) = %q, %v", n, s, err)
		}
		got, err := Z85Decode(s)
		if err != nil || !bytes.Equal(got, b) {
			t.Fatalf("round trip of %x: %x, %v", b, got, err)
		}
	}
	for _, b := range [][]byte{{0, 0, 0, 0}, {0xff, 0xff, 0xff, 0xff}} {
		s, _ := Z85Encode(b)
		if got, err := Z85Decode(s); err != nil || !bytes.Equal(got, b) {
			t.Errorf("round trip of %x via %q: %x, %v", b, s, got, err)
		}
	}
}

func TestZ85Errors(t *testing.T) {
	if _, err := Z85Encode([]byte{1, 2, 3}); err == nil {
		t.Error("Z85Encode of 3 bytes: no error")
	}
	for _, s := range []string{
		"Hello",      // ok length, used below as a control
		"Hell",       // not a multiple of 5
		"Hello Worl", // space is not in the alphabet
		"Hello\"orld",
		"%nSc1", // 2³² exactly: one above the largest group
		"#####", // 84·(85⁴+85³+85²+85+1) overflows 32 bits
	} {
		_, err := Z85Decode(s)
		if (err == nil) != (s == "Hello") {
			t.Errorf("Z85Decode(%q): error %v", s, err)
		}
	}
	if _, err := Z85Decode("%nSc0"); err != nil { // 2³²-1
		t.Errorf("Z85Decode(%%nSc0) = %v, want 0xffffffff", err)
	}
	if _, err := ParseKey("HelloWorld"); err == nil {
		t.Error("ParseKey of 10 characters: no error")
	}
}

func TestPublicKey(t *testing.T) {
	pub, sec, err := GenerateKeyPair(nil)
	if err != nil {
		t.Fatal(err)
	}
	if PublicKey(sec) != pub {
		t.Error("PublicKey(secret) differs from the generated public key")
	}
	k, err := ParseKey(pub.Z85())
	if err != nil || k != pub {
		t.Errorf("ParseKey(Z85()) = %x, %v; want %x", k, err, pub)
	}
}

// pair returns a server and a client session that completed a handshake
// with each other, as the handshake leaves them.
func pair(t *testing.T) (server, client *session) {
	t.Helper()
	sp, ss, _ := GenerateKeyPair(nil)
	cp, cs, _ := GenerateKeyPair(nil)
	server = NewServer(sp, ss).ForConn().(*session)
	client = NewClient(cp, cs, sp).ForConn().(*session)
	p1, s1, _ := box.GenerateKey(rand.Reader)
	p2, s2, _ := box.GenerateKey(rand.Reader)
	server.shortPub, server.shortSec, server.peerShort = *p1, *s1, *p2
	client.shortPub, client.shortSec, client.peerShort = *p2, *s2, *p1
	box.Precompute(&server.shared, p2, s1)
	box.Precompute(&client.shared, p1, s2)
	server.secure, client.secure = true, true
	return server, client
}

func TestMessageFlagsAndBodies(t *testing.T) {
	server, client := pair(t)
	for _, c := range []struct {
		body          []byte
		more, command bool
	}{
		{nil, false, false},
		{[]byte("a"), true, false},
		{bytes.Repeat([]byte("b"), 300), false, true},
		{[]byte{0, 1, 2}, true, true},
	} {
		wire, err := client.EncryptFrame(c.body, c.more, c.command)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(wire, []byte("bbbb")) {
			t.Error("plaintext visible on the wire")
		}
		body, more, command, err := server.DecryptFrame(wire)
		if err != nil || !bytes.Equal(body, c.body) || more != c.more || command != c.command {
			t.Errorf("%q more=%v command=%v: got %q more=%v command=%v err %v", c.body, c.more, c.command, body, more, command, err)
		}
	}
	// and the other way, with the server's nonce prefix
	wire, _ := server.EncryptFrame([]byte("reply"), false, false)
	if body, _, _, err := client.DecryptFrame(wire); err != nil || string(body) != "reply" {
		t.Errorf("server to client: %q, %v", body, err)
	}
	// A client's MESSAGE does not open as the server's: the nonce prefixes differ.
	wire, _ = client.EncryptFrame([]byte("x"), false, false)
	if _, _, _, err := client.DecryptFrame(wire); err == nil {
		t.Error("a client accepted its own MESSAGE reflected back")
	}
}

func TestNonces(t *testing.T) {
	server, client := pair(t)
	w1, _ := client.EncryptFrame([]byte("one"), false, false)
	w2, _ := client.EncryptFrame([]byte("two"), false, false)
	w3, _ := client.EncryptFrame([]byte("three"), false, false)
	n := func(w []byte) uint64 { return binary.BigEndian.Uint64(w[8:16]) }
	if !(n(w1) < n(w2) && n(w2) < n(w3)) {
		t.Fatalf("short nonces %d %d %d do not increase", n(w1), n(w2), n(w3))
	}
	if _, _, _, err := server.DecryptFrame(w2); err != nil {
		t.Fatal(err)
	}
	// replayed, and older than the last accepted
	for name, w := range map[string][]byte{"replayed": w2, "reordered": w1} {
		if _, _, _, err := server.DecryptFrame(w); err == nil || !strings.Contains(err.Error(), "not above") {
			t.Errorf("%s MESSAGE: error %v", name, err)
		}
	}
	// A forged nonce is refused by authentication and does not advance the
	// window: w3 still opens afterwards.
	forged := append([]byte{}, w3...)
	binary.BigEndian.PutUint64(forged[8:16], 1<<40)
	if _, _, _, err := server.DecryptFrame(forged); err == nil {
		t.Error("MESSAGE with a forged nonce accepted")
	}
	if body, _, _, err := server.DecryptFrame(w3); err != nil || string(body) != "three" {
		t.Errorf("after the forgery: %q, %v", body, err)
	}
	// Tampered, truncated and foreign commands.
	w4, _ := client.EncryptFrame([]byte("four"), false, false)
	bad := append([]byte{}, w4...)
	bad[len(bad)-1] ^= 1
	if _, _, _, err := server.DecryptFrame(bad); err == nil {
		t.Error("tampered MESSAGE accepted")
	}
	for _, w := range [][]byte{w4[:32], w4[:16], w4[:3], nil, append([]byte("\x07MASSAGE"), w4[8:]...)} {
		if _, _, _, err := server.DecryptFrame(w); err == nil {
			t.Errorf("MESSAGE %q accepted", w)
		}
	}
	if body, _, _, err := server.DecryptFrame(w4); err != nil || string(body) != "four" {
		t.Errorf("w4 after the refusals: %q, %v", body, err)
	}
	// The sender refuses to wrap its nonce around.
	client.sendNonce = 1<<64 - 1
	if _, err := client.EncryptFrame(nil, false, false); err == nil {
		t.Error("nonce wrap-around not refused")
	}
}

// handshake runs zmq4.Open for both sides over a loopback TCP connection
// and returns the two results.
func handshake(t *testing.T, server, client zmq4.Security) (sc, cc *zmq4.Conn, serr, cerr error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	done := make(chan struct{})
	go func() {
		defer close(done)
		c, err := ln.Accept()
		if err != nil {
			serr = err
			return
		}
		sc, serr = zmq4.Open(c, server, zmq4.Router, zmq4.SocketIdentity(""), true, nil)
		if serr != nil {
			c.Close()
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	cc, cerr = zmq4.Open(c, client, zmq4.Dealer, zmq4.SocketIdentity("me"), false, nil)
	if cerr != nil {
		c.Close()
	}
	<-done
	return sc, cc, serr, cerr
}

func TestHandshake(t *testing.T) {
	sp, ss, _ := GenerateKeyPair(nil)
	cp, cs, _ := GenerateKeyPair(nil)
	sc, cc, serr, cerr := handshake(t, NewServer(sp, ss), NewClient(cp, cs, sp))
	if serr != nil || cerr != nil {
		t.Fatalf("handshake: server %v, client %v", serr, cerr)
	}
	defer sc.Close()
	defer cc.Close()
	if got := sc.Peer.Meta["Identity"]; got != "me" {
		t.Errorf("server sees identity %q, want me", got)
	}
	if got := cc.Peer.Meta["Socket-Type"]; got != "ROUTER" {
		t.Errorf("client sees socket type %q, want ROUTER", got)
	}
	big := bytes.Repeat([]byte("x"), 70000)
	if err := cc.SendMsg(zmq4.NewMsgFrom([]byte("a"), big)); err != nil {
		t.Fatal(err)
	}
	msg, err := sc.RecvMsg()
	if err != nil || len(msg.Frames) != 2 || string(msg.Frames[0]) != "a" || !bytes.Equal(msg.Frames[1], big) {
		t.Fatalf("server received %d frames, %v", len(msg.Frames), err)
	}
}

func TestHandshakeRefusals(t *testing.T) {
	sp, ss, _ := GenerateKeyPair(nil)
	cp, cs, _ := GenerateKeyPair(nil)
	op, os_, _ := GenerateKeyPair(nil)
	cases := []struct {
		name           string
		server, client zmq4.Security
	}{
		{"client with the wrong server key", NewServer(sp, ss), NewClient(cp, cs, op)},
		{"server with a secret key not matching its public key", NewServer(sp, os_), NewClient(cp, cs, sp)},
		{"server impersonating another's public key", NewServer(op, ss), NewClient(cp, cs, op)},
		{"client without CURVE", NewServer(sp, ss), zmq4.Security(nil)},
	}
	for _, c := range cases {
		client := c.client
		if client == nil {
			client = null.Security()
		}
		sc, cc, serr, cerr := handshake(t, c.server, client)
		if serr == nil || cerr == nil {
			t.Errorf("%s: server error %v, client error %v; want both to fail", c.name, serr, cerr)
		}
		for _, conn := range []*zmq4.Conn{sc, cc} {
			if conn != nil {
				conn.Close()
			}
		}
	}
}

// TestSockets runs CURVE through zmq4 sockets: a good client is served,
// one with the wrong server key is not, and the server goes on serving.
func TestSockets(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	sp, ss, _ := GenerateKeyPair(nil)
	srv := zmq4.NewRouter(ctx, zmq4.WithSecurity(NewServer(sp, ss)), quiet, zmq4.WithID(zmq4.SocketIdentity("srv")))
	defer srv.Close()
	if err := srv.Listen("tcp://127.0.0.1:0"); err != nil {
		t.Fatal(err)
	}
	ep := "tcp://" + srv.Addr().String()

	bp, bs, _ := GenerateKeyPair(nil)
	wrong, _, _ := GenerateKeyPair(nil)
	bad := zmq4.NewDealer(ctx, zmq4.WithSecurity(NewClient(bp, bs, wrong)), zmq4.WithDialerMaxRetries(1), zmq4.WithDialerRetry(10*time.Millisecond))
	defer bad.Close()
	if err := bad.Dial(ep); err == nil {
		t.Error("dial with the wrong server key succeeded")
	}

	cp, cs, _ := GenerateKeyPair(nil)
	good := zmq4.NewDealer(ctx, zmq4.WithSecurity(NewClient(cp, cs, sp)), zmq4.WithID(zmq4.SocketIdentity("good")))
	defer good.Close()
	if err := good.Dial(ep); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		if err := good.Send(zmq4.NewMsgFrom([]byte("ping"), bytes.Repeat([]byte{byte(i)}, 300))); err != nil {
			t.Fatal(err)
		}
		msg, err := srv.Recv()
		if err != nil || len(msg.Frames) != 3 || string(msg.Frames[0]) != "good" || string(msg.Frames[1]) != "ping" {
			t.Fatalf("router got %q, %v", msg.Frames, err)
		}
		if err := srv.Send(zmq4.NewMsgFrom([]byte("good"), []byte("pong"))); err != nil {
			t.Fatal(err)
		}
		reply, err := good.Recv()
		if err != nil || len(reply.Frames) != 1 || string(reply.Frames[0]) != "pong" {
			t.Fatalf("dealer got %q, %v", reply.Frames, err)
		}
	}
}

// quiet keeps zmq4's log of the handshakes a test refuses on purpose out
// of the test output.
var quiet = zmq4.WithLogger(log.New(io.Discard, "", 0))

// BenchmarkMessage measures sealing and opening one MESSAGE of each size.
func BenchmarkMessage(b *testing.B) {
	for _, size := range []int{64, 1 << 10, 64 << 10, 1 << 20} {
		b.Run(strconv.Itoa(size), func(b *testing.B) {
			server, client := pair(&testing.T{})
			body := make([]byte, size)
			b.SetBytes(int64(size))
			for b.Loop() {
				wire, _ := client.EncryptFrame(body, false, false)
				if _, _, _, err := server.DecryptFrame(wire); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkHandshake measures a full CURVE handshake over loopback TCP.
func BenchmarkHandshake(b *testing.B) {
	sp, ss, _ := GenerateKeyPair(nil)
	cp, cs, _ := GenerateKeyPair(nil)
	t := &testing.T{}
	for b.Loop() {
		sc, cc, serr, cerr := handshake(t, NewServer(sp, ss), NewClient(cp, cs, sp))
		if serr != nil || cerr != nil {
			b.Fatal(serr, cerr)
		}
		sc.Close()
		cc.Close()
	}
}
