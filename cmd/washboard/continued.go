package main

import (
	"context"
	"os"
	"os/signal"
	"sync"
	"syscall"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/ui"
)

// watchContinued sends ui.ContinuedMsg to the local console each time the
// process is continued (SIGCONT), until the returned stop is called; stop
// waits for the watcher to end. Bubble Tea restores the terminal only after
// its own ctrl+z; after an outside SIGSTOP (kill -STOP, a debugger, a
// shell's job control acting on the process group) the terminal stays in
// the shell's cooked mode without it.
func watchContinued(ctx context.Context, p *tea.Program) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGCONT)
	var wg sync.WaitGroup
	wg.Go(func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-ch:
				p.Send(ui.ContinuedMsg{})
			}
		}
	})
	return func() {
		signal.Stop(ch)
		cancel()
		wg.Wait()
	}
}
