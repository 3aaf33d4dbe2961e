package model

import (
	"testing"
	"time"
)

// FuzzDecode feeds arbitrary keys and values through every default view
// and the store's fold: no input may panic, and a decoded key or status
// must render safely once escaped.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		`{"machine_id":"washer-03","heat_c":58.2,"power_w":"2150","load_kg":null}`,
		`{"StudentId":"s-17","State":0}`, `{"name":"\u001b]0;x\u0007","location":"north"}`,
		`[1,2]`, `{"machine_id":{"a":1},"heat_c":1e400}`, "\xff\xfe", `{"State":`,
	} {
		f.Add([]byte("k"), []byte(s))
	}
	views := DefaultViews()
	f.Fuzz(func(t *testing.T, key, value []byte) {
		var d Decoded
		for i := range views {
			r := Record{Topic: views[i].Topic, Key: key, Value: value}
			if views[i].Decode(&r, &d) == nil {
				assertSafe(t, PrintableString(d.Key))
				assertSafe(t, PrintableString(d.Status))
			}
		}
		s := NewStore(views, Limits{LogRecords: 4, Keys: 4})
		batch := make([]Record, 0, len(views))
		for i := range views {
			batch = append(batch, Record{Topic: views[i].Topic, Key: key, Value: value})
		}
		s.Fold(batch, time.Unix(0, 0))
	})
}
