package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
)

// Kafka client properties, in librdkafka's names (kcat's -X) and the Java
// client's (a client.properties for --command-config), map onto the same
// cluster settings as the config file. A property washboard does not know
// or cannot honour is an error that names it: silently ignoring a security
// setting would connect differently from what the user asked.

// propOrigin says where properties come from: passwords may come from a
// file, never from the command line (it shows in ps and shell history).
type propOrigin int

const (
	fromCommandLine propOrigin = iota
	fromFile
)

// propSet applies properties to a cluster's settings. Some properties only
// make sense together (security.protocol and the mechanism, a Java store's
// location and type); check sees them all at the end.
type propSet struct {
	c      *ClusterConfig
	origin propOrigin
	// protocol is security.protocol, upper case; "" when not given.
	protocol string
	// storeTypes are ssl.truststore.type and ssl.keystore.type, upper
	// case ("JKS" is Java's default when a location is given).
	trustType, keyType string
	trustSet, keySet   bool
}

// property maps one property (all its spellings) onto the settings.
type property struct {
	names []string
	set   func(p *propSet, v string) error
	never bool // known, always refused with a reason
}

// errUnsupported words a known property washboard cannot honour.
type errUnsupported string

func (e errUnsupported) Error() string { return string(e) }

var properties = []property{
	{names: []string{"bootstrap.servers", "metadata.broker.list"}, set: func(p *propSet, v string) error {
		p.c.Brokers = splitBrokers(v)
		if len(p.c.Brokers) == 0 {
			return fmt.Errorf("no broker in %q", v)
		}
		return nil
	}},
	{names: []string{"client.id"}, set: func(p *propSet, v string) error { p.c.ClientID = v; return nil }},
	{names: []string{"security.protocol"}, set: func(p *propSet, v string) error {
		switch u := strings.ToUpper(v); u {
		case "PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL":
			p.protocol = u
			p.c.TLS.Enabled = u == "SSL" || u == "SASL_SSL"
			return nil
		}
		return fmt.Errorf("%q: want PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL", v)
	}},
	{names: []string{"sasl.mechanisms", "sasl.mechanism"}, set: func(p *propSet, v string) error {
		m, err := saslMechanism(v)
		p.c.SASL.Mechanism = m
		return err
	}},
	{names: []string{"sasl.username"}, set: func(p *propSet, v string) error { p.c.SASL.Username = v; return nil }},
	{names: []string{"sasl.password"}, set: func(p *propSet, v string) error {
		if p.origin == fromCommandLine {
			return errPasswordFlag
		}
		p.c.SASL.Password = v
		return nil
	}},
	{names: []string{"sasl.jaas.config"}, set: func(p *propSet, v string) error { return p.jaas(v) }},
	{names: []string{"ssl.ca.location"}, set: func(p *propSet, v string) error { p.c.TLS.CAFile = v; return nil }},
	{names: []string{"ssl.certificate.location"}, set: func(p *propSet, v string) error { p.c.TLS.CertFile = v; return nil }},
	{names: []string{"ssl.key.location"}, set: func(p *propSet, v string) error { p.c.TLS.KeyFile = v; return nil }},
	{names: []string{"enable.ssl.certificate.verification"}, set: func(p *propSet, v string) error {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return fmt.Errorf("%q: want true or false", v)
		}
		p.c.TLS.InsecureSkipVerify = !b
		return nil
	}},
	{names: []string{"ssl.endpoint.identification.algorithm"}, set: func(p *propSet, v string) error {
		if strings.EqualFold(v, "https") {
			return nil // what washboard always does
		}
		return errUnsupported("washboard always checks the broker's host name; to skip every certificate check say enable.ssl.certificate.verification=false (or --tls-insecure)")
	}},
	{names: []string{"ssl.truststore.location"}, set: func(p *propSet, v string) error {
		p.c.TLS.CAFile, p.trustSet = v, true
		return nil
	}},
	{names: []string{"ssl.truststore.type"}, set: func(p *propSet, v string) error { p.trustType = strings.ToUpper(v); return nil }},
	{names: []string{"ssl.keystore.location"}, set: func(p *propSet, v string) error {
		// A PEM keystore holds the certificate chain and the key in one file.
		p.c.TLS.CertFile, p.c.TLS.KeyFile, p.keySet = v, v, true
		return nil
	}},
	{names: []string{"ssl.keystore.type"}, set: func(p *propSet, v string) error { p.keyType = strings.ToUpper(v); return nil }},
	{names: []string{"ssl.key.password", "ssl.keystore.password", "ssl.truststore.password"}, set: func(*propSet, string) error {
		return errUnsupported("encrypted keys and JKS/PKCS12 stores are not supported; give unencrypted PEM files (openssl pkcs12 -nodes, openssl pkey)")
	}, never: true},
}

