package kernel

import (
	"context"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/go-zeromq/zmq4"
	"github.com/golinalg/golinalg/curve"
	"github.com/golinalg/golinalg/protocol"
)

// zmqTransport is the ZeroMQ Transport: ROUTER sockets for shell, control
// and stdin, PUB for iopub, REP for the heartbeat.
type zmqTransport struct {
	sockets map[Channel]zmq4.Socket
	mu      map[Channel]*sync.Mutex
	hb      zmq4.Socket
}

// iopubHWM is the number of iopub messages queued for each subscriber,
// libzmq's default high-water mark. A full queue holds the kernel's output
// back until the subscriber reads (for up to 2 s: see
// third_party/zmq4/pub.go), so a frontend that reads loses nothing, and
// the queue's memory stays about a megabyte rather than growing with a
// burst of output.
const iopubHWM = 1000

func (t *zmqTransport) Send(ch Channel, frames [][]byte) error {
	s, ok := t.sockets[ch]
	if !ok {
		return fmt.Errorf("no %s socket", ch)
	}
	t.mu[ch].Lock()
	defer t.mu[ch].Unlock()
	return s.SendMulti(zmq4.NewMsgFrom(frames...))
}

func (t *zmqTransport) close() {
	for _, s := range t.sockets {
		s.Close()
	}
	if t.hb != nil {
		t.hb.Close()
	}
}

// curveServer returns the CurveZMQ server mechanism for the key pair of
// the connection file, refusing keys that are not Z85 or not a pair.
func curveServer(conn protocol.ConnectionInfo) (*curve.Mechanism, curve.Key, error) {
	pub, err := curve.ParseKey(conn.CurvePublicKey)
	if err != nil {
		return nil, pub, fmt.Errorf("connection file: curve_publickey: %w", err)
	}
	sec, err := curve.ParseKey(conn.CurveSecretKey)
	if err != nil {
		return nil, pub, fmt.Errorf("connection file: curve_secretkey: %w", err)
	}
	if curve.PublicKey(sec) != pub {
		return nil, pub, errors.New("connection file: curve_publickey is not the public key of curve_secretkey")
	}
	return curve.NewServer(pub, sec), pub, nil
}

// limitedLog is the io.Writer behind zmq4's logger on encrypted sockets:
// a client with the wrong key retries every 100 ms, and each refused
// handshake is a line, so lines pass through a logLimiter.
type limitedLog struct {
	log *slog.Logger
	lim logLimiter
}

func (w *limitedLog) Write(p []byte) (int, error) {
	if w.log != nil {
		w.lim.warn(w.log, strings.TrimSpace(string(p)))
	}
	return len(p), nil
}

// Serve binds the sockets the connection file names, and only those
// addresses, and serves the kernel until ctx is cancelled or a
// shutdown_request arrives. When the connection file carries a CURVE key
// pair, every socket is a CurveZMQ server: clients must know the public
// key, and all traffic is encrypted.
func Serve(ctx context.Context, conn protocol.ConnectionInfo, cfg Config) error {
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	var opts []zmq4.Option
	if conn.Encrypted() {
		sec, pub, err := curveServer(conn)
		if err != nil {
			return err
		}
		opts = append(opts, zmq4.WithSecurity(sec), zmq4.WithLogger(log.New(&limitedLog{log: cfg.Log}, "zmq4: ", 0)))
		if cfg.Log != nil {
			cfg.Log.Info("CurveZMQ transport encryption on", "server_public_key", pub.Z85())
		}
	}
	with := func(o ...zmq4.Option) []zmq4.Option { return append(append([]zmq4.Option{}, opts...), o...) }
	t := &zmqTransport{
		sockets: map[Channel]zmq4.Socket{
			Shell:   zmq4.NewRouter(ctx, with(zmq4.WithID(zmq4.SocketIdentity("golinalg-shell")))...),
			Control: zmq4.NewRouter(ctx, with(zmq4.WithID(zmq4.SocketIdentity("golinalg-control")))...),
			Stdin:   zmq4.NewRouter(ctx, with(zmq4.WithID(zmq4.SocketIdentity("golinalg-stdin")))...),
			IOPub:   zmq4.NewPub(ctx, with()...),
		},
		mu: map[Channel]*sync.Mutex{Shell: {}, Control: {}, Stdin: {}, IOPub: {}},
		hb: zmq4.NewRep(ctx, with()...),
	}
	defer t.close()
	// A subscriber that stops reading must not grow the kernel without
	// bound: past iopubHWM queued messages, new ones are dropped, as
	// libzmq's PUB socket drops at its high-water mark.
	if err := t.sockets[IOPub].SetOption(zmq4.OptionHWM, iopubHWM); err != nil {
		return fmt.Errorf("iopub high-water mark: %w", err)
	}
	ports := map[Channel]int{Shell: conn.ShellPort, Control: conn.ControlPort, Stdin: conn.StdinPort, IOPub: conn.IOPubPort}
	for ch, s := range t.sockets {
		if err := s.Listen(conn.Endpoint(ports[ch])); err != nil {
			return fmt.Errorf("bind %s on %s: %w", ch, conn.Endpoint(ports[ch]), err)
		}
	}
	if err := t.hb.Listen(conn.Endpoint(conn.HBPort)); err != nil {
		return fmt.Errorf("bind heartbeat on %s: %w", conn.Endpoint(conn.HBPort), err)
	}

	userExit := cfg.Exit
	cfg.Exit = func(restart bool) {
		if userExit != nil {
			userExit(restart)
		}
		stop()
	}
	cfg.Key = []byte(conn.Key)
	if len(cfg.Key) == 0 && cfg.Log != nil {
		cfg.Log.Warn("WARNING: the connection file has an empty key: messages are not signed or verified, " +
			"so anyone who can reach the kernel's ports can run code as this user")
	}
	k := New(cfg, t)

	go func() { // heartbeat: echo every ping on its own goroutine
		for {
			msg, err := t.hb.Recv()
			if err != nil {
				if ctx.Err() != nil {
					return
				}
				time.Sleep(time.Millisecond)
				continue
			}
			_ = t.hb.Send(msg)
		}
	}()
	for _, ch := range []Channel{Shell, Control, Stdin} {
		go func(ch Channel) {
			s := t.sockets[ch]
			for {
				msg, err := s.Recv()
				if err != nil {
					if ctx.Err() != nil {
						return
					}
					time.Sleep(time.Millisecond)
					continue
				}
				k.Receive(ch, msg.Frames)
			}
		}(ch)
	}
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-cfg.Interrupts:
				k.Interrupt()
			}
		}
	}()
	k.PublishStarting()
	k.RunShell(ctx)
	return nil
}
