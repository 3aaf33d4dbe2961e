package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// Profile is one configured cluster the console can switch to.
type Profile struct {
	Name  string
	About string // where and how it connects, without secrets ("kafka-1:9093 · tls · read-only")
}

// clusterHelp is the help of KeyMap.Clusters, the key that opens the
// picker; it works only when Cluster.Profiles names more than one cluster.
var clusterHelp = key.WithHelp("c", "switch cluster")

// clusterPicker is the list of configured clusters the console can switch
// to. Choosing one ends the program with App.SwitchTo set: the caller
// stops this cluster's tail, poller and store and starts the chosen one's.
type clusterPicker struct {
	profiles []Profile
	current  string
	cursor   int
	err      string // why the last switch failed, shown under the list
	note     string // why there is nothing to switch to (then the picker only says so)
}

// Notes for c when there is nothing to switch to.
const (
	NoOtherClusters = "no other clusters configured: see [[cluster]] in config.example.toml"
	NoSwitchOverSSH = "switching clusters is not offered over ssh: the operator who runs washboard serve picks the cluster"
	// NoSuspendOverSSH is the footer's answer to ctrl+z in an SSH session.
	NoSuspendOverSSH = "ctrl+z: an ssh session cannot be suspended (it shares the server); q ends it"
)

func newClusterPicker(profiles []Profile, current, err string) *clusterPicker {
	p := &clusterPicker{profiles: profiles, current: current, err: err}
	for i, pr := range profiles {
		if pr.Name == current {
			p.cursor = i
		}
	}
	return p
}

// key handles a key press: it returns the chosen cluster ("" while
// choosing) and whether the picker closes.
func (p *clusterPicker) key(k *KeyMap, msg tea.KeyPressMsg) (chosen string, closed bool) {
	if p.note != "" { // nothing to choose: any key closes it
		return "", key.Matches(msg, k.Back, k.Clusters, k.Quit, k.Enter)
	}
	switch {
	case key.Matches(msg, k.Up):
		p.cursor = max(p.cursor-1, 0)
	case key.Matches(msg, k.Down):
		p.cursor = min(p.cursor+1, len(p.profiles)-1)
	case key.Matches(msg, k.Top):
		p.cursor = 0
	case key.Matches(msg, k.Bottom):
		p.cursor = len(p.profiles) - 1
	case key.Matches(msg, k.Enter):
		if name := p.profiles[p.cursor].Name; name != p.current {
			return name, true
		}
		return "", true // already here
	case key.Matches(msg, k.Back), key.Matches(msg, k.Clusters), key.Matches(msg, k.Quit):
		return "", true
	}
	return "", false
}

// view draws the picker in a w x h box: the clusters, the current one
// marked, and why the last switch failed.
func (p *clusterPicker) view(st *Styles, w, h int) string {
	inner := max(w-2, 0)
	nameW := 0
	for _, pr := range p.profiles {
		nameW = max(nameW, draw.Width(model.PrintableString(pr.Name)))
	}
	// A name wider than half the box goes on its own line, whole, with
	// the description under it (ut15a A14: a 44-letter name was cut while
	// rows were free).
	stacked := nameW > inner/2
	if stacked {
		nameW = max(inner-2, 0)
	}
	lines := make([]string, 0, len(p.profiles)+4)
	if p.note != "" {
		for _, l := range strings.Split(ansi.Wordwrap(p.note, inner, " "), "\n") {
			lines = append(lines, st.Warn.Render(draw.Fit(l, inner)))
		}
		return box(st, "clusters", "esc close", lines, w, h, true)
	}
	for i, pr := range p.profiles {
		mark := "  "
		if pr.Name == p.current {
			mark = "● "
		}
		name := draw.Fit(model.PrintableString(pr.Name), nameW)
		indent := strings.Repeat(" ", 2+nameW+2)
		abouts := aboutLines(model.PrintableString(pr.About), inner-len(indent))
		var names []string // a stacked name wraps whole over its lines (ut16b E19: cut at 60 columns)
		if stacked {
			names = draw.Wrap(model.PrintableString(pr.Name), nameW)
			indent = "    "
			abouts = append(make([]string, len(names)), aboutLines(model.PrintableString(pr.About), inner-len(indent))...)
		}
		for j, about := range abouts {
			line := indent + about
			switch {
			case j < len(names) && j == 0:
				line = mark + names[j]
			case j < len(names):
				line = "  " + names[j]
			case j == 0:
				line = mark + name + "  " + about
			}
			line = draw.Fit(line, inner)
			if i == p.cursor {
				line = st.Selected.Render(line)
			}
			lines = append(lines, line)
		}
	}
	if p.err != "" {
		lines = append(lines, "")
		for _, l := range strings.Split(ansi.Wordwrap(model.PrintableString(p.err), inner, " "), "\n") {
			lines = append(lines, st.Crit.Render(draw.Fit(l, inner)))
		}
	}
	return box(st, "clusters", "enter switch · esc close · ● current", lines, w, h, true)
}

// aboutLines lays a profile's description ("brokers · security · mode")
// out in lines of w cells: its parts whole where they fit, a part wider
// than a line (a long broker list) cut in the middle. The security and
// the read-only mode are what a user checks before switching: they are
// never cut off the end (a user test, issue 14, B22).
func aboutLines(about string, w int) []string {
	if w < 8 || draw.Width(about) <= w {
		return []string{about}
	}
	var out []string
	cur := ""
	for _, part := range strings.Split(about, " · ") {
		if draw.Width(part) > w {
			part = strings.TrimRight(draw.FitMiddle(part, w), " ")
		}
		switch {
		case cur == "":
			cur = part
		case draw.Width(cur+" · "+part) <= w:
			cur += " · " + part
		default:
			out = append(out, cur)
			cur = part
		}
	}
	return append(out, cur)
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

// openPicker opens the picker, with why the last switch failed if it did,
// or a note saying why there is nothing to switch to.
func (a *App) openPicker(err string) {
	a.picker = newClusterPicker(a.c.Cluster.Profiles, a.c.Cluster.Profile, err)
	switch {
	case a.c.Cluster.Viewers != nil && len(a.c.Cluster.Profiles) <= 1: // washboard serve
		a.picker.note = NoSwitchOverSSH
	case len(a.c.Cluster.Profiles) <= 1:
		a.picker.note = NoOtherClusters
	}
}

// help is the picker's own keys, for the footer while it is open.
func (p *clusterPicker) help(k *KeyMap) []key.Binding {
	back := key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "close"))
	if p.note != "" {
		return []key.Binding{back}
	}
	move := key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", "choose"))
	enter := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "switch"))
	return []key.Binding{move, enter, back}
}

// clusterBinding is the picker's key as help lists it: always, since c
// answers even with nothing to switch to (it says how to add clusters).
func (a *App) clusterBinding() key.Binding {
	b := a.c.Keys.Clusters
	if len(a.c.Cluster.Profiles) < 2 { // c still answers: it says how to configure more
		b.SetHelp(b.Help().Key, "switch cluster (none other configured)")
	}
	return b
}

// SwitchTo is the cluster profile chosen in the picker when the program
// ended, "" when it ended otherwise.
func (a *App) SwitchTo() string { return a.switchTo }
