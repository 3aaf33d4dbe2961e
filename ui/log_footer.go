package ui

import (
	"path/filepath"

	"charm.land/bubbles/v2/key"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// FooterHelp is the Log's keys for the one-line footer: as Help, but the
// last export's file is named in the export hint only in the room the
// other hints leave, its start cut first (…181031.841+0000.ndjson keeps
// what tells one export from the next), and left out when too little is
// left; the notice named it whole, and ? lists it whole (issue 14, B6: at
// 80 columns the long hint pushed e, enter, R and f out of the footer).
func (p *LogPane) FooterHelp() []key.Binding {
	if p.typing || p.hist != nil || p.detail != nil || p.lastPath == "" {
		return p.Help()
	}
	name := model.PrintableString(filepath.Base(p.lastPath))
	room := footerRoom(p.w, p.c.Keys, p.listHelp("")) - draw.Width(" (last )")
	switch {
	case room >= draw.Width(name):
	case room >= 12:
		name = draw.Ellipsis + draw.TruncateLeft(name, draw.Width(name)-room+1, "")
	default:
		name = ""
	}
	return p.listHelp(name)
}
