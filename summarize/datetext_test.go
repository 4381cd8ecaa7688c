package summarize

import "testing"

// The date of a text is the stamp or dateline at its top; a date in a
// sentence, or without its year, is not. The stamps follow the forms of
// real pages and wires (AP, Reuters, AFP, PTI, ANI, TASS, Xinhua lay their
// datelines out so); the places, agencies and stories are made up.
func TestTextDates(t *testing.T) {
	for _, tc := range []struct {
		name, text          string
		published, modified string
	}{
		// Stamps on lines of their own.
		{name: "published and updated",
			text:      "Harbour Ledger\nHome | News | Sport\n\nFerry fares rise again\n\nBy Jo Roe, Transport Reporter\n\nPublished 7:12 AM EST, Mon March 3, 2025 · Updated 9:40 AM EST, Mon March 3, 2025\n\nFerry fares rose on Monday.\n",
			published: "2025-03-03T07:12:00-05:00", modified: "2025-03-03T09:40:00-05:00"},
		{name: "updated only", text: "CHANNEL 4 NEWS | WATCH LIVE\n\nFares rise\n\nUpdated: 11:30 AM EST Mar. 3, 2025\n\nFerry fares rose on Monday, the operator said.\n",
			modified: "2025-03-03T11:30:00-05:00"},
		{name: "published colon, zone BST", text: "Published: 12 September 2025 10:42 BST\n\nThe council voted to close the pool.\n",
			published: "2025-09-12T10:42:00+01:00"},
		{name: "day alone", text: "THE MAINLAND POST\n\nIslanders stranded\n\nBy Jo Roe\n\n12 June 2025\n\nThousands of islanders were left without ferries on Thursday.\n",
			published: "2025-06-12"},
		{name: "posted, clock without zone", text: "Strike day one\n\nPosted 12 June 2025, 8:30 AM\n\nNo ferries are running today.\n",
			published: "2025-06-12"},
		{name: "date at clock", text: "Levy wins approval\n\nNovember 5, 2025 at 6:00 AM CST\nBy Jo Roe\n\nVoters passed the levy on Tuesday.\n",
			published: "2025-11-05T06:00:00-06:00"},
		{name: "byline bar date", text: "Levy approved\n\nBy Jo Roe | Nov 5, 2025\n\nThe levy passed comfortably on Tuesday.\n",
			published: "2025-11-05"},
		{name: "byline's dot left", text: "· 10 April 2025\n\nAn amateur astronomer has found a comet.\n",
			published: "2025-04-10"},
		{name: "byline then date, no blank line", text: "Bridge shut\n\nBy Jo Roe\nMarch 3, 2025 – 8:05 a.m.\n\nCracks closed the bridge.\n",
			published: "2025-03-03"},
		{name: "iso stamp and update", text: "Ferry fares rise\n\n2025-11-07 08:32 Last Updated At:08:40\n\nKILBRIDE (Island Wire) — Ferry fares rose.\n",
			published: "2025-11-07"},
		{name: "year after the clock", text: "Fri Mar 13 21:30:09 EST 2015\n\nThe council met.\n",
			published: "2015-03-13T21:30:09-05:00"},
		{name: "unambiguous figures", text: "By Jo Roe\n14/6/2025Updated: 14/6/2025\n\nThe council met.\n",
			published: "2025-06-14", modified: "2025-06-14"},

		// A stamp before the story's first words.
		{name: "date stamp and dateline", text: " date 2025-11-06 KILBRIDE — The ferry union called a strike on Thursday.\n",
			published: "2025-11-06"},
		{name: "stamp without day, then dateline", text: "Published 07:10 GMT KILBRIDE, June 12, 2025 (Island Wire) — Ferry workers struck.\n",
			published: "2025-06-12"},

		// Datelines.
		{name: "AP style with year", text: "LAKEVIEW, Nov. 7, 2025 (Metro Wire) — The council approved the budget.\n", published: "2025-11-07"},
		{name: "region and date", text: "SEOUL, South Korea, Sept. 29, 2025 (Metro Wire) — Prices rose again in March.\n", published: "2025-09-29"},
		{name: "day month year", text: "PUTRAJAYA, 24 October 2025 (Metro Wire) -- The cabinet met.\n", published: "2025-10-24"},
		{name: "PTI style", text: "New Delhi, Sep 12, 2025 (Metro Wire) The cabinet approved the plan.\n", published: "2025-09-12"},
		{name: "ANI style", text: "Lakeview [Mereshire], July 20, 2025 (Metro Wire): The vote failed.\n", published: "2025-07-20"},
		{name: "iso in dateline", text: "KILBRIDE, 2025-06-12 (Island Wire) - Ferry workers struck.\n", published: "2025-06-12"},
		{name: "dateline alone", text: "SANTA ROSA, BRAZIL, November 7, 2025.\n\nThe council approved the budget on Friday.\n", published: "2025-11-07"},
		{name: "devanagari", text: "सूरजपुर, 14 जुलाई 2025 -- सोमवार को भारी बारिश हुई।\n", published: "2025-07-14"},
		{name: "arabic", text: "الريحان، 14 يوليو 2025 (وكالة محلية) - افتتحت البلدية جسراً جديداً.\n", published: "2025-07-14"},
		{name: "arabic-indic digits", text: "الريحان، ١٤ يوليو ٢٠٢٥ (وكالة محلية) - افتتحت البلدية جسراً جديداً.\n", published: "2025-07-14"},

		// No date.
		{name: "Reuters style, no year", text: "PORT ELLERY, March 3 (Coastal Press) - A bridge was closed.\n"},
		{name: "Xinhua style, no year", text: "KILBRIDE, June 12 (Island Wire) -- Ferry workers struck.\n"},
		{name: "TASS style, no year", text: "KILBRIDE, June 3. /Island Wire/: The pier reopened.\n"},
		{name: "AFP style, no date", text: "Sao Paulo (Trade Wire) – Brazil's cane crush slowed.\n"},
		{name: "devanagari, no year", text: "सूरजपुर, 14 जुलाई -- सोमवार को भारी बारिश हुई।\n"},
		{name: "stamp without year", text: "Published 7:12 AM EST, Mon March 3\n\nFerry fares rose.\n"},
		{name: "clock alone", text: "Updated: 11:30 AM\n\nFerry fares rose.\n"},
		{name: "ambiguous figures", text: "By Jo Roe\n11/6/2025Updated: 11/6/2025\n\nThe council met.\n"},
		{name: "date in the lead", text: "The council said on March 3, 2025 that fares would rise.\n"},
		{name: "date in the body",
			text: "Fares rose on Monday, the operator said in a statement.\n\nThe war of 2003 ended on May 1, 2003, officials recalled at the ceremony.\n\nThe rise is the third this year, and more may follow soon.\n\nMay 1, 2003\n"},
		{name: "caption with a date", text: "Ministers meet in the capital on Nov. 6, 2025. (Photo: Jo Roe/Metro Wire)\n\nThe ministers met.\n"},
		{name: "paragraph broken into lines", text: "Fares rose on Monday.\n\nThe lease on the old pier, signed decades ago, expires on\nMarch 3, 2025.\n"},
		{name: "stamp below the lead",
			text: "Fares rose on Monday, the operator said in a statement.\n\nThe rise is the third this year, and more may follow.\n\nUnions said they would oppose it at the next meeting.\n\nPublished 3 March 2025\n"},
		{name: "menu with figures", text: "Home | News | 24/7 | Sport\n\nFares rose on Monday.\n"},
		{name: "nothing", text: "Fares rose on Monday.\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := textDates(tc.text)
			if got.published.String() != tc.published || got.modified.String() != tc.modified {
				t.Errorf("textDates = published %q, modified %q; want %q, %q", got.published, got.modified, tc.published, tc.modified)
			}
		})
	}
}

