package summarize

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// defaultChromium is where Debian's chromium package puts the browser.
const defaultChromium = "/usr/bin/chromium"

// pageBackground is the body's background colour in htmlPage's style.
var pageBackground = color.RGBA{0xfd, 0xfd, 0xfb, 0xff}

// TestWriteHTMLInChromium renders pages in headless Chromium, when there
// is one ($BRIEF_CHROMIUM, else /usr/bin/chromium): crash-tolls, whose
// versions disagree on a figure, and a brief of twenty versions with long
// names. At a phone's width (375 px) and a desktop's (1280 px) the page
// must not be wider than the window (the grid scrolls inside its box on
// the phone, and fits whole on the desktop),
// the paragraph must wrap within it and no text may be set below 11 px;
// the screenshots must be of the window's size and hold text and the grid.
// BRIEF_SCREENSHOTS=DIR keeps the pages and screenshots there, to look at.
func TestWriteHTMLInChromium(t *testing.T) {
	bin := os.Getenv("BRIEF_CHROMIUM")
	if bin == "" {
		bin = defaultChromium
	}
	if _, err := os.Stat(bin); err != nil {
		t.Skipf("no Chromium at %s (install Debian's chromium package, or set BRIEF_CHROMIUM): the page is not rendered", bin)
	}
	t.Parallel()
	dir := t.TempDir()
	tolls := writePage(t, dir, "crash-tolls.html", mustSummarize(t, DefaultOptions(), readDocs(t, "../testdata/trust/crash-tolls")))
	twenty := writePage(t, dir, "twenty-versions.html", twentyVersions())
	if keep := os.Getenv("BRIEF_SCREENSHOTS"); keep != "" {
		for _, p := range []struct {
			name string
			page []byte
		}{{"crash-tolls.html", tolls}, {"twenty-versions.html", twenty}} {
			if err := os.WriteFile(filepath.Join(keep, p.name), p.page, 0o644); err != nil {
				t.Error(err)
			}
		}
	}

	// The layout, measured in frames of a phone's and a desktop's width.
	// The window of a headless Chromium is at least 500 px wide, so a
	// page is measured in a frame of its own, not in the window. The last
	// frame holds a page that is too wide, to show the probe sees it.
	frames := []probeFrame{
		{"crash-tolls", tolls, 375}, {"crash-tolls", tolls, 1280},
		{"twenty-versions", twenty, 375}, {"twenty-versions", twenty, 1280},
		{"too wide", []byte(`<!DOCTYPE html><p style="width:600px">wide</p>`), 375},
	}
	got := probeLayout(t, bin, dir, frames)
	for i, m := range got[:len(got)-1] {
		f := frames[i]
		t.Run(fmt.Sprintf("%s at %d px", f.name, f.width), func(t *testing.T) {
			if m.Viewport != f.width {
				t.Fatalf("frame %d px wide, want %d", m.Viewport, f.width)
			}
			if m.Page > m.Viewport || m.GridRight > float64(m.Viewport) || m.BriefRight > float64(m.Viewport) {
				t.Errorf("overflows the window: page %d px wide, grid's right edge at %.0f, paragraph's at %.0f, in %d px",
					m.Page, m.GridRight, m.BriefRight, m.Viewport)
			}
			if m.Sticky < -1 || m.Sticky > 2 {
				t.Errorf("the sentence column moves %.0f px when the grid scrolls", m.Sticky)
			}
			if m.MinFont < 11 {
				t.Errorf("text set in %.1f px", m.MinFont)
			}
			if m.BriefWidth > 700 {
				t.Errorf("paragraph %.0f px wide: lines too long to read", m.BriefWidth)
			}
			switch {
			case f.name == "twenty-versions" && f.width == 375 && m.Grid <= m.GridBox:
				t.Errorf("grid of twenty versions %d px wide in a %d px box: it should scroll", m.Grid, m.GridBox)
			case (f.name == "crash-tolls" || f.width == 1280) && m.Grid > m.GridBox:
				t.Errorf("grid %d px wide in a %d px box: it should fit", m.Grid, m.GridBox)
			}
		})
	}
	if m := got[len(got)-1]; m.Page <= m.Viewport {
		t.Errorf("the probe missed a page 600 px wide in a %d px frame: %+v", m.Viewport, m)
	}

	for _, s := range []struct {
		name          string
		width, height int
		grid          bool // the grid's dark cells are in sight
	}{
		{"crash-tolls", 375, 800, false},
		{"crash-tolls", 1280, 800, true},
		{"twenty-versions", 375, 1400, true},
	} {
		name := fmt.Sprintf("%s-%d.png", s.name, s.width)
		t.Run("screenshot "+name, func(t *testing.T) {
			img := screenshot(t, bin, dir, s.name+".html", s.width, s.height, name)
			if b := img.Bounds(); b.Dx() != s.width || b.Dy() != s.height {
				t.Fatalf("screenshot %dx%d, want %dx%d", b.Dx(), b.Dy(), s.width, s.height)
			}
			background, text, source := shares(img)
			t.Logf("background %.1f%%, dark %.2f%%, source blue %.2f%%", 100*background, 100*text, 100*source)
			if background < 0.5 || background > 0.97 {
				t.Errorf("%.1f%% of the screenshot is the page's background, want between 50%% and 97%%", 100*background)
			}
			if text < 0.01 {
				t.Errorf("%.2f%% of the screenshot is dark: no text drawn", 100*text)
			}
			if s.grid && source < 0.004 { // the legend's square alone is 0.2% at most
				t.Errorf("%.3f%% of the screenshot is the source cells' blue: no grid drawn", 100*source)
			}
		})
	}
}

