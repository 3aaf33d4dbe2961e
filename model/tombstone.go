package model

import (
	"time"

	"github.com/tidwall/gjson"
)

// Deleted is the status a transition names when a tombstone removes a key.
const Deleted = "(deleted)"

// A tombstone (a record with a null value) deletes its key, as log
// compaction means: a keyed view removes the key instead of counting the
// record unreadable.

// Remove deletes key's entry; false when the table has none.
func (t *Table[E]) Remove(key string) bool {
	e, ok := t.Entries[key]
	if !ok {
		return false
	}
	delete(t.Entries, key)
	e.link().unlink()
	return true
}

// IsTombstone reports a record whose value is null (not empty).
func (r *Record) IsTombstone() bool { return r.Value == nil }

// viewKey is the key a tombstone deletes: the Kafka key as the panes read
// it (a schema encoded string key unquoted); "" when there is none.
func (r *Record) viewKey() string {
	key := r.KeyData()
	if r.KeySchema != nil && r.KeySchema.JSON != nil && len(key) > 0 && key[0] == '"' {
		return gjson.ParseBytes(key).Str
	}
	return bytesString(key)
}

// foldTombstone removes r's key from the topic's view, if any; true when
// the topic has a view (the record is then fully handled).
func (st *State) foldTombstone(r *Record, at time.Time) bool {
	key := r.viewKey()
	if t, ok := st.Series[r.Topic]; ok {
		if t.Remove(key) {
			t.Deleted++
		}
		return true
	}
	if t, ok := st.Status[r.Topic]; ok {
		if e, found := t.Entries[key]; found && t.Remove(key) {
			t.Deleted++
			t.Recent.Push(Transition{Key: e.Key, From: e.Status, To: Deleted, At: at})
		}
		return true
	}
	return false
}
