package model

import (
	"sort"
	"strconv"
	"time"
)

// LagConfig bounds the lag history and tunes the health rules. Sizes are
// in polls: the poller turns configured durations into counts.
type LagConfig struct {
	History   int           // samples per group and topic (the sparkline)
	Window    int           // samples the health rules look at
	StopAfter time.Duration // no progress this long while lagging is STOP
	Events    int           // rebalance log entries kept
}

// DefaultLagConfig is ten minutes of history and a 30-poll window at 1 s.
func DefaultLagConfig() LagConfig {
	return LagConfig{History: 600, Window: 30, StopAfter: 5 * time.Minute, Events: 500}
}

// partHistoryCap bounds each partition's samples (unless the health window
// needs more): 40,000 group-partitions x 64 samples x 24 bytes is ~60 MB,
// where ten minutes of each would be ~580 MB. The sparkline draws from
// coarser buckets (PartLag.Spark, lag_span.go).
const partHistoryCap = 64

// PartLag is one group's position on one partition.
type PartLag struct {
	TP
	Committed, High, Lag int64
	// Low is the log start offset when known; Edge says whether Committed
	// is below it or beyond High (lag_edges.go).
	Low  int64
	Edge Edge
	Rate float64 // consume rate, offsets/s over the window
	// Drain is how fast the lag fell over the consume window, offsets/s:
	// the consume rate less the produce rate, what ETA divides by (ut36a-11
	// and ut37-5, 16: lag over the consume rate said `~18m` and `~43s`
	// for lags that only grew, and `~2m` for one read at 1.3/s against
	// 1.0/s written, which takes five times that). Zero or less: the lag
	// does not drain at this pace.
	Drain float64
	// Behind is the age of the record at the committed offset (behind.go);
	// BehindAtLeast marks an age older than the watermark history.
	Behind        time.Duration
	BehindAtLeast bool
	Verdict
	Hist *Ring[Sample]
	// Spark is the lag sparkline's history: buckets of SparkStep polls
	// (a power of two up to Lags.PartStep()), each the highest lag of its
	// polls, oldest first, the newest holding poll Lags.Polls()
	// (lag_span.go).
	Spark     *Ring[int64]
	SparkStep int
	sparkKey  uint64    // the newest bucket's poll / SparkStep
	moved     time.Time // when Committed last changed, or when first polled
	// movedSeen: moved is a change this washboard saw, not its first poll
	// (StallSoFar).
	movedSeen bool
	caughtUp  time.Time // the last poll that read lag 0 (stuck.go)
	seen      uint64
	// from restarts the health window (Unix nanoseconds): samples before
	// it are not judged. Set when the committed offset moves back, jumps
	// as a reset made outside (reset_outside.go), or a reset by washboard
	// is logged (reset_health.go).
	from int64
	// back is the latest move back, or forward by a reset from outside
	// (from, to, when; reset_outside.go), resetBy who reset
	// the group through washboard ("" unknown), both for the reason.
	back          struct{ from, to, at int64 }
	resetBy       string
	resetAt       time.Time
	prevCommitted int64
	// rateFrom is the first sample's time the consume rate counted from
	// (consume_window.go), Unix nanoseconds.
	rateFrom int64
	// rateHeld is the consume rate said at the last poll between whole
	// commits (consume_held.go), 0 for none.
	rateHeld float64
	// seed is the time of the sample sinceReplaced put at the new log's
	// start (lag_replaced.go), not judged for health; 0 when none.
	seed int64
	// recordAt is the timestamp read of the record at Committed, where
	// the watermark history does not reach it (behind_read.go), Unix
	// nanoseconds; 0 when not read.
	recordAt int64
}

