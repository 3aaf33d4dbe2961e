package ui

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// busiestApp is a foreign cluster whose tail reads the busiest topics, one
// of them with a long name, with 40 records of it in the Log.
func busiestApp(t *testing.T, w, h int) *App {
	t.Helper()
	const long = "orders-of-the-laundry-machines-at-the-north-campus-eu1"
	a := foreignApp(t, w, h)
	store := a.c.Store.(*model.Store)
	var recs []model.Record
	for off := range 40 {
		recs = append(recs, model.Record{Topic: long, Partition: off % 6, Offset: int64(off), Time: fixedNow,
			Key: []byte("o-" + strconv.Itoa(300+off)), Value: []byte(`{"order":` + strconv.Itoa(300+off) + `}`)})
	}
	store.Fold(recs, fixedNow)
	store.Update(func(st *model.State) {
		st.AutoWatched = []string{long, "ab", "payments"}
		st.TopicStats = []model.TopicStat{{Name: long, Partitions: 6, Rate: 2}}
	})
	a.Update(changedMsg{version: store.Version()})
	return a
}

// ut35-9: where none of the topics the Log reads is produced to, its
// border says `reads:` and the names, not `reads the busiest:`; once one
// is produced to, `reads the busiest:` again.
func TestLogBorderSaysBusiestOnlyWhenRead(t *testing.T) {
	a := busiestApp(t, 200, 50)
	store := a.c.Store.(*model.Store)
	for _, tt := range []struct {
		rate       float64
		want, lack string
	}{
		{0, "reads: orders-of-the-laundry-machines-at-the-north-campus-eu1, ab, payments", "busiest"},
		{1.5, "reads the busiest: orders-of-the-laundry-machines-at-the-north-campus-eu1, ab, payments", ""},
	} {
		store.Update(func(st *model.State) { st.TopicStats[0].Rate = tt.rate })
		a.Update(changedMsg{version: store.Version()})
		border := strings.SplitN(logBox(t, screen(a)), "\n", 2)[0]
		if !strings.Contains(border, tt.want) || tt.lack != "" && strings.Contains(border, tt.lack) {
			t.Errorf("rate %v: the border says %q, want %q", tt.rate, border, tt.want)
		}
	}
}

// The Log's border keeps what the user asks about: the filter's matches,
// then paused and new, then held and seen. The static "reads the busiest"
// hint is what gives way, its lead shortened and its names cut in the
// middle, then its last names said as +N more, then left out (a user test of issue 14, A6: at 80 columns the match count went
// while the hint stayed).
func TestLogBorderKeepsTheCountsBeforeTheBusiestHint(t *testing.T) {
	tests := []struct {
		name string
		keys []string
		want []string // in the border, whole
	}{
		{"log-border-filtered-80x24", []string{"6", "z", "/"}, []string{"6/40 match", "40 held · 40 read", "reads"}},
		{"log-border-paused-80x24", []string{"6", "z", "space"}, []string{"paused +0 new", "40 held · 40 read"}},
		{"log-border-live-80x24", []string{"6", "z"}, []string{"40 held · 40 read", "reads: orders", ", ab, payments"}},
		{"log-border-filtered-200x50", []string{"6", "z", "/"}, []string{"6/40 match · 40 held · 40 read",
			"reads the busiest: orders-of-the-laundry-machines-at-the-north-campus-eu1, ab, payments"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, h := dims(tt.name)
			a := busiestApp(t, w, h)
			do(a, tt.keys...)
			if tt.keys[len(tt.keys)-1] == "/" {
				typeText(a, "partition=5")
				do(a, "enter")
			}
			got := screen(a)
			assertFits(t, got, w, h)
			border := ""
			for _, l := range strings.Split(got, "\n") {
				if strings.Contains(l, "6 Log") {
					border = l
					break
				}
			}
			for _, s := range tt.want {
				if !strings.Contains(border, s) {
					t.Errorf("the border lacks %q:\n%s", s, border)
				}
			}
			golden(t, tt.name, logBox(t, got))
		})
	}
}

// The topics the Log reads are cut one by one, each in the middle, never
// across the ", " between two (ut16a D2: "customer-account-balance-reconc…
// r-eu-west-1-high-priority-stream-2026-x" read as one name).
func TestBusiestHintCutsEachName(t *testing.T) {
	names := []string{"orders", "customer-account-balance-reconciliation-events-v2-production", "payments-settlement-ledger-eu-west-1-high-priority-stream-2026-x"}
	for _, room := range []int{40, 60, 90, 120} {
		got := busiestHint(names, room, false)
		if ansi.StringWidth(got) > room {
			t.Errorf("room %d: %q is wider", room, got)
		}
		if strings.Count(got, "…") > 0 && !strings.Contains(got, "orders") {
			t.Errorf("room %d: %q cut the short name", room, got)
		}
		for _, part := range strings.Split(strings.TrimPrefix(strings.TrimPrefix(got, "reads the busiest: "), "reads: "), ", ") {
			if strings.Count(part, "…") > 1 {
				t.Errorf("room %d: %q has a name cut twice", room, got)
			}
		}
		if room >= 90 && strings.Count(got, ", ") != 2 {
			t.Errorf("room %d: %q does not name all three topics", room, got)
		}
	}
}

