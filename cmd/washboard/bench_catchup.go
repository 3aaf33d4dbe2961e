package main

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/segmentio/kafka-go"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/source"
	"github.com/washboard/washboard/ui"
)

// catchUpResult is one catch-up run's numbers.
type catchUpResult struct {
	records, bytes    int64
	pipeline, raw     time.Duration
	kcat              time.Duration // zero when kcat is not installed
	kcatStart         time.Duration // kcat reading nothing (from the end): its start-up, connection and metadata
	peakRSS, peakHeap uint64
	cpu               time.Duration // this process's CPU time during the pipeline read
	inFlight          int64         // the tail's in-flight cap
}

// runCatchUp is `washboard bench --catchup N`: it fills a topic with N
// seed-format records on a broker in a child process (or uses --brokers
// and --topic), then reads it from the beginning through the whole
// pipeline (tail, decode, fold, one session rendering at 200x50), then
// through a raw fetch with no decoding, then with kcat when installed.
func runCatchUp(ctx context.Context, o benchOptions, stdout io.Writer) error {
	addr, topic := o.brokers, cmp.Or(o.topic, model.LaundryTopic)
	if addr == "" {
		var stop func()
		var err error
		addr, stop, err = startChildBroker(ctx, "--retention-bytes", "0", "--fill", fmt.Sprint(o.catchup))
		if err != nil {
			return err
		}
		defer stop()
	}
	conn := source.Conn{Brokers: splitBrokers(addr), ClientID: "washboard-bench"}
	client, err := conn.Client()
	if err != nil {
		return err
	}
	probe := &source.Poller{Client: client, Store: model.NewStore(nil, model.DefaultLimits()), Watch: source.Watch{Topics: []string{topic}}}
	low, high := watermarks(ctx, probe, topic)
	if high-low <= 0 {
		return fmt.Errorf("bench: topic %s on %s holds no records", topic, addr)
	}
	res := catchUpResult{inFlight: cmp.Or(o.inFlight, 32<<20)}
	res.records = high - low
	if o.cpuprofile != "" { // the pipeline read only, for go tool pprof
		f, err := os.Create(o.cpuprofile)
		if err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("bench: %w", err)
		}
	}
	err = res.readPipeline(ctx, client, addr, topic, high, o)
	pprof.StopCPUProfile()
	if err != nil {
		return err
	}
	runtime.GC()
	t0 := time.Now()
	n, b, err := source.RawRead(ctx, client, topic, 8<<20)
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	res.raw, res.bytes = time.Since(t0), b
	if n != res.records {
		return fmt.Errorf("bench: the raw read got %d records of %d", n, res.records)
	}
	if res.kcat, err = kcatRead(ctx, addr, topic, "beginning"); err != nil {
		return err
	}
	if res.kcat > 0 {
		if res.kcatStart, err = kcatRead(ctx, addr, topic, "end"); err != nil {
			return err
		}
	}
	res.print(stdout, topic, addr)
	return nil
}

// readPipeline reads topic from the beginning through the tail, the store
// and sessions headless sessions (200x50) until every record up to high
// is folded.
func (r *catchUpResult) readPipeline(ctx context.Context, client *kafka.Client, addr, topic string, high int64, o benchOptions) error {
	store := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	tail := source.NewTail(source.TailConfig{Client: client, Store: store, Start: source.Start{Mode: source.StartBeginning},
		InFlightBytes: o.inFlight, MaxBytes: o.fetchMax})
	poller := &source.Poller{Client: client, Store: store, Watch: source.Watch{Topics: []string{topic}},
		Interval: time.Second, OnPartitions: tail.FollowHook(runCtx)}
	var wg sync.WaitGroup
	defer wg.Wait()
	defer stop()
	cpu0, t0 := cpuTime(), time.Now()
	wg.Go(func() { tail.Run(runCtx) })
	wg.Go(func() { poller.Run(runCtx) })
	for range o.sessions {
		app := ui.New(&ui.Common{Ctx: runCtx, Store: store, Cluster: ui.Cluster{Name: addr}})
		p := tea.NewProgram(app, tea.WithContext(runCtx), tea.WithInput(nil), tea.WithOutput(io.Discard),
			tea.WithWindowSize(200, 50), tea.WithoutSignalHandler(), tea.WithFPS(ui.RendererFPS))
		wg.Go(func() { _, _ = p.Run() })
	}
	heap := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	deadline := time.Now().Add(5 * time.Minute)
	for tail.Position() < high {
		metrics.Read(heap)
		r.peakHeap = max(r.peakHeap, heap[0].Value.Uint64())
		if time.Now().After(deadline) {
			return fmt.Errorf("bench: the pipeline read %d of %d records in 5 minutes", tail.Position(), high)
		}
		if !source.Sleep(ctx, 5*time.Millisecond) {
			return ctx.Err()
		}
	}
	r.pipeline, r.cpu = time.Since(t0), cpuTime()-cpu0
	r.peakRSS = peakRSS()
	return nil
}

