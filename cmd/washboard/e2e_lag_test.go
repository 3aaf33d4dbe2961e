package main

import (
	"context"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/source/kafkatest"
)

// groupRow matches a Partitions row of group e2e-billing: committed and lag.
var groupRow = regexp.MustCompile(`↳ e2e-billing\s+([\d,]+)\s+([\d,]+)\s`)

func TestE2ELagPerPartitionFromAnotherClientsCommits(t *testing.T) {
	tm := startTerm(t, 160, 45, nil, "--listen", "127.0.0.1:0", "--no-simulate")
	addr := tm.brokerAddr()
	kcat(t, strings.Repeat("r\n", 5), "-b", addr, "-P", "-t", "rider-updates", "-p", "0")
	kcat(t, strings.Repeat("r\n", 8), "-b", addr, "-P", "-t", "rider-updates", "-p", "1")
	kafkatest.Commit(t, kafkatest.Client(t, addr), "e2e-billing", "rider-updates", map[int32]int64{0: 2, 1: 8})

	tm.keys("4", "z")
	// Partition 0, then partition 1: committed and lag; the topic's row
	// says the lag only (its partitions' offsets summed are no offset).
	want := [][2]string{{"2", "3"}, {"8", "0"}}
	s := tm.waitFor("lag of e2e-billing per partition", 30*time.Second, func(s string) bool {
		m := groupRow.FindAllStringSubmatch(s, -1)
		if len(m) != len(want) {
			return false
		}
		for i, w := range want {
			if m[i][1] != w[0] || m[i][2] != w[1] {
				return false
			}
		}
		return true
	})
	if !regexp.MustCompile(`↳ e2e-billing\s+3\s+\d+\.\d/s`).MatchString(s) {
		t.Fatalf("the topic's row does not say the group's lag 3 alone:\n%s", s)
	}
	if !strings.Contains(s, "rider-updates (2)") {
		t.Fatalf("topic totals row missing:\n%s", s)
	}
	// The group appears in Groups with its total lag, started outside washboard.
	tm.keys("5")
	tm.waitFor("e2e-billing in Groups", 20*time.Second, func(s string) bool {
		return regexp.MustCompile(`e2e-billing\s+classic\s+Empty\s+(\S+\s+)?\d+\s+0\s+3\s`).MatchString(s)
	})
	tm.keys("q")
	if code := tm.exitCode(15 * time.Second); code != "0" {
		t.Fatalf("exit code %s, want 0; stderr: %s", code, tm.stderr())
	}
}

func TestE2EKcatGroupAppearsWithItsMember(t *testing.T) {
	need(t, "kcat")
	tm := startTerm(t, 160, 30, nil, "--listen", "127.0.0.1:0", "--no-simulate")
	addr := tm.brokerAddr()
	ctx, cancel := context.WithCancel(context.Background())
	// kcat -G is a real librdkafka group member, started outside washboard.
	cmd := exec.CommandContext(ctx, "kcat", "-b", addr, "-G", "e2e-kcat", "-X", "client.id=kcat-e2e", "-q", "rider-updates")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cancel(); _ = cmd.Wait() })

	tm.keys("5", "z")
	tm.waitFor("the kcat group, stable with one member", 60*time.Second, func(s string) bool {
		return regexp.MustCompile(`e2e-kcat\s+classic\s+Stable\s+\S+\s+\d+\s+1\s`).MatchString(s)
	})
	tm.keys("enter")
	tm.waitText(20*time.Second, "▸ kcat-e2e", "rider-updates/0", "rider-updates/1", "rebalance log")
}

func TestE2EDemoGroupFromThePanes(t *testing.T) {
	tm := startTerm(t, 160, 40, nil, "--listen", "127.0.0.1:0", "--no-simulate")
	tm.waitText(30*time.Second, "connected", "Student (1)")
	tm.keys("4", "z", "/", "Student", "Enter", "n") // Student sorts last, case aside: the filter puts the cursor on it
	tm.waitText(10*time.Second, "n again to start one on Student")
	tm.keys("n")
	tm.waitText(20*time.Second, "started washboard-demo-1 on Student")
	// Two members on a one-partition topic: one of them is idle.
	tm.keys("5")
	tm.waitText(20*time.Second, "washboard-demo-1 demo") // listed by the poller
	tm.keys("+")
	tm.waitFor("washboard-demo-1 with two members", 30*time.Second, func(s string) bool {
		return regexp.MustCompile(`washboard-demo-1 demo\s+classic\s+Stable\s+\S+\s+\d+\s+2\s`).MatchString(s)
	})
	tm.keys("Enter")
	tm.waitText(20*time.Second, "idle", "  Student/0", "joined washboard-demo-1-m2")
	tm.keys("x")
	tm.waitText(20*time.Second, "stopped washboard-demo-1")
}

func TestE2EDemoGroupsRefusedReadOnly(t *testing.T) {
	tm := startTerm(t, 160, 30, nil, "--listen", "127.0.0.1:0", "--no-simulate", "--read-only")
	tm.waitText(30*time.Second, "connected", "read-only")
	tm.keys("5", "n")
	tm.waitText(10*time.Second, "read-only mode (all): cannot run demo groups")
}
