package serde

import (
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/hamba/avro/v2"
	"google.golang.org/protobuf/encoding/protowire"

	"github.com/washboard/washboard/model"
)

// The demo's machine reading in each encoding, as catch-up reads them.
const (
	benchAvsc = `{"type":"record","name":"MachineEvent","fields":[
  {"name":"machine_id","type":"string"},{"name":"ts","type":"string"},{"name":"program","type":"string"},
  {"name":"load_kg","type":"double"},{"name":"heat_c","type":"double"},{"name":"power_w","type":"double"}]}`
	benchProto = `syntax = "proto3";
message MachineEvent { string machine_id = 1; string ts = 2; string program = 3; double load_kg = 4; double heat_c = 5; double power_w = 6; }`
)

type benchMachine struct {
	MachineID string  `avro:"machine_id"`
	TS        string  `avro:"ts"`
	Program   string  `avro:"program"`
	LoadKG    float64 `avro:"load_kg"`
	HeatC     float64 `avro:"heat_c"`
	PowerW    float64 `avro:"power_w"`
}

func benchRecords(b *testing.B, kind string, c *Cache) []model.Record {
	b.Helper()
	recs := make([]model.Record, 4096)
	hs := avro.MustParse(benchAvsc)
	for i := range recs {
		m := benchMachine{fmt.Sprintf("washer-%03d", i%500), "2026-11-29T13:12:52.761Z", "cotton-60", 6.5, float64(i%90) + 0.5, 2150}
		var v []byte
		switch kind {
		case "json":
			v = fmt.Appendf(nil, `{"machine_id":%q,"ts":%q,"program":%q,"load_kg":%g,"heat_c":%g,"power_w":%g}`, m.MachineID, m.TS, m.Program, m.LoadKG, m.HeatC, m.PowerW)
		case "avro":
			body, err := avro.Marshal(hs, m)
			if err != nil {
				b.Fatal(err)
			}
			v = append(AppendHeader(nil, 1), body...)
		case "protobuf":
			v = AppendIndex(AppendHeader(nil, 2), []int{0})
			for f, s := range []string{m.MachineID, m.TS, m.Program} {
				v = protowire.AppendString(protowire.AppendTag(v, protowire.Number(f+1), protowire.BytesType), s)
			}
			for f, x := range []float64{m.LoadKG, m.HeatC, m.PowerW} {
				v = protowire.AppendFixed64(protowire.AppendTag(v, protowire.Number(f+4), protowire.Fixed64Type), float64bits(x))
			}
		}
		recs[i] = model.Record{Topic: model.LaundryTopic, Key: []byte(m.MachineID), Value: v}
	}
	return recs
}

func benchCache(b *testing.B) *Cache {
	b.Helper()
	c := NewCache(0, 0)
	for id, src := range map[int]Source{1: {ID: 1, Text: benchAvsc}, 2: {ID: 2, Type: Protobuf, Text: benchProto}} {
		s, err := Compile(src)
		if err != nil {
			b.Fatal(err)
		}
		c.Put(id, s, nil, time.Now())
	}
	return c
}

// BenchmarkDecode is one record's schema decode to JSON.
func BenchmarkDecode(b *testing.B) {
	c := benchCache(b)
	for _, kind := range []string{"avro", "protobuf"} {
		b.Run(kind, func(b *testing.B) {
			recs := benchRecords(b, kind, c)
			b.ReportAllocs()
			b.ResetTimer()
			for i := range b.N {
				if r := Read(c, recs[i%len(recs)].Value); r == nil || r.Err != "" {
					b.Fatal(r)
				}
			}
		})
	}
}

// BenchmarkCatchUp is what catch-up pays per record once fetched: schema
// decode (none for JSON) then the fold into the log and the Machines
// view, in batches of 512 as the tail folds them. Compare avro and
// protobuf with json: the issue allows at most 2x.
func BenchmarkCatchUp(b *testing.B) {
	c := benchCache(b)
	for _, kind := range []string{"json", "avro", "protobuf"} {
		b.Run(kind, func(b *testing.B) {
			src := benchRecords(b, kind, c)
			store := model.NewStore(model.DefaultViews(), model.Limits{LogRecords: 10_000})
			batch := make([]model.Record, 512)
			t0 := time.Unix(1_700_000_000, 0)
			b.ReportAllocs()
			b.ResetTimer()
			cpu0 := cpuTime()
			for done := 0; done < b.N; done += len(batch) {
				for j := range batch {
					batch[j] = src[(done+j)%len(src)]
					if kind != "json" {
						batch[j].ValueSchema = Read(c, batch[j].Value)
					}
				}
				store.Fold(batch, t0.Add(time.Duration(done)*time.Millisecond))
			}
			// CPU time (user+system, the process's, GC included) is what
			// catch-up costs; wall time on a shared machine is mostly
			// other jobs.
			b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/record")
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "records/s")
		})
	}
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
