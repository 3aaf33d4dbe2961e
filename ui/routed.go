package ui

import tea "charm.land/bubbletea/v2"

// paneMsg is a pane's own result (a send's delivery report, a burst's
// progress, an export, a demo action's outcome) addressed to that pane:
// the root hands msg to panes[pane] whichever pane has focus, the way
// gh-dash wraps a section's results with the section's id. Every pane
// result travels this one way.
type paneMsg struct {
	pane int
	msg  tea.Msg
}

// forPane addresses cmd's result to pane i.
func forPane(i int, cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() tea.Msg { return paneMsg{pane: i, msg: cmd()} }
}
