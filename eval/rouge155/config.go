package rouge155

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Config is what ROUGE-1.5.5 reads from its XML configuration (readEvals)
// or from a -z file list (readFileList).
type Config struct {
	Evals   []*Eval         // in the order of their first appearance
	PeerIDs map[string]bool // every peer ID named (ROUGEPeerIDTable)
	byID    map[string]*Eval
	// List is set for a -z file list: its paths are used as they are,
	// with no root before them.
	List bool
	// XML is set for an XML configuration: its IDs and paths are text,
	// which Perl prints as Latin-1 when it can (see perlOutput).
	XML bool
}

// Eval is one <EVAL> (or one line of a file list).
type Eval struct {
	ID                  string
	PeerRoot, ModelRoot *string // nil when not given
	Format              *string
	Peers               map[string]string // peer ID -> file
	Models              []string          // model IDs, in order, repeats kept
	ModelFiles          map[string]string
}

func newConfig() *Config {
	return &Config{PeerIDs: make(map[string]bool), byID: make(map[string]*Eval)}
}

// eval returns the Eval of id, creating it.
func (c *Config) eval(id string) *Eval {
	e, ok := c.byID[id]
	if !ok {
		e = &Eval{ID: id, Peers: make(map[string]string), ModelFiles: make(map[string]string)}
		c.byID[id] = e
		c.Evals = append(c.Evals, e)
	}
	return e
}

// PeerPath returns the path of peer's file; ok is false when the Eval has
// no such peer.
func (c *Config) PeerPath(e *Eval, peer string) (path string, ok bool) {
	file, ok := e.Peers[peer]
	if !ok || c.List {
		return file, ok
	}
	return deref(e.PeerRoot) + "/" + file, true
}

