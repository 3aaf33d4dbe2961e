package model

import "strings"

// NaturalCompare orders strings as people read a list of names, the one
// order every key, group and topic list shows (ut34a-30: Partitions put
// `Student` before `laundry-machine-logs`, Topics after): runs of digits
// compare as numbers, so s-2 comes before s-10 and washer-9 before
// washer-10, and ASCII case is set aside, so Student comes after
// laundry-machine-logs. Names equal that way (S-1 and s-1, s-01 and s-1)
// fall back to byte order, so the order is total. Pure and
// allocation-free: it runs inside sort comparisons.
func NaturalCompare(a, b string) int {
	if c, ok := naturalRuns(a, b, true); ok {
		return c
	}
	if c, ok := naturalRuns(a, b, false); ok {
		return c
	}
	return strings.Compare(a, b)
}

// naturalRuns compares a and b run by run (digits as numbers, other bytes
// one by one, ASCII case folded when fold is set); ok is false when they
// are equal that way, and the caller decides the tie.
func naturalRuns(a, b string, fold bool) (c int, ok bool) {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if isDigit(a[i]) && isDigit(b[j]) {
			si, sj := i, j
			for i < len(a) && isDigit(a[i]) {
				i++
			}
			for j < len(b) && isDigit(b[j]) {
				j++
			}
			na, nb := trimZeros(a[si:i]), trimZeros(b[sj:j])
			if len(na) != len(nb) {
				return cmpInt(len(na), len(nb)), true
			}
			if na != nb {
				return strings.Compare(na, nb), true
			}
			continue
		}
		ca, cb := a[i], b[j]
		if fold {
			ca, cb = lowerASCII(ca), lowerASCII(cb)
		}
		if ca != cb {
			return cmpInt(int(ca), int(cb)), true
		}
		i, j = i+1, j+1
	}
	if len(a)-i != len(b)-j {
		return cmpInt(len(a)-i, len(b)-j), true
	}
	return 0, false
}

// NaturalLess is NaturalCompare as a less function.
func NaturalLess(a, b string) bool { return NaturalCompare(a, b) < 0 }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func trimZeros(s string) string {
	for len(s) > 1 && s[0] == '0' {
		s = s[1:]
	}
	return s
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
