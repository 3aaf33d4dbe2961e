package ui

import (
	"fmt"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// A long preview in a short pane keeps its last line (the total) and the
// typed confirmation on screen, scrolls with the arrows and pgdn, and
// wastes no row; the outcome comes before "any key closes", and the
// footer follows the stage.
func TestLongPreviewKeepsTotalAndPromptAndScrolls(t *testing.T) {
	c := &Common{Styles: NewStyles(true), Keys: DefaultKeyMap()}
	f := &actionFlow{c: c, act: model.ActResetOffsets, title: "reset offsets of g", word: "g", stage: flowConfirm, confirm: textinput.New()}
	for i := range 40 {
		f.preview = append(f.preview, fmt.Sprintf("orders/%d row", i))
	}
	f.preview = append(f.preview, "40 partitions: lag 9 now, 0 after")
	const h = 20
	view := func() string { return ansi.Strip(strings.Join(f.lines(80, h), "\n")) }
	text := view()
	lines := strings.Split(text, "\n")
	if len(lines) != h || !strings.Contains(text, "40 partitions: lag 9 now") || !strings.Contains(text, `type "g" and enter`) || !strings.Contains(text, "orders/0 row") {
		t.Fatalf("%d lines:\n%s", len(lines), text)
	}
	f.key(tea.KeyPressMsg{Code: tea.KeyPgDown})
	f.key(tea.KeyPressMsg{Code: tea.KeyDown})
	if text = view(); strings.Contains(text, "orders/0 row") || !strings.Contains(text, "orders/11 row") || !strings.Contains(text, "40 partitions") {
		t.Fatalf("after pgdn and down:\n%s", text)
	}
	if got := helpKeys(f.footer(c.Keys, 80, h)); !strings.Contains(got, "scroll") || strings.Contains(got, "preview / confirm") {
		t.Fatalf("confirm footer %q", got)
	}
	f.stage, f.outcome = flowDone, "reset done"
	lines = strings.Split(view(), "\n")
	if lines[len(lines)-1] != "any key closes" || !strings.Contains(lines[len(lines)-2], "reset done") {
		t.Fatalf("outcome screen ends %q", lines[len(lines)-2:])
	}
	if got := helpKeys(f.footer(c.Keys, 80, h)); !strings.Contains(got, "close") || strings.Contains(got, "preview") {
		t.Fatalf("outcome footer %q", got)
	}
}

// helpKeys is a footer's bindings as "key desc" text.
func helpKeys(bs []key.Binding) string {
	var parts []string
	for _, b := range bs {
		parts = append(parts, b.Help().Key+" "+b.Help().Desc)
	}
	return strings.Join(parts, " · ")
}

// An empty field shows its placeholder whole, dimmed and in italics (a
// hint, drawn unlike any value: ut24a P2), after the cursor.
func TestEmptyFieldShowsThePlaceholderDimmed(t *testing.T) {
	c := &Common{Styles: NewStyles(true), Keys: DefaultKeyMap()}
	in := textinput.New()
	in.Prompt, in.Placeholder = "", "earliest, latest"
	_ = in.Focus()
	f := &actionFlow{c: c, title: "t", fields: []flowField{{label: "to", input: in}}}
	raw := f.lines(80, 10)[1]
	if !strings.Contains(raw, c.Styles.Dim.Italic(true).Render("arliest, latest")) || !strings.HasPrefix(ansi.Strip(raw), "▸to          earliest") {
		t.Fatalf("empty field drawn as %q", raw)
	}
}

// A topic detail cut by its pane says how much is below, so a config
// list never just ends.
func TestTopicDetailSaysWhatIsBelowTheCut(t *testing.T) {
	c := &Common{Styles: NewStyles(true), Keys: DefaultKeyMap()}
	cfg := model.TopicConfig{}
	for _, n := range []string{"a.ms", "b.ms", "c.ms", "d.ms", "e.ms"} {
		cfg.Entries = append(cfg.Entries, model.ConfigEntry{Name: n, Value: "1", Source: "topic"})
	}
	d := &topicDetail{topic: "orders", copy: topicCopy{found: true, stat: model.TopicStat{Name: "orders", Partitions: 1},
		parts: []model.PartitionStat{{Topic: "orders"}}, cfg: cfg, hasCfg: true}}
	d.settle(c.Styles, 80, 10)
	lines := d.lines(c, 80, 10, true, false)
	last := ansi.Strip(lines[len(lines)-1])
	if len(lines) != 10 || !strings.Contains(last, "more lines below") {
		t.Fatalf("cut detail ends with %q (%d lines)", last, len(lines))
	}
}

// A Partitions filter matching a group name shows that group's rows only,
// not every other group on the matching topic; one matching the topic
// shows them all.
func TestPartitionsFilterOnAGroupShowsOnlyThatGroup(t *testing.T) {
	store := lagStore(t)
	for _, tc := range []struct {
		q    string
		want map[string]bool
	}{{"billing", map[string]bool{"billing": true}}, {"orders", map[string]bool{"billing": true, "audit": true}}} {
		got := map[string]bool{}
		store.Read(func(st *model.State) {
			for _, r := range partitionRows(st, func(texts ...string) bool {
				for _, s := range texts {
					if strings.Contains(s, tc.q) {
						return true
					}
				}
				return false
			}) {
				if r.group != "" {
					got[r.group] = true
				}
			}
		})
		if len(got) != len(tc.want) || !got["billing"] || (tc.want["audit"] != got["audit"]) {
			t.Fatalf("filter %q shows groups %v, want %v", tc.q, got, tc.want)
		}
	}
}
