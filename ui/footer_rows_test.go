package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// The Partitions footer offers the writes of the cursor's row: on a
// topic's or a partition's row D deletes the topic and o/O are not
// offered (they say "no group here" when pressed); on a group's row o,
// D delete group and O are, and D delete topic is not (ut21a K7-5: `D
// delete group` on a topic row, where D deletes the topic).
func TestPartitionsFooterOffersTheRowsKeys(t *testing.T) {
	a := lagApp(t, 200, 50, Cluster{Name: "kafka:9092"}, &cursorDemos{})
	do(a, "4")
	p := a.panes[panePartitions].(*PartitionsPane)
	groupOnly := []string{"o reset offsets", "D delete group", "O delete group's offsets on topic"}
	seen := map[rowKind]bool{}
	for range 12 {
		a.View()
		if p.scroll.cursor-p.scroll.offset >= len(p.frame.rows) {
			break
		}
		r := p.frame.rows[p.scroll.cursor-p.scroll.offset].r
		got := offeredHints(a)
		onGroup := r.kind == topicGroupRow || r.kind == partGroupRow
		want, not := []string{"D delete topic", "C create topic"}, groupOnly
		if onGroup {
			want, not = append(groupOnly, "A add partitions"), []string{"D delete topic"}
		}
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("row %+v: footer %q does not offer %q", r, got, w)
			}
		}
		for _, n := range not {
			if strings.Contains(got, n) {
				t.Errorf("row %+v: footer %q offers %q, which is not what the key does here", r, got, n)
			}
		}
		seen[r.kind] = true
		do(a, "down")
	}
	if !seen[topicRow] || !seen[partRow] || !(seen[topicGroupRow] || seen[partGroupRow]) {
		t.Fatalf("the rows walked hold no topic, partition or group row: %v", seen)
	}
	// o on a topic's row says why, not nothing
	do(a, "home")
	if a.View(); p.frame.rows[0].r.kind != topicRow {
		t.Fatalf("the first row is not a topic's")
	}
	do(a, "o")
	if s := screen(a); !strings.Contains(s, "no group here: put the cursor on a group") {
		t.Errorf("o on a topic row said nothing:\n%s", s)
	}
}

// On a cluster that never answered, Topics offers no key that acts on a
// topic (there is none), and w, u and v say why instead of doing nothing
// (ut21a X-5).
func TestTopicsFooterWithNoTopic(t *testing.T) {
	a := testApp(t, 80, 24)
	a.c.Watcher = &fakeWatcher{mine: map[string][]string{}, from: map[string]string{}}
	store := a.c.Store.(*model.Store)
	store.Update(func(st *model.State) {
		st.Topics, st.TopicStats = nil, nil
		st.Link = model.Link{State: model.LinkError, Err: "nothing listens on 127.0.0.1:29949 (connection refused); retrying"}
	})
	a.Update(changedMsg{version: store.Version()})
	do(a, "8")
	got := offeredHints(a)
	for _, n := range []string{"w read into Log", "u stop reading", "v chart", "enter open topic", "D delete topic", "A add partitions", "E edit topic config"} {
		if strings.Contains(got, n) {
			t.Errorf("footer %q offers %q with no topic", got, n)
		}
	}
	for _, k := range []string{"w", "u", "v"} {
		do(a, k)
		s := screen(a)
		if txt := boxText(s); !strings.Contains(txt, k+"reads") && !strings.Contains(txt, k+"stops") && !strings.Contains(txt, k+"charts") || !strings.Contains(txt, "notopichere") {
			t.Errorf("%s with no topic said nothing:\n%s", k, s)
		}
		do(a, "esc")
	}
}
