package ui

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// Burst limits: a demo of lag and rebalancing, not a load generator.
const (
	burstMaxCount = 1_000_000
	burstMaxRate  = 5_000
	// burstFieldMax is the characters the count and rate fields take:
	// 1,000,000 with its separators and a few more.
	burstFieldMax = 12
	// progressEvery keeps progress to a few messages a second.
	progressEvery = 250 * time.Millisecond
)

// burstRun is the pane's handle on its running burst.
type burstRun struct {
	id          int
	cancel      context.CancelFunc
	sent, total int
}

// burstMsg is a burst's progress (at most a few a second) or its end. It
// carries the channel to wait on for the next one.
type burstMsg struct {
	id, sent, total int
	done, stopped   bool
	err             error
	ch              <-chan burstMsg
}

// burstSpec is everything the burst goroutine needs, copied from the
// pane before it starts: the goroutine never touches the pane.
type burstSpec struct {
	id       int
	out      model.Outgoing
	n        int
	rate     float64
	template bool // roll a fresh seed template for every record
	seed     uint64
	seen     []string // the keys seen on the topic, for its templates' machines
}

// parseBurst reads the burst fields.
func parseBurst(n, rate string) (int, float64, error) {
	num, err := strconv.Atoi(strings.TrimSpace(n))
	if err != nil || num < 1 || num > burstMaxCount {
		return 0, 0, fmt.Errorf("burst: %q is not a count from 1 to %s", n, count(burstMaxCount))
	}
	r, err := strconv.ParseFloat(strings.TrimSpace(rate), 64)
	if err != nil || !(r > 0) || r > burstMaxRate {
		return 0, 0, fmt.Errorf("rate/s: %q is not a rate above 0 and up to %s per second", rate, count(burstMaxRate))
	}
	return num, r, nil
}

// startBurst sends the form N times at R per second in a goroutine the
// pane owns: esc cancels it, Close cancels it and waits for it. It is
// started here rather than inside the command, so the pane has counted it
// before any Close; the command only waits for its first message.
func (p *ProducePane) startBurst() tea.Cmd {
	if p.burst != nil {
		return nil
	}
	n, rate, err := parseBurst(p.value(fieldCount), p.value(fieldRate))
	if err != nil {
		p.refused(err.Error())
		return nil
	}
	out, ok := p.outgoing()
	if !ok {
		return nil
	}
	seeded := model.HasTemplate(out.Topic)
	p.burstSeq++
	spec := burstSpec{id: p.burstSeq, out: out, n: n, rate: rate, template: seeded && p.untouched(), seed: p.rng.Uint64(), seen: p.seenKeys(out.Topic)}
	ctx, cancel := context.WithCancel(p.c.Ctx)
	p.burst = &burstRun{id: spec.id, cancel: cancel, total: n}
	p.report, p.failed, p.confirm = "", false, false
	p.remember(p.form())
	prod := p.producer(p.form())
	ch := make(chan burstMsg, 1)
	p.bursts.Go(func() { runBurst(ctx, prod, spec, ch) })
	return waitBurst(ch)
}

// Close stops a running burst and waits for its goroutine: the session is
// ending. The burst's final message is published to a buffered channel,
// so nothing waits for a reader.
func (p *ProducePane) Close() {
	if p.burst != nil {
		p.burst.cancel()
	}
	p.bursts.Wait()
}

func waitBurst(ch <-chan burstMsg) tea.Cmd {
	return forPane(paneProduce, func() tea.Msg { return <-ch })
}

// burstProgress follows the burst until its last message.
func (p *ProducePane) burstProgress(msg burstMsg) tea.Cmd {
	if p.burst == nil || msg.id != p.burst.id {
		return nil // a finished burst's leftover
	}
	p.burst.sent = msg.sent
	if !msg.done {
		return waitBurst(msg.ch)
	}
	p.burst.cancel()
	p.burst = nil
	p.failed, p.report = msg.err != nil, burstOutcome(msg)
	p.burstSaid, p.burstAt = p.report, p.c.now()
	return nil
}

// burstOutcome says how a burst ended, its count as one word with the word
// after it ("100/100 sent", as the progress line says it), so a narrow box
// wrapping the line never leaves a number alone on a row (ut34a-10:
// "burst done: sent 100 of" above "100" in the 80x24 grid's 25 cells).
func burstOutcome(msg burstMsg) string {
	sent := count(msg.sent) + "/" + count(msg.total) + " sent"
	switch {
	case msg.err != nil:
		return "burst failed after " + sent + ": " + model.PrintableString(msg.err.Error())
	case msg.stopped:
		return "burst stopped (esc): " + sent
	}
	return "burst done: " + sent
}

// runBurst is the burst goroutine. It stops at N records, at the first
// error, or when ctx ends, and always publishes a final message.
func runBurst(ctx context.Context, prod Producer, s burstSpec, ch chan burstMsg) {
	rng := rand.New(rand.NewPCG(s.seed, 2))
	tick := time.NewTicker(time.Duration(float64(time.Second) / s.rate))
	defer tick.Stop()
	m := burstMsg{id: s.id, total: s.n, ch: ch}
	last := time.Now()
	for m.sent < s.n && m.err == nil && !m.stopped {
		select {
		case <-ctx.Done():
			m.stopped = true
			continue
		case <-tick.C:
		}
		if err := sendOne(ctx, prod, s, rng); err != nil {
			if errors.Is(err, context.Canceled) {
				m.stopped = true
			} else {
				m.err = err
			}
			continue
		}
		m.sent++
		if time.Since(last) >= progressEvery {
			last = time.Now()
			publish(ch, m)
		}
	}
	m.done = true
	publish(ch, m)
}

func sendOne(ctx context.Context, prod Producer, s burstSpec, rng *rand.Rand) error {
	out := s.out
	if s.template {
		k, v, _ := model.Template(out.Topic, rng, time.Now(), s.seen)
		out.Key, out.Value = nil, []byte(v)
		if k != "" {
			out.Key = []byte(k)
		}
	}
	ctx, cancel := context.WithTimeout(ctx, sendTimeout)
	defer cancel()
	_, err := prod.Produce(ctx, out)
	return err
}

// publish replaces an unread progress message with the newest: the UI
// only ever needs the latest count. The goroutine is the only writer.
func publish(ch chan burstMsg, m burstMsg) {
	for {
		select {
		case ch <- m:
			return
		case <-ch:
		}
	}
}
