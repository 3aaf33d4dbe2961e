// Package source does all of washboard's Kafka I/O: it tails partitions,
// polls cluster metadata, produces, runs the embedded broker and the seed
// simulators, and hands what it reads to the model.
package source

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/sasl"
	"github.com/segmentio/kafka-go/sasl/plain"
	"github.com/segmentio/kafka-go/sasl/scram"
)

// TLSConfig enables TLS to the brokers.
type TLSConfig struct {
	Enabled            bool
	CAFile             string
	CertFile           string
	KeyFile            string
	InsecureSkipVerify bool
	ServerName         string
}

// SASLConfig enables SASL authentication. Password is never logged or shown.
type SASLConfig struct {
	Mechanism string // PLAIN, SCRAM-SHA-256, SCRAM-SHA-512
	Username  string
	Password  string
}

// Conn says how to reach a cluster.
type Conn struct {
	Brokers  []string
	ClientID string
	TLS      TLSConfig
	SASL     SASLConfig
	Timeout  time.Duration // per request; 10s when zero
}

// String names the cluster without secrets.
func (c Conn) String() string {
	s := strings.Join(c.Brokers, ",")
	if c.TLS.Enabled {
		s += " (tls)"
	}
	if c.SASL.Mechanism != "" {
		s += " (sasl " + strings.ToLower(c.SASL.Mechanism) + " as " + c.SASL.Username + ")"
	}
	return s
}

// Transport builds the kafka-go transport shared by every request washboard
// makes to this cluster.
func (c Conn) Transport() (*kafka.Transport, error) {
	if len(c.Brokers) == 0 {
		return nil, errors.New("no brokers given")
	}
	t := &kafka.Transport{
		ClientID:    c.clientID(),
		DialTimeout: 5 * time.Second,
		IdleTimeout: 30 * time.Second,
		MetadataTTL: 10 * time.Second,
	}
	var err error
	if t.TLS, err = c.TLS.build(); err != nil {
		return nil, err
	}
	if t.SASL, err = c.SASL.mechanism(); err != nil {
		return nil, err
	}
	return t, nil
}

// Client returns a kafka-go client for the cluster.
func (c Conn) Client() (*kafka.Client, error) {
	t, err := c.Transport()
	if err != nil {
		return nil, err
	}
	timeout := c.Timeout
	if timeout == 0 {
		timeout = 10 * time.Second
	}
	return &kafka.Client{Addr: kafka.TCP(c.Brokers...), Transport: t, Timeout: timeout}, nil
}

func (c Conn) clientID() string {
	if c.ClientID != "" {
		return c.ClientID
	}
	return "washboard"
}

func (t TLSConfig) build() (*tls.Config, error) {
	if !t.Enabled {
		return nil, nil
	}
	cfg := &tls.Config{
		MinVersion:         tls.VersionTLS12,
		InsecureSkipVerify: t.InsecureSkipVerify, //nolint:gosec // the user asked for it in the config
		ServerName:         t.ServerName,
	}
	if t.CAFile != "" {
		pem, err := os.ReadFile(t.CAFile)
		if err != nil {
			return nil, fmt.Errorf("tls ca_file: %w", err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("tls ca_file %s: no PEM certificate in it", t.CAFile)
		}
		cfg.RootCAs = pool
	}
	if t.CertFile != "" || t.KeyFile != "" {
		cert, err := tls.LoadX509KeyPair(t.CertFile, t.KeyFile)
		if err != nil {
			return nil, fmt.Errorf("tls client certificate: %w", err)
		}
		cfg.Certificates = []tls.Certificate{cert}
	}
	return cfg, nil
}

func (s SASLConfig) mechanism() (sasl.Mechanism, error) {
	switch strings.ToUpper(s.Mechanism) {
	case "":
		return nil, nil
	case "PLAIN":
		return plain.Mechanism{Username: s.Username, Password: s.Password}, nil
	case "SCRAM-SHA-256":
		return scram.Mechanism(scram.SHA256, s.Username, s.Password)
	case "SCRAM-SHA-512":
		return scram.Mechanism(scram.SHA512, s.Username, s.Password)
	}
	return nil, fmt.Errorf("sasl mechanism %q: want PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512", s.Mechanism)
}

// dialable reports whether addr parses as host:port, for early, clear errors.
func dialable(addr string) error {
	if _, _, err := net.SplitHostPort(addr); err != nil {
		return fmt.Errorf("broker address %q: %w", addr, err)
	}
	return nil
}

// Validate checks what can be checked before dialling.
func (c Conn) Validate() error {
	for _, b := range c.Brokers {
		if err := dialable(b); err != nil {
			return err
		}
	}
	_, err := c.Transport()
	return err
}
