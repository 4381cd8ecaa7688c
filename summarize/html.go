package summarize

import (
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// htmlPage is one self-contained page: no scripts, no external assets,
// inline CSS, readable on a 375-pixel phone (the paragraph wraps, the grid
// scrolls sideways inside its box with the sentence column held still).
// html/template escapes every text and attribute; there are no links but
// the page's own anchors.
var htmlPage = template.Must(template.New("brief").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
*{box-sizing:border-box}
body{margin:0;padding:1rem;font:1.0625rem/1.6 Georgia,"Times New Roman",serif;color:#1b1b1b;background:#fdfdfb}
main{max-width:80rem;margin:0 auto}
main>*{max-width:40rem;margin-left:auto;margin-right:auto}
h1{font-size:1.5rem;line-height:1.25;margin-top:.5rem;margin-bottom:.5rem}
h2{font-size:1.2rem;line-height:1.3;margin-top:2rem;margin-bottom:.5rem}
.about,.versions,.legend{font:.875rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#444}
.about{margin-top:0;margin-bottom:1rem}
.brief{overflow-wrap:break-word}
.brief sup{font:600 .7rem/0 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin-left:.1em}
a{color:#0b5394;text-decoration:none}
a:hover,a:focus{text-decoration:underline}
:target{background:#fff3b0}
a.disputed{color:inherit;background:#fdecd2;text-decoration:underline dotted #6b3a00;text-underline-offset:.2em}
.legend{list-style:none;padding:0;margin-top:0;margin-bottom:.75rem;display:flex;flex-wrap:wrap;gap:.125rem 1.25rem}
.legend b{display:inline-block;min-width:1.5rem;text-align:center;border:1px solid #d0d0d0;font-weight:normal}
main>.grid{--indent:max(0px,(100% - 40rem)/2);position:relative;overflow-x:auto;width:fit-content;max-width:calc(100% - var(--indent));margin:0 0 0 var(--indent);border:1px solid #d0d0d0;background:#fff}
.grid:focus{outline:2px solid #0b5394}
table{border-collapse:collapse;font:.8125rem/1.3 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif}
th,td{border:1px solid #e0e0e0;padding:.3rem .25rem}
thead th{vertical-align:bottom;font-weight:600}
thead th span{display:inline-block;writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;max-height:10rem;overflow:hidden;text-overflow:ellipsis}
tbody th{position:sticky;left:0;z-index:1;background:#fff;text-align:left;font-weight:normal;min-width:8rem;max-width:11rem}
tbody th a{font-weight:600;margin-right:.25rem}
td{text-align:center;min-width:1.75rem}
td>span[aria-hidden]{font-size:1rem}
td.src{background:#1f4e79;color:#fff}
td.yes{background:#dbe8f5;color:#1f4e79}
td.no{color:#9a9a9a}
tr.fig th{padding-left:1.1rem;font-style:italic}
tr.fig td{max-width:6.5rem}
tr.fig td>span[aria-hidden]{font-size:.75rem}
td.own{background:#dbe8f5}
td.other{background:#fde2b8;color:#6b3a00;font-weight:600}
td.none{color:#6a6a6a}
.legend .src{background:#1f4e79;color:#fff}
.legend .yes,.legend .own{background:#dbe8f5;color:#1f4e79}
.legend .other{background:#fde2b8;color:#6b3a00}
.versions{padding-left:1.5rem;overflow-wrap:anywhere}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
</style>
</head>
<body>
<main>
<h1>{{.Heading}}</h1>
<p class="about">{{.About}}</p>
<p class="brief">
{{- range $i, $s := .Sentences}}{{if $i}} {{end}}<span id="s{{$s.N}}">{{range .Parts}}{{if .Figure}}<a class="disputed" href="#f{{$s.N}}-{{.Figure}}" title="{{.Title}}">{{.Text}}<span class="vh"> (the versions disagree)</span></a>{{else}}{{.Text}}{{end}}{{end}}<sup><a href="#r{{$s.N}}" title="support of sentence {{$s.N}}">{{$s.N}}</a></sup></span>{{end -}}
</p>
<h2 id="support">Support</h2>
<ul class="legend">
<li><b class="src">◆</b> states it; the sentence is taken from this version</li>
<li><b class="yes">●</b> states it</li>
<li><b>·</b> does not state it</li>
{{- if .Figures}}
<li><b class="other">≠</b> gives another figure than the brief</li>
<li><b>–</b> states it without the figure</li>
{{- end}}
</ul>
<div class="grid" role="region" aria-labelledby="support" tabindex="0">
<table>
<caption class="vh">Which version states the fact of each sentence of the brief{{if .Figures}}, and the figure it gives where the versions disagree{{end}}</caption>
<thead>
<tr><th scope="col">Sentence</th>{{range .Versions}}<th scope="col" title="{{.Name}}"><span>{{.Name}}</span></th>{{end}}</tr>
</thead>
<tbody>
{{- range .Sentences}}
<tr id="r{{.N}}"><th scope="row"><a href="#s{{.N}}" title="sentence {{.N}} in the brief">{{.N}}</a> {{.Head}}</th>{{template "cells" .Cells}}</tr>
{{- range .Figures}}
<tr class="fig" id="f{{.N}}-{{.K}}"><th scope="row"><span class="vh">sentence {{.N}}, figure </span>{{.Figure}}</th>{{template "cells" .Cells}}</tr>
{{- end}}
{{- end}}
</tbody>
</table>
</div>
<h2>Versions</h2>
<ol class="versions">
{{- range .Versions}}
<li>{{.Name}}: {{.Stated}}; {{.Kept}}</li>
{{- end}}
</ol>
</main>
</body>
</html>
{{define "cells"}}{{range .}}<td class="{{.Class}}" title="{{.Title}}"><span aria-hidden="true">{{.Mark}}</span><span class="vh">{{.Says}}</span></td>{{end}}{{end}}`))

type htmlData struct {
	Title, Heading, About string
	Figures               int
	Versions              []htmlVersion
	Sentences             []htmlSentence
}

type htmlVersion struct{ Name, Stated, Kept string }

type htmlSentence struct {
	N       int
	Parts   []htmlPart
	Head    string
	Cells   []htmlCell
	Figures []htmlFigure
}

// htmlPart is a run of a sentence's text: a disputed figure, the
// Figure'th of the sentence, with a tooltip giving the values, or text
// between.
type htmlPart struct {
	Text, Title string
	Figure      int
}

// htmlFigure is the row of the K'th disputed figure of sentence N.
type htmlFigure struct {
	N, K   int
	Figure string
	Cells  []htmlCell
}

// htmlCell is one cell of the grid: its class (the colour), its mark (a
// symbol or a figure), what it says in words (for screen readers) and its
// tooltip (the version's name and that).
type htmlCell struct{ Class, Mark, Says, Title string }

// WriteHTML writes the brief as one HTML page: the paragraph, each
// sentence numbered and each disputed figure marked, then the support
// grid, a row per sentence and a column per version in input order, saying
// which versions state each fact, which one it is worded from and, below a
// sentence whose figures the versions give otherwise, the figure each
// version gives; then the versions with their counts.
func (b *Brief) WriteHTML(w io.Writer) error {
	names := make([]string, len(b.Documents))
	for d, doc := range b.Documents {
		names[d] = htmlLine(doc.Name)
	}
	p := htmlData{Heading: fmt.Sprintf("Brief of %s", plural(len(names), "version"))}
	figures, disputed := 0, 0
	stated, worded := make([]int, len(names)), make([]int, len(names))
	for i, s := range b.Sentences {
		text := htmlLine(s.Text)
		hs := htmlSentence{N: i + 1, Parts: disputedParts(text, s.Conflicts), Head: opening(text, 5)}
		for d, doc := range b.Documents {
			c := htmlCell{Class: "no", Mark: "·", Says: "does not state it"}
			switch {
			case doc.Name == s.Source:
				c = htmlCell{Class: "src", Mark: "◆", Says: "states it, in these words"}
				stated[d]++
				worded[d]++
			case slices.Contains(s.Support, doc.Name):
				c = htmlCell{Class: "yes", Mark: "●", Says: "states it"}
				stated[d]++
			}
			c.Title = names[d] + ": " + c.Says
			hs.Cells = append(hs.Cells, c)
		}
		for k, f := range s.Conflicts {
			hs.Figures = append(hs.Figures, htmlFigure{N: i + 1, K: k + 1, Figure: htmlLine(f.Figure), Cells: figureCells(b.Documents, names, s, f)})
		}
		if len(s.Conflicts) > 0 {
			disputed++
			figures += len(s.Conflicts)
		}
		p.Sentences = append(p.Sentences, hs)
	}
	for d, doc := range b.Documents {
		p.Versions = append(p.Versions, htmlVersion{
			Name:   names[d],
			Stated: fmt.Sprintf("states %d of the brief's %s, %d in its words", stated[d], plural(len(b.Sentences), "fact"), worded[d]),
			Kept:   fmt.Sprintf("kept %d of its %s", doc.Kept, plural(doc.Sentences, "sentence")),
		})
	}
	p.Figures = figures
	p.About = fmt.Sprintf("%s, %s, from %s.", plural(len(b.Sentences), "sentence"), plural(b.Words(), "word"), plural(len(names), "version"))
	switch {
	case figures == 1:
		p.About += " The versions disagree on one figure."
	case figures > 1:
		p.About += fmt.Sprintf(" The versions disagree on %d figures, in %s.", figures, plural(disputed, "sentence"))
	}
	p.Title = p.Heading
	if len(b.Sentences) > 0 {
		p.Title += ": " + opening(htmlLine(b.Sentences[0].Text), 10)
	}
	return htmlPage.Execute(w, p)
}

// disputedParts cuts text at its disputed figures, each where it first
// occurs after the one before (a sentence's conflicts are in text order);
// a figure not found is not marked.
func disputedParts(text string, cs []Conflict) []htmlPart {
	var parts []htmlPart
	rest := text
	for k, c := range cs {
		fig := htmlLine(c.Figure)
		at := strings.Index(rest, fig)
		if fig == "" || at < 0 {
			continue
		}
		values := make([]string, len(c.Values))
		for i, v := range c.Values {
			values[i] = htmlLine(v.Value)
		}
		if at > 0 {
			parts = append(parts, htmlPart{Text: rest[:at]})
		}
		parts = append(parts, htmlPart{Text: fig, Figure: k + 1, Title: "the versions disagree: " + strings.Join(values, " or ")})
		rest = rest[at+len(fig):]
	}
	if rest != "" {
		parts = append(parts, htmlPart{Text: rest})
	}
	return parts
}

// figureCells are the cells of the row below sentence s for its figure f:
// the value each version gives, marked when it is not the sentence's own.
func figureCells(docs []DocumentStats, names []string, s Selected, f Conflict) []htmlCell {
	own := ""
	if len(f.Values) > 0 {
		own = htmlLine(f.Values[0].Value)
	}
	cells := make([]htmlCell, len(docs))
	for d, doc := range docs {
		var gives []string
		other := false
		for i, v := range f.Values {
			if slices.Contains(v.Support, doc.Name) {
				gives = append(gives, htmlLine(v.Value))
				other = other || i > 0
			}
		}
		c := htmlCell{Class: "no", Mark: "·", Says: "does not state it"}
		switch {
		case other:
			c = htmlCell{Class: "other", Mark: "≠ " + strings.Join(gives, " or "),
				Says: "gives " + strings.Join(gives, " or ") + ", not " + own}
		case len(gives) > 0:
			c = htmlCell{Class: "own", Mark: gives[0], Says: "gives " + gives[0]}
		case slices.Contains(s.Support, doc.Name):
			c = htmlCell{Class: "none", Mark: "–", Says: "states it without the figure"}
		}
		c.Title = names[d] + ": " + c.Says
		cells[d] = c
	}
	return cells
}

// htmlLine is s on one line: runs of white space, control characters and
// invalid bytes become one space, so a name cannot break a line of the
// page or a tooltip.
func htmlLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r) || r == utf8.RuneError
	}), " ")
}

// opening is the first n words of s, with an ellipsis when there are more.
func opening(s string, n int) string {
	words := strings.Fields(s)
	if len(words) <= n {
		return s
	}
	return strings.Join(words[:n], " ") + "…"
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
