package model

import (
	"testing"
	"time"
)

// rhythmWords folds polls of one partition of group g, its committed
// offset off(i) and high watermark high(i) at poll i, and returns its
// health word at every poll.
func rhythmWords(polls int, off, high func(i int) int64) []Health {
	t0 := time.Date(2026, 11, 30, 2, 0, 0, 0, time.UTC)
	tp := TP{"acme", 0}
	l := NewLags(LagConfig{History: 600, Window: 10, StopAfter: time.Hour})
	words := make([]Health, polls)
	for i := range polls {
		l.Observe(t0.Add(time.Duration(i)*time.Second), nil, map[TP]int64{tp: high(i)},
			[]GroupStat{{ID: "g", State: "Stable", Members: 1}}, []Committed{{Group: "g", Offsets: map[TP]int64{tp: off(i)}}})
		words[i] = l.Groups["g"].Parts[tp].Health
	}
	return words
}

// A consumer that reads a partition every 15 polls, keeping pace with a
// producer writing one record a poll, is judged over its own rhythm, not
// STALL in each gap longer than the 10-poll window and OK after each
// read (ut36b-4, ut36b-14: the group's word flipped OK → STALL → OK every
// few seconds while it progressed); once it misses its rhythm it is
// STALL, and a consumer reading slower than the partition is written is
// WARN, not OK (ut36b-17: lag 61 climbing at 0.0/s read OK).
func TestHealthFollowsAConsumersRhythm(t *testing.T) {
	steady := func(i int) int64 { return int64(100 + i) }
	cases := []struct {
		name     string
		off      func(i int) int64
		high     func(i int) int64
		from, to int // the polls judged
		want     Health
	}{
		{"reads every 15 polls, keeping pace", func(i int) int64 { return int64(90 + i/15*15) }, steady, 40, 90, HealthOK},
		{"stops after poll 60: STALL past its longest gap and a half", func(i int) int64 { return int64(90 + min(i, 60)/15*15) }, steady, 83, 95, HealthStall},
		{"reads 2 records every 7 polls of 3 written: falls behind", func(i int) int64 { return int64(90 + 2*(i/7)) }, func(i int) int64 { return int64(100 + 3*i/7) }, 40, 90, HealthWarn},
		{"reads every poll, lag up and down with its commits", func(i int) int64 { return int64(95 + i/5*5) }, steady, 20, 90, HealthOK},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			words := rhythmWords(c.to+1, c.off, c.high)
			for i := c.from; i <= c.to; i++ {
				if words[i] != c.want {
					t.Fatalf("poll %d: %s, want %s over polls %d to %d (%v)", i, words[i], c.want, c.from, c.to, words[c.from:c.to+1])
				}
			}
		})
	}
}
