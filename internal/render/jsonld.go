package render

import (
	"encoding/json"
	"fmt"
	"html/template"
	"net/url"
	"strings"
	"time"

	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/dosage"
	"github.com/limber/limber/internal/lang"
	"github.com/limber/limber/internal/site"
)

// The JSON-LD of a page is built from these structs, never from maps, so that
// its keys always come out in the same order. Empty fields are left out:
// structured data says only what the content says.

// ldPage is a schema.org MedicalWebPage.
type ldPage struct {
	Context         string    `json:"@context"`
	Type            string    `json:"@type"`
	Name            string    `json:"name"`
	Description     string    `json:"description,omitempty"`
	URL             string    `json:"url,omitempty"`
	InLanguage      string    `json:"inLanguage,omitempty"`
	IsPartOf        *ldSite   `json:"isPartOf,omitempty"`
	Publisher       *ldOrg    `json:"publisher,omitempty"`
	MedicalAudience *ldThing  `json:"medicalAudience,omitempty"`
	Author          *ldThing  `json:"author,omitempty"`
	ReviewedBy      *ldThing  `json:"reviewedBy,omitempty"`
	LastReviewed    string    `json:"lastReviewed,omitempty"`
	DateModified    string    `json:"dateModified,omitempty"`
	MainEntity      any       `json:"mainEntity,omitempty"` // *ldPlan or *ldThing
	Citation        []ldThing `json:"citation,omitempty"`
}

// ldThing is any schema.org thing known by its type, name, summary and URL:
// a person, a MedicalCondition, a cited work, the Patient audience.
type ldThing struct {
	Type        string `json:"@type"`
	Name        string `json:"name,omitempty"`
	Description string `json:"description,omitempty"`
	URL         string `json:"url,omitempty"`
}

