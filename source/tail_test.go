package source

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/washboard/washboard/model"
)

func TestTailReadsWhatWasProducedAndCommitsNothing(t *testing.T) {
	b := startBroker(t, nil)
	// Ten records before the tail starts: with last:3 it must see exactly
	// the last three of them, then everything live.
	var early []kafka.Message
	for i := range 10 {
		early = append(early, kafka.Message{Topic: model.StudentTopic, Value: []byte(fmt.Sprintf(`{"StudentId":"s-%d","State":0}`, i))})
	}
	produce(t, b, early...)
	store := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	runTail(t, b, store, Watch{All: true}, Start{Mode: StartLast, Last: 3})

	produce(t, b, kafka.Message{Topic: model.RiderTopic, Key: []byte("location-update"),
		Value: []byte(`{"name":"zed","location":"north"}`), Headers: []kafka.Header{{Key: "h", Value: []byte("v")}}})

	// Each partition is fetched on its own: wait for every record the
	// assertions below are about, not just one partition's.
	eventually(t, 10*time.Second, "rider zed and students s-7..s-9 in the model", func() (ok bool) {
		store.Read(func(st *model.State) {
			students := st.Status[model.StudentTopic].Entries
			_, ok = st.Status[model.RiderTopic].Entries["zed"]
			ok = ok && students["s-7"] != nil && students["s-8"] != nil && students["s-9"] != nil
		})
		return ok
	})
	store.Read(func(st *model.State) {
		students := st.Status[model.StudentTopic].Entries
		if len(students) != 3 {
			t.Errorf("students seen %d, want the last 3", len(students))
		}
		for _, id := range []string{"s-7", "s-8", "s-9"} {
			if students[id] == nil {
				t.Errorf("student %s missing", id)
			}
		}
		var rider *model.Record
		for i := range st.Log.Len() {
			if r := st.Log.At(i); r.Topic == model.RiderTopic {
				rider = &r
			}
		}
		if rider == nil || rider.Partition != 0 || string(rider.Key) != "location-update" ||
			len(rider.Headers) != 1 || string(rider.Headers[0].Value) != "v" {
			t.Errorf("rider record %+v: want partition 0 (north), its key and header", rider)
		}
	})

	// Monitoring has no side effects: no group exists, nothing committed.
	groups, err := client(t, b).ListGroups(context.Background(), &kafka.ListGroupsRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if len(groups.Groups) != 0 {
		t.Fatalf("the tail created consumer groups: %+v", groups.Groups)
	}
}

func TestTailDoesNotCreateTopics(t *testing.T) {
	b := startBroker(t, map[string]int32{"present": 1})
	store := model.NewStore(nil, model.DefaultLimits())
	tail := runTail(t, b, store, Watch{Topics: []string{"present", "absent"}}, DefaultStart())
	eventually(t, 5*time.Second, "the present topic to be followed", func() bool { return tail.Following() == 1 })
	meta, err := client(t, b).Metadata(context.Background(), &kafka.MetadataRequest{})
	if err != nil {
		t.Fatal(err)
	}
	for _, topic := range meta.Topics {
		if topic.Name == "absent" {
			t.Fatal("watching a missing topic created it")
		}
	}
}

func TestSimulatorProducesSeedFormats(t *testing.T) {
	b := startBroker(t, nil)
	store := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	runTail(t, b, store, Watch{All: true}, DefaultStart())
	sim, err := NewSimulator(conn(b), SimConfig{MachinesPerSec: 50, RidersPerSec: 20, StudentsPerSec: 20, Washers: 3, Dryers: 1, Seed: 7}, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- sim.Run(ctx) }()
	defer func() { cancel(); <-done }()

	eventually(t, 15*time.Second, "all three seed views to fill", func() (ok bool) {
		store.Read(func(st *model.State) {
			ok = len(st.Series[model.LaundryTopic].Entries) == 4 &&
				len(st.Status[model.RiderTopic].Entries) > 0 && len(st.Status[model.StudentTopic].Entries) > 0
		})
		return ok
	})
	store.Read(func(st *model.State) {
		for name, tab := range map[string]uint64{
			"laundry": st.Series[model.LaundryTopic].Errors, "riders": st.Status[model.RiderTopic].Errors,
			"students": st.Status[model.StudentTopic].Errors,
		} {
			if tab != 0 {
				t.Errorf("%s: %d records failed to decode", name, tab)
			}
		}
		for _, e := range st.Status[model.StudentTopic].Entries {
			if e.Status != "LoggedIn" && e.Status != "LoggedOut" {
				t.Errorf("student %s state %q", e.Key, e.Status)
			}
		}
		for i := range st.Log.Len() {
			if r := st.Log.At(i); r.Topic == model.RiderTopic {
				var e model.RiderEvent
				_ = jsonUnmarshal(r.Value, &e)
				if want := model.RiderPartition(e.Location); r.Partition != want {
					t.Errorf("rider at %s on partition %d, want %d", e.Location, r.Partition, want)
				}
			}
		}
	})
}

func TestBrokerFallsBackWhenPortTaken(t *testing.T) {
	first := startBroker(t, nil)
	cfg := DefaultBrokerConfig()
	cfg.Listen = first.Addr()
	second, err := StartBroker(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer second.Close()
	if second.Addr() == first.Addr() || second.Notice() == "" {
		t.Fatalf("second broker at %s, notice %q: want a fallback port and a notice", second.Addr(), second.Notice())
	}
}

func TestRetentionBoundsTheEmbeddedBroker(t *testing.T) {
	cfg := DefaultBrokerConfig()
	cfg.Listen, cfg.Topics, cfg.RetentionBytes = "127.0.0.1:0", map[string]int32{"t": 1}, 4096
	b, err := StartBroker(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	big := make([]byte, 1024)
	for range 20 {
		produce(t, b, kafka.Message{Topic: "t", Value: big})
	}
	b.ApplyRetention()
	offs, err := client(t, b).ListOffsets(context.Background(), &kafka.ListOffsetsRequest{
		Topics: map[string][]kafka.OffsetRequest{"t": {kafka.FirstOffsetOf(0)}}})
	if err != nil {
		t.Fatal(err)
	}
	if low := offs.Topics["t"][0].FirstOffset; low < 10 {
		t.Fatalf("log start %d after retention: 20 KiB kept under a 4 KiB limit", low)
	}
}
