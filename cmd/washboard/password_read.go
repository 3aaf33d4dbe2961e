package main

import (
	"bufio"
	"errors"
	"io"
	"unicode/utf8"
)

// errInterrupted is Ctrl-C before the UI started; washboard exits 130, as
// a shell reports a program ended by SIGINT.
var errInterrupted = errors.New("interrupted")

// readSecret reads one line typed on a terminal in raw mode (no echo, no
// line editing, no signals), doing the editing itself: Enter ends it,
// Ctrl-C is errInterrupted at once (in cooked mode the signal waited for
// Enter, and the line typed after it went to the prompt), Ctrl-D on an
// empty line is io.EOF, Backspace deletes a character and Ctrl-U the line.
func readSecret(r io.Reader) (string, error) {
	br := bufio.NewReaderSize(r, 64)
	var line []byte
	for {
		b, err := br.ReadByte()
		if err != nil {
			if errors.Is(err, io.EOF) && len(line) > 0 {
				return string(line), nil
			}
			return "", err
		}
		switch b {
		case '\r', '\n':
			return string(line), nil
		case 0x03: // Ctrl-C
			return "", errInterrupted
		case 0x04: // Ctrl-D
			if len(line) == 0 {
				return "", io.EOF
			}
		case 0x7f, 0x08: // Backspace
			if len(line) > 0 {
				_, n := utf8.DecodeLastRune(line)
				line = line[:len(line)-n]
			}
		case 0x15: // Ctrl-U
			line = line[:0]
		default:
			line = append(line, b)
		}
	}
}
