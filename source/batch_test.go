package source

import (
	"testing"

	"github.com/segmentio/kafka-go/protocol"
)

func TestJavaHashMatchesStringHashCode(t *testing.T) {
	// Known Java hashCode values; "polygenelubricants" overflows to
	// Integer.MIN_VALUE, and an emoji hashes as its two UTF-16 surrogates
	// (31*0xD83D + 0xDE00).
	for s, want := range map[string]int32{"": 0, "hello": 99162322, "Aa": 2112, "BB": 2112, "polygenelubricants": -2147483648, "😀": 1772899} {
		if got := javaHash(s); got != want {
			t.Errorf("javaHash(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestCoordinatorIsTheOffsetsPartitionLeader(t *testing.T) {
	c := protocol.Cluster{
		Brokers: map[int32]protocol.Broker{1: {ID: 1}, 2: {ID: 2}, 3: {ID: 3}},
		Topics: map[string]protocol.Topic{"__consumer_offsets": {Partitions: map[int32]protocol.Partition{
			0: {ID: 0, Leader: 1}, 1: {ID: 1, Leader: 2}, 2: {ID: 2, Leader: 3},
		}}},
	}
	// "hello": 99162322 mod 3 = 1, led by broker 2.
	if b, err := coordinatorOf(c, "hello"); err != nil || b.ID != 2 {
		t.Fatalf("coordinator of hello: %v %v, want broker 2", b, err)
	}
	delete(c.Topics, "__consumer_offsets")
	if _, err := coordinatorOf(c, "hello"); err == nil {
		t.Fatal("guessed a coordinator among three brokers without metadata")
	}
}

func TestDecodeAssignmentIsLenient(t *testing.T) {
	// version 3, one topic "ab" with partitions 0 and 7, then user data and
	// bytes from a newer protocol version that must be ignored.
	full := []byte{0, 3, 0, 0, 0, 1, 0, 2, 'a', 'b', 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 1, 'u', 9, 9}
	got := decodeAssignment(full)
	if len(got) != 2 || got[0].Topic != "ab" || got[0].Partition != 0 || got[1].Partition != 7 {
		t.Fatalf("decoded %v, want ab/0 and ab/7", got)
	}
	// Cut inside the second partition: what is sound is kept.
	if got := decodeAssignment(full[:20]); len(got) != 1 || got[0].Partition != 0 {
		t.Fatalf("truncated: %v, want only ab/0", got)
	}
	// Garbage lengths cannot make a huge loop or a panic.
	for _, b := range [][]byte{nil, {0}, {0, 1, 0x7f, 0xff, 0xff, 0xff}, {0, 1, 0, 0, 0, 1, 0x7f, 0xff}} {
		if got := decodeAssignment(b); len(got) != 0 {
			t.Fatalf("decodeAssignment(%v) = %v, want nothing", b, got)
		}
	}
}
