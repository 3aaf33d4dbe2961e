package ui

import (
	"strings"

	"github.com/washboard/washboard/ui/draw"
)

// The header chooses its cuts as if its figures were already as wide as
// they are held to grow (headerPart.room), so a label does not come and
// go with every new digit (ut18b G17). The reserve grows in steps, not
// digit by digit.

// countDigitsHeld is the fewest digits a count is held to grow to: up to
// 999,999 the header's cuts stay as they are. A count is held to the
// widest number of its digit groups, two at least: what it reaches soon,
// not more. Held to 9,999,999, the count's reserve took the words of
// the alerts on screen (ut32a Za2: a 120-column read-only profile said
// `!!2 · !2` with 2,449 read, where `!!2 crit · !2 warn` fitted with 3
// cells to spare); from 0 to 999,999 no label moves (ut18b G17:
// "cluster" went at 1,000 read).
const countDigitsHeld = 6

// rateCellsHeld is the cells a rate is held to grow to: "99.9/s", the
// widest rate below 10,000/s (`999/s`, `9999/s` are narrower), as the
// Topics column holds it. Held to "99.9k/s", it cost the 80-column line
// the cell that kept the rate beside the alerts (ut31 Y9). A rate that
// crosses 10,000/s widens the hold for a minute (App.rateHeld), so a
// producer near 10,000/s does not move a label each time it crosses.
const rateCellsHeld = 6

// etaCellsHeld is the cells a time left is held to grow to: "~59s".
const etaCellsHeld = 4

// countRoom is the cells count(n) is held to grow by: to countDigitsHeld
// digits, and past that to the end of its group of three (999,999,999).
func countRoom[T int | int64 | uint64](n T) int {
	digits := len(strings.ReplaceAll(count(n), ",", ""))
	held := countDigitsHeld
	if digits > held {
		held = (digits + 2) / 3 * 3
	}
	return max(held+(held-1)/3-draw.Width(count(n)), 0)
}

// rateRoom is the cells rate(r) is held to grow by: to rateCellsHeld, or
// the widest rate of the last minute.
func (a *App) rateRoom(r float64) int {
	return max(max(rateCellsHeld, a.rateHeld.w)-draw.Width(rate(r)), 0)
}

// textRoom is the cells text is held to grow by to held cells.
func textRoom(text string, held int) int { return max(held-draw.Width(text), 0) }
