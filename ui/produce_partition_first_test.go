package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// ut18b G15: on a JSON topic with partition 7 (of 0-2) and a value that
// is not JSON, the first ctrl+s asked about the JSON and the second then
// said the partition did not exist, with the JSON warning again in other
// words. The partition, which can be checked at once, is said first and
// nothing is asked or sent; the JSON question then uses the words of the
// warning under the form.
func TestProduceChecksThePartitionBeforeAskingAboutJSON(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		t.Run(itoa(size[0]), func(t *testing.T) {
			a, p, rec := produceApp(t, size[0], size[1])
			writer(a.c).Update(func(st *model.State) {
				st.TopicStats = []model.TopicStat{{Name: model.LaundryTopic, Partitions: 3, Replication: 1}}
			})
			do(a, "7", "enter")
			p.inputs[fieldTopic].SetValue(model.LaundryTopic)
			p.inputs[fieldPartition].SetValue("7")
			p.areas[fieldValue].SetValue(`{"broken": json`)
			p.changed()
			do(a, "ctrl+s")
			if p.confirm || len(rec.sent) != 0 {
				t.Fatalf("ctrl+s asked about the JSON (confirm %v) or sent %d records before saying the partition", p.confirm, len(rec.sent))
			}
			want := model.LaundryTopic + " has 3 partitions (0-2); there is no partition 7"
			if p.report != want {
				t.Fatalf("the first ctrl+s said %q, want %q", p.report, want)
			}
			if s := produceBoxText(screen(a)); !strings.Contains(s, "value is not valid JSON: `j` where a value should start") { // wrapped in the box's rows
				t.Errorf("the JSON warning is not under the form:\n%s", screen(a))
			}
			p.inputs[fieldPartition].SetValue("2")
			p.changed()
			do(a, "ctrl+s")
			warning := "value is not valid JSON: " + p.jsonErr
			if !p.confirm || !strings.HasPrefix(p.report, warning+"; ctrl+s again sends it anyway") {
				t.Fatalf("with partition 2 ctrl+s said %q (confirm %v), want the warning's words %q", p.report, p.confirm, warning)
			}
			do(a, "ctrl+s")
			if len(rec.sent) != 1 || rec.sent[0].Partition != 2 {
				t.Fatalf("the confirmed send went out as %+v, want one record to partition 2", rec.sent)
			}
		})
	}
}
