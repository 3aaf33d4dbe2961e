package ui

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

var scrollNote = regexp.MustCompile(`… (\d+) above, (\d+) below`)

// The preview's scroll line counts the rows shown: above + shown + below
// is the preview's rows, at least one row is shown beside it, and on the
// outcome screen the preview keeps rows while the box has them, the head
// going first (ut18b G12b: after a reset, "… 0 above, 10 below" stood
// above the outcome with no row of the preview on screen).
func TestPreviewScrollNoteCountsTheRowsShown(t *testing.T) {
	c := &Common{Styles: NewStyles(true), Keys: DefaultKeyMap()}
	const body = 10
	var outcome []string
	for i := range body {
		outcome = append(outcome, fmt.Sprintf("payments-settlement/%d 40→0", i))
	}
	for _, stage := range []flowStage{flowConfirm, flowDone} {
		for h := 13; h <= 30; h++ { // from the outcome and a row to spare
			f := &actionFlow{c: c, act: model.ActResetOffsets, stage: stage, confirm: textinput.New(),
				title: "reset offsets of checkout-service-settlement-reconciliation-consumer-group-eu-primary"}
			for i := range body {
				f.preview = append(f.preview, fmt.Sprintf("row-%d", i))
			}
			f.preview = append(f.preview, "10 partitions: lag 9 now, 0 after")
			if stage == flowDone {
				// refused: a done write says its outcome without the
				// preview (ut43b-5), a refusal keeps it above its words
				f.outcome, f.failed = "reset offsets: "+strings.Join(outcome, ", "), true
			}
			text := ansi.Strip(strings.Join(f.lines(40, h), "\n"))
			shown := strings.Count(text, "row-")
			m := scrollNote.FindStringSubmatch(text)
			if m == nil {
				if shown != body && !strings.Contains(text, "not shown: no room") {
					t.Fatalf("stage %d h %d: %d of %d rows shown and no line says so:\n%s", stage, h, shown, body, text)
				}
				continue
			}
			above, _ := strconv.Atoi(m[1])
			below, _ := strconv.Atoi(m[2])
			if shown < 1 || above+shown+below != body {
				t.Fatalf("stage %d h %d: %q with %d rows shown of %d:\n%s", stage, h, m[0], shown, body, text)
			}
		}
	}
}

// A misspelt config name is previewed as typed and said as unknown, with
// the name it is near; its value is not converted as if the name were a
// duration config (ut18b G15: retentoin.ms=2h showed as "2h (7200000)").
func TestCreatePreviewSaysAnUnknownConfigUnconverted(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a := adminApp(t, model.ReadOnlyOff, &recordingAdmin{})
		a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		act(a, "4", "C", "type:ledger", "tab", "tab", "tab", "type:retentoin.ms=2h", "enter")
		s := screen(a)
		if strings.Contains(s, "7200000") || !strings.Contains(s, "retentoin.ms=2h") ||
			!strings.Contains(s, "did you mean") || !strings.Contains(s, "retention.ms?") {
			t.Fatalf("%dx%d: the preview converts the unknown name's value or does not say it is unknown:\n%s", size[0], size[1], s)
		}
	}
}
