package main

import (
	"strings"
	"testing"
)

// ut19b J5: a key under an unknown table was named by the table above it
// (`[ui] thme` after a `[[view]]` as `view.thme`), or bare (`pol_interval`
// under `[kafka]`, whose `brokers` was read as the top level's and not
// said at all), and `name` under `[[view]]` got `did you mean view.rate?`.
// An unknown table is said as a table, as written, with the keys it holds
// (none of which is read) and the table it is near; a key is named by the
// table it is in; a suggestion is made only when it is near.
func TestConfigErrorsNameTheTableAKeyIsIn(t *testing.T) {
	tests := []struct {
		name string
		toml string
		want []string // every problem, after the path
		not  []string // said nowhere
	}{
		{"unknown table with keys", "[kafka]\nbrokers = [\"127.0.0.1:9092\"]\npol_interval = \"2s\"\n",
			[]string{":1: table [kafka]: unknown table, so its keys brokers (line 2), pol_interval (line 3) are not read"},
			[]string{"key pol_interval", "key kafka"}},
		{"unknown table after an array table", "[[view]]\ntopic = \"orders\"\nkind = \"status\"\nstatus = \"s\"\n[ui]\nthme = \"dark\"\n",
			[]string{":5: table [ui]: unknown table, so its key thme (line 6) is not read"},
			[]string{"view.thme"}},
		{"a far key gets no suggestion", "[[view]]\nname = \"x\"\ntopic = \"orders\"\nkind = \"status\"\nstatus = \"s\"\n",
			[]string{":2: key view.name: unknown key"},
			[]string{"did you mean"}},
		{"a near table is suggested", "[pol]\ninterval = \"1s\"\n",
			[]string{":1: table [pol]: unknown table, so its key interval (line 2) is not read: did you mean [poll]?"}, nil},
		{"an array table is suggested as one", "[[views]]\ntopic = \"a\"\n",
			[]string{":1: table [[views]]: unknown table, so its key topic (line 2) is not read: did you mean [[view]]?"}, nil},
		{"a sub-table", "[tail.fetchh]\nmax_bytes = 1\n",
			[]string{":1: table [tail.fetchh]: unknown table, so its key max_bytes (line 2) is not read: did you mean [tail.fetch]?"}, nil},
		{"an empty unknown table", "[ui]\n[poll]\ninterval = \"1s\"\n",
			[]string{":1: table [ui]: unknown table"}, []string{"not read"}},
		{"a near key still is", "[poll]\nintervall = \"1s\"\n",
			[]string{":2: key poll.intervall: unknown key: did you mean poll.interval?"}, nil},
		// ut22b N9: `default = true` in a profile is pointed to default_cluster.
		{"a profile marked default", "[[cluster]]\nname = \"a\"\nbrokers = [\"127.0.0.1:1\"]\ndefault = true\n",
			[]string{":4: key cluster.default: unknown key: the default profile is named at the top level, default_cluster = \"NAME\""}, nil},
		// ut24a: a key of a sub-table written flat, as its flag is
		// (--sasl-mechanism), is pointed to the sub-table.
		{"a sub-table's key written flat", "[[cluster]]\nname = \"a\"\nbrokers = [\"127.0.0.1:1\"]\nsasl_mechanism = \"plain\"\n",
			[]string{":4: key cluster.sasl_mechanism: unknown key: did you mean cluster.sasl.mechanism (mechanism under [cluster.sasl])?"}, nil},
		{"a top-level sub-table's key written flat", "tls_ca_file = \"ca.pem\"\n",
			[]string{":1: key tls_ca_file: unknown key: did you mean tls.ca_file (ca_file under [tls])?"}, nil},
		// ut22b N7: `washboard clusters` listed a profile whose mechanism
		// the console then refused; the config's check says it at its line.
		{"a profile's sasl mechanism", "[[cluster]]\nname = \"a\"\nbrokers = [\"127.0.0.1:1\"]\n[[cluster]]\nname = \"b\"\nbrokers = [\"127.0.0.1:2\"]\n[cluster.sasl]\nmechanism = \"scram-sha-1024\"\n",
			[]string{":8: key cluster.sasl.mechanism: cluster \"b\": sasl mechanism \"scram-sha-1024\": want PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512"}, nil},
		{"the top-level sasl mechanism", "[sasl]\nmechanism = \"md5\"\n",
			[]string{":2: key sasl.mechanism: sasl mechanism \"md5\": want PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512"}, nil},
		{"a value near a kind", "[[view]]\ntopic = \"orders\"\nkind = \"seires\"\n",
			[]string{`:3: key view.kind: view orders: kind "seires" is neither "series" nor "status": did you mean series?`}, nil},
		{"a value far from every kind", "[[view]]\ntopic = \"orders\"\nkind = \"pie\"\n",
			[]string{`:3: key view.kind: view orders: kind "pie" is neither "series" nor "status"`}, []string{"did you mean"}},
		{"a short key one letter off", "[[view]]\ntopic = \"orders\"\nkind = \"status\"\nstatus = \"s\"\ntpic = \"x\"\n",
			[]string{":5: key view.tpic: unknown key: did you mean view.topic?"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := t.TempDir() + "/c.toml"
			writeFile(t, path, tt.toml)
			_, err := LoadConfig(path, true)
			if err == nil {
				t.Fatal("no error")
			}
			var got []string
			for _, l := range strings.Split(err.Error(), "\n") {
				if i := strings.Index(l, path+":"); i >= 0 && strings.Count(l, path) == 1 && !strings.Contains(l, " problems:") {
					got = append(got, l[i+len(path):])
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			for _, n := range tt.not {
				if strings.Contains(err.Error(), n) {
					t.Errorf("the error says %q:\n%v", n, err)
				}
			}
		})
	}
}

// Keys under an unknown table are not read as another table's: brokers
// under [kafka] does not become the top level's brokers.
func TestConfigUnknownTableKeysAreNotRead(t *testing.T) {
	path := t.TempDir() + "/c.toml"
	writeFile(t, path, "[kafka]\nbrokers = [\"10.0.0.1:9092\"]\n")
	cfg, err := LoadConfig(path, true)
	if err == nil || len(cfg.Brokers) != 0 {
		t.Fatalf("brokers under [kafka] read as %v (error %v)", cfg.Brokers, err)
	}
}
