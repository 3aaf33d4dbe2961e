package ui

import (
	"io"

	tea "charm.land/bubbletea/v2"
)

// ContinuedMsg tells the local console that the process was continued
// (SIGCONT) after a stop it did not ask for: `kill -STOP` or a debugger.
// While it was stopped the shell put the terminal back in cooked mode and
// wrote over the screen, so keys would echo and wait for enter; the app
// takes the terminal again (raw mode, alternate screen) and draws whole.
// After its own ctrl+z the message comes too and costs one full redraw.
type ContinuedMsg struct{}

// retake is the command Bubble Tea runs between releasing the terminal and
// taking it again: nothing. tea.Exec does both on the event loop, which a
// signal handler cannot do safely from its own goroutine.
type retake struct{}

func (retake) Run() error          { return nil }
func (retake) SetStdin(io.Reader)  {}
func (retake) SetStdout(io.Writer) {}
func (retake) SetStderr(io.Writer) {}

// retakeTerminal is the command answering ContinuedMsg.
func retakeTerminal() tea.Cmd { return tea.Exec(retake{}, nil) }
