package main

import (
	"regexp"
	"strings"
	"testing"
)

func TestBenchCatchUpReadsEveryRecordThreeWays(t *testing.T) {
	need(t, "kcat")
	out, err := washboard(t, "bench", "--catchup", "20000").CombinedOutput()
	if err != nil {
		t.Fatalf("bench --catchup: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "20000 records") {
		t.Fatalf("report does not count the 20000 records:\n%s", out)
	}
	for _, want := range []string{`pipeline\s+[\d.]+ s\s+\d+ records/s\s+[\d.]+ MB/s`, `raw fetch\s+[\d.]+ s`, `kcat\s+[\d.]+ s`,
		`pipeline / raw fetch: [\d.]+x`, `peak RSS \d+ MiB`} {
		if !regexp.MustCompile(want).Match(out) {
			t.Fatalf("report lacks %q:\n%s", want, out)
		}
	}
}

func TestBenchCatchUpFailsOnAMissingTopic(t *testing.T) {
	b, _ := startListening(t, regexp.MustCompile(`listening on (\S+)`), "broker", "--listen", "127.0.0.1:0")
	out, err := washboard(t, "bench", "--brokers", b, "--topic", "no-such-topic").CombinedOutput()
	if err == nil {
		t.Fatalf("bench on a missing topic exited 0:\n%s", out)
	}
	if !strings.Contains(string(out), "no-such-topic") {
		t.Fatalf("the error does not name the topic:\n%s", out)
	}
}
