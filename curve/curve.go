// Package curve implements the CURVE security mechanism of ZMTP 3.0
// (RFC 25, ZMTP-CURVE; RFC 26, CurveZMQ) for go-zeromq/zmq4 sockets, wire
// compatible with libzmq: the peers prove knowledge of their long-term
// Curve25519 keys in a four-command handshake (HELLO, WELCOME, INITIATE,
// READY), agree on short-term keys that give forward secrecy, and then send
// every frame as a MESSAGE command, a NaCl box (Curve25519, XSalsa20,
// Poly1305) under the short-term keys and a nonce that strictly increases.
//
// The cryptography is golang.org/x/crypto's nacl/box and nacl/secretbox;
// this package only lays out the commands. It needs the zmq4 patched in
// third_party/zmq4, whose Conn encrypts whole frames, flags included,
// through zmq4.FrameSecurity.
//
// A server accepts any client that knows its public key, as libzmq does
// without a ZAP handler (the "Stonehouse" pattern): a Jupyter connection
// file hands the server key pair to the clients that may connect.
package curve

import (
	"bytes"
	"crypto/rand"
	"crypto/subtle"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sync"

	"github.com/go-zeromq/zmq4"
	"golang.org/x/crypto/curve25519"
	"golang.org/x/crypto/nacl/box"
	"golang.org/x/crypto/nacl/secretbox"
)

// Key is a Curve25519 key, public or secret, in its 32-byte form.
type Key [32]byte

// GenerateKeyPair returns a new long-term key pair drawn from rand
// (crypto/rand.Reader when rand is nil).
func GenerateKeyPair(rand io.Reader) (public, secret Key, err error) {
	if rand == nil {
		rand = defaultRand
	}
	pub, sec, err := box.GenerateKey(rand)
	if err != nil {
		return public, secret, err
	}
	return *pub, *sec, nil
}

// PublicKey returns the public key that belongs to secret: the
// Curve25519 product of secret and the base point.
func PublicKey(secret Key) Key {
	var pub Key
	curve25519.ScalarBaseMult((*[32]byte)(&pub), (*[32]byte)(&secret))
	return pub
}

var defaultRand io.Reader = rand.Reader

// Mechanism is the CURVE security mechanism for the zmq4 sockets of one
// side: give it to zmq4.WithSecurity. One Mechanism may serve any number
// of sockets and connections; each connection gets its own short-term
// keys and nonces.
type Mechanism struct {
	server    bool
	public    Key // own long-term key pair
	secret    Key
	serverKey Key // the server's long-term public key
}

// NewServer returns the mechanism of a CURVE server whose long-term key
// pair is public, secret.
func NewServer(public, secret Key) *Mechanism {
	return &Mechanism{server: true, public: public, secret: secret, serverKey: public}
}

// NewClient returns the mechanism of a CURVE client with long-term key pair
// public, secret that talks to the server whose public key is server.
func NewClient(public, secret, server Key) *Mechanism {
	return &Mechanism{public: public, secret: secret, serverKey: server}
}

// Type returns zmq4.CurveSecurity.
func (m *Mechanism) Type() zmq4.SecurityType { return zmq4.CurveSecurity }

// ForConn returns the state of one new connection (zmq4.ConnSecurity).
func (m *Mechanism) ForConn() zmq4.Security {
	s := &session{m: m, sendNonce: 1}
	if m.server {
		s.sendPrefix, s.recvPrefix = "CurveZMQMESSAGES", "CurveZMQMESSAGEC"
	} else {
		s.sendPrefix, s.recvPrefix = "CurveZMQMESSAGEC", "CurveZMQMESSAGES"
	}
	return s
}

var errUnpatched = errors.New("curve: zmq4 did not call ForConn: build with the zmq4 of third_party/zmq4")

// Handshake fails: connections are served by the Security that ForConn
// returns, which an unpatched zmq4 would not call.
func (m *Mechanism) Handshake(*zmq4.Conn, bool) error { return errUnpatched }

// Encrypt fails, as Handshake does.
func (m *Mechanism) Encrypt(io.Writer, []byte) (int, error) { return 0, errUnpatched }

// Decrypt fails, as Handshake does.
func (m *Mechanism) Decrypt(io.Writer, []byte) (int, error) { return 0, errUnpatched }

// Flag bits inside a MESSAGE box, as libzmq's msg_t stores them.
const (
	flagMore    = 1
	flagCommand = 2
)

const messageHeader = "\x07MESSAGE"

