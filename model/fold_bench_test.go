package model

import (
	"fmt"
	"testing"
	"time"
)

// BenchmarkFold measures decode + fold per record in the steady state: a
// full key table (500 machines, or churning keys past the cap), so the
// allocations it reports are the ones every record pays.
func BenchmarkFold(b *testing.B) {
	cases := []struct {
		name       string
		keys, max  int
		topic, fmt string
	}{
		{"machines-500", 500, 5000, LaundryTopic, `{"machine_id":"washer-%03d","program":"cotton-60","load_kg":6.5,"heat_c":%d.5,"power_w":2150}`},
		{"machines-churn-past-cap", 5000, 500, LaundryTopic, `{"machine_id":"washer-%04d","program":"cotton-60","load_kg":6.5,"heat_c":%d.5,"power_w":2150}`},
		{"students-500", 500, 5000, StudentTopic, `{"StudentId":"s-%03d","State":%d}`},
		{"riders-500", 500, 5000, RiderTopic, `{"name":"rider-%03d","location":"loc-%d"}`},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			recs := make([]Record, 4096)
			t0 := time.Unix(1_700_000_000, 0)
			for i := range recs {
				recs[i] = Record{Topic: c.topic, Time: t0, Value: fmt.Appendf(nil, c.fmt, i%c.keys, i%2)}
			}
			s := NewStore(DefaultViews(), Limits{LogRecords: 10_000, Keys: c.max})
			st := &s.state
			for i := range recs { // warm: every key and status exists
				st.fold(&recs[i], t0)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for i := range b.N {
				r := &recs[i%len(recs)]
				r.Time = t0.Add(time.Duration(i) * time.Millisecond)
				st.fold(r, r.Time)
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "records/s")
		})
	}
}
