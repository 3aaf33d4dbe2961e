package model

import (
	"errors"
	"fmt"
	"regexp/syntax"
)

// patternError is why pattern (a filter's re: term) does not compile, in
// one sentence in the user's words: the pattern as typed (quoted as
// typed, not Go-escaped: the Log makes it printable), then what is
// wrong, of the offending part where it is not the whole pattern
// (ut37-19: the pattern "(" was said twice, in Go's words: `bad regular
// expression "(": missing closing ): ` then "(" in backquotes).
func patternError(pattern string, err error) error {
	var se *syntax.Error
	if !errors.As(err, &se) {
		return fmt.Errorf(`bad pattern "%s": %w`, pattern, err)
	}
	words := patternWords(se.Code)
	switch {
	case se.Code == syntax.ErrMissingParen || se.Code == syntax.ErrMissingBracket:
		// what is missing is of the whole pattern
	case se.Expr != "" && se.Expr != pattern:
		words = `"` + se.Expr + `" ` + words
	default:
		words = "it " + words
	}
	return fmt.Errorf(`bad pattern "%s": %s`, pattern, words)
}

// patternWords says a regexp/syntax error code plainly: what is missing,
// or what the offending part does wrong (a predicate: patternError puts
// the part before it).
func patternWords(code syntax.ErrorCode) string {
	switch code {
	case syntax.ErrMissingParen:
		return "missing )"
	case syntax.ErrUnexpectedParen:
		return "has a ) with no ( before it"
	case syntax.ErrMissingBracket:
		return "missing ]"
	case syntax.ErrMissingRepeatArgument:
		return "repeats nothing (put a character before it, or \\ before it to match it)"
	case syntax.ErrInvalidRepeatOp:
		return "repeats a repeat"
	case syntax.ErrInvalidRepeatSize:
		return "is a repeat count over 1000, or min over max"
	case syntax.ErrInvalidEscape:
		return "is not an escape Go's regular expressions know"
	case syntax.ErrTrailingBackslash:
		return "ends in a lone \\"
	case syntax.ErrInvalidCharRange:
		return "is not a range (its start is after its end, or it names no class)"
	case syntax.ErrInvalidCharClass:
		return "is not a character class"
	case syntax.ErrInvalidPerlOp:
		return "is not supported (no look-ahead or look-behind)"
	case syntax.ErrInvalidNamedCapture:
		return "is not a valid group name"
	}
	return "is not understood: " + string(code)
}
