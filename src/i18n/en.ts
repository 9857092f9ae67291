/**
 * Every word of the English edition. Figures are never typed here: a `{slot}` is filled at build
 * from data (see fill.ts): `{homeInsured}` renders as <data value="1234">1,234</data>,
 * `{name:le-thanh-sang}` as the official's name from data/officials.csv.
 */
export const en = {
  meta: {
    htmlLang: 'en',
    title: 'Fewer than one in a hundred',
    description:
      "Only {homeShare} of Vietnam’s {homeWorkersShort} migrant workers had bought voluntary social insurance, then labour minister {name:dao-ngoc-dung} told Vietnam News Agency. A data story on why so few bought.",
    siteName: 'Fewer than one in a hundred',
    otherLanguage: 'Tiếng Việt',
    otherLanguageLabel: 'Đọc bằng tiếng Việt',
  },
  site: {
    skip: 'Skip to the main content',
    kicker: 'Vietnam · Social insurance',
    byline: 'Words, data and graphics by the Data team',
    updated: 'Last updated {updated}',
    published: 'Published {updated}',
    basedOn: 'Based on a report by {publisher}, undated.',
    scrollyOff: 'Show all charts',
    scrollyOn: 'Animate charts as I scroll',
    scrollyHint: 'The charts change as you scroll. Prefer to see every chart at once?',
    navLabel: 'Sections',
    nav: { story: 'Story', charts: 'Charts for journalists', methods: 'Methods and data' },
    footerLicence:
      'Text and charts: CC BY 4.0. Data: CC BY 4.0, with the source named in every file. Reuse them with credit to this story and to {publisher}.',
    reportError: 'Found an error? Tell us, and see the corrections we have made.',
    contactLabel: 'write to the Data team',
    credits: 'Credits',
    creditsText:
      'Reporting by {publisher}. Analysis, charts and words by the Data team. Type: Be Vietnam Pro. Charts drawn with Observable Plot and D3 when the site is built.',
    notFoundTitle: 'This page is not here',
    notFoundText: 'The address may be mistyped, or the page may have moved.',
    notFoundBack: 'Go to the story',
  },
  figure: {
    // Under an embed and in every image download, so a republished chart keeps its credit.
    credit: 'Chart: Data team · CC BY 4.0',
    source: 'Source',
    note: 'Note',
    showData: 'Show the data as a table',
    download: 'Download',
    png: 'PNG image',
    svg: 'SVG image',
    csv: 'Data (CSV)',
    embed: 'Embed this chart',
    downloadEmbed: 'Download and embed',
    chartLabel: 'Chart',
    projection: 'projection',
    titleGloss: 'working translation',
    undated: 'undated',
    readStory: 'Read the story: Fewer than one in a hundred',
  },
  gallery: {
    title: 'Charts for journalists',
    description: 'Every chart in the story, to embed in your article or download as PNG, SVG and data (CSV), in English and Vietnamese.',
    intro:
      'Every chart in the story is yours to republish, with credit. Paste the embed code into your article: the chart resizes itself to fit. Or download it as an image, with the data behind it.',
    howTo: 'Paste this code where the chart should appear. If your site removes scripts, the chart still shows at a fixed height. The chart is set on a light background; change “?theme=light” to “?theme=dark”, or remove it to follow each reader’s setting.',
    embedCode: 'Embed code',
    copy: 'Copy code',
    copied: 'Copied',
    downloads: 'Downloads',
    png: 'PNG',
    png2x: 'PNG, double size',
    svg: 'SVG',
    csv: 'Data (CSV)',
    oembed: 'oEmbed (for content management systems)',
    preview: 'Embed preview page',
    about: 'Description',
    cite: 'How to cite',
    citation: 'Data team, “{title}”, chart in “{site}”, data last updated {updated}. Source: {publisher}, “{sourceTitle}”, undated. {url}',
    inStory: 'See it in the story',
    licence: 'Licence: CC BY 4.0. Credit the story and its source.',
    glance: 'The charts at a glance',
    copyEmbed: 'Copy embed code',
    getCode: 'Get the embed code',
  },
  opening: {
    title: 'Fewer than one in a hundred of Vietnam’s migrant workers had bought voluntary social insurance',
    standfirst:
      'Only {homeInsured} {homeInsuredWho} had bought it, {homeShare} of all {homeWorkersShort} migrant workers, {name:dao-ngoc-dung}, then the labour minister, told {publisherShort}. People quoted in its report explained why so few bought.',
    // The social card's line of context: short enough to stand whole beside the chart.
    cardLine: 'Only {homeInsured} {homeInsuredWho} had bought it, {homeShare} of all {homeWorkersShort} migrant workers, then labour minister {name:dao-ngoc-dung} told {publisherAbbr}; “about one in {homeOneIn}” and the {homeUninsuredShort} others are our calculation.',
    heroRatio: '{one} in {homeOneIn}',
    heroNote: 'Rounded: our calculation from the figures {name:dao-ngoc-dung} gave.',
    heroLabel: 'migrant workers had bought voluntary social insurance: {homeInsured} of {homeWorkersShort}',
    lede:
      'Migrant workers rarely had time to watch television or listen to the radio because of their long working hours, said {name:tran-hai-nam}, then {title:tran-hai-nam}.',
    product:
      'Buyers paid in for years before they could draw a monthly pension. It took up to {pensionYears} years of paying in before a buyer could receive one, said {name:nguyen-trong-dam}, {title:nguyen-trong-dam}.',
  },
  scenes: {
    home: {
      pinned: 'Buyers among {homeWorkersShort} migrant workers',
      heading: '{homeWorkersShort} migrant workers, {homeInsured} buyers',
      steps: {
        'one-in-n':
          'Each square stands for {unit} migrant workers. By our count, about one in every {homeOneIn} migrant workers had bought voluntary social insurance.',
        buyers:
          'The coloured squares are the {homeInsured} buyers, {homeInsuredWho}: {homeShare} of all migrant workers, {given:dao-ngoc-dung} said. That was so although the Government had issued many social security policies for migrant workers, he said.',
        rest: 'The grey squares are the other {homeUninsuredShort} migrant workers (our count): not among the {homeInsured} buyers the minister counted.',
      },
    },
    abroad: {
      pinned: 'Buyers among about {abroadWorkers} working abroad',
      heading: 'Abroad, {abroadInsured} buyers among about {abroadWorkers}',
      steps: {
        workers:
          'The scale changes: here each square stands for {abroadUnit} workers. About {abroadWorkers} Vietnamese labourers worked abroad, by an estimate {publisherAbbr} reports without saying whose it is.',
        buyers:
          'Only {abroadInsured} of them had bought voluntary social insurance, said {name:dinh-duy-hung}, then {title:dinh-duy-hung}. By our count that is {abroadShare}, about one in {abroadOneIn}: each block here holds {abroadOneIn} squares, against {homeOneIn} in the chart of all migrant workers.',
        growth:
          'The number abroad was growing by about {abroadGrowth} a year, by the same estimate: the outlined squares show one year of it.',
      },
      // Drawn after the scene: one block of each share, the squares the same size in both.
      compare: {
        home: 'All migrant workers: {one} in {homeOneIn}',
        homeSub: '{homeShare} of all {homeWorkersShort} migrant workers',
        abroad: 'Abroad: {one} in {abroadOneIn}',
        abroadSub: '{abroadShare} of about {abroadWorkers} working abroad',
        caption: 'Each block holds one buyer; the squares are the same size on both sides. The {one} in {homeOneIn} and {one} in {abroadOneIn} are our calculation.',
      },
      after:
        'The headline’s “fewer than one in a hundred” is the share of all {homeWorkersShort} migrant workers, {homeShare}. The two shares are counted on different bases. At home, {homeInsured} {homeInsuredWho} are set against all {homeWorkersShort} migrant workers; abroad, {abroadInsured} buyers against about {abroadWorkers} workers. The report does not say whether the {homeWorkersShort} include the workers abroad.',
    },
    barriers: {
      pinned: 'Who named which barrier',
      heading: 'Why so few bought',
      // The first card of each theme opens with its lead; each barrier then names who made the point.
      leads: {
        place: 'First, where workers live. Gaps in carrying out policy were to blame, said {name:le-thanh-sang}, then {title:le-thanh-sang}.',
        money: 'Then come money, paperwork and time.',
        word: 'Last, how the policies were explained.',
      },
      point: '{who} said {point}',
      // The same person again, later in the scene (or after a lead that names them).
      pointAgain: '{who} also said {point}',
      // One person's points on two barriers in a row, as one sentence.
      // Right after a lead that names the person: the point without the name again.
      pointAfterLead: 'He said {point}',
      pointsJoin: ', and ',
      // At the end of a card with a barrier the law has since changed: a pointer to the note set apart at the end.
      since: { 'household-registration': '(Paper household registration books have since ceased to be valid: see below.)' },
      pointQuoted: '{who} said:',
      pointQuotedAgain: '{who} added:',
      quoteOriginal: 'In the English report:',
    },
    pension: {
      heading: 'It took up to {pensionYears} years to reach a monthly pension, {given:nguyen-trong-dam} said',
      steps: {
        grid: 'Each square is one month of paying in; each row, a year.',
        pension:
          'That is up to {pensionMonths} months (our count) before the first monthly pension. Migrant workers hesitated to buy, {given:nguyen-trong-dam} said, because they did not see the immediate benefits. That was the wait he described at the time of the report; the law has since changed (see “Since the report” below).',
      },
    },
    support: {
      pinned: 'The state’s support, by household list',
      heading: 'State support at the time: {poorPct} for people on the poor household list, {nearPoorPct} on the near-poor list',
      steps: {
        state:
          'At the time of the report, a person on the poor household list could receive {poorPct} from the state when buying voluntary social insurance; a person on the near-poor household list, {nearPoorPct}. The report gives these figures right after {given:tran-hai-nam} said support should be increased, and does not say who gave them.',
        buyer:
          'The report does not say of what these are a share. If they are a share of what the buyer pays (our reading), the buyer would still pay {poorBuyerPct} or {nearPoorBuyerPct}.',
      },
    },
    gap: {
      pinned: 'Proposals beside the barriers they answer (our reading)',
      intro: 'Vietnam lacked comprehensive solutions to encourage migrant workers to buy, the country’s top labour official, {given:dao-ngoc-dung}, had said. Every proposal in the report was made, or reported, by {given:tran-hai-nam}; the chart sets each beside the barriers it answers, in our reading.',
      // A proposal's card after its label: who made it.
      proposal: '{who}: {point}.',
      // A later proposal by the same people: openings taken in turn (Vietnamese varies them; an English
      // card opens with the name alike each time).
      proposalAgain: ['{who}: {point}.', '{who}: {point}.', '{who}: {point}.', '{who}: {point}.'],
      answersNone: 'In our reading, it answers none of the barriers above.',
      heading: 'What was proposed, and what was not',
      // The story's last line, after the last chart: what the law has changed since, pointed to.
      closing: 'The rules behind two of these barriers, household registration and the wait for a monthly pension, have since changed (see below).',
      steps: {
        gap: 'In our reading, none of them was aimed at the long wait for a monthly pension: the wait that made migrant workers hesitate to buy, {given:nguyen-trong-dam} said.',
      },
    },
    methods: {
      heading: 'Methods and data',
      sourcesHeading: 'Source',
      sourceLine: '{publisher}: {title}, undated.',
      sourceUndated:
        'The copy of the report we worked from carries no publication date, so this story gives none and counts projected years from the report. People’s titles are given as they were at the time of the report.',
      figuresHeading: 'How each figure is computed',
      figuresIntro: 'Of the figures below, the report itself gives only the share of all migrant workers, rounded ({homeShare}); the others are our calculations from the report’s figures.',
      figure: 'Figure',
      formula: 'Formula',
      value: 'Value',
      figureNames: {
        homeShare: 'Share of migrant workers who had bought voluntary social insurance',
        homeOneIn: 'One in N',
        abroadOneIn: 'One in N abroad',
        homeUninsured: 'Migrant workers not among the buyers counted',
        abroadShare: 'Share of workers abroad who had bought it',
        projectedAbroad: 'Workers abroad after {projectionYears} years of our projection (from the report’s rate, not a count)',
        pensionMonths: 'Months of paying in before a monthly pension',
        buyerPct: 'Left for the buyer (our reading)',
        unit: 'Workers per square in the chart of all migrant workers',
        abroadUnit: 'Workers per square in the chart of workers abroad',
      },
      formulas: {
        homeShare: 'buyers at home ÷ migrant workers',
        homeOneIn: 'migrant workers ÷ buyers at home, rounded to a whole person',
        abroadOneIn: 'workers abroad ÷ buyers abroad, rounded to a whole person',
        homeUninsured: 'migrant workers − buyers at home',
        abroadShare: 'buyers abroad ÷ workers abroad',
        projectedAbroad: 'workers abroad + yearly growth × years after the report (linear)',
        pensionMonths: 'years before a monthly pension × months in a year',
        buyerPct: 'the whole payment − the state’s support, for each household list',
        unit: 'a power of ten, chosen so that the chart has a few hundred squares',
        abroadUnit: 'a power of ten, chosen so that the chart has a few hundred squares',
      },
      readingsHeading: 'Our readings and corrections to the source',
      readings: {
        ministry:
          'The report names the ministry “Labour, Invalid and Social Affairs”. Its name at the time was the Ministry of Labour, Invalids and Social Affairs (merged since the report into the Ministry of Home Affairs: see “Since the report”), and we use that name.',
        quote:
          'Our copy of the report runs some words together. In the one direct quotation we restored the missing spaces between words and left out the comma that ends it in the report (before “he said”); we changed nothing else.',
        support:
          'The report gives the state’s support as a percentage without saying of what. We read it as a share of what the buyer pays; the remainder shown for the buyer is that reading, not a reported figure.',
        bases:
          'The home and abroad shares are not on the same footing: at home the buyers counted are rural-to-urban migrant workers, set against all migrant workers; abroad, the buyers are set against the estimated number of workers abroad.',
        projection:
          'The projection of workers abroad assumes the stated yearly growth continues in a straight line. It is not data.',
        proposals: 'How the report’s points are split into {barrierCountWords} barriers, grouped by theme, and which barrier each proposal answers, are our reading of the report.',
        names: 'The report gives every name without diacritics. The Vietnamese edition restores them where the spelling is known; for Dinh Duy Hung and Tran Hai Nam we could not confirm it, so both editions keep the report’s.',
      },
      dataHeading: 'Download the data',
      dataIntro: 'Every figure on this page is computed from these files when the site is built.',
      files: {
        'sources.csv': 'Sources',
        'officials.csv': 'People quoted',
        'coverage.csv': 'Migrant workers and buyers',
        'pension.csv': 'Years before a monthly pension',
        'support.csv': 'The state’s support',
        'barriers.csv': 'Barriers',
        'proposals.csv': 'Proposals',
        'since.csv': 'Since the report',
        'corrections.csv': 'Corrections',
        'updates.csv': 'Updates',
      },
      correctionsHeading: 'Corrections',
      noCorrections: 'No corrections yet.',
      reportError: 'To report an error, {contact}. We correct mistakes and list every correction here.',
      updatesHeading: 'Updates',
    },
  },
  tables: {
    group: 'Group',
    workers: 'Workers',
    insured: 'Buyers of voluntary social insurance',
    buyersWho: 'Buyers counted are',
    saidBy: 'Figure given by',
    uninsured: 'Others, not among the buyers counted (our calculation)',
    oneIn: 'About one in N (our calculation)',
    workersPerSquare: 'Workers per square',
    yearsAfterReport: 'Years after the report',
    workersAbroad: 'Workers abroad',
    kind: 'Kind',
    reportedEstimate: 'workers: an estimate the report does not attribute; buyers: {buyersSaidBy}; share: our calculation',
    ourProjection: 'our projection from the rate in the report, not a count',
    oursSource: 'Data team projection, from the rate given in: {source}',
    sinceReport: 'Since the report (not from it)',
    sinceSource: '{source}; “{column}” column: {law}',
    share: 'Share who had bought it (%, our calculation)',
    theme: 'Theme',
    barrier: 'Barrier',
    answeredBy: 'Proposal that answers it (our reading)',
    noAnswer: 'none',
    named: 'named it',
    yearsMax: 'Years before a monthly pension (up to)',
    months: 'Months of paying in (our count)',
    householdList: 'Household list',
    statePct: 'State support at the time (%)',
    buyerPct: 'Left for the buyer, our reading (%)',
    source: 'Source',
  },
  charts: {
    'unit-34-million': {
      title: 'Only {homeShare} of Vietnam’s {homeWorkersShort} migrant workers had bought voluntary social insurance: about one in {homeOneIn} (our calculation)',
      alt: 'A unit chart of {homeMarks} squares, each standing for {unit} migrant workers, set out in blocks of {homeOneIn}. In each full block of {homeOneIn}, one square is coloured; in the last, shorter block a part-coloured square makes up the rest. Together they are the {homeInsured} with voluntary social insurance, about one in {homeOneIn} (our calculation). The other {homeUninsured} (our calculation) are not among the buyers counted.',
      note: 'Figures from {name:dao-ngoc-dung}, then {title:dao-ngoc-dung}, who gave the share as {homeShare} in an interview with {publisherShort} ({publisherAbbr}); “about one in {homeOneIn}” is our calculation. Each square stands for {unit} workers; a part-coloured square shows the remainder. The buyers counted are rural-to-urban migrant workers, set against all migrant workers.',
      // The social card's line under the title: who gave the figures, and what is ours.
      card: 'Figures from {name:dao-ngoc-dung}, then labour minister, to {publisherAbbr} (undated); “about one in {homeOneIn}” is our calculation.',
      key: 'Each square = {unit} workers',
      oneIn: 'About {one} in {homeOneIn} (our count)',
      buyers: '{homeInsured} with voluntary social insurance',
      rest: '{homeUninsuredShort} others (our count)',
    },
    'abroad-units': {
      title: 'Of about {abroadWorkers} Vietnamese working abroad, {abroadInsured} had bought voluntary social insurance: {abroadShare} (our calculation)',
      alt: 'A unit chart on its own scale: {abroadMarks} squares, each standing for {abroadUnit} workers, for about {abroadWorkers} Vietnamese labourers working abroad, set out in blocks of {abroadOneIn}, as the chart of all migrant workers sets them out in blocks of {homeOneIn}. One square at the start of each full block is coloured: together, {abroadInsuredMarks} squares for the {abroadInsured} with voluntary social insurance ({abroadShare}, about one in {abroadOneIn}: our calculation). {abroadGrowthMarks} outlined squares show the estimated growth of about {abroadGrowth} a year given in the report.',
      note: 'The {abroadInsured} buyers are {name:dinh-duy-hung}’s figure (then {title:dinh-duy-hung}); the share {abroadShare}, about one in {abroadOneIn}, is our calculation. {publisherAbbr} gives the figure of about {abroadWorkers} abroad and the growth of about {abroadGrowth} a year as estimates, without saying whose. Each square stands for {abroadUnit} workers, not {unit} as in the chart of all migrant workers. The share of all migrant workers, {homeShare}, is counted on a different basis: {homeInsuredWho} who bought, set against all migrant workers.',
      card: 'Source: {publisherAbbr}, undated. The {abroadInsured} is {name:dinh-duy-hung}’s figure; {abroadShare} is our calculation, on a different basis from the {homeShare} of all {homeWorkersShort} migrant workers.',
      key: 'Each square = {abroadUnit} workers',
      workers: 'About {abroadWorkers} working abroad',
      buyers: '{abroadInsured} with voluntary social insurance',
      buyersShare: '{abroadShare}, about one in {abroadOneIn} (our count)',
      growth: 'About {abroadGrowth} more a year (an unattributed estimate; one year shown)',
    },
    'barrier-matrix': {
      title: '{barrierCountWords} barriers named by {officialCountWords} of the people the {publisherAbbr} report quotes; in our reading, no proposal was aimed at the {unansweredBarriers}',
      alt: 'A matrix of {barrierCountWords} barriers to buying voluntary social insurance, grouped by theme, against the {officialCountWords} people quoted in the report who named them, with the proposal that answers each barrier in our reading; every proposal was made or reported by {name:tran-hai-nam}. {matrixSummary}',
      note: 'A dot marks who named the barrier in the {publisherAbbr} report. Which proposal answers which barrier is our reading (the comprehensive solutions were proposed for the situation as a whole; we set them beside the barriers of where workers live); all the proposals were made or reported by {name:tran-hai-nam}.',
      noteNarrow: 'The name after each barrier is who named it in the {publisherAbbr} report: {matrixKey}. Which proposal answers which barrier is our reading (the comprehensive solutions were proposed for the situation as a whole; we set them beside the barriers of where workers live); all the proposals were made or reported by {name:tran-hai-nam}.',
      themes: { place: 'Where they live', money: 'Money, paperwork and time', word: 'How policies are explained' },
      roles: {
        'le-thanh-sang': 'then head of a research institute',
        'nguyen-trong-dam': 'former deputy minister',
        'dao-ngoc-dung': 'labour minister at the time',
        'tran-hai-nam': 'then deputy department head, labour ministry',
      },
      proposals: 'Proposal that answers it (our reading)',
      proposalsShort: 'Proposal (our reading)',
      noAnswer: 'No proposal answered this',
      // The alt text's words for that row: it is our reading, as every other row's answer is.
      noAnswerAlt: 'in our reading, no proposal in the report answered this',
      summaryRow: '{barrier} (named by {names}), {answer}',
      answeredBy: 'answered, in our reading, by {proposals}',
    },
    'pension-months': {
      title: 'Up to {pensionYears} years of paying in ({pensionMonths} months, our count) before a buyer could receive a monthly pension, {name:nguyen-trong-dam} said',
      alt: 'A grid of {pensionMonths} squares, one for each month of paying in, {monthsPerYear} to a row: one row for each of up to {pensionYears} years of buying voluntary social insurance before a buyer could receive a monthly pension, as {name:nguyen-trong-dam} described the rule at the time. The first monthly pension is marked after the last square.',
      note: '{name:nguyen-trong-dam} said it took up to {pensionYears} years before a buyer could receive a monthly pension; the chart shows those {pensionYears} years, one square a month ({pensionMonths} months is our count).',
      // Stands out under the chart wherever it travels (embed, gallery, downloads): the rule it shows has changed.
      since: 'Since the report (not from it): {since:pension-period}.',
      // In the data's own "since the report" column: the change alone.
      sinceCell: '{since:pension-period}.',
      card: 'Source: {publisherAbbr}, undated. Since the report, {since:pension-period}.',
      yearLabel: 'Year {n}',
      counter: 'Year {n} of paying in',
      counterWhole: 'Up to {pensionYears} years of paying in',
      pension: 'First monthly pension',
      total: '{pensionMonths} months (our count)',
    },
    'who-pays': {
      title: 'The state’s support for buyers at the time, as {publisherShort} ({publisherAbbr}) reported it: {poorPct} for people on the poor household list, {nearPoorPct} on the near-poor list',
      alt: 'Two bars, each standing, in our reading, for the whole payment. People on the poor household list: the state’s support of {poorPct} as a solid grey part, and a dashed outline for the {poorBuyerPct} that would be left for the buyer, in our reading. People on the near-poor household list: {nearPoorPct} from the state, {nearPoorBuyerPct} left for the buyer, in our reading. The report does not say what the percentages are a share of.',
      note: 'These were the rates at the time of the report. {publisherAbbr} gives only the state’s support, and does not say what it is a share of. The outlined part for the buyer is our reading: what would be left if it were a share of what the buyer pays.',
      state: 'State support: {pct}',
      buyer: 'Left for the buyer: {pct}',
      reading: 'The base is not stated in the {publisherAbbr} report; the dashed part is our reading.',
    },
  },
  since: {
    heading: 'Since the report',
    intro: 'The report is undated and describes the rules of its time. These changes came after it; they are not from the report.',
    law: 'Legal reference',
  },
};

export type Strings = typeof en;
