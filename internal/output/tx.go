package output

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"
)

// Options says where a build goes. Site is the site folder and Out the output
// folder; relative paths are taken from the working directory. Force allows
// replacing an Out that holds files limber did not write: they are moved
// aside to a backup folder, never deleted. Force does not apply to an Out
// outside the site folder that has no marker, nor to the places Check
// refuses.
type Options struct {
	Site, Out string
	Force     bool

	wait     time.Duration // for another build's lock; 0 means lockWait
	portable bool          // write through os.Root alone and swap by two renames, as where openat2 and renameat2 are missing (for tests)
}

// lockWait is how long Begin waits for another build of the same output.
const lockWait = 10 * time.Second

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
	site     string // absolute, resolved site folder
	out      string // absolute, resolved output folder
	tmp      string // the temporary folder the build is written into
	force    bool   // a foreign Out may be moved aside to a backup
	portable bool   // swap by two renames even where one exchange would do
	display  string // Out as the caller gave it, for messages

	life  sync.RWMutex // read-held by writes, held by Commit and Abort
	root  *os.Root     // nil once Commit or Abort has closed it
	fast  *beneath     // Linux's openat2 writer over root's folder, or nil
	owned bool         // tmp still exists and is ours to remove
	lock  *os.File     // the held lock file; nil once released

	mu    sync.Mutex
	files map[string]bool
	dirs  map[string]bool
}

// Begin checks the output folder with Check and starts a build: it creates
// Out's parent folders if needed, takes the lock that keeps other builds of
// the same Out waiting until this one commits or aborts, recovers from and
// removes the leftovers of earlier interrupted builds, and creates a fresh
// temporary folder beside Out. It refuses an Out that holds anything limber
// did not write (see Commit), unless opts.Force is set.
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
	held, err := takeLock(out, opts)
	if err != nil {
		return nil, err
	}
	t, err := start(out, opts)
	if err != nil {
		_ = held.Close()
		return nil, err
	}
	t.lock = held
	return t, nil
}

// takeLock takes out's lock, waiting for another build for up to opts.wait.
func takeLock(out string, opts Options) (*os.File, error) {
	wait := opts.wait
	if wait == 0 {
		wait = lockWait
	}
	held, err := lock(out, wait)
	if errors.Is(err, errBusy) {
		return nil, fmt.Errorf("another limber build is writing %q; try again when it has finished", opts.Out)
	}
	if err != nil {
		return nil, fmt.Errorf("cannot lock output folder %q against other builds: %v", opts.Out, err)
	}
	return held, nil
}

// start, with the lock held, tidies up after earlier builds, checks that
// Out may be replaced, and creates the temporary folder with its marker,
// opened as a Root.
func start(out string, opts Options) (*Tx, error) {
	if err := tidy(out); err != nil {
		return nil, fmt.Errorf("cannot clean up after an earlier build of %q: %v", opts.Out, err)
	}
	site, err := resolve(opts.Site)
	if err != nil {
		return nil, fmt.Errorf("cannot find the site folder %q: %v", opts.Site, err)
	}
	if _, err := aside(site, out, opts.Out, opts.Force); err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(out), sibling(out, newTag)+"*")
	if err != nil {
		return nil, fmt.Errorf("cannot create a temporary folder beside %q: %v", opts.Out, err)
	}
	t := &Tx{site: site, out: out, tmp: tmp, force: opts.Force, portable: opts.portable, display: opts.Out, owned: true,
		files: map[string]bool{}, dirs: map[string]bool{".": true}}
	if err := t.open(!opts.portable); err != nil {
		_ = os.RemoveAll(tmp)
		return nil, fmt.Errorf("cannot prepare a temporary folder beside %q: %v", opts.Out, err)
	}
	return t, nil
}

// aside decides where the current Out goes when it is replaced: nowhere
// ("") when it is missing, empty, or limber's own output holding only the
// files its marker lists. When it holds anything else, that was put there by
// someone else: with force, aside returns a free backup name to move Out to,
// and without, an error naming what it found. A folder outside the site
// folder without limber's marker is never moved aside (see outsideProblem).
func aside(site, out, display string, force bool) (string, error) {
	found, err := strangers(out)
	if err != nil {
		return "", fmt.Errorf("cannot read output folder %q: %v", display, err)
	}
	if len(found) == 0 {
		return "", nil
	}
	if msg := outsideProblem(site, out); msg != "" {
		return "", fmt.Errorf("output folder %q %s", display, msg)
	}
	backup, err := backupName(out)
	if err != nil {
		return "", err
	}
	if !force {
		return "", strangersError(display, backup, found)
	}
	return backup, nil
}

