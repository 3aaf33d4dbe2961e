package ui

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// ut41-15: a minute after the demo started, every detail chart's time
// axis spanned the 5-minute window, three quarters of it blank. The
// charts span the data seen, rounded up to a round length, up to the
// window, the same span for every chart.
func TestDetailChartsSpanTheDataSeen(t *testing.T) {
	win := model.Window{Bucket: 5 * time.Second, N: 60}
	hist := func(n int) []float64 { // the newest n buckets have values
		h := make([]float64, win.N)
		for i := range h {
			h[i] = math.NaN()
			if i >= win.N-n {
				h[i] = 50
			}
		}
		return h
	}
	tests := []struct {
		name  string
		hist  [][]float64
		wantN int
	}{
		{"nothing yet: the window", [][]float64{hist(0)}, 60},
		{"50 s of data: a minute", [][]float64{hist(10)}, 12},
		{"a minute and 5 s: two", [][]float64{hist(13), hist(4)}, 24},
		{"the oldest field's data sets every chart's span", [][]float64{hist(2), hist(30)}, 36},
		{"four minutes: the window", [][]float64{hist(48)}, 60},
		{"the whole window", [][]float64{hist(60)}, 60},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dataWindow(tt.hist, win); got.N != tt.wantN || got.Bucket != win.Bucket {
				t.Errorf("got %+v, want N %d", got, tt.wantN)
			}
		})
	}
}

// The zoomed detail of a machine seen for a minute: its time axis
// labels span that minute, not the 5-minute window.
func TestDetailTimeAxisSpansAMinuteOfData(t *testing.T) {
	a, fold := machinesEvery5s(1, func(step, m int) string {
		return fmt.Sprintf(`{"machine_id":"washer-01","program":"wool-30","load_kg":%.1f,"heat_c":%.1f,"power_w":%d}`,
			1.5+float64(step%4), 40+float64(step%9), 1500+step*10)
	})
	for step := 1; step <= 12; step++ {
		fold(step)
	}
	press(a, "enter", "z")
	got := screen(a)
	var labels []time.Duration                                                      // the time labels as times of day
	axes := regexp.MustCompile(`(?m)^│ +\d\d:\d\d:\d\d .*$`).FindAllString(got, -1) // not the events' times
	for _, l := range regexp.MustCompile(`\d\d:\d\d:\d\d`).FindAllString(strings.Join(axes, "\n"), -1) {
		if at, err := time.Parse("15:04:05", l); err == nil {
			labels = append(labels, time.Duration(at.Hour())*time.Hour+time.Duration(at.Minute())*time.Minute+time.Duration(at.Second())*time.Second)
		}
	}
	first, last := slices.Min(labels), slices.Max(labels)
	if last-first > 90*time.Second {
		t.Errorf("the time axis spans %s for a minute of data:\n%s", last-first, got)
	}
}
