package model

import "time"

// Poll is one poll's findings as the poller publishes them: the cluster's
// watched partitions with their watermarks, every consumer group, every
// topic, and the committed offsets, or why the poll failed.
type Poll struct {
	Start    time.Time // when the poll began; PolledAt
	Requests int       // wire requests it sent
	Err      string    // why it failed, in words; "" when it answered

	Partitions []PartitionStat // watched partitions, sorted by topic and number
	Groups     []GroupStat
	Topics     []string     // every topic on the cluster, sorted
	Highs      map[TP]int64 // high watermarks of watched and committed-on partitions
	Committed  []Committed  // each group's committed offsets
	Lows       map[TP]int64 // log start offsets of the partitions read (lag below the log start)
	Ends       map[TP]int64 // where data ends before trailing transaction markers (lag_edges.go)
	// RecordTimes is timestamps of records at committed offsets older
	// than the watermark history, read from the cluster (behind_read.go).
	RecordTimes map[TPOffset]time.Time
	Lag         LagConfig // used when the first answered poll creates the lag state

	TopicStats  []TopicStat            // every topic, internal ones included, sorted by name
	Cluster     ClusterInfo            // the brokers and the controller
	Configs     map[string]TopicConfig // nil: unchanged since the last poll
	AutoWatched []string               // the busiest topics the tail reads when none watched exists
	ChosenOnly  []string               // topics read only because a session chose them (State.ChosenOnly)
	ReadWhy     map[string]string      // why each topic is read for every session (State.ReadWhy)
}

// ApplyPoll publishes a poll: the link's state, the partitions, groups,
// topics and brokers, and the lag and topic rates derived from them. A
// failed poll changes only the link (the last answer stays on screen, marked by the header). The
// published slices are never written again: readers may keep indexes into
// one poll's slices until PolledAt changes.
func (s *Store) ApplyPoll(p Poll) {
	s.write(func(st *State) {
		st.Link.PolledAt, st.Link.PollRequests = p.Start, p.Requests
		// Measured last, so it counts the model's share under the lock too.
		defer func() { st.Link.PollTook = time.Since(p.Start) }()
		if p.Err != "" {
			st.Link.State, st.Link.Err = LinkError, p.Err
			return
		}
		st.Link.State, st.Link.Err, st.Link.AnsweredAt = LinkConnected, "", p.Start
		if st.Lag == nil {
			st.Lag = NewLags(p.Lag)
		}
		st.Lag.SetLogStarts(p.Lows)
		st.Lag.SetDataEnds(p.Ends)
		st.Lag.SetRecordTimes(p.RecordTimes)
		st.Lag.Observe(p.Start, p.Partitions, p.Highs, p.Groups, p.Committed)
		// Observe has just given the partitions and topics their produce
		// rates (the poller summed records before them).
		SumTopics(p.TopicStats, p.Partitions)
		st.Lag.FillTopicRates(p.TopicStats)
		st.Partitions, st.Groups, st.Topics = p.Partitions, p.Groups, p.Topics
		st.AutoWatched, st.ChosenOnly, st.ReadWhy = p.AutoWatched, p.ChosenOnly, p.ReadWhy
		if st.TopicRates == nil {
			st.TopicRates = NewTopicRates()
		}
		st.TopicRates.Observe(p.Start, p.TopicStats)
		st.TopicStats, st.Cluster = p.TopicStats, p.Cluster
		if p.Configs != nil {
			st.Configs = p.Configs
		}
	})
}

// SetStartNotes says in words how each of the command line's --topic
// NAME@START went, one line per topic in the order given; nil clears them.
func (s *Store) SetStartNotes(notes []string) {
	notes = append([]string(nil), notes...) // readers keep the published slice
	s.write(func(st *State) { st.StartNotes = notes })
}

// SetCluster names the cluster the header shows and starts the link as
// connecting, before the first poll answers.
func (s *Store) SetCluster(name string, embedded bool) {
	s.write(func(st *State) {
		st.Link = Link{Cluster: name, Embedded: embedded, State: LinkConnecting}
	})
}

// LogAction writes an operator action to the event log (the rebalance
// log) with who did it: the SSH user, or "the local console".
func (s *Store) LogAction(at time.Time, who, subject, what string) {
	s.write(func(st *State) { st.LogAction(at, who, subject, what) })
}