// session is the CURVE state of one connection.
type session struct {
	m *Mechanism

	shortPub, shortSec Key // own short-term key pair
	peerShort          Key // the peer's short-term public key
	shared             [32]byte
	secure             bool

	sendPrefix, recvPrefix string // nonce prefixes of MESSAGE commands

	smu       sync.Mutex
	sendNonce uint64 // next short nonce to send; the first is 1

	rmu       sync.Mutex
	recvNonce uint64 // last short nonce received
}

func (s *session) Type() zmq4.SecurityType { return zmq4.CurveSecurity }

// Encrypt passes handshake commands through: they carry their own boxes.
func (s *session) Encrypt(w io.Writer, data []byte) (int, error) {
	if s.secure {
		return 0, errors.New("curve: frame not encrypted")
	}
	return w.Write(data)
}

// Decrypt passes handshake commands through.
func (s *session) Decrypt(w io.Writer, data []byte) (int, error) {
	if s.secure {
		return 0, errors.New("curve: frame not decrypted")
	}
	return w.Write(data)
}

func (s *session) Secure() bool { return s.secure }

func (s *session) Handshake(conn *zmq4.Conn, server bool) error {
	if server != s.m.server {
		return fmt.Errorf("curve: a %s mechanism on a %s connection", side(s.m.server), side(server))
	}
	pub, sec, err := box.GenerateKey(defaultRand)
	if err != nil {
		return err
	}
	s.shortPub, s.shortSec = *pub, *sec
	if server {
		err = s.serverHandshake(conn)
	} else {
		err = s.clientHandshake(conn)
	}
	s.shortSec = Key{} // only the shared key is needed from now on
	if err != nil {
		return err
	}
	s.secure = true
	return nil
}

func side(server bool) string {
	if server {
		return "server"
	}
	return "client"
}

// nonce returns prefix followed by the big-endian short nonce n.
func nonce(prefix string, n uint64) *[24]byte {
	var b [24]byte
	copy(b[:], prefix)
	binary.BigEndian.PutUint64(b[16:], n)
	return &b
}

// longNonce returns prefix (8 bytes) followed by the 16 random bytes r.
func longNonce(prefix string, r []byte) *[24]byte {
	var b [24]byte
	copy(b[:8], prefix)
	copy(b[8:], r)
	return &b
}

func random(n int) ([]byte, error) {
	b := make([]byte, n)
	_, err := io.ReadFull(defaultRand, b)
	return b, err
}

// nextNonce returns the next short nonce to send.
func (s *session) nextNonce() (uint64, error) {
	if s.sendNonce == math.MaxUint64 {
		return 0, errors.New("curve: short nonces exhausted")
	}
	n := s.sendNonce
	s.sendNonce++
	return n, nil
}

// recvCmd receives the handshake command want, turning an ERROR command
// into an error.
func recvCmd(conn *zmq4.Conn, want string) ([]byte, error) {
	cmd, err := conn.RecvCmd()
	if err != nil {
		return nil, err
	}
	if cmd.Name == zmq4.CmdError {
		reason := ""
		if len(cmd.Body) > 0 && int(cmd.Body[0]) <= len(cmd.Body)-1 {
			reason = string(cmd.Body[1 : 1+int(cmd.Body[0])])
		}
		return nil, fmt.Errorf("curve: peer refused the handshake: %q", reason)
	}
	if cmd.Name != want {
		return nil, fmt.Errorf("curve: got %s command, want %s", cmd.Name, want)
	}
	return cmd.Body, nil
}