// twentyVersions is a brief of twenty versions with long names: the
// grid a phone cannot show whole.
func twentyVersions() *Brief {
	outlets := []string{"the-evening-chronicle-online", "wire", "harbour-radio-news", "the-daily-record", "city-herald"}
	b := &Brief{}
	for i := range 20 {
		b.Documents = append(b.Documents, DocumentStats{Name: fmt.Sprintf("%02d_%s.html", i+1, outlets[i%len(outlets)]), Sentences: 20 + i, Kept: 10 + i})
	}
	name := func(i int) string { return b.Documents[i].Name }
	texts := []string{
		"The harbour authority closed the Kestrel Bridge on Monday for six weeks of repairs to its suspension cables, officials said.",
		"About 31,000 vehicles cross the bridge each day, according to the authority.",
		"A survey in January found corrosion on four of the main cables.",
		"Ferries will run every twenty minutes while the bridge is closed.",
		"Local shops fear losing trade during the busiest weeks of the spring.",
		"The repairs will cost $4.2 million, paid from the regional roads budget.",
	}
	for s, text := range texts {
		sel := Selected{Text: text, Source: name((s * 7) % 20)}
		for d := range 20 {
			if (d+s)%(s+2) == 0 || name(d) == sel.Source {
				sel.Support = append(sel.Support, name(d))
			}
		}
		b.Sentences = append(b.Sentences, sel)
	}
	for _, d := range []int{3, 7, 11} {
		if !slices.Contains(b.Sentences[1].Support, name(d)) {
			b.Sentences[1].Support = append(b.Sentences[1].Support, name(d))
		}
	}
	slices.SortFunc(b.Sentences[1].Support, strings.Compare)
	b.Sentences[1].Conflicts = []Conflict{{Figure: "31,000 vehicles", Values: []Value{
		{Value: "About 31,000 vehicles", Support: []string{name(7)}},
		{Value: "more than 40,000 vehicles", Support: []string{name(3), name(11)}},
	}}}
	return b
}

func writePage(t *testing.T, dir, name string, b *Brief) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := b.WriteHTML(&buf); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// probeFrame is a page to lay out in a frame width pixels wide.
type probeFrame struct {
	name  string
	page  []byte
	width int
}

// frameLayout is what the probe measures in one frame, in CSS pixels.
type frameLayout struct {
	Viewport   int     `json:"viewport"`   // the frame's width
	Page       int     `json:"page"`       // the page's width: more than Viewport when it overflows
	Grid       int     `json:"grid"`       // the grid's width, scrolled or not
	GridBox    int     `json:"gridBox"`    // the width of its box
	GridRight  float64 `json:"gridRight"`  // where the box ends
	BriefRight float64 `json:"briefRight"` // where the paragraph ends
	BriefWidth float64 `json:"briefWidth"` // the paragraph's width
	MinFont    float64 `json:"minFont"`    // the smallest font size of any text shown
	Sticky     float64 `json:"sticky"`     // how far the first row's header moves when the grid scrolls 100 px
}

// probeScript measures each frame once the pages have loaded and writes
// the measures, as JSON, on the outer page's root element, where
// --dump-dom shows them. Text in .vh (there for screen readers) is not
// shown, so its size does not count.
const probeScript = `<script>
window.addEventListener("load", function () {
  var out = [];
  document.querySelectorAll("iframe").forEach(function (f) {
    var w = f.contentWindow, d = w.document, de = d.documentElement;
    var g = d.querySelector(".grid"), p = d.querySelector(".brief");
    var box = function (e) { return e ? e.getBoundingClientRect() : {right: 0, width: 0}; };
    var min = 1000;
    d.querySelectorAll("body *").forEach(function (e) {
      if (e.closest(".vh")) return;
      for (var c = e.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 3 && c.data.trim() !== "") {
          min = Math.min(min, parseFloat(w.getComputedStyle(e).fontSize));
          break;
        }
      }
    });
    // The sentence column stays put when the grid is scrolled sideways.
    var sticky = 0, th = d.querySelector("tbody th");
    if (g && th) {
      g.scrollLeft = 100;
      sticky = th.getBoundingClientRect().left - g.getBoundingClientRect().left;
      g.scrollLeft = 0;
    }
    out.push({viewport: w.innerWidth, sticky: sticky, page: de.scrollWidth,
      grid: g ? g.scrollWidth : 0, gridBox: g ? g.clientWidth : 0,
      gridRight: box(g).right, briefRight: box(p).right, briefWidth: box(p).width, minFont: min});
  });
  document.documentElement.setAttribute("data-layout", JSON.stringify(out));
});
</script>`

