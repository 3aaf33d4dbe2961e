package model

import (
	"testing"
	"time"
)

// A stale machine counts as stale only, whatever its last values said:
// washer-99 silent at 99 °C is old news, not a machine in crit now.
func TestCountAlertsStaleCountsOnlyAsStale(t *testing.T) {
	now := time.Unix(1_700_000_000, 0)
	old := now.Add(-5 * time.Minute)
	tests := []struct {
		name string
		recs []Record
		want Alerts
	}{
		{"fresh crit and warn", []Record{
			machineRecord("w1", now, `,"heat_c":99`), machineRecord("w2", now, `,"heat_c":88`),
		}, Alerts{Crit: 1, Warn: 1}},
		{"stale crit is stale only", []Record{machineRecord("w99", old, `,"heat_c":99`)}, Alerts{Stale: 1}},
		{"stale ok", []Record{machineRecord("w3", old, `,"heat_c":40`)}, Alerts{Stale: 1}},
		{"mixed", []Record{
			machineRecord("w1", now, `,"heat_c":99`), machineRecord("w99", old, `,"heat_c":99`),
			machineRecord("w98", old, `,"heat_c":88`),
		}, Alerts{Crit: 1, Stale: 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewStore(DefaultViews(), DefaultLimits())
			s.Fold(tt.recs, now)
			var got Alerts
			s.Read(func(st *State) { got = CountAlerts(st.Series[LaundryTopic], now) })
			if got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}