// serverHandshake: HELLO in, WELCOME out, INITIATE in, READY out.
func (s *session) serverHandshake(conn *zmq4.Conn) error {
	// HELLO: version (2) padding (72) C' (32) short nonce (8) Box[64 zeros](C'->S) (80).
	hello, err := recvCmd(conn, zmq4.CmdHello)
	if err != nil {
		return err
	}
	if len(hello) != 194 {
		return fmt.Errorf("curve: HELLO of %d bytes, want 194", len(hello))
	}
	if hello[0] != 1 || hello[1] != 0 {
		return fmt.Errorf("curve: HELLO version %d.%d, want 1.0", hello[0], hello[1])
	}
	copy(s.peerShort[:], hello[74:106])
	n := binary.BigEndian.Uint64(hello[106:114])
	sig, ok := box.Open(nil, hello[114:], nonce("CurveZMQHELLO---", n), (*[32]byte)(&s.peerShort), (*[32]byte)(&s.m.secret))
	if !ok || subtle.ConstantTimeCompare(sig, make([]byte, 64)) != 1 {
		return errors.New("curve: cannot open HELLO: the client does not know our public key")
	}
	s.recvNonce = n

	// WELCOME: long nonce (16) Box[S' + cookie](S->C') (144), where
	// cookie = long nonce (16) + SecretBox[C' + s'](K) (80) and K is a
	// key of this connection only.
	cookieKey, err := random(32)
	if err != nil {
		return err
	}
	defer clear(cookieKey)
	cookieNonce, err := random(16)
	if err != nil {
		return err
	}
	cookieMsg := append(append([]byte{}, s.peerShort[:]...), s.shortSec[:]...)
	cookie := secretbox.Seal(append([]byte{}, cookieNonce...), cookieMsg, longNonce("COOKIE--", cookieNonce), (*[32]byte)(cookieKey))
	welcomeNonce, err := random(16)
	if err != nil {
		return err
	}
	welcome := box.Seal(append([]byte{}, welcomeNonce...), append(append([]byte{}, s.shortPub[:]...), cookie...),
		longNonce("WELCOME-", welcomeNonce), (*[32]byte)(&s.peerShort), (*[32]byte)(&s.m.secret))
	if err := conn.SendCmd(zmq4.CmdWelcome, welcome); err != nil {
		return err
	}

	// INITIATE: cookie (96) short nonce (8) Box[C + vouch nonce + vouch + metadata](C'->S') (>=144),
	// where vouch = Box[C' + S](C->S') (80).
	initiate, err := recvCmd(conn, zmq4.CmdInitiate)
	if err != nil {
		return err
	}
	if len(initiate) < 96+8+144 {
		return fmt.Errorf("curve: INITIATE of %d bytes, want at least 248", len(initiate))
	}
	got, ok := secretbox.Open(nil, initiate[16:96], longNonce("COOKIE--", initiate[:16]), (*[32]byte)(cookieKey))
	if !ok || subtle.ConstantTimeCompare(got, cookieMsg) != 1 {
		return errors.New("curve: INITIATE carries a bad cookie")
	}
	clear(cookieMsg)
	n = binary.BigEndian.Uint64(initiate[96:104])
	if n <= s.recvNonce {
		return fmt.Errorf("curve: INITIATE short nonce %d does not follow %d", n, s.recvNonce)
	}
	box.Precompute(&s.shared, (*[32]byte)(&s.peerShort), (*[32]byte)(&s.shortSec))
	plain, ok := box.OpenAfterPrecomputation(nil, initiate[104:], nonce("CurveZMQINITIATE", n), &s.shared)
	if !ok {
		return errors.New("curve: cannot open INITIATE")
	}
	var client Key
	copy(client[:], plain[:32])
	vouch, ok := box.Open(nil, plain[48:128], longNonce("VOUCH---", plain[32:48]), (*[32]byte)(&client), (*[32]byte)(&s.shortSec))
	if !ok || len(vouch) != 64 ||
		subtle.ConstantTimeCompare(vouch[:32], s.peerShort[:]) != 1 ||
		subtle.ConstantTimeCompare(vouch[32:], s.m.public[:]) != 1 {
		return errors.New("curve: INITIATE carries a bad vouch")
	}
	s.recvNonce = n
	if err := conn.Peer.Meta.UnmarshalZMTP(plain[128:]); err != nil {
		return fmt.Errorf("curve: INITIATE metadata: %w", err)
	}

	// READY: short nonce (8) Box[metadata](S'->C').
	md, err := conn.Meta.MarshalZMTP()
	if err != nil {
		return err
	}
	n, err = s.nextNonce()
	if err != nil {
		return err
	}
	ready := binary.BigEndian.AppendUint64(nil, n)
	ready = box.SealAfterPrecomputation(ready, md, nonce("CurveZMQREADY---", n), &s.shared)
	return conn.SendCmd(zmq4.CmdReady, ready)
}

