package model

import "time"

// AddView adds a view made at runtime (issue 15: inferred from a topic's
// records) and folds into it the topic's records the log holds, so its
// charts start with what is there. A topic that has a view already keeps
// it; AddView then reports false. Sessions that did not open the view see
// no change: panes are bound to views per session.
func (s *Store) AddView(v TopicView, now time.Time) (added bool) {
	s.write(func(st *State) {
		if _, ok := st.Series[v.Topic]; ok {
			return
		}
		if _, ok := st.Status[v.Topic]; ok {
			return
		}
		st.Views = append(st.Views, v)
		vp := &st.Views[len(st.Views)-1]
		switch v.Kind {
		case SeriesView:
			st.Series[v.Topic] = NewSeriesTable(vp, st.keys)
		case StatusView:
			st.Status[v.Topic] = NewStatusTable(vp, st.keys)
		default:
			return
		}
		added = true
		for i := range st.Log.Len() {
			r := st.Log.At(i)
			if r.Topic == v.Topic && r.Note == "" && !r.Aborted {
				st.foldView(&r, foldTime(r.Time, now))
			}
		}
	})
	return added
}

// OpenedViews is the views opened in the console (AddView: `v`, saved
// with ctrl+s or not) since the store began, oldest first: each keeps its
// topic read for every session, as a configured view does
// (source.Poller; ut25a Q3: a `v` view stopped getting records when its
// topic left the busiest three). Call it under Read.
func (st *State) OpenedViews() []TopicView { return st.Views[st.startViews:] }

// RecentValues copies up to n of the topic's newest records from the log
// (keys and values), oldest first, for InferView. A key or value read
// through the schema registry (Avro, Protobuf, JSON Schema) is copied as
// its decoded JSON, which is what a view reads (ut24a P10: Avro and
// Protobuf topics were offered the not-JSON fallback); a schema-encoded
// string key as its text.
func (s *Store) RecentValues(topic string, n int) []Record {
	var out []Record
	s.Read(func(st *State) {
		for i := st.Log.Len() - 1; i >= 0 && len(out) < n; i-- {
			r := st.Log.At(i)
			if r.Topic == topic && r.Note == "" && !r.Aborted {
				key := r.Key
				if r.KeySchema != nil && r.KeySchema.JSON != nil {
					key = []byte(r.KeyString())
				}
				out = append(out, Record{Topic: r.Topic, Partition: r.Partition, Offset: r.Offset,
					Key: append([]byte(nil), key...), Value: append([]byte(nil), r.ValueData()...)})
			}
		}
	})
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}
