package ui

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

const (
	hostileTopic = "hostile.bytes-and-control-characters-in-keys-headers-values-test-01"
	// outlierKey is 83 characters among keys of two to fourteen.
	outlierKey = "evil-key-with-a-very-long-name-that-goes-on-and-on-and-on-past-eighty-cells-xx-end"
)

// oneRuleRecs are ut19b's rows: a long topic whose seven records carry
// one 83-character key among short ones, orders with short values and one
// large value under key big, and a long topic with long keys; the long
// topic's last record is a tombstone.
func oneRuleRecs() []model.Record {
	var recs []model.Record
	for i, k := range []string{"bidi", "abc", outlierKey, "", "k-4", "k-5", "k-6"} {
		recs = append(recs, model.Record{Topic: hostileTopic, Partition: 0, Offset: int64(i), Time: fixedNow,
			Key: []byte(k), Value: []byte("v" + strconv.Itoa(i))})
	}
	recs = append(recs, model.Record{Topic: hostileTopic, Partition: 0, Offset: 7, Time: fixedNow, Key: []byte("k-7")}) // a tombstone
	recs = append(recs, model.Record{Topic: "orders", Partition: 1, Offset: 0, Time: fixedNow, Key: []byte("big"),
		Value: []byte(`{"blob":"` + strings.Repeat("A", 3000) + `"}`)})
	for i := range 6 {
		recs = append(recs, model.Record{Topic: "orders", Partition: 2 + i%2, Offset: int64(i / 2), Time: fixedNow,
			Key: []byte("txn-order-0-" + strconv.Itoa(i)), Value: []byte(`{"round":0,"i":` + strconv.Itoa(i) + `}`)})
	}
	return append(recs, burstRecs(3705, 3)...)
}

// cutBesideBlanks are the pane's record rows whose position or key is cut
// while the row ends in blank cells other than those its value keeps
// (logValueFloor), but for the rows of outlier keys, whose keys start
// with one of outliers.
func cutBesideBlanks(p *LogPane, outliers ...string) []string {
	var out []string
	for _, l := range p.Lines(false) {
		s := ansi.Strip(l)
		f := logRowsOf(s)
		if f == nil || slices.ContainsFunc(outliers, func(o string) bool { return strings.HasPrefix(f[1], o) }) {
			continue
		}
		cut := strings.Contains(f[0], "…") || strings.Contains(f[1], "…")
		blank := p.w - ansi.StringWidth(strings.TrimRight(s, " "))
		if cut && blank > logValueFloor(p.w)-ansi.StringWidth(f[2]) {
			out = append(out, s)
		}
	}
	return out
}

// logRowsOf is a plain record row as position, key and the rest (the
// time dropped), nil for another line.
func logRowsOf(s string) []string {
	f := strings.Fields(s)
	if len(f) > 0 && len(f[0]) == 8 && f[0][2] == ':' {
		f = f[1:]
	}
	if len(f) < 3 || !strings.Contains(f[0], "@") {
		return nil
	}
	return []string{f[0], f[1], strings.Join(f[2:], " ")}
}

// filterBy types a filter into the Log and applies it.
func filterBy(a *App, expr string) {
	do(a, "/")
	for _, k := range expr {
		do(a, string(k))
	}
	do(a, "enter")
}

// The Log's columns follow one rule over the rows on screen: nothing is
// cut while its row ends in blank cells (a long topic among short values,
// ut19b G1), an outlier key is cut rather than given cells other rows'
// values need, and given the cells no value on screen needs, whole where
// they hold it (J3: an 83-character key given 58 cells, cut anyway, beside
// 26 blank cells); a
// filter's rows are laid out for themselves, not for rows it hides (J4:
// `orders/1@0` and `big` padded by 11 and 10 cells beside a cut value).
func TestLogColumnsOneRule(t *testing.T) {
	for _, tc := range []struct {
		w, h int
		zoom bool
	}{{80, 24, false}, {80, 24, true}, {200, 50, false}, {200, 50, true}} {
		t.Run(shareName("log-one-rule-", tc.w, tc.h, tc.zoom), func(t *testing.T) {
			a, p := keysApp(t, tc.w, tc.h, tc.zoom, oneRuleRecs())
			do(a, "6")
			all := screen(a)
			assertFits(t, all, tc.w, tc.h)
			// the 83-character key and the 59-character settlement keys
			// are outliers among orders' 13: cut where values need the cells
			// (the settlement keys to where they differ, `…-00001-reco…`,
			// when the key column keeps its held width: log_keyapart.go)
			if bad := cutBesideBlanks(p, "evi", "set", "…"); len(bad) > 0 {
				t.Errorf("cut while the row ends in blank cells:\n%s", strings.Join(bad, "\n"))
			}
			filterBy(a, "topic="+hostileTopic)
			one := screen(a)
			if bad := cutBesideBlanks(p); len(bad) > 0 {
				t.Errorf("%s: cut while the row ends in blank cells:\n%s", hostileTopic, strings.Join(bad, "\n"))
			}
			if tc.w == 200 && tc.zoom && !strings.Contains(one, outlierKey) {
				t.Errorf("the outlier key is cut though no value needs the cells:\n%s", one)
			}
			// a value longer than the typical ones keeps a few cells: not `n…`
			if !strings.Contains(one, "null (tombstone)") {
				t.Errorf("the tombstone's value is cut among short values:\n%s", one)
			}
			do(a, "esc")
			filterBy(a, "topic=orders key=big")
			big := screen(a)
			for _, l := range p.Lines(false) {
				s := ansi.Strip(l)
				// the position keeps its offset's digit group (ut34a-2), no more
				if f := logRowsOf(s); f != nil && !strings.Contains(s, f[0]+digitGroupPad(f[0])+" big ") {
					t.Errorf("a lone row is laid out for rows the filter hides: %q", s)
				}
			}
			golden(t, shareName("log-one-rule-", tc.w, tc.h, tc.zoom),
				logBox(t, all)+"\n"+logBox(t, one)+"\n"+logBox(t, big))
		})
	}
}

// digitGroupPad is the blank cells a row's position (`topic/1@0`) keeps
// after it for its offset's digit group (heldPositionWidth).
func digitGroupPad(where string) string {
	d := len(where) - strings.LastIndex(where, "@") - 1
	return strings.Repeat(" ", (d+2)/3*3-d)
}
