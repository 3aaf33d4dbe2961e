package model

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func recs(key func(i int) string, value func(i int) string, n int) []Record {
	var out []Record
	for i := range n {
		out = append(out, Record{Topic: "t", Offset: int64(i), Key: []byte(key(i)), Value: []byte(value(i))})
	}
	return out
}

func TestInferView(t *testing.T) {
	tests := []struct {
		name, spec, err string
		recs            []Record
	}{
		{"payments keyed by the Kafka key", "series key=@key fields=amount,fee status=state", "",
			recs(func(i int) string { return fmt.Sprint("u-", i%4) },
				func(i int) string {
					return fmt.Sprintf(`{"id":%d,"amount":%d,"fee":"0.5","state":"%s","ts":"2026-11-29T08:00:00Z"}`, i, 5*i, []string{"ok", "failed"}[i%2])
				}, 20)},
		{"keyless: the most varied string field", "series key=user fields=meta.load", "",
			recs(func(int) string { return "" }, func(i int) string {
				return fmt.Sprintf(`{"user":"user-%d","meta":{"load":%d}}`, i%7, i)
			}, 30)},
		{"no numbers: a status view", "status key=@key status=where", "",
			recs(func(i int) string { return fmt.Sprint("r", i%3) }, func(i int) string { return fmt.Sprintf(`{"where":"%c"}`, 'a'+i%3) }, 9)},
		{"not JSON: the Kafka key and the rate per partition", "status key=@key status=@partition", "",
			recs(func(i int) string { return "k" }, func(i int) string { return "plain text" }, 5)},
		{"nothing", "", "no records", nil},
		// ut40a-18: a field named status, its values a status's, is the
		// status before a currency seen first; a status holding hundreds
		// of values is none, whatever its name.
		{"payments: the field named status", "series key=@key fields=amount status=status", "",
			recs(func(i int) string { return fmt.Sprint("acct-", i%5) }, func(i int) string {
				return fmt.Sprintf(`{"account":"acct-%d","amount":%d.47,"currency":"%s","status":"%s"}`, i%5, 1000+i, []string{"USD", "EUR", "GBP"}[i%3], []string{"settled", "pending"}[i%2])
			}, 30)},
		{"a named state after other fields", "series key=@key fields=n status=order_state", "",
			recs(func(i int) string { return fmt.Sprint("o-", i%5) }, func(i int) string {
				return fmt.Sprintf(`{"region":"%s","n":%d,"order_state":"%s"}`, []string{"eu", "us", "ap"}[i%3], i, []string{"new", "paid", "shipped"}[i%3])
			}, 30)},
		{"a status of many values is no status", "series key=@key fields=amount status=currency", "",
			recs(func(i int) string { return fmt.Sprint("acct-", i%5) }, func(i int) string {
				return fmt.Sprintf(`{"currency":"%s","amount":%d,"status":"trace-%d"}`, []string{"USD", "EUR"}[i%2], i, i)
			}, 30)},
		{"a numeric status is charted, not a status", "series key=@key fields=status status=currency", "",
			recs(func(i int) string { return fmt.Sprint("acct-", i%5) }, func(i int) string {
				return fmt.Sprintf(`{"currency":"%s","status":%d}`, []string{"USD", "EUR"}[i%2], []int{200, 404}[i%2])
			}, 30)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := InferView("t", tt.recs)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil || ViewSpec(v) != tt.spec {
				t.Fatalf("got %q %v, want %q", ViewSpec(v), err, tt.spec)
			}
			back, err := ParseViewSpec("t", ViewSpec(v))
			if err != nil || ViewSpec(back) != tt.spec {
				t.Fatalf("spec does not read back: %q %v", ViewSpec(back), err)
			}
		})
	}
	if _, err := ParseViewSpec("t", "series key=user bogus"); err == nil {
		t.Fatal("a bad word in a spec was accepted")
	}
}

func TestAddViewFoldsWhatTheLogHolds(t *testing.T) {
	s := NewStore(nil, DefaultLimits())
	now := time.Now()
	s.Fold(recs(func(i int) string { return fmt.Sprint("u-", i%3) }, func(i int) string { return fmt.Sprintf(`{"amount":%d}`, i) }, 9), now)
	v, err := ParseViewSpec("t", "series key=@key fields=amount")
	if err != nil {
		t.Fatal(err)
	}
	if !s.AddView(v, now) || s.AddView(v, now) {
		t.Fatal("AddView: want added once")
	}
	s.Read(func(st *State) {
		if tbl := st.Series["t"]; tbl == nil || len(tbl.Entries) != 3 {
			t.Fatalf("the view holds %v keys, want the 3 keys in the log", tbl)
		}
	})
}

func TestPartitionStatusViewReadsAnyValue(t *testing.T) {
	s := NewStore(nil, DefaultLimits())
	now := time.Now()
	batch := recs(func(i int) string { return fmt.Sprint("k", i%2) }, func(i int) string { return "\x00binary" }, 6)
	batch = append(batch, Record{Topic: "t", Partition: 3, Offset: 9, Value: []byte("no key")})
	s.Fold(batch, now)
	v, err := ParseViewSpec("t", "status key=@key status=@partition")
	if err != nil || !s.AddView(v, now) {
		t.Fatalf("view: %v", err)
	}
	s.Read(func(st *State) {
		tbl := st.Status["t"]
		if tbl == nil || len(tbl.Entries) != 3 || tbl.Errors != 0 {
			t.Fatalf("status table %+v: want k0, k1 and (no key), no errors", tbl)
		}
	})
}
