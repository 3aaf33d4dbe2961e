package source

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/segmentio/kafka-go"
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
// too), or "0=120,3=40" (offsets per partition).
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
		p.Mode, p.Time = StartTime, now.Add(-d)
		return p, nil
	}
	if strings.Contains(s, "=") {
		p.Mode, p.Offsets = StartOffsets, map[int]int64{}
		for item := range strings.SplitSeq(s, ",") {
			ps, os, _ := strings.Cut(strings.TrimSpace(item), "=")
			part, err1 := strconv.Atoi(strings.TrimPrefix(ps, "p"))
			off, err2 := strconv.ParseInt(os, 10, 64)
			if err1 != nil || err2 != nil || part < 0 || off < 0 {
				return p, fmt.Errorf("%q: offsets per partition are written like 0=120,3=40", item)
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
	return p, fmt.Errorf("start %q: want end, beginning, last:N, -15m, 2026-11-29T08:00 or 0=120,3=40", s)
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
				ps.Offset, ps.Note = low, fmt.Sprintf("offset %d is before the log start %d", off, low)
			case off > high:
				ps.Offset, ps.Note = high, fmt.Sprintf("offset %d is past the end %d", off, high)
			default:
				ps.Offset = off
			}
		case StartTime:
			ps.Offset = -1
			for off := range po.Offsets {
				ps.Offset = off
			}
			switch {
			case ps.Offset < 0:
				ps.Offset, ps.Note = high, "no record at or after "+pos.Time.Format("2006-01-02 15:04:05")
			case ps.Offset <= low && high > low:
				ps.Offset, ps.Note = low, "the time is before the oldest record held"
			}
		}
		out = append(out, ps)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Partition < out[j].Partition })
	return out, nil
}

// startWords says in a few words where reading starts, with what could
// not be honoured.
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
		StartOffsets: "from offsets " + pos.Text, StartTime: "from " + pos.Time.Format("2006-01-02 15:04:05")}[pos.Mode]
	s := "reading " + topic + " " + what
	var notes []string
	for _, n := range order {
		parts := byNote[n]
		where := "partition " + strings.Join(parts, ",")
		if len(parts) == len(starts) && len(starts) > 1 {
			where = "every partition"
		} else if len(parts) > 4 {
			where = fmt.Sprintf("%d partitions", len(parts))
		}
		notes = append(notes, where+": "+n)
	}
	if len(notes) > 0 {
		s += " (" + strings.Join(notes, "; ") + ")"
	}
	return s
}