// TopicLag is one group's totals on one topic.
type TopicLag struct {
	Topic  string
	Lag    int64
	Rate   float64       // consume rate, offsets/s
	ETA    time.Duration // the longest of its partitions' PartLag.ETA; -1 when one does not drain
	Behind time.Duration // the oldest waiting record's age over the partitions
	// BehindAtLeast: that age is older than the watermark history.
	BehindAtLeast bool
	Health        Health
	Hist          *Ring[int64]
	seen          uint64

	// Ahead is how far its partitions committed past their high
	// watermarks are ahead, summed (lag_edges.go: their lag is 0).
	Ahead int64
	// NotCommitted is how many of the topic's partitions the group has
	// no commit on (not_committed.go): its Lag is then a floor.
	NotCommitted int
}

// GroupLag is everything derived about one group.
type GroupLag struct {
	ID     string
	Lag    int64
	Health Health
	// Generation is the coordinator's group epoch for KIP-848 and share
	// groups; for classic groups (GenerationDerived) washboard derives it
	// (from 1 when first seen, bumped when membership or assignments
	// change between polls): DescribeGroups does not report Kafka's own.
	Generation        int
	GenerationDerived bool
	// NoCommits: the group has members but committed nothing, so it has
	// no lag to show ("-", not 0 and OK).
	NoCommits bool
	// NotCommitted is how many partitions of the topics the group reads
	// have no commit (not_committed.go): its Lag is then a floor.
	NotCommitted int
	// notCommittedIn is NotCommitted by topic (NotCommittedIn).
	notCommittedIn map[string]int
	worst          *PartLag // the partition behind Health, for Reason
	err            string   // the offsets could not be read
	// emptyAt and emptyBefore are the polls that last listed the group
	// with no member, and the one before (reset_outside.go).
	emptyAt, emptyBefore uint64
	// hadMembers: a poll listed the group with members; leftAt is the
	// first poll since that listed it without, Unix nanoseconds, 0 while
	// it has members (consume_idle.go).
	hadMembers bool
	leftAt     int64
	// idlePoll and idle memoize idleThrough for one poll.
	idlePoll uint64
	idle     bool

	Parts  map[TP]*PartLag
	Topics map[string]*TopicLag

	// Ahead is how far its partitions committed past their high
	// watermarks are ahead, summed (lag_edges.go: their lag is 0).
	Ahead int64
}

// Lags is the shared, bounded, derived consumer state: fed one poll at a
// time, it keeps lag history, health and the rebalance log for every
// session to read. It does no I/O.
type Lags struct {
	cfg    LagConfig
	Groups map[string]*GroupLag
	Events *Ring[Rebalance]
	prev   map[string]GroupStat
	// since is, per group in a rebalance, what it was before the
	// rebalance started: its one log entry compares with it (rebalance.go)
	since   map[string]rebalanceStart
	highs   map[TP]hwMark
	hw      map[TP]*hwHistory // watermark history, for lag as time
	order   partOrder         // the last poll's partitions, indexed (lag_order.go)
	polls   uint64
	scratch []Sample // reused window buffer
	// rhythmBuf is a window stretched to a consumer's rhythm, reused
	// (health_rhythm.go).
	rhythmBuf []Sample
	lows      map[TP]int64 // log start offsets for the next Observe (lag_edges.go)
	ends      map[TP]int64 // data ends before trailing transaction markers (lag_edges.go)
	// recTimes is timestamps of records at committed offsets older than
	// the watermark history, read from the cluster; floors is this poll's
	// pairs still waiting for one (behind_read.go).
	recTimes map[TPOffset]recordTime
	floors   []TPOffset

	topics map[string]topicSeen // what earlier polls showed of each topic (lag_new.go)
	// topicRates is each topic's produce-rate state (produce_topic.go).
	topicRates map[string]*topicRate
	lastPoll   time.Time // the previous poll; zero before the first
	// replaced is when each partition's log was last seen replaced (its
	// high watermark fell), Unix nanoseconds (lag_replaced.go).
	replaced map[TP]int64
	// rhythms and rhythmPool are betweenCommits' scratch, one per topic of
	// a group, reused (consume_steps.go).
	rhythms    map[string]*commitRhythm
	rhythmPool []*commitRhythm
}

