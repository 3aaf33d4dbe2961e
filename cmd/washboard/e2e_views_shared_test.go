package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A series view and a status view configured on one topic both show the
// records kcat writes to it (ut24a P16: the status view said "waiting for
// records" with 0 keys for minutes beside the series view's keys).
func TestE2ESeriesAndStatusViewsShareATopic(t *testing.T) {
	need(t, "kcat", "tmux")
	addr, _ := startListening(t, brokerListening, "broker", "--listen", "127.0.0.1:0", "--topics", "shipments:2")
	var recs strings.Builder
	for i := range 6 {
		fmt.Fprintf(&recs, "s-%d:{\"shipment_id\":\"s-%d\",\"status\":\"SHIPPED\",\"weight_kg\":%d.5}\n", i%3, i%3, i)
	}
	kcat(t, recs.String(), "-b", addr, "-P", "-t", "shipments", "-K:")
	cfg := filepath.Join(t.TempDir(), "config.toml")
	writeFile(t, cfg, `[poll]
interval = "250ms"

[[view]]
topic = "shipments"
kind = "series"
title = "Shipment weights"
key = "shipment_id"
[[view.field]]
path = "weight_kg"

[[view]]
topic = "shipments"
kind = "status"
title = "Shipment states"
key = "shipment_id"
status = "status"
`)
	tm := startTerm(t, 160, 45, nil, "--config", cfg, "--brokers", addr, "--start", "beginning")
	s := tm.waitFor("both views' keys", 40*time.Second, func(s string) bool {
		return lineWith(s, `1 Shipment weights`, `3 keys`) && lineWith(s, `2 Shipment states`, `3 keys`) &&
			lineWith(s, `│SHIPPED\s+3\s`)
	})
	if strings.Contains(s, "waiting for records on shipments") {
		t.Fatalf("a view still waits for records:\n%s", s)
	}
	tm.keys("q")
	if code := tm.exitCode(15 * time.Second); code != "0" {
		t.Fatalf("exit %s; stderr: %s", code, tm.stderr())
	}
}
