package source

import (
	"context"
	"crypto/tls"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"syscall"
	"time"
)

// probeTimeout bounds each listener probe.
const probeTimeout = 2 * time.Second

// mismatchSuspect reports errors that a TLS mismatch produces: TLS to a
// plaintext listener hangs (the broker reads the ClientHello as the size
// of a huge request and waits for it), plaintext to a TLS listener is
// hung up on (the TLS server reads the request as a bad record).
func mismatchSuspect(err error) bool {
	var header tls.RecordHeaderError
	return errors.Is(err, context.DeadlineExceeded) || isTimeout(err) || errors.Is(err, io.EOF) ||
		errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.ECONNRESET) || errors.As(err, &header)
}

// listenerMismatch asks the first broker, when err looks like it, whether
// its listener speaks what the connection does not: Kafka in plaintext
// when TLS is on, TLS when it is off. It returns the explanation, or ""
// when the listener speaks what the connection does (or cannot be asked).
func (c Conn) listenerMismatch(err error) string {
	if len(c.Brokers) == 0 || !mismatchSuspect(err) {
		return ""
	}
	addr := c.Brokers[0]
	if c.TLS.Enabled {
		if speaksPlaintextKafka(addr) {
			return fmt.Sprintf("is this listener TLS? %s answers plain Kafka, not TLS: drop --tls (security.protocol=PLAINTEXT or SASL_PLAINTEXT), or use the broker's TLS port", addr)
		}
		return ""
	}
	if speaksTLS(addr) {
		return fmt.Sprintf("is this listener TLS? %s speaks TLS: add --tls (security.protocol=SSL or SASL_SSL), or use the broker's plaintext port", addr)
	}
	return ""
}

// speaksPlaintextKafka sends an ApiVersions v0 request in the clear and
// reports whether a Kafka response with its correlation id comes back.
func speaksPlaintextKafka(addr string) bool {
	conn, err := net.DialTimeout("tcp", addr, probeTimeout)
	if err != nil {
		return false
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(probeTimeout))
	const correlation = 0x77620001
	req := make([]byte, 14)
	binary.BigEndian.PutUint32(req[0:], 10) // size of what follows
	binary.BigEndian.PutUint16(req[4:], 18) // ApiVersions
	binary.BigEndian.PutUint16(req[6:], 0)  // version 0
	binary.BigEndian.PutUint32(req[8:], correlation)
	binary.BigEndian.PutUint16(req[12:], 0xffff) // null client id
	if _, err := conn.Write(req); err != nil {
		return false
	}
	var resp [8]byte
	if _, err := io.ReadFull(conn, resp[:]); err != nil {
		return false
	}
	size := binary.BigEndian.Uint32(resp[0:])
	return size >= 4 && size < 1<<20 && binary.BigEndian.Uint32(resp[4:]) == correlation
}

// speaksTLS reports whether a TLS handshake (certificate unchecked: only
// the protocol is asked) succeeds at addr.
func speaksTLS(addr string) bool {
	d := &net.Dialer{Timeout: probeTimeout}
	conn, err := tls.DialWithDialer(d, "tcp", addr, &tls.Config{InsecureSkipVerify: true}) //nolint:gosec // a protocol probe, nothing is sent
	if err != nil {
		return false
	}
	_ = conn.Close()
	return true
}
