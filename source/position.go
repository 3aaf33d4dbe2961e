package source

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/protocol"

	"github.com/washboard/washboard/model"
)

// Position is where reading a topic starts, chosen per topic: the end,
// the last N records of each partition, the beginning, an offset per
// partition, or a time (resolved with ListOffsets by timestamp).
type Position struct {
	Start                 // Mode and, for StartLast, Last (records per partition)
	Offsets map[int]int64 // Mode StartOffsets: partition -> offset; others start at the end
	Time    time.Time     // Mode StartTime: the first record at or after it
	Text    string        // as the user wrote it
}

// ParsePosition reads a start position: "end", "beginning", "last:N" (or
// "N"), "-15m" (that long ago), "2026-11-29T08:00" (local time; RFC 3339
// too), or "0=120,1=40" (offsets per partition).
func ParsePosition(s string, now time.Time) (Position, error) {
	s = strings.TrimSpace(s)
	p := Position{Text: s}
	if st, ok := parseStartWord(s, true); ok {
		p.Start = st
		return p, nil
	}
	if strings.HasPrefix(s, "-") {
		d, err := time.ParseDuration(s[1:])
		if err != nil || d <= 0 {
			return p, fmt.Errorf("%q: a time ago is written like -15m, -2h or -90s", s)
		}
		p.Mode, p.Time = StartTime, now.Add(-d).Truncate(time.Second) // to the second it is said in, as a reset's (model.ParseResetTarget)
		return p, nil
	}
	if strings.Contains(s, "=") {
		p.Mode, p.Offsets = StartOffsets, map[int]int64{}
		for item := range strings.SplitSeq(s, ",") {
			ps, os, _ := strings.Cut(strings.TrimSpace(item), "=")
			part, err1 := strconv.Atoi(strings.TrimPrefix(ps, "p"))
			off, err2 := strconv.ParseInt(os, 10, 64)
			if err1 != nil || err2 != nil || part < 0 || off < 0 {
				return p, fmt.Errorf("%q: offsets per partition are written like 0=120,1=40", item)
			}
			p.Offsets[part] = off
		}
		return p, nil
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04", "2006-01-02"} {
		if t, err := time.ParseInLocation(layout, s, now.Location()); err == nil {
			p.Mode, p.Time = StartTime, t
			return p, nil
		}
	}
	return p, fmt.Errorf("start %q: want end, beginning, last:N, -15m, 2026-11-29T08:00 or 0=120,1=40", s) // the example --help and w's hint give (ut28b V14)
}

// PartitionStart is where one partition starts, with a word when the
// position asked for could not be honoured exactly.
type PartitionStart struct {
	Partition int
	Offset    int64
	Note      string // "before the log start", "past the end", …; "" when exact
}

// resolve turns a position into a start offset per partition of topic,
// reading the watermarks (and the offsets for a time) with ListOffsets.
func resolve(ctx context.Context, c *kafka.Client, topic string, parts []int, pos Position) ([]PartitionStart, error) {
	if err := checkPartitions(topic, parts, pos); err != nil {
		return nil, err
	}
	var reqs []kafka.OffsetRequest
	for _, p := range parts {
		reqs = append(reqs, kafka.FirstOffsetOf(p), kafka.LastOffsetOf(p))
		if pos.Mode == StartTime {
			reqs = append(reqs, kafka.TimeOffsetOf(p, pos.Time))
		}
	}
	res, err := c.ListOffsets(ctx, &kafka.ListOffsetsRequest{Topics: map[string][]kafka.OffsetRequest{topic: reqs}})
	if err != nil {
		return nil, fmt.Errorf("list offsets of %s: %w", topic, err)
	}
	var out []PartitionStart
	fetched := 0
	for _, po := range res.Topics[topic] {
		if po.Error != nil {
			return nil, fmt.Errorf("list offsets of %s/%d: %w", topic, po.Partition, po.Error)
		}
		low, high := po.FirstOffset, po.LastOffset
		ps := PartitionStart{Partition: po.Partition}
		switch pos.Mode {
		case StartEnd, StartBeginning, StartLast:
			ps.Offset = pos.Start.offset(low, high)
		case StartOffsets:
			off, ok := pos.Offsets[po.Partition]
			switch {
			case !ok:
				ps.Offset = high
			case off < low:
				ps.Offset, ps.Note = low, fmt.Sprintf("offset %s is before the log start: starts at %s, the oldest record", model.Thousands(off), model.Thousands(low))
			case off > high:
				ps.Offset, ps.Note = high, fmt.Sprintf("offset %s is past the end: starts at the end, offset %s, with the next record", model.Thousands(off), model.Thousands(high)) // grouped as every table writes offsets
			default:
				ps.Offset = off
			}
		case StartTime:
			ps.Offset = -1
			var at time.Time
			for off, ts := range po.Offsets {
				ps.Offset, at = off, ts
			}
			switch {
			case ps.Offset < 0:
				// the time is said once, after "from" (ut42b-16)
				ps.Offset, ps.Note = high, "no record since then: starts at the end"
			case ps.Offset <= low && high > low:
				// Not a problem: a topic younger than the time asked for
				// is read whole. Say how old its oldest record is.
				ps.Offset, ps.Note = low, "starts at the oldest record"
				if at.IsZero() || !at.After(pos.Time) { // the broker did not say: read it
					at = oldestTime(ctx, c, topic, po.Partition, low, &fetched)
				}
				if !at.IsZero() {
					ps.Note += ", " + ageWords(time.Since(at)) + " old"
				}
			}
		}
		out = append(out, ps)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Partition < out[j].Partition })
	return out, nil
}

