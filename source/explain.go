package source

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"syscall"

	"github.com/segmentio/kafka-go"
)

// Explain says in words what went wrong talking to the cluster, for the
// header: an operator at 3 a.m. wants "nothing listens on kafka-1:9092",
// not a chain of wrapped Go errors. Unknown errors keep their text, without
// kafka-go's method prefixes.
func Explain(err error) string {
	if err == nil {
		return ""
	}
	var op *net.OpError
	var dns *net.DNSError
	var unknownCA x509.UnknownAuthorityError
	var hostname x509.HostnameError
	var header tls.RecordHeaderError
	var kerr kafka.Error
	switch {
	case errors.Is(err, syscall.ECONNREFUSED) && errors.As(err, &op) && op.Addr != nil:
		return fmt.Sprintf("nothing listens on %s (connection refused); retrying", op.Addr)
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused: is a broker running there? retrying"
	case errors.As(err, &dns):
		return fmt.Sprintf("cannot resolve host %q; retrying", dns.Name)
	case errors.As(err, &unknownCA):
		return "TLS: the broker's certificate is not signed by a trusted CA (set tls.ca_file)"
	case errors.As(err, &hostname):
		return "TLS: the broker's certificate does not match its host name (set tls.server_name)"
	case errors.As(err, &header):
		return "TLS handshake failed: the broker does not speak TLS here (is tls.enabled right?)"
	case errors.As(err, &kerr) && kerr == kafka.SASLAuthenticationFailed:
		return "SASL authentication failed: check sasl.mechanism, sasl.username and the password"
	case errors.Is(err, context.DeadlineExceeded) || isTimeout(err):
		return "the cluster did not answer in time; retrying"
	}
	msg := trimPrefixes(err.Error())
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) { // "read ListGroups answer: EOF"
		for _, raw := range []string{"unexpected EOF", "EOF"} {
			if cut, ok := strings.CutSuffix(msg, raw); ok {
				return cut + "the broker closed the connection (restarting?); retrying"
			}
		}
	}
	return msg
}

// Explain is the package Explain with what this connection adds: a TLS
// setting that does not match the listener is found by asking it; with SASL
// configured, a broker that hangs up mid-handshake has almost always
// refused the credentials (some brokers close instead of answering with
// an error code).
func (c Conn) Explain(err error) string {
	if m := c.listenerMismatch(err); m != "" { // TLS to a plaintext listener, or the other way (listener.go)
		return m
	}
	if c.SASL.Mechanism != "" && (errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF)) {
		return "the broker closed the connection during SASL authentication: check sasl.mechanism, sasl.username and the password"
	}
	return Explain(err)
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// trimPrefixes drops kafka-go's "kafka.(*Client).Metadata: " and the like.
func trimPrefixes(s string) string {
	for {
		i := strings.Index(s, "kafka.(")
		if i < 0 {
			return s
		}
		j := strings.Index(s[i:], ": ")
		if j < 0 {
			return s
		}
		s = s[:i] + s[i+j+2:]
	}
}

// ExplainOnce is Explain for a request made once, an operator action's:
// the same words as the header's ("nothing listens on kafka-1:9092
// (connection refused)"), without the header's "retrying", since an
// action is not retried.
func ExplainOnce(err error) string {
	s := Explain(err)
	for _, tail := range []string{"; retrying", " retrying"} {
		if cut, ok := strings.CutSuffix(s, tail); ok {
			return cut
		}
	}
	return s
}