// NewLags makes an empty Lags; zero config fields take the defaults.
func NewLags(cfg LagConfig) *Lags {
	d := DefaultLagConfig()
	if cfg.History <= 0 {
		cfg.History = d.History
	}
	if cfg.Window <= 0 {
		cfg.Window = d.Window
	}
	if cfg.StopAfter <= 0 {
		cfg.StopAfter = d.StopAfter
	}
	if cfg.Events <= 0 {
		cfg.Events = d.Events
	}
	return &Lags{cfg: cfg, Groups: map[string]*GroupLag{}, Events: NewRing[Rebalance](cfg.Events),
		prev: map[string]GroupStat{}, since: map[string]rebalanceStart{}, highs: map[TP]hwMark{}, hw: map[TP]*hwHistory{}}
}

// Config is the configuration in force.
func (l *Lags) Config() LagConfig { return l.cfg }

// Observe folds one poll: partitions (watched, their Rate is filled in),
// high watermarks of every partition a group committed on, the groups and
// their committed offsets.
func (l *Lags) Observe(now time.Time, parts []PartitionStat, highs map[TP]int64, groups []GroupStat, committed []Committed) {
	l.polls++
	l.produceRates(now, parts)
	l.recordHighs(now, highs)
	l.rebalances(now, groups)
	l.floors = l.floors[:0]
	for i := range committed {
		l.group(now, &committed[i], highs)
	}
	l.uncommittedGroups(groups, committed)
	l.forget()
	l.forgetRecordTimes()
	l.forgetReplaced(now)
}

// produceRates derives each partition's and each topic's produce rate
// from high-watermark deltas (produceRate, produce_topic.go).
func (l *Lags) produceRates(now time.Time, parts []PartitionStat) {
	if l.produceRatesIndexed(now, parts) { // the same partitions as the last poll (lag_order.go)
		l.stepTopics(now)
		l.windowRates(parts)
		l.lastPoll = now
		return
	}
	defer l.noteTopics(now, parts) // partitions came or went (lag_new.go)
	l.unindex()
	for i := range parts {
		tp := TP{parts[i].Topic, parts[i].Partition}
		prev, ok := l.highs[tp]
		ok = ok && prev.marked()
		if parts[i].Err != "" { // no watermark read: no move, nothing to measure the next poll from (produce_unread.go)
			parts[i].Rate = prev.rate
			continue
		}
		if seen, ok := l.topics[tp.Topic]; ok && parts[i].TopicID != seen.id && parts[i].TopicID != ([16]byte{}) {
			l.newTopicID(now, &parts[i], seen.id)
		}
		if base, isNew := l.newPartitionMark(&parts[i]); isNew { // created, recreated or added (lag_new.go)
			prev, ok = base, true
		}
		if ok && parts[i].High < prev.high {
			l.topicFor(&parts[i]).replaced = true
		}
		m := produceRate(prev, ok, now, parts[i].High)
		l.highs[tp] = m
		parts[i].Rate = m.rate
		l.topicFor(&parts[i]).count(parts[i].Partition, producedSince(prev, ok, now, parts[i].High))
	}
	if len(l.highs) > 2*len(parts)+1024 {
		clear(l.highs) // partitions came and went; start the rates afresh
	}
	l.reindex(parts)
	l.stepTopics(now)
	l.windowRates(parts)
}

