package source

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"

	"github.com/washboard/washboard/model"
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
	cert, caFile := selfSigned(t, dir)
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

// selfSigned makes a certificate for 127.0.0.1 and writes it as a CA file.
func selfSigned(t *testing.T, dir string) (tls.Certificate, string) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "washboard test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, IsCA: true, BasicConstraintsValid: true,
		KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	certPEM := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := tls.X509KeyPair(certPEM, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER}))
	if err != nil {
		t.Fatal(err)
	}
	caFile := filepath.Join(dir, "ca.pem")
	if err := os.WriteFile(caFile, certPEM, 0o600); err != nil {
		t.Fatal(err)
	}
	return cert, caFile
}
