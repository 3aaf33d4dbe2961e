package source

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go/compress"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/washboard/washboard/model"
)

// wireRecord is one record of a test batch; a nil key or value is null.
type wireRecord struct {
	key, value []byte
	headers    []kmsg.Header
	tsDelta    int64
}

// makeBatch encodes a magic-2 record batch the way a producer does: the
// records (compressed with codec when not zero), the header and its
// CRC-32C.
func makeBatch(t testing.TB, base int64, attrs int16, pid int64, firstTS int64, recs ...wireRecord) []byte {
	t.Helper()
	var body []byte
	for i, r := range recs {
		rec := kmsg.Record{TimestampDelta64: r.tsDelta, OffsetDelta: int32(i), Key: r.key, Value: r.value, Headers: r.headers}
		rec.Length = int32(len(rec.AppendTo(nil)) - 1) // the length varint of 0 is one byte
		body = rec.AppendTo(body)
	}
	if c := compress.Compression(attrs & attrCompress); c != 0 {
		var buf bytes.Buffer
		w := c.Codec().NewWriter(&buf)
		if _, err := w.Write(body); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		body = buf.Bytes()
	}
	b := kmsg.RecordBatch{FirstOffset: base, Length: int32(49 + len(body)), Magic: 2, Attributes: attrs,
		LastOffsetDelta: int32(max(len(recs)-1, 0)), FirstTimestamp: firstTS, MaxTimestamp: firstTS + 1000,
		ProducerID: pid, ProducerEpoch: 0, FirstSequence: -1, NumRecords: int32(len(recs)), Records: body}
	out := b.AppendTo(nil)
	binary.BigEndian.PutUint32(out[17:], crc32.Checksum(out[batchCRCFrom:], castagnoli))
	return out
}

// controlBatch is a transaction marker of producer pid (typ 0 abort, 1
// commit) at offset base.
func controlBatch(t testing.TB, base, pid int64, typ int16) []byte {
	key := (&kmsg.ControlRecordKey{Type: kmsg.ControlRecordKeyType(typ)}).AppendTo(nil)
	return makeBatch(t, base, attrTxn|attrControl, pid, 0, wireRecord{key: key, value: []byte{0, 0, 0, 0, 0, 0}})
}

// readAll scans rb from offset from and copies every batch out.
func readAll(rb []byte, from int64, aborted []kmsg.FetchResponseTopicPartitionAbortedTransaction, keepAborted bool) (partScan, partRead, []error) {
	scan := scanBatches(rb, from, aborted)
	var out partRead
	var errs []error
	for _, b := range scan.batches {
		if err := copyBatch(model.TP{Topic: "t", Partition: 3}, b, from, keepAborted, &out); err != nil {
			errs = append(errs, err)
		}
	}
	return scan, out, errs
}

func recOffsets(recs []model.Record) []int64 {
	var out []int64
	for _, r := range recs {
		out = append(out, r.Offset)
	}
	return out
}

func someRecords(n int) []wireRecord {
	out := make([]wireRecord, n)
	for i := range out {
		out[i] = wireRecord{key: []byte{byte('a' + i)}, value: []byte(strings.Repeat("v", i+1)), tsDelta: int64(i)}
	}
	return out
}

