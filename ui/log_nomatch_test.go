package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// A filter on a topic= that matches nothing says why in words: no topic
// of that name (topic= takes a whole name: the one that starts with it is
// named), a topic the Log does not read (and how to read it), or one it
// reads but holds none of (ut19b J9: only "no buffered record matches").
func TestLogSaysWhyATopicFilterMatchesNothing(t *testing.T) {
	recs := []model.Record{{Topic: "orders", Partition: 0, Offset: 0, Time: fixedNow, Key: []byte("k"), Value: []byte(`{}`)}}
	for _, tc := range []struct {
		filter, want string
	}{
		{"topic=hostile", "no topic is named hostile (topic= takes a whole name); did you mean topic=" + hostileTopic + "?"},
		{"topic=" + hostileTopic, "the Log does not read " + hostileTopic + "; w on it in 8 Topics reads it from a place you choose"},
		{"topic=quiet", "the Log reads quiet but holds none of its records"},
		{"topic=nothing-like-it", "no topic on the cluster is named nothing-like-it"},
		{"topic=orders key=zz", "no buffered record matches the filter"},
	} {
		for _, size := range [][2]int{{80, 24}, {200, 50}} {
			a, _ := keysApp(t, size[0], size[1], true, recs)
			writer(a.c).Update(func(st *model.State) {
				st.Topics = []string{hostileTopic, "orders", "quiet"}
				st.ReadWhy = map[string]string{"orders": "--topic", "quiet": "--topic"}
			})
			filterBy(a, tc.filter)
			box := logBox(t, screen(a))
			// wrapped at spaces or hyphens: compared without the spaces
			flat := strings.Join(strings.Fields(strings.ReplaceAll(box, "│", "")), "")
			if !strings.Contains(flat, strings.Join(strings.Fields(tc.want), "")) {
				t.Errorf("%dx%d %s: want %q:\n%s", size[0], size[1], tc.filter, tc.want, box)
			}
			if tc.filter == "topic=orders key=zz" && strings.Contains(flat, "matchesthefilter:") {
				t.Errorf("%s: a reason given where the topic's records are held:\n%s", tc.filter, box)
			}
		}
	}
}

// The help's filter notes say topic= takes a whole name (ut19b J9:
// `topic=hostile` matched nothing, with nothing saying a prefix does not).
func TestLogHelpSaysTopicIsAWholeName(t *testing.T) {
	_, p := keysApp(t, 80, 24, true, nil)
	if notes := strings.Join(p.HelpNotes(), "\n"); !strings.Contains(notes, "topic= (a whole name)") {
		t.Errorf("the filter notes do not say topic= takes a whole name:\n%s", notes)
	}
}

// The Log's "does not read" hint wraps at its spaces only: a topic
// longer than a line is cut in the middle, both ends kept, never broken
// at a '-' (ut33 Za7: `…reconciliation-events.eu-west-` / `1.v3;` in the
// 80x24 grid), and one that fits a line is whole on it.
func TestLogHintNeverBreaksATopic(t *testing.T) {
	recs := []model.Record{{Topic: "orders", Partition: 0, Offset: 0, Time: fixedNow, Key: []byte("k"), Value: []byte(`{}`)}}
	const long = "settlement.payments.reconciliation-events.eu-west-1.v3"
	for _, tc := range []struct {
		w, h int
		grid bool
	}{{80, 24, true}, {80, 24, false}, {200, 50, false}} {
		a, _ := keysApp(t, tc.w, tc.h, true, recs)
		writer(a.c).Update(func(st *model.State) {
			st.Topics = []string{"orders", long}
			st.ReadWhy = map[string]string{"orders": "--topic"}
		})
		filterBy(a, "topic="+long)
		if tc.grid {
			do(a, "z")
		}
		box := logBox(t, screen(a))
		var hint []string
		for _, l := range strings.Split(box, "\n") {
			l = strings.TrimSpace(strings.Trim(strings.TrimSpace(l), "│"))
			if len(hint) > 0 || strings.HasPrefix(l, "no buffered") {
				hint = append(hint, l)
			}
		}
		if len(hint) == 0 {
			t.Fatalf("%dx%d grid %v: no hint:\n%s", tc.w, tc.h, tc.grid, box)
		}
		named := false
		for _, l := range hint {
			if strings.HasSuffix(l, "-") || strings.HasPrefix(l, "1.v3") {
				t.Errorf("%dx%d grid %v: the topic is broken across lines:\n%s", tc.w, tc.h, tc.grid, box)
			}
			for _, word := range strings.Fields(l) {
				if strings.HasPrefix(word, "settlement.") && strings.HasSuffix(word, "eu-west-1.v3;") {
					named = true
				}
			}
		}
		if !named {
			t.Errorf("%dx%d grid %v: the topic's two ends are not on one line:\n%s", tc.w, tc.h, tc.grid, box)
		}
	}
}
