package summarize

import "testing"

func TestStandsAlone(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The council approved the budget on Monday.", true},
		{"However, the mayor said more cuts were needed.", false},
		{"He said the vote was close.", false},
		{"That official said talks would resume.", false},
		{"Those countries agreed to the terms.", false},
		{"Despite their long ties, the two sides disagreed.", false},
		{"Despite the rain, the parade went ahead.", true},
		{"Hours later, the mayor resigned.", false},
		{"The evening before, the council called off the search.", false},
		{"A day later the ferry sailed.", false},
		{"The day before the vote was quiet in Varno.", false},
		{"Later on Thursday, the mayor resigned.", true},
		{"“So much more to come,” the mayor wrote.", true},
		{"“The first of two statements.", false},
		{"The second half of the quote,” she said.", false},
		{`"A straight-quoted remark," the mayor said.`, true},
		{`"An unclosed straight quote, he said.`, false},
		{"Earlier, the mayor had resigned.", false},
		{"Earlier this year the mayor resigned.", true},
		{`The mayor said "no comment" twice.`, true},
		{"It was the first vote since 2019.", false},
		{", and is very, very accurate .", false},
		{"So far, the battery has lasted a week.", true},
		{"So the council voted again.", false},
		{"Plus the battery lasts a week.", false},
		{"Fourth, your battery icon stinks .", false},
		{"Finally, the council voted.", false},
		{"Luckily, the crew had a spare radio.", false},
		{"Unfortunately, the ferry was late.", false},
		{"Luckily the crew had a spare radio.", true},
		{"“Luckily, I was able to jump,” a passenger said.", true}, // the speaker's comment, told here
		{"Second-quarter sales rose.", true},
		{"Finally the bridge reopened on Monday.", true},
		{"Why are they striking?", false},
		{"The other two were treated for smoke inhalation.", false},
		{"Other video showed men running from the hall.", false},
		{"Another 20 people were treated in hospital.", false},
		{"The latter was closed in 2019.", false},
		{"“We will rebuild the bridge.”", false},
		{`"We will rebuild," the mayor said.`, true},
		{"“We will rebuild,” the mayor said, “and soon.”", true},
		{"“Surveys miss more than people think,” he said.", false},
		{`"Surveys miss a lot," she added.`, false},
		{"“The island is ours,” it said.", false},
		{"and then it rained all day.", false},
		{"2019 was a record year for the port.", true},
		{"(Officials declined to comment.)", true},
		{"- a dash opens this line.", false},
	} {
		if got := standsAlone(tc.text); got != tc.want {
			t.Errorf("standsAlone(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestWholeAndLeaning(t *testing.T) {
	for _, tc := range []struct {
		text         string
		items        bool
		whole, leans bool
	}{
		{"Tonight, against all odds, we have grasped it.", false, false, false},
		{"Trump said more nations were lining up to join through my Abraham Accords.", false, false, false},
		{"“Tonight, against all odds, we have grasped it,” the prime minister said.", false, true, false},
		{"I've used mine outside on a sunny day, and the screen is legible.", true, true, false},
		{"I've used mine outside on a sunny day, and the screen is legible.", false, false, false},
		{"The US and Israel joined the talks on Monday.", false, true, false},
		{"Yes, a red sports car was sent into orbit.", false, true, true},
		{"“This will be a golden age,” Marsh added.", false, true, true},
		{"More flights will be added.", false, true, false},
		{"The club said it had added that rule in 2019, and Marsh added that she was pleased.", false, true, true},
		{"The winger has been equally important to the title.", false, true, true},
		{"To recap, the club won the title on Monday.", false, true, true},
		{"The channel says that in total he took 277 electoral votes.", false, true, true},
		{"This is actual video of the players celebrating the title.", false, false, true},
		{"Fans can watch the video of the parade on the club's site.", false, false, false},
		{"The lander has already started sending back pictures like this one.", false, false, true},
		{"The lander Hera, illustrated above, has landed on the comet.", false, false, false},
		{"This image from the lander shows the comet's surface.", false, false, true},
		{"The lander has already started sending back pictures of the surface.", false, true, false},
		{"Kilbride, Varno,?Ashby and Wexley voted for him.", false, false, false},
		{"Others show damaged buildings.", false, true, true},
		{"The historic old city of Port Ellery also suffered extensive damage.", false, true, true},
		{"The historic old city of Port Ellery was also known as Ellery Town.", false, true, false},
		{"The decision sets the stage for a conclave before the end of March.", false, true, true},
		{"The announcement came hours after the vote.", false, true, true},
		{"The decision of the court was final.", false, true, false},
		{"Distressed to learn about the tragic accident of the ferry at Port Ellery.", false, false, false},
		{"Beyond stunned and saddened by the news of the ferry.", false, false, false},
		{"The other passengers were not.", false, true, true},
		{"According to him, the dead included at least 19 foreign nationals.", false, true, true},
		{"According to the ministry, the dead included 19 foreign nationals.", false, true, false},
		{"Two of the guards did too.", false, true, true},
		{"The crew wasn't.", false, true, true},
		{"The bridge was closed, and the tunnel was not.", false, true, false},
		{"The mayor said the town would not.", false, true, true},
		{"The ferry did not sink.", false, true, false},
		{"Officials said the cause was not known.", false, true, false},
		{"Deeply saddened by the passing of the mayor of Port Ellery.", false, false, false},
		{"Shocked and saddened to hear of the accident at Port Ellery.", false, false, false},
		{"Shocked by the news, hundreds of residents gathered at the harbour.", false, true, false},
		{"Saddened fans gathered at the harbour on Sunday.", false, true, false},
		{"Have instructed the rescue force to reach the site at the earliest.", false, false, false},
		{"Have you seen the harbour bridge?", false, false, false},
		{"Officials said they were distressed to learn of the accident.", false, true, false},
		{"Organised to raise money, the race drew 300 runners.", false, true, false},
		{"The abbot will not take part in that conclave.", false, true, true},
		{"The talks stalled at that point, officials said.", false, true, true},
		{"Officials said that talks would resume, and in that the mayor agreed.", false, true, false},
		{"Officials said that prices rose after the vote.", false, true, false},
		{"“That’s hard,” said Musk.", false, true, true},
		{"“This is a sad day for the club and for the city,” the mayor said.", false, true, false},
		{"“Thank you all,” said Musk.", false, true, false},
		{"The Coast Guard came to that conclusion after examining the debris.", false, true, true},
		{"Officials said that decision would come on Friday.", false, true, true},
		{"Officials said that figures would come on Friday.", false, true, false},
		{"Reports identified this additional victim as the mayor's brother.", false, true, true},
		{"No new official toll was given however.", false, true, true},
		{"Toll expected to cross 68 confirmed dead as security forces launch operation to free hostages.", false, false, false},
		{"Suspect described as ‘lone wolf’ killed by police inside the Kestrel Hotel.", false, false, false},
		{"Two men arrested over the harbour attack in Varno.", false, false, false},
		{"Suspect described as a loner was killed by police inside the hotel.", false, true, false},
		{"Officials said the toll was expected to rise.", false, true, false},
		{"Officials reported at least 17 storm deaths Thursday.", false, true, false},
		{"Police arrested in the raid seven men from Varno.", false, true, false},
		{"Rescuers found in the rubble a girl who had survived for four days.", false, true, false},
		{"A Varno official said: ‘He was also hit in the head.", false, false, false},
		{"The mayor described the scene as ‘carnage’ on Sunday.", false, true, false},
		{"The mayor said: ‘It’s over.’", false, true, false},
		{"The mayor was not breathing when they arrived.", false, true, true},
		{"One witness said they told the guests to leave.", false, true, true},
		{"Officials said they were investigating.", false, true, false},
		{"The harbour police told reporters they were investigating.", false, true, false},
		{"Halvorsen and Varn said they would resign.", false, true, false},
		{"The mayor said “they will rebuild the harbour in a year”.", false, true, false},
		{"His daughter was on the ferry and died as well.", false, true, true},
		{"Officials said a third blast hit the port, too.", false, true, true},
		{"“We will rebuild the harbour too.”", false, false, false},
		{"“We will rebuild the harbour too,” the mayor said.", false, true, false},
		{"Police said these five men were held.", false, true, true},
		{"Officials said this was the worst flood in decades.", false, true, true},
		{"The ferry sank this morning, and at this point no one is missing.", false, true, false},
		{"“We have never seen this kind of flood,” the mayor said.", false, true, false},
		{"This fire was the worst in decades.", false, true, true},
		{"“We reached that conclusion ourselves,” the captain said.", false, true, false},
		{"The probe made the first landing on a , but its status is unknown.", false, false, false},
		{"The probe made the first landing on a comet , but its status is unknown.", false, true, false},
		{"The status of the probe is unknown after the .", false, false, false},
		{"No one was hurt in the blast.", false, true, false},
		{"A second group of miners escaped the mine after hearing the explosion.", false, true, false},
		{"Mine officials said the coal mine had reopened.", false, true, false},
		{"He said the decision was mine alone.", false, false, true},
		{"Investors called it a friend of mine.", false, false, false},
		{"A signing ceremony would soon make it official, Trump, and “there are many more Countries trying to join this club.”", false, false, false},
		{"A signing ceremony will formalize it, according to Trump, who spoke of a “club of STRENGTH.”", false, true, false},
		{"Trump called it “a major step forward in building bridges across the World.”", false, true, false},
		{"Hun Sen, however, rejected that.", false, true, true},
		{"The debris was hit by another passenger train, causing three cars to derail, he added.", false, true, true},
		{"The cause was not known, officials said.", false, true, false},
		{"One was reportedly seriously injured.", false, true, true},
		{"The second quake was slightly smaller, at magnitude 7.6.", false, true, true},
		{"The second-largest city was also hit.", false, true, false},
		{"The statement confirmed that the passengers had sadly perished.", false, true, true},
		{"The bulletin also stated that he had spent two weeks at a mental health facility.", false, true, true},
		{"The Post reported the news first.", false, true, false},
		{"The toll was expected to rise as rescuers struggled to reach remote areas.", false, true, true},
		{"The death toll climbed to 2,122 with 2,421 people injured.", false, true, false},
		{"State police have identified 40-year-old Robert R.", false, false, false},
		{"The club finished top of Group C.", false, true, false},
		{"In a dramatic day of politics...", false, false, false},
		{"The minister said the talks would go on …", false, false, false},
		{"The country had been held back by low growth for too long, she says, and she was elected to change this.", false, true, true},
		{"The economy had been held back for too long, Truss says, and she was elected to change the economy.", false, true, false},
		{"The country had been held back by low growth, the mayor says, and she was elected to change the economy.", false, true, false},
		{"Charles Burkett, Mayor of Surfside, Florida: The building has literally pancaked.", false, false, false},
		{"Seoul, South Korea: The talks began on Monday.", false, true, false},
		{"Chaos early this morning in Miami-Dade County when part of a 12-story condo building suddenly collapsed.", false, false, false},
		{"Three people died when part of a 12-story condo building suddenly collapsed.", false, true, false},
		{"Panic in the streets of the old town as the storm hit.", false, false, false},
		{"Firefighters from three counties battled the blaze as it spread.", false, true, false},
		{"The mayor, Jane Doe, said one thing: The bridge will reopen.", false, true, false},
		{"The race will be completed next week, said Labour Party leader, Sir.", false, false, false},
		{"Police searched for a reservist wanted in connection with theThe town of Lewiston shut down.", false, false, false},
		{"Rescue operations underway.More details awaited.", false, false, false},
		{"The U.S.Army and St. Louis police met at 9 a.m.Monday.", false, true, false},
		{"Turnout was 62 per cent in zone B.", false, true, false},
		{"Three others died at local hospitals.", false, true, true},
		{"Two more were found under the rubble on Friday.", false, true, true},
		{"12 were taken to hospital.", false, true, true},
		{"One of the firefighters was seriously injured.", false, true, false},
		{"One of those remedies gave cloud gaming rights to Ubisoft for 10 years.", false, true, true},
		{"Two of them were taken to hospital.", false, true, true},
		{"Two plays later the 49ers scored the game's first touchdown.", false, true, true},
		{"A day later, the council voted again.", false, true, true},
		{"Two days before the vote, the council met.", false, true, false},
		{"Three people died at local hospitals.", false, true, false},
		{"2019 was the wettest year on record in the region.", false, true, false},
		{"The Russian mission, on the other hand, crashed on the lunar surface.", false, true, true},
		{"Turnout, by contrast, fell to a record low.", false, true, true},
		{"As a result, the board no longer trusted him to continue in his role.", false, true, true},
		{"After all, SpaceX has other rockets waiting in the wings.", false, true, true},
		{"Italian authorities?were questioning the captain of?the cruise ship.", false, false, false},
		{"The mayor said she didn?t know.", false, false, false},
		{"\"We won the vote,\" told an excited crowd at the party.", false, false, false},
		{"“We won the vote,” told an excited crowd at the party.", false, false, false},
		{"“We won the vote,” Cole told an excited crowd at the party.", false, true, false},
		{"“Two sections of the bridge have fallen”, said.", false, false, false},
		{"Protesters stormed the harbour office on Monday afternoon, reported.", false, false, false},
		{"Protesters stormed the harbour office on Monday afternoon, the Varno Post reported.", false, true, false},
		{"“Two sections of the bridge have fallen,” said.", false, false, false},
		{"“Two sections of the bridge have fallen,” the governor said.", false, true, false},
		{"“Two sections of the bridge have fallen,” said the governor.", false, true, false},
		{"The page lost a byte \ufffd here.", false, false, false},
		{"Jeff Weiner (right) will remain CEO of LinkedIn, reporting to Microsoft CEO Satya Nadella (left).", false, false, false},
		{"Mr Smith (pictured) said the council had acted too late.", false, false, false},
		{"Jeff Weiner, pictured above, will remain as CEO of LinkedIn.", false, false, false},
		{"The pictured vase sold for $2 million.", false, true, false},
		{"The plan (the third in a decade) passed on Monday.", false, true, false},
		{"Sen. Jane Cole (R) voted against the bill on Monday.", false, true, false},
		{"Just its base now remains.", false, true, true},
		{"The remaining four boys and their coach were rescued on Tuesday.", false, true, true},
		{"Midtown office workers also saw the plane in the river.", false, true, true},
		{"It's a successful end to a perilous mission.", false, true, true},
		{"They’re expected home on Friday.", false, true, true},
		{"Don't expect the rain to stop soon, the forecasters said.", false, true, false},
		{"The judge also ordered him to pay $85 million.", false, true, true},
		{"In Varno, the council also met on Monday.", false, true, true}, // the clause after an opening phrase
		{"Rescuers said on Monday, the council also met.", false, true, false},
		{"According to the same media, the mayor has 214 votes.", false, true, true},
		{"Judge Anna Berg sentenced the 71-year-old former fund chairman to 150 years.", false, true, true},
		{"The 29-year-old, competing in his final race, won by a stride.", false, true, true},
		{"Judge Anna Berg sentenced the 71-year-old Halvorsen to 150 years.", false, true, false},
		{"The 71-year-old Tomas Halvorsen was sentenced to 150 years.", false, true, false},
		{"A 71-year-old man was arrested on Monday.", false, true, false},
		{"Police said the 12-year-olds were safe.", false, true, false},
		{"Like Portmere, some will say.", false, true, true},
		{"Ruiz, Marsh and the fans then sang the club song.", false, true, true},
		{"Marsh scored twice in the first half and then left injured.", false, true, false},
		{"In the capital, many were trapped in their homes.", false, true, true},
		{"In the capital, many residents were trapped.", false, true, false},
		{"The rocket lifted off from the same site used by the Apollo missions.", false, true, false},
		{"In the north of the country near the border with its neighbour, the council also met.", false, true, false}, // a long opening
		{"The storm cut power to homes and also closed the airport.", false, true, false},
		{"“The team has grown a fantastic business,” the chief executive said in the blog post.", false, true, true},
		{"“The team has grown a fantastic business,” the chief executive said in a blog post.", false, true, false},
		{"When he arrived, the crowd cheered.", false, true, true},
		{"Now they face a vote of confidence.", false, true, true},
		{"Now the council faces a vote of confidence.", false, true, false},
		{"Now that the strike is over, ferries are running again.", false, true, false},
		{"Only this year did the council publish its accounts.", false, true, false},
		{"Some even fled into the ocean to escape the smoke.", false, true, true},
		{"Many were trapped in their homes.", false, true, true},
		{"Others fled to the hills.", false, true, true},
		{"Some residents fled into the ocean.", false, true, false},
		{"Many people were trapped in their homes.", false, true, false},
		{"Most of the victims were elderly.", false, true, false},
		{"The two Thai nationals were women in their 20s and 40s.", false, true, true},
		{"The two-day summit opened on Monday.", false, true, false},
		{"The two biggest banks in the country agreed to merge.", false, true, false},
		{"At least three houses burned down there.", false, true, true},
		{"There were no injuries.", false, true, false},
		{"Fans laid flowers in his hometown, just weeks after he played an epic reunion concert there.", false, true, false},
		{"The club said on Friday.", false, false, false},
		{"The medicines regulator noted in a statement announcing the approval on Thursday.", false, false, false},
		{"He told reporters.", false, false, true},
		{"Police said three people died in the fire.", false, true, false},
		{"The company said it expects growth.", false, true, false},
		{"The minister said on Friday that the bridge would reopen.", false, true, false},
		{"May the injured recover soon.", false, false, false},
		{"May his soul rest in peace.", false, false, false},
		{"May was the wettest month on record.", false, true, false},
		{"Some of them fled to the hills.", false, true, true},
		{"In addition, the city will run free buses.", false, true, true},
		{"In addition to the fine, Maxwell was given five years of supervised release.", false, true, false},
		{"The council rejected that.", false, true, true},
		{"The vote was held that day in the capital.", false, true, true},
		{"In a statement, he said the plan would go ahead.", false, true, true},
		{"The latter threat was dismissed by the court.", false, true, true},
		{"Of the two plans, the former was dropped.", false, true, true},
		{"The final then went to penalties.", false, true, true},
		{"Then, the mayor spoke to reporters.", false, true, true},
		{"Marsh levelled with a free kick and then supplied the corner.", false, true, false},
		{"Officials said the bridge would then reopen in May.", false, true, false},
		{"The mayor met the envoy and the minister, and the former said talks went well.", false, true, true},
		{"A jury found Tomas Halvorsen, the former chief executive, guilty of fraud.", false, true, false},
		{"Two of the three were released; the other two remain in hospital.", false, true, true},
		{"The minister said the plan would go ahead on Monday.", false, true, false},
		// A quotation in single marks, whole or continued in the next paragraph.
		{"‘The family requests privacy at this time and will provide further details.’", false, false, false},
		{"‘Shane was found unresponsive in his villa, he could not be revived.", false, false, false},
		{"‘It was a privilege to play alongside him,’ the captain said.", false, true, false},
		{"‘It’s a sad day for the players’ union,’ the captain said.", false, true, false},
		// A document or a group named by its kind alone points back.
		{"“He could not be revived,” the statement reads.", false, true, true},
		{"The pair eventually split in 2013.", false, true, true},
		{"The sources said the mayor would leave for Varno.", false, true, true},
		{"The sources of the river are in Ostland.", false, true, false},
		{"The couple married in 2010.", false, true, true},
		{"The pair of boots sold for $10,000.", false, true, false},
		{"The group may be behind the bakery attack.", false, true, true},
		{"The group of fishermen was rescued on Sunday.", false, true, false},
	} {
		if w, l := isWhole(tc.text, tc.items), leans(tc.text, tc.items); w != tc.whole || l != tc.leans {
			t.Errorf("%q (items %v): whole %v leans %v, want %v %v", tc.text, tc.items, w, l, tc.whole, tc.leans)
		}
	}
}

// The sentences between the first and the last of a quotation of several
// start inside it, with no quotation mark and no speaker of their own.
func TestInQuotes(t *testing.T) {
	seg, err := newSegmenter()
	if err != nil {
		t.Fatal(err)
	}
	text := `"Today begins the rebuilding of the country. The old model has come to an end. There is no turning back," the president said. The crowd cheered.` +
		"\n\n“We won. We will govern for all,” she said.\n\nThe count ended at midnight."
	sents := seg.split(0, layOut(text, nil))
	got := inQuotes(sents)
	want := map[string]bool{
		"The old model has come to an end.":               true,
		"There is no turning back,\" the president said.": true,
		"The crowd cheered.":                              false,
		"We will govern for all,” she said.":              true,
		"The count ended at midnight.":                    false,
	}
	seen := 0
	for i, s := range sents {
		if w, ok := want[s.Text]; ok {
			seen++
			if (got != nil && got[i]) != w {
				t.Errorf("%q inside a quotation: %v, want %v", s.Text, got != nil && got[i], w)
			}
		}
	}
	if seen != len(want) {
		t.Errorf("%d of the %d sentences found: %+v", seen, len(want), sents)
	}
}

func TestHeadlinePassive(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"One of the black boxes found, the interior minister says.", true},
		{"Two men arrested over the attack, police say.", true},
		{"Ferry captain detained in Varno, prosecutors say.", true},
		{"The plane crashed in the Alps, the minister says.", false},         // a past tense, no object to leave out
		{"Police found the box near the village, the minister says.", false}, // its object follows
		{"One of the black boxes was found, the interior minister says.", false},
		{"One of the black boxes found, the interior minister said.", false}, // a report's tense
		{"The bodies were found in the hills.", false},
		{"The crew found the wreck after the storm had killed two, officials say.", false},
	} {
		if got := headlinePassive(tc.text); got != tc.want {
			t.Errorf("headlinePassive(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestStrandedThey(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The mayor was not breathing when they arrived.", true},
		{"Officials said they were investigating.", false},
		{"The Ostland Medical Association said they were monitoring the ward.", false},
		{"Because they had found a suspect, investigators said the case was closed.", false},
		{"Because they had found a suspect, the case was closed.", true},
		{"Two men were arrested after police found them at the harbour.", false},
		{"The mayor said the news shocked them.", true},
		{"The mayor said “they will rebuild the harbour”.", false},
	} {
		if got := strandedThey(tc.text); got != tc.want {
			t.Errorf("strandedThey(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
