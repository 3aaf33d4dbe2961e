package ui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// ut39-8, ut39-11, ut38a-9, ut38b-12 (ut37-2/11/17, ut36a-9): a topic's
// row in Partitions was a row of the table, its name cut
// (`laund…-logs (6)`) while its own lag and health cells stood blank
// and its sum set the `high` column's width. It is a heading line: the
// name whole, its figures labelled after it, at 80x24 and 200x50, grid
// and zoomed; the group rows under it keep the columns.
func TestPartitionsTopicRowIsAHeading(t *testing.T) {
	topics := []crossTopic{
		{name: "laundry-machine-logs", parts: 6, high: 870, step: 3, groups: []string{"washboard-demo-1"}, lag: 40},
		{name: "customer.profile.updates-cdc.apac.v1", parts: 1, high: 50, step: 1},
	}
	for _, sz := range [][2]int{{80, 24}, {200, 50}} {
		for _, zoom := range []bool{false, true} {
			at := fmt.Sprintf("%dx%d zoom=%v", sz[0], sz[1], zoom)
			s := model.NewStore(nil, model.DefaultLimits())
			for i := range 3 {
				crossPoll(s, i, topics)
			}
			a := demoApp(t, s, sz[0], sz[1])
			press(a, "4")
			if zoom {
				press(a, "z")
			}
			box := strings.Join(paneBox(a, "─ 4 Partitions"), "\n")
			if !regexp.MustCompile(`laundry-machine-logs \(6\) · (low \S+ · )?high `).MatchString(box) {
				t.Errorf("%s: the topic's heading is not whole with its high watermark labelled:\n%s", at, box)
			}
			if zoom && !strings.Contains(box, "customer.profile.updates-cdc.apac.v1 (1) · ") {
				t.Errorf("%s: a long topic name is cut where the line holds it:\n%s", at, box)
			}
			if !strings.Contains(box, "↳ washboard-demo-1 ") {
				t.Errorf("%s: the group's name is cut:\n%s", at, box)
			}
		}
	}
}
