package ui

// routedMsg is a pane's own result (an export, a burst's progress): the
// root hands it to that pane whichever pane has focus.
type routedMsg interface{ paneIndex() int }
