package source

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/twmb/franz-go/pkg/sr"
	"github.com/twmb/franz-go/pkg/sr/srfake"

	"github.com/washboard/washboard/model"
)

// Demo schemas: some laundry machines report in Avro, some riders in
// Protobuf, into the same topics as the JSON simulators (topics mix, so
// washboard detects the format per record).
const (
	MachineAvsc = `{"type":"record","name":"MachineEvent","namespace":"laundry","fields":[
  {"name":"machine_id","type":"string"},
  {"name":"ts","type":"string"},
  {"name":"program","type":"string"},
  {"name":"load_kg","type":"double"},
  {"name":"heat_c","type":"double"},
  {"name":"power_w","type":"double"},
  {"name":"door","type":["null",{"type":"enum","name":"Door","symbols":["OPEN","CLOSED","LOCKED"]}],"default":null}]}`
	RiderProto = `syntax = "proto3";
package riders;

message Heartbeat { int64 seq = 1; }

message RiderEvent {
  string name = 1;
  string location = 2;
  double speed_kmh = 3;
}
`
)

// DemoRegistry is the embedded demo's schema registry: franz-go's srfake
// (an in-memory registry speaking the Confluent REST API) served over HTTP
// on a loopback port, so external clients can use it too.
type DemoRegistry struct {
	reg                *srfake.Registry
	ln                 net.Listener
	url                string
	MachineID, RiderID int // schema ids of MachineAvsc and RiderProto
}

// StartDemoRegistry listens on listen (127.0.0.1:8081 when empty, any
// free loopback port when that is taken) and registers the demo schemas.
func StartDemoRegistry(listen string) (*DemoRegistry, error) {
	var ln net.Listener
	var err error
	if listen == "" {
		if ln, err = net.Listen("tcp", "127.0.0.1:8081"); err != nil {
			ln, err = net.Listen("tcp", "127.0.0.1:0")
		}
	} else {
		ln, err = net.Listen("tcp", listen)
	}
	if err != nil {
		return nil, fmt.Errorf("demo schema registry: %w", err)
	}
	d := &DemoRegistry{reg: srfake.NewRegistry(), ln: ln, url: "http://" + ln.Addr().String()}
	if d.MachineID, _, err = d.reg.RegisterSchema(model.LaundryTopic+"-value", sr.Schema{Type: sr.TypeAvro, Schema: MachineAvsc}); err == nil {
		d.RiderID, _, err = d.reg.RegisterSchema(model.RiderTopic+"-value", sr.Schema{Type: sr.TypeProtobuf, Schema: RiderProto})
	}
	if err != nil {
		_ = ln.Close()
		return nil, fmt.Errorf("demo schema registry: registering: %w", err)
	}
	return d, nil
}

// URL is where the registry listens ("http://127.0.0.1:8081").
func (d *DemoRegistry) URL() string { return d.url }

// Run serves until ctx ends.
func (d *DemoRegistry) Run(ctx context.Context) {
	srv := &http.Server{Handler: d.reg.Handler(), ReadHeaderTimeout: 5 * time.Second}
	done := make(chan struct{})
	go func() {
		defer close(done)
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}()
	if err := srv.Serve(d.ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		_ = d.ln.Close()
	}
	<-done
}
