package ui

import (
	"testing"

	"github.com/washboard/washboard/model"
)

// A value the operator did not type in the key or partition field (the
// template's key, a record's or a Partitions row's partition) is replaced
// by the first character typed there, as the topic's is; a cursor move
// first makes it theirs to edit (ut41-8: a key typed into the template's
// went out as avro-washer-01ut41-key; ut40a-28: 7 after R's partition 0
// read 07). A key the operator typed is never replaced.
func TestProducePrefilledKeyAndPartitionAreReplaced(t *testing.T) {
	for _, tt := range []struct {
		name  string
		open  *model.Form // filled as R or p would, nil: the template
		keys  []string
		field int
		want  string
	}{
		{"template key replaced", nil, []string{"tab", "x", "y"}, fieldKey, "xy"},
		{"template key edited after a cursor move", nil, []string{"tab", "end", "x"}, fieldKey, "+x"},
		{"typed key kept", nil, []string{"tab", "a", "tab", "shift+tab", "b"}, fieldKey, "ab"},
		{"record's partition replaced", &model.Form{Topic: model.LaundryTopic, Key: "k", Partition: "0", Value: `{"a":1}`}, []string{"shift+tab", "shift+tab", "7"}, fieldPartition, "7"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, p, _ := produceApp(t, 120, 36)
			do(a, "7")
			if tt.open != nil {
				p.OpenForm(*tt.open, nil, true, false)
			}
			before := p.value(tt.field)
			do(a, "enter")
			do(a, tt.keys...)
			want := tt.want
			if want[0] == '+' {
				want = before + want[1:]
			}
			if got := p.value(tt.field); got != want {
				t.Fatalf("after %v the field holds %q, want %q (it held %q)", tt.keys, got, want, before)
			}
		})
	}
}
