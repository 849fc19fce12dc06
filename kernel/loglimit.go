package kernel

import (
	"log/slog"
	"sync"
	"time"
)

// logLimiter keeps a flood of bad messages from flooding the log: at most
// burst lines per second, then one line per second saying how many were
// suppressed. The zero value is ready to use.
type logLimiter struct {
	mu         sync.Mutex
	window     time.Time
	n          int
	suppressed int
}

const logBurst = 5

func (l *logLimiter) warn(log *slog.Logger, msg string, args ...any) {
	l.mu.Lock()
	now := time.Now()
	if now.Sub(l.window) >= time.Second {
		if l.suppressed > 0 {
			log.Warn("suppressed log lines about dropped messages", "count", l.suppressed)
		}
		l.window, l.n, l.suppressed = now, 0, 0
	}
	l.n++
	if l.n > logBurst {
		l.suppressed++
		l.mu.Unlock()
		return
	}
	l.mu.Unlock()
	log.Warn(msg, args...)
}
