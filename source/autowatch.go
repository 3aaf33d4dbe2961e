package source

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/washboard/washboard/model"
)

// autoWatched picks the topics the tail reads on a cluster that has none
// of the watched topics (a cluster that is not the seed demo's, without
// --topic): the AutoWatch busiest non-internal topics, by produce rate,
// then records, so the Log shows what is there. The choice is kept
// between picks so readers do not come and go with every change of rate;
// it is made again when a topic is created or deleted (a topic recreated
// with records shows) and every autoRepick; it is dropped as soon as a
// watched topic exists.
func (p *Poller) autoWatched(topics []model.TopicStat, now time.Time) []string {
	if p.AutoWatch <= 0 || p.Watch.All || p.named() {
		p.auto, p.autoTopics = nil, nil
		return nil
	}
	exists := make(map[string]bool, len(topics))
	names := make([]string, 0, len(topics))
	for _, t := range topics {
		if t.Err == "" {
			exists[t.Name] = true
			names = append(names, t.Name)
		}
	}
	slices.Sort(names)
	changed := !slices.Equal(names, p.autoTopics)
	p.autoTopics = names
	for _, t := range slices.Concat(p.Watch.Topics, p.Placed) {
		if exists[t] {
			p.auto = nil
			return nil
		}
	}
	kept := p.auto[:0:0]
	for _, t := range p.auto {
		if exists[t] {
			kept = append(kept, t)
		}
	}
	if len(kept) == len(p.auto) && len(kept) > 0 && !changed && now.Sub(p.autoAt) < autoRepick && !p.autoStale(topics) {
		p.noteAutoRecords(topics)
		return p.auto
	}
	p.autoAt = now
	cands := make([]model.TopicStat, 0, len(topics))
	for _, t := range topics {
		if !t.Internal && t.Err == "" && t.Partitions > 0 {
			cands = append(cands, t)
		}
	}
	slices.SortFunc(cands, func(a, b model.TopicStat) int {
		return cmp.Or(cmp.Compare(b.Rate, a.Rate), cmp.Compare(b.Records, a.Records), model.NaturalCompare(a.Name, b.Name))
	})
	var picked []string
	for _, t := range cands[:min(len(cands), p.AutoWatch)] {
		picked = append(picked, t.Name)
	}
	p.auto = keptOrder(p.auto, picked)
	p.noteAutoRecords(topics)
	return p.auto
}

