package ui

import (
	"strconv"
	"strings"

	"github.com/washboard/washboard/model"
)

// configValue is a topic config's value in human units with the raw value
// after it in brackets, as the C and E forms and their previews write it
// (ut27 T3: the detail's `2h · 7200000` beside the forms' `2h (7200000)`):
// sizes (names ending in .bytes) in IEC units ("8 MiB (8388608)"), times
// (names ending in .ms) as durations ("7d (604800000)"), -1 as
// "unlimited" or "forever". Anything else, or a value that is not a
// number, is shown as it is.
func configValue(name, value string) string {
	raw := model.PrintableString(value)
	n, err := strconv.ParseInt(value, 10, 64)
	if err != nil {
		return raw
	}
	var human string
	switch {
	case strings.HasSuffix(name, ".bytes"):
		human = "unlimited"
		if n >= 0 {
			human = iecBytes(n)
		}
	case strings.HasSuffix(name, ".ms"):
		human = retentionText(value)
	}
	if human == "" || human == raw || n < -1 {
		return raw
	}
	return human + " (" + raw + ")"
}

// iecBytes is n bytes in the largest binary unit that keeps it at least 1:
// exact ("8 MiB") when it divides, else to one decimal ("1.5 GiB").
func iecBytes(n int64) string {
	units := []string{"B", "KiB", "MiB", "GiB", "TiB", "PiB"}
	i, div := 0, int64(1)
	for i < len(units)-1 && n >= div*1024 {
		div *= 1024
		i++
	}
	if n%div == 0 {
		return strconv.FormatInt(n/div, 10) + " " + units[i]
	}
	return strconv.FormatFloat(float64(n)/float64(div), 'f', 1, 64) + " " + units[i]
}
