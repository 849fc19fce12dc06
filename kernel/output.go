package kernel

import (
	"strings"
	"sync"
	"time"
)

// streamFlushDelay is how long printed text may wait in the buffer so that
// a loop of many prints reaches the frontend as a few stream messages.
const streamFlushDelay = 50 * time.Millisecond

// streamFlushSize is how much buffered text forces a flush.
const streamFlushSize = 64 << 10

// cellOutput implements eval.Output for one execute_request: it publishes
// on iopub with the request as parent. Stream text is coalesced: it is held
// until another kind of output, a timer, a size limit or the end of the cell
// flushes it, and stdout and stderr keep their relative order.
type cellOutput struct {
	k      *Kernel
	parent *request

	mu      sync.Mutex
	name    string // stream whose text is buffered
	buf     strings.Builder
	timer   *time.Timer
	result  any              // text/plain of the execute_result, for history
	payload []map[string]any // execute_reply payload items
}

func (o *cellOutput) Payload(p map[string]any) {
	o.mu.Lock()
	o.payload = append(o.payload, p)
	o.mu.Unlock()
}

func (o *cellOutput) Stream(name, text string) {
	if text == "" {
		return
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.name != name && o.buf.Len() > 0 {
		o.flushLocked()
	}
	o.name = name
	o.buf.WriteString(text)
	if o.buf.Len() >= streamFlushSize {
		o.flushLocked()
		return
	}
	if o.timer == nil {
		o.timer = time.AfterFunc(streamFlushDelay, o.flush)
	}
}

func (o *cellOutput) Display(data, metadata map[string]any) {
	o.flush()
	o.k.publish(o.parent, "display_data", map[string]any{
		"data": data, "metadata": orEmptyMap(metadata), "transient": map[string]any{},
	})
}

func (o *cellOutput) ClearOutput(wait bool) {
	o.flush()
	o.k.publish(o.parent, "clear_output", map[string]any{"wait": wait})
}

func (o *cellOutput) Result(data, metadata map[string]any) {
	o.flush()
	o.mu.Lock()
	o.result = data["text/plain"]
	o.mu.Unlock()
	o.k.publish(o.parent, "execute_result", map[string]any{
		"execution_count": o.parent.count, "data": data, "metadata": orEmptyMap(metadata),
	})
}

// flush publishes any buffered stream text.
func (o *cellOutput) flush() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.flushLocked()
}

func (o *cellOutput) flushLocked() {
	if o.timer != nil {
		o.timer.Stop()
		o.timer = nil
	}
	if o.buf.Len() == 0 {
		return
	}
	text := o.buf.String()
	o.buf.Reset()
	o.k.publish(o.parent, "stream", map[string]any{"name": o.name, "text": text})
}

func orEmptyMap(m map[string]any) map[string]any {
	if m == nil {
		return map[string]any{}
	}
	return m
}
