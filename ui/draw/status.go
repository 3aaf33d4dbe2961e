package draw

import (
	"strings"
)

// Rank is how much a part of a border status matters to a user finding
// their way: when the status does not fit, the parts of the lowest rank
// go first.
type Rank int

// The ranks of border status parts, least important first.
const (
	// RankDiag is background: poll time, request counts, what is read.
	RankDiag Rank = iota
	// RankSort is the sort order and other view settings.
	RankSort
	// RankCount is how many rows there are (keys, partitions, groups).
	RankCount
	// RankFilter is the filter and its match count: a filtered list must
	// say so. A filter part too long is clipped before it is dropped.
	RankFilter
	// RankAlert is a warning about what is shown (a view not read).
	RankAlert
	// RankStale says the pane's rows stopped updating and since when
	// (`stale 41s`): a box's title gives way to it (TitleYieldsTo), so no
	// pane shows old rows without saying so.
	RankStale
	// RankKeep is never dropped nor cut: the position ("1-9/12") that
	// tells the user there is more above or below.
	RankKeep
)

// Part is one part of a border status: its text, how much it matters,
// and an optional shorter form used before it is dropped.
type Part struct {
	Text  string
	Short string
	Rank  Rank
	// Widest, when set, is the text the part is judged at when a border
	// fits its status: its widest form over what it says in turn (a sort
	// over the columns it cycles through), so which other parts show
	// does not change as it does (ut32a Za10).
	Widest string
	// Whole says the part is said whole or not at all, never clipped (a
	// view's sort: `sort se…` says neither the column nor that the
	// order is a sort, ut34a-8); where it cannot fit whole even beside
	// the RankKeep parts it goes first, so the parts it outranks stay.
	Whole bool
	// Least, when set, is the fewest cells the part is clipped to before
	// it goes, in place of leastClip: a filter clipped to `/Lo…` still
	// says the list is filtered, where without it `1-1/16` reads as
	// every key (ut42a-4; README: clipped but never dropped).
	Least int
	// Yield says the box's title is cut before this part, in its short
	// form, goes (TitleYieldsSoft): a view's count of keys, so a narrow
	// border says `3 Stu… ─ 40 keys · 1/40`, not the title whole beside
	// `1/40` read as every key (ut43a-4).
	Yield bool
}

// statusSep is what joins the parts of a status.
const statusSep = " · "

// JoinParts is the parts' texts in order, the empty ones left out, as the
// status reads when it has room.
func JoinParts(parts []Part) string {
	var b strings.Builder
	for _, p := range parts {
		if p.Text == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(statusSep)
		}
		b.WriteString(p.Text)
	}
	return b.String()
}

// TitleYieldsTo is how many cells the parts a box's title gives way to
// need (RankStale and RankKeep, with the separators between them).
func TitleYieldsTo(parts []Part) int { return widthFrom(parts, RankStale) }

// TitleYieldsSoft is TitleYieldsTo with the Yield parts, and the parts
// that outrank them, in their short forms: what a title is cut for down
// to its least (fitTop), so a view's count is not dropped beside a
// whole title.
func TitleYieldsSoft(parts []Part) int {
	least := RankKeep
	for _, p := range parts {
		if p.Yield && p.Text != "" {
			least = min(least, p.Rank)
		}
	}
	var keep []Part
	for _, p := range parts {
		switch {
		case p.Text == "" || p.Whole && p.Rank < RankKeep:
		case p.Rank >= RankStale:
			keep = append(keep, p)
		case p.Rank >= least:
			if p.Short != "" {
				p.Text = p.Short
			}
			keep = append(keep, p)
		}
	}
	return Width(JoinParts(keep))
}

// KeepWidth is how many cells the parts that are never dropped need
// (RankKeep, with the separators between them).
func KeepWidth(parts []Part) int { return widthFrom(parts, RankKeep) }

// widthFrom is how many cells the parts of rank r and above need, joined.
func widthFrom(parts []Part, r Rank) int {
	var keep []Part
	for _, p := range parts {
		if p.Rank >= r && p.Text != "" {
			keep = append(keep, p)
		}
	}
	return Width(JoinParts(keep))
}

// FitStatus is the status that fits room cells: while the parts are
// wider, the least important part (the last of equal rank) takes its
// short form, or is clipped if it is a filter with room left for it, or
// goes; parts keep their order. A Whole part too wide for room beside
// the RankKeep parts goes before any other (dropUnfitWhole). RankKeep parts are never dropped; only
// when they alone are wider than room is the result clipped.
func FitStatus(parts []Part, room int) string {
	live := make([]Part, 0, len(parts))
	for _, p := range parts {
		if p.Text != "" {
			live = append(live, p)
		}
	}
	live = dropUnfitWhole(live, room)
	for width := Width(JoinParts(live)); width > room; width = Width(JoinParts(live)) {
		i := -1
		for j, p := range live {
			if p.Rank < RankKeep && (i < 0 || p.Rank <= live[i].Rank) {
				i = j
			}
		}
		if i < 0 {
			break
		}
		if live[i].Yield && !hasShort(live[i]) {
			// a part the title yields to goes only once the others said
			// short have taken their short forms (ut43a-3: `/a · 6 of 8`,
			// not `filter a` beside no count)
			for j := range live {
				if j != i && live[j].Rank < RankKeep && hasShort(live[j]) {
					i = j
					break
				}
			}
		}
		p := &live[i]
		if hasShort(*p) {
			p.Text, p.Short = p.Short, ""
			continue
		}
		const leastClip = 8 // a filter cut shorter than this says nothing
		least := leastClip
		if p.Least > 0 {
			least = p.Least
		}
		if left := Width(p.Text) - (width - room); p.Rank >= RankFilter && left >= least && !p.Whole {
			p.Text = Clip(p.Text, left)
			continue
		}
		live = append(live[:i], live[i+1:]...)
	}
	return Clip(JoinParts(live), room)
}

// hasShort reports whether p has a short form narrower than its text.
func hasShort(p Part) bool { return p.Short != "" && Width(p.Short) < Width(p.Text) }

// dropUnfitWhole leaves out the Whole parts that do not fit room beside
// the RankKeep parts alone: they would go in the end, and going first
// they do not take the parts they outrank with them.
func dropUnfitWhole(live []Part, room int) []Part {
	out := live[:0:0]
	for _, p := range live {
		if p.Whole && p.Rank < RankKeep {
			alone := []Part{p}
			for _, k := range live {
				if k.Rank >= RankKeep {
					alone = append(alone, k)
				}
			}
			if Width(JoinParts(alone)) > room {
				continue
			}
		}
		out = append(out, p)
	}
	return out
}
