package model

import (
	"testing"
	"time"
)

// ut40b-21: the event log says who deleted a topic and when, so a pane
// showing the topic need not ask `(deleted?)`; a failed delete, another
// topic's or an action on the topic that was no delete is no answer.
func TestTopicDeletedReadsTheEventLog(t *testing.T) {
	at := time.Unix(1_000_000, 0)
	st := &State{}
	if _, _, ok := st.TopicDeleted("orders"); ok {
		t.Fatal("a delete found in an empty log")
	}
	st.LogAction(at, "the local console", "orders", "add-partitions on orders: 3 → 6")
	st.LogAction(at.Add(time.Second), "the local console", "orders", "delete-topic failed: not authorized")
	st.LogAction(at.Add(2*time.Second), "alice", "orders-v2", DeletedTopicWords+"orders-v2")
	if _, _, ok := st.TopicDeleted("orders"); ok {
		t.Fatal("a delete found where none of orders succeeded")
	}
	st.LogAction(at.Add(3*time.Second), "the local console", "orders", DeletedTopicWords+"orders")
	when, who, ok := st.TopicDeleted("orders")
	if !ok || !when.Equal(at.Add(3*time.Second)) || who != "the local console" {
		t.Fatalf("TopicDeleted = %v %q %v, want the local console's at +3s", when, who, ok)
	}
}