// open sets the temporary folder's permissions, opens it as a Root and writes
// the marker so that a leftover of this build is recognised later. With
// fast, files are written with openat2 where the system has it.
func (t *Tx) open(fast bool) error {
	if err := os.Chmod(t.tmp, dirPerm); err != nil {
		return err
	}
	root, err := os.OpenRoot(t.tmp)
	if err != nil {
		return err
	}
	t.root = root
	if err := t.writeMarker(nil); err != nil {
		t.closeRoot()
		return err
	}
	if !fast {
		return nil
	}
	if b, err := openBeneath(t.tmp); err == nil {
		t.fast = b
	}
	return nil
}

// closeRoot closes the build folder's Root and fast writer.
func (t *Tx) closeRoot() error {
	if t.fast != nil {
		t.fast.close()
		t.fast = nil
	}
	err := t.root.Close()
	t.root = nil
	return err
}

// Commit completes the build: it writes the marker, listing the files
// written, and swaps the temporary folder in as Out by renames, then releases
// the lock. The previous limber output is removed. An Out holding anything
// its marker does not list (such as a .git folder put into it), or no marker
// at all, is refused unless Force is set, and then renamed whole to
// "<base>.before-limber" (or "-2", "-3"...) and reported in Result.Backup,
// never deleted. If Commit fails, the old output is put back and Abort
// removes the temporary folder.
func (t *Tx) Commit() (Result, error) {
	t.life.Lock()
	defer t.life.Unlock()
	if t.root == nil {
		return Result{}, errors.New("the build was already committed or aborted")
	}
	files := t.fileList()
	err := t.finalMarker(files)
	if cerr := t.closeRoot(); err == nil {
		err = cerr
	}
	if err != nil {
		return Result{}, fmt.Errorf("cannot finish the build of %q: %v", t.display, err)
	}
	backup, err := aside(t.site, t.out, t.display, t.force) // again: Out may have changed during the build
	if err != nil {
		return Result{}, err
	}
	if err := t.swap(backup); err != nil {
		return Result{}, fmt.Errorf("cannot replace output folder %q: %v", t.display, err)
	}
	t.owned = false
	t.unlock()
	return Result{Out: t.out, Files: files, Backup: backup}, nil
}

// swap moves the temporary folder into place as Out. A foreign Out goes to
// backup first (see swapVia). Otherwise one rename does it when Out is
// missing or an empty folder, and when Out holds limber's previous output,
// replace exchanges the two; the old output, now beside Out and still
// marked, is then discarded (or, if that is cut short, tidied by the next
// build).
func (t *Tx) swap(backup string) error {
	if backup != "" {
		return t.swapVia(backup)
	}
	err := moveIn(t.tmp, t.out)
	if !errors.Is(err, errOccupied) {
		return err
	}
	var old string
	if t.portable {
		old, err = replaceByRenames(t.tmp, t.out)
	} else {
		old, err = replace(t.tmp, t.out)
	}
	if err != nil {
		return err
	}
	_ = discard(t.out, old)
	return nil
}

// swapVia renames Out to aside, then the temporary folder to Out. At every
// instant the folder that was Out is at Out or at aside, and a build stopped
// between the two renames leaves a complete build that the next build's
// tidy moves in (see restore). If the second rename fails, it puts the old
// Out back.
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

// Abort removes the temporary folder, leaving Out as it was, and releases
// the lock. It is safe to call after Commit, where it does nothing, and more
// than once.
func (t *Tx) Abort() error {
	t.life.Lock()
	defer t.life.Unlock()
	defer t.unlock()
	if t.root != nil {
		_ = t.closeRoot()
	}
	if !t.owned {
		return nil
	}
	t.owned = false
	if err := discard(t.out, t.tmp); err != nil {
		return fmt.Errorf("cannot remove the temporary folder %q: %v", t.tmp, err)
	}
	return nil
}

// unlock releases the lock on Out, if still held. The lock file stays.
func (t *Tx) unlock() {
	if t.lock != nil {
		_ = t.lock.Close()
		t.lock = nil
	}
}

// lockName returns the path of out's lock file, ".<base>.limber-lock".
func lockName(out string) string {
	return filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+lockSuffix)
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
