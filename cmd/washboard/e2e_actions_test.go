package main

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/washboard/washboard/source/kafkatest"
)

// The operator's night, in the console alone: find the STALL group, see
// why, reset it to an hour ago with a preview, watch its lag fall, and
// delete a finished group. franz-go writes the records and commits, and
// reads the results back (never washboard's own view).
func TestE2EOperatorResetsAStalledGroupAndDeletesAFinishedOne(t *testing.T) {
	dir := t.TempDir()
	cfg := dir + "/fast.toml"
	writeFile(t, cfg, "[poll]\ninterval = \"250ms\"\n[lag]\nwindow = \"1s\"\n")
	tm := startTerm(t, 160, 45, nil, "--config", cfg, "--listen", "127.0.0.1:0", "--no-simulate")
	addr := tm.brokerAddr()
	ctx := context.Background()
	cl := kafkatest.Client(t, addr)
	// Ten records two hours ago, ten in the last ten minutes: an hour ago
	// is offset 10.
	now := time.Now()
	for i := range 20 {
		at := now.Add(-2 * time.Hour).Add(time.Duration(i) * time.Second)
		if i >= 10 {
			at = now.Add(-10 * time.Minute).Add(time.Duration(i) * time.Second)
		}
		if err := cl.ProduceSync(ctx, &kgo.Record{Topic: "Student", Value: []byte(`{"StudentId":"s-1","State":0}`), Timestamp: at}).FirstErr(); err != nil {
			t.Fatal(err)
		}
	}
	kafkatest.Commit(t, cl, "e2e-stuck", "Student", map[int32]int64{0: 2})
	kafkatest.Commit(t, cl, "e2e-done", "Student", map[int32]int64{0: 20})

	tm.keys("5", "z")
	stuck := regexp.MustCompile(`e2e-stuck\s+classic\s+Empty\s+(?:\S+\s+)?\d+\s+0\s+(\d+)\s+STALL`)
	tm.waitFor("e2e-stuck to STALL with lag 18", 60*time.Second, func(s string) bool {
		m := stuck.FindStringSubmatch(s)
		return m != nil && m[1] == "18"
	})
	tm.keys("r")
	tm.waitText(10*time.Second, "Student/0: offset stuck at 2")
	tm.keys("r", "j", "o")
	tm.waitText(10*time.Second, "reset offsets of e2e-stuck", "earliest · latest")
	tm.keys("--", "-1h", "Enter")
	s := tm.waitText(20*time.Second, `type "e2e-stuck" and enter to reset offsets`)
	if !regexp.MustCompile(`Student/0\s+2\s+10\s+10`).MatchString(s) || !strings.Contains(s, "lag 18 now, 10 after") {
		t.Fatalf("preview lacks current 2, new 10, lag after 10:\n%s", s)
	}
	tm.keys("e2e-stuck", "Enter")
	tm.waitText(20*time.Second, "partition holds")
	if got := committedAt(t, addr, "e2e-stuck"); got != 10 {
		t.Fatalf("franz-go reads e2e-stuck at %d after the reset, want 10", got)
	}
	tm.keys("Escape")
	tm.waitFor("e2e-stuck's lag to fall to 10", 20*time.Second, func(s string) bool {
		m := regexp.MustCompile(`e2e-stuck\s+classic\s+Empty\s+(?:\S+\s+)?\d+\s+0\s+(\d+)\s`).FindStringSubmatch(s)
		return m != nil && m[1] == "10"
	})
	// kcat, a librdkafka member of the group, resumes where the reset put
	// it, and as it commits the group's lag falls to zero.
	out := kcat(t, "", "-b", addr, "-G", "e2e-stuck", "-e", "-q", "-f", "%o\n", "Student")
	if first := strings.Fields(out); len(first) != 10 || first[0] != "10" {
		t.Fatalf("kcat in e2e-stuck read offsets %q, want 10 to 19", out)
	}
	tm.waitFor("e2e-stuck's lag to fall to 0", 30*time.Second, func(s string) bool {
		m := regexp.MustCompile(`e2e-stuck\s+classic\s+Empty\s+(?:\S+\s+)?\d+\s+0\s+(\d+)\s`).FindStringSubmatch(s)
		return m != nil && m[1] == "0"
	})
	// The reset is in the event log with who did it.
	tm.keys("Enter")
	// (the group said once: ut32b Zb9)
	tm.waitText(10*time.Second, "e2e-stuck action by the local console: reset offsets on every topic")
	tm.keys("Escape") // alone: ESC then k would read as alt+k
	tm.waitText(10*time.Second, "lag history")
	tm.keys("k", "D")
	tm.waitText(10*time.Second, `type "e2e-done" and enter to delete a group`)
	tm.keys("e2e-done", "Enter")
	tm.waitText(20*time.Second, "deleted group e2e-done")
	groups, err := kadm.NewClient(kafkatest.Client(t, addr)).ListGroups(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := groups["e2e-done"]; ok {
		t.Fatalf("franz-go still lists e2e-done: %v", groups.Groups())
	}
	tm.keys("Escape")
	// its row gone, and the border saying so (ut36b-12)
	tm.waitFor("e2e-done gone from Groups", 20*time.Second, func(s string) bool {
		return !strings.Contains(s, "│  e2e-done ") && strings.Contains(s, "e2e-stuck") &&
			(strings.Contains(s, "e2e-done gone") || strings.Contains(s, "1 group gone"))
	})
}

// committedAt reads a group's committed offset on Student/0 with franz-go.
func committedAt(t *testing.T, addr, group string) int64 {
	t.Helper()
	res, err := kadm.NewClient(kafkatest.Client(t, addr)).FetchOffsets(context.Background(), group)
	if err != nil {
		t.Fatal(err)
	}
	o, ok := res.Lookup("Student", 0)
	if !ok {
		return -1
	}
	return o.At
}

func TestE2EActionsRefusedInReadOnlyAdmin(t *testing.T) {
	tm := startTerm(t, 160, 30, nil, "--listen", "127.0.0.1:0", "--no-simulate", "--read-only=admin")
	tm.waitText(30*time.Second, "connected", "read-only admin")
	tm.keys("4", "D")
	tm.waitText(10*time.Second, "read-only mode (admin): cannot delete a topic")
}
