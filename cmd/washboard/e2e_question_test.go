package main

import (
	"context"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"

	"github.com/washboard/washboard/source/kafkatest"
)

// demoGroups lists the washboard-demo groups on the cluster, with franz-go.
func demoGroups(t *testing.T, addr string) []string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	groups, err := kadm.NewClient(kafkatest.Client(t, addr)).ListGroups(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, g := range groups.Groups() {
		if strings.HasPrefix(g, "washboard-demo") {
			out = append(out, g)
		}
	}
	return out
}

// At 80x24 (the grid's three-row Partitions box), every key but n cancels
// the demo-group question and does nothing else (ut18a F4: after 4 n 5 the
// question stayed pending and a later 4 n started a group that joins and
// commits); q cancels rather than quits. An outcome goes at
// the next key, whichever pane it goes to (F13).
func TestE2EDemoQuestionOnlyCancels(t *testing.T) {
	tm := startTerm(t, 80, 24, nil, "--listen", "127.0.0.1:0", "--no-simulate")
	addr := tm.brokerAddr()
	tm.waitText(30*time.Second, "connected", "Student")
	tm.keys("4", "/", "Student", "Enter") // Student sorts last, case aside: the filter puts the cursor on it
	tm.waitFor("the Partitions filter applied", 10*time.Second, func(s string) bool {
		return strings.Contains(s, "filter Student") || strings.Contains(s, "/Student") // the short form where the long does not fit
	})

	tm.keys("n")
	tm.waitText(10*time.Second, "n again to", "any other key cancels")
	tm.keys("5")
	s := tm.waitText(10*time.Second, "demo groups stay off")
	if strings.Contains(s, "n again to") || strings.Contains(s, "space mark") {
		t.Fatalf("5 did more than cancel (the question stays, or Groups has the focus):\n%s", s)
	}
	tm.keys("4", "n") // asks again: nothing was pending
	tm.waitText(10*time.Second, "n again to")
	for _, k := range []string{"Tab", "z", "?", "q", "Escape", "Up", "8"} {
		tm.keys(k)
		s := tm.waitText(10*time.Second, "demo groups stay off")
		if strings.Contains(s, "n again to") || strings.Contains(s, "? all keys") && !strings.Contains(s, "Partitions") {
			t.Fatalf("%s did more than cancel:\n%s", k, s)
		}
		if _, err := os.Stat(tm.status); err == nil {
			t.Fatalf("%s quit the program instead of cancelling the question", k)
		}
		tm.keys("n")
		tm.waitText(10*time.Second, "n again to")
	}
	tm.keys("Escape")
	tm.waitText(10*time.Second, "demo groups stay off")
	if got := demoGroups(t, addr); len(got) != 0 {
		t.Fatalf("a cancelled question started demo groups: %v", got)
	}

	// n n starts one; its outcome goes at the next key, to Groups.
	tm.keys("n")
	tm.waitText(10*time.Second, "n again to")
	tm.keys("n")
	tm.waitText(20*time.Second, "started washboard-demo-1 on Student")
	tm.keys("5", "z", "z")
	partitionsRow := regexp.MustCompile(`│Student \(1\)`)
	s = tm.waitFor("Partitions' rows back, the outcome gone", 10*time.Second, func(s string) bool {
		return !strings.Contains(s, "started washboard-demo-1") && partitionsRow.MatchString(s)
	})
	if got := demoGroups(t, addr); len(got) != 1 {
		t.Fatalf("n n: demo groups %v, want one\n%s", got, s)
	}

	tm.keys("C-c") // demo groups are on now: n no longer asks (the unit tests quit with ctrl+c at the question)
	if code := tm.exitCode(15 * time.Second); code != "0" {
		t.Fatalf("exit code %s, want 0; stderr: %s", code, tm.stderr())
	}
}
