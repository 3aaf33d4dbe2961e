package ui

import "charm.land/bubbles/v2/key"

// KeyMap is every binding washboard answers to. Help is generated from it,
// so what `?` shows is what the keys do.
type KeyMap struct {
	Quit, Help, Zoom, Next, Prev, Produce   key.Binding
	ForceQuit                               key.Binding // quits even while a field has the keyboard
	Suspend                                 key.Binding // stops the local console for the shell's job control (fg resumes)
	Focus                                   [paneCount]key.Binding
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	Filter, Sort, Enter, Back               key.Binding
	Send, Reroll, NextField, PrevField      key.Binding
	// Log and Produce (issue 5).
	Pause, Export, Burst, HistoryPrev, HistoryNext key.Binding
	Resend                                         key.Binding     // Log: the record into Produce, to edit and resend
	Groups                                         GroupKeys       // Partitions and Groups panes (keys_groups.go)
	Topics                                         TopicKeys       // Topics pane (keys_topics.go)
	TopicActions                                   TopicActionKeys // topic actions (keys_groups.go)
	Format                                         key.Binding     // Log value format (issue 10)
	Aborted                                        key.Binding     // Log: show aborted transactions' records (issue 9)

	Clusters key.Binding // the cluster picker (issue 12: clusters.go)
}

// DefaultKeyMap is the shipped key map.
func DefaultKeyMap() *KeyMap {
	k := &KeyMap{
		Quit:      key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit, even while typing")),
		Suspend:   key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z", "suspend (fg resumes)")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "all keys")),
		Zoom:      key.NewBinding(key.WithKeys("z"), key.WithHelp("z", "zoom")),
		Next:      key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next pane")),
		Prev:      key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous pane")),
		Produce:   key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "produce")),
		Up:        key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:      key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PageUp:    key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "page up")),
		PageDown:  key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "page down")),
		Top:       key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("home/g", "top")),
		Bottom:    key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("end/G", "bottom")),
		Filter:    key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
		Sort:      key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "sort")),
		Enter:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "details")),
		Back:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Send:      key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "send")),
		Reroll:    key.NewBinding(key.WithKeys("ctrl+r"), key.WithHelp("ctrl+r", "new values")),
		NextField: key.NewBinding(key.WithKeys("tab", "down"), key.WithHelp("tab", "next field")),
		PrevField: key.NewBinding(key.WithKeys("shift+tab", "up"), key.WithHelp("shift+tab", "previous field")),
	}
	k.Pause = key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "pause/follow"))
	k.Export = key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "export NDJSON"))
	k.Resend = key.NewBinding(key.WithKeys("R"), key.WithHelp("R", "edit and resend"))
	k.Burst = key.NewBinding(key.WithKeys("ctrl+b"), key.WithHelp("ctrl+b", "burst"))
	k.HistoryPrev = key.NewBinding(key.WithKeys("ctrl+p"), key.WithHelp("ctrl+p", "previous sent"))
	k.HistoryNext = key.NewBinding(key.WithKeys("ctrl+n"), key.WithHelp("ctrl+n", "next sent"))
	k.Format = key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "value format"))
	k.Aborted = key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "show aborted txns"))
	k.Groups = defaultGroupKeys()
	k.Topics = defaultTopicKeys()
	k.TopicActions = defaultTopicActionKeys()
	for i := range k.Focus {
		n := string(rune('1' + i))
		k.Focus[i] = key.NewBinding(key.WithKeys(n), key.WithHelp(n, paneNames[i]))
	}
	k.Clusters = key.NewBinding(key.WithKeys("c"), clusterHelp)
	return k
}

// paneNames are the panes in their fixed order; the number is the index+1.
var paneNames = [paneCount]string{"Machines", "Riders", "Students", "Partitions", "Groups", "Log", "Produce", "Topics"}

// Global is the bindings that work in every pane.
func (k *KeyMap) Global() []key.Binding {
	return []key.Binding{k.Next, k.Zoom, k.Produce, k.Help, k.Quit}
}
