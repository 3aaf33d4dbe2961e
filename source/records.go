package source

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
	"slices"
	"time"

	"github.com/segmentio/kafka-go/compress"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/washboard/washboard/model"
)

// The tail reads fetch responses itself instead of through kafka-go's
// protocol package: kafka-go copies every batch into pages and reads it a
// byte at a time (a third of a catch-up's CPU), and hides where a batch
// ends, so the next offset is only known once every record was copied.
// Here a response is one buffer (raw.go); the fetch loop scans its batch
// headers (scanBatches: the next offset, control batches, aborted
// transactions, checksums) and sends the next request at once, and the
// decode workers copy the records out (copyBatch) in parallel. The batch
// and record layouts are Kafka's (KIP-98, "Record Batch" in the protocol
// guide), parsed with franz-go's kmsg types.

// Record batch layout (magic 2): the offsets into a batch of the fields
// the scan reads without parsing the whole header.
const (
	batchHeaderLen = 61 // base offset .. record count
	batchCRCFrom   = 21 // the CRC covers attributes to the end
	batchMagicAt   = 16
	attrCompress   = 0x07
	attrLogAppend  = 0x08 // timestamps are the broker's (LogAppendTime)
	attrTxn        = 0x10
	attrControl    = 0x20
)

// controlAbort is the control record type of a transaction's abort marker
// (1 is commit).
const controlAbort = 0

// maxBatchBytes bounds what one compressed batch may inflate to: a batch
// claiming more (a hostile or broken producer) is refused in words rather
// than allowed to take the process's memory. Kafka's own limit on a batch
// is message.max.bytes (1 MiB by default).
const maxBatchBytes = 64 << 20

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// rawBatch is one record batch of a fetch response, found by the scan and
// copied out by a decode worker. data points into the response buffer.
type rawBatch struct {
	data    []byte
	base    int64
	records int  // the header's record count (magic 2), or 1 (v0/v1)
	aborted bool // written by a transaction that aborted (read_committed)
	err     error
}

// partScan is what the scan of one partition's share of a response found.
type partScan struct {
	batches []rawBatch
	next    int64 // the offset to fetch next: past every whole batch, control batches included
	records int   // records in batches, by their headers
}

// scanBatches walks one partition's record batches without copying them:
// it finds where each whole batch lies (a response may end inside one),
// the next offset to fetch, and which batches belong to aborted
// transactions. Control batches (transaction markers) are stepped over,
// so an idle partition ending in a marker does not fetch it again and
// again. Batches ending before from (a compressed batch may start earlier)
// are left out; a batch that fails its checksum is kept with its error so
// that the Log says what was lost.
func scanBatches(rb []byte, from int64, aborted []kmsg.FetchResponseTopicPartitionAbortedTransaction) partScan {
	out := partScan{next: from}
	if len(aborted) > 1 {
		aborted = slices.SortedFunc(slices.Values(aborted), func(a, b kmsg.FetchResponseTopicPartitionAbortedTransaction) int {
			return cmp.Compare(a.FirstOffset, b.FirstOffset)
		})
	}
	var inAborted map[int64]bool // producers whose current transaction aborted
	for len(rb) >= 17 {
		base := int64(binary.BigEndian.Uint64(rb))
		size := 12 + int64(int32(binary.BigEndian.Uint32(rb[8:])))
		if size < 17 {
			out.batches = append(out.batches, rawBatch{base: base, err: fmt.Errorf("batch at offset %d claims %d bytes", base, size-12)})
			out.next = max(out.next, base+1)
			return out
		}
		if size > int64(len(rb)) {
			return out // a partial batch at the end of the response: fetched again next time
		}
		b := rb[:size:size]
		rb = rb[size:]
		if b[batchMagicAt] < 2 { // message format v0/v1: one (wrapper) message
			out.next = max(out.next, base+1)
			// A compressed wrapper's offset is its last inner one, so a
			// message before from holds nothing at or after it.
			if base >= from {
				out.batches = append(out.batches, rawBatch{data: b, base: base, records: 1})
				out.records++
			}
			continue
		}
		var h kmsg.RecordBatch
		if len(b) < batchHeaderLen || h.ReadFrom(b) != nil {
			out.batches = append(out.batches, rawBatch{base: base, err: fmt.Errorf("batch at offset %d: header cut short", base)})
			out.next = max(out.next, base+1)
			continue
		}
		last := base + int64(h.LastOffsetDelta)
		out.next = max(out.next, last+1)
		if uint32(h.CRC) != crc32.Checksum(b[batchCRCFrom:], castagnoli) {
			out.batches = append(out.batches, rawBatch{base: base, err: fmt.Errorf("batch at offset %d-%d fails its CRC-32C check (corrupt on the wire or on disk)", base, last)})
			continue
		}
		if h.Attributes&attrControl != 0 {
			if controlType(h.Records) == controlAbort {
				delete(inAborted, h.ProducerID)
			}
			continue
		}
		// A transaction that aborted starts at or before the first batch
		// it wrote (Kafka's consumer does the same walk).
		for len(aborted) > 0 && aborted[0].FirstOffset <= base {
			if inAborted == nil {
				inAborted = map[int64]bool{}
			}
			inAborted[aborted[0].ProducerID] = true
			aborted = aborted[1:]
		}
		if last < from || h.NumRecords <= 0 {
			continue
		}
		n := min(int(h.NumRecords), len(b)/7) // a hostile count cannot size anything
		out.batches = append(out.batches, rawBatch{data: b, base: base, records: n,
			aborted: h.Attributes&attrTxn != 0 && inAborted[h.ProducerID]})
		out.records += n
	}
	return out
}