// ldSite is the WebSite a page is part of.
type ldSite struct {
	Type string `json:"@type"`
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

// ldOrg is the clinic that publishes the site.
type ldOrg struct {
	Type      string `json:"@type"`
	Name      string `json:"name"`
	Telephone string `json:"telephone,omitempty"`
	Address   string `json:"address,omitempty"`
	Logo      string `json:"logo,omitempty"`
}

// ldPlan is a schema.org ExercisePlan: a stretch with its dose, or a routine
// with its stretches as parts.
type ldPlan struct {
	Type               string   `json:"@type"`
	Name               string   `json:"name"`
	Description        string   `json:"description,omitempty"`
	URL                string   `json:"url,omitempty"`
	Image              []string `json:"image,omitempty"`
	ExerciseType       string   `json:"exerciseType,omitempty"`
	ActivityFrequency  string   `json:"activityFrequency,omitempty"`
	ActivityDuration   string   `json:"activityDuration,omitempty"`
	Repetitions        int      `json:"repetitions,omitempty"`
	AdditionalVariable string   `json:"additionalVariable,omitempty"` // the dose sentence
	HasPart            []ldPlan `json:"hasPart,omitempty"`
}

// JSONLD returns the page's structured data, a schema.org MedicalWebPage in
// JSON-LD, for a <script type="application/ld+json"> element; "" on the
// page for a missing path. encoding/json escapes <, > and & (and U+2028 and
// U+2029), so no text from the content can end the script element.
func (d *Data) JSONLD() (template.JS, error) {
	if d.Page.CanonicalPage() == nil { // 404.html, which is served at any address
		return "", nil
	}
	b, err := json.Marshal(d.structuredData())
	if err != nil {
		return "", fmt.Errorf("structured data of %s: %w", d.Page.URL, err)
	}
	return template.JS(b), nil
}

// structuredData builds the MedicalWebPage of the page being rendered.
func (d *Data) structuredData() *ldPage {
	cfg := d.Site.Config
	pg := &ldPage{
		Context: "https://schema.org", Type: "MedicalWebPage",
		Name: d.Page.Title, Description: d.Page.Summary, URL: d.Canonical(), InLanguage: d.Lang(),
		IsPartOf:        &ldSite{Type: "WebSite", Name: cfg.Title, URL: d.Site.BaseURL},
		Publisher:       d.publisher(),
		MedicalAudience: &ldThing{Type: "Patient"}, // limber's pages are written for patients
	}
	switch {
	case d.Stretch != nil:
		pg.MainEntity, pg.Citation = d.ldStretch(d.Stretch), ldCitations(d.Stretch.References)
	case d.Routine != nil:
		pg.MainEntity = d.ldRoutine(d.Routine)
		pg.reviewed(d.Routine)
	case d.Sheet != nil:
		pg.reviewed(d.Sheet.Routine)
	case d.Condition != nil:
		pg.MainEntity = &ldThing{Type: "MedicalCondition", Name: d.Condition.Title,
			Description: d.Condition.Summary, URL: pg.URL}
	case d.Article != nil:
		a := d.Article
		pg.Author, pg.ReviewedBy = person(a.Author), person(a.ReviewedBy)
		pg.DateModified, pg.Citation = a.Updated, ldCitations(a.References)
	}
	return pg
}

// publisher is the clinic named in limber.yaml, or nil.
func (d *Data) publisher() *ldOrg {
	c := d.Site.Config.Clinic
	if c.Name == "" {
		return nil
	}
	org := &ldOrg{Type: "MedicalOrganization", Name: c.Name, Telephone: c.Phone, Address: c.Address}
	if c.Logo != "" {
		org.Logo = d.absolute(d.Site.FileURL(c.Logo))
	}
	return org
}

// reviewed sets the date and reviewer of a routine's last clinical review.
func (pg *ldPage) reviewed(r *site.Routine) {
	pg.LastReviewed, pg.ReviewedBy = r.Updated, person(r.ReviewedBy)
}

// person is a Person named as the content wrote it, credentials included
// ("Sam Okafor, PT"), or nil for "".
func person(name string) *ldThing {
	if name == "" {
		return nil
	}
	return &ldThing{Type: "Person", Name: name}
}

// ldStretch is the ExercisePlan of a stretch page, with its own dose.
func (d *Data) ldStretch(st *site.Stretch) *ldPlan {
	plan := d.ldDose(st, st.Dose, st.Dosage)
	plan.Description = st.Summary
	for _, img := range st.Images {
		if u := d.absolute(img.URL); u != "" {
			plan.Image = append(plan.Image, u)
		}
	}
	return plan
}

// ldRoutine is the ExercisePlan of a routine: how often and how long, with
// each stretch, at the routine's dose, as a part.
func (d *Data) ldRoutine(r *site.Routine) *ldPlan {
	plan := &ldPlan{Type: "ExercisePlan", Name: r.Title, Description: r.Summary,
		URL: d.Site.AbsURL(&r.Page), ActivityFrequency: r.Frequency}
	// A duration written like a hold time ("10 minutes") is known exactly;
	// free text such as "about 10 minutes" is left out.
	if t, err := dosage.ParseDuration(r.Duration); err == nil {
		plan.ActivityDuration = isoDuration(t)
	}
	for _, it := range r.Items {
		plan.HasPart = append(plan.HasPart, *d.ldDose(it.Stretch, it.Dose, it.Dosage))
	}
	return plan
}

// ldDose is the ExercisePlan of one stretch at dose: the hold time of a
// static or PNF stretch as activityDuration, the reps as repetitions, and
// the dose sentence, which also says the sets and sides.
func (d *Data) ldDose(st *site.Stretch, dose dosage.Dose, sentence string) *ldPlan {
	plan := &ldPlan{Type: "ExercisePlan", Name: st.Title, URL: d.Site.AbsURL(&st.Page),
		ExerciseType: exerciseType(d.table(), dose.Kind), Repetitions: dose.Reps, AdditionalVariable: sentence}
	if dose.Kind.NeedsHold() && dose.Hold > 0 {
		plan.ActivityDuration = isoDuration(dose.Hold)
	}
	return plan
}

// exerciseType names a kind of stretch in the words of w: "Static
// stretching", "PNF stretching" (strings exercise.<kind>).
func exerciseType(w *lang.Table, k dosage.Kind) string {
	if key := "exercise." + string(k); w.Has(key) {
		return w.MustT(key)
	}
	return site.Humanize(string(k))
}

// isoDuration writes t as an ISO 8601 duration in whole seconds: PT30S,
// PT1M30S, PT1H.
func isoDuration(t time.Duration) string {
	secs := int(t / time.Second)
	var b strings.Builder
	b.WriteString("PT")
	for _, u := range []struct {
		n    int
		unit string
	}{{secs / 3600, "H"}, {secs / 60 % 60, "M"}, {secs % 60, "S"}} {
		if u.n > 0 {
			fmt.Fprintf(&b, "%d%s", u.n, u.unit)
		}
	}
	if secs <= 0 {
		b.WriteString("0S")
	}
	return b.String()
}

// ldCitations lists references as works the page cites: a ScholarlyArticle
// when the address is a DOI or a PubMed record, else a CreativeWork.
func ldCitations(refs []content.Reference) []ldThing {
	var out []ldThing
	for _, r := range refs {
		out = append(out, ldThing{Type: citationType(r.URL), Name: r.Title, URL: r.URL})
	}
	return out
}

func citationType(link string) string {
	u, err := url.Parse(link)
	if err != nil {
		return "CreativeWork"
	}
	switch strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.") {
	case "doi.org", "dx.doi.org", "pubmed.ncbi.nlm.nih.gov":
		return "ScholarlyArticle"
	}
	return "CreativeWork"
}
