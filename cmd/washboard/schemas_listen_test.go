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