// ModelPaths returns the paths of the Eval's models, in order.
func (c *Config) ModelPaths(e *Eval) []string {
	out := make([]string, len(e.Models))
	for i, id := range e.Models {
		if c.List {
			out[i] = e.ModelFiles[id]
		} else {
			out[i] = deref(e.ModelRoot) + "/" + e.ModelFiles[id]
		}
	}
	return out
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// ReadFileList reads a -z file list: a line per evaluation, the peer then
// its models, separated by white space; lines starting with '#' and blank
// lines are skipped. Evaluations are numbered from 1; the peer ID is
// peerID, the models M.1, M.2, ...
func ReadFileList(r io.Reader, format, peerID string) (*Config, error) {
	c := newConfig()
	c.List = true
	c.PeerIDs[peerID] = true
	br := bufio.NewReader(r)
	n := 1
	for {
		line, err := br.ReadString('\n')
		if line != "" && line[0] != '#' && strings.TrimLeft(line, " \t\n\r\f\v") != "" {
			files := perlFields(line)
			if len(files) < 2 {
				return nil, dief("File list has to have at least 2 filenames per line (peer model1 model2 ... modelN)\n")
			}
			e := c.eval(strconv.Itoa(n))
			e.Format = &format
			e.Peers[peerID] = files[0]
			for i, f := range files[1:] {
				id := "M." + strconv.Itoa(i+1)
				e.Models = append(e.Models, id)
				e.ModelFiles[id] = f
			}
			n++
		}
		if err == io.EOF {
			return c, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// perlFields is split(/\s+/) of a trimmed line.
func perlFields(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r < utf8.RuneSelf && strings.ContainsRune(" \t\n\r\f\v", r) })
}

// ReadXML reads an XML configuration as the script's readEvals walks its
// XML::DOM tree: <EVAL ID=...> anywhere, holding <PEER-ROOT>,
// <MODEL-ROOT>, <INPUT-FORMAT TYPE=...>, <PEERS> of <P ID=...> and
// <MODELS> of <M ID=...>. Element names and TYPE values are compared
// ignoring case, attribute names are not; text is trimmed of white space;
// where an element holds several texts (split by a comment) the last one
// counts, and so does the last file of an ID used twice.
func ReadXML(r io.Reader) (*Config, error) {
	doc, err := parseXML(r)
	if err != nil {
		return nil, err
	}
	c := newConfig()
	c.XML = true
	if err := c.readEvals(doc, ""); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *Config) readEvals(n *xmlNode, evalID string) error {
	if n.kind != elementNode {
		for _, ch := range n.children {
			if err := c.readEvals(ch, evalID); err != nil {
				return err
			}
		}
		return nil
	}
	missing := func(what string) error {
		return dief("(%s) Evaluation database does not contain entry for this evaluation ID: %s\n", what, evalID)
	}
	switch {
	case strings.EqualFold(n.name, "EVAL"):
		id, err := n.attr("ID")
		if err != nil {
			return err
		}
		c.eval(id)
		for _, ch := range n.children {
			if err := c.readEvals(ch, id); err != nil {
				return err
			}
		}
	case strings.EqualFold(n.name, "INPUT-FORMAT"):
		format, err := n.attr("TYPE")
		if err != nil {
			return err
		}
		switch strings.ToUpper(strings.TrimSuffix(format, "\n")) {
		case "SEE", "ISI", "SPL", "SIMPLE":
		default:
			return dief("Unknown input type: %s\n", format)
		}
		e, ok := c.byID[evalID]
		if !ok {
			return missing("INPUT-FORMAT")
		}
		e.Format = &format
	case strings.EqualFold(n.name, "PEER-ROOT"), strings.EqualFold(n.name, "MODEL-ROOT"):
		what := strings.ToUpper(n.name)
		for _, ch := range n.children {
			if ch.kind != textNode {
				continue
			}
			e, ok := c.byID[evalID]
			if !ok {
				return missing(what)
			}
			root := trimSpace(ch.text)
			if what == "PEER-ROOT" {
				e.PeerRoot = &root
			} else {
				e.ModelRoot = &root
			}
		}
	case strings.EqualFold(n.name, "PEERS"), strings.EqualFold(n.name, "MODELS"):
		peers := strings.EqualFold(n.name, "PEERS")
		for _, ch := range n.children {
			if ch.kind != elementNode || !strings.EqualFold(ch.name, map[bool]string{true: "P", false: "M"}[peers]) {
				continue
			}
			id, err := ch.attr("ID")
			if err != nil {
				return err
			}
			if peers {
				c.PeerIDs[id] = true
			}
			e, ok := c.byID[evalID]
			if !ok {
				return missing(map[bool]string{true: "PEERS", false: "MODELS"}[peers])
			}
			if !peers {
				e.Models = append(e.Models, id)
			}
			for _, g := range ch.children {
				if g.kind != textNode {
					continue
				}
				if peers {
					e.Peers[id] = trimSpace(g.text)
				} else {
					e.ModelFiles[id] = trimSpace(g.text)
				}
			}
		}
	default:
		for _, ch := range n.children {
			if err := c.readEvals(ch, evalID); err != nil {
				return err
			}
		}
	}
	return nil
}

// trimSpace is s/^[\n\s]+//; s/[\n\s]+$// on Perl text (Unicode \s).
func trimSpace(s string) string { return strings.TrimFunc(s, unicode.IsSpace) }

// An xmlNode is a node of the document tree XML::DOM builds: an element,
// a text (adjacent character data and CDATA merged) or anything else
// (comments, processing instructions), which only separates texts.
type xmlNode struct {
	kind     int
	name     string // elements: as written, with any prefix
	attrs    []xml.Attr
	text     string
	children []*xmlNode
}

const (
	documentNode = iota
	elementNode
	textNode
	otherNode
)

// attr returns the value of the attribute named exactly name; without it
// the script calls a method on undef and dies.
func (n *xmlNode) attr(name string) (string, error) {
	for _, a := range n.attrs {
		if a.Name.Space == "" && a.Name.Local == name {
			return a.Value, nil
		}
	}
	return "", dief("Can't call method \"getValue\" on an undefined value (no %s attribute in <%s>)\n", name, n.name)
}

// parseXML builds the document tree, refusing what expat refuses: tags
// that do not match, no root element or more than one, text outside it,
// an attribute twice.
func parseXML(r io.Reader) (*xmlNode, error) {
	d := xml.NewDecoder(r)
	d.CharsetReader = charsetReader
	doc := &xmlNode{kind: documentNode}
	stack := []*xmlNode{doc}
	roots := 0
	fail := func(err error) (*xmlNode, error) {
		line, col := d.InputPos()
		return nil, dief("%v at line %d, column %d\n", err, line, col)
	}
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fail(err)
		}
		top := stack[len(stack)-1]
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) == 1 {
				if roots++; roots > 1 {
					return fail(errors.New("junk after document element"))
				}
			}
			seen := make(map[xml.Name]bool)
			for i, a := range t.Attr {
				if seen[a.Name] {
					return fail(errors.New("duplicate attribute"))
				}
				seen[a.Name] = true
				t.Attr[i].Value = strings.Map(func(r rune) rune {
					if r == '\t' || r == '\n' || r == '\r' {
						return ' '
					}
					return r
				}, a.Value)
			}
			n := &xmlNode{kind: elementNode, name: rawName(t.Name), attrs: t.Attr}
			top.children = append(top.children, n)
			stack = append(stack, n)
		case xml.EndElement:
			if len(stack) == 1 || rawName(t.Name) != top.name {
				return fail(errors.New("mismatched tag"))
			}
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) == 1 {
				if len(bytes.TrimLeft(t, " \t\r\n")) > 0 {
					return fail(errors.New("syntax error: text outside the root element"))
				}
				continue
			}
			if k := len(top.children); k > 0 && top.children[k-1].kind == textNode {
				top.children[k-1].text += string(t)
			} else {
				top.children = append(top.children, &xmlNode{kind: textNode, text: string(t)})
			}
		default:
			top.children = append(top.children, &xmlNode{kind: otherNode})
		}
	}
	if len(stack) > 1 {
		return fail(errors.New("unclosed token"))
	}
	if roots == 0 {
		return fail(errors.New("no element found"))
	}
	return doc, nil
}

func rawName(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
}

// charsetReader decodes the encodings expat knows besides UTF-8.
func charsetReader(charset string, in io.Reader) (io.Reader, error) {
	switch strings.ToLower(charset) {
	case "iso-8859-1", "latin1", "iso_8859-1", "l1":
		b, err := io.ReadAll(in)
		if err != nil {
			return nil, err
		}
		out := make([]rune, len(b))
		for i, c := range b {
			out[i] = rune(c)
		}
		return strings.NewReader(string(out)), nil
	case "us-ascii", "ascii":
		return in, nil
	}
	return nil, fmt.Errorf("unknown encoding %q", charset)
}
