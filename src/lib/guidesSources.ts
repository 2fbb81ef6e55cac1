/** A primary source for a reading exercise: a brief, exact quotation, or (where none was checked) a description. */
export interface SourceReading {
  id: string;
  title: string;
  /** Bibliography id in `data/sources.yml`. */
  source: string;
  /** What the document is and why it matters, in our words. */
  context: string;
  /** Exact extracts, checked against the cited text; empty when the source is only described. */
  extracts: { locator: string; text: string }[];
  questions: string[];
  /** Chapter file ids the exercise fits. */
  chapters: string[];
}

/** The source-reading exercises of the kit, in the order a course meets them. */
export const SOURCE_READINGS: readonly SourceReading[] = [
  {
    id: 'imf-articles',
    title: 'The Bretton Woods agreement: the IMF’s Articles of Agreement (1944)',
    source: 'imf-articles-1944',
    context:
      'Signed at the Bretton Woods conference in July 1944, the Articles set up the International Monetary Fund and the post-war system of fixed but adjustable exchange rates. Article I states what the Fund is for; Article IV says how each currency’s value was to be fixed.',
    extracts: [
      {
        locator: 'Article I (i)',
        text: 'To promote international monetary cooperation through a permanent institution which provides the machinery for consultation and collaboration on international monetary problems.',
      },
      {
        locator: 'Article I (iii)',
        text: 'To promote exchange stability, to maintain orderly exchange arrangements among members, and to avoid competitive exchange depreciation.',
      },
      {
        locator: 'Article IV, Section 1(a), in part',
        text: 'in terms of gold as a common denominator or in terms of the United States dollar of the weight and fineness in effect on July 1, 1944',
      },
    ],
    questions: [
      'What problems of the years before 1944 do the purposes in Article I suggest the delegates wanted to avoid? What is a “competitive exchange depreciation”?',
      'Article IV lets a country express its currency’s value in gold or in dollars. What does that choice tell you about the dollar’s place in 1944?',
      'Nothing in these extracts makes the dollar the only reserve currency. Where, then, did its special role come from?',
    ],
    chapters: ['04-the-dollar-era', '05-the-triffin-dilemma'],
  },
  {
    id: 'nixon-1971',
    title: 'Closing the gold window: President Nixon’s address of 15 August 1971',
    source: 'nixon-1971-address',
    context:
      'On a Sunday evening in August 1971, President Nixon announced on television a “new economic policy”: a freeze on wages and prices, a surcharge on imports and the end of the dollar’s convertibility into gold for foreign governments and central banks.',
    extracts: [
      {
        locator: 'The passage on the dollar',
        text: 'I have directed Secretary Connally to suspend temporarily the convertibility of the dollar into gold or other reserve assets, except in amounts and conditions determined to be in the interest of monetary stability and in the best interests of the United States.',
      },
      {
        locator: 'The next paragraphs, in part',
        text: 'Let me lay to rest the bugaboo of what is called devaluation.',
      },
    ],
    questions: [
      'Find the word “temporarily”. Was the suspension temporary? Check the events of 1971–1973 on the timeline.',
      'Who could convert dollars into gold before this announcement, and who could not? Whom did the suspension affect?',
      'Why might a president avoid the word “devaluation”? Compare the gold price before and after 1971 in the dollar-era chapter.',
      'The article says the United States could no longer meet demands for gold. Does the extract admit that? Compare it with the claim ledger’s entry on 1971.',
    ],
    chapters: ['04-the-dollar-era', '05-the-triffin-dilemma'],
  },
  {
    id: 'triffin-1960',
    title: 'The warning: Robert Triffin, Gold and the Dollar Crisis (1960)',
    source: 'triffin-1960',
    context:
      'Triffin’s book argued that a world which adds to its reserves by holding more dollars depends on continuing US deficits, and that the growing pile of dollars abroad must in time undermine confidence in their convertibility into gold. The book is still in copyright, so we describe it rather than quote it; a library copy gives the argument in the author’s words.',
    extracts: [],
    questions: [
      'State the two horns of the dilemma in one sentence each.',
      'Triffin wrote before the claims on US gold passed the gold stock. Use the Triffin chapter’s figure to say when that happened.',
      'Why is a prediction made before the event stronger evidence than an explanation written after it?',
    ],
    chapters: ['05-the-triffin-dilemma'],
  },
  {
    id: 'sterling-balances',
    title: 'Britain’s debts to its empire: a written answer in Parliament (1947)',
    source: 'hansard-1947-04-17-sterling-balances',
    context:
      'In April 1947 a Treasury minister answered a question in the House of Commons with the sterling balances held by India, Burma and the Middle East at the end of 1945 and 1946: money owed by Britain, much of it for supplies and services in the Second World War, and held in London as sterling. Read the answer itself in Hansard (linked below); the essay’s data page gives the figures as transcribed.',
    extracts: [],
    questions: [
      'Why were these balances held in sterling, in London?',
      'What could Britain do if the holders wanted to spend them all at once? What did it do?',
      'Compare the sterling balances with the dollars held abroad in the 1960s. What is the same, and what is different?',
    ],
    chapters: ['03-the-sterling-era', '05-the-triffin-dilemma'],
  },
];
