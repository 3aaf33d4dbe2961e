package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// logCountForms are the one form of each of the Log border's counts, in
// the order they are shown; the order they give way in is logCountGive.
var logCountForms = []struct {
	name string
	form *regexp.Regexp
}{
	{"match", regexp.MustCompile(`^[0-9,]+/[0-9,]+ match$`)},
	{"paused", regexp.MustCompile(`^paused \+[0-9,]+ new$`)},
	{"rolled", regexp.MustCompile(`^[0-9,]+ rolled out$`)},
	{"held", regexp.MustCompile(`^[0-9,]+ held$`)},
	{"read", regexp.MustCompile(`^[0-9,]+ read$`)},
	{"hidden", regexp.MustCompile(`^[0-9,]+ aborted hidden$`)},
}

// logCountGive is the order the counts give way in where the border is
// short, the first first (README: the Log's border).
var logCountGive = []string{"read", "held", "hidden", "rolled", "paused", "match"}

// borderCounts are the counts of a Log border's top edge by name, and
// the parts that take none of their forms.
func borderCounts(top string) (got map[string]bool, odd []string, order []string) {
	got = map[string]bool{}
	_, rest, _ := strings.Cut(strings.TrimLeft(strings.TrimPrefix(top, "6 Log"), " "), " ")
	rest = strings.TrimLeft(rest, "─ ")
	for _, part := range strings.Split(rest, " · ") {
		part = strings.TrimSpace(part)
		if strings.HasPrefix(part, "reads") || strings.HasPrefix(part, "hex") || strings.HasPrefix(part, "+aborted") || part == "" {
			continue
		}
		name := ""
		for _, f := range logCountForms {
			if f.form.MatchString(part) {
				name = f.name
			}
		}
		if name == "" {
			odd = append(odd, part)
			continue
		}
		got[name] = true
		order = append(order, name)
	}
	return got, odd, order
}

// Each of the Log border's counts has one form at every size, and where
// the border is short whole counts give way in one order, never a word
// (ut30 X5: `1,053 match` in the 80x24 grid beside `1,052/10,000 match`
// zoomed, `paused +451` beside `paused +454 new`, `5 hidden` beside `5
// aborted hidden`).
func TestLogBorderCountsKeepOneForm(t *testing.T) {
	recs := abortedMix()
	scenes := []struct {
		name   string
		filter bool
		pause  bool
		want   []string // applies: shown where the border has room
	}{
		{"live", false, false, []string{"held", "read", "hidden"}},
		{"paused", false, true, []string{"paused", "held", "read", "hidden"}},
		{"filtered", true, false, []string{"match", "held", "read", "hidden"}},
		{"filtered-paused", true, true, []string{"match", "paused", "held", "read", "hidden"}},
	}
	for _, sc := range scenes {
		for _, sz := range shareSizes {
			name := shareName("log-countforms-"+sc.name+"-", sz.w, sz.h, sz.zoom)
			t.Run(name, func(t *testing.T) {
				a, _ := keysApp(t, sz.w, sz.h, sz.zoom, recs)
				do(a, "6")
				if sc.filter {
					filterBy(a, "topic=orders")
				}
				if sc.pause {
					do(a, "space")
					var more []model.Record
					for i := range 446 {
						more = append(more, model.Record{Topic: "orders", Partition: 0, Offset: int64(7000 + i), Time: fixedNow,
							Key: []byte("k"), Value: []byte(`{}`)})
					}
					writer(a.c).Fold(more, fixedNow)
					a.Update(changedMsg{version: a.c.Store.Version()})
				}
				got := screen(a)
				assertFits(t, got, sz.w, sz.h)
				top := boxTop(got, "6 Log")
				shown, odd, order := borderCounts(top)
				if len(odd) > 0 {
					t.Errorf("counts in a form the README does not give: %q in %q", odd, top)
				}
				// shown in their one order
				at := map[string]int{}
				for i, f := range logCountForms {
					at[f.name] = i
				}
				for i := 1; i < len(order); i++ {
					if at[order[i-1]] > at[order[i]] {
						t.Errorf("counts out of order: %q", top)
					}
				}
				// a count that applies is missing only where every count that
				// gives way before it is missing too
				applies := map[string]bool{}
				for _, w := range sc.want {
					applies[w] = true
				}
				gone := false
				for i := len(logCountGive) - 1; i >= 0; i-- {
					c := logCountGive[i]
					if !applies[c] {
						continue
					}
					if gone && shown[c] {
						t.Errorf("%s shown while a count that gives way after it is gone: %q", c, top)
					}
					if !shown[c] {
						gone = true
					}
				}
				if (sz.zoom || sz.w >= 200) && (!shown["hidden"] || sc.filter && !shown["match"] || sc.pause && !shown["paused"]) {
					t.Errorf("the border has room, yet lost a count: %q", top)
				}
				if sz.w == 80 || sz.w == 200 {
					golden(t, name, top+"\n")
				}
			})
		}
	}
}
