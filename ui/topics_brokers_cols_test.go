package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// The brokers view judges its columns over every broker, not the page:
// the 80x24 grid's box showed broker 0 alone (no role), so `role` gave
// way while `rack` (`krack` on every broker) and `Kafka` (the same
// release on every broker) stayed, and the cluster line, which names the
// controller, took a row of the three brokers (ut28a U4). A rack or
// release every broker shares goes first; the role stays; the cluster
// line gives way before a broker's row.
func TestBrokersViewKeepsTheRole(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a := testApp(t, size[0], size[1]) // the demo's grid: at 80x24 Topics shares a 3-row box
		writer(a.c).Update(func(st *model.State) {
			st.Cluster = model.ClusterInfo{ID: "washboard-embedded", Controller: 2, Kafka: "at least v3.9"}
			for id := range 3 {
				st.Cluster.Brokers = append(st.Cluster.Brokers, model.BrokerStat{ID: id, Host: "127.0.0.1", Port: 31900 + id, Rack: "krack", Kafka: "at least v3.9"})
			}
		})
		a.Update(changedMsg{version: a.c.Store.Version()})
		do(a, "8", "b")
		got := screen(a)
		if !strings.Contains(got, "host:port") {
			t.Fatalf("%dx%d: not the brokers view:\n%s", size[0], size[1], got)
		}
		want := []string{"role", "127.0.0.1:31900", "127.0.0.1:31901"}
		if size[0] == 80 { // a 3-row box: the heading and two brokers, the line gone; the third a scroll away
			for _, w := range want {
				if !strings.Contains(got, w) {
					t.Errorf("80x24: no %q (the role column, two brokers' rows):\n%s", w, got)
				}
			}
			do(a, "down", "down")
			want = []string{"role", "127.0.0.1:31902"}
		} else {
			want = append(want, "127.0.0.1:31902", "controller 2")
		}
		got = screen(a)
		for _, w := range append(want, "controller") {
			if !strings.Contains(got, w) {
				t.Errorf("%dx%d: no %q (the role column, the brokers' rows):\n%s", size[0], size[1], w, got)
			}
		}
		if size[0] == 80 && strings.Contains(got, "at least v3.9") {
			t.Errorf("80x24: a release every broker shares kept in a box that cuts:\n%s", got)
		}
	}
}