func TestScanAndCopyBatches(t *testing.T) {
	aborted := func(pid, first int64) []kmsg.FetchResponseTopicPartitionAbortedTransaction {
		return []kmsg.FetchResponseTopicPartitionAbortedTransaction{{ProducerID: pid, FirstOffset: first}}
	}
	cases := []struct {
		name        string
		rb          []byte
		from        int64
		aborted     []kmsg.FetchResponseTopicPartitionAbortedTransaction
		keepAborted bool
		next        int64
		offsets     []int64
		errHas      string
	}{
		{name: "plain batch from its start", rb: makeBatch(t, 10, 0, -1, 1000, someRecords(3)...), from: 10, next: 13, offsets: []int64{10, 11, 12}},
		{name: "compressed batch read from its middle", rb: makeBatch(t, 10, int16(compress.Gzip), -1, 1000, someRecords(4)...), from: 12, next: 14, offsets: []int64{12, 13}},
		{name: "snappy", rb: makeBatch(t, 0, int16(compress.Snappy), -1, 0, someRecords(2)...), next: 2, offsets: []int64{0, 1}},
		{name: "lz4", rb: makeBatch(t, 0, int16(compress.Lz4), -1, 0, someRecords(2)...), next: 2, offsets: []int64{0, 1}},
		{name: "zstd", rb: makeBatch(t, 0, int16(compress.Zstd), -1, 0, someRecords(2)...), next: 2, offsets: []int64{0, 1}},
		{name: "a batch wholly before the position is left out", rb: cat(makeBatch(t, 0, 0, -1, 0, someRecords(2)...), makeBatch(t, 2, 0, -1, 0, someRecords(2)...)), from: 2, next: 4, offsets: []int64{2, 3}},
		{name: "a commit marker alone moves past itself", rb: controlBatch(t, 7, 5, 1), from: 7, next: 8},
		{name: "committed transaction", rb: cat(makeBatch(t, 0, attrTxn, 5, 0, someRecords(2)...), controlBatch(t, 2, 5, 1)), next: 3, offsets: []int64{0, 1}},
		{name: "aborted transaction dropped", rb: cat(makeBatch(t, 0, attrTxn, 5, 0, someRecords(2)...), controlBatch(t, 2, 5, 0), makeBatch(t, 3, 0, -1, 0, someRecords(1)...)),
			aborted: aborted(5, 0), next: 4, offsets: []int64{3}},
		{name: "aborted transaction kept when asked", rb: cat(makeBatch(t, 0, attrTxn, 5, 0, someRecords(2)...), controlBatch(t, 2, 5, 0)),
			aborted: aborted(5, 0), keepAborted: true, next: 3, offsets: []int64{0, 1}},
		{name: "another producer's records are not aborted", rb: cat(makeBatch(t, 0, attrTxn, 6, 0, someRecords(1)...), makeBatch(t, 1, attrTxn, 5, 0, someRecords(1)...)),
			aborted: aborted(5, 1), next: 2, offsets: []int64{0}},
		{name: "a partial batch at the end waits for the next fetch", rb: cat(makeBatch(t, 0, 0, -1, 0, someRecords(2)...), makeBatch(t, 2, 0, -1, 0, someRecords(3)...)[:40]), next: 2, offsets: []int64{0, 1}},
		{name: "a corrupt batch is said and stepped over", rb: corrupt(makeBatch(t, 0, 0, -1, 0, someRecords(2)...)), next: 2, errHas: "fails its CRC-32C check"},
		{name: "a hostile record count keeps what is there", rb: hostileCount(t), next: 1, offsets: []int64{0}, errHas: "cut short"},
		{name: "a batch claiming a negative length", rb: cat(make([]byte, 8), []byte{0xff, 0xff, 0xff, 0xf0}, make([]byte, 10)), next: 1, errHas: "claims"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			scan, out, errs := readAll(c.rb, c.from, c.aborted, c.keepAborted)
			if scan.next != c.next {
				t.Errorf("next = %d, want %d", scan.next, c.next)
			}
			if got := recOffsets(out.recs); !slices.Equal(got, c.offsets) {
				t.Errorf("offsets = %v, want %v", got, c.offsets)
			}
			switch {
			case c.errHas == "" && len(errs) > 0:
				t.Errorf("errors %v", errs)
			case c.errHas != "" && (len(errs) != 1 || !strings.Contains(errs[0].Error(), c.errHas)):
				t.Errorf("errors %v, want one saying %q", errs, c.errHas)
			}
			for _, r := range out.recs {
				if r.Aborted != c.keepAborted {
					t.Errorf("record %d Aborted = %v", r.Offset, r.Aborted)
				}
			}
		})
	}
}

func TestCopyBatchKeepsNullsAndTimes(t *testing.T) {
	rb := makeBatch(t, 0, 0, -1, 1_700_000_000_000,
		wireRecord{key: nil, value: []byte{}, tsDelta: 5, headers: []kmsg.Header{{Key: "h", Value: nil}, {Key: "e", Value: []byte{}}}},
		wireRecord{key: []byte{}, value: nil})
	_, out, errs := readAll(rb, 0, nil, false)
	if len(errs) > 0 || len(out.recs) != 2 {
		t.Fatalf("got %d records, errors %v", len(out.recs), errs)
	}
	a, b := out.recs[0], out.recs[1]
	if a.Key != nil || a.Value == nil || len(a.Value) != 0 || b.Key == nil || b.Value != nil {
		t.Errorf("null and empty mixed up: %#v / %#v", a, b)
	}
	if len(a.Headers) != 2 || a.Headers[0].Value != nil || a.Headers[1].Value == nil {
		t.Errorf("headers %#v", a.Headers)
	}
	if want := time.UnixMilli(1_700_000_000_005); !a.Time.Equal(want) {
		t.Errorf("time %v, want %v", a.Time, want)
	}
	// LogAppendTime: every record carries the broker's time.
	rb = makeBatch(t, 0, attrLogAppend, -1, 1_700_000_000_000, someRecords(2)...)
	_, out, _ = readAll(rb, 0, nil, false)
	for _, r := range out.recs {
		if want := time.UnixMilli(1_700_000_001_000); !r.Time.Equal(want) {
			t.Errorf("log append time %v, want %v", r.Time, want)
		}
	}
}

func TestCopyBatchRefusesABomb(t *testing.T) {
	big := wireRecord{value: make([]byte, maxBatchBytes+1)}
	rb := makeBatch(t, 0, int16(compress.Gzip), -1, 0, big)
	_, out, errs := readAll(rb, 0, nil, false)
	if len(out.recs) != 0 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "inflates to more than") {
		t.Errorf("records %d, errors %v", len(out.recs), errs)
	}
}

