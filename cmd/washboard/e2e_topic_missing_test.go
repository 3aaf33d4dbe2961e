package main

import (
	"strings"
	"testing"
	"time"
)

// A --topic NAME the cluster does not have is said in Topics, in words,
// not read as a quiet topic; one it has gets no such line (ut16b E24).
func TestE2EMissingNamedTopicIsSaid(t *testing.T) {
	need(t, "tmux")
	addr, _ := startListening(t, brokerListening, "broker", "--listen", "127.0.0.1:0", "--topics", "orders:2")
	tm := startTerm(t, 160, 40, nil, "--brokers", addr, "--topic", "nosuch-topic-typo", "--topic", "orders")
	s := tm.waitText(30*time.Second, "--topic nosuch-topic-typo: not on the cluster")
	if strings.Contains(s, "--topic orders: not on the cluster") {
		t.Fatalf("a topic the cluster has is said missing:\n%s", s)
	}
}
