package main

import (
	"errors"
	"flag"
	"fmt"
)

// kafkaFlags are the connection flags Kafka users already type: kcat's -X
// with librdkafka's property names, the Java tools' --command-config, and
// plain flags for TLS and SASL. They apply on top of the selected cluster
// profile, in this order: --command-config, -X, then the plain flags
// (--brokers, --tls..., --sasl-...), so a plain flag always wins.
type kafkaFlags struct {
	commandConfig string
	x             stringList

	tls                    bool
	tlsCA, tlsCert         string
	tlsKey                 string
	tlsInsecure            bool
	saslMechanism          string
	saslUser, saslPassFile string
}

// register adds the flags to fs.
func (k *kafkaFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&k.commandConfig, "command-config", "", "")
	fs.Var(&k.x, "X", "")
	fs.BoolVar(&k.tls, "tls", false, "")
	fs.StringVar(&k.tlsCA, "tls-ca", "", "")
	fs.StringVar(&k.tlsCert, "tls-cert", "", "")
	fs.StringVar(&k.tlsKey, "tls-key", "", "")
	fs.BoolVar(&k.tlsInsecure, "tls-insecure", false, "")
	fs.StringVar(&k.saslMechanism, "sasl-mechanism", "", "")
	fs.StringVar(&k.saslUser, "sasl-username", "", "")
	fs.StringVar(&k.saslPassFile, "sasl-password-file", "", "")
	// A password flag is refused in words rather than as an unknown flag.
	fs.Func("sasl-password", "", func(string) error { return errors.New(errPasswordFlag.Error()) })
}

// set reports whether any connection flag was given: a switch to another
// profile in the console leaves them behind (they described the first).
func (k kafkaFlags) set() bool {
	return k.commandConfig != "" || len(k.x) > 0 || k.tls || k.tlsCA != "" || k.tlsCert != "" || k.tlsKey != "" ||
		k.tlsInsecure || k.saslMechanism != "" || k.saslUser != "" || k.saslPassFile != ""
}

// applyProps puts --command-config's properties, then -X's, on top of c.
func (k kafkaFlags) applyProps(c *ClusterConfig) error {
	if k.commandConfig != "" {
		if err := applyPropertiesFile(c, k.commandConfig); err != nil {
			return err
		}
	}
	return applyKV(c, k.x)
}

// apply puts the flags on top of c: the properties, then the plain flags.
func (k kafkaFlags) apply(c *ClusterConfig) error {
	if err := k.applyProps(c); err != nil {
		return err
	}
	if k.tls || k.tlsCA != "" || k.tlsCert != "" || k.tlsKey != "" || k.tlsInsecure {
		c.TLS.Enabled = true
	}
	c.TLS.CAFile = pick(k.tlsCA, c.TLS.CAFile)
	c.TLS.CertFile = pick(k.tlsCert, c.TLS.CertFile)
	c.TLS.KeyFile = pick(k.tlsKey, c.TLS.KeyFile)
	if (k.tlsCert == "") != (k.tlsKey == "") {
		return fmt.Errorf("--tls-cert and --tls-key go together (a client certificate and its key)")
	}
	c.TLS.InsecureSkipVerify = c.TLS.InsecureSkipVerify || k.tlsInsecure
	if k.saslMechanism != "" {
		m, err := saslMechanism(k.saslMechanism)
		if err != nil {
			return fmt.Errorf("--sasl-mechanism %w", err)
		}
		c.SASL.Mechanism = m
	}
	c.SASL.Username = pick(k.saslUser, c.SASL.Username)
	if k.saslPassFile != "" { // the flag beats a password the config had
		c.SASL.PasswordFile, c.SASL.Password, c.SASL.PasswordEnv = k.saslPassFile, "", ""
	}
	if c.SASL.Mechanism != "" && c.SASL.Username == "" {
		return fmt.Errorf("SASL %s needs a user name (--sasl-username, -X sasl.username, or username in the config)", c.SASL.Mechanism)
	}
	return c.SASL.checkMechanism(k)
}

// checkMechanism refuses SASL settings without a mechanism: they would be
// silently ignored, and washboard would connect without SASL.
func (s SASLConfig) checkMechanism(k kafkaFlags) error {
	if s.Mechanism != "" {
		return nil
	}
	const want = "(plain, scram-sha-256 or scram-sha-512; -X sasl.mechanism or mechanism in the config say the same)"
	switch {
	case k.saslUser != "":
		return fmt.Errorf("--sasl-username needs --sasl-mechanism %s", want)
	case k.saslPassFile != "":
		return fmt.Errorf("--sasl-password-file needs --sasl-mechanism %s", want)
	case s.Username != "":
		return fmt.Errorf("SASL user %q has no mechanism: give --sasl-mechanism %s", s.Username, want)
	}
	return nil
}