func TestLegacyMessageSets(t *testing.T) {
	msg := func(off int64, attrs int8, value []byte) []byte {
		m := kmsg.MessageV1{Offset: off, Magic: 1, Attributes: attrs, Timestamp: 1_700_000_000_000, Key: []byte("k"), Value: value}
		m.MessageSize = int32(len(m.AppendTo(nil)) - 12)
		return m.AppendTo(nil)
	}
	inner := cat(msg(0, 0, []byte("a")), msg(1, 0, []byte("b")), msg(2, 0, []byte("c")))
	var z bytes.Buffer
	w := compress.Gzip.Codec().NewWriter(&z)
	w.Write(inner)
	w.Close()
	rb := cat(msg(4, 0, []byte("x")), msg(7, int8(compress.Gzip), z.Bytes()))
	scan, out, errs := readAll(rb, 5, nil, false)
	if len(errs) > 0 || scan.next != 8 {
		t.Fatalf("next %d, errors %v", scan.next, errs)
	}
	if got := recOffsets(out.recs); !slices.Equal(got, []int64{5, 6, 7}) {
		t.Errorf("offsets %v, want 5 6 7 (the wrapper's relative inner offsets made absolute)", got)
	}
	if string(out.recs[0].Value) != "a" || string(out.recs[2].Value) != "c" {
		t.Errorf("values %q %q", out.recs[0].Value, out.recs[2].Value)
	}
}

// FuzzRecordBatches feeds arbitrary bytes to the scan and the copy: they
// must not panic, must keep the position moving forward, and must not
// allocate by what a header claims.
func FuzzRecordBatches(f *testing.F) {
	f.Add(makeBatch(f, 0, 0, -1, 0, someRecords(3)...), int64(0))
	f.Add(makeBatch(f, 5, int16(compress.Snappy), -1, 0, someRecords(2)...), int64(6))
	f.Add(cat(makeBatch(f, 0, attrTxn, 5, 0, someRecords(1)...), controlBatch(f, 1, 5, 0)), int64(0))
	f.Add(hostileCount(f), int64(0))
	f.Fuzz(func(t *testing.T, rb []byte, from int64) {
		from = max(from, 0)
		scan, out, _ := readAll(rb, from, []kmsg.FetchResponseTopicPartitionAbortedTransaction{{ProducerID: 5}}, true)
		if scan.next < from {
			t.Fatalf("next %d went back from %d", scan.next, from)
		}
		for _, r := range out.recs {
			if r.Offset < from {
				t.Fatalf("record %d before %d", r.Offset, from)
			}
		}
	})
}

func cat(bs ...[]byte) []byte { return bytes.Join(bs, nil) }

// corrupt flips a byte of a batch's records.
func corrupt(b []byte) []byte {
	b[len(b)-1] ^= 0xff
	return b
}

// hostileCount is a one-record batch whose header claims 2^31-1 records.
func hostileCount(t testing.TB) []byte {
	b := makeBatch(t, 0, 0, -1, 0, someRecords(1)...)
	binary.BigEndian.PutUint32(b[57:], 1<<31-1)
	binary.BigEndian.PutUint32(b[17:], crc32.Checksum(b[batchCRCFrom:], castagnoli))
	return b
}

// A response holding many batches of one partition is cut into decode
// jobs, and every job but the last moves the partition to where its own
// records end: the records behind move as each piece is folded, not once
// a whole response (tens of thousands of records) is.
func TestAbsorbMovesThePositionPieceByPiece(t *testing.T) {
	var rb []byte
	for i := range 10 {
		rb = append(rb, makeBatch(t, int64(i*1000), 0, -1, 0, someRecordsN(1000)...)...)
	}
	tail := &Tail{cfg: TailConfig{Log: slog.New(slog.DiscardHandler)}, parts: map[model.TP]*partState{}}
	tp := model.TP{Topic: "big", Partition: 0}
	ps := &partState{tp: tp, busy: true}
	tail.parts[tp] = ps
	resp := kmsg.NewPtrFetchResponse()
	rt := kmsg.NewFetchResponseTopic()
	rt.Topic = "big"
	rp := kmsg.NewFetchResponseTopicPartition()
	rp.HighWatermark, rp.RecordBatches = 10_000, rb
	rt.Partitions = append(rt.Partitions, rp)
	resp.Topics = append(resp.Topics, rt)
	jobs := tail.absorb([]fetchPart{{ps: ps, from: 0}}, resp, &session{})
	if len(jobs) < 4 {
		t.Fatalf("%d jobs for 10,000 records; want pieces of about %d", len(jobs), decodeChunk)
	}
	last := int64(0)
	for i, j := range jobs {
		if len(j.advances) != 1 || j.advances[0].ps != ps {
			t.Fatalf("job %d advances %v: want the partition's position", i, j.advances)
		}
		next := j.advances[0].next
		if next <= last {
			t.Fatalf("job %d moves the position to %d, after %d", i, next, last)
		}
		last = next
	}
	if last != 10_000 {
		t.Fatalf("the last job moves to %d, want 10000", last)
	}
}

func someRecordsN(n int) []wireRecord {
	out := make([]wireRecord, n)
	for i := range out {
		out[i] = wireRecord{value: []byte("v")}
	}
	return out
}
