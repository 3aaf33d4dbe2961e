package main

import (
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"

	"github.com/washboard/washboard/model"
)

// plainCluster is a one-broker kfake with one topic, closed when the test ends.
func plainCluster(t *testing.T, topic string) (addr, port string) {
	t.Helper()
	c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.SeedTopics(3, topic))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	addr = c.ListenAddrs()[0]
	_, port, _ = net.SplitHostPort(addr)
	return addr, port
}

// twoClusterConfig writes a config naming clusters alpha and beta.
func twoClusterConfig(t *testing.T, alpha, beta string) string {
	t.Helper()
	return writeConfig(t, fmt.Sprintf("[[cluster]]\nname = \"alpha\"\nbrokers = [%q]\n\n[[cluster]]\nname = \"beta\"\nbrokers = [%q]\n", alpha, beta))
}

// Switching clusters stops the first cluster's tail, poller and store and
// closes its connections: the process's goroutines come back to what they
// were before, and no socket to the first cluster stays open.
func TestSwitchLeavesNothingBehind(t *testing.T) {
	alphaAddr, alphaPort := plainCluster(t, "alpha-orders")
	betaAddr, betaPort := plainCluster(t, "beta-payments")
	o := options{config: twoClusterConfig(t, alphaAddr, betaAddr), cluster: "alpha", topics: stringList{"*"}}
	t.Setenv("KAFKA_BROKERS", "")

	// run watches one cluster until its topic shows, then returns what
	// the store held and how many sockets went to each cluster.
	run := func(o options, topic string) (name string, alpha, beta int) {
		t.Helper()
		err := withSystem(context.Background(), o, func(ctx context.Context, sys *system) error {
			deadline := time.Now().Add(20 * time.Second)
			for {
				var topics []string
				var conn model.Link
				sys.store.Read(func(s *model.State) { topics, conn = slices.Clone(s.Topics), s.Link })
				if slices.Contains(topics, topic) && conn.State == model.LinkConnected {
					break
				}
				if time.Now().After(deadline) {
					return fmt.Errorf("%s not seen on %s: topics %v, conn %+v", topic, sys.name, topics, conn)
				}
				time.Sleep(50 * time.Millisecond)
			}
			name = sys.name
			alpha, beta = socketsTo(t, os.Getpid(), alphaPort), socketsTo(t, os.Getpid(), betaPort)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return name, alpha, beta
	}

	// settled waits for the stopped cluster's sockets to close and the
	// goroutines to come back to the count before it started: a canceled
	// request gives its connection back when the broker answers, so
	// kafka-go closes the last ones a few hundred milliseconds later.
	settled := func(before int, port string) time.Duration {
		t.Helper()
		start := time.Now()
		for socketsTo(t, os.Getpid(), port) > 0 || runtime.NumGoroutine() > before {
			if time.Since(start) > 15*time.Second { // 5 s was too short once under load (two cores, five test runs)
				buf := make([]byte, 1<<20)
				t.Fatalf("%d sockets to :%s and %d goroutines left (%d before the cluster started):\n%s", socketsTo(t, os.Getpid(), port),
					port, runtime.NumGoroutine(), before, buf[:runtime.Stack(buf, true)])
			}
			time.Sleep(20 * time.Millisecond)
		}
		return time.Since(start)
	}

	before := runtime.NumGoroutine()
	name, alpha, beta := run(o, "alpha-orders")
	if !strings.HasPrefix(name, "alpha · "+alphaAddr) || alpha == 0 || beta != 0 {
		t.Fatalf("on alpha: named %q, %d sockets to alpha, %d to beta", name, alpha, beta)
	}
	t.Logf("on alpha: %d sockets to alpha; all closed %v after the switch", alpha, settled(before, alphaPort))
	name, alpha, beta = run(o.switchTo("beta", "alpha"), "beta-payments")
	if !strings.HasPrefix(name, "beta · "+betaAddr) || alpha != 0 || beta == 0 {
		t.Fatalf("after the switch: named %q, %d sockets to alpha, %d to beta", name, alpha, beta)
	}
	t.Logf("on beta: %d sockets to beta; all closed %v after stopping", beta, settled(before, betaPort))
}

// pid is the process id of the washboard running in the terminal: a
// descendant of the pane's shell (its child, or a grandchild when the test
// runs it from an interactive shell).
func (tm *term) pid() int {
	tm.t.Helper()
	shell := strings.TrimSpace(tm.tmux("display-message", "-p", "-t", "wb", "#{pane_pid}"))
	for queue := []string{shell}; len(queue) > 0; queue = queue[1:] {
		b, _ := os.ReadFile("/proc/" + queue[0] + "/task/" + queue[0] + "/children")
		for _, c := range strings.Fields(string(b)) {
			if comm, _ := os.ReadFile("/proc/" + c + "/comm"); strings.TrimSpace(string(comm)) == "washboard" {
				var pid int
				_, _ = fmt.Sscan(c, &pid)
				return pid
			}
			queue = append(queue, c)
		}
	}
	tm.t.Fatalf("no washboard under the pane's shell %s", shell)
	return 0
}

// In the console, c opens the cluster picker; choosing the other cluster
// shows its topics under its name, and the process keeps no connection to
// the first.
func TestE2ESwitchClusterInTheConsole(t *testing.T) {
	alphaAddr, alphaPort := plainCluster(t, "alpha-orders")
	betaAddr, betaPort := plainCluster(t, "beta-payments")
	cfg := twoClusterConfig(t, alphaAddr, betaAddr)
	tm := startTerm(t, 160, 45, nil, "--config", cfg, "--topic", "*")
	tm.waitText(30*time.Second, "cluster alpha · "+alphaAddr, "alpha-orders", "● connected")
	pid := tm.pid()
	if n := socketsTo(t, pid, alphaPort); n == 0 {
		t.Fatal("no connection to alpha while watching it")
	}
	tm.keys("c")
	tm.waitText(10*time.Second, "clusters", "● alpha", "beta", "enter switch")
	tm.keys("j", "Enter")
	s := tm.waitText(30*time.Second, "cluster beta · "+betaAddr, "beta-payments", "● connected")
	if strings.Contains(s, "alpha-orders") {
		t.Fatalf("the first cluster's topic is still shown:\n%s", s)
	}
	if tm.pid() != pid {
		t.Fatal("the switch restarted the process; it must switch in place")
	}
	deadline := time.Now().Add(5 * time.Second)
	for socketsTo(t, pid, alphaPort) > 0 {
		if time.Now().After(deadline) {
			t.Fatalf("%d connections to alpha stay open after switching to beta", socketsTo(t, pid, alphaPort))
		}
		time.Sleep(50 * time.Millisecond)
	}
	if socketsTo(t, pid, betaPort) == 0 {
		t.Fatal("no connection to beta after switching to it")
	}
	// Esc closes the picker without switching.
	tm.keys("c")
	tm.waitText(10*time.Second, "● beta ", "enter switch") // the picker open (● also marks topics the Log reads)
	tm.keys("Escape")
	tm.waitFor("the picker to close", 10*time.Second, func(s string) bool { return !strings.Contains(s, "enter switch") })
	tm.keys("q")
	if code := tm.exitCode(15 * time.Second); code != "0" {
		t.Fatalf("exit %s; stderr: %s", code, tm.stderr())
	}
}

// A cluster that cannot start (its password file is missing) puts the
// console back on the one it left, saying why; washboard keeps running.
func TestFailedSwitchGoesBack(t *testing.T) {
	t.Setenv("KAFKA_BROKERS", "")
	alphaAddr, _ := plainCluster(t, "alpha-orders")
	cfg := writeConfig(t, fmt.Sprintf("[[cluster]]\nname = \"alpha\"\nbrokers = [%q]\n\n"+
		"[[cluster]]\nname = \"broken\"\nbrokers = [\"127.0.0.1:1\"]\n[cluster.sasl]\nmechanism = \"PLAIN\"\nusername = \"u\"\npassword_file = \"/nonexistent/pw\"\n", alphaAddr))
	var passes []string
	logFile := filepath.Join(t.TempDir(), "log")
	err := switchLoop(context.Background(), options{config: cfg, logFile: logFile}, func(_ context.Context, o options, sys *system) (string, error) {
		passes = append(passes, sys.profile+" "+o.switchErr)
		if len(passes) == 1 {
			return "broken", nil
		}
		return "", nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(passes) != 2 || passes[0] != "alpha " || !strings.HasPrefix(passes[1], "alpha could not switch to broken: sasl password file: open /nonexistent/pw") {
		t.Fatalf("passes %q; want alpha, then alpha again with why", passes)
	}
	// The log records the switch that failed, and why, and the way back.
	data, _ := os.ReadFile(logFile)
	for _, want := range []string{`msg=cluster profile=alpha`, `msg="cluster switch failed" from=alpha to=broken err="cluster broken: sasl password file`,
		`msg="cluster switch" from="broken (failed)" profile=alpha`} {
		if !strings.Contains(string(data), want) {
			t.Fatalf("log lacks %q:\n%s", want, data)
		}
	}
}
