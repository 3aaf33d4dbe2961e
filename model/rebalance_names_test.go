package model

import (
	"strings"
	"testing"
	"time"
)

// Members that share a client id (every instance of one service) are told
// apart in the rebalance log by host, and a member's first assignment is
// logged as every later one is.
func TestRebalanceLogTellsMembersApart(t *testing.T) {
	l := NewLags(LagConfig{History: 10, Window: 3, StopAfter: time.Hour})
	tps := []TP{{"orders", 0}, {"orders", 1}, {"orders", 2}, {"orders", 3}}
	parts := []PartitionStat{{Topic: "orders", Partition: 0}, {Topic: "orders", Partition: 1}, {Topic: "orders", Partition: 2}, {Topic: "orders", Partition: 3}}
	group := func(ms ...MemberStat) []GroupStat {
		return []GroupStat{{ID: "billing", State: "Stable", Members: len(ms), Detail: ms}}
	}
	a := MemberStat{ID: "rdkafka-aaaaaa", ClientID: "rdkafka", Host: "/127.0.0.1:39008", Assigned: tps}
	now := time.Date(2026, 11, 29, 15, 0, 0, 0, time.UTC)
	l.Observe(now, parts, nil, group(a), nil)
	l.Observe(now.Add(time.Second), parts, nil, group(a), nil)
	a2 := a
	a2.Assigned = tps[:2]
	b := MemberStat{ID: "rdkafka-bbbbbb", ClientID: "rdkafka", Host: "/127.0.0.1:58738", Assigned: tps[2:]}
	l.Observe(now.Add(2*time.Second), parts, nil, group(a2, b), nil)
	b2 := b
	b2.Assigned = tps
	l.Observe(now.Add(3*time.Second), parts, nil, group(b2), nil) // a leaves: named as it joined, its host once (ut42b-15)
	var log []string
	for i := range l.Events.Len() {
		e := l.Events.At(i)
		log = append(log, e.Kind+" "+e.Detail)
	}
	all := strings.Join(log, "\n")
	for _, want := range []string{
		"rebalance gen 2: joined rdkafka@127.0.0.1:58738 with orders[2,3]",
		"; rdkafka@127.0.0.1:39008: orders[0,1,2,3] → orders[0,1]",
		"rebalance gen 3: left rdkafka@127.0.0.1:39008; rdkafka@127.0.0.1:58738",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("the log lacks %q:\n%s", want, all)
		}
	}
	if strings.Contains(all, "39008 from") {
		t.Errorf("a member's host said twice:\n%s", all)
	}
}