func (l *Lags) group(now time.Time, c *Committed, highs map[TP]int64) {
	g := l.Groups[c.Group]
	if g == nil {
		g = &GroupLag{ID: c.Group, Parts: map[TP]*PartLag{}, Topics: map[string]*TopicLag{}}
		l.Groups[c.Group] = g
	}
	g.Lag, g.Ahead = 0, 0
	var worst *PartLag
	for tp, off := range c.Offsets {
		high, ok := highs[tp]
		if !ok || off < 0 {
			continue // no watermark (topic deleted) or nothing committed
		}
		p := l.part(g, tp)
		p.Low = 0
		low, lowKnown := l.lows[tp]
		if lowKnown {
			p.Low = low
		}
		l.sinceReplaced(now, g, p, low)
		if at, ok := c.Marked[tp]; ok {
			sampleMarked(now, at, p, off) // a reset another console made (reset_mark.go)
		}
		l.samplePart(now, g, p, off, high, low, lowKnown)
		g.Lag += p.Lag
		g.Ahead += p.ahead()
		if worst == nil || p.Health.Severity() > worst.Health.Severity() || (p.Health == worst.Health && CompareTP(tp, worst.TP) < 0) {
			worst = p
		}
	}
	l.betweenCommits(g) // a group committing on its own clock (consume_steps.go)
	l.idleRates(g)      // members gone, no move since: 0 (consume_idle.go)
	g.worst, g.err, g.Health = worst, c.Err, HealthOK
	g.NoCommits = false
	switch {
	case c.Err != "":
		g.Health = HealthErr
	case worst != nil:
		g.Health = worst.Health
	default:
		g.NoCommits = l.prev[c.Group].Members > 0
	}
	l.topicTotals(g)
	l.notCommitted(g, l.prev[c.Group])
}

func (l *Lags) part(g *GroupLag, tp TP) *PartLag {
	p := g.Parts[tp]
	if p == nil {
		p = &PartLag{TP: tp, Hist: NewRing[Sample](min(max(l.cfg.Window, partHistoryCap), l.cfg.History))}
		g.Parts[tp] = p
	}
	p.seen = l.polls
	return p
}

func (l *Lags) samplePart(now time.Time, g *GroupLag, p *PartLag, off, high, low int64, lowKnown bool) {
	if off != p.Committed || p.moved.IsZero() {
		p.movedSeen = !p.moved.IsZero()
		p.moved = now
	}
	if p.Hist.Len() > 0 && off < p.Committed || resetFromOutside(p, l.window(p), off, high, low, lowKnown) && l.idleThrough(now, g) && !p.keepsRhythm() {
		p.restart(now, p.Committed, off) // a reset, or a consumer rewinding (reset_outside.go)
	}
	p.Committed, p.High = off, high
	p.Lag, p.Edge = edgeLag(off, low, lowKnown, high)
	if end, ok := l.ends[p.TP]; ok && p.Edge == EdgeNone && off >= end && off < high {
		p.Lag, p.Edge = 0, EdgeMarker
	}
	p.Behind, p.BehindAtLeast = l.behind(now, p.TP, off)
	l.exactBehind(now, p, off) // a record older than the history: its timestamp, where read (behind_read.go)
	p.Hist.Push(Sample{At: now.UnixNano(), Offset: off, Lag: p.Lag})
	l.sparkPart(p, p.Lag)
	win := p.Window(l.scratch, l.cfg.Window)
	l.scratch = win
	win = p.sinceRestart(win)
	judged := l.rhythmWindow(p, p.judged(win)) // a consumer reading now and then: its own rhythm (health_rhythm.go)
	if p.Lag == 0 {
		p.caughtUp = now
	}
	stuck, seen := p.stuckSince()
	p.Verdict = StallSoFar(Evaluate(judged, stuck, now, l.cfg.StopAfter), seen, stuck, now, l.cfg.StopAfter)
	p.Verdict = l.judgeOnlyFullWindows(p.risingAtReads(p.Verdict), len(judged))
	if !seen {
		p.Verdict = boundByRecord(p.Verdict, p.recordAt, now, l.cfg.StopAfter)
	}
	l.leftStall(now, g, p)   // nobody reads it now (health_empty.go)
	if p.Edge == EdgeAhead { // not caught up: the reason says ahead by how much
		p.Health = HealthErr
	}
	p.Rate = l.consumeRate(p, win) // over whole periods of its topic's bursts (consume_window.go)
}

