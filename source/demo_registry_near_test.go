package source

import (
	"net"
	"strings"
	"testing"
)

// The demo registry takes the port it prefers when free, and another free
// port of the same host when that one is taken, instead of failing.
func TestDemoRegistryNearFallsBackToAFreePort(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	d, err := StartDemoRegistryNear(busy.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer d.ln.Close()
	if !strings.HasPrefix(d.URL(), "http://127.0.0.1:") || d.URL() == "http://"+busy.Addr().String() {
		t.Errorf("URL %s: want another port of 127.0.0.1", d.URL())
	}
	addr := d.ln.Addr().String()
	d.ln.Close()
	again, err := StartDemoRegistryNear(addr) // free now: taken as asked
	if err != nil {
		t.Fatal(err)
	}
	defer again.ln.Close()
	if again.URL() != "http://"+addr {
		t.Errorf("URL %s, want http://%s", again.URL(), addr)
	}
}