// watermarks polls once and sums topic's partitions' low and high
// watermarks.
func watermarks(ctx context.Context, probe *source.Poller, topic string) (low, high int64) {
	probe.PollOnce(ctx)
	probe.Store.Read(func(st *model.State) {
		for _, p := range st.Partitions {
			if p.Topic == topic {
				low, high = low+p.Low, high+p.High
			}
		}
	})
	return low, high
}

// kcatRead times kcat reading topic from offset (beginning, or end: then
// it reads nothing and the time is kcat's start-up) to the end, or returns
// zero when kcat is not installed.
func kcatRead(ctx context.Context, addr, topic, offset string) (time.Duration, error) {
	path, err := exec.LookPath("kcat")
	if err != nil {
		return 0, nil
	}
	cmd := exec.CommandContext(ctx, path, "-C", "-b", addr, "-t", topic, "-o", offset, "-e", "-q")
	cmd.Stdout = io.Discard
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	t0 := time.Now()
	if err := cmd.Run(); err != nil {
		return 0, fmt.Errorf("bench: kcat: %w: %s", err, strings.TrimSpace(stderr.String()))
	}
	return time.Since(t0), nil
}

// peakRSS is the process's peak resident set (VmHWM), in bytes.
func peakRSS() uint64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}

func (r catchUpResult) print(w io.Writer, topic, addr string) {
	mb := float64(r.bytes) / (1 << 20)
	line := func(name string, d time.Duration) {
		fmt.Fprintf(w, "  %-9s %8.2f s  %10.0f records/s  %7.1f MB/s\n", name, d.Seconds(), float64(r.records)/d.Seconds(), mb/d.Seconds())
	}
	fmt.Fprintf(w, "washboard bench --catchup: %d records (%.1f MiB of keys and values) of %s on %s, read from the beginning\n", r.records, mb, topic, addr)
	line("pipeline", r.pipeline)
	line("raw fetch", r.raw)
	if r.kcat > 0 {
		line("kcat", r.kcat)
	}
	fmt.Fprintf(w, "  pipeline / raw fetch: %.2fx", r.raw.Seconds()/r.pipeline.Seconds())
	if r.kcat > 0 {
		fmt.Fprintf(w, "   pipeline / kcat: %.2fx (above 1: faster than kcat)", r.kcat.Seconds()/r.pipeline.Seconds())
	}
	fmt.Fprintln(w)
	if note := r.startupNote(); note != "" {
		fmt.Fprintln(w, note)
	}
	fmt.Fprintf(w, "  pipeline cpu %.2f s = %.2f cores; peak RSS %.0f MiB; peak heap %.0f MiB (in-flight cap %d MiB, log 10,000 records)\n",
		r.cpu.Seconds(), r.cpu.Seconds()/r.pipeline.Seconds(), float64(r.peakRSS)/(1<<20), float64(r.peakHeap)/(1<<20), r.inFlight>>20)
}

// startupNote warns when kcat's start-up (its time reading nothing) is a
// quarter or more of its whole read: the ratio then compares starting a
// process, not reading (ut21a X-8: 2,540 records read "40.92x faster than
// kcat", 1.8 s of kcat being its start).
func (r catchUpResult) startupNote() string {
	if r.kcat <= 0 || r.kcatStart*4 < r.kcat {
		return ""
	}
	return fmt.Sprintf("  note: %.2f s of kcat's %.2f s is its start-up (kcat reading nothing takes that long): on %d records the ratio measures starting a process, not reading; --catchup 1000000 measures reading",
		r.kcatStart.Seconds(), r.kcat.Seconds(), r.records)
}
