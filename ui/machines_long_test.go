package ui

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// ut18a F11: at 80x24 zoomed last seen kept 9 cells for `stale 59s` with
// no machine stale while the sparklines sat at 5; one machine with a
// 52-character id and a 31-character program took every sparkline of
// every machine away and its program grew past 18 cells. The README's
// order: last seen gives up its reserve first, then the sparklines
// shrink; an id longer than 24 cells (cut anyway) is cut to the other
// ids' width before a sparkline shrinks; the program grows past 18 cells
// only once the sparklines show their whole window. Goldens at the three
// sizes, in the grid and zoomed, with and without the long machine.
func TestMachinesWidthsWithALongIDAndProgram(t *testing.T) {
	span := regexp.MustCompile(`\b\d+[sm]\b`)
	for _, size := range viewSizes {
		for _, keys := range [][]string{{"1"}, {"1", "z"}} {
			sparksBefore := 0
			for _, long := range []bool{false, true} {
				name := fmt.Sprintf("machines-widths-%dx%d-%s", size[0], size[1], strings.Join(keys, ""))
				if long {
					name += "-long"
				}
				t.Run(name, func(t *testing.T) {
					a, s := machinesApp(t, size[0], size[1], long)
					press(a, keys...)
					got := screen(a)
					defer golden(t, name, got)
					// the next frame keeps the widths: they are measured over
					// every frame since the view's fields were set
					next := fixedNow.Add(time.Second)
					s.Fold([]model.Record{{Topic: model.LaundryTopic, Time: next, Value: []byte(
						`{"machine_id":"washer-01","program":"dry-low","load_kg":7.1,"heat_c":50.3,"power_w":2000}`)}}, next)
					a.Update(changedMsg{version: s.Version()})
					if again := screen(a); titleRow(t, again) != titleRow(t, got) {
						t.Errorf("the next frame changes the columns:\n%s\nthen\n%s", got, again)
					}
					head := titleRow(t, got)
					sparks := len(span.FindAllString(head, -1))
					if !long {
						sparksBefore = sparks
					} else if sparks < sparksBefore {
						t.Errorf("one long machine took %d of %d sparklines away:\n%s", sparksBefore-sparks, sparksBefore, got)
					}
					if p, l := strings.Index(head, "program"), strings.Index(head, "load"); p >= 0 && l-p-1 > maxStatus && !strings.Contains(head, "5m") {
						t.Errorf("program column %d cells, over %d, while the sparklines do not show their whole window:\n%s", l-p-1, maxStatus, got)
					}
					if sparks > 0 && !strings.Contains(head, "5m") {
						if seen := len(strings.TrimRight(head, "│")) - strings.Index(head, "seen"); seen >= len("stale 59s") {
							t.Errorf("seen keeps %d cells, no machine stale, while the sparklines do not show their whole window:\n%s", seen, got)
						}
					}
					// the id is cut only where it must be: with the program at
					// 5 cells or fewer, the markers' room held
					// (ut34a-25, ut40a-5)
					prog := strings.Index(head, "pro") - 1
					for _, id := range []string{"avro-washer-01", "avro-dryer-01"} {
						if strings.Contains(got, "│"+id[:4]) && !strings.Contains(got, id) && prog >= 0 && len([]rune(head[:strings.Index(head, "load")]))-len([]rune(head[:prog]))-2 > heldProgram {
							t.Errorf("%s is cut while the program keeps more than its least:\n%s", id, got)
						}
					}
				})
			}
		}
	}
}

// machinesApp is an App at w x h over five minutes of fourteen demo
// machines reporting every 5 s (none stale; the ids up to 14 cells, the
// programs up to 13, heat and power crossing their thresholds), and with
// long, one more with a 52-character id and a 31-character program.
func machinesApp(t *testing.T, w, h int, long bool) (*App, *model.Store) {
	t.Helper()
	ids := []string{"avro-dryer-01", "avro-washer-01", "dryer-01", "dryer-02", "dryer-03", "dryer-04",
		"washer-01", "washer-02", "washer-03", "washer-04", "washer-05", "washer-06", "washer-07", "washer-08"}
	progs := []string{"dry-low", "wool-30", "dry-high", "dry-delicate", "synthetics-40", "cotton-60"}
	if long {
		ids = append(ids, "rooftop-laundromat-building-c-washer-extra-large-017")
	}
	var recs []model.Record
	for sec := 295; sec >= 0; sec -= 5 {
		for m, id := range ids {
			prog, heat, power := progs[m%len(progs)], 35+float64((m*7+sec)%45)+0.3, 1300+float64((m*131+sec*7)%1300)
			if m == len(ids)-1 && long {
				prog, heat, power = "heavy-duty-sanitize-extra-rinse", 91.2, 3100
			}
			recs = append(recs, model.Record{Topic: model.LaundryTopic, Time: fixedNow.Add(-time.Duration(sec) * time.Second),
				Value: []byte(fmt.Sprintf(`{"machine_id":%q,"program":%q,"load_kg":%.1f,"heat_c":%.1f,"power_w":%.0f}`,
					id, prog, 1+float64(m%8)+0.1, heat, power))})
		}
	}
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	s.Fold(recs, fixedNow)
	s.Update(func(st *model.State) { st.Topics = []string{model.LaundryTopic, model.RiderTopic, model.StudentTopic} })
	c := &Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow },
		Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}}
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return a, s
}
