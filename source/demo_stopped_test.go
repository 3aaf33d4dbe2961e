package source

import (
	"strings"
	"testing"
)

// A key on a demo group x stopped says it is stopped and how to start a
// new one, not that washboard never started it.
func TestStoppedDemoGroupSaysSo(t *testing.T) {
	d := NewDemos(DemoConfig{Enabled: true})
	d.groups["washboard-demo-1"] = &demoGroup{}
	if err := d.Stop("washboard-demo-1"); err != nil {
		t.Fatal(err)
	}
	for _, op := range []func(string) error{d.AddMember, d.RemoveMember, d.Stop} {
		err := op("washboard-demo-1")
		if err == nil || !strings.Contains(err.Error(), "is stopped") || strings.Contains(err.Error(), "only changes groups it started") {
			t.Errorf("on a stopped demo group: %v", err)
		}
	}
	if err := d.AddMember("billing"); err == nil || !strings.Contains(err.Error(), "not a demo group") {
		t.Errorf("on another group: %v", err)
	}
}
