package source

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/tidwall/gjson"

	"github.com/washboard/washboard/model"
)

// The demo registry serves its schemas over HTTP and the schema simulator
// writes records that decode with them: Avro machines into the Machines
// view, Protobuf riders on the seed partitions (north 0, else 1).
func TestSchemaSimulatorWritesDecodableRecords(t *testing.T) {
	b := startBroker(t, nil)
	demo, err := StartDemoRegistry("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(demo.URL(), "http://127.0.0.1:") {
		t.Fatalf("registry url %q", demo.URL())
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{}, 2)
	t.Cleanup(func() { cancel(); <-done; <-done })
	go func() { demo.Run(ctx); done <- struct{}{} }()
	sim, err := NewSchemaSimulator(conn(b), demo, 20, nil)
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = sim.Run(ctx); done <- struct{}{} }()

	reg, err := NewRegistry(RegistryConfig{URL: demo.URL()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	store := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	runTailWith(t, b, store, Watch{All: true}, reg.Decode)
	eventually(t, 20*time.Second, "an Avro machine in the Machines view and Protobuf riders", func() (ok bool) {
		store.Read(func(st *model.State) {
			_, machine := st.Series[model.LaundryTopic].Entries["avro-washer-01"]
			ok = machine && len(st.Status[model.RiderTopic].Entries) > 0
		})
		return ok
	})
	store.Read(func(st *model.State) {
		for i := range st.Log.Len() {
			r := st.Log.At(i)
			s := r.ValueSchema
			if s == nil || s.Err != "" {
				t.Fatalf("%s/%d@%d not decoded: %+v", r.Topic, r.Partition, r.Offset, s)
			}
			if r.Topic == model.RiderTopic {
				loc := gjson.GetBytes(s.JSON, "location").String()
				if s.Type != "PROTOBUF" || s.Message != "riders.RiderEvent" || r.Partition != model.RiderPartition(loc) {
					t.Errorf("rider %s on partition %d: %+v", s.JSON, r.Partition, s)
				}
			} else if s.Type != "AVRO" || s.Subject != model.LaundryTopic+"-value" || !gjson.GetBytes(s.JSON, "heat_c").Exists() {
				t.Errorf("machine %+v", s)
			}
		}
	})
}