// controlType reads the type of a control batch's one record (its key is
// a version and a type, both int16), or -1.
func controlType(records []byte) int16 {
	var r kmsg.Record
	if _, n := binary.Varint(records); n <= 0 || r.ReadFrom(records) != nil {
		return -1
	}
	var k kmsg.ControlRecordKey
	if k.ReadFrom(r.Key) != nil {
		return -1
	}
	return int16(k.Type)
}

// partRead is what copying one partition's batches out gave.
type partRead struct {
	recs  []model.Record
	bytes int64 // payload bytes copied out
}

// copyBatch copies the records of b at or after from into out, marked
// Aborted when b belongs to an aborted transaction (and dropped then
// unless keepAborted). Keys and values are copied out of the response, so
// that the response's buffer is not kept alive by the Log.
func copyBatch(tp model.TP, b rawBatch, from int64, keepAborted bool, out *partRead) error {
	if b.err != nil {
		return b.err
	}
	if b.aborted && !keepAborted {
		return nil
	}
	if b.data[batchMagicAt] < 2 {
		return copyLegacy(tp, b.data, from, 0, out)
	}
	var h kmsg.RecordBatch
	if err := h.ReadFrom(b.data); err != nil {
		return fmt.Errorf("batch at offset %d: %w", b.base, err)
	}
	recs := h.Records
	if c := compress.Compression(h.Attributes & attrCompress); c != 0 {
		var err error
		if recs, err = inflate(c, recs); err != nil {
			return fmt.Errorf("batch at offset %d: %w", b.base, err)
		}
	}
	if out.recs == nil { // a record takes 7 bytes at least: a hostile count cannot size this
		out.recs = make([]model.Record, 0, min(b.records, len(recs)/7+1))
	}
	for i := range int(h.NumRecords) {
		size, n := binary.Varint(recs)
		if n <= 0 || size < 0 || int64(len(recs)-n) < size {
			return fmt.Errorf("batch at offset %d: record %d of %d is cut short", b.base, i+1, h.NumRecords)
		}
		var r kmsg.Record
		if err := r.ReadFrom(recs[:n+int(size)]); err != nil {
			return fmt.Errorf("batch at offset %d: record %d of %d: %w", b.base, i+1, h.NumRecords, err)
		}
		recs = recs[n+int(size):]
		off := b.base + int64(r.OffsetDelta)
		if off < from {
			continue
		}
		ts := h.FirstTimestamp + r.TimestampDelta64
		if h.Attributes&attrLogAppend != 0 {
			ts = h.MaxTimestamp
		}
		rec := model.Record{Topic: tp.Topic, Partition: tp.Partition, Offset: off, Time: time.UnixMilli(ts), Aborted: b.aborted}
		setKeyValue(&rec, r.Key, r.Value)
		if len(r.Headers) > 0 {
			rec.Headers = make([]model.Header, len(r.Headers))
			for j, hd := range r.Headers {
				rec.Headers[j] = model.Header{Key: hd.Key, Value: copyBytes(hd.Value)} // a null value stays null
			}
		}
		out.add(rec)
	}
	return nil
}

