package ui

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// keysApp is a Log of recs at w x h, zoomed or in the grid.
func keysApp(t *testing.T, w, h int, zoom bool, recs []model.Record) (*App, *LogPane) {
	t.Helper()
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	s.Fold(recs, fixedNow)
	s.Update(func(st *model.State) { st.Link = model.Link{State: model.LinkConnected} })
	a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow },
		Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}})
	a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	a.Update(changedMsg{version: s.Version()})
	if zoom {
		do(a, "6", "z")
	}
	a.View()
	return a, a.panes[paneLog].(*LogPane)
}

// logRows are the Log's record rows as the pane draws them, each split
// into its position, key and the rest (the time dropped).
func logRows(p *LogPane) [][3]string { return logRowsIn(p.Lines(false)) }

// logRowsIn is logRows over lines the Log already drew.
func logRowsIn(lines []string) [][3]string {
	var out [][3]string
	for _, l := range lines {
		f := strings.Fields(ansi.Strip(l))
		if len(f) > 0 && len(f[0]) == 8 && f[0][2] == ':' {
			f = f[1:]
		}
		if len(f) >= 3 {
			out = append(out, [3]string{f[0], f[1], strings.Join(f[2:], " ")})
		}
	}
	return out
}

// machineRecs are laundry records keyed by machine, two of whose keys
// share both ends (avro-washer-01, avro-dryer-01).
func machineRecs() []model.Record {
	var recs []model.Record
	for i, k := range []string{"washer-02", "avro-washer-01", "avro-dryer-01", "washer-01", "dryer-01", "avro-dryer-02"} {
		recs = append(recs, model.Record{Topic: model.LaundryTopic, Partition: i % 5, Offset: int64(10 + i), Time: fixedNow,
			Key: []byte(k), Value: []byte(`{"machine_id":"` + k + `","program":"cotton-60","load_kg":6.5,"heat_c":58.2,"power_w":2150}`)})
	}
	return recs
}

// A key is cut once, in the middle, keeping both its ends, and takes the
// room a short value leaves (a user test of issue 14, A7: a 167-character
// key showed as `custom…xxxxx…`, cut twice, beside 30 blank cells).
func TestLogLongKeyIsCutOnceAndTakesTheRoom(t *testing.T) {
	key := "customer-account-" + strings.Repeat("x", 150) + "-end"
	recs := []model.Record{
		{Topic: "ab", Partition: 1, Offset: 27, Time: fixedNow, Key: []byte(key), Value: []byte(`{"hello":"long key"}`)},
		{Topic: "ab", Partition: 0, Offset: 3, Time: fixedNow, Key: []byte("k1"), Value: []byte(`{"hello":"short key"}`)},
	}
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		name := "log-long-key-" + strconv.Itoa(size[0]) + "x" + strconv.Itoa(size[1])
		t.Run(name, func(t *testing.T) {
			a, p := keysApp(t, size[0], size[1], true, recs)
			rows := logRows(p)
			if len(rows) != 2 {
				t.Fatalf("%d rows, want 2: %q", len(rows), rows)
			}
			k := rows[0][1]
			if !strings.HasPrefix(k, "customer-acc") || !strings.HasSuffix(k, "xx-end") || strings.Count(k, "…") != 1 {
				t.Errorf("the key is not cut once in the middle: %q", k)
			}
			if w := ansi.StringWidth(strings.TrimRight(ansi.Strip(p.Lines(false)[0]), " ")); w < p.w-1 {
				t.Errorf("the row leaves %d cells blank while its key is cut: %q", p.w-w, p.Lines(false)[0])
			}
			if rows[0][2] != `{"hello":"long key"}` {
				t.Errorf("the value is cut: %q", rows[0][2])
			}
			got := screen(a)
			assertFits(t, got, size[0], size[1])
			golden(t, name, logBox(t, got))
		})
	}
}

