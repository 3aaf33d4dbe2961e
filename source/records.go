package source

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/segmentio/kafka-go/protocol"
	"github.com/segmentio/kafka-go/protocol/fetch"

	"github.com/washboard/washboard/model"
)

// controlAbort is the control record type of a transaction's abort marker
// (1 is commit).
const controlAbort = 0

// partRead is what one partition's share of a fetch response gave.
type partRead struct {
	recs    []model.Record
	next    int64 // the offset to fetch next: past every batch the response held, control batches included
	bytes   int64 // payload bytes copied out
	batches int   // batches in the response, empty or not
}

// readBatches copies one partition's records out of a fetch response,
// from offset `from` on (a compressed batch may start earlier). Control
// batches (transaction markers) are stepped over, never shown: the next
// offset is past them whatever they held, so an idle partition ending in
// a marker does not fetch the marker again and again. Records of aborted
// transactions (the response's aborted list, read_committed) are dropped,
// or kept marked Aborted when showAborted is set.
func readBatches(tp model.TP, rs protocol.RecordSet, from int64, aborted []fetch.ResponseTransaction, showAborted bool) (partRead, error) {
	out := partRead{next: from}
	if rs.Records == nil {
		return out, nil
	}
	var batches []protocol.RecordReader
	if s, ok := rs.Records.(*protocol.RecordStream); ok {
		batches = s.Records
	} else {
		batches = []protocol.RecordReader{rs.Records}
	}
	out.batches = len(batches)
	aborted = slices.SortedFunc(slices.Values(aborted), func(a, b fetch.ResponseTransaction) int {
		return cmp.Compare(a.FirstOffset, b.FirstOffset)
	})
	var inAborted map[int64]bool // producers whose current transaction aborted
	for _, b := range batches {
		switch b := b.(type) {
		case *protocol.ControlBatch:
			// One control record per batch, at its base offset.
			out.next = max(out.next, b.BaseOffset+1)
			if cr, err := b.ReadControlRecord(); err == nil && cr.Type == controlAbort {
				delete(inAborted, b.ProducerID)
			}
		case *protocol.RecordBatch:
			// A transaction that aborted starts at or before the first
			// batch it wrote (Kafka's consumer does the same walk).
			for len(aborted) > 0 && aborted[0].FirstOffset <= b.BaseOffset {
				if inAborted == nil {
					inAborted = map[int64]bool{}
				}
				inAborted[aborted[0].ProducerID] = true
				aborted = aborted[1:]
			}
			isAborted := b.Attributes.Transactional() && inAborted[b.ProducerID]
			if err := copyRecords(tp, b, from, isAborted, true, &out); err != nil { // kept, marked: display decides
				return out, err
			}
		default: // a v0/v1 message set: no transactions
			if err := copyRecords(tp, b, from, false, true, &out); err != nil {
				return out, err
			}
		}
	}
	return out, nil
}

// copyRecords copies the records of one batch at or after from into
// out.recs (when keep), advancing out.next past each.
func copyRecords(tp model.TP, b protocol.RecordReader, from int64, aborted, keep bool, out *partRead) error {
	for {
		r, err := b.ReadRecord()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("batch at offset %d: %w", out.next, err)
		}
		if r.Offset < from || !keep {
			out.next = max(out.next, r.Offset+1)
			closeBytes(r.Key, r.Value)
			continue
		}
		rec := model.Record{Topic: tp.Topic, Partition: tp.Partition, Offset: r.Offset, Time: r.Time, Aborted: aborted}
		if err := readKeyValue(r, &rec); err != nil {
			return fmt.Errorf("record at offset %d: %w", r.Offset, err)
		}
		if len(r.Headers) > 0 {
			rec.Headers = make([]model.Header, len(r.Headers))
			for i, h := range r.Headers {
				rec.Headers[i] = model.Header{Key: h.Key, Value: copyBytes(h.Value)} // a null value stays null
			}
		}
		out.bytes += int64(rec.MemSize())
		if out.recs == nil {
			out.recs = make([]model.Record, 0, 256)
		}
		out.recs = append(out.recs, rec)
		out.next = max(out.next, r.Offset+1)
	}
}

// readKeyValue copies a record's key and value into one allocation and
// gives kafka-go's pages back.
func readKeyValue(r *protocol.Record, rec *model.Record) error {
	defer closeBytes(r.Key, r.Value)
	kn, vn := bytesLen(r.Key), bytesLen(r.Value)
	buf := make([]byte, max(kn, 0)+max(vn, 0))
	if kn >= 0 {
		rec.Key = buf[:kn:kn]
		if _, err := io.ReadFull(r.Key, rec.Key); err != nil {
			return err
		}
	}
	if vn >= 0 {
		rec.Value = buf[max(kn, 0):]
		if _, err := io.ReadFull(r.Value, rec.Value); err != nil {
			return err
		}
	}
	return nil
}

// bytesLen is b's length, -1 for a null key or value.
func bytesLen(b protocol.Bytes) int {
	if b == nil {
		return -1
	}
	return b.Len()
}

func closeBytes(bs ...protocol.Bytes) {
	for _, b := range bs {
		if b != nil {
			_ = b.Close()
		}
	}
}

// readRecords copies the records of one partition's record reader (a
// kafka-go Client.Fetch response) at or after offset, stepping over
// control batches, and returns the next offset to read (the pager's
// one-partition reads).
func readRecords(tp model.TP, rs protocol.RecordReader, offset int64) ([]model.Record, int64, error) {
	read, err := readBatches(tp, protocol.RecordSet{Records: rs}, offset, nil, false)
	closeRecords(rs)
	return read.recs, read.next, err
}
