package output

import "golang.org/x/sys/unix"

// exchange atomically swaps two folders (renameat2 RENAME_EXCHANGE), so a
// server reading dest sees either the old site or the new one, never none.
func exchange(a, b string) error {
	return unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
}
