package main

import "testing"

// TestConnectWithNamesTheListenHost: the serve line gives the command a
// viewer can type as it is (ut34a-23: `ssh -p 31910 -t HOST` for a server
// listening on 127.0.0.1).
func TestConnectWithNamesTheListenHost(t *testing.T) {
	tests := []struct{ addr, want string }{
		{"127.0.0.1:31910", "ssh -p 31910 -t 127.0.0.1"},
		{"[::1]:2222", "ssh -p 2222 -t ::1"},
		{"0.0.0.0:2222", "ssh -p 2222 -t THIS-HOST"},
		{"[::]:2222", "ssh -p 2222 -t THIS-HOST"},
		{":2222", "ssh -p 2222 -t THIS-HOST"},
		{"10.1.2.3:22", "ssh -t 10.1.2.3"},
	}
	for _, tt := range tests {
		if got := connectWith(tt.addr); got != tt.want {
			t.Errorf("connectWith(%q) = %q, want %q", tt.addr, got, tt.want)
		}
	}
}
