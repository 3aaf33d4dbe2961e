package main

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/washboard/washboard/source/kafkatest"
)

// What a user tailing a topic sees when transactions abort and the topic
// is deleted and recreated under them (issue 9), on an independent
// 3-broker kfake: franz-go writes transactionally and deletes and creates
// the topic, kcat writes plain records.
func TestE2ETopicLifecycleAndAbortedRecordsInTheLog(t *testing.T) {
	need(t, "kcat", "tmux")
	addr, _ := startListening(t, brokerListening, "broker", "--listen", "127.0.0.1:0", "--brokers", "3", "--topics", "life:1")
	kcat(t, "plain-0\nplain-1\n", "-b", addr, "-P", "-t", "life", "-p", "0")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	txn := kafkatest.Client(t, addr, kgo.TransactionalID("e2e-lifecycle"), kgo.RecordPartitioner(kgo.ManualPartitioner()))
	for _, step := range []struct {
		value  string
		commit bool
	}{{"kept-in-txn", true}, {"rolled-back", false}} {
		if err := txn.BeginTransaction(); err != nil {
			t.Fatal(err)
		}
		if err := txn.ProduceSync(ctx, &kgo.Record{Topic: "life", Partition: 0, Value: []byte(step.value)}).FirstErr(); err != nil {
			t.Fatal(err)
		}
		if err := txn.EndTransaction(ctx, kgo.TransactionEndTry(step.commit)); err != nil {
			t.Fatal(err)
		}
	}

	tm := startTerm(t, 160, 45, nil, "--brokers", addr, "--topic", "life", "--start", "beginning")
	tm.keys("6", "z") // the Log, zoomed
	s := tm.waitText(40*time.Second, "plain-0", "plain-1", "kept-in-txn")
	if strings.Contains(s, "rolled-back") {
		t.Fatalf("an aborted record shows before `a`:\n%s", s)
	}
	// One count per word (ut16b E26): the header and the Log say the same
	// "4 read", and `a` changes what shows, not what is held.
	s = tm.waitText(10*time.Second, "4 held · 4 read · 1 aborted hidden")
	if head := strings.SplitN(s, "\n", 2)[0]; !strings.Contains(head, " 4 read") {
		t.Fatalf("the header does not say 4 read as the Log does:\n%s", s)
	}
	tm.keys("a")
	s = tm.waitText(10*time.Second, "+aborted", "rolled-back", "4 held · 4 read")
	if strings.Contains(s, "aborted hidden") {
		t.Fatalf("the aborted record shows and is still counted hidden:\n%s", s)
	}
	if !strings.Contains(s, "rolled-back aborted") {
		t.Fatalf("the aborted record is not marked aborted:\n%s", s)
	}
	tm.keys("a")
	tm.waitFor("the aborted record hidden again", 10*time.Second, func(s string) bool {
		return !strings.Contains(s, "rolled-back") && !strings.Contains(s, "+aborted")
	})

	adm := kadm.NewClient(kafkatest.Client(t, addr))
	if _, err := adm.DeleteTopics(ctx, "life"); err != nil {
		t.Fatal(err)
	}
	tm.waitText(15*time.Second, "topic life was deleted: no longer read")
	if _, err := adm.CreateTopics(ctx, 1, 1, nil, "life"); err != nil {
		t.Fatal(err)
	}
	kcat(t, "second-life\n", "-b", addr, "-P", "-t", "life", "-p", "0")
	tm.waitText(20*time.Second, "topic life has a new topic id", "second-life")
	tm.keys("q")
	if code := tm.exitCode(10 * time.Second); code != "0" {
		t.Fatalf("exit %s; stderr: %s", code, tm.stderr())
	}
}

