package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// The brokers view says how many partitions each broker leads and how
// many replicas it holds, as `kcat -L` lists them (ut31: id, host, rack,
// role and release only), from the last poll's metadata: ut31's cluster,
// 47 partitions of replication 2 over 3 brokers, counted independently
// here; at 80x24 and 200x50.
func TestBrokersViewCountsLeadersAndReplicas(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		s := ut31Store()
		led, held := map[int]int{}, map[int]int{}
		s.Update(func(st *model.State) {
			for i := range st.Partitions {
				pt := &st.Partitions[i]
				pt.Leader = i % 3
				pt.Replicas = []int{i % 3, (i + 1) % 3}
				led[i%3]++
				held[i%3]++
				held[(i+1)%3]++
			}
		})
		a := realApp(t, s, size[0], size[1])
		do(a, "8", "b")
		got := screen(a)
		if !strings.Contains(got, "leads") || !strings.Contains(got, "replicas") {
			t.Fatalf("%v: no leads or replicas heading:\n%s", size, got)
		}
		for id := range 3 {
			row := regexp.MustCompile(`│` + itoa(id) + ` +127\.0\.0\.1:` + itoa(31900+id) + ` .*? (\d+) +(\d+) `).FindStringSubmatch(got)
			if row == nil || row[1] != itoa(led[id]) || row[2] != itoa(held[id]) {
				t.Errorf("%v: broker %d reads %q, want %d led and %d replicas:\n%s", size, id, row, led[id], held[id], got)
			}
		}
	}
}
