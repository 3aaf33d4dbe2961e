package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/washboard/washboard/source/kafkatest"
)

// A consumer whose group id and client id hold an OSC title, a bell and
// a clear screen (franz-go, a live member of the group) is shown escaped
// in the Groups list and the group's side view: the terminal's title is
// never set and the screen never cleared.
func TestE2EHostileGroupAndClientNamesAreEscaped(t *testing.T) {
	need(t, "tmux")
	addr, _ := startListening(t, brokerListening, "broker", "--listen", "127.0.0.1:0", "--topics", "hostile:1")
	const group, client = "grp-\x1b]0;pwned\x07x", "cli-\x1b[2Jy"
	kafkatest.Commit(t, kafkatest.Client(t, addr), group, "hostile", map[int32]int64{0: 0})
	cl := kafkatest.Client(t, addr, kgo.ConsumerGroup(group), kgo.ClientID(client), kgo.ConsumeTopics("hostile"))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { // the member stays in the group while the test looks
		defer close(done)
		for ctx.Err() == nil {
			cl.PollFetches(ctx)
		}
	}()
	t.Cleanup(func() { cancel(); <-done; cl.Close() })

	dir := t.TempDir()
	cfg := dir + "/fast.toml"
	writeFile(t, cfg, "[poll]\ninterval = \"250ms\"\n")
	tm := startTerm(t, 120, 40, []string{"XDG_CONFIG_HOME=" + dir}, "--config", cfg, "--brokers", addr)
	tm.keys("5", "z")
	tm.waitText(40*time.Second, `grp-\x1b]0;pwned\x07x`)
	tm.keys("Enter")
	s := tm.waitText(20*time.Second, `cli-\x1b[2Jy`)
	if title := strings.TrimSpace(tm.tmux("display-message", "-p", "-t", "wb", "#{pane_title}")); strings.Contains(title, "pwned") {
		t.Errorf("the group id set the terminal's title: %q", title)
	}
	if !strings.Contains(s, "5 Groups") {
		t.Errorf("the screen was cleared:\n%s", s)
	}
}
