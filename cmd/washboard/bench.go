package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"runtime"
	"runtime/pprof"
	"sync"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/source"
	"github.com/washboard/washboard/ui"
)

// benchOptions are `washboard bench` flags.
type benchOptions struct {
	rate       float64
	duration   time.Duration
	warmup     time.Duration
	sessions   int
	machines   int
	cpuprofile string
	// catch-up mode (issue 9): bench_catchup.go
	catchup            int64
	brokers, topic     string
	inFlight, fetchMax int64 // the tail's in_flight_bytes and max_bytes (0: defaults)
}

// runBench measures the console against a live load. The broker and the
// load generator run in a child process (`washboard broker --load`), so
// this process's CPU time is washboard's own: the tail, the store and the
// headless sessions rendering real frames at 200x50.
func runBench(ctx context.Context, args []string, stdout io.Writer) error {
	var o benchOptions
	fs := flag.NewFlagSet("washboard bench", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Float64Var(&o.rate, "rate", 5000, "")
	fs.DurationVar(&o.duration, "duration", 20*time.Second, "")
	fs.DurationVar(&o.warmup, "warmup", 3*time.Second, "")
	fs.IntVar(&o.sessions, "sessions", 1, "")
	fs.IntVar(&o.machines, "machines", 500, "")
	fs.StringVar(&o.cpuprofile, "cpuprofile", "", "")
	fs.Int64Var(&o.catchup, "catchup", 0, "")
	fs.StringVar(&o.brokers, "brokers", "", "")
	fs.StringVar(&o.topic, "topic", "", "")
	fs.Int64Var(&o.inFlight, "in-flight-bytes", 0, "")
	fs.Int64Var(&o.fetchMax, "fetch-max-bytes", 0, "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if o.catchup > 0 || o.brokers != "" {
		return runCatchUp(ctx, o, stdout)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	addr, stopBroker, err := startLoadBroker(ctx, o)
	if err != nil {
		return err
	}
	defer stopBroker()
	res, err := measure(ctx, addr, o)
	if err != nil {
		return err
	}
	res.print(stdout, o)
	return nil
}

var listenLine = regexp.MustCompile(`listening on (\S+)`)

// startLoadBroker runs `washboard broker --load` as a child and returns its
// address and a function that stops it.
func startLoadBroker(ctx context.Context, o benchOptions) (string, func(), error) {
	return startChildBroker(ctx, "--load", fmt.Sprint(o.rate), "--machines", fmt.Sprint(o.machines))
}

// startChildBroker runs `washboard broker --listen 127.0.0.1:0 args...` as
// a child and returns its address once it says where it listens, and a
// function that stops it.
func startChildBroker(ctx context.Context, args ...string) (string, func(), error) {
	self, err := os.Executable()
	if err != nil {
		return "", nil, fmt.Errorf("bench: %w", err)
	}
	cmd := exec.CommandContext(ctx, self, append([]string{"broker", "--listen", "127.0.0.1:0"}, args...)...)
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGTERM) }
	out, err := cmd.StdoutPipe()
	if err != nil {
		return "", nil, err
	}
	if err := cmd.Start(); err != nil {
		return "", nil, fmt.Errorf("bench: start broker: %w", err)
	}
	stop := func() { _ = cmd.Process.Signal(syscall.SIGTERM); _ = cmd.Wait() }
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if m := listenLine.FindStringSubmatch(sc.Text()); m != nil {
			go func() { _, _ = io.Copy(io.Discard, out) }()
			return m[1], stop, nil
		}
	}
	stop()
	return "", nil, errors.New("bench: the broker did not say where it listens")
}

// benchResult is one run's numbers.
type benchResult struct {
	wall             time.Duration
	cpu              time.Duration
	produced, folded int64
	lagStart, lagEnd int64 // records behind at the window's start and end
	frames           []uint64
	heap             uint64
	fetches          int64         // Fetch requests the tail sent in the window
	pollReqs         int           // wire requests of the last poll
	lockLongest      time.Duration // longest wait of a store writer for the lock
	lockMean         time.Duration
	lockWrites       int64
}

