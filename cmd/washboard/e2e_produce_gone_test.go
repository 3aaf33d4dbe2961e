package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"

	"github.com/washboard/washboard/source/kafkatest"
)

// ut20 O1: in the 80x24 grid a Produce form filled by R on a Log record
// followed the topic list when its topic was deleted (franz-go deletes it
// here): the topic became another one, key and value were emptied, and
// ctrl+s would have sent there. The form keeps its topic, key, value and
// partition and says the topic is not on the cluster; ctrl+s sends nothing
// to any other topic (kcat reads the other topic empty).
func TestE2EProduceFormKeepsADeletedTopic(t *testing.T) {
	need(t, "kcat")
	addr, _ := startListening(t, brokerListening, "broker", "--listen", "127.0.0.1:0", "--topics", "orders:3,payments:2")
	kcat(t, `{"n":1}`+"\n", "-b", addr, "-P", "-t", "orders", "-k", "k1", "-p", "1")
	tm := startTerm(t, 80, 24, nil, "--brokers", addr)
	tm.waitText(30*time.Second, "connected", `orders/1@0`)
	tm.keys("6", "space")
	tm.waitText(10*time.Second, "paused")
	tm.keys("R")
	tm.waitText(20*time.Second, "editing", "k1")
	tm.keys("Escape")
	tm.waitFor("the form filled from the record, not edited", 10*time.Second, func(s string) bool {
		return !strings.Contains(s, "editing") && strings.Contains(s, "topic     orders") && strings.Contains(s, "partition 1")
	})

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := kadm.NewClient(kafkatest.Client(t, addr)).DeleteTopics(ctx, "orders"); err != nil {
		t.Fatal(err)
	}
	s := tm.waitFor("the form saying its topic is gone", 30*time.Second, func(s string) bool {
		return strings.Contains(s, "topic orders is not on") && strings.Contains(s, "never creates topics)") // wrapped in the box
	})
	for _, want := range []string{"topic     orders", "key       k1", "partition 1", `value     {"n":1}`} {
		if !strings.Contains(s, want) {
			t.Fatalf("the form lost %q when its topic was deleted:\n%s", want, s)
		}
	}
	if strings.Contains(s, "topic     payments") {
		t.Fatalf("the form switched to another topic:\n%s", s)
	}
	tm.keys("C-s")
	tm.waitText(20*time.Second, "send failed")
	if got := kcat(t, "", "-b", addr, "-C", "-t", "payments", "-e", "-q", "-f", `%t %k\n`); strings.TrimSpace(got) != "" {
		t.Fatalf("ctrl+s sent to payments: kcat reads %q", got)
	}
}