// window is p's health window before this poll's sample, in l.scratch.
func (l *Lags) window(p *PartLag) []Sample {
	l.scratch = p.Window(l.scratch, l.cfg.Window)
	return l.scratch
}

// Window is the partition's newest n samples, oldest first, in dst.
func (p *PartLag) Window(dst []Sample, n int) []Sample {
	total := p.Hist.Len()
	return p.Hist.Slice(dst, total-min(n, total), total)
}

// topicTotals sums the group's partitions per topic and extends each
// topic's lag history.
func (l *Lags) topicTotals(g *GroupLag) {
	type acc struct {
		lag     int64
		ahead   int64
		rate    float64
		eta     time.Duration
		health  Health
		behind  time.Duration
		atLeast bool
	}
	sums := map[string]*acc{}
	for _, p := range g.Parts {
		if p.seen != l.polls {
			continue
		}
		a := sums[p.Topic]
		if a == nil {
			a = &acc{health: HealthOK} // the least severe: a partition's verdict raises it
			sums[p.Topic] = a
		}
		a.lag += p.Lag
		a.ahead += p.ahead()
		a.rate += p.Rate
		// the topic drains when its last partition does: one that does
		// not drains never (ut36b-13: the topic row said `~5m` over
		// partitions saying ∞)
		if e := p.ETA(); a.eta >= 0 && (e < 0 || e > a.eta) {
			a.eta = e
		}
		if p.Health.Severity() > a.health.Severity() {
			a.health = p.Health
		}
		if p.Behind > a.behind {
			a.behind, a.atLeast = p.Behind, p.BehindAtLeast
		}
	}
	for topic, a := range sums {
		t := g.Topics[topic]
		if t == nil {
			t = &TopicLag{Topic: topic, Hist: NewRing[int64](l.cfg.History)}
			g.Topics[topic] = t
		}
		t.seen = l.polls
		t.Lag, t.Ahead, t.Rate, t.Health = a.lag, a.ahead, a.rate, a.health
		t.Behind, t.BehindAtLeast = a.behind, a.atLeast
		t.Hist.Push(a.lag)
		t.ETA = a.eta
	}
}

// keepingPace is how far behind the head (Behind) a consumer may be and
// still be read as keeping up (PartLag.ETA): one committing
// every 5 s (kafka's default auto-commit interval) is up to that behind.
const keepingPace = 10 * time.Second

// ETA is how long the partition's lag takes to reach zero: the lag over
// the pace it fell over the consume window (Drain, the consume rate less
// the produce rate); 0 with no lag, and 0 too for a consumer keeping up
// (keepsUp): its lag is what was written since it last committed, and
// goes as it reads, so no time to wait is said (ut40b-12: `eta ~25s`, or
// `∞`, for a consumer 1 s behind the head, one record over a partition
// rate of <0.1/s); -1 where the lag does not fall: stopped, or reading
// slower than the partition is written.
func (p *PartLag) ETA() time.Duration {
	switch {
	case p.Lag == 0 || p.keepsUp():
		return 0
	case p.Drain > 0:
		return time.Duration(float64(p.Lag) / p.Drain * float64(time.Second))
	}
	return -1
}

// keepsUp is whether the consumer keeps up with the partition: the record
// at its committed offset is within keepingPace of the head (Behind), or,
// its age not known, its lag is no more than one poll's production (the
// produce rate, Rate less Drain, over the last poll's interval).
func (p *PartLag) keepsUp() bool {
	if p.Behind > 0 {
		return p.Behind <= keepingPace && !p.BehindAtLeast
	}
	if p.Hist == nil || p.Hist.Len() < 2 {
		return false
	}
	n := p.Hist.Len()
	last, prev := p.Hist.At(n-1), p.Hist.At(n-2)
	produced := (p.Rate - p.Drain) * time.Duration(last.At-prev.At).Seconds()
	return produced > 0 && float64(p.Lag) <= produced
}

