package model

import (
	"sync"
	"sync/atomic"
	"time"
)

// Limits bound every buffer the store keeps.
type Limits struct {
	LogRecords int   // records kept for the Log pane
	LogBytes   int64 // payload bytes kept for the Log pane, whatever the count
	Keys       int   // keys per topic view
}

// DefaultLimits are used where configuration says nothing. 64 MiB of log
// holds 10,000 records of up to 6 KiB; megabyte values shorten the log
// instead of growing the process.
func DefaultLimits() Limits { return Limits{LogRecords: 10_000, LogBytes: 64 << 20, Keys: 5_000} }

// State is everything the panes render. It is only reachable through
// Store.Read (shared, concurrent) and the store's named write methods
// (Fold, ApplyPoll, SetCluster, SetStartNotes, AddView, LogAction; Update
// in tests), which are exclusive.
type State struct {
	Views      []TopicView
	Series     map[string]*SeriesTable // by topic
	Status     map[string]*StatusTable // by topic
	Log        *Ring[Record]
	Rate       RateMeter
	Partitions []PartitionStat // replaced by each poll, never written in place: readers may index it per poll
	Groups     []GroupStat
	Topics     []string // every topic on the cluster, sorted
	// TopicStats is every topic, internal ones included, sorted by name;
	// replaced by each poll. Cluster is the brokers and controller.
	TopicStats []TopicStat
	Cluster    ClusterInfo
	// Configs is each topic's configs by name, read once per topic and
	// refreshed slowly; TopicRates the topics' produce-rate history.
	Configs    map[string]TopicConfig
	TopicRates *TopicRates
	// AutoWatched is the busiest topics the tail reads on a cluster with
	// none of the watched topics (empty otherwise).
	AutoWatched []string
	// ChosenOnly is the topics the tail reads only because a session chose
	// them at runtime: another session's Log does not show them.
	ChosenOnly []string
	// ReadWhy says, per topic the tail reads for every session, why in
	// words ("--topic", "view Machines", "one of the busiest"); a topic
	// read only by a session's choice is not in it. Replaced by each poll.
	ReadWhy map[string]string
	// StartNotes says, in words, how each of the command line's --topic
	// NAME@START went ("reading orders from …", or why it cannot yet), one
	// line per topic; replaced, never written in place; nil when unused.
	StartNotes []string
	Link       Link
	Lag        *Lags          // committed offsets, lag history, health, rebalances (issue 4); set by the poller
	decoded    Decoded        // scratch, reused across folds
	logBytes   int64          // payload bytes in Log
	held       map[TP]heldRun // what the log holds per partition: a record is filed once (store_held.go)
	refiled    map[TP]heldRun // partitions' rows cleared for order, read already when they come again
	logBudget  int64
	keys       int   // keys per view table, for views added at runtime
	startViews int   // how many of Views the store began with; those after were opened in the console (OpenedViews)
	lives      lives // restarts filed per partition (restart.go)
	logNotes   int   // notes from the tail in Log

	// Tail is the tail's progress and its failing partitions; set by the tail.
	Tail TailStat

	// Aborted counts the records of aborted transactions filed in the Log
	// (the tail keeps them, marked): never in Rate, views or stats; a Log
	// shows them only when asked (its `a` key).
	Aborted uint64
}

// Store is the one model shared by every Bubble Tea program in the process.
//
// Every write goes through a named method: the tail's folder goroutine
// through Fold, batch by batch; the poller through ApplyPoll;
// cmd/washboard names the cluster once with SetCluster and says how
// --topic NAME@START went with SetStartNotes; a session charting a topic
// adds a view with AddView (ui.ViewAdder; a read: other sessions' panes
// keep their views) and records an operator action with LogAction
// (ui.ActionLog). Any number of programs read through Read (ui holds the
// store as a Reader, plus those two single-method interfaces). A
// sync.RWMutex fits this shape: writes are short (one batch, microseconds)
// and ~30 times a second at most per writer, reads are a render's worth
// of copying, and readers never block each other. Versioned immutable
// snapshots would copy every table on every batch, which at 5,000
// records/s costs more than the occasional reader wait they save.
type Store struct {
	mu    sync.RWMutex
	state State

	sigMu   sync.Mutex
	version uint64
	changed chan struct{}

	// Write-lock waits since ResetLockWait (LockWait), in nanoseconds.
	maxWait, sumWait, writes atomic.Int64
}

// Reader is the read side of the store, the only side ui is given: a
// frame reads under Read, and Changed wakes a session when there is
// something new to draw. *Store implements it.
type Reader interface {
	Read(fn func(*State))
	// RecentValues copies up to n of topic's newest records (store_views.go).
	RecentValues(topic string, n int) []Record
	Changed() (uint64, <-chan struct{})
	Version() uint64
}

// NewStore makes an empty store for the given views and limits.
func NewStore(views []TopicView, lim Limits) *Store {
	if lim.LogRecords <= 0 {
		lim.LogRecords = DefaultLimits().LogRecords
	}
	if lim.Keys <= 0 {
		lim.Keys = DefaultLimits().Keys
	}
	if lim.LogBytes <= 0 {
		lim.LogBytes = DefaultLimits().LogBytes
	}
	s := &Store{changed: make(chan struct{})}
	st := &s.state
	st.Views, st.startViews = views, len(views)
	st.Series = make(map[string]*SeriesTable)
	st.Status = make(map[string]*StatusTable)
	st.Log = NewRing[Record](lim.LogRecords)
	st.logBudget, st.keys = lim.LogBytes, lim.Keys
	for i := range st.Views {
		v := &st.Views[i]
		switch v.Kind {
		case SeriesView:
			st.Series[v.Topic] = NewSeriesTable(v, lim.Keys)
		case StatusView:
			st.Status[v.Topic] = NewStatusTable(v, lim.Keys)
		}
	}
	return s
}