// busiestTopics18a are the busiest topics of a user's cluster (ut18a), long
// names that differ at both ends.
var busiestTopics18a = []string{
	"inventory-warehouse-stock-level-changes-bursty-stream-v3",
	"audit-trail-idle-topic-for-regulatory-retention-long-name-2026",
	"payments-settlement-events-eu-west-1-production-stream-v2",
}

// The border's topic list takes one of the forms the README gives: the
// names whole, each cut in the middle to no fewer than hintNameMin cells,
// `reads:` for `reads the busiest:`, the last names as `+N more`, or
// nothing (a user test of issue 14, F18: `reads the busiest: inv…m-v3,
// aud…2026, +1` at 120x40, `reads: invento…tream-v3, +2` at 100x30).
func TestBusiestHintKeepsReadableNames(t *testing.T) {
	form := regexp.MustCompile(`^reads( the busiest)?: (.+?)(, \+(\d+) more)?$`)
	for room := 10; room <= 220; room++ {
		got := busiestHint(busiestTopics18a, room, false)
		if got == "" {
			if room >= 7+hintNameMin+len(", +2 more") {
				t.Errorf("room %d: left out, though one cut name and +2 more fit", room)
			}
			continue
		}
		if ansi.StringWidth(got) > room {
			t.Errorf("room %d: %q is wider", room, got)
		}
		m := form.FindStringSubmatch(got)
		if m == nil {
			t.Fatalf("room %d: %q is not a form the README gives", room, got)
		}
		names := strings.Split(m[2], ", ")
		more := 0
		if m[4] != "" {
			more, _ = strconv.Atoi(m[4])
		}
		if len(names)+more != len(busiestTopics18a) {
			t.Errorf("room %d: %q counts %d topics, want %d", room, got, len(names)+more, len(busiestTopics18a))
		}
		for i, n := range names {
			if n != busiestTopics18a[i] && (ansi.StringWidth(n) < hintNameMin || !strings.Contains(n, "…")) {
				t.Errorf("room %d: %q cuts %s below %d cells", room, got, busiestTopics18a[i], hintNameMin)
			}
		}
	}
}

// The Log's border at the sizes of the user test, with its topics.
func TestLogBorderNamesTheTopicsReadably(t *testing.T) {
	for _, name := range []string{"log-border-topics-80x24", "log-border-topics-100x30", "log-border-topics-120x40", "log-border-topics-200x50"} {
		t.Run(name, func(t *testing.T) {
			w, h := dims(name)
			a := foreignApp(t, w, h)
			store := a.c.Store.(*model.Store)
			var recs []model.Record
			for off := range 30 {
				tp := busiestTopics18a[off%3]
				recs = append(recs, model.Record{Topic: tp, Partition: off % 2, Offset: int64(off), Time: fixedNow,
					Key: []byte("k-" + strconv.Itoa(off)), Value: []byte(`{"n":` + strconv.Itoa(off) + `}`)})
			}
			store.Fold(recs, fixedNow)
			store.Update(func(st *model.State) {
				st.AutoWatched = busiestTopics18a
				st.TopicStats = []model.TopicStat{{Name: busiestTopics18a[0], Partitions: 2, Rate: 3}}
			})
			a.Update(changedMsg{version: store.Version()})
			do(a, "6", "z")
			got := screen(a)
			assertFits(t, got, w, h)
			border := strings.Split(logBox(t, got), "\n")[0]
			if !strings.Contains(border, "reads") {
				t.Errorf("the border does not say what is read:\n%s", border)
			}
			if regexp.MustCompile(`\+\d+ ╮|\+\d+$|[^ ]{1,7}…[^ ,]{1,7}(,| ╮)`).MatchString(border) {
				t.Errorf("the border has a bare +N or a stub shorter than %d cells:\n%s", hintNameMin, border)
			}
			golden(t, name, border)
		})
	}
}

// ut18b G5: in the 80x24 grid a filtered, paused Log's border read
// `6 / 5,710 match · paused +0 new · 5,710…`: held and read were cut at
// its end. The counts take shorter forms that fit (`6/40 match · paused
// +0 · 40 held`), the held count never lost while the matches show.
func TestLogBorderCountsFitTheGrid(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {100, 30}, {120, 40}} {
		for _, keys := range [][]string{{"6", "space"}, {"6", "/"}, {"6", "/", "space"}} {
			a := busiestApp(t, size[0], size[1])
			do(a, keys[0])
			for _, k := range keys[1:] {
				if k == "/" {
					do(a, "/")
					typeText(a, "partition=5")
					do(a, "enter")
				} else {
					do(a, k)
				}
			}
			border := ""
			for _, l := range strings.Split(screen(a), "\n") {
				if i := strings.Index(l, "6 Log"); i >= 0 {
					border = l[i:]
					border = border[:strings.Index(border, "╮")]
					if r := strings.Index(border, " reads"); r >= 0 { // the busiest topics after the counts are cut on their own
						border = border[:r]
					}
					break
				}
			}
			if strings.Contains(border, "…") || !strings.Contains(border, "40 held") {
				t.Errorf("%dx%d %v: the border's counts are cut: %q", size[0], size[1], keys, border)
			}
		}
	}
}

