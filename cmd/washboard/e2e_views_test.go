package main

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

// lineWith reports whether one screen line matches every pattern, so a
// value is checked on its own machine's row, not anywhere on screen.
func lineWith(s string, patterns ...string) bool {
	for _, line := range strings.Split(s, "\n") {
		ok := true
		for _, p := range patterns {
			if !regexp.MustCompile(p).MatchString(line) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// TestE2EViewsShowKcatRecords produces, with kcat, a machine, a student and
// a rider that the simulators never make, and reads them back off the
// Machines, Students and Riders panes with the right values.
func TestE2EViewsShowKcatRecords(t *testing.T) {
	tm := startTerm(t, 160, 45, nil, "--listen", "127.0.0.1:0")
	addr := tm.brokerAddr()
	tm.waitText(30*time.Second, "connected", "washer-01")

	kcat(t, `{"machine_id":"kcat-mach-e2e","program":"e2e-prog","load_kg":7.5,"heat_c":99.5,"power_w":1234}`+"\n",
		"-b", addr, "-P", "-t", "laundry-machine-logs", "-k", "kcat-mach-e2e")
	tm.keys("1", "/")
	tm.keys("-l", "kcat")
	tm.keys("Enter")
	tm.waitFor("the kcat machine's row, crit", 30*time.Second, func(s string) bool {
		return lineWith(s, `kcat-mach-e2e`, `e2e-prog`, `7\.5kg`, `!!99\.5°C`, `1234W`) && strings.Contains(s, "filter kcat")
	})
	tm.waitText(10*time.Second, "!!") // the header counts it in crit
	tm.keys("Enter")
	tm.waitFor("the machine's detail", 10*time.Second, func(s string) bool {
		return strings.Contains(s, "kcat-mach-e2e · e2e-prog") && strings.Contains(s, "crit 95.0°C") &&
			strings.Contains(s, `{"machine_id":"kcat-mach-e2e","program":"e2e-prog"`)
	})
	tm.keys("Escape")
	tm.waitFor("the list again", 10*time.Second, func(s string) bool { return !strings.Contains(s, "from the Log (newest first)") })

	kcat(t, `{"StudentId":"kcat-stu-e2e","State":1}`+"\n"+`{"StudentId":"kcat-stu-e2e","State":"LoggedIn"}`+"\n"+
		`{"StudentId":"kcat-stu-e2e","State":"Suspended"}`+"\n", "-b", addr, "-P", "-t", "Student")
	tm.keys("3", "z")
	tm.waitFor("the student's row and transitions", 30*time.Second, func(s string) bool {
		return lineWith(s, `kcat-stu-e2e\s+Suspended`) && lineWith(s, `kcat-stu-e2e LoggedIn → Suspended`) &&
			lineWith(s, `kcat-stu-e2e LoggedOut → LoggedIn`) && lineWith(s, `^│Suspended\s+1\s`)
	})

	kcat(t, `{"name":"kcat-rider-e2e","location":"kcat-lab"}`+"\n", "-b", addr, "-P", "-t", "rider-updates", "-k", "location-update")
	tm.keys("2")
	tm.waitFor("the rider's location", 30*time.Second, func(s string) bool {
		return lineWith(s, `kcat-rider-e2e\s+kcat-lab`) && lineWith(s, `^│kcat-lab\s+1\s+[▏▎▍▌▋▊▉█]+\s+1\s`) // a bar of one update against the busiest: an eighth at least (ui bar)
	})

	tm.keys("q")
	if code := tm.exitCode(15 * time.Second); code != "0" {
		t.Fatalf("exit code %s after q, want 0; stderr: %s", code, tm.stderr())
	}
}
