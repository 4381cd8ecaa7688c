package summarize

import (
	"path/filepath"
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The sentences of scripts with stops of their own are split at them, with
// offsets into the text, as punkt splits at a full stop.
func TestSplitAtScriptStops(t *testing.T) {
	seg, err := newSegmenter()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"arabic question", "هل يفتح الجسر غداً؟ قال المسؤولون إنه سيفتح.",
			[]string{"هل يفتح الجسر غداً؟", "قال المسؤولون إنه سيفتح."}},
		{"urdu full stop", "میئر نے کہا کہ پل جمعہ کو کھلے گا۔ کام دو سال میں مکمل ہوا۔",
			[]string{"میئر نے کہا کہ پل جمعہ کو کھلے گا۔", "کام دو سال میں مکمل ہوا۔"}},
		{"devanagari danda", "पुल सोमवार को खुला। काम में दो साल लगे॥ महापौर ने कहा कि पुल हजारों लोगों की सेवा करेगा।",
			[]string{"पुल सोमवार को खुला।", "काम में दो साल लगे॥", "महापौर ने कहा कि पुल हजारों लोगों की सेवा करेगा।"}},
		{"double danda typed twice", "पुल सोमवार को खुला।। काम में दो साल लगे।",
			[]string{"पुल सोमवार को खुला।।", "काम में दो साल लगे।"}},
		{"bengali danda", "সেতুটি সোমবার খুলেছে। মেয়র খুশি।",
			[]string{"সেতুটি সোমবার খুলেছে।", "মেয়র খুশি।"}},
		{"armenian full stop", "Կամուրջը բացվեց երկուշաբթի։ Աշխատանքը տևեց երկու տարի։",
			[]string{"Կամուրջը բացվեց երկուշաբթի։", "Աշխատանքը տևեց երկու տարի։"}},
		{"ethiopic full stop", "ድልድዩ ሰኞ ተከፈተ። ስራው ሁለት ዓመት ወሰደ።",
			[]string{"ድልድዩ ሰኞ ተከፈተ።", "ስራው ሁለት ዓመት ወሰደ።"}},
		{"closing quote after the stop", "قال: «سنفتح الجسر؟» ثم غادر القاعة.",
			[]string{"قال: «سنفتح الجسر؟»", "ثم غادر القاعة."}},
		{"no space after the stop", "पुल।खुला और काम पूरा हुआ।",
			[]string{"पुल।खुला और काम पूरा हुआ।"}},
		{"punkt still splits at full stops", "העירייה פתחה גשר חדש. ראש העירייה בירך על כך.",
			[]string{"העירייה פתחה גשר חדש.", "ראש העירייה בירך על כך."}},
		{"latin untouched", "The bridge opened on Monday. It cost $4 million.",
			[]string{"The bridge opened on Monday.", "It cost $4 million."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lay := layOut("\n"+tc.text+"\n", nil)
			text := lay.text
			sents := seg.split(0, lay)
			var got []string
			for _, s := range sents {
				if text[s.Start:s.End] != s.Text {
					t.Errorf("sentence %q is not the text at %d", s.Text, s.Start)
				}
				got = append(got, s.Text)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("split(%q)\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestEndsSentenceScripts(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"هل يفتح الجسر غداً؟", true},
		{"پل جمعہ کو کھلے گا۔", true},
		{"पुल सोमवार को खुला।", true},
		{"काम में दो साल लगे॥", true},
		{"Կամուրջը բացվեց։", true},
		{"ድልድዩ ሰኞ ተከፈተ።", true},
		{"Θα ανοίξει η γέφυρα\u037e", true},
		{"«سنفتح الجسر؟»", true},
		{"جسر جديد فوق النهر", false},
		{"सूरजपुर में भारी बारिश", false},
	} {
		if got := endsSentence(tc.s); got != tc.want {
			t.Errorf("endsSentence(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestHasProseLetter(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Plain prose.", true},
		{"HOME NEWS SPORT", false},
		{"МОСКВА НОВОСТИ", false},
		{"Москва новости", true},
		{"ΕΙΔΗΣΕΙΣ", false},
		{"ειδήσεις", true},
		{"الجسر الجديد", true},
		{"הגשר החדש", true},
		{"पुल खुला", true},
		{"ხიდი გაიხსნა", true},
		{"Nº 5 — 2025", false},
		{"12:30 | 4/5", false},
	} {
		if got := hasProseLetter(tc.s); got != tc.want {
			t.Errorf("hasProseLetter(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// One sentence of a story in each script that puts spaces between words
// is kept by the cleaner, and can stand alone in a brief.
func TestCleanKeepsScripts(t *testing.T) {
	for _, tc := range []struct{ script, sentence string }{
		{"arabic", "افتتحت البلدية يوم الاثنين جسراً جديداً فوق النهر بعد عامين من العمل."},
		{"arabic question mark", "افتتحت البلدية يوم الاثنين جسراً جديداً فوق النهر، فهل يحل أزمة المرور؟"},
		{"persian", "شهرداری روز دوشنبه پل تازه\u200cای را روی رودخانه افتتاح کرد."},
		{"urdu", "میئر نے کہا کہ نیا پل جمعہ کو عوام کے لیے کھول دیا جائے گا۔"},
		{"hebrew", "העירייה פתחה ביום שני גשר חדש מעל הנהר אחרי שנתיים של עבודה."},
		{"hindi", "नगर निगम ने सोमवार को नदी पर एक नया पुल खोल दिया।"},
		{"marathi", "महापालिकेने सोमवारी नदीवर नवीन पूल खुला केला॥"},
		{"bengali", "পৌরসভা সোমবার নদীর উপর একটি নতুন সেতু খুলে দিয়েছে।"},
		{"greek", "Ο δήμαρχος είπε ότι η νέα γέφυρα θα ανοίξει την Παρασκευή."},
		{"cyrillic", "Мэр города сообщил, что новый мост откроется в пятницу."},
		{"russian quotes", "«Мост откроется в пятницу», — сообщил мэр города журналистам."},
		{"armenian", "Քաղաքապետը հայտարարեց, որ նոր կամուրջը կբացվի ուրբաթ օրը։"},
		{"georgian", "მერმა განაცხადა, რომ ახალი ხიდი პარასკევს გაიხსნება."},
		{"amharic", "ከንቲባው አዲሱ ድልድይ አርብ እንደሚከፈት ለጋዜጠኞች ተናግረዋል።"},
		{"tamil", "புதிய பாலம் வெள்ளிக்கிழமை திறக்கப்படும் என்று மேயர் கூறினார்."},
	} {
		t.Run(tc.script, func(t *testing.T) {
			sents, noise := cleanPage(t, tc.sentence+"\n")
			if len(sents) != 1 || sents[0].Text != tc.sentence {
				t.Fatalf("split into %d sentences", len(sents))
			}
			if noise[0] != Kept {
				t.Errorf("labelled %q", noise[0])
			}
			wantAlone := !isQuestion(tc.sentence)
			if got := standsAlone(tc.sentence); got != wantAlone {
				t.Errorf("standsAlone = %v, want %v", got, wantAlone)
			}
		})
	}
}

// Chinese, Japanese and Thai write no spaces between words: a sentence of
// theirs counts as one word and is dropped as a fragment. Documented as not
// supported; this pins it, so that a change is a decision.
func TestCleanUnsupportedScripts(t *testing.T) {
	for _, s := range []string{"市政府星期一在河上开通了一座新桥。", "市は月曜日に川に新しい橋を開通させた。", "เทศบาลเปิดสะพานใหม่ข้ามแม่น้ำเมื่อวันจันทร์"} {
		_, noise := cleanPage(t, s+"\n")
		if len(noise) != 1 || noise[0] != NotProse {
			t.Errorf("%q: labelled %q, want one sentence of %q", s, noise, NotProse)
		}
	}
}

// The test clusters in testdata/scripts are short stories written for
// this test, three versions each, in Arabic and in Hindi. Their brief is
// not empty and is made of whole sentences in the script of the story.
func TestScriptClusters(t *testing.T) {
	for _, tc := range []struct {
		dir    string
		script *unicode.RangeTable
	}{
		{"arabic", unicode.Arabic},
		{"hindi", unicode.Devanagari},
	} {
		t.Run(tc.dir, func(t *testing.T) {
			docs := readDocs(t, filepath.Join("../testdata/scripts", tc.dir))
			b := mustSummarize(t, DefaultOptions(), docs)
			if len(b.Sentences) < 3 {
				t.Fatalf("brief of %d sentences: %q", len(b.Sentences), b.Text())
			}
			byName := make(map[string]string, len(docs))
			for _, d := range docs {
				byName[d.Name] = d.Text
			}
			for _, s := range b.Sentences {
				src := byName[s.Source]
				end := s.Offset + len(s.Text)
				if end > len(src) || foldSpace(src[s.Offset:end]) != s.Text {
					t.Errorf("%s@%d does not hold %q", s.Source, s.Offset, s.Text)
					continue
				}
				before, _ := utf8.DecodeLastRuneInString(src[:s.Offset])
				after, _ := utf8.DecodeRuneInString(src[end:])
				if s.Offset > 0 && !unicode.IsSpace(before) || end < len(src) && !unicode.IsSpace(after) {
					t.Errorf("not a whole sentence of %s: %q", s.Source, s.Text)
				}
				if !endsSentence(s.Text) || !startsWell(s.Text) {
					t.Errorf("not a whole sentence: %q", s.Text)
				}
				if cut := scriptStopCut(s.Text); cut >= 0 {
					t.Errorf("two sentences in one: %q", s.Text)
				}
				var in, letters int
				for _, r := range s.Text {
					if unicode.IsLetter(r) {
						letters++
						if unicode.Is(tc.script, r) {
							in++
						}
					}
				}
				if in < letters {
					t.Errorf("%d of %d letters in the script: %q", in, letters, s.Text)
				}
			}
		})
	}
}
