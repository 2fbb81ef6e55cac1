/** One stretch of a lesson: how long it takes, what the teacher does and what students do. */
export interface LessonStage {
  minutes: number;
  stage: string;
  teacher: string;
  students: string;
}

/** A lesson plan built around one chapter's teacher guide. */
export interface LessonPlan {
  id: string;
  title: string;
  stages: LessonStage[];
}

/** The two plans of the kit; each works with any chapter's guide. */
export const LESSON_PLANS: readonly LessonPlan[] = [
  {
    id: 'single-period',
    title: 'A single period (45 minutes)',
    stages: [
      {
        minutes: 5,
        stage: 'Hook',
        teacher:
          'Shows the chapter’s first figure on the projector and asks what students notice. Writes the lesson question on the board (the data activity’s title).',
        students: 'Say what they see in the figure and guess the answer to the lesson question.',
      },
      {
        minutes: 10,
        stage: 'Reading',
        teacher: 'Hands out or links the chapter; points to two key terms in the glossary.',
        students: 'Read the chapter, or its first two sections, marking one claim they doubt.',
      },
      {
        minutes: 15,
        stage: 'Data activity',
        teacher:
          'Puts students in pairs with the worksheet and the data file (on screen or printed). Circulates; checks the rows each pair has found against the answer page.',
        students: 'Follow the worksheet steps in a spreadsheet or by hand, and write down their results.',
      },
      {
        minutes: 10,
        stage: 'Discussion',
        teacher:
          'Collects two or three results on the board, then asks one discussion question and one “contested” prompt from the guide.',
        students: 'Compare results, explain differences, and say whether the data support the article.',
      },
      {
        minutes: 5,
        stage: 'Exit ticket',
        teacher: 'Asks for one sentence: what did the data show, and what would you still need to know?',
        students: 'Write the sentence on the worksheet and hand it in.',
      },
    ],
  },
  {
    id: 'double-period',
    title: 'A double period (90 minutes)',
    stages: [
      {
        minutes: 10,
        stage: 'Hook and question',
        teacher:
          'Shows the chapter’s first figure, states the article’s claim for the chapter and asks students to predict whether the data will bear it out.',
        students: 'Write a prediction and one reason for it.',
      },
      {
        minutes: 15,
        stage: 'Reading and terms',
        teacher: 'Assigns the whole chapter; asks each student to look up the guide’s key terms in the glossary.',
        students: 'Read the chapter and write each key term in their own words.',
      },
      {
        minutes: 25,
        stage: 'Data activity',
        teacher:
          'Runs the activity in pairs, as in the single period, then asks the fastest pairs to draw the chart the last step asks for.',
        students: 'Complete every step of the worksheet, including the chart.',
      },
      {
        minutes: 15,
        stage: 'Primary source',
        teacher: 'Hands out one extract from the source-reading page that fits the chapter.',
        students: 'Answer the extract’s questions in pairs and connect it to the chapter.',
      },
      {
        minutes: 20,
        stage: 'Structured debate',
        teacher:
          'Splits the class on one “contested” prompt: one side argues the article’s claim, the other the ledger’s counterpoint; each side must cite a number from the data.',
        students: 'Prepare for five minutes, argue for ten, then vote and give the deciding reason.',
      },
      {
        minutes: 5,
        stage: 'Exit ticket',
        teacher: 'Returns to the predictions from the start.',
        students: 'Write whether their prediction held, and what changed their mind if it did not.',
      },
    ],
  },
];
