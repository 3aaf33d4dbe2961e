package source

import (
	"context"
	"testing"
)

func TestPagerReadsOlderPagesToTheLogStart(t *testing.T) {
	b := startBroker(t, map[string]int32{"orders": 1})
	fill(t, b, "orders", 50, 0)
	p := &Pager{Client: client(t, b)}
	recs, low, err := p.Older(context.Background(), "orders", 0, 45, 20)
	if err != nil || low != 0 || len(recs) != 20 || recs[0].Offset != 25 || recs[19].Offset != 44 {
		t.Fatalf("page before 45: %d records from %v, low %d, %v; want 25-44", len(recs), first(recs), low, err)
	}
	recs, _, err = p.Older(context.Background(), "orders", 0, 10, 20)
	if err != nil || len(recs) != 10 || recs[0].Offset != 0 {
		t.Fatalf("page before 10: %d records from %v, %v; want 0-9 (the log start)", len(recs), first(recs), err)
	}
	if _, _, err := p.Older(context.Background(), "gone", 0, 10, 20); err == nil {
		t.Fatal("paging a topic that does not exist did not fail")
	}
}

func first[T any](s []T) any {
	if len(s) == 0 {
		return nil
	}
	return s[0]
}
