package source

import (
	"context"
	"crypto/tls"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/source/kafkatest"
)

// pollWith polls a kfake cluster once through conn and returns the
// connection state the poller published.
func pollWith(t *testing.T, conn Conn) model.Link {
	t.Helper()
	c, err := conn.Client()
	if err != nil {
		t.Fatal(err)
	}
	c.Timeout = 5 * time.Second
	store := model.NewStore(nil, model.DefaultLimits())
	p := &Poller{Client: c, Store: store, Watch: Watch{All: true}, Explain: conn.Explain}
	p.PollOnce(context.Background())
	var st model.Link
	store.Read(func(s *model.State) { st = s.Link })
	return st
}

func cluster(t *testing.T, opts ...kfake.Opt) string {
	t.Helper()
	c, err := kfake.NewCluster(append([]kfake.Opt{kfake.NumBrokers(1), kfake.SeedTopics(1, "t")}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c.ListenAddrs()[0]
}

func TestSASL(t *testing.T) {
	for _, mech := range []string{"PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"} {
		t.Run(mech, func(t *testing.T) {
			addr := cluster(t, kfake.EnableSASL(), kfake.Superuser(mech, "washboard", "s3cret-pass"))
			good := Conn{Brokers: []string{addr}, SASL: SASLConfig{Mechanism: mech, Username: "washboard", Password: "s3cret-pass"}}
			if st := pollWith(t, good); st.State != model.LinkConnected {
				t.Fatalf("right password: state %q err %q", st.State, st.Err)
			}
			bad := good
			bad.SASL.Password = "wrong"
			st := pollWith(t, bad)
			// kfake hangs up on bad credentials where Kafka answers with
			// SASL_AUTHENTICATION_FAILED; both read as a SASL failure.
			if st.State != model.LinkError || !strings.Contains(st.Err, "SASL authentication") {
				t.Fatalf("wrong password: state %q err %q, want a SASL failure in words", st.State, st.Err)
			}
			if strings.Contains(good.String(), "s3cret") || strings.Contains(st.Err, "wrong") {
				t.Fatal("a password leaked into what is shown")
			}
		})
	}
}

func TestTLS(t *testing.T) {
	dir := t.TempDir()
	cert, caFile := kafkatest.SelfSigned(t, dir)
	addr := cluster(t, kfake.TLS(&tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}))
	tests := []struct {
		name  string
		tls   TLSConfig
		state model.LinkState
		err   string
	}{
		{"trusted CA", TLSConfig{Enabled: true, CAFile: caFile}, model.LinkConnected, ""},
		{"unknown CA", TLSConfig{Enabled: true}, model.LinkError, "not signed by a trusted CA"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := pollWith(t, Conn{Brokers: []string{addr}, TLS: tt.tls})
			if st.State != tt.state || !strings.Contains(st.Err, tt.err) {
				t.Fatalf("state %q err %q, want %q with %q", st.State, st.Err, tt.state, tt.err)
			}
		})
	}
}

func TestExplainDeadBroker(t *testing.T) {
	addr := deadAddr(t)
	st := pollWith(t, Conn{Brokers: []string{addr}})
	if st.State != model.LinkError || !strings.Contains(st.Err, "nothing listens on "+addr) {
		t.Fatalf("state %q err %q", st.State, st.Err)
	}
}

// A broker that hangs up mid-answer is said in words, keeping what was
// being asked (a user test, issue 9: "read ListGroups answer: EOF").
func TestExplainConnectionClosed(t *testing.T) {
	for _, err := range []error{
		fmt.Errorf("list groups on broker 0: read ListGroups answer: %w", io.EOF),
		fmt.Errorf("fetch: %w", io.ErrUnexpectedEOF),
	} {
		got := Explain(err)
		if !strings.HasSuffix(got, ": the broker closed the connection (restarting?); retrying") || strings.Contains(got, "EOF") {
			t.Errorf("Explain(%v) = %q", err, got)
		}
	}
}
