package model

import "testing"

// behindOffsets is a consumer committing at irregular gaps (kcat -G
// piped into a slow reader commits every 5 s, held back now and then
// by its reader: ut40b-16), reading about 2.3 records a poll of the 4 written in fetches of uneven size,
// the producer's writes bursty.
func behindOffsets(polls int, scale int64) (off, high []int64) {
	gaps := []int{3, 5, 4, 12, 3, 13, 5, 4, 11, 5}
	reads := []int64{4, 20, 2, 30, 6, 24, 10, 2, 40, 12} // 150 records in 65 polls, in fetches of uneven size
	off, high = make([]int64, polls), make([]int64, polls)
	next, g, o, h := 3, 0, int64(100), int64(110)
	for i := range polls {
		h += int64([]int{0, 8, 1, 7, 4, 0, 6, 2}[i%8]) // 4 a poll, in bursts
		if i == next {
			o = min(o+scale*reads[g%len(reads)]/10, h) // a read stops at the high watermark
			next, g = next+gaps[(g+1)%len(gaps)], g+1
		}
		off[i], high[i] = o, h
	}
	return off, high
}

// A consumer reading half as fast as its partition is written, its lag
// climbing in a sawtooth (down a little at each commit, up between) with
// commits at irregular gaps, some longer than the window, is WARN, steady:
// it read OK ("consuming") and STALL in turns for minutes while its lag
// climbed from 7 to 1,150 (ut40b-16, ut38b-18).
func TestHealthFallingBehindIsWarnSteady(t *testing.T) {
	const polls = 240
	for _, c := range []struct {
		name  string
		scale int64 // tenths of the reads' sizes: 10 reads 2.3 a poll, 20 keeps pace with 4 (a read stops at the high watermark)
		want  Health
	}{
		{"half as fast as written", 10, HealthWarn},
		{"keeping pace in uneven fetches", 20, HealthOK},
	} {
		off, high := behindOffsets(polls, c.scale)
		words := rhythmWords(polls, func(i int) int64 { return off[i] }, func(i int) int64 { return high[i] })
		for i := 80; i < polls; i++ {
			if words[i] != c.want {
				t.Fatalf("%s: poll %d: %s, want %s from poll 80 on (lag %d → %d): %v", c.name, i, words[i], c.want, high[80]-off[80], high[polls-1]-off[polls-1], words[80:])
			}
		}
	}
}