// keptOrder is picked with the names of the last pick (was) first, in
// the order they had, then the newly picked in rank: the Log's border
// lists the pick, and a repick of the same topics re-ranked by rates
// that cross each other reordered it every few seconds (ut34b-9).
func keptOrder(was, picked []string) []string {
	out := make([]string, 0, len(picked))
	for _, t := range was {
		if slices.Contains(picked, t) {
			out = append(out, t)
		}
	}
	for _, t := range picked {
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// autoStale reports whether the kept pick no longer holds the busiest
// topics in a way a user would see at once (ut18a F6: after a broker
// restarted empty the Log read two empty idle topics and not the steady
// one for over a minute): a picked topic's records fell (its partitions'
// logs were replaced: the cluster restarted empty, or the topic was
// recreated or truncated), or a picked topic reads 0/s while one not
// picked is produced to. Rates rising and falling between producing
// topics keep the pick (readers do not come and go with every change).
func (p *Poller) autoStale(topics []model.TopicStat) bool {
	idlePicked, producingOther := false, false
	for _, t := range topics {
		if t.Internal || t.Err != "" || t.Partitions == 0 {
			continue
		}
		picked := slices.Contains(p.auto, t.Name)
		if was, ok := p.autoRecords[t.Name]; picked && ok && t.Records < was {
			return true
		}
		idlePicked = idlePicked || picked && t.Rate <= 0
		producingOther = producingOther || !picked && t.Rate > 0
	}
	return idlePicked && producingOther
}

// noteAutoRecords remembers the picked topics' records, for autoStale.
func (p *Poller) noteAutoRecords(topics []model.TopicStat) {
	clear(p.autoRecords)
	if p.autoRecords == nil {
		p.autoRecords = map[string]int64{}
	}
	for _, t := range topics {
		if slices.Contains(p.auto, t.Name) {
			p.autoRecords[t.Name] = t.Records
		}
	}
}

// lastRates gives topics the produce rates the store derived at the last
// poll (the numbers Topics shows): the poll's own partitions carry none
// yet, and the busiest were picked by records alone, an empty topic over
// a producing one after a restart.
func (p *Poller) lastRates(topics []model.TopicStat) {
	if p.Store == nil {
		return
	}
	p.Store.Read(func(st *model.State) {
		for i := range topics {
			topics[i].Rate = st.Lag.TopicRate(topics[i].Name)
		}
	})
}

// autoRepick is how often the auto-watched topics are picked again while
// the cluster's topics stay the same: the busiest of an hour ago may be
// idle now.
const autoRepick = time.Minute

// named reports whether the user named the topics to read (--topic, or
// [tail] topics): those are read, and nothing else in their place, even
// while none exists (a topic deleted under --topic left the console
// reading whole other topics: a user test of issue 9).
func (p *Poller) named() bool {
	for _, t := range p.Watch.Topics {
		if w := p.Why[t]; strings.Contains(w, "--topic") || strings.Contains(w, "tail.topics") {
			return true
		}
	}
	return false
}

// autoLast is how many records of each partition of a busiest topic the
// tail reads before going live, whenever the topic is picked.
const autoLast = 50

// tailed is the partitions the tail reads: the watched topics', or the
// auto-watched ones', and the Also topics' either way. An auto-watched
// topic's partitions go to the tail with their log start raised to their
// last autoLast records: the tail reads a partition that appears after
// its start from its log start, and a busiest topic picked later (the
// minute's re-pick, a topic created) must not be read whole.
func (p *Poller) tailed(parts []model.PartitionStat, auto []string) []model.PartitionStat {
	out := make([]model.PartitionStat, 0, len(parts))
	for _, ps := range parts {
		isAuto := slices.Contains(auto, ps.Topic)
		read := isAuto || p.readAlso(ps.Topic)
		if len(auto) == 0 && p.Watch.Matches(ps.Topic, ps.Internal) {
			read = true
		}
		if !read {
			continue
		}
		if isAuto && !slices.Contains(p.Also, ps.Topic) {
			ps.Low = max(ps.Low, ps.High-autoLast)
		}
		out = append(out, ps)
	}
	return out
}

// idleWhy is why the Log follows a topic it picked at 0/s (readWhy), in
// plain words with true numbers (ut35-14: "one of the largest (fewer than
// 3 topics are produced to)" for the smallest of two topics with records):
// every topic with records is followed (all), or the n it picks were
// filled up with the ones holding the most records.
func idleWhy(n int, all bool) string {
	if all {
		return "it follows every topic with records on this cluster"
	}
	return "it follows the " + strconv.Itoa(n) + " busiest topics, and while fewer are produced to, those with the most records"
}

// readWhy says, per topic the tail reads for every session, why: the
// configured reason (Why: --topic, a view), the command line's
// NAME@START, or the busiest; a topic picked while it reads 0/s (topics
// holds the rates the pick went by) was picked for its records, and
// says so (idleWhy; ut19b J11: `u` said an idle topic was one of the
// busiest). Topics read only because a session chose them are left
// out: each session knows its own choices.
func (p *Poller) readWhy(tailed []model.PartitionStat, auto []string, topics []model.TopicStat) map[string]string {
	idle, held := map[string]bool{}, 0 // held: topics with records
	for _, t := range topics {
		idle[t.Name] = t.Rate <= 0
		if !t.Internal && t.Records > 0 {
			held++
		}
	}
	largest := idleWhy(p.AutoWatch, len(auto) >= held)
	var shared []string
	if p.Watches != nil {
		shared = p.Watches.Mine(SharedSession)
	}
	out := map[string]string{}
	for _, ps := range tailed {
		t := ps.Topic
		if _, ok := out[t]; ok {
			continue
		}
		var why []string
		if w := p.Why[t]; w != "" && (len(auto) == 0 || slices.Contains(p.Also, t)) {
			why = append(why, w)
		} else if p.Watch.All && len(auto) == 0 {
			why = append(why, "--topic '*'")
		}
		if p.opened[t] { // never a configured or saved view's topic too: AddView keeps one view a topic
			why = append(why, openedWhy)
		}
		if slices.Contains(shared, t) {
			why = append(why, "--topic "+t+"@…")
		}
		switch {
		case slices.Contains(auto, t) && idle[t]:
			why = append(why, largest)
		case slices.Contains(auto, t):
			why = append(why, "one of the busiest")
		}
		if len(why) > 0 {
			out[t] = strings.Join(why, ", ")
		}
	}
	return out
}