// Keys of the demo's machines read whole, or at least apart, in the grid
// and zoomed at 80x24 and at 200x50: a key that misses by a cell or two
// gets them from the value (cut at its end anyway), and two different
// keys never show the same (a user test of issue 14, A15: washer-02 as
// `was…r-02`, avro-washer-01 and avro-dryer-01 both as `avr…r-01`).
func TestLogKeysReadWholeOrApart(t *testing.T) {
	for _, tc := range []struct {
		w, h int
		zoom bool
	}{{80, 24, false}, {80, 24, true}, {200, 50, false}, {200, 50, true}} {
		name := "log-machine-keys-" + strconv.Itoa(tc.w) + "x" + strconv.Itoa(tc.h)
		if !tc.zoom {
			name = "log-machine-keys-grid-" + strconv.Itoa(tc.w) + "x" + strconv.Itoa(tc.h)
		}
		t.Run(name, func(t *testing.T) {
			a, p := keysApp(t, tc.w, tc.h, tc.zoom, machineRecs())
			rows := logRows(p)
			if len(rows) != len(machineRecs()) {
				t.Fatalf("%d rows, want %d: %q", len(rows), len(machineRecs()), rows)
			}
			for i, r := range rows {
				if want := string(machineRecs()[i].Key); r[1] != want {
					t.Errorf("key %q shows as %q (pane %d wide): %q", want, r[1], p.w, r)
				}
			}
			golden(t, name, logBox(t, screen(a)))
		})
	}
}

// The kind, at every width from 40 to 200 columns: a key is cut at most
// once and in the middle, keeps its first and last cells, and different
// keys never read the same where the pane has 60 cells, nor different
// topics where it has room for what tells them apart.
func TestLogKeysAcrossWidths(t *testing.T) {
	t.Parallel() // holds no shared state: its own store, app and clock
	recs := machineRecs()
	long := []string{"customer-account-" + strings.Repeat("x", 90) + "-end", "customer-account-" + strings.Repeat("x", 90) + "-enx",
		"tenant-eu-west-1/order-service/instance-7", "tenant-eu-west-1/order-service/instance-8"}
	for i, k := range long {
		recs = append(recs, model.Record{Topic: "orders-of-the-laundry-machines-at-the-" + []string{"north", "south"}[i%2] + "-campus-eu1", Partition: i, Offset: int64(100 * i),
			Time: fixedNow, Key: []byte(k), Value: []byte(`{"order":` + strconv.Itoa(i) + `,"amount":11.5,"state":"paid"}`)})
	}
	for w := 40; w <= 200; w += 3 {
		_, p := keysApp(t, w, 30, true, recs)
		rows := logRows(p)
		if len(rows) != len(recs) {
			t.Fatalf("%d columns: %d rows, want %d", w, len(rows), len(recs))
		}
		seen, topics := map[string]string{}, map[string]string{}
		for i, r := range rows {
			if !strings.Contains(r[0], "/") {
				t.Fatalf("%d columns: no position: %q", w, rows)
			}
			where := r[0][:strings.LastIndex(r[0], "/")]
			if other, ok := topics[where]; ok && other != recs[i].Topic && p.w >= 100 { // these two differ 17 cells from the end: 41 cells with the position
				t.Errorf("%d columns: topics %q and %q both show as %q", w, other, recs[i].Topic, where)
			}
			topics[where] = recs[i].Topic
			k, shown := string(recs[i].Key), r[1]
			if n := strings.Count(shown, "…"); n > 1 || (n == 1 && (shown[0] != k[0] || shown[len(shown)-1] != k[len(k)-1])) {
				t.Errorf("%d columns: key %q cut as %q", w, k, shown)
			}
			if other, ok := seen[shown]; ok && other != k && p.w >= 60 {
				t.Errorf("%d columns: %q and %q both show as %q", w, other, k, shown)
			}
			seen[shown] = k
		}
	}
}
