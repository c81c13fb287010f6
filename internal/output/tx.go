package output

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"sync"
)

// Options says where a build goes. Site is the site folder and Out the output
// folder; relative paths are taken from the working directory. Force allows
// replacing an Out that holds files limber did not write: they are moved
// aside to a backup folder, never deleted.
type Options struct {
	Site, Out string
	Force     bool
}

// Result describes a committed build.
type Result struct {
	Out    string   // the output folder, absolute and symlink-resolved
	Files  []string // the files written, slash paths sorted, without the marker
	Backup string   // where a foreign Out was moved with Force, or ""
}

// Tx is one build being written into a temporary folder beside the output.
// Its methods are safe for concurrent use; WriteFile and CopyFile may run in
// parallel.
type Tx struct {
	out     string // absolute, resolved output folder
	tmp     string // the temporary folder the build is written into
	force   bool   // a foreign Out may be moved aside to a backup
	display string // Out as the caller gave it, for messages

	life  sync.RWMutex // read-held by writes, held by Commit and Abort
	root  *os.Root     // nil once Commit or Abort has closed it
	owned bool         // tmp still exists and is ours to remove

	mu    sync.Mutex
	files map[string]bool
	dirs  map[string]bool
}

// Begin checks the output folder with Check and starts a build: it creates
// Out's parent folders if needed, recovers from and removes the leftovers of
// earlier interrupted builds, and creates a fresh temporary folder beside Out.
// It refuses an Out that is non-empty and was not written by limber, unless
// opts.Force is set.
func Begin(opts Options) (*Tx, error) {
	if err := Check(opts.Site, opts.Out); err != nil {
		return nil, err
	}
	out, err := resolve(opts.Out)
	if err != nil {
		return nil, fmt.Errorf("cannot use output folder %q: %v", opts.Out, err)
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return nil, fmt.Errorf("cannot create the folder for output %q: %v", opts.Out, err)
	}
	if err := tidy(out); err != nil {
		return nil, fmt.Errorf("cannot clean up after an earlier build of %q: %v", opts.Out, err)
	}
	foreign, err := isForeign(out)
	if err != nil {
		return nil, fmt.Errorf("cannot read output folder %q: %v", opts.Out, err)
	}
	if foreign && !opts.Force {
		backup, _ := backupName(out)
		return nil, fmt.Errorf("output folder %q already holds files that limber did not write: "+
			"choose another --out, or add --force to move them aside to %q and build anyway",
			opts.Out, filepath.Base(backup))
	}
	return start(out, opts.Out, opts.Force)
}

// start creates the temporary folder with its marker and opens it as a Root.
func start(out, display string, force bool) (*Tx, error) {
	tmp, err := os.MkdirTemp(filepath.Dir(out), sibling(out, newTag)+"*")
	if err != nil {
		return nil, fmt.Errorf("cannot create a temporary folder beside %q: %v", display, err)
	}
	t := &Tx{out: out, tmp: tmp, force: force, display: display, owned: true,
		files: map[string]bool{}, dirs: map[string]bool{".": true}}
	if err := t.open(); err != nil {
		_ = os.RemoveAll(tmp)
		return nil, fmt.Errorf("cannot prepare a temporary folder beside %q: %v", display, err)
	}
	return t, nil
}

// open sets the temporary folder's permissions, opens it as a Root and writes
// the marker so that a leftover of this build is recognised later.
func (t *Tx) open() error {
	if err := os.Chmod(t.tmp, dirPerm); err != nil {
		return err
	}
	root, err := os.OpenRoot(t.tmp)
	if err != nil {
		return err
	}
	t.root = root
	if err := t.writeMarker(); err != nil {
		_ = root.Close()
		return err
	}
	return nil
}

// Commit completes the build: it writes the marker and swaps the temporary
// folder in as Out by renames. The previous limber output is removed; a
// foreign Out (allowed by Force) is renamed to "<base>.before-limber" (or
// "-2", "-3"...) and reported in Result.Backup. If Commit fails, the old
// output is put back and Abort removes the temporary folder.
func (t *Tx) Commit() (Result, error) {
	t.life.Lock()
	defer t.life.Unlock()
	if t.root == nil {
		return Result{}, errors.New("the build was already committed or aborted")
	}
	err := t.writeMarker()
	if cerr := t.root.Close(); err == nil {
		err = cerr
	}
	t.root = nil
	if err != nil {
		return Result{}, fmt.Errorf("cannot finish the build of %q: %v", t.display, err)
	}
	backup, err := t.swap()
	if err != nil {
		return Result{}, fmt.Errorf("cannot replace output folder %q: %v", t.display, err)
	}
	t.owned = false
	return Result{Out: t.out, Files: t.fileList(), Backup: backup}, nil
}

// swap moves the temporary folder into place as Out, moving the old Out out
// of the way first. Whether Out is foreign is checked again here, in case it
// changed during the build. It returns the backup folder of a foreign Out.
func (t *Tx) swap() (string, error) {
	foreign, err := isForeign(t.out)
	switch {
	case err != nil:
		return "", err
	case foreign && !t.force:
		return "", errors.New("it now holds files that limber did not write; add --force to move them aside")
	case foreign:
		backup, err := backupName(t.out)
		if err != nil {
			return "", err
		}
		return backup, t.swapVia(backup)
	}
	if err := os.Remove(t.out); err == nil || errors.Is(err, fs.ErrNotExist) {
		return "", os.Rename(t.tmp, t.out) // Out was missing or empty
	}
	old, err := oldName(t.out)
	if err != nil {
		return "", err
	}
	if err := t.swapVia(old); err != nil {
		return "", err
	}
	_ = os.RemoveAll(old) // if this fails, the next Begin removes it
	return "", nil
}

// swapVia renames Out to aside, then the temporary folder to Out. If the
// second rename fails, it puts the old Out back.
func (t *Tx) swapVia(aside string) error {
	if err := os.Rename(t.out, aside); err != nil {
		return err
	}
	if err := os.Rename(t.tmp, t.out); err != nil {
		if rerr := os.Rename(aside, t.out); rerr != nil {
			return fmt.Errorf("%v (and the old output is now at %q)", err, aside)
		}
		return err
	}
	return nil
}

// Abort removes the temporary folder, leaving Out as it was. It is safe to
// call after Commit, where it does nothing, and more than once.
func (t *Tx) Abort() error {
	t.life.Lock()
	defer t.life.Unlock()
	if t.root != nil {
		_ = t.root.Close()
		t.root = nil
	}
	if !t.owned {
		return nil
	}
	t.owned = false
	if err := os.RemoveAll(t.tmp); err != nil {
		return fmt.Errorf("cannot remove the temporary folder %q: %v", t.tmp, err)
	}
	return nil
}

// fileList returns the written files, sorted.
func (t *Tx) fileList() []string {
	t.mu.Lock()
	defer t.mu.Unlock()
	list := make([]string, 0, len(t.files))
	for f := range t.files {
		list = append(list, f)
	}
	sort.Strings(list)
	return list
}
