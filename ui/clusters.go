package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// clusterHelp is the help of KeyMap.Clusters, the key that opens the
// picker; it works only when Cluster.Profiles names more than one cluster.
var clusterHelp = key.WithHelp("c", "switch cluster")

// clusterPicker is the list of configured clusters the console can switch
// to. Choosing one ends the program with App.SwitchTo set: the caller
// stops this cluster's tail, poller and store and starts the chosen one's.
type clusterPicker struct {
	names   []string
	current string
	cursor  int
}

func newClusterPicker(names []string, current string) *clusterPicker {
	p := &clusterPicker{names: names, current: current}
	for i, n := range names {
		if n == current {
			p.cursor = i
		}
	}
	return p
}

// key handles a key press: it returns the chosen cluster ("" while
// choosing) and whether the picker closes.
func (p *clusterPicker) key(k *KeyMap, msg tea.KeyPressMsg) (chosen string, closed bool) {
	switch {
	case key.Matches(msg, k.Up):
		p.cursor = max(p.cursor-1, 0)
	case key.Matches(msg, k.Down):
		p.cursor = min(p.cursor+1, len(p.names)-1)
	case key.Matches(msg, k.Top):
		p.cursor = 0
	case key.Matches(msg, k.Bottom):
		p.cursor = len(p.names) - 1
	case key.Matches(msg, k.Enter):
		if p.names[p.cursor] == p.current {
			return "", true // already here
		}
		return p.names[p.cursor], true
	case key.Matches(msg, k.Back), key.Matches(msg, k.Clusters), key.Matches(msg, k.Quit):
		return "", true
	}
	return "", false
}

// view draws the picker in a w x h box.
func (p *clusterPicker) view(st *Styles, w, h int) string {
	lines := make([]string, 0, len(p.names))
	for i, n := range p.names {
		mark := "  "
		if n == p.current {
			mark = "● "
		}
		line := model.Fit(mark+model.PrintableString(n), max(w-2, 0))
		if i == p.cursor {
			line = st.Selected.Render(line)
		}
		lines = append(lines, line)
	}
	return box(st, "clusters", "enter switch · esc close · ● current", lines, w, h, true)
}

// pickerKey routes a key to the open picker; choosing another cluster
// quits the program for the caller to switch.
func (a *App) pickerKey(msg tea.KeyPressMsg) tea.Cmd {
	chosen, closed := a.picker.key(a.c.Keys, msg)
	if closed {
		a.picker = nil
	}
	if chosen != "" {
		a.switchTo = chosen
		return tea.Quit
	}
	return nil
}

// clusterBinding is the picker's key, disabled (out of help) when there
// is nothing to switch to.
func (a *App) clusterBinding() key.Binding {
	b := a.c.Keys.Clusters
	b.SetEnabled(len(a.c.Cluster.Profiles) > 1)
	return b
}

// SwitchTo is the cluster profile chosen in the picker when the program
// ended, "" when it ended otherwise.
func (a *App) SwitchTo() string { return a.switchTo }
