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

// KeyString is the key as views, filters and tombstones compare it: the
// Kafka key as the panes read it (a schema encoded string key without its
// JSON quotes); "" when there is none.
func (r *Record) KeyString() string {
	key := r.KeyData()
	if r.KeySchema != nil && r.KeySchema.JSON != nil && len(key) > 0 && key[0] == '"' {
		return gjson.ParseBytes(key).Str
	}
	return bytesString(key)
}

// foldTombstone removes r's key from the topic's views, if any; true when
// the topic has a view (the record is then fully handled).
func (st *State) foldTombstone(r *Record, at time.Time) bool {
	key := r.KeyString()
	handled := false
	if t, ok := st.Series[r.Topic]; ok {
		if t.Remove(key) {
			t.Deleted++
		}
		handled = true
	}
	if t, ok := st.Status[r.Topic]; ok { // as well: a topic may have both views
		if e, found := t.Entries[key]; found && t.Remove(key) {
			t.Deleted++
			t.Recent.Push(Transition{Key: e.Key, From: e.Status, To: Deleted, At: at})
		}
		handled = true
	}
	return handled
}

// filterKey is the key text filters search: KeyString's bytes, without
// copying unless the key is a decoded string.
func (r *Record) filterKey() []byte {
	if r.KeySchema != nil && len(r.KeySchema.JSON) > 0 && r.KeySchema.JSON[0] == '"' {
		return []byte(r.KeyString())
	}
	return r.KeyData()
}
