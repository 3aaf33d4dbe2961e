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
		if !strings.Contains(got, "8 Topics › brokers") {
			t.Fatalf("%dx%d: not the brokers view:\n%s", size[0], size[1], got)
		}
		want := []string{"role", "127.0.0.1:31900", "127.0.0.1:31901"}
		if size[0] == 80 { // a 3-row box: the three brokers without the heading (ut29), the controller named in its row
			for _, w := range []string{"127.0.0.1:31900", "127.0.0.1:31901", "127.0.0.1:31902", "controller"} {
				if !strings.Contains(got, w) {
					t.Errorf("80x24: no %q (every broker's row, the role):\n%s", w, got)
				}
			}
			want = nil
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

// The brokers view shows every broker its box has rows for: the 80x24
// grid's 3-row box holds 3 brokers without the heading (ut29: the
// heading and 2 of 3, kind 5); 5 brokers keep the heading over 2, the
// border saying which (1-2/5), the rest a scroll away; zoomed, every
// broker under the heading.
func TestBrokersViewShowsEveryBrokerItHasRowsFor(t *testing.T) {
	for _, n := range []int{3, 5} {
		for _, zoom := range []bool{false, true} {
			a := testApp(t, 80, 24)
			writer(a.c).Update(func(st *model.State) {
				st.Cluster = model.ClusterInfo{ID: "washboard-embedded", Controller: 2, Kafka: "at least v3.9"}
				for id := range n {
					st.Cluster.Brokers = append(st.Cluster.Brokers, model.BrokerStat{ID: id, Host: "127.0.0.1", Port: 31900 + id, Rack: "r" + itoa(id%2), Kafka: "at least v3.9"})
				}
			})
			a.Update(changedMsg{version: a.c.Store.Version()})
			keys, name := []string{"8", "b"}, "brokers-"+itoa(n)+"-80x24"
			if zoom {
				keys, name = append(keys, "z"), name+"-zoomed"
			}
			do(a, keys...)
			got := screen(a)
			shown := 0
			for id := range n {
				if strings.Contains(got, "127.0.0.1:"+itoa(31900+id)) {
					shown++
				}
			}
			heading := strings.Contains(got, "host:port")
			switch {
			case zoom || n == 5:
				if !heading {
					t.Errorf("%s: no heading:\n%s", name, got)
				}
				if want := n; !zoom {
					if shown != 2 || !strings.Contains(got, "1-2/5") {
						t.Errorf("%s: %d brokers shown, want 2 and the border saying 1-2/5:\n%s", name, shown, got)
					}
				} else if shown != want {
					t.Errorf("%s: %d of %d brokers shown:\n%s", name, shown, want, got)
				}
			default:
				if shown != 3 || !strings.Contains(got, "rack r1") || !strings.Contains(got, "controller") {
					t.Errorf("%s: %d of 3 brokers shown (each rack said, the controller named):\n%s", name, shown, got)
				}
			}
			golden(t, name, got)
		}
	}
}
