package ui

import (
	"strconv"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// The detail's title is the record's address: it is whole wherever the
// pane can hold it, and the hint takes what the address leaves (ut18b
// G16: at 80 columns zoomed the title read
// `payments-settlement-reco…events-primary-region-v3/1@1038  esc back ·
// ↑↓ scroll`, the hint whole and the address cut).
func TestLogDetailTitleKeepsTheAddress(t *testing.T) {
	const topic = "payments-settlement-reconciliation-events-primary-region-v3"
	rec := model.Record{Topic: topic, Partition: 1, Offset: 1038, Time: fixedNow,
		Key: []byte("settlement-batch-merchant-account-00001-reconciliation-key"), Value: []byte(`{"amount":2551,"fee":3}`)}
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {200, 50}} {
		name := "log-detail-title-" + strconv.Itoa(sz[0]) + "x" + strconv.Itoa(sz[1])
		t.Run(name, func(t *testing.T) {
			a, _ := keysApp(t, sz[0], sz[1], true, []model.Record{rec})
			do(a, "enter")
			got := screen(a)
			assertFits(t, got, sz[0], sz[1])
			if !strings.Contains(got, topic+"/1@1038") {
				t.Errorf("the title does not hold the address whole:\n%s", got)
			}
			golden(t, name, logBox(t, got))
		})
	}
}
