package ui

import (
	"reflect"
	"runtime"
	"strings"

	tea "charm.land/bubbletea/v2"
)

// isBlink reports whether cmd is a text field's cursor blink: it waits
// the blink interval (530 ms) and only toggles the cursor, which the
// screens the tests read (ANSI stripped) do not show. The tests' key
// helpers skip it, so typing into a field does not sleep per key.
func isBlink(cmd tea.Cmd) bool {
	return cmd != nil && strings.HasPrefix(runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name(), "charm.land/bubbles/v2/cursor.(*Model).Blink")
}
