package ui

import (
	"time"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// A group the cluster stops listing (deleted here or elsewhere, or an
// Empty group whose offsets expired) left the Groups list without a word:
// the border went from `5 groups` to `4 groups` (ut36b-12). The poll logs
// it in the rebalance log, which only the side by side view shows; the
// list's border says it for goneSaid after the poll that saw it:
// `billing-reconciler gone`, `2 groups gone` for several.

// goneSaid is how long the border says a group is gone.
const goneSaid = 30 * time.Second

// goneGroups is the groups the polls of the last goneSaid saw go that
// the cluster does not list again, newest first. Events are in time
// order: the scan stops at the first older one.
func goneGroups(st *model.State, now time.Time) []string {
	if st.Lag == nil {
		return nil
	}
	listed := func(id string) bool {
		for i := range st.Groups {
			if st.Groups[i].ID == id {
				return true
			}
		}
		return false
	}
	var out []string
	ev := st.Lag.Events
	for i := ev.Len() - 1; i >= 0; i-- {
		e := ev.At(i)
		if now.Sub(e.At) > goneSaid {
			break
		}
		if e.Kind == "gone" && !listed(e.Group) {
			out = append(out, e.Group)
		}
	}
	return out
}

// gonePart is the border's word on the groups gone, nil for none.
func gonePart(gone []string) []draw.Part {
	switch len(gone) {
	case 0:
		return nil
	case 1:
		return []draw.Part{{Text: model.PrintableString(gone[0]) + " gone", Short: "1 group gone", Rank: draw.RankAlert}}
	}
	return []draw.Part{{Text: plural(len(gone), "group") + " gone", Rank: draw.RankAlert}}
}
