package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// Every supported property, in librdkafka's and Java's spellings, lands on
// the setting it names; every refused one is named in the error.
func TestPropertyMapping(t *testing.T) {
	tests := []struct {
		name  string
		props []string // key=value
		file  bool     // from a client.properties rather than -X
		want  ClusterConfig
		err   string
	}{
		{"bootstrap.servers", []string{"bootstrap.servers=k1:9093, k2"}, false,
			ClusterConfig{Brokers: []string{"k1:9093", "k2"}}, ""},
		{"metadata.broker.list (librdkafka)", []string{"metadata.broker.list=k1:9093"}, false,
			ClusterConfig{Brokers: []string{"k1:9093"}}, ""},
		{"empty bootstrap.servers", []string{"bootstrap.servers= , "}, false, ClusterConfig{}, "property bootstrap.servers: no broker"},
		{"client.id", []string{"client.id=ops-console"}, false, ClusterConfig{ClientID: "ops-console"}, ""},
		{"security.protocol=SSL", []string{"security.protocol=ssl"}, false,
			ClusterConfig{TLS: TLSConfig{Enabled: true}}, ""},
		{"security.protocol=PLAINTEXT", []string{"security.protocol=PLAINTEXT"}, false, ClusterConfig{}, ""},
		{"security.protocol=SASL_SSL with sasl.mechanisms", []string{"security.protocol=SASL_SSL", "sasl.mechanisms=SCRAM-SHA-512", "sasl.username=alice"}, false,
			ClusterConfig{TLS: TLSConfig{Enabled: true}, SASL: SASLConfig{Mechanism: "SCRAM-SHA-512", Username: "alice"}}, ""},
		{"SASL_PLAINTEXT with sasl.mechanism (Java)", []string{"security.protocol=SASL_PLAINTEXT", "sasl.mechanism=plain", "sasl.username=bob"}, false,
			ClusterConfig{SASL: SASLConfig{Mechanism: "PLAIN", Username: "bob"}}, ""},
		{"SASL protocol without a mechanism", []string{"security.protocol=SASL_SSL"}, false, ClusterConfig{}, "security.protocol=SASL_SSL: also give sasl.mechanism"},
		{"mechanism with a non-SASL protocol", []string{"security.protocol=SSL", "sasl.mechanism=PLAIN"}, false, ClusterConfig{}, "does not use SASL"},
		{"unknown protocol", []string{"security.protocol=TLS"}, false, ClusterConfig{}, "property security.protocol: \"TLS\": want PLAINTEXT"},
		{"GSSAPI", []string{"sasl.mechanisms=GSSAPI"}, false, ClusterConfig{}, "property sasl.mechanisms: GSSAPI is not supported"},
		{"OAUTHBEARER", []string{"sasl.mechanism=OAUTHBEARER"}, false, ClusterConfig{}, "property sasl.mechanism: OAUTHBEARER is not supported"},
		{"sasl.password from a file", []string{"sasl.password=s3cret"}, true, ClusterConfig{SASL: SASLConfig{Password: "s3cret"}}, ""},
		{"sasl.password on the command line", []string{"sasl.password=s3cret"}, false, ClusterConfig{}, "property sasl.password: a password is never taken from the command line"},
		{"sasl.jaas.config SCRAM", []string{"sasl.mechanism=SCRAM-SHA-256", `sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="alice" password="a\\\"b";`}, true,
			ClusterConfig{SASL: SASLConfig{Mechanism: "SCRAM-SHA-256", Username: "alice", Password: `a"b`}}, ""},
		{"sasl.jaas.config PLAIN implies the mechanism", []string{`sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=carol password=pw;`}, true,
			ClusterConfig{SASL: SASLConfig{Mechanism: "PLAIN", Username: "carol", Password: "pw"}}, ""},
		{"sasl.jaas.config with a password on the command line", []string{`sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="u" password="p";`}, false,
			ClusterConfig{}, "property sasl.jaas.config: a password is never taken"},
		{"sasl.jaas.config Kerberos", []string{`sasl.jaas.config=com.sun.security.auth.module.Krb5LoginModule required useKeyTab=true;`}, true,
			ClusterConfig{}, "property sasl.jaas.config: Krb5LoginModule is not supported"},
		{"sasl.jaas.config unreadable", []string{`sasl.jaas.config=username="u"`}, true, ClusterConfig{}, "cannot read the login module"},
		{"ssl.ca.location", []string{"ssl.ca.location=/etc/ca.pem"}, false, ClusterConfig{TLS: TLSConfig{CAFile: "/etc/ca.pem"}}, ""},
		{"ssl.certificate.location and ssl.key.location", []string{"ssl.certificate.location=/c.pem", "ssl.key.location=/k.pem"}, false,
			ClusterConfig{TLS: TLSConfig{CertFile: "/c.pem", KeyFile: "/k.pem"}}, ""},
		{"enable.ssl.certificate.verification=false", []string{"enable.ssl.certificate.verification=false"}, false,
			ClusterConfig{TLS: TLSConfig{InsecureSkipVerify: true}}, ""},
		{"enable.ssl.certificate.verification=true", []string{"enable.ssl.certificate.verification=true"}, false, ClusterConfig{}, ""},
		{"enable.ssl.certificate.verification=maybe", []string{"enable.ssl.certificate.verification=maybe"}, false, ClusterConfig{}, "want true or false"},
		{"ssl.endpoint.identification.algorithm=https", []string{"ssl.endpoint.identification.algorithm=https"}, false, ClusterConfig{}, ""},
		{"ssl.endpoint.identification.algorithm empty", []string{"ssl.endpoint.identification.algorithm="}, true, ClusterConfig{}, "property ssl.endpoint.identification.algorithm: washboard always checks"},
		{"PEM truststore (Java)", []string{"ssl.truststore.type=PEM", "ssl.truststore.location=/t.pem"}, true, ClusterConfig{TLS: TLSConfig{CAFile: "/t.pem"}}, ""},
		{"JKS truststore (the Java default)", []string{"ssl.truststore.location=/t.jks"}, true, ClusterConfig{}, "ssl.truststore.type is JKS (the default): washboard reads PEM only"},
		{"PKCS12 truststore", []string{"ssl.truststore.location=/t.p12", "ssl.truststore.type=PKCS12"}, true, ClusterConfig{}, "ssl.truststore.type is PKCS12"},
		{"PEM keystore (Java)", []string{"ssl.keystore.location=/ks.pem", "ssl.keystore.type=pem"}, true,
			ClusterConfig{TLS: TLSConfig{CertFile: "/ks.pem", KeyFile: "/ks.pem"}}, ""},
		{"JKS keystore", []string{"ssl.keystore.location=/ks.jks"}, true, ClusterConfig{}, "ssl.keystore.type is JKS"},
		{"ssl.key.password", []string{"ssl.key.password=x"}, true, ClusterConfig{}, "property ssl.key.password: encrypted keys"},
		{"ssl.keystore.password", []string{"ssl.keystore.password=x"}, true, ClusterConfig{}, "property ssl.keystore.password: encrypted keys"},
		{"ssl.truststore.password", []string{"ssl.truststore.password=x"}, true, ClusterConfig{}, "property ssl.truststore.password: encrypted keys"},
		{"unknown property", []string{"frobnicate.level=3"}, false, ClusterConfig{}, "property frobnicate.level: unknown or not supported by washboard (it reads bootstrap.servers"},
		{"a typo", []string{"bootstrap.server=k1"}, false, ClusterConfig{}, "property bootstrap.server: unknown property: did you mean bootstrap.servers?"},
		{"a typo in a security key", []string{"security.protocl=SASL_SSL"}, true, ClusterConfig{}, "did you mean security.protocol?"},
		{"a typo in the mechanism key", []string{"sasl.mechanisim=PLAIN"}, false, ClusterConfig{}, "did you mean sasl.mechanism?"},
		{"Confluent Cloud's tuning keys are ignored", []string{"bootstrap.servers=pkc-1.aws.confluent.cloud:9092", "client.dns.lookup=use_all_dns_ips",
			"session.timeout.ms=45000", "acks=all", "schema.registry.url=https://psrc-1", "basic.auth.credentials.source=USER_INFO", "basic.auth.user.info=k:s"}, true,
			ClusterConfig{Brokers: []string{"pkc-1.aws.confluent.cloud:9092"}, Ignored: []string{"client.dns.lookup", "session.timeout.ms", "acks",
				"schema.registry.url", "basic.auth.credentials.source", "basic.auth.user.info"}}, ""},
		{"librdkafka tuning keys are ignored", []string{"fetch.wait.max.ms=100", "linger.ms=5"}, false,
			ClusterConfig{Ignored: []string{"fetch.wait.max.ms", "linger.ms"}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got ClusterConfig
			var err error
			if tt.file {
				path := filepath.Join(t.TempDir(), "client.properties")
				if werr := os.WriteFile(path, []byte(strings.Join(tt.props, "\n")+"\n"), 0o600); werr != nil {
					t.Fatal(werr)
				}
				err = applyPropertiesFile(&got, path)
			} else {
				err = applyKV(&got, tt.props)
			}
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err %v, want one containing %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestApplyKVNeedsKeyValue(t *testing.T) {
	for _, kv := range []string{"security.protocol", "=SSL"} {
		var c ClusterConfig
		if err := applyKV(&c, []string{kv}); err == nil || !strings.Contains(err.Error(), "want key=value") {
			t.Errorf("-X %s: err %v, want key=value asked for", kv, err)
		}
	}
}

// The java.util.Properties format, as client.properties files are written.
func TestParseProperties(t *testing.T) {
	in := "# a comment\n" +
		"! another\n" +
		"\n" +
		"bootstrap.servers=k1:9092\n" +
		"  client.id : spaced \n" +
		"security.protocol SASL_SSL\n" +
		"sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\\n" +
		"    username=\"alice\" \\\n" +
		"    password=\"pw\";\n" +
		"key\\=with\\:escapes=a\\tb\\u00e9\n" +
		"empty=\n" +
		"bare\n"
	want := []propEntry{
		{"bootstrap.servers", "k1:9092", 4},
		{"client.id", "spaced ", 5},
		{"security.protocol", "SASL_SSL", 6},
		{"sasl.jaas.config", `org.apache.kafka.common.security.scram.ScramLoginModule required username="alice" password="pw";`, 7},
		{"key=with:escapes", "a\tbé", 10},
		{"empty", "", 11},
		{"bare", "", 12},
	}
	if got := parseProperties([]byte(in)); !reflect.DeepEqual(got, want) {
		t.Fatalf("got  %+v\nwant %+v", got, want)
	}
}

// A client.properties error names the file, the line and the property.
func TestPropertiesFileErrorNamesTheLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "client.properties")
	if err := os.WriteFile(path, []byte("bootstrap.servers=k1\n\nsasl.kerberos.service.name=kafka\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var c ClusterConfig
	err := applyPropertiesFile(&c, path)
	if err == nil || !strings.Contains(err.Error(), path+":3: property sasl.kerberos.service.name: unknown") {
		t.Fatalf("err %v, want the file, line 3 and the property named", err)
	}
}

func TestWithDefaultPort(t *testing.T) {
	tests := map[string]string{
		"localhost":      "localhost:9092",
		"kafka-1":        "kafka-1:9092",
		"kafka-1:29092":  "kafka-1:29092",
		"10.0.0.7":       "10.0.0.7:9092",
		"::1":            "[::1]:9092",
		"[::1]":          "[::1]:9092",
		"[::1]:9093":     "[::1]:9093",
		"kafka.internal": "kafka.internal:9092",
	}
	for in, want := range tests {
		if got := withDefaultPort(in); got != want {
			t.Errorf("withDefaultPort(%q) = %q, want %q", in, got, want)
		}
	}
}
