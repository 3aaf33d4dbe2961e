package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// republish is a poll that answered with the store changed by f.
func republish(a *App, f func(st *model.State)) {
	writer(a.c).Update(func(st *model.State) {
		f(st)
		st.Link.PolledAt = st.Link.PolledAt.Add(time.Second)
	})
	a.Update(changedMsg{version: a.c.Store.Version()})
}

func TestTopicsSortIgnoresCaseAndMarksItsColumn(t *testing.T) {
	a := foreignApp(t, 140, 40)
	republish(a, func(st *model.State) {
		st.TopicStats = append(st.TopicStats, model.TopicStat{Name: "Student", Partitions: 1, Replication: 1, Records: 500})
	})
	got := screen(a)
	if o, p, s := strings.Index(got, "orders "), strings.Index(got, "payments "), strings.Index(got, "Student "); !(o < p && p < s) {
		t.Errorf("not in natural case-insensitive order (orders, payments, Student):\n%s", got)
	}
	if !strings.Contains(got, "topic▼") {
		t.Errorf("the sorted column is not marked:\n%s", got)
	}
	do(a, "s")
	if got := screen(a); !strings.Contains(got, "offsets▼") || strings.Contains(got, "topic▼") {
		t.Errorf("s: the records column is not the one marked:\n%s", got)
	}
}

func TestTopicsInternalToggleSaysWhatItDid(t *testing.T) {
	a := foreignApp(t, 140, 40)
	if got := screen(a); !strings.Contains(got, "1 internal hidden") {
		t.Fatalf("hidden internal topics not counted:\n%s", got)
	}
	do(a, "i")
	if got := screen(a); !strings.Contains(got, "1 internal shown") {
		t.Errorf("i: the border does not say internal topics are shown:\n%s", got)
	}
	republish(a, func(st *model.State) { st.TopicStats = st.TopicStats[1:] })
	if got := screen(a); !strings.Contains(got, "no internal topics") {
		t.Errorf("i on a cluster without internal topics says nothing:\n%s", got)
	}
}

func TestBrokersViewSaysHowBack(t *testing.T) {
	a := foreignApp(t, 140, 40)
	do(a, "b")
	got := screen(a)
	for _, want := range []string{"Topics › brokers", "back to topics"} {
		if !strings.Contains(got, want) {
			t.Errorf("brokers view: no %q:\n%s", want, got)
		}
	}
	do(a, "esc")
	if got := screen(a); strings.Contains(got, "Topics › brokers") || !strings.Contains(got, "payments") {
		t.Errorf("esc does not go back to the topics:\n%s", got)
	}
}

// A topic the cluster says is unknown (deleted, metadata not caught up)
// shows no stale partition rows.
func TestOpenTopicUnknownToThePollSaysSo(t *testing.T) {
	for _, where := range []string{"topic", "partition"} {
		a := foreignApp(t, 140, 40)
		do(a, "enter") // orders
		republish(a, func(st *model.State) {
			if where == "topic" {
				st.TopicStats[1].Err = "Unknown Topic Or Partition"
			} else {
				st.Partitions[1].Err = "watermarks not read: unknown topic or partition"
			}
		})
		got := screen(a)
		if !strings.Contains(got, "orders is gone or being deleted") {
			t.Errorf("%s error: the detail does not say the topic is gone:\n%s", where, got)
		}
		if strings.Contains(got, "1,2,3") {
			t.Errorf("%s error: stale replicas shown:\n%s", where, got)
		}
	}
}

// At 80x24 the open topic's border gives its own position, not the list's.
func TestTopicDetailBorderShowsItsOwnPosition(t *testing.T) {
	a := foreignApp(t, 80, 24)
	republish(a, func(st *model.State) {
		for _, n := range []string{"t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8"} {
			st.TopicStats = append(st.TopicStats, model.TopicStat{Name: n, Partitions: 1, Replication: 1})
		}
	})
	if got := screen(a); !strings.Contains(got, "/10") {
		t.Fatalf("the list does not say its position:\n%s", got)
	}
	do(a, "enter")
	if got := screen(a); strings.Contains(got, "/10") {
		t.Errorf("the detail's border shows the list's position:\n%s", got)
	}
}

// enter on a Partitions row opens its topic in the Topics pane.
func TestPartitionsEnterOpensTheTopic(t *testing.T) {
	a := foreignApp(t, 140, 40)
	do(a, "4", "down", "down", "down") // below orders' totals, on one of its rows
	_, cmd := a.Update(keyPress("enter"))
	if cmd == nil {
		t.Fatal("enter in Partitions does nothing")
	}
	a.Update(cmd())
	if a.focus != paneTopics || !strings.Contains(screen(a), "Topics › orders") {
		t.Errorf("focus %d: the topic is not open:\n%s", a.focus, screen(a))
	}
}

// A filter counts what it lets through of the whole, as Groups does.
func TestPartitionsFilterCountsShownOfAll(t *testing.T) {
	a := foreignApp(t, 140, 40)
	do(a, "4", "/", "p", "a", "y", "enter")
	if got := screen(a); !strings.Contains(got, "1 of 3 partitions") {
		t.Errorf("filtered Partitions do not say 1 of 3:\n%s", got)
	}
}

func TestConfigValueInHumanUnits(t *testing.T) {
	tests := []struct{ name, value, want string }{
		{"retention.bytes", "8388608", "8 MiB (8388608)"},
		{"segment.bytes", "1073741824", "1 GiB (1073741824)"},
		{"max.message.bytes", "1048588", "1.0 MiB (1048588)"},
		{"retention.bytes", "-1", "unlimited (-1)"},
		{"retention.ms", "604800000", "7d (604800000)"},
		{"retention.ms", "-1", "forever (-1)"},
		{"segment.ms", "90000", "90s (90000)"},
		{"local.retention.ms", "-2", "-2"}, // a sentinel, not a time
		{"segment.bytes", "512", "512 B (512)"},
		{"cleanup.policy", "compact", "compact"},
		{"retention.ms", "soon", "soon"},
		{"min.insync.replicas", "2", "2"},
	}
	for _, tt := range tests {
		if got := configValue(tt.name, tt.value); got != tt.want {
			t.Errorf("configValue(%q, %q) = %q, want %q", tt.name, tt.value, got, tt.want)
		}
	}
}

// The border names a sort in its heading's word: `sort parts` under
// `parts▼` (ut32a: `sort partitions` beside `parts▼`).
func TestTopicsSortSaidInItsHeadingsWord(t *testing.T) {
	a := foreignApp(t, 200, 50)
	do(a, "8", "s", "s", "s")
	got := screen(a)
	if !strings.Contains(got, "parts▼") || !strings.Contains(got, "sort parts") {
		t.Errorf("sorted by partitions: want `parts▼` and `sort parts`:\n%s", got)
	}
}