// A text's date is its date of publication, else of its update.
func TestDecodeTextDate(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Updated 9:40 AM EST, Mon March 3, 2025\n\nPublished 7:12 AM EST, Mon March 3, 2025\n\nFares rose.\n", "2025-03-03T07:12:00-05:00"},
		{"Updated 9:40 AM EST, Mon March 3, 2025\n\nFares rose.\n", "2025-03-03T09:40:00-05:00"},
		{"Fares rose.\n", ""},
	} {
		d, err := Decode("a.txt", []byte(tc.text), false)
		if err != nil || d.Date.String() != tc.want {
			t.Errorf("Decode(%q).Date = %q, %v; want %q", tc.text, d.Date, err, tc.want)
		}
	}
}

// The versions of the test clusters are dated by their stamps; the wires'
// datelines give no year and the versions without a stamp no date.
func TestClusterDates(t *testing.T) {
	want := map[string]string{
		"000_f871b99387498f62.txt": "2025-11-07", // "2025-11-07 08:32 Last Updated At:08:40", no zone
		"001_f70be54978b08d85.txt": "2025-11-06", // "date 2025-11-06 WASHINGTON — …"
		"002_9458b13f05257ebf.txt": "",
		"003_96669b831fca546a.txt": "", // "11/6/2025Updated: 11/6/2025": June 11 or November 6
		"004_8acfee4f3233950a.txt": "2025-11-07",

		"01_ellery-tribune.txt":  "2025-03-03T07:12:00-05:00",
		"02_coastline-daily.txt": "2025-03-03",
		"03_cpn-wire.txt":        "",                          // "PORT ELLERY, March 3 (Coastal Press Network) -"
		"04_channel9.txt":        "2025-03-03T11:30:00-05:00", // updated, the only stamp

		"01_marlow-courier.txt":    "2025-03-04T22:48:00-05:00",
		"02_valley-press-wire.txt": "",
		"03_northern-herald.txt":   "",
		"04_kfal-news.txt":         "",

		"01_islands-herald.txt":         "2025-06-12T06:45:00Z",
		"02_mainland-post.txt":          "2025-06-12",
		"03_bns-wire.txt":               "",
		"04_corran-community-radio.txt": "2025-06-12", // "Posted 12 June 2025, 8:30 AM", no zone

		"01_denholm-gazette.txt":      "2025-11-04T23:52:00-06:00",
		"02_prairie-public-radio.txt": "2025-11-05T06:00:00-06:00",
		"03_ashby-observer.txt":       "2025-11-05",
	}
	docs, errs := ReadPaths([]string{"../testdata/kazakhstan", "../testdata/clusters/bridge-closure", "../testdata/clusters/factory-fire",
		"../testdata/clusters/ferry-strike", "../testdata/clusters/library-levy"}, nil, ReadOptions{})
	if len(errs) > 0 || len(docs) != len(want) {
		t.Fatalf("%d documents, %v", len(docs), errs)
	}
	for _, d := range docs {
		if w, ok := want[d.Name]; !ok || d.Date.String() != w {
			t.Errorf("%s: date %q, want %q", d.Name, d.Date, w)
		}
	}
}
