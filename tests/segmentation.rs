//! Sentence-boundary cases, written for citeaudit, one group per category of
//! the standard English boundary rules (abbreviations, initials, numbers,
//! quotes, lists, ellipses, URLs, exclamations in names, citation markers).
//! Each case is the text and the sentences we expect.

use citeaudit::read::sentences::split_sentences;

type Case = (&'static str, &'static [&'static str]);

const CASES: &[(&str, &[Case])] = &[
    (
        "plain",
        &[
            ("The ferry left at dawn.", &["The ferry left at dawn."]),
            (
                "The ferry left. It was late.",
                &["The ferry left.", "It was late."],
            ),
            (
                "Stop! Who goes there? Nobody.",
                &["Stop!", "Who goes there?", "Nobody."],
            ),
            ("Really?! I had no idea.", &["Really?!", "I had no idea."]),
            ("Wait!! Come back.", &["Wait!!", "Come back."]),
        ],
    ),
    (
        "titles and abbreviations",
        &[
            (
                "Dr. Okafor met Mrs. Lind at noon.",
                &["Dr. Okafor met Mrs. Lind at noon."],
            ),
            (
                "Gen. Ruiz and Prof. Amat spoke. Then they left.",
                &["Gen. Ruiz and Prof. Amat spoke.", "Then they left."],
            ),
            (
                "We hiked past Mt. Tabor and St. Anne's chapel.",
                &["We hiked past Mt. Tabor and St. Anne's chapel."],
            ),
            (
                "The deal was signed by Harlow Bros. on Friday.",
                &["The deal was signed by Harlow Bros. on Friday."],
            ),
            (
                "Shares of Velto Corp. fell. The drop was steep.",
                &["Shares of Velto Corp. fell.", "The drop was steep."],
            ),
            (
                "She joined Pell & Co. It was her first job.",
                &["She joined Pell & Co.", "It was her first job."],
            ),
            (
                "He works for Pell & Co. in the north.",
                &["He works for Pell & Co. in the north."],
            ),
            (
                "That is Sam Ortiz Jr.'s bike.",
                &["That is Sam Ortiz Jr.'s bike."],
            ),
            (
                "Bring fruit, bread, etc. We leave at six.",
                &["Bring fruit, bread, etc.", "We leave at six."],
            ),
            (
                "Use a solvent, e.g. Acetone works well.",
                &["Use a solvent, e.g. Acetone works well."],
            ),
            (
                "See p. 14 and Fig. 3 for the data.",
                &["See p. 14 and Fig. 3 for the data."],
            ),
            (
                "It is listed as No. 7 on the chart.",
                &["It is listed as No. 7 on the chart."],
            ),
        ],
    ),
    (
        "dotted initialisms",
        &[
            (
                "Prices rose in the U.S. The euro fell.",
                &["Prices rose in the U.S.", "The euro fell."],
            ),
            (
                "She moved to the U.S. in 2009.",
                &["She moved to the U.S. in 2009."],
            ),
            (
                "The U.S. Senate voted late.",
                &["The U.S. Senate voted late."],
            ),
            (
                "He toured the U.K. How was it?",
                &["He toured the U.K.", "How was it?"],
            ),
            (
                "They sailed from the U.S.A. last spring.",
                &["They sailed from the U.S.A. last spring."],
            ),
        ],
    ),
    (
        "initials",
        &[
            (
                "The poem is by T. S. Marlow and friends.",
                &["The poem is by T. S. Marlow and friends."],
            ),
            (
                "My aunt is Clara B. Hoyt of Leeds.",
                &["My aunt is Clara B. Hoyt of Leeds."],
            ),
            (
                "It was just Tom and I. Then Ana came.",
                &["It was just Tom and I.", "Then Ana came."],
            ),
            (
                "Take vitamin D. It helps in winter.",
                &["Take vitamin D.", "It helps in winter."],
            ),
            // A single capital that ends a sentence before a word that
            // opens sentences.
            (
                "The crew switched to Plan B. Nobody objected to it.",
                &["The crew switched to Plan B.", "Nobody objected to it."],
            ),
            (
                "The order went to Dock C. Several boats waited there.",
                &["The order went to Dock C.", "Several boats waited there."],
            ),
        ],
    ),
    (
        "times",
        &[
            (
                "We met at 9 a.m. on Sunday.",
                &["We met at 9 a.m. on Sunday."],
            ),
            (
                "The shop opens at 8 a.m. It closes at noon.",
                &["The shop opens at 8 a.m.", "It closes at noon."],
            ),
            (
                "The vote closes at 5 p.m. ET on Friday.",
                &["The vote closes at 5 p.m. ET on Friday."],
            ),
            // `a.m.` ending a sentence before a capitalised word.
            (
                "The ferry left at 6 a.m. Officials closed the pier soon after.",
                &[
                    "The ferry left at 6 a.m.",
                    "Officials closed the pier soon after.",
                ],
            ),
            (
                "The market opens at 7 a.m. Monday through Saturday.",
                &["The market opens at 7 a.m. Monday through Saturday."],
            ),
        ],
    ),
    (
        "numbers and money",
        &[
            (
                "Inflation hit 3.4 percent in May.",
                &["Inflation hit 3.4 percent in May."],
            ),
            (
                "The fee is $12.50 per ticket.",
                &["The fee is $12.50 per ticket."],
            ),
            (
                "The fee is $12.50. Children ride free.",
                &["The fee is $12.50.", "Children ride free."],
            ),
            (
                "It sold 2,500 units in 2021. Sales then slowed.",
                &["It sold 2,500 units in 2021.", "Sales then slowed."],
            ),
            (
                "Version 4.2.1 ships today.",
                &["Version 4.2.1 ships today."],
            ),
            (
                "The code is ref. 4471.220.19. Keep it safe.",
                &["The code is ref. 4471.220.19.", "Keep it safe."],
            ),
        ],
    ),
    (
        "quotations and parentheses",
        &[
            (
                "\"We will rebuild,\" the mayor said.",
                &["\"We will rebuild,\" the mayor said."],
            ),
            (
                "\"It is over.\" she said quietly.",
                &["\"It is over.\" she said quietly."],
            ),
            (
                "\"It is over.\" Then she left.",
                &["\"It is over.\"", "Then she left."],
            ),
            (
                "He said “we are done.” Nobody replied.",
                &["He said “we are done.”", "Nobody replied."],
            ),
            (
                "The ruling (issued late on Monday.) was final.",
                &["The ruling (issued late on Monday.) was final."],
            ),
            (
                "The tide turned. (Nobody expected it.) The boats came back.",
                &[
                    "The tide turned.",
                    "(Nobody expected it.)",
                    "The boats came back.",
                ],
            ),
        ],
    ),
    (
        "quotations split by their attribution",
        &[
            (
                "\"We are done. The work ends,\" the mayor said. Then she left.",
                &[
                    "\"We are done. The work ends,\" the mayor said.",
                    "Then she left.",
                ],
            ),
            (
                "“The pier is safe. Boats may dock,” said the harbour master.",
                &["“The pier is safe. Boats may dock,” said the harbour master."],
            ),
            (
                "He said “it works.” Then he left. “Good. Fine.” The end came.",
                &[
                    "He said “it works.”",
                    "Then he left.",
                    "“Good.",
                    "Fine.”",
                    "The end came.",
                ],
            ),
            // Single quotes, as British writing quotes, and a title in
            // them; apostrophes and a mark (`'A`) open nothing.
            (
                "'We are done. The work ends,' the mayor said. Then she left.",
                &[
                    "'We are done. The work ends,' the mayor said.",
                    "Then she left.",
                ],
            ),
            (
                "‘The ferry is late. It comes at nine,’ the port said.",
                &["‘The ferry is late. It comes at nine,’ the port said."],
            ),
            (
                "The band released 'Help! We Need You' in May.",
                &["The band released 'Help! We Need You' in May."],
            ),
            (
                "It's the crews' rota. They rest on Mondays. 'Fine,' he said.",
                &["It's the crews' rota.", "They rest on Mondays.", "'Fine,' he said."],
            ),
            (
                "Marks 'A to 'Z name files. You can jump to them, as 'B is.",
                &["Marks 'A to 'Z name files.", "You can jump to them, as 'B is."],
            ),
            (
                "\"He said 'Stop! Go back!' twice,\" she said.",
                &["\"He said 'Stop! Go back!' twice,\" she said."],
            ),
        ],
    ),
    (
        "lists",
        &[
            (
                "1. Pack the tent 2. Fill the tank 3. Leave early",
                &["1. Pack the tent", "2. Fill the tank", "3. Leave early"],
            ),
            (
                "1) Pack the tent. 2) Fill the tank.",
                &["1) Pack the tent.", "2) Fill the tank."],
            ),
            (
                "a. Salt b. Flour c. Eggs",
                &["a. Salt", "b. Flour", "c. Eggs"],
            ),
            // Enumerations with a parenthesis stay inside their sentence.
            (
                "The plan has three parts: a) new boats, b) lower fares and c) more routes. It starts in May.",
                &[
                    "The plan has three parts: a) new boats, b) lower fares and c) more routes.",
                    "It starts in May.",
                ],
            ),
            (
                "• 4. Mix well • 5. Bake slowly",
                &["• 4. Mix well", "• 5. Bake slowly"],
            ),
        ],
    ),
    (
        "ellipses",
        &[
            (
                "The plan was . . . bold, to say the least.",
                &["The plan was . . . bold, to say the least."],
            ),
            (
                "I thought... well, never mind.",
                &["I thought... well, never mind."],
            ),
            (
                "He never returned.... The house was sold.",
                &["He never returned....", "The house was sold."],
            ),
            // An ellipsis before a word that opens sentences ends one.
            (
                "She paused … Then she spoke again.",
                &["She paused …", "Then she spoke again."],
            ),
            (
                "The ferry waited... Then it left the quay.",
                &["The ferry waited...", "Then it left the quay."],
            ),
            (
                "The road ran on... Up the hill it went.",
                &["The road ran on... Up the hill it went."],
            ),
            (
                "He stopped. . . . Nobody spoke after that.",
                &["He stopped. . . .", "Nobody spoke after that."],
            ),
        ],
    ),
    (
        "urls and e-mail",
        &[
            (
                "Write to desk.editor@example.org. We answer daily.",
                &["Write to desk.editor@example.org.", "We answer daily."],
            ),
            (
                "The data is at https://data.example.net/v2/set.csv. It is free.",
                &[
                    "The data is at https://data.example.net/v2/set.csv.",
                    "It is free.",
                ],
            ),
            (
                "Visit news.example.com for more.",
                &["Visit news.example.com for more."],
            ),
        ],
    ),
    (
        "names with punctuation",
        &[
            (
                "She trades on Zoomly! in the mornings.",
                &["She trades on Zoomly! in the mornings."],
            ),
            (
                "He worked at Zoomly! Korea for a decade.",
                &["He worked at Zoomly! Korea for a decade."],
            ),
            (
                "Look out! The wave is coming.",
                &["Look out!", "The wave is coming."],
            ),
        ],
    ),
    (
        "missing spaces",
        &[
            (
                "The rain stopped.Then the sun came out.",
                &["The rain stopped.", "Then the sun came out."],
            ),
            (
                "They counted 1,200.That was a record.",
                &["They counted 1,200.", "That was a record."],
            ),
        ],
    ),
];

fn run(text: &str) -> Vec<&str> {
    split_sentences(text)
        .into_iter()
        .map(|r| text[r].trim())
        .collect()
}

#[test]
fn every_category_passes() {
    let mut failures = Vec::new();
    let mut total = 0;
    for (category, cases) in CASES {
        for (text, expected) in *cases {
            total += 1;
            let got = run(text);
            if got != *expected {
                failures.push(format!(
                    "[{category}] {text:?}\n   got {got:?}\n  want {expected:?}"
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {total} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn uax29_alone_gets_many_of_these_wrong() {
    // The baseline we improve on: plain Unicode sentence boundaries.
    use unicode_segmentation::UnicodeSegmentation;
    let mut wrong = 0;
    for (_, cases) in CASES {
        for (text, expected) in *cases {
            let got: Vec<&str> = text.unicode_sentences().map(str::trim).collect();
            wrong += usize::from(got != *expected);
        }
    }
    assert!(wrong >= 10, "UAX #29 got only {wrong} wrong");
}