func measure(ctx context.Context, addr string, o benchOptions) (benchResult, error) {
	var res benchResult
	conn := source.Conn{Brokers: []string{addr}, ClientID: "washboard-bench"}
	client, err := conn.Client()
	if err != nil {
		return res, err
	}
	store := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	tail := source.NewTail(source.TailConfig{Client: client, Store: store, Start: source.Start{Mode: source.StartEnd}})
	poller := &source.Poller{Client: client, Store: store, Watch: source.Watch{Topics: []string{model.LaundryTopic}},
		Interval: time.Second, OnPartitions: tail.FollowHook(runCtx)}
	var wg sync.WaitGroup
	wg.Go(func() { tail.Run(runCtx) })
	wg.Go(func() { poller.Run(runCtx) })
	apps := make([]*ui.App, o.sessions)
	boxes := ui.NewBoxCache(0) // one per process, as the console and serve share theirs
	for i := range apps {
		apps[i] = ui.New(&ui.Common{Ctx: runCtx, Store: store, Cluster: ui.Cluster{Name: addr}, Boxes: boxes})
		p := tea.NewProgram(apps[i], tea.WithContext(runCtx), tea.WithInput(nil), tea.WithOutput(io.Discard),
			tea.WithWindowSize(200, 50), tea.WithoutSignalHandler(), tea.WithFPS(ui.RendererFPS))
		wg.Go(func() { _, _ = p.Run() })
	}
	if !source.Sleep(ctx, o.warmup) {
		return res, ctx.Err()
	}
	// Fresh watermarks come from a probe with a store of its own: the
	// running poller's may be an interval old, and a second writer into
	// the shared store would make its numbers step back.
	probe := &source.Poller{Client: client, Store: model.NewStore(nil, model.DefaultLimits()), Watch: poller.Watch}
	hw0, folded0 := freshHighWatermark(ctx, probe), totalFolded(store)
	res.lagStart = hw0 - tail.Position()
	frames0 := frames(apps)
	if o.cpuprofile != "" { // the measured window only, for go tool pprof
		f, err := os.Create(o.cpuprofile)
		if err != nil {
			return res, fmt.Errorf("bench: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return res, fmt.Errorf("bench: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	store.ResetLockWait()
	cpu0, t0, reqs0 := cpuTime(), time.Now(), tail.Requests()
	if !source.Sleep(ctx, o.duration) {
		return res, ctx.Err()
	}
	res.cpu, res.wall, res.fetches = cpuTime()-cpu0, time.Since(t0), tail.Requests()-reqs0
	store.Read(func(st *model.State) { res.pollReqs = st.Link.PollRequests })
	res.folded = totalFolded(store) - folded0
	res.lockLongest, res.lockMean, res.lockWrites = store.LockWait()
	// The poller's watermarks lag by up to one interval: take a fresh poll.
	pos := tail.Position()
	hw1 := freshHighWatermark(ctx, probe)
	res.produced = hw1 - hw0
	res.lagEnd = hw1 - pos
	for i, f := range frames(apps) {
		res.frames = append(res.frames, f-frames0[i])
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	res.heap = ms.HeapInuse
	stop()
	wg.Wait()
	for _, a := range apps {
		a.Close()
	}
	return res, nil
}

func (r benchResult) print(w io.Writer, o benchOptions) {
	secs := r.wall.Seconds()
	fmt.Fprintf(w, "washboard bench: %.0f records/s offered over %d machines, %d session(s) at 200x50, %s measured after %s warm-up\n",
		o.rate, o.machines, o.sessions, r.wall.Round(time.Millisecond), o.warmup)
	fmt.Fprintf(w, "  produced   %9d records  %8.0f/s\n", r.produced, float64(r.produced)/secs)
	fmt.Fprintf(w, "  displayed  %9d records  %8.0f/s  (%.1f%% of produced)\n", r.folded, float64(r.folded)/secs, 100*float64(r.folded)/float64(max(r.produced, 1)))
	// Displayed counts what the window folded: on a loaded machine that
	// includes what was behind at its start, and can pass 100 %.
	fmt.Fprintf(w, "  behind at start: %d records, at end: %d (read position against a watermark taken just after)\n", max(r.lagStart, 0), max(r.lagEnd, 0))
	fmt.Fprintf(w, "  cpu        %.2f s in %.2f s = %.2f cores (tail, store and sessions; broker and load run in a child process)\n",
		r.cpu.Seconds(), secs, r.cpu.Seconds()/secs)
	fmt.Fprintf(w, "  lock wait  mean %s, longest %s over %d writes (the fold and the poller waiting for the store's write lock)\n",
		r.lockMean.Round(time.Microsecond), r.lockLongest.Round(time.Microsecond), r.lockWrites)
	for i, f := range r.frames {
		fmt.Fprintf(w, "  session %d  %d frames = %.1f frames/s\n", i+1, f, float64(f)/secs)
	}
	fmt.Fprintf(w, "  heap in use %.1f MiB\n", float64(r.heap)/(1<<20))
	fmt.Fprintf(w, "  requests   %.1f Fetch/s (one broker), %d per poll (every %s)\n", float64(r.fetches)/secs, r.pollReqs, time.Second)
}

// freshHighWatermark polls once and sums the high watermarks.
func freshHighWatermark(ctx context.Context, probe *source.Poller) int64 {
	probe.PollOnce(ctx)
	return highWatermark(probe.Store)
}

func highWatermark(s *model.Store) (n int64) {
	s.Read(func(st *model.State) {
		for _, p := range st.Partitions {
			n += p.High
		}
	})
	return n
}

func totalFolded(s *model.Store) (n int64) {
	s.Read(func(st *model.State) { n = int64(st.Rate.Total()) })
	return n
}

func frames(apps []*ui.App) []uint64 {
	out := make([]uint64, len(apps))
	for i, a := range apps {
		out[i] = a.Frames()
	}
	return out
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
