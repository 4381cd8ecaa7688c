package digest

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Errors of an output path, wrapped in an *fs.PathError that names it.
var (
	// ErrIsInput: the path is a file the digest reads, which writing the
	// digest would destroy.
	ErrIsInput = errors.New("is one of the digest's inputs")
	// ErrNotRegular: the path exists and is not a regular file. Replacing
	// a device, a pipe or a socket with a plain file breaks whatever used
	// it; a folder cannot be replaced.
	ErrNotRegular = errors.New("not a regular file")
	// ErrDanglingLink: the path is a symbolic link to nothing.
	ErrDanglingLink = errors.New("a symbolic link to a file that does not exist")
)

// Target returns the file that writing path replaces: path itself, or,
// when path is a symbolic link, the regular file the link leads to (the
// link stays a link). It fails with ErrNotRegular when that file exists
// and is not a regular file, and with ErrDanglingLink for a link to
// nothing. A path that does not exist is its own target.
func Target(path string) (string, error) {
	info, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return path, nil
	}
	if err != nil {
		return "", err
	}
	if info.Mode()&fs.ModeSymlink != 0 {
		target, err := filepath.EvalSymlinks(path)
		if errors.Is(err, fs.ErrNotExist) {
			return "", &fs.PathError{Op: "write", Path: path, Err: ErrDanglingLink}
		}
		if err != nil {
			return "", err
		}
		if info, err = os.Stat(target); err != nil {
			return "", err
		}
		path = target
	}
	if !info.Mode().IsRegular() {
		return "", &fs.PathError{Op: "write", Path: path, Err: fmt.Errorf("%w (%s)", ErrNotRegular, kind(info.Mode()))}
	}
	return path, nil
}

// kind names what a file that is not regular is.
func kind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "not a plain file"
}

// CheckOut fails with ErrIsInput when path, or the file a link at path
// leads to, is one of the files a digest of inputs reads: an input file
// itself (a --jsonl file), or a file in an input folder or in one of its
// sub-folders (a pile's articles, a story's versions and title.txt).
// Files are compared with os.SameFile, so another name or a hard link for
// an input is caught too; "-" (standard input) is left to the caller.
func CheckOut(path string, inputs ...string) error {
	out, err := os.Stat(path)
	if err != nil {
		return nil // nothing there yet, so no input; Target reports links to nothing
	}
	same := func(p string) bool {
		info, err := os.Stat(p)
		return err == nil && os.SameFile(info, out)
	}
	for _, in := range inputs {
		if in == "-" {
			continue
		}
		if same(in) || inFolder(in, 2, same) {
			return &fs.PathError{Op: "write", Path: path, Err: ErrIsInput}
		}
	}
	return nil
}

// inFolder reports whether match holds for a file in dir or, depth
// permitting, in its sub-folders.
func inFolder(dir string, depth int, match func(string) bool) bool {
	if depth == 0 {
		return false
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		if isDir(dir, e) {
			if inFolder(p, depth-1, match) {
				return true
			}
		} else if match(p) {
			return true
		}
	}
	return false
}

// WriteFile writes path atomically: write fills a temporary file in the
// same folder, which is synced and then renamed over path. Readers see the
// old file or the whole new one, never a part. A symbolic link is written
// through (see Target); a path that is not a regular file is refused. The
// new file keeps the old one's permissions, or for a new file gets 0666
// less the umask, as a shell's > would; its owner is the writer.
//
// The temporary file, ".NAME.tmp-PID-N", is removed on every error and
// panic. A process killed outright cannot remove it; the next WriteFile to
// the same path removes such leftovers of processes that no longer run.
func WriteFile(path string, write func(io.Writer) error) error {
	target, err := Target(path)
	if err != nil {
		return err
	}
	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	perm, keep := fs.FileMode(0o666), false
	if info, err := os.Stat(target); err == nil {
		perm, keep = info.Mode().Perm(), true
	}
	removeLeftovers(dir, base)
	// A new file is created with 0666 and the umask applies; over an old
	// file the temporary file starts private and takes the old mode once
	// written, so it is never readable by more than the old one was.
	tmpPerm := fs.FileMode(0o666)
	if keep {
		tmpPerm = 0o600
	}
	f, err := createTemp(dir, base, tmpPerm)
	if err != nil {
		return err
	}
	tmp, done := f.Name(), false
	defer func() {
		if !done {
			f.Close()
			os.Remove(tmp)
		}
	}()
	bw := bufio.NewWriter(f)
	if err := write(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if keep {
		if err := f.Chmod(perm); err != nil {
			return err
		}
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, target); err != nil {
		return err
	}
	done = true
	syncDir(dir)
	return nil
}

// tempPrefix starts the names of the temporary files WriteFile makes for
// base; the writer's process ID follows, then a dash and a random number.
func tempPrefix(base string) string { return "." + base + ".tmp-" }

// createTemp creates a new temporary file for base in dir.
func createTemp(dir, base string, perm fs.FileMode) (*os.File, error) {
	for range 100 {
		name := filepath.Join(dir, tempPrefix(base)+strconv.Itoa(os.Getpid())+"-"+strconv.FormatUint(uint64(rand.Uint32()), 10))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
	return nil, &fs.PathError{Op: "createtemp", Path: filepath.Join(dir, tempPrefix(base)+"*"), Err: fs.ErrExist}
}

// removeLeftovers removes the temporary files for base in dir of writers
// that no longer run. (Older versions named them ".NAME.tmp-N" with a
// random N, which is no process's ID either.) Writers still running keep
// theirs, so two runs writing one path do not break each other.
func removeLeftovers(dir, base string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	prefix := tempPrefix(base)
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), prefix)
		if !ok || !e.Type().IsRegular() {
			continue
		}
		pidText, _, _ := strings.Cut(rest, "-")
		if pid, err := strconv.Atoi(pidText); err == nil && !running(pid) {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// syncDir makes a rename in dir durable where the system allows it; some
// do not sync folders, which costs only durability, not atomicity.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	d.Close()
}
