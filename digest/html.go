package digest

import (
	"html/template"
	"io"
)

// page is one self-contained HTML page: no external assets, inline CSS,
// sized for a phone as well as a desktop. html/template escapes every text;
// only web and mail addresses become links (see linkable), others are not
// shown, so none reaches html/template's "#ZgotmplZ".
var page = template.Must(template.New("digest").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body{margin:0;padding:1rem;font:1.0625rem/1.6 Georgia,"Times New Roman",serif;color:#1b1b1b;background:#fdfdfb}
main{max-width:40rem;margin:0 auto}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.25rem;line-height:1.3;margin:2rem 0 .5rem}
.summary{color:#555;font-size:.95rem}
.sources{font-size:.9rem;color:#444;padding-left:1.2rem}
.disagree{font-size:.9rem;color:#444;margin:.5rem 0 0}
a{color:#0b5394;overflow-wrap:anywhere}
</style>
</head>
<body>
<main>
<h1>{{.Title}}</h1>
<p class="summary">{{.Summary}}</p>
{{- range .Stories}}
<section>
<h2>{{.Title}}</h2>
<p>{{.Brief}}</p>
<ul class="sources">
{{- range .Sources}}
<li>{{if .Link}}<a href="{{.URL}}">{{.Name}}</a>{{else}}{{.Name}}{{end}}{{if .Published}}, {{.Published}}{{end}}: {{.Support}}</li>
{{- end}}
</ul>
{{- if .Disagreements}}
<p class="disagree">The versions disagree:</p>
<ul class="sources">
{{- range .Disagreements}}
<li>{{.}}</li>
{{- end}}
</ul>
{{- end}}
</section>
{{- end}}
</main>
</body>
</html>
`))

type htmlPage struct {
	Title, Summary string
	Stories        []htmlStory
}

type htmlStory struct {
	Title, Brief  string
	Sources       []htmlSource
	Disagreements []string
}

type htmlSource struct {
	Source
	Link    bool
	Support string
}

// WriteHTML writes the digest as one HTML page: the title, the summary
// line, then per story a section with a second-level heading, its brief as
// a paragraph, a list of its sources with their support counts and one of
// the figures the versions disagree on.
func (d *Digest) WriteHTML(w io.Writer) error {
	p := htmlPage{Title: oneLine(d.title()), Summary: oneLine(d.Summary())}
	for _, r := range d.Briefed() {
		st := htmlStory{Title: oneLine(r.Title), Brief: r.Brief.Text(), Disagreements: disagreements(r.Brief)}
		for _, s := range r.Sources() {
			s.Name, s.Published = oneLine(s.Name), oneLine(s.Published)
			st.Sources = append(st.Sources, htmlSource{s, linkable(s.URL), supportText(s.Supports, len(r.Brief.Sentences))})
		}
		p.Stories = append(p.Stories, st)
	}
	return page.Execute(w, p)
}
