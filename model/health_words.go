package model

import (
	"strconv"
	"strings"
	"time"
)

// HealthMeaning is a lag health word's meaning as help says it: Long one
// word a line where help has the rows (200x50), Short in the running text
// of the 80x24 help. Short says the same conditions in fewer words, never
// fewer conditions (ut40b-14: the short STALL? left out the age of the
// record it waits on, so a right STALL read wrong against it).
type HealthMeaning struct {
	Health      Health
	Long, Short string
}

// WARN's conditions, each in the words its reason starts with (`lag rose
// at every poll, from 513 to 576`), which help lists too: one condition,
// one wording (ut41-6: `rose on every poll` and `rose at every read` in
// the reasons, `lag kept rising` in the 80x24 help).
const (
	roseAtPolls     = "lag rose at every poll"
	roseAtReads     = "lag rose at every read"
	roseAcrossReads = "lag rose across its last reads"
)

// HealthMeanings is every lag health word's meaning, in the order help
// lists them, with the session's lag.stop_after and lag.window said as a
// length and a count of polls.
func HealthMeanings(stopAfter time.Duration, window int) []HealthMeaning {
	stop, polls := Length(stopAfter), strconv.Itoa(window)
	rest := func(s string) string { return strings.TrimPrefix(s, "lag rose ") }
	return []HealthMeaning{
		{HealthOK, "lag zero or keeping up", "lag 0 or keeping up"},
		{HealthWarn, roseAtPolls + ", " + rest(roseAtReads) + ", or " + rest(roseAcrossReads),
			"lag rose at every poll or read, or across reads"},
		{HealthStall, "offset still while lag > 0, past the window and the gaps it moved at", "offset still, lag > 0"},
		{HealthStallSoFar, "offset still since before washboard started (under " + stop + " ago), the record it waits on older than " + stop + ": maybe a STOP already",
			"still since washboard started (<" + stop + "), its record older than " + stop},
		{HealthStop, "no progress for " + stop + " while lag > 0", "no progress for " + stop},
		{HealthErr, "offsets unreadable or ahead of the log", "bad offsets"},
		{HealthNew, "not judged yet: until " + polls + " polls have seen the group, or while a partition of a topic it reads has no commit: its lag is then a floor, N+ (a worse word on another partition wins)",
			"<" + polls + " polls or lag N+ (worse wins)"},
	}
}