var errPasswordFlag = errUnsupported("a password is never taken from the command line (ps and shell history show it); use KAFKA_SASL_PASSWORD, --sasl-password-file, a --command-config file, or the prompt")

// propertyByName indexes properties by every spelling.
func propertyByName(name string) (property, bool) {
	for _, p := range properties {
		for _, n := range p.names {
			if n == name {
				return p, true
			}
		}
	}
	return property{}, false
}

// set applies one property.
func (p *propSet) set(name, value string) error {
	prop, ok := propertyByName(name)
	if !ok && harmless(name) { // client tuning: noted in the log, changes nothing
		p.c.Ignored = append(p.c.Ignored, name)
		return nil
	}
	if !ok {
		return fmt.Errorf("property %s: %s", name, unknownProperty(name))
	}
	if err := prop.set(p, value); err != nil {
		return fmt.Errorf("property %s: %w", name, err)
	}
	return nil
}

// check validates what only all the properties together say.
func (p *propSet) check() error {
	sasl := p.protocol == "SASL_PLAINTEXT" || p.protocol == "SASL_SSL"
	switch {
	case sasl && p.c.SASL.Mechanism == "":
		return fmt.Errorf("property security.protocol=%s: also give sasl.mechanism (PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512; GSSAPI, the Java default, is not supported)", p.protocol)
	case p.protocol != "" && !sasl && p.c.SASL.Mechanism != "":
		return fmt.Errorf("property sasl.mechanism=%s: security.protocol=%s does not use SASL (say SASL_SSL or SASL_PLAINTEXT)", p.c.SASL.Mechanism, p.protocol)
	case p.trustSet && p.trustType != "PEM":
		return storeTypeError("ssl.truststore", p.trustType)
	case p.keySet && p.keyType != "PEM":
		return storeTypeError("ssl.keystore", p.keyType)
	}
	return nil
}

func storeTypeError(store, typ string) error {
	if typ == "" {
		typ = "JKS (the default)"
	}
	return fmt.Errorf("property %s.type is %s: washboard reads PEM only; convert the store (keytool -importkeystore to PKCS12, then openssl pkcs12 -nodes) and say %s.type=PEM", store, typ, store)
}

func supportedProperties() string {
	var names []string
	for _, p := range properties {
		if !p.never {
			names = append(names, p.names...)
		}
	}
	return strings.Join(names, ", ")
}

// saslMechanism checks a mechanism's name and returns it upper case.
func saslMechanism(v string) (string, error) {
	switch u := strings.ToUpper(strings.TrimSpace(v)); u {
	case "PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512":
		return u, nil
	case "GSSAPI", "OAUTHBEARER":
		return "", errUnsupported(u + " is not supported; washboard speaks PLAIN, SCRAM-SHA-256 and SCRAM-SHA-512")
	}
	return "", fmt.Errorf("%q: want PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512", v)
}

var jaasModule = regexp.MustCompile(`^\s*([\w.$]+)\s+(required|requisite|sufficient|optional)\b`)
var jaasOption = regexp.MustCompile(`(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s;]+))`)

