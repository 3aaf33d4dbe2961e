package ui

import (
	"net"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/source"
)

// An action against a cluster that stopped answering fails in the
// header's words ("nothing listens on 127.0.0.1:N (connection refused)"),
// never a raw Go error ("api versions: dial tcp …: connect: connection
// refused", "DescribeConfigs: dial tcp …"): the create's confirmation and
// the config edit's preview, through the real admin client (ut21a K7-2).
func TestActionErrorsInTheHeadersWords(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close() // nothing listens there now
	client, err := source.Conn{Brokers: []string{addr}, ClientID: "washboard-test"}.Client()
	if err != nil {
		t.Fatal(err)
	}
	want := "nothing listens on " + addr + " (connection refused)"
	for _, tc := range []struct {
		name string
		keys []string
	}{
		{"create, confirmed", []string{"4", "C", "type:fresh", "enter", "type:fresh", "enter"}},
		{"edit config, its preview", []string{"4", "E", "type:retention.ms", "tab", "type:1000", "enter"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := adminApp(t, model.ReadOnlyOff, source.NewAdmin(client))
			a.c.Explain = source.ExplainOnce
			act(a, tc.keys...)
			s := screen(a)
			if !strings.Contains(boxText(s), strings.ReplaceAll(want, " ", "")) {
				t.Errorf("the failure is not said as the header says it (%q):\n%s", want, s)
			}
			if strings.Contains(s, "dial tcp") || strings.Contains(s, "retrying") {
				t.Errorf("a raw Go error, or the header's retrying, in an action's failure:\n%s", s)
			}
		})
	}
}
