package model

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"
)

// Seed event generators: they write the seed systems' formats (see
// shared/seeds) with plausible values. The simulators and the Produce
// pane's templates both use them, so a demo and a hand-made test event
// look alike.

// MachineEvent is one laundry machine log line (seed 000).
type MachineEvent struct {
	MachineID string  `json:"machine_id"`
	TS        string  `json:"ts"`
	Program   string  `json:"program"`
	LoadKG    float64 `json:"load_kg"`
	HeatC     float64 `json:"heat_c"`
	PowerW    float64 `json:"power_w"`
}

// RiderEvent is one rider location update (seed 004).
type RiderEvent struct {
	Name     string `json:"name"`
	Location string `json:"location"`
}

// StudentEvent is one student state change (seed 001; State 0 LoggedIn, 1 LoggedOut).
type StudentEvent struct {
	StudentID string `json:"StudentId"`
	State     int    `json:"State"`
}

var (
	washPrograms = []string{"cotton-60", "cotton-40", "synthetics-40", "wool-30", "quick-15"}
	dryPrograms  = []string{"dry-high", "dry-low", "dry-delicate"}
	riders       = []string{"deepanshu", "asha", "marco", "lena", "kofi", "yuki", "priya", "tomas"}
	locations    = []string{"north", "south", "east", "west"}
)

// RiderLocations are the locations the seed rider producer knows.
func RiderLocations() []string { return append([]string(nil), locations...) }

// Machine is one simulated machine: its program and heat move smoothly.
type Machine struct {
	ID      string
	dryer   bool
	program string
	load    float64
	heat    float64
	target  float64
	left    int // events until the program changes
}

// Fleet is a set of simulated machines.
type Fleet struct {
	Machines []*Machine
	next     int
}

// NewFleet makes washers and dryers with ids washer-01.., dryer-01...
func NewFleet(washers, dryers int) *Fleet {
	f := &Fleet{}
	for i := 1; i <= washers; i++ {
		f.Machines = append(f.Machines, &Machine{ID: fmt.Sprintf("washer-%02d", i), heat: 20})
	}
	for i := 1; i <= dryers; i++ {
		f.Machines = append(f.Machines, &Machine{ID: fmt.Sprintf("dryer-%02d", i), dryer: true, heat: 20})
	}
	return f
}

// Next advances the next machine in turn and returns its log line.
func (f *Fleet) Next(rng *rand.Rand, now time.Time) MachineEvent {
	m := f.Machines[f.next%len(f.Machines)]
	f.next++
	return m.step(rng, now)
}

func (m *Machine) step(rng *rand.Rand, now time.Time) MachineEvent {
	if m.left <= 0 {
		programs := washPrograms
		if m.dryer {
			programs = dryPrograms
		}
		m.program = programs[rng.IntN(len(programs))]
		m.load = round1(1 + rng.Float64()*7)
		m.target = 30 + rng.Float64()*55
		if rng.IntN(12) == 0 { // now and then a machine runs hot
			m.target = 85 + rng.Float64()*15
		}
		m.left = 20 + rng.IntN(40)
	}
	m.left--
	m.heat += (m.target-m.heat)*0.2 + rng.NormFloat64()*0.8
	power := 300 + m.heat*25 + m.load*40 + rng.NormFloat64()*60
	return MachineEvent{
		MachineID: m.ID, TS: now.UTC().Format("2006-01-02T15:04:05.000Z"), Program: m.program,
		LoadKG: m.load, HeatC: round1(m.heat), PowerW: math.Round(math.Max(power, 0)),
	}
}

// RandomMachine is a single plausible machine event.
func RandomMachine(rng *rand.Rand, now time.Time, ids []string) MachineEvent {
	if len(ids) == 0 {
		ids = DemoMachineIDs()
	}
	id := ids[rng.IntN(len(ids))]
	m := &Machine{ID: id, dryer: strings.HasPrefix(id, "dryer-"), heat: 20 + rng.Float64()*60}
	return m.step(rng, now)
}

// The demo's machines (source.DefaultSimConfig): washer-01..08 and
// dryer-01..04.
const (
	DemoWashers = 8
	DemoDryers  = 4
)

// DemoMachineIDs is the ids of the demo's machines, as NewFleet names them.
func DemoMachineIDs() []string {
	var ids []string
	for _, m := range NewFleet(DemoWashers, DemoDryers).Machines {
		ids = append(ids, m.ID)
	}
	return ids
}

// RandomRider is a plausible rider update.
func RandomRider(rng *rand.Rand) RiderEvent {
	return RiderEvent{Name: riders[rng.IntN(len(riders))], Location: locations[rng.IntN(len(locations))]}
}

// RandomStudent is a plausible student state change.
func RandomStudent(rng *rand.Rand) StudentEvent {
	return StudentEvent{StudentID: fmt.Sprintf("s-%d", 1+rng.IntN(40)), State: rng.IntN(2)}
}

// RiderPartition is the seed producer's rule: north goes to partition 0,
// everything else to partition 1.
func RiderPartition(location string) int {
	if location == "north" {
		return 0
	}
	return 1
}

// MustJSON marshals a seed event; they always marshal.
func MustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }
