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

// editDistance is the optimal string alignment distance between a and b,
// in bytes: Levenshtein's insertions, deletions and substitutions, and a
// swap of two neighbours as one edit, the commonest typo ("veiw" is one
// edit from "view", so a short name's one-edit limit still catches it).
func editDistance(a, b string) int {
	prev2 := make([]int, len(b)+1)
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
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