// ut20 G5: with `a` the title `6 Log · +aborted` left the counts room for
// `280/336 match · paused +30` only, held lost. A shorter title comes
// first, and the held count stays, at every size, with counts of four
// digits: as `N held`, or under a filter where the border is short as
// the matches' M (ut30 X5: each count has one form, so where the border
// is short held gives way, after read, rather than the words of the
// others; `6,022/7,085 match` says what is held).
func TestLogBorderKeepsHeldBesideAborted(t *testing.T) {
	recs := abortedMix()
	for _, tc := range shareSizes {
		t.Run(shareName("", tc.w, tc.h, tc.zoom), func(t *testing.T) {
			a, _ := keysApp(t, tc.w, tc.h, tc.zoom, recs)
			do(a, "6")
			filterBy(a, "topic=orders")
			do(a, "space")
			var more []model.Record
			for i := range 446 {
				more = append(more, model.Record{Topic: "orders", Partition: 0, Offset: int64(7000 + i), Time: fixedNow,
					Key: []byte("k"), Value: []byte(`{}`)})
			}
			writer(a.c).Fold(more, fixedNow)
			a.Update(changedMsg{version: a.c.Store.Version()})
			for _, k := range []string{"", "a"} {
				if k != "" {
					do(a, k)
				}
				border := boxTop(screen(a), "6 Log")
				if !strings.Contains(border, " held") && !heldInMatch.MatchString(border) || !strings.Contains(border, "match") || !strings.Contains(border, "paused +") ||
					strings.Contains(border, "…") {
					t.Errorf("%q: the border lost a count: %q", k, border)
				}
				if k == "a" && !strings.Contains(border, "+aborted") && tc.w >= 120 {
					t.Errorf("the border does not say aborted records show: %q", border)
				}
			}
		})
	}
}

// heldInMatch is the filter's count with the held records as its M.
var heldInMatch = regexp.MustCompile(`[0-9]/[0-9,]+ match`)

// boxTop is the top edge of the box titled title on a screen, from the
// title to its corner.
func boxTop(screen, title string) string {
	for _, l := range strings.Split(screen, "\n") {
		if i := strings.Index(l, title); i >= 0 {
			l = l[i:]
			if j := strings.Index(l, "╮"); j >= 0 {
				return l[:j]
			}
			return l
		}
	}
	return ""
}

// abortedMix is 6,639 records of two topics over three partitions, one
// in fifty of an aborted transaction (the tests of the border's counts).
func abortedMix() []model.Record {
	var recs []model.Record
	for i := range 6639 {
		tp := "orders"
		if i%7 == 0 {
			tp = "payments"
		}
		recs = append(recs, model.Record{Topic: tp, Partition: i % 3, Offset: int64(i), Time: fixedNow, Aborted: i%50 == 0,
			Key: []byte("k" + strconv.Itoa(i%9)), Value: []byte(`{"n":` + strconv.Itoa(i) + `}`)})
	}
	return recs
}

// ut42b-22: the Log's border cut the two payments topics where they
// agree (`acme.pay…est-1.v2` / `acme.pay…east-1.v2`: neither says its
// region) and `inventory-snapshots` by one cell, and pausing, which
// narrows the room, re-cut every name. At every room: a name is cut only
// where not even the first name fits whole beside `+N more`, and a cut
// payments name keeps where the two differ (`eu-west`, `us-east`).
func TestBusiestHintWholeBeforeCutWhereNamesDiffer(t *testing.T) {
	names := []string{"acme.payments.settlement.eu-west-1.v2", "acme.payments.settlement.us-east-1.v2", "inventory-snapshots"}
	for room := 10; room <= 160; room++ {
		got := busiestHint(names, room, false)
		if ansi.StringWidth(got) > room {
			t.Errorf("room %d: %q is wider", room, got)
		}
		if !strings.Contains(got, "…") {
			continue
		}
		if room >= len("reads: ")+len(names[0])+len(", +2 more") {
			t.Errorf("room %d: %q cuts a name where whole names and +N more fit", room, got)
		}
		list := strings.TrimPrefix(strings.TrimPrefix(got, "reads the busiest: "), "reads: ")
		for _, part := range strings.Split(list, ", ") {
			if (strings.HasPrefix(part, "acme") || strings.HasSuffix(part, "1.v2")) && !strings.Contains(part, "eu-") && !strings.Contains(part, "us-") {
				t.Errorf("room %d: %q cuts a payments topic where the two agree (%q)", room, got, part)
			}
		}
	}
}
