package source

import (
	"context"
	"errors"
	"net"
	"sync"
	"time"
)

// memberConns tracks one demo member's open connections, so a leave that
// outlasts LeaveBound can be cut short: kafka-go's group reader takes no
// context for Close and keeps its own 5 s request deadlines.
type memberConns struct {
	mu     sync.Mutex
	open   map[net.Conn]struct{}
	closed bool // cut has run: no new connection is made
}

// errMemberCut is what a dial returns once the member's leave was cut.
var errMemberCut = errors.New("demo member stopped: leave cut short")

// dial is a kafka.Dialer DialFunc that records each connection it makes.
func (m *memberConns) dial(timeout time.Duration) func(ctx context.Context, network, address string) (net.Conn, error) {
	nd := &net.Dialer{Timeout: timeout}
	return func(ctx context.Context, network, address string) (net.Conn, error) {
		c, err := nd.DialContext(ctx, network, address)
		if err != nil {
			return nil, err
		}
		m.mu.Lock()
		defer m.mu.Unlock()
		if m.closed {
			_ = c.Close()
			return nil, errMemberCut
		}
		m.open[c] = struct{}{}
		return &trackedConn{Conn: c, owner: m}, nil
	}
}

// cut closes every open connection and refuses new ones; it reports
// whether any connection was open.
func (m *memberConns) cut() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.closed = true
	any := len(m.open) > 0
	for c := range m.open {
		_ = c.Close()
	}
	clear(m.open)
	return any
}

// trackedConn forgets itself on Close, so a long-running member's set
// holds only its open connections.
type trackedConn struct {
	net.Conn
	owner *memberConns
	once  sync.Once
}

func (c *trackedConn) Close() error {
	c.once.Do(func() {
		c.owner.mu.Lock()
		delete(c.owner.open, c.Conn)
		c.owner.mu.Unlock()
	})
	return c.Conn.Close()
}