// probeLayout lays out each page in a frame of its width, all in one
// Chromium, and returns the measures.
func probeLayout(t *testing.T, bin, dir string, frames []probeFrame) []frameLayout {
	t.Helper()
	var outer strings.Builder
	outer.WriteString("<!DOCTYPE html><html><body style=\"margin:0\">\n")
	for _, f := range frames {
		// Tall enough that no page needs a vertical scroll bar, which
		// would take its width from the page.
		fmt.Fprintf(&outer, "<iframe width=\"%d\" height=\"8000\" style=\"border:0;display:block\" srcdoc=\"%s\"></iframe>\n", f.width, html.EscapeString(string(f.page)))
	}
	outer.WriteString(probeScript + "\n</body></html>\n")
	probe := filepath.Join(dir, "probe.html")
	if err := os.WriteFile(probe, []byte(outer.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	dom := runChromium(t, bin, dir, "--window-size=1400,800", "--dump-dom", "file://"+probe)
	doc, err := html.Parse(bytes.NewReader(dom))
	if err != nil {
		t.Fatal(err)
	}
	var got []frameLayout
	if root := domFind(doc, atom.Html); len(root) == 0 || json.Unmarshal([]byte(domAttr(root[0], "data-layout")), &got) != nil || len(got) != len(frames) {
		t.Fatalf("the probe measured nothing; Chromium's DOM:\n%.2000s", dom)
	}
	return got
}

// screenshot renders dir/page in a window width×height and decodes the
// PNG; with BRIEF_SCREENSHOTS set it keeps the PNG there as name.
func screenshot(t *testing.T, bin, dir, page string, width, height int, name string) image.Image {
	t.Helper()
	out := filepath.Join(dir, name)
	runChromium(t, bin, dir, fmt.Sprintf("--window-size=%d,%d", width, height), "--screenshot="+out, "file://"+filepath.Join(dir, page))
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	if keep := os.Getenv("BRIEF_SCREENSHOTS"); keep != "" {
		if err := os.WriteFile(filepath.Join(keep, name), data, 0o644); err != nil {
			t.Error(err)
		}
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// runChromium runs a headless Chromium of its own profile, with nothing
// fetched from the network, and returns what it printed. Its output goes
// to files, not pipes, so that a helper process it leaves behind cannot
// hold the test up.
func runChromium(t *testing.T, bin, dir string, args ...string) []byte {
	t.Helper()
	profile, err := os.MkdirTemp("", "brief-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(profile)
	stdout, err := os.CreateTemp(dir, "stdout-")
	if err != nil {
		t.Fatal(err)
	}
	defer stdout.Close()
	stderr, err := os.CreateTemp(dir, "stderr-")
	if err != nil {
		t.Fatal(err)
	}
	defer stderr.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--force-device-scale-factor=1", "--hide-scrollbars", "--user-data-dir=" + profile}, args...)...)
	cmd.Stdout, cmd.Stderr = stdout, stderr
	if err := cmd.Run(); err != nil {
		msg, _ := os.ReadFile(stderr.Name())
		t.Fatalf("%s %s: %v\n%.4000s", bin, strings.Join(args, " "), err, msg)
	}
	out, err := os.ReadFile(stdout.Name())
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// shares returns the shares of img's pixels that are the page's
// background, that are dark (text), and that are the source cells' blue.
func shares(img image.Image) (background, dark, source float64) {
	b := img.Bounds()
	var nb, nd, ns int
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
			switch {
			case near(c, pageBackground, 4):
				nb++
			case near(c, color.RGBA{0x1f, 0x4e, 0x79, 0xff}, 4):
				ns++
			case int(c.R)+int(c.G)+int(c.B) < 3*100:
				nd++
			}
		}
	}
	n := float64(b.Dx() * b.Dy())
	return float64(nb) / n, float64(nd) / n, float64(ns) / n
}

func near(a, b color.RGBA, d int) bool {
	diff := func(x, y uint8) int { return max(int(x)-int(y), int(y)-int(x)) }
	return diff(a.R, b.R) <= d && diff(a.G, b.G) <= d && diff(a.B, b.B) <= d
}