// Read runs fn with shared access to the state. fn must not keep pointers
// into the state after it returns, and must not block.
func (s *Store) Read(fn func(*State)) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	fn(&s.state)
}

// Update runs fn with exclusive access to the state, then tells waiting
// readers that something changed. Production code writes through the
// named methods (Fold, ApplyPoll, SetCluster, SetStartNotes, AddView,
// LogAction); Update is kept for tests
// that build a state by hand.
func (s *Store) Update(fn func(*State)) {
	s.write(fn)
}

// write is the one place the write lock is taken: it records how long the
// writer waited behind readers (LockWait), runs fn and notifies.
func (s *Store) write(fn func(*State)) {
	t0 := time.Now()
	s.mu.Lock()
	w := int64(time.Since(t0))
	if w > s.maxWait.Load() {
		s.maxWait.Store(w) // only writers store, and they are serialised by mu
	}
	s.sumWait.Add(w)
	s.writes.Add(1)
	fn(&s.state)
	s.mu.Unlock()
	s.notify()
}

// LockWait is how long writers (the fold, the poller) waited for the write
// lock since the last ResetLockWait: the longest wait, the mean wait and
// the number of writes. It is what readers cost the tail; washboard bench
// reports it.
func (s *Store) LockWait() (longest, mean time.Duration, writes int64) {
	n := s.writes.Load()
	if n > 0 {
		mean = time.Duration(s.sumWait.Load() / n)
	}
	return time.Duration(s.maxWait.Load()), mean, n
}

// ResetLockWait starts a new LockWait measurement.
func (s *Store) ResetLockWait() {
	s.maxWait.Store(0)
	s.sumWait.Store(0)
	s.writes.Store(0)
}

// Fold adds a batch of records: the log keeps them, merged by timestamp
// across partitions (byTime), and each topic's view decodes them. It is
// the way tests and benchmarks fold records they made; the tail folds
// what it read with FoldTail. One lock and one notification per batch, never per record.
func (s *Store) Fold(batch []Record, now time.Time) {
	if len(batch) == 0 {
		return
	}
	batch = byTime(batch, now) // outside the lock: a catch-up's runs merged by time
	s.write(func(st *State) {
		n := 0
		for i := range batch {
			if st.fold(&batch[i], now) {
				n++
			}
		}
		st.Rate.Add(now, n)
	})
}

// fold files r and reports whether it counts as a record read (not a
// note, not an aborted transaction's). Records handed to Fold are filed as
// given: tests and benchmarks build them without positions (offset 0 for
// all); the tail's records, read from Kafka, come through FoldTail, where
// a record the Log holds is not filed again (store_held.go).
func (st *State) fold(r *Record, now time.Time) bool {
	st.pushLog(r)
	if r.Note != "" { // a word from the tail, no record (as foldPrepared)
		return false
	}
	if r.Aborted {
		st.Aborted++
		return false
	}
	st.foldView(r, foldTime(r.Time, now))
	return true
}

// foldView folds r into its topic's views (a series view, a status view,
// or both), if it has any. A tombstone deletes its key instead
// (tombstone.go).
func (st *State) foldView(r *Record, at time.Time) {
	if r.IsTombstone() && st.foldTombstone(r, at) {
		return
	}
	// A topic may have a series view and a status view at once: each gets
	// every record (ut24a P16: the status view got none while a series
	// view charted its topic).
	if t, ok := st.Series[r.Topic]; ok {
		if err := t.View.Decode(r, &st.decoded); err != nil {
			t.noteErr(err, r)
		} else {
			FoldSeries(t, &st.decoded, at)
		}
	}
	if t, ok := st.Status[r.Topic]; ok {
		if err := t.View.Decode(r, &st.decoded); err != nil {
			t.noteErr(err, r)
		} else {
			FoldStatus(t, &st.decoded, at)
		}
	}
}

// pushLog keeps r in the log within both the record and the byte budget,
// dropping the oldest records first (always keeping the newest one).
func (st *State) pushLog(r *Record) {
	st.noteLife(r)
	if st.Log.Len() == st.Log.Cap() {
		old := st.Log.At(0)
		st.forget(&old)
	}
	st.Log.Push(*r)
	st.filed(r)
	st.logBytes += int64(r.MemSize())
	st.logNotes += boolCount(r.Note != "")
	for st.logBytes > st.logBudget && st.Log.Len() > 1 {
		old, _ := st.Log.PopOldest()
		st.forget(&old)
	}
}

// forget accounts for old, the log's oldest record, leaving it.
func (st *State) forget(old *Record) {
	st.logBytes -= int64(old.MemSize())
	st.logNotes -= boolCount(old.Note != "")
	st.dropped(old)
}

// LogRecords is how many records the Log holds, its notes from the tail
// not counted.
func (st *State) LogRecords() int { return st.Log.Len() - st.logNotes }

func boolCount(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Changed returns the current version and a channel closed when the state
// changes after it. Waiters re-arm after each change; the UI coalesces
// wake-ups to its frame rate.
func (s *Store) Changed() (uint64, <-chan struct{}) {
	s.sigMu.Lock()
	defer s.sigMu.Unlock()
	return s.version, s.changed
}

// Version is the current version: it grows on every change.
func (s *Store) Version() uint64 {
	v, _ := s.Changed()
	return v
}

func (s *Store) notify() {
	s.sigMu.Lock()
	s.version++
	close(s.changed)
	s.changed = make(chan struct{})
	s.sigMu.Unlock()
}
