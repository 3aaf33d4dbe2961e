package model

import "strings"

// NaturalCompare orders strings as people read them: runs of digits
// compare as numbers, so s-2 comes before s-10 and washer-9 before
// washer-10. Otherwise bytes compare as they are; names that only differ
// in leading zeros (s-01, s-1) fall back to plain byte order, so the order
// is total. Pure and allocation-free: it runs inside sort comparisons.
func NaturalCompare(a, b string) int {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		ca, cb := a[i], b[j]
		if isDigit(ca) && isDigit(cb) {
			si, sj := i, j
			for i < len(a) && isDigit(a[i]) {
				i++
			}
			for j < len(b) && isDigit(b[j]) {
				j++
			}
			na, nb := trimZeros(a[si:i]), trimZeros(b[sj:j])
			if len(na) != len(nb) {
				return cmpInt(len(na), len(nb))
			}
			if na != nb {
				if na < nb {
					return -1
				}
				return 1
			}
			continue
		}
		if ca != cb {
			return cmpInt(int(ca), int(cb))
		}
		i, j = i+1, j+1
	}
	switch {
	case len(a)-i != len(b)-j:
		return cmpInt(len(a)-i, len(b)-j)
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
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

// NaturalFoldCompare is NaturalCompare ignoring ASCII case, as people
// read a list of names (Student after laundry-machine-logs); names that
// differ only in case fall back to NaturalCompare, so the order is total.
func NaturalFoldCompare(a, b string) int {
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
				return cmpInt(len(na), len(nb))
			}
			if na != nb {
				return cmpInt(strings.Compare(na, nb), 0)
			}
			continue
		}
		if ca, cb := lowerASCII(a[i]), lowerASCII(b[j]); ca != cb {
			return cmpInt(int(ca), int(cb))
		}
		i, j = i+1, j+1
	}
	if len(a)-i != len(b)-j {
		return cmpInt(len(a)-i, len(b)-j)
	}
	return NaturalCompare(a, b)
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
