package kernel

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/go-zeromq/zmq4"
	"github.com/golinalg/golinalg/protocol"
)

// zmqTransport is the ZeroMQ Transport: ROUTER sockets for shell, control
// and stdin, PUB for iopub, REP for the heartbeat.
type zmqTransport struct {
	sockets map[Channel]zmq4.Socket
	mu      map[Channel]*sync.Mutex
	hb      zmq4.Socket
}

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

// Serve binds the sockets the connection file names, and only those
// addresses, and serves the kernel until ctx is cancelled or a
// shutdown_request arrives.
func Serve(ctx context.Context, conn protocol.ConnectionInfo, cfg Config) error {
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	t := &zmqTransport{
		sockets: map[Channel]zmq4.Socket{
			Shell:   zmq4.NewRouter(ctx, zmq4.WithID(zmq4.SocketIdentity("golinalg-shell"))),
			Control: zmq4.NewRouter(ctx, zmq4.WithID(zmq4.SocketIdentity("golinalg-control"))),
			Stdin:   zmq4.NewRouter(ctx, zmq4.WithID(zmq4.SocketIdentity("golinalg-stdin"))),
			IOPub:   zmq4.NewPub(ctx),
		},
		mu: map[Channel]*sync.Mutex{Shell: {}, Control: {}, Stdin: {}, IOPub: {}},
		hb: zmq4.NewRep(ctx),
	}
	defer t.close()
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
		cfg.Log.Warn("connection file has an empty key: messages are NOT signed or verified")
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
