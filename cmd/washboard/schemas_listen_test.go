package main

import "testing"

// The demo registry follows the broker: --listen moves both, the config's
// listen is taken as given, and the default stays 8081.
func TestDemoRegistryListenFollowsTheBroker(t *testing.T) {
	tests := []struct {
		name string
		o    options
		cfg  Config
		addr string
		near bool
	}{
		{"default", options{}, Config{}, "127.0.0.1:8081", true},
		{"default port given", options{listen: "127.0.0.1:9092"}, Config{}, "127.0.0.1:8081", true},
		{"moved broker", options{listen: "127.0.0.1:19600"}, Config{}, "127.0.0.1:19601", true},
		{"free port", options{listen: "127.0.0.1:0"}, Config{}, "127.0.0.1:0", false},
		{"config embedded listen", options{}, Config{Embedded: EmbeddedConfig{Listen: "127.0.0.1:29092"}}, "127.0.0.1:29093", true},
		{"config registry listen", options{listen: "127.0.0.1:19600"}, Config{SchemaRegistry: SchemaRegistryConfig{Listen: "127.0.0.1:7000"}}, "127.0.0.1:7000", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			addr, near := demoRegistryListen(tc.o, tc.cfg)
			if addr != tc.addr || near != tc.near {
				t.Errorf("got %s near=%v, want %s near=%v", addr, near, tc.addr, tc.near)
			}
		})
	}
}

// With several brokers the demo registry follows the last one: the port
// after the first broker's is the second broker's (ut21a X-7).
func TestDemoRegistryFollowsTheLastBroker(t *testing.T) {
	tests := []struct {
		listen string
		addrs  []string
		want   string
	}{
		{"127.0.0.1:29900", []string{"127.0.0.1:29900", "127.0.0.1:29901", "127.0.0.1:29902"}, "127.0.0.1:29903"},
		{"127.0.0.1:29900", []string{"127.0.0.1:29900"}, "127.0.0.1:29901"},
		{"127.0.0.1:0", []string{"127.0.0.1:40001", "127.0.0.1:40007"}, "127.0.0.1:0"},
		{"127.0.0.1:9092", []string{"127.0.0.1:9092", "127.0.0.1:9093", "127.0.0.1:9094"}, "127.0.0.1:8081"},
	}
	for _, tc := range tests {
		addr, _ := demoRegistryListen(options{listen: registryBeside(tc.listen, tc.addrs)}, Config{})
		if addr != tc.want {
			t.Errorf("%s with brokers %v: registry on %s, want %s", tc.listen, tc.addrs, addr, tc.want)
		}
	}
}
