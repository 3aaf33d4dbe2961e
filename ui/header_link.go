package ui

import (
	"strconv"
	"strings"

	"github.com/washboard/washboard/ui/draw"
)

// linkErrPart is the header's word on a failing link: the error in words
// (source.Explain) where the line has room, else a shorter form that
// still says what and that washboard retries (ut16a D15: `✖ nothing
// listens on 127.0.0.1:29510 (connection refused); re…` lost
// "retrying", and at 80 cells the address). The forms are tried longest
// first (shrink); an error with no short form is cut at its end. title
// is the cluster's part of the header: an address it says is not said
// again (soleBroker). The forms give way after the read count and before
// a profile's name is cut (rankForms): they lose no meaning, a cut name
// does (ut32a Za6: at 80 columns a refused profile said its address
// twice and cut its name).
func linkErrPart(st *Styles, err, title string) headerPart {
	full, forms := linkErrForms(err, soleBroker(title))
	full = "✖ " + full
	p := headerPart{text: st.Crit.Render(full), squeezeAt: 1} // a short form is cut after the cluster's name
	if len(forms) == 0 {
		p.squeezeAt = cutErrors
		return p
	}
	short := "✖ " + forms[len(forms)-1]
	p.short, p.shortAt, p.forms = st.Crit.Render(short), cutLabels, true
	p.shrink = func(over int) string {
		for _, f := range forms {
			if draw.Width("✖ "+f) <= draw.Width(full)-over {
				return st.Crit.Render("✖ " + f)
			}
		}
		return st.Crit.Render(short)
	}
	return p
}

// soleBroker is the broker a cluster's title ("prod · k1:9092 (tls)",
// "k1:9092") names when it names one, the address the header says in
// every cut of the title but its last; "" for a list, where an error's
// address says which of them failed.
func soleBroker(title string) string {
	if _, addr, ok := strings.Cut(title, " · "); ok {
		title = addr
	}
	addr, _, _ := strings.Cut(title, " (")
	if strings.Contains(addr, ",") {
		return ""
	}
	return addr
}

// linkErrForms is err as the header says it whole, and the shorter ways
// to say it, longest first, the last the shortest (`refused ·
// retrying`); none for an error that has no shorter form (a TLS or SASL
// misconfiguration says what to set). An address or host the line says
// already (onLine: the cluster's sole broker) is left out of them all.
func linkErrForms(err, onLine string) (string, []string) {
	const again = " · retrying"
	switch {
	case strings.HasPrefix(err, "nothing listens on ") && strings.HasSuffix(err, " (connection refused); retrying"):
		addr := strings.TrimSuffix(strings.TrimPrefix(err, "nothing listens on "), " (connection refused); retrying")
		if addr == onLine {
			return "nothing listens there (connection refused); retrying", []string{"nothing listens there" + again, "refused" + again}
		}
		return err, []string{"nothing listens on " + addr + again, "refused " + addr + again, "refused" + again}
	case strings.HasPrefix(err, "connection refused"):
		return err, []string{"connection refused" + again, "refused" + again}
	case strings.HasPrefix(err, "cannot resolve host ") && strings.HasSuffix(err, "; retrying"):
		host := strings.TrimSuffix(strings.TrimPrefix(err, "cannot resolve host "), "; retrying")
		if h, _, ok := strings.Cut(onLine, ":"); ok && strconv.Quote(h) == host {
			return "cannot resolve that host; retrying", []string{"unknown host" + again}
		}
		return err, []string{"unknown host " + host + again, "unknown host" + again}
	case err == "the cluster did not answer in time; retrying":
		return err, []string{"no answer in time" + again, "timeout" + again}
	case strings.HasSuffix(err, "the broker closed the connection (restarting?); retrying"):
		return err, []string{"the broker closed the connection" + again, "closed" + again}
	}
	return err, nil
}
