package main

import (
	"strings"
	"testing"
	"time"
)

// On a cluster without the demo's topics, the freshly opened Produce form
// takes typing in its prefilled topic at once: Backspace, Home, letters
// and ctrl+u edit it, a key typed stays, and ctrl+s sends to the topic
// typed, as kcat reads back (ut18b G7: the next frame put the Topics
// list's topic back, so ctrl+s sent to the prefilled topic). A Log record
// whose value holds an ESC is not edited into another value: R leaves the
// value out and says why (ut18b G6).
func TestE2EProduceTopicTakesTyping(t *testing.T) {
	need(t, "kcat")
	long := "hostile.bytes-and-control-characters-in-keys-headers-values-test-01"
	addr, _ := startListening(t, brokerListening, "broker", "--listen", "127.0.0.1:0", "--topics", long+":3,orders:4")
	kcat(t, "plain text \x1b[2J not an escape\n", "-b", addr, "-P", "-t", long, "-k", "real", "-p", "0")
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		tm := startTerm(t, size[0], size[1], nil, "--brokers", addr)
		tm.waitText(30*time.Second, "connected", "orders")
		tm.keys("7", "Enter") // 7 focuses, enter edits
		tm.waitText(10*time.Second, "editing", "▸topic")
		// the prefilled topic (the Topics list's first) is edited: its
		// end taken off, a letter at its start, then replaced whole
		tm.keys("BSpace", "BSpace", "Home", "Z")
		tm.waitText(20*time.Second, "Zhostile.bytes")
		tm.keys("End", "C-u")
		tm.keys("-l", "ord")
		tm.waitText(20*time.Second, "▸topic     ord")
		key := "k-" + itoaTest(size[0])
		tm.keys("Tab")
		tm.keys("-l", key)
		tm.waitText(20*time.Second, "▸key       "+key)
		tm.keys("BTab")
		tm.keys("-l", "ers")
		// the suggestion draws "ord" as "orders" already: the note that
		// the topic is not on the cluster goes once "ers" is typed
		s := tm.waitFor("the topic orders typed", 20*time.Second, func(s string) bool {
			return strings.Contains(s, "▸topic     orders") && !strings.Contains(s, "is not on the cluster")
		})
		if !strings.Contains(s, "key       "+key) {
			t.Fatalf("%dx%d: the key typed went while the topic was typed:\n%s", size[0], size[1], s)
		}
		tm.keys("C-s")
		tm.waitFor("a delivery report to orders", 20*time.Second, func(s string) bool {
			m := deliveredRe.FindStringSubmatch(s)
			return m != nil && m[1] == "orders"
		})
		tm.keys("C-c")
	}
	got := kcat(t, "", "-b", addr, "-C", "-t", "orders", "-e", "-q", "-f", `%t %k\n`)
	for _, want := range []string{"orders k-80", "orders k-200"} {
		if !strings.Contains(got, want) {
			t.Fatalf("kcat reads %q from orders, want a record %q", got, want)
		}
	}

	// R on the ESC record: the value is left out, named with its byte.
	tm := startTerm(t, 200, 50, nil, "--brokers", addr)
	tm.waitText(30*time.Second, "connected", `\x1b[2J`)
	tm.keys("6", "/")
	tm.keys("-l", "re:escape")
	tm.waitText(30*time.Second, "/re:escape")
	tm.keys("Enter")
	tm.waitText(30*time.Second, "─ 1/")
	tm.keys("R")
	s := tm.waitText(20*time.Second, "editing", `value (control byte \x1b)`)
	if strings.Contains(s, "plain text [2J") {
		t.Fatalf("the form holds the value without its ESC:\n%s", s)
	}
}
