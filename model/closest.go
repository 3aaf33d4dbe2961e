package model

import "strings"

// Closest is the candidate nearest to name (edit distance at most 2, or a
// fifth of the name's length for long names; at most 1 for a name of four
// letters or fewer, where 2 is half the word: "name" is not near "rate",
// ut19b J5), "" when none is that near, in any case: the "did you mean" of
// flags, config keys, client properties and topic configs.
func Closest(name string, candidates []string) string {
	limit := max(2, len(name)/5)
	if len(name) <= 4 {
		limit = 1
	}
	best, bestD := "", limit+1
	for _, c := range candidates {
		if d := editDistance(strings.ToLower(name), strings.ToLower(c)); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
