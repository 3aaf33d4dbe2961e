package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// linkErrPart is the header's word on a failing link: the error in words
// (source.Explain) where the line has room, else a shorter form that
// still says what and that washboard retries (ut16a D15: `✖ nothing
// listens on 127.0.0.1:29510 (connection refused); re…` lost
// "retrying", and at 80 cells the address). The forms are tried longest
// first (shrink); an error with no short form is cut at its end.
func linkErrPart(st *Styles, err string) headerPart {
	full := "✖ " + err
	forms := linkErrForms(err)
	p := headerPart{text: st.Crit.Render(full), squeezeAt: 1} // a short form is cut after the cluster's name
	if len(forms) == 0 {
		p.squeezeAt = cutErrors
		return p
	}
	short := "✖ " + forms[len(forms)-1]
	p.short, p.shortAt = st.Crit.Render(short), cutErrors
	p.shrink = func(over int) string {
		for _, f := range forms {
			if ansi.StringWidth("✖ "+f) <= ansi.StringWidth(full)-over {
				return st.Crit.Render("✖ " + f)
			}
		}
		return st.Crit.Render(short)
	}
	return p
}

// linkErrForms are the shorter ways to say err, longest first, the last
// the shortest (`refused · retrying`); none for an error that has no
// shorter form (a TLS or SASL misconfiguration says what to set).
func linkErrForms(err string) []string {
	const again = " · retrying"
	switch {
	case strings.HasPrefix(err, "nothing listens on ") && strings.HasSuffix(err, " (connection refused); retrying"):
		addr := strings.TrimSuffix(strings.TrimPrefix(err, "nothing listens on "), " (connection refused); retrying")
		return []string{"nothing listens on " + addr + again, "refused " + addr + again, "refused" + again}
	case strings.HasPrefix(err, "connection refused"):
		return []string{"connection refused" + again, "refused" + again}
	case strings.HasPrefix(err, "cannot resolve host ") && strings.HasSuffix(err, "; retrying"):
		host := strings.TrimSuffix(strings.TrimPrefix(err, "cannot resolve host "), "; retrying")
		return []string{"unknown host " + host + again, "unknown host" + again}
	case err == "the cluster did not answer in time; retrying":
		return []string{"no answer in time" + again, "timeout" + again}
	case strings.HasSuffix(err, "the broker closed the connection (restarting?); retrying"):
		return []string{"the broker closed the connection" + again, "closed" + again}
	}
	return nil
}
