// Copyright 2018 The go-zeromq Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package zmq4

import (
	"context"
	"fmt"
	"net"
	"sync"
	"time"
)

// Topics is an interface that wraps the basic Topics method.
type Topics interface {
	// Topics returns the sorted list of topics a socket is subscribed to.
	Topics() []string
}

// NewPub returns a new PUB ZeroMQ socket.
// The returned socket value is initially unbound.
func NewPub(ctx context.Context, opts ...Option) Socket {
	pub := &pubSocket{sck: newSocket(ctx, Pub, opts...)}
	pub.sck.w = newPubMWriter(pub.sck.ctx)
	pub.sck.r = newPubQReader(pub.sck.ctx)
	return pub
}

// pubSocket is a PUB ZeroMQ socket.
type pubSocket struct {
	sck *socket
}

// Close closes the open Socket
func (pub *pubSocket) Close() error {
	return pub.sck.Close()
}

// Send puts the message on the outbound send queue.
// Send blocks until the message can be queued or the send deadline expires.
func (pub *pubSocket) Send(msg Msg) error {
	ctx, cancel := context.WithTimeout(pub.sck.ctx, pub.sck.Timeout())
	defer cancel()
	return pub.sck.w.write(ctx, msg)
}

// SendMulti puts the message on the outbound send queue.
// SendMulti blocks until the message can be queued or the send deadline expires.
// The message will be sent as a multipart message.
func (pub *pubSocket) SendMulti(msg Msg) error {
	msg.multipart = true
	ctx, cancel := context.WithTimeout(pub.sck.ctx, pub.sck.Timeout())
	defer cancel()
	return pub.sck.w.write(ctx, msg)
}

// Recv receives a complete message.
func (*pubSocket) Recv() (Msg, error) {
	msg := Msg{err: fmt.Errorf("zmq4: PUB sockets can't recv messages")}
	return msg, msg.err
}

// Listen connects a local endpoint to the Socket.
func (pub *pubSocket) Listen(ep string) error {
	return pub.sck.Listen(ep)
}

// Dial connects a remote endpoint to the Socket.
func (pub *pubSocket) Dial(ep string) error {
	return pub.sck.Dial(ep)
}

// Type returns the type of this Socket (PUB, SUB, ...)
func (pub *pubSocket) Type() SocketType {
	return pub.sck.Type()
}

// Addr returns the listener's address.
// Addr returns nil if the socket isn't a listener.
func (pub *pubSocket) Addr() net.Addr {
	return pub.sck.Addr()
}

// GetOption is used to retrieve an option for a socket.
func (pub *pubSocket) GetOption(name string) (interface{}, error) {
	return pub.sck.GetOption(name)
}

// SetOption is used to set an option for a socket.
func (pub *pubSocket) SetOption(name string, value interface{}) error {
	err := pub.sck.SetOption(name, value)
	if err != nil {
		return err
	}

	if name != OptionHWM {
		return ErrBadProperty
	}

	hwm, ok := value.(int)
	if !ok {
		return ErrBadProperty
	}

	w := pub.sck.w.(*pubMWriter)
	w.mu.Lock()
	w.hwm = hwm
	w.mu.Unlock()
	return nil
}

// Topics returns the sorted list of topics a socket is subscribed to.
func (pub *pubSocket) Topics() []string {
	return pub.sck.topics()
}

// pubQReader is a queued-message reader.
type pubQReader struct {
	ctx context.Context

	mu sync.RWMutex
	rs []*Conn
	c  chan Msg

	sem *semaphore // ready when a connection is live.
}

func newPubQReader(ctx context.Context) *pubQReader {
	const qrsize = 10
	return &pubQReader{
		ctx: ctx,
		c:   make(chan Msg, qrsize),
		sem: newSemaphore(),
	}
}

func (q *pubQReader) Close() error {
	q.mu.RLock()
	var err error
	for _, r := range q.rs {
		e := r.Close()
		if e != nil && err == nil {
			err = e
		}
	}
	q.rs = nil
	q.mu.RUnlock()
	return err
}

func (q *pubQReader) addConn(r *Conn) {
	q.mu.Lock()
	q.sem.enable()
	q.rs = append(q.rs, r)
	q.mu.Unlock()
	go q.listen(q.ctx, r)
}

func (q *pubQReader) rmConn(r *Conn) {
	q.mu.Lock()
	defer q.mu.Unlock()

	cur := -1
	for i := range q.rs {
		if q.rs[i] == r {
			cur = i
			break
		}
	}
	if cur >= 0 {
		q.rs = append(q.rs[:cur], q.rs[cur+1:]...)
	}
}

func (q *pubQReader) read(ctx context.Context, msg *Msg) error {
	q.sem.lock(ctx)
	select {
	case <-ctx.Done():
	case *msg = <-q.c:
	}
	return msg.err
}

func (q *pubQReader) listen(ctx context.Context, r *Conn) {
	defer q.rmConn(r)
	defer r.Close()

	for {
		msg := r.read()
		select {
		case <-ctx.Done():
			return
		default:
			if msg.err != nil {
				return
			}
			switch {
			case q.topic(msg):
				r.subscribe(msg)
			default:
				q.c <- msg
			}
		}
	}
}