// maxOldestFetches bounds the fetches resolve makes to say how old a
// partition's oldest record is: a topic of a thousand young partitions
// must not cost a thousand fetches.
const maxOldestFetches = 8

// oldestTime is the time of the record at offset low (the oldest held), or
// zero when it cannot be read or *fetched reached maxOldestFetches.
func oldestTime(ctx context.Context, c *kafka.Client, topic string, part int, low int64, fetched *int) time.Time {
	if *fetched >= maxOldestFetches {
		return time.Time{}
	}
	*fetched++
	resp, err := c.Fetch(ctx, &kafka.FetchRequest{Topic: topic, Partition: part, Offset: low, MinBytes: 1, MaxBytes: 64 << 10, MaxWait: 100 * time.Millisecond})
	if err != nil || resp.Error != nil || resp.Records == nil {
		return time.Time{}
	}
	defer closeRecords(resp.Records)
	r, err := resp.Records.ReadRecord()
	if err != nil {
		return time.Time{}
	}
	return r.Time
}

// checkPartitions refuses offsets for partitions the topic does not have
// (7=5 on a topic of partitions 0-5), in words: they would be ignored.
func checkPartitions(topic string, parts []int, pos Position) error {
	if pos.Mode != StartOffsets {
		return nil
	}
	var missing []int
	for p := range pos.Offsets {
		if !slices.Contains(parts, p) {
			missing = append(missing, p)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	sort.Ints(missing)
	words := make([]string, len(missing))
	for i, p := range missing {
		words[i] = strconv.Itoa(p)
	}
	has := fmt.Sprintf("partitions 0-%d", len(parts)-1)
	if len(parts) == 1 {
		has = "partition 0 only"
	}
	if len(parts) > 0 && parts[len(parts)-1] != len(parts)-1 { // not numbered 0..n-1: list them
		all := make([]string, len(parts))
		for i, p := range parts {
			all[i] = strconv.Itoa(p)
		}
		has = "partitions " + strings.Join(all, ",")
	}
	noun := "partition "
	if len(missing) > 1 {
		noun = "partitions "
	}
	return &PositionError{Msg: fmt.Sprintf("%s has no %s%s (it has %s)", topic, noun, strings.Join(words, ","), has)}
}

// PositionError is a start position the topic cannot honour at all (an
// offset for a partition it does not have): trying again does not help.
type PositionError struct{ Msg string }

func (e *PositionError) Error() string { return e.Msg }

// ageWords is a duration as a person says an age: 45s, 3m, 2h, 4d.
func ageWords(d time.Duration) string {
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%ds", max(int(d.Seconds()), 0))
	case d < time.Hour:
		return fmt.Sprintf("%dm", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%dh", int(d.Hours()))
	}
	return fmt.Sprintf("%dd", int(d.Hours()/24))
}

// startWords says in one sentence where reading starts, with what could
// not be honoured: "reading T into the Log from <where> (<partitions>:
// <note>)", the place said once and before the notes, so the sentence
// is not split around them (ut42b-16).
func startWords(topic string, pos Position, starts []PartitionStart) string {
	// One note per kind, with the partitions it applies to.
	byNote := map[string][]string{}
	var order []string
	for _, s := range starts {
		if s.Note == "" {
			continue
		}
		if _, ok := byNote[s.Note]; !ok {
			order = append(order, s.Note)
		}
		byNote[s.Note] = append(byNote[s.Note], strconv.Itoa(s.Partition))
	}
	what := map[StartMode]string{StartEnd: "from the end", StartBeginning: "from the beginning",
		StartLast:    fmt.Sprintf("from the last %d records of each partition", pos.Last),
		StartOffsets: "from offsets " + pos.Text, StartTime: "from " + pos.Time.Format(model.DateTimeZone)}[pos.Mode]
	s := "reading " + topic + " into the Log " + what
	var notes []string
	for _, n := range order {
		notes = append(notes, noteWhere(byNote[n], len(starts), n))
	}
	if len(notes) > 0 {
		s += " (" + strings.Join(notes, "; ") + ")"
	}
	return s
}

// noteWhere is one start note with the partitions it applies to, of all
// the topic's: "partition 2: …", "partitions 2, 3, 4: … they start …",
// "every partition: …" or "5 partitions: …", the verb agreeing with them.
func noteWhere(parts []string, all int, note string) string {
	switch {
	case len(parts) == all && all > 1:
		return "every partition: " + note
	case len(parts) == 1:
		return "partition " + parts[0] + ": " + note
	case len(parts) > 4:
		return fmt.Sprintf("%d partitions: %s", len(parts), plural(note))
	}
	return "partitions " + strings.Join(parts, ", ") + ": " + plural(note)
}

// plural is a start note said of several partitions: "starts at" as
// "they start at".
func plural(note string) string {
	if strings.HasPrefix(note, "starts ") {
		return "they start " + strings.TrimPrefix(note, "starts ")
	}
	return strings.Replace(note, ": starts ", ": they start ", 1)
}

// closeRecords gives a kafka-go record reader's pages back.
func closeRecords(rs protocol.RecordReader) {
	if c, ok := rs.(interface{ Close() error }); ok {
		_ = c.Close()
	}
}
