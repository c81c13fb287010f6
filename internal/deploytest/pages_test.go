package deploytest

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"

	"github.com/limber/limber/internal/sample"
)

// workflow is the part of a GitHub Actions workflow that the Pages deploy
// uses. Decoding is strict: a key this type does not know (a typo GitHub
// might reject only when the workflow runs) fails the test.
type workflow struct {
	Name string
	On   struct {
		Push struct {
			Branches []string
		}
		WorkflowDispatch any `yaml:"workflow_dispatch"`
	} `yaml:"on"`
	Permissions map[string]string
	Concurrency struct {
		Group            string
		CancelInProgress bool `yaml:"cancel-in-progress"`
	}
	Jobs map[string]job
}

type job struct {
	Needs       string
	RunsOn      string `yaml:"runs-on"`
	Environment struct{ Name, URL string }
	Steps       []step
}

type step struct {
	Name, ID, Uses, Run string
	With                map[string]string
	Env                 map[string]string
}

// readPagesWorkflow reads .github/workflows/pages.yml.
func readPagesWorkflow(t *testing.T) workflow {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(sample.Dir(), ".github", "workflows", "pages.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var w workflow
	if err := yaml.UnmarshalWithOptions(data, &w, yaml.Strict()); err != nil {
		t.Fatalf(".github/workflows/pages.yml:\n%v", err)
	}
	return w
}

// TestPagesWorkflowTriggers checks when the workflow runs and what it may
// do: on a push to main or by hand, one deploy at a time, with only the
// permissions a Pages deploy needs.
func TestPagesWorkflowTriggers(t *testing.T) {
	w := readPagesWorkflow(t)
	if strings.Join(w.On.Push.Branches, ",") != "main" {
		t.Errorf("on.push.branches = %v, want [main], this repository's branch", w.On.Push.Branches)
	}
	want := map[string]string{"contents": "read", "pages": "write", "id-token": "write"}
	if len(w.Permissions) != len(want) {
		t.Errorf("permissions = %v, want exactly %v", w.Permissions, want)
	}
	for _, k := range sortedKeys(want) {
		if w.Permissions[k] != want[k] {
			t.Errorf("permissions.%s = %q, want %q", k, w.Permissions[k], want[k])
		}
	}
	if w.Concurrency.Group == "" || w.Concurrency.CancelInProgress {
		t.Errorf("concurrency = %+v, want a group, without cancelling a deploy under way", w.Concurrency)
	}
}

// TestPagesWorkflowBuild checks the build job: the official actions in
// order, pinned to a major version, Go from go.mod, and make site built for
// the address configure-pages gives, uploaded from the folder Netlify
// publishes too.
func TestPagesWorkflowBuild(t *testing.T) {
	steps := readPagesWorkflow(t).Jobs["build"].Steps
	wantUses := []string{"actions/checkout", "actions/setup-go", "actions/configure-pages", "", "actions/upload-pages-artifact"}
	if len(steps) != len(wantUses) {
		t.Fatalf("build has %d steps, want %d: checkout, setup-go, configure-pages, make site, upload-pages-artifact", len(steps), len(wantUses))
	}
	for i, want := range wantUses {
		if got, _, _ := strings.Cut(steps[i].Uses, "@"); got != want {
			t.Errorf("build step %d uses %q, want %q", i+1, steps[i].Uses, want)
		}
	}
	if got := steps[1].With["go-version-file"]; got != "go.mod" {
		t.Errorf("setup-go go-version-file = %q, want go.mod", got)
	}
	if got, want := steps[3].Env["BASE_URL"], "${{ steps."+steps[2].ID+".outputs.base_url }}"; steps[2].ID == "" || got != want {
		t.Errorf("make site step: env BASE_URL = %q, want %q (configure-pages needs an id)", got, want)
	}
	out := dryRun(t, steps[3].Run, []string{"BASE_URL=https://octocat.github.io/clinic"})
	if want := "./bin/limber build --site . --base-url 'https://octocat.github.io/clinic'"; !strings.Contains(out, want) {
		t.Errorf("run %q runs:\n%s\nwant a line %s", steps[3].Run, out, want)
	}
	if got, want := steps[4].With["path"], readNetlify(t).Build.Publish; got != want {
		t.Errorf("upload-pages-artifact path = %q, want %q, the folder make site writes", got, want)
	}
}

// TestPagesWorkflowDeploy checks the deploy job: after the build, in the
// github-pages environment, with deploy-pages and its page_url.
func TestPagesWorkflowDeploy(t *testing.T) {
	d := readPagesWorkflow(t).Jobs["deploy"]
	if d.Needs != "build" || d.Environment.Name != "github-pages" || len(d.Steps) != 1 {
		t.Fatalf("deploy job = needs %q, environment %q, %d steps; want needs build, environment github-pages, one step", d.Needs, d.Environment.Name, len(d.Steps))
	}
	s := d.Steps[0]
	if got, _, _ := strings.Cut(s.Uses, "@"); got != "actions/deploy-pages" || s.ID == "" {
		t.Errorf("deploy step uses %q with id %q, want actions/deploy-pages with an id", s.Uses, s.ID)
	}
	if want := "${{ steps." + s.ID + ".outputs.page_url }}"; d.Environment.URL != want {
		t.Errorf("environment url = %q, want %q", d.Environment.URL, want)
	}
}

// TestPagesWorkflowPins checks that every action is pinned to a major
// version, and not to one older than those the Pages service still
// accepts (artifact actions before these stopped working in 2024) or than
// the one that reads go.mod's toolchain.
func TestPagesWorkflowPins(t *testing.T) {
	minMajor := map[string]int{
		"actions/checkout": 4, "actions/setup-go": 5, "actions/configure-pages": 5,
		"actions/upload-pages-artifact": 3, "actions/deploy-pages": 4,
	}
	pin := regexp.MustCompile(`^([\w.-]+/[\w.-]+)@v(\d+)$`)
	for name, j := range readPagesWorkflow(t).Jobs {
		for _, s := range j.Steps {
			if s.Uses == "" {
				continue
			}
			m := pin.FindStringSubmatch(s.Uses)
			if m == nil {
				t.Errorf("job %s: uses %q, want owner/action@vN", name, s.Uses)
				continue
			}
			major, _ := strconv.Atoi(m[2])
			if least, known := minMajor[m[1]]; !known || major < least {
				t.Errorf("job %s: uses %q, want one of the official actions at v%d or later", name, s.Uses, least)
			}
		}
	}
}
