package model

import (
	"sort"
	"strings"
)

// StoppedAmong is the reason of a group (or a group's topic) whose word is
// STOP while some of its partitions are not stopped. Burrow's
// worst-partition rule makes one stopped partition the whole group's
// word, so a live group consuming five partitions of six read STOP with
// one partition's `no progress for 5m` as if nothing consumed
// (ut43b-15). The rule stays; the reason says it: how many partitions
// stopped, the worst's offset and how long (name is how the row names
// it: `orders/3`, or `p3` under its topic), and what the others do:
// `STOP: 1 of 6 partitions stopped (orders/3 at 1,200 for 5m); the other
// 5 consume`. ok is false where the worst is not STOP or every partition
// stopped: the partition's own reason says it then.
func StoppedAmong(parts []*PartLag, worst *PartLag, name string) (reason string, ok bool) {
	if worst == nil || worst.Health != HealthStop {
		return "", false
	}
	stopped := 0
	others := map[Health]int{}
	for _, p := range parts {
		if p.Health == HealthStop {
			stopped++
		} else {
			others[p.Health]++
		}
	}
	rest := len(parts) - stopped
	if rest == 0 || stopped == 0 {
		return "", false
	}
	which := name + " at " + Thousands(worst.Committed) + " for " + span(worst.d, worst.up)
	if stopped > 1 {
		which += ", and " + Thousands(stopped-1) + " more"
	}
	return "STOP: " + Thousands(stopped) + " of " + Thousands(len(parts)) + " partitions stopped (" + which + "); " + othersSay(others, rest), true
}

// othersSay is what the partitions that did not stop do: `the other 5
// consume` where each is OK or WARN (reading, if slower than written),
// else their words counted, worst first: `the other 5: 1 STALL, 4 OK`.
func othersSay(others map[Health]int, rest int) string {
	consume := others[HealthOK] + others[HealthWarn]
	switch {
	case consume == rest && rest == 1:
		return "the other one consumes"
	case consume == rest:
		return "the other " + Thousands(rest) + " consume"
	}
	words := make([]Health, 0, len(others))
	for h := range others {
		words = append(words, h)
	}
	sort.Slice(words, func(i, j int) bool { return words[i].Severity() > words[j].Severity() })
	said := make([]string, len(words))
	for i, h := range words {
		said[i] = Thousands(others[h]) + " " + h.String()
	}
	return "the other " + Thousands(rest) + ": " + strings.Join(said, ", ")
}