// clientHandshake: HELLO out, WELCOME in, INITIATE out, READY in.
func (s *session) clientHandshake(conn *zmq4.Conn) error {
	n, err := s.nextNonce()
	if err != nil {
		return err
	}
	hello := make([]byte, 74, 194)
	hello[0] = 1 // version 1.0, then 72 bytes of padding
	hello = append(hello, s.shortPub[:]...)
	hello = binary.BigEndian.AppendUint64(hello, n)
	hello = box.Seal(hello, make([]byte, 64), nonce("CurveZMQHELLO---", n), (*[32]byte)(&s.m.serverKey), (*[32]byte)(&s.shortSec))
	if err := conn.SendCmd(zmq4.CmdHello, hello); err != nil {
		return err
	}

	welcome, err := recvCmd(conn, zmq4.CmdWelcome)
	if err != nil {
		return err
	}
	if len(welcome) != 160 {
		return fmt.Errorf("curve: WELCOME of %d bytes, want 160", len(welcome))
	}
	plain, ok := box.Open(nil, welcome[16:], longNonce("WELCOME-", welcome[:16]), (*[32]byte)(&s.m.serverKey), (*[32]byte)(&s.shortSec))
	if !ok {
		return errors.New("curve: cannot open WELCOME: the server does not hold the key we expect")
	}
	copy(s.peerShort[:], plain[:32])
	cookie := plain[32:128]
	box.Precompute(&s.shared, (*[32]byte)(&s.peerShort), (*[32]byte)(&s.shortSec))

	vouchNonce, err := random(16)
	if err != nil {
		return err
	}
	vouch := box.Seal(nil, append(append([]byte{}, s.shortPub[:]...), s.m.serverKey[:]...),
		longNonce("VOUCH---", vouchNonce), (*[32]byte)(&s.peerShort), (*[32]byte)(&s.m.secret))
	md, err := conn.Meta.MarshalZMTP()
	if err != nil {
		return err
	}
	msg := append(append(append(append([]byte{}, s.m.public[:]...), vouchNonce...), vouch...), md...)
	n, err = s.nextNonce()
	if err != nil {
		return err
	}
	initiate := binary.BigEndian.AppendUint64(append([]byte{}, cookie...), n)
	initiate = box.SealAfterPrecomputation(initiate, msg, nonce("CurveZMQINITIATE", n), &s.shared)
	if err := conn.SendCmd(zmq4.CmdInitiate, initiate); err != nil {
		return err
	}

	ready, err := recvCmd(conn, zmq4.CmdReady)
	if err != nil {
		return err
	}
	if len(ready) < 8+box.Overhead {
		return fmt.Errorf("curve: READY of %d bytes, want at least 24", len(ready))
	}
	n = binary.BigEndian.Uint64(ready[:8])
	md, ok = box.OpenAfterPrecomputation(nil, ready[8:], nonce("CurveZMQREADY---", n), &s.shared)
	if !ok {
		return errors.New("curve: cannot open READY")
	}
	s.recvNonce = n
	if err := conn.Peer.Meta.UnmarshalZMTP(md); err != nil {
		return fmt.Errorf("curve: READY metadata: %w", err)
	}
	return nil
}

// EncryptFrame returns the MESSAGE command that carries a frame: the short
// nonce (8 bytes) and Box[flags + body] under the session keys.
func (s *session) EncryptFrame(body []byte, more, command bool) ([]byte, error) {
	if !s.secure {
		return nil, errors.New("curve: handshake not complete")
	}
	s.smu.Lock()
	defer s.smu.Unlock()
	n, err := s.nextNonce()
	if err != nil {
		return nil, err
	}
	var flags byte
	if more {
		flags |= flagMore
	}
	if command {
		flags |= flagCommand
	}
	plain := make([]byte, 1+len(body))
	plain[0] = flags
	copy(plain[1:], body)
	out := make([]byte, 0, len(messageHeader)+8+box.Overhead+len(plain))
	out = binary.BigEndian.AppendUint64(append(out, messageHeader...), n)
	return box.SealAfterPrecomputation(out, plain, nonce(s.sendPrefix, n), &s.shared), nil
}

// DecryptFrame opens a MESSAGE command. It refuses a command too short to
// hold a box, a short nonce not above the last one accepted (a replay or a
// reordering), and a box that fails authentication.
func (s *session) DecryptFrame(wire []byte) (body []byte, more, command bool, err error) {
	if !s.secure {
		return nil, false, false, errors.New("curve: handshake not complete")
	}
	s.rmu.Lock()
	defer s.rmu.Unlock()
	if !bytes.HasPrefix(wire, []byte(messageHeader)) {
		return nil, false, false, errors.New("curve: expected a MESSAGE command")
	}
	if len(wire) < len(messageHeader)+8+box.Overhead+1 {
		return nil, false, false, fmt.Errorf("curve: MESSAGE of %d bytes is too short", len(wire))
	}
	n := binary.BigEndian.Uint64(wire[8:16])
	if n <= s.recvNonce {
		return nil, false, false, fmt.Errorf("curve: MESSAGE short nonce %d is not above %d: replayed or reordered", n, s.recvNonce)
	}
	plain, ok := box.OpenAfterPrecomputation(nil, wire[16:], nonce(s.recvPrefix, n), &s.shared)
	if !ok {
		return nil, false, false, errors.New("curve: MESSAGE fails authentication")
	}
	s.recvNonce = n
	return plain[1:], plain[0]&flagMore != 0, plain[0]&flagCommand != 0, nil
}

var (
	_ zmq4.ConnSecurity  = (*Mechanism)(nil)
	_ zmq4.FrameSecurity = (*session)(nil)
)