func (q *pubQReader) topic(msg Msg) bool {
	if len(msg.Frames) != 1 {
		return false
	}
	frame := msg.Frames[0]
	if len(frame) == 0 {
		return false
	}
	topic := frame[0]
	return topic == 0 || topic == 1
}

// golinalg patch: upstream's pubMWriter kept one queue for the socket and
// one goroutine that wrote each message to every subscriber in turn, so a
// subscriber that stopped reading (its TCP window full) blocked delivery
// to all the others, and past the high-water mark every subscriber lost
// messages. As libzmq does, each subscriber now has its own queue, bounded
// by the high-water mark, and its own sending goroutine: a stalled
// subscriber loses its own messages and nobody else's.
type pubMWriter struct {
	ctx context.Context

	mu     sync.Mutex
	ws     []*pubPeer
	hwm    int // per-subscriber queue bound; 0 means unbounded
	closed bool
}

// pubPeer is one subscriber's queue and sending goroutine.
type pubPeer struct {
	conn  *Conn
	space chan struct{} // signalled when run takes a message off a full queue

	mu      sync.Mutex
	cond    *sync.Cond
	q       *Queue
	closed  bool
	stalled bool // the last wait for room timed out; drop until the queue drains to half
}

// pubStallWait is how long a write waits for room in a full subscriber
// queue before the subscriber counts as stalled. A subscriber that reads,
// however slowly, paces the publisher (as a frontend paces ipykernel, which
// never outruns it); one that does not read loses its own messages after
// one wait, and is waited for again only once it has emptied its queue.
const pubStallWait = 2 * time.Second

func newPubMWriter(ctx context.Context) *pubMWriter {
	return &pubMWriter{ctx: ctx}
}

func newPubPeer(c *Conn) *pubPeer {
	p := &pubPeer{conn: c, q: NewQueue(), space: make(chan struct{}, 1)}
	p.cond = sync.NewCond(&p.mu)
	go p.run()
	return p
}

// run sends the peer's queued messages in order until the peer is stopped.
func (p *pubPeer) run() {
	for {
		p.mu.Lock()
		for p.q.Len() == 0 && !p.closed {
			p.cond.Wait()
		}
		if p.closed {
			p.mu.Unlock()
			return
		}
		msg, _ := p.q.Peek()
		p.q.Pop()
		if p.stalled && p.q.Len() == 0 {
			p.stalled = false
		}
		p.mu.Unlock()
		select {
		case p.space <- struct{}{}:
		default:
		}
		// The subscription is checked when the message goes out, as
		// upstream does, so that one arriving just after a write is honoured.
		if p.conn.subscribed(string(msg.Frames[0])) {
			_ = p.conn.SendMsg(msg)
		}
	}
}

// push queues msg. When the queue holds hwm messages (hwm > 0), it waits
// up to pubStallWait for room, and drops msg if none comes; a peer whose
// wait timed out is not waited for again until its queue has emptied.
func (p *pubPeer) push(msg Msg, hwm int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if hwm > 0 && p.q.Len() >= hwm && !p.stalled && !p.closed {
		timer := time.NewTimer(pubStallWait)
		defer timer.Stop()
		for p.q.Len() >= hwm && !p.closed {
			p.mu.Unlock()
			select {
			case <-p.space:
				p.mu.Lock()
				continue
			case <-timer.C:
			}
			p.mu.Lock()
			if p.q.Len() >= hwm {
				p.stalled = true
			}
			break
		}
	}
	if p.closed || hwm > 0 && p.q.Len() >= hwm {
		return
	}
	p.q.Push(msg)
	p.cond.Signal()
}

// stop ends the peer's goroutine and closes its connection, which also
// releases a goroutine blocked writing to it.
func (p *pubPeer) stop() error {
	p.mu.Lock()
	p.closed = true
	p.q.Init()
	p.cond.Signal()
	p.mu.Unlock()
	select {
	case p.space <- struct{}{}:
	default:
	}
	return p.conn.Close()
}

func (w *pubMWriter) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.closed = true
	var err error
	for _, p := range w.ws {
		if e := p.stop(); e != nil && err == nil {
			err = e
		}
	}
	w.ws = nil
	return err
}

func (mw *pubMWriter) addConn(w *Conn) {
	mw.mu.Lock()
	defer mw.mu.Unlock()
	if mw.closed {
		w.Close()
		return
	}
	mw.ws = append(mw.ws, newPubPeer(w))
}

func (mw *pubMWriter) rmConn(w *Conn) {
	mw.mu.Lock()
	defer mw.mu.Unlock()
	for i, p := range mw.ws {
		if p.conn == w {
			p.stop()
			mw.ws = append(mw.ws[:i], mw.ws[i+1:]...)
			return
		}
	}
}

func (w *pubMWriter) write(ctx context.Context, msg Msg) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, p := range w.ws {
		p.push(msg, w.hwm)
	}
	return nil
}

var (
	_ rpool  = (*pubQReader)(nil)
	_ wpool  = (*pubMWriter)(nil)
	_ Socket = (*pubSocket)(nil)
	_ Topics = (*pubSocket)(nil)
)
