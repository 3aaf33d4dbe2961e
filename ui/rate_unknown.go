package ui

import "github.com/washboard/washboard/model"

// rateUnknown is the rate cell while the polls fail: a rate is records
// per second now, which no answer measures, so every pane says "–/s" as
// the header does (the header's rate is the sum of the Topics pane's),
// while the counts the last poll answered stay, dimmed as stale (ut25a
// Q15: Topics kept 25.0/s for 40 s beside a header saying –/s).
const rateUnknown = "–/s"

// ratesUnknown reports whether link's rates are not known now: the last
// poll failed.
func ratesUnknown(link model.Link) bool { return link.State == model.LinkError }

// rateWaiting is the rate cell while the rate is not measured yet
// (model.TopicStat.RateWait): the console's first polls, a second or two
// apart, measure no rate over its 30 s (ut40b-24).
const rateWaiting = "…/s"

// rateSaid prints r, rateUnknown when unknown, or rateWaiting while it
// waits to be measured.
func rateSaid(r float64, unknown, wait bool) string {
	if wait && !unknown {
		return rateWaiting
	}
	return rateNow(r, unknown)
}

// rateNow prints r, or rateUnknown when unknown.
func rateNow(r float64, unknown bool) string {
	if unknown {
		return rateUnknown
	}
	return rate(r)
}