// A leader election mid-run (kfake rotates the leader on ElectLeaders):
// the Log shows the next record within seconds, not after kafka-go's 10 s
// metadata refresh, and no error stays on the partition's row.
func TestE2ELogFollowsALeaderElection(t *testing.T) {
	need(t, "kcat", "tmux")
	addr, _ := startListening(t, brokerListening, "broker", "--listen", "127.0.0.1:0", "--brokers", "3", "--topics", "moving:1")
	kcat(t, "before-election\n", "-b", addr, "-P", "-t", "moving", "-p", "0")
	tm := startTerm(t, 200, 50, nil, "--brokers", addr, "--topic", "moving", "--start", "beginning")
	tm.waitText(40*time.Second, "before-election")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	res, err := kadm.NewClient(kafkatest.Client(t, addr)).ElectLeaders(ctx, kadm.ElectPreferredReplica, kadm.TopicsSet{"moving": {0: {}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, ps := range res {
		for _, r := range ps {
			if r.Err != nil {
				t.Fatalf("elect leaders: %v", r.Err)
			}
		}
	}
	kcat(t, "after-election\n", "-b", addr, "-P", "-t", "moving", "-p", "0")
	s := tm.waitText(5*time.Second, "after-election")
	if strings.Contains(s, "ERR fetch") {
		t.Fatalf("an error shows on the partition after the election:\n%s", s)
	}
	tm.keys("q")
	if code := tm.exitCode(10 * time.Second); code != "0" {
		t.Fatalf("exit %s; stderr: %s", code, tm.stderr())
	}
}

// The header's produced rate comes from the high watermarks: the records
// of the last 30 s (model/produce_span.go), so after a producer's bursts
// it reads 0 once its last records are 30 s old, a poll later at most
// (ut35-4: it once took a minute where the README said 30 s).
func TestE2EProducedRateFallsToZeroWhenProducersStop(t *testing.T) {
	need(t, "kcat", "tmux")
	addr, _ := startListening(t, brokerListening, "broker", "--listen", "127.0.0.1:0", "--topics", "bursty:1")
	tm := startTerm(t, 200, 50, nil, "--brokers", addr, "--topic", "bursty", "--start", "end")
	tm.waitText(40*time.Second, "● connected", "0.0/s produced")
	var burst strings.Builder
	for i := range 20_000 {
		fmt.Fprintf(&burst, "r-%d\n", i)
	}
	kcat(t, burst.String(), "-b", addr, "-P", "-t", "bursty", "-p", "0")
	busy := regexp.MustCompile(`[1-9][\d.]*k?/s produced`)
	tm.waitFor("a produced rate above 0", 10*time.Second, busy.MatchString)
	kcat(t, burst.String(), "-b", addr, "-P", "-t", "bursty", "-p", "0")
	tm.waitText(10*time.Second, "40,000")
	tm.waitFor("the produced rate back to 0", 40*time.Second, func(s string) bool {
		return strings.Contains(s, "0.0/s produced") && !busy.MatchString(s)
	})
}

// A --start beginning catch-up of 600,000 records: the header shows the
// records behind moving and the time left, then "caught up". Six
// partitions keep each under the test broker's 8 MiB retention.
func TestE2ECatchUpShowsRecordsBehindAndTimeLeft(t *testing.T) {
	need(t, "kcat", "tmux")
	addr, _ := startListening(t, brokerListening, "broker", "--listen", "127.0.0.1:0", "--topics", "backlog:6")
	var fill strings.Builder
	for i := range 600_000 {
		fmt.Fprintf(&fill, "backlog-record-%d\n", i)
	}
	kcat(t, fill.String(), "-b", addr, "-P", "-t", "backlog")
	tm := startTerm(t, 200, 50, nil, "--brokers", addr, "--topic", "backlog", "--start", "beginning")
	progress := regexp.MustCompile(`catching up \S+ ([\d,]+) behind · (~\d+s|<1s) left`)
	seen := map[string]bool{}
	tm.waitFor("the catch-up's progress with the time left, twice", 60*time.Second, func(s string) bool {
		if m := progress.FindStringSubmatch(s); m != nil {
			seen[m[1]] = true
		}
		return len(seen) >= 2 || strings.Contains(s, "caught up")
	})
	if len(seen) < 2 {
		t.Errorf("the header showed the records behind with the time left %d times (%v) before it caught up; want it seen moving", len(seen), seen)
	}
	tm.waitText(60*time.Second, "caught up", "600,000 read")
}

// A broker killed and started again empty on the same address (ut15b
// C25): the Log says the partition's offsets start again, and marks the
// rows of its earlier log, so two records under orders/0@0 are told
// apart; the new record is not marked.
func TestE2ELogMarksTheEarlierLogAfterABrokerComesBackEmpty(t *testing.T) {
	need(t, "kcat", "tmux")
	addr, broker := startListening(t, brokerListening, "broker", "--listen", "127.0.0.1:0", "--topics", "orders:1")
	kcat(t, "first-0\nfirst-1\nfirst-2\n", "-b", addr, "-P", "-t", "orders", "-p", "0")
	tm := startTerm(t, 160, 45, nil, "--brokers", addr, "--topic", "orders", "--start", "beginning")
	tm.keys("6", "z")
	tm.waitText(40*time.Second, "first-0", "first-2")
	_ = broker.Process.Kill()
	_ = broker.Wait()
	startListening(t, brokerListening, "broker", "--listen", addr, "--topics", "orders:1")
	kcat(t, "second-0\n", "-b", addr, "-P", "-t", "orders", "-p", "0")
	// kfake gives the topic a new id: the tail says it was recreated (a
	// broker without ids: its offsets start again) and reads it afresh.
	s := tm.waitText(60*time.Second, "second-0", "first-0 earlier log", "4 held · 4 read")
	if !strings.Contains(s, "deleted and recreated") && !strings.Contains(s, "offsets start again") {
		t.Fatalf("the Log does not say where the partition started again:\n%s", s)
	}
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, "second-0") && strings.Contains(l, "earlier log") {
			t.Fatalf("the new record is marked as of the earlier log: %q\n%s", l, s)
		}
		if strings.Contains(l, "first-2") && !strings.Contains(l, "earlier log") {
			t.Fatalf("a record of the earlier log is not marked: %q\n%s", l, s)
		}
	}
	tm.keys("q")
	if code := tm.exitCode(10 * time.Second); code != "0" {
		t.Fatalf("exit %s; stderr: %s", code, tm.stderr())
	}
}