// forget drops groups, topics and partitions the last poll did not report,
// so the state stays bounded by what the cluster holds now.
func (l *Lags) forget() {
	for id, g := range l.Groups {
		for tp, p := range g.Parts {
			if p.seen != l.polls {
				delete(g.Parts, tp)
			}
		}
		for name, t := range g.Topics {
			if t.seen != l.polls {
				delete(g.Topics, name)
			}
		}
		if len(g.Parts) == 0 {
			if _, listed := l.prev[id]; !listed {
				delete(l.Groups, id)
			}
		}
	}
}

// Reason says why the group has its health: the worst partition's reason.
func (g *GroupLag) Reason() string {
	switch {
	case g.err != "":
		return "offsets unreadable: " + g.err
	case g.NoCommits:
		return "members but no committed offset: no lag to show"
	case g.worst == nil:
		return "no committed offsets"
	}
	if why, ok := g.notCommittedReason(); ok { // a reset named first, as on a partition's reason (ut42b-18)
		return g.worst.withReset(why)
	}
	if why, ok := g.stoppedAmong(); ok { // one stopped partition among live ones (ut43b-15)
		return why
	}
	return g.ReasonAt() + ": " + g.worst.Reason()
}

// stoppedAmong is StoppedAmong over the group's partitions.
func (g *GroupLag) stoppedAmong() (string, bool) {
	if g.worst == nil {
		return "", false
	}
	parts := make([]*PartLag, 0, len(g.Parts))
	for _, p := range g.Parts {
		parts = append(parts, p)
	}
	return StoppedAmong(parts, g.worst, g.worst.Topic+"/"+strconv.Itoa(g.worst.Partition))
}

// ReasonAt is the partition Reason names before its `: `, `orders/0
// (+1 ERR)`, or "" for a reason that names none (`members but no
// committed offset: no lag to show` is words to its end): a box too
// short for a reason cuts this head, never the words (ut33 Q2).
func (g *GroupLag) ReasonAt() string {
	if _, ok := g.notCommittedReason(); ok || g.err != "" || g.NoCommits || g.worst == nil {
		return ""
	}
	if _, ok := g.stoppedAmong(); ok { // words to its end, its partition inside them
		return ""
	}
	return g.worst.Topic + "/" + strconv.Itoa(g.worst.Partition) + g.alsoWorst()
}

// alsoWorst is " (+N WORD)" for the group's other partitions whose health
// is its worst's, "" when none is: the reason quotes one partition's
// figures, which read as the group's beside its total (ut27 T4: `ahead by
// 2,000` under a row reading `ahead 4,000`), as Partitions' topic rows say
// it (`p0 (+1 ERR): …`).
func (g *GroupLag) alsoWorst() string {
	n := 0
	for _, p := range g.Parts {
		if p != g.worst && p.Health == g.worst.Health {
			n++
		}
	}
	if n == 0 {
		return ""
	}
	return " (+" + Thousands(n) + " " + g.worst.Health.String() + ")"
}

// NothingCommitted says the group has no committed offset the lag can
// count from (none at all, or only on deleted topics), members or not: its
// lag is unknown, shown "-" with health "-" everywhere, never 0 and OK,
// which would read as caught up (a user test, ut19a H1). Offsets that
// could not be read are an error, not this.
func (g *GroupLag) NothingCommitted() bool {
	return g.worst == nil && g.err == ""
}

// SortedTopics is the group's topics in name order.
func (g *GroupLag) SortedTopics() []*TopicLag {
	out := make([]*TopicLag, 0, len(g.Topics))
	for _, t := range g.Topics {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Topic < out[j].Topic })
	return out
}

// OnTopic is the group's partitions of topic in partition order.
func (g *GroupLag) OnTopic(topic string) []*PartLag {
	var out []*PartLag
	for tp, p := range g.Parts {
		if tp.Topic == topic {
			out = append(out, p)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Partition < out[j].Partition })
	return out
}