// jaas reads the Java client's sasl.jaas.config: the login module must be
// the PLAIN or SCRAM one, and gives the username and password.
func (p *propSet) jaas(v string) error {
	m := jaasModule.FindStringSubmatch(v)
	if m == nil {
		return fmt.Errorf("cannot read the login module (want like: org.apache.kafka.common.security.scram.ScramLoginModule required username=\"u\" password=\"p\";)")
	}
	module := m[1][strings.LastIndex(m[1], ".")+1:]
	if module != "PlainLoginModule" && module != "ScramLoginModule" {
		return errUnsupported(module + " is not supported; washboard speaks PLAIN (PlainLoginModule) and SCRAM (ScramLoginModule)")
	}
	for _, o := range jaasOption.FindAllStringSubmatch(v[len(m[0]):], -1) {
		val := o[3]
		if o[3] == "" {
			val = strings.NewReplacer(`\"`, `"`, `\\`, `\`).Replace(o[2])
		}
		switch o[1] {
		case "username":
			p.c.SASL.Username = val
		case "password":
			if p.origin == fromCommandLine {
				return errPasswordFlag
			}
			p.c.SASL.Password = val
		}
	}
	if p.c.SASL.Mechanism == "" && module == "PlainLoginModule" {
		p.c.SASL.Mechanism = "PLAIN" // Java's sasl.mechanism default is GSSAPI; the module says PLAIN
	}
	return nil
}

// applyKV applies -X key=value pairs from the command line.
func applyKV(c *ClusterConfig, pairs []string) error {
	p := &propSet{c: c, origin: fromCommandLine}
	for _, kv := range pairs {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || strings.TrimSpace(k) == "" {
			shown := " " + kv
			if strings.Contains(strings.ToLower(kv), "pass") || strings.Contains(strings.ToLower(kv), "secret") {
				shown = "" // a secret typed wrongly is still a secret
			}
			return fmt.Errorf("-X%s: want key=value (librdkafka's names, like security.protocol=SASL_SSL)", shown)
		}
		if err := p.set(strings.TrimSpace(k), strings.TrimSpace(v)); err != nil {
			return fmt.Errorf("-X %w", err)
		}
	}
	if err := p.check(); err != nil {
		return fmt.Errorf("-X: %w", err)
	}
	return nil
}

// applyPropertiesFile applies a Java client.properties file (what
// kafka-console-consumer.sh --command-config reads).
func applyPropertiesFile(c *ClusterConfig, path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("--command-config: %w", err)
	}
	p := &propSet{c: c, origin: fromFile}
	for _, e := range parseProperties(data) {
		if err := p.set(e.key, e.value); err != nil {
			return fmt.Errorf("%s:%d: %w", path, e.line, err)
		}
	}
	if err := p.check(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// propEntry is one key and value of a properties file, with its line.
type propEntry struct {
	key, value string
	line       int
}

// parseProperties reads the java.util.Properties format: # and ! comments,
// key=value, key:value or key value, a trailing backslash continuing the
// line, and \t \n \r \f \uXXXX and escaped separators.
func parseProperties(data []byte) []propEntry {
	var out []propEntry
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		start := n
		line := strings.TrimLeft(sc.Text(), " \t\f")
		if line == "" || line[0] == '#' || line[0] == '!' {
			continue
		}
		for continued(line) && sc.Scan() {
			n++
			line = line[:len(line)-1] + strings.TrimLeft(sc.Text(), " \t\f")
		}
		key, value := splitProperty(line)
		out = append(out, propEntry{key: unescapeProperty(key), value: unescapeProperty(value), line: start})
	}
	return out
}

// continued reports an odd number of trailing backslashes.
func continued(line string) bool {
	n := 0
	for i := len(line) - 1; i >= 0 && line[i] == '\\'; i-- {
		n++
	}
	return n%2 == 1
}

// splitProperty cuts at the first unescaped =, : or whitespace.
func splitProperty(line string) (string, string) {
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '\\':
			i++
		case '=', ':', ' ', '\t', '\f':
			key, rest := line[:i], strings.TrimLeft(line[i:], " \t\f")
			if rest != "" && (rest[0] == '=' || rest[0] == ':') && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f') {
				rest = rest[1:]
			} else if line[i] == '=' || line[i] == ':' {
				rest = line[i+1:]
			}
			return key, strings.TrimLeft(rest, " \t\f")
		}
	}
	return line, ""
}

func unescapeProperty(s string) string {
	if !strings.ContainsRune(s, '\\') {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 't':
			b.WriteByte('\t')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 'f':
			b.WriteByte('\f')
		case 'u':
			if i+4 < len(s) {
				if r, err := strconv.ParseUint(s[i+1:i+5], 16, 32); err == nil {
					b.WriteRune(rune(r))
					i += 4
					continue
				}
			}
			b.WriteByte('u')
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}
