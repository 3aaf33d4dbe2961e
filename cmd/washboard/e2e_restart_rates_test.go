package main

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// topicsRow is the Topics pane's bursty row: records and produce rate;
// partsRows its Partitions rows: the topic's rate, then each partition's.
var (
	topicsRow = regexp.MustCompile(`bursty\s+3\s+(?:1\s+)?([\d,]+)\s+([\d.,]+)/s`) // rf 1 goes to the border when every topic shares it
	partsRow  = regexp.MustCompile(`^│(?:bursty \(3\)|  \d ).*?\s([\d.,]+)/s`)
)

// rate is a "75.0" or "1,204" of the screen as a number.
func rate(t *testing.T, s string) float64 {
	t.Helper()
	f, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	if err != nil {
		t.Fatalf("rate %q: %v", s, err)
	}
	return f
}

// bursty reads the bursty topic's records and rate off Topics, and its
// rate and its partitions' off Partitions; ok false while either is not
// on screen.
func bursty(t *testing.T, screen string) (records string, topic float64, part []float64, ok bool) {
	m := topicsRow.FindStringSubmatch(screen)
	lines := strings.Split(screen, "\n")
	for i, l := range lines {
		if !strings.HasPrefix(l, "│bursty (3)") || i+3 >= len(lines) {
			continue
		}
		for _, p := range lines[i : i+4] {
			pm := partsRow.FindStringSubmatch(p)
			if pm == nil {
				return "", 0, nil, false
			}
			part = append(part, rate(t, pm[1]))
		}
	}
	if m == nil || len(part) != 4 {
		return "", 0, nil, false
	}
	return m[1], rate(t, m[2]), part, true
}

// ut18a F5: `washboard broker` killed and restarted empty on its port
// while the console watches. The bursty topic's rate held the old log's
// rhythm: 20.0/s (here 75.0/s) on 0 records, in Topics and the header,
// then a topic rate over partitions each reading 0.0/s. A replaced log
// starts its topic's rate afresh, and the topic's rate is its
// partitions' sum on the new log.
func TestE2ERatesStartAfreshWhenTheBrokerRestarts(t *testing.T) {
	need(t, "tmux", "kcat")
	args := []string{"broker", "--topics", "bursty:3,idle:1"}
	addr, broker := startListening(t, brokerListening, append(args, "--listen", "127.0.0.1:0")...)
	tm := startTerm(t, 200, 50, nil, "--brokers", addr)
	tm.waitText(30*time.Second, "bursty")
	burst := strings.Repeat("r\n", 300)
	// Three bursts 3 s apart: a rhythm the rate holds between bursts.
	// (The sleeps make the producer's pattern in time; nothing waits on them.)
	for i := range 3 {
		if i > 0 {
			time.Sleep(3 * time.Second)
		}
		kcat(t, burst, "-b", addr, "-P", "-t", "bursty")
	}
	tm.waitFor("bursty's 900 records at a rate", 15*time.Second, func(s string) bool {
		rec, r, _, ok := bursty(t, s)
		return ok && rec == "900" && r > 0
	})

	if err := broker.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	_ = broker.Wait()
	again, _ := startListening(t, brokerListening, append(args, "--listen", addr)...)
	if again != addr {
		t.Fatalf("the broker came back on %s, not %s", again, addr)
	}
	s := tm.waitFor("the restarted broker's empty bursty topic", 30*time.Second, func(s string) bool {
		rec, _, _, ok := bursty(t, s)
		return ok && rec == "0"
	})
	if _, r, part, _ := bursty(t, s); r != 0 || part[0] != 0 {
		t.Fatalf("bursty has 0 records on the restarted broker and reads %.1f/s (Partitions %v):\n%s", r, part, s)
	}
	if !strings.Contains(s, "0.0/s produced") {
		t.Fatalf("the header's produced rate is not 0.0/s with nothing produced on the restarted broker:\n%s", s)
	}

	kcat(t, burst, "-b", addr, "-P", "-t", "bursty")
	s = tm.waitFor("the first burst on the new log", 15*time.Second, func(s string) bool {
		rec, _, _, ok := bursty(t, s)
		return ok && rec == "300"
	})
	_, r, part, _ := bursty(t, s)
	sum := part[1] + part[2] + part[3]
	if r != part[0] || (r == 0) != (sum == 0) || sum < r*0.95 || sum > r*1.05 {
		t.Fatalf("bursty reads %.1f/s in Topics, %.1f/s in Partitions' topic row, over partitions reading %v (sum %.1f):\n%s", r, part[0], part[1:], sum, s)
	}
}
