package main

import (
	"context"
	"io"
	"net"
	"strings"
	"testing"
	"time"
)

// TestBrokerRefusesATakenListen: the headless broker stops with the port
// named when --listen is in use, never listening elsewhere: kcat and
// producers pointed at that address would write to the other program's
// cluster (ut34b-14: it listened on 127.0.0.1:34705 instead).
func TestBrokerRefusesATakenListen(t *testing.T) {
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err = runBroker(ctx, []string{"--listen", taken.Addr().String()}, io.Discard)
	// broker 0, as Kafka numbers it (kcat -L), not 1 (ut35-5)
	if err == nil || !strings.Contains(err.Error(), "broker 0: "+taken.Addr().String()+" is in use") {
		t.Fatalf("runBroker on a taken port: %v, want an error naming %s in use", err, taken.Addr())
	}
}
