package source

import (
	"context"
	"crypto/tls"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kfake"

	"github.com/washboard/washboard/source/kafkatest"
)

// A TLS setting that does not match the listener is said in words, found
// by asking the listener, for both directions; a matching one is not.
func TestExplainListenerMismatch(t *testing.T) {
	plain, err := kfake.NewCluster(kfake.NumBrokers(1))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(plain.Close)
	cert, _ := kafkatest.SelfSigned(t, t.TempDir())
	secure, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.TLS(&tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(secure.Close)
	tlsOn := TLSConfig{Enabled: true, InsecureSkipVerify: true}
	tests := []struct {
		name string
		conn Conn
		err  error
		want string
	}{
		{"TLS to a plaintext listener (the client times out)", Conn{Brokers: plain.ListenAddrs(), TLS: tlsOn}, context.DeadlineExceeded,
			"is this listener TLS? " + plain.ListenAddrs()[0] + " answers plain Kafka, not TLS: drop --tls"},
		{"plaintext to a TLS listener (the broker hangs up)", Conn{Brokers: secure.ListenAddrs()}, io.ErrUnexpectedEOF,
			"is this listener TLS? " + secure.ListenAddrs()[0] + " speaks TLS: add --tls"},
		{"plaintext to a TLS listener with SASL", Conn{Brokers: secure.ListenAddrs(), SASL: SASLConfig{Mechanism: "PLAIN"}}, io.EOF,
			"speaks TLS: add --tls"},
		{"TLS to a TLS listener: not a mismatch", Conn{Brokers: secure.ListenAddrs(), TLS: tlsOn}, context.DeadlineExceeded,
			"the cluster did not answer in time"},
		{"plaintext to a plaintext listener: not a mismatch", Conn{Brokers: plain.ListenAddrs()}, context.DeadlineExceeded,
			"the cluster did not answer in time"},
		{"SASL refused on a matching listener keeps its words", Conn{Brokers: plain.ListenAddrs(), SASL: SASLConfig{Mechanism: "PLAIN"}}, io.EOF,
			"during SASL authentication"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.conn.Explain(tt.err); !strings.Contains(got, tt.want) {
				t.Fatalf("Explain = %q, want %q in it", got, tt.want)
			}
		})
	}
}

// The real client's error on plaintext to a TLS listener is recognised.
func TestExplainPlaintextToTLSFromTheClient(t *testing.T) {
	cert, _ := kafkatest.SelfSigned(t, t.TempDir())
	secure, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.TLS(&tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(secure.Close)
	conn := Conn{Brokers: secure.ListenAddrs(), Timeout: 5 * time.Second}
	client, err := conn.Client()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
	defer cancel()
	_, err = client.Metadata(ctx, &kafka.MetadataRequest{})
	if got := conn.Explain(err); !strings.Contains(got, "is this listener TLS?") {
		t.Fatalf("err %v explained as %q", err, got)
	}
}