// readCommitted scans one partition's record batches and copies out its
// committed records at or after from, stopping at the first batch that
// cannot be read: a read outside the tail's loops (the pager's pages, the
// bench's raw read), which has no decode workers to share the copying
// with. next is the offset to read next.
func readCommitted(tp model.TP, rb []byte, from int64, aborted []kmsg.FetchResponseTopicPartitionAbortedTransaction) (out partRead, next int64, err error) {
	scan := scanBatches(rb, from, aborted)
	for _, b := range scan.batches {
		if err := copyBatch(tp, b, from, false, &out); err != nil {
			return out, scan.next, err
		}
	}
	return out, scan.next, nil
}

// add appends rec to out and counts its bytes.
func (out *partRead) add(rec model.Record) {
	out.bytes += int64(rec.MemSize())
	out.recs = append(out.recs, rec)
}

// setKeyValue copies a key and a value (nil when null) into one
// allocation.
func setKeyValue(rec *model.Record, key, value []byte) {
	buf := make([]byte, len(key)+len(value))
	if key != nil {
		rec.Key = buf[:len(key):len(key)]
		copy(rec.Key, key)
	}
	if value != nil {
		rec.Value = buf[len(key):]
		copy(rec.Value, value)
	}
}

// inflate decompresses a batch's records with kafka-go's codecs (gzip,
// snappy, lz4, zstd), refusing more than maxBatchBytes.
func inflate(c compress.Compression, data []byte) ([]byte, error) {
	codec := c.Codec()
	if codec == nil {
		return nil, fmt.Errorf("unknown compression codec %d", c)
	}
	r := codec.NewReader(bytes.NewReader(data))
	defer r.Close()
	var buf bytes.Buffer
	buf.Grow(4 * len(data))
	n, err := buf.ReadFrom(io.LimitReader(r, maxBatchBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", codec.Name(), err)
	}
	if n > maxBatchBytes {
		return nil, fmt.Errorf("%s: inflates to more than %d MiB", codec.Name(), maxBatchBytes>>20)
	}
	return buf.Bytes(), nil
}

// copyLegacy copies the messages of a v0/v1 message set (brokers before
// Kafka 0.11 wrote them; Kafka 4 no longer reads them), one compressed
// wrapper deep (depth 1 inside one). A v1 wrapper's inner offsets are
// relative (shiftLegacy); v0's are absolute.
func copyLegacy(tp model.TP, set []byte, from int64, depth int, out *partRead) error {
	for len(set) >= 17 {
		size := 12 + int(int32(binary.BigEndian.Uint32(set[8:])))
		if size < 17 || size > len(set) {
			return nil // a partial message at the end
		}
		m := set[:size]
		set = set[size:]
		var off, ts int64
		var attrs int8
		var key, value []byte
		if m[batchMagicAt] == 0 {
			var v kmsg.MessageV0
			if err := v.ReadFrom(m); err != nil {
				return fmt.Errorf("message at offset %d: %w", v.Offset, err)
			}
			off, ts, attrs, key, value = v.Offset, -1, v.Attributes, v.Key, v.Value
		} else {
			var v kmsg.MessageV1
			if err := v.ReadFrom(m); err != nil {
				return fmt.Errorf("message at offset %d: %w", v.Offset, err)
			}
			off, ts, attrs, key, value = v.Offset, v.Timestamp, v.Attributes, v.Key, v.Value
		}
		if c := compress.Compression(attrs & attrCompress); c != 0 {
			if depth > 0 {
				return fmt.Errorf("message at offset %d: compressed twice", off)
			}
			inner, err := inflate(c, value)
			if err != nil {
				return fmt.Errorf("message at offset %d: %w", off, err)
			}
			var sub partRead
			if err := copyLegacy(tp, inner, 0, 1, &sub); err != nil {
				return err
			}
			shiftLegacy(sub.recs, off, m[batchMagicAt])
			for _, r := range sub.recs {
				if r.Offset >= from {
					out.add(r)
				}
			}
			continue
		}
		if off < from && depth == 0 {
			continue
		}
		rec := model.Record{Topic: tp.Topic, Partition: tp.Partition, Offset: off, Time: time.UnixMilli(ts)}
		setKeyValue(&rec, key, value)
		out.add(rec)
	}
	return nil
}

// shiftLegacy makes a v1 wrapper's relative inner offsets absolute: the
// wrapper carries the last inner offset. v0 inner offsets are absolute.
func shiftLegacy(recs []model.Record, wrapper int64, magic byte) {
	if magic == 0 || len(recs) == 0 {
		return
	}
	d := wrapper - recs[len(recs)-1].Offset
	for i := range recs {
		recs[i].Offset += d
	}
}
