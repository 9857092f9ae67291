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
      "Almost none of Vietnam's migrant workers have voluntary social insurance. A data story on why, told with the figures in a report by the Vietnam News Agency.",
    siteName: 'Fewer than one in a hundred',
    otherLanguage: 'Tiếng Việt',
    otherLanguageLabel: 'Đọc bằng tiếng Việt',
  },
  site: {
    skip: 'Skip to the main content',
    kicker: 'Vietnam · Social insurance',
    byline: 'Words, data and graphics by the data desk',
    updated: 'Last updated {updated}',
    basedOn: 'Based on a report by {publisher}, undated.',
    scrollyOff: 'Show all charts',
    scrollyOn: 'Animate charts as I scroll',
    scrollyHint: 'The charts change as you scroll. Prefer to see every chart at once?',
    navLabel: 'Sections',
    nav: { story: 'Story', charts: 'Charts for journalists', methods: 'Methods and data' },
    footerLicence:
      'Text and charts: CC BY 4.0. Data: CC BY 4.0, with the source named in every file. Reuse them with credit to this story and to {publisher}.',
    reportError: 'Found an error? Tell us, and see the corrections we have made.',
    contactLabel: 'write to the data desk',
    credits: 'Credits',
    creditsText:
      'Reporting by {publisher}. Analysis, charts and words by the data desk. Type: Be Vietnam Pro. Charts drawn with Observable Plot and D3 when the site is built.',
    notFoundTitle: 'This page is not here',
    notFoundText: 'The address may be mistyped, or the page may have moved.',
    notFoundBack: 'Go to the story',
  },
  figure: {
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
    undated: 'undated',
    readStory: 'Read the story: Fewer than one in a hundred',
  },
  gallery: {
    title: 'Charts for journalists',
    description: 'Every chart in the story, to embed in your article or download as PNG, SVG and data (CSV), in English and Vietnamese.',
    intro:
      'Every chart in the story is yours to republish, with credit. Paste the embed code into your article: the chart resizes itself to fit. Or download it as an image, with the data behind it.',
    howTo: 'Paste this code where the chart should appear. If your site removes scripts, the chart still shows at a fixed height.',
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
    citation: '{site}, “{title}”, chart, data last updated {updated}. Source: {publisher}, “{sourceTitle}”, undated. {url}',
    inStory: 'See it in the story',
    licence: 'Licence: CC BY 4.0. Credit the story and its source.',
  },
  opening: {
    title: 'Fewer than one in a hundred of Vietnam’s migrant workers had bought voluntary social insurance',
    standfirst:
      'Only {homeInsured} {homeInsuredWho} had bought it, {homeShare} of all {homeWorkersShort} migrant workers, {name:dao-ngoc-dung}, then the labour minister, told {publisherShort}. People quoted in its report explain why so few buy.',
    heroRatio: '{one} in {homeOneIn}',
    heroLabel: 'migrant workers had bought voluntary social insurance: {homeInsured} of {homeWorkersShort}',
    lede:
      'Their incomes are low and unstable, the minister said. Their working hours are so long that they rarely have time to watch television or listen to the radio, said {name:tran-hai-nam} of the ministry. And when they move to find work, they lose the support of social security policies in their homeland, said {name:le-thanh-sang}, who heads a research institute.',
    product:
      'Voluntary social insurance is bought, not given: a buyer pays in for years before receiving a monthly pension.',
  },
  scenes: {
    home: {
      heading: '{homeWorkersShort} migrant workers, {homeInsuredShort} buyers',
      steps: {
        'one-in-n':
          'Each square stands for {unit} migrant workers. For every {homeOneIn} of them, one had bought voluntary social insurance.',
        buyers:
          'The coloured squares are the {homeInsured} buyers, {homeInsuredWho}: {homeShare} of all migrant workers, {name:dao-ngoc-dung} said. That was so although the Government had issued many social security policies for migrant workers, he said.',
        rest: 'The grey squares are the other {homeUninsuredShort} migrant workers: not among the buyers.',
      },
    },
    abroad: {
      heading: 'Abroad, one in {abroadOneIn}',
      steps: {
        workers:
          'The scale changes: here each square stands for {abroadUnit} workers. About {abroadWorkers} Vietnamese labourers work abroad, by an estimate the report gives without saying whose it is.',
        buyers:
          'Only {abroadInsured} of them had bought voluntary social insurance, said {name:dinh-duy-hung}, {role:dinh-duy-hung} at {body:dinh-duy-hung}: {abroadShare}, about one in {abroadOneIn}. The title’s “fewer than one in a hundred” is the share at home, {homeShare}.',
        growth:
          'The number abroad grows by about {abroadGrowth} a year, by the same estimate: the outlined squares show one year of it.',
      },
      after:
        'The two shares are counted on different bases. At home, {homeInsured} {homeInsuredWho} are set against all {homeWorkers} migrant workers; abroad, {abroadInsured} buyers against about {abroadWorkers} workers. The report does not say whether the {homeWorkersShort} include the workers abroad.',
    },
    barriers: {
      heading: 'Why so few buy',
      steps: {
        place:
          'Gaps in carrying out policy are to blame, said {name:le-thanh-sang}, {role:le-thanh-sang} of the {body:le-thanh-sang}. First, the rules follow where a worker is registered:',
        money: 'Then there are money, paperwork and time:',
        word: 'And word of the policies does not reach them:',
      },
      quoteOriginal: 'In the English report:',
    },
    pension: {
      heading: 'Up to {pensionYears} years before a pension',
      steps: {
        grid: 'A buyer could have to pay in for up to {pensionYears} years before receiving a monthly pension, said {name:nguyen-trong-dam}, {role:nguyen-trong-dam}. Each square is a month of paying in.',
        pension:
          'That is up to {pensionMonths} months before the first monthly pension. Migrant workers hesitate to buy, he said, because they do not see the immediate benefits.',
      },
    },
    support: {
      heading: 'Help with the cost, for some',
      steps: {
        state:
          'A person on the poor household list can receive {poorPct} from the state when buying voluntary social insurance; a person on the near-poor household list, {nearPoorPct}. The report gives these figures right after {name:tran-hai-nam} said support should be increased, and does not say who gave them.',
        buyer:
          'The report does not say of what these are a share. If they are a share of what the buyer pays (our reading), the buyer would still pay {poorBuyerPct} or {nearPoorBuyerPct}.',
      },
    },
    gap: {
      heading: 'What is proposed, and what is not',
      steps: {
        answers:
          'All {proposalCount} proposals in the report are {name:tran-hai-nam}’s. The chart sets each beside the barriers it answers, in our reading:',
        gap: 'None answers the long wait: up to {pensionYears} years of paying in before a monthly pension, which makes migrant workers hesitate to buy, {name:nguyen-trong-dam} said.',
      },
    },
    methods: {
      heading: 'Methods and data',
      sourcesHeading: 'Source',
      sourceLine: '{publisher}: “{title}”, undated.',
      sourceUndated:
        'The copy of the report we worked from carries no publication date, so this story gives none and counts projected years from the report.',
      figuresHeading: 'How each figure is computed',
      figure: 'Figure',
      formula: 'Formula',
      value: 'Value',
      figureNames: {
        homeShare: 'Share of migrant workers insured',
        homeOneIn: 'One in N',
        homeUninsured: 'Migrant workers without voluntary social insurance',
        abroadShare: 'Share of workers abroad insured',
        projectedAbroad: 'Workers abroad, projected',
        pensionMonths: 'Months of paying in before a monthly pension',
        buyerPct: 'Left for the buyer (our reading)',
        unit: 'Workers per square in the unit chart',
      },
      formulas: {
        homeShare: 'insured at home ÷ migrant workers',
        homeOneIn: 'migrant workers ÷ insured at home, rounded to a whole person',
        homeUninsured: 'migrant workers − insured at home',
        abroadShare: 'insured abroad ÷ workers abroad',
        projectedAbroad: 'workers abroad + yearly growth × years after the report (linear)',
        pensionMonths: 'years before a monthly pension × months in a year',
        buyerPct: 'the whole payment − the state’s support, for each household list',
        unit: 'a power of ten, chosen so that the chart has a few hundred squares',
      },
      readingsHeading: 'Our readings and corrections to the source',
      readings: {
        ministry:
          'The report names the ministry “Labour, Invalid and Social Affairs”. Its name at the time was the Ministry of Labour, Invalids and Social Affairs (since merged into the Ministry of Home Affairs), and we use that name.',
        quote:
          'Our copy of the report runs some words together. In the one direct quotation we restored the missing spaces between words and left out the comma that ends it in the report (before “he said”); we changed nothing else.',
        support:
          'The report gives the state’s support as a percentage without saying of what. We read it as a share of what the buyer pays; the remainder shown for the buyer is that reading, not a reported figure.',
        bases:
          'The home and abroad shares are not on the same footing: at home the insured are rural-to-urban migrant workers, set against all migrant workers.',
        projection:
          'The projection of workers abroad assumes the stated yearly growth continues in a straight line. It is not data.',
        proposals: 'Which barrier each proposal answers is our reading of the report.',
      },
      dataHeading: 'Download the data',
      dataIntro: 'Every figure on this page is computed from these files when the site is built.',
      correctionsHeading: 'Corrections',
      noCorrections: 'No corrections yet.',
      reportError: 'To report an error, {contact}. We correct mistakes and list every correction here.',
      updatesHeading: 'Updates',
    },
  },
  tables: {
    group: 'Group',
    workers: 'Workers',
    insured: 'With voluntary social insurance',
    uninsured: 'Not among the buyers',
    oneIn: 'One in N',
    workersPerSquare: 'Workers per square',
    yearsAfterReport: 'Years after the report',
    workersAbroad: 'Workers abroad',
    kind: 'Kind',
    reported: 'reported',
    share: 'Share with voluntary social insurance (%)',
    insuredWho: 'Who the insured count covers',
    barrier: 'Barrier',
    named: 'named it',
    yearsMax: 'Years before a monthly pension (up to)',
    months: 'Months of paying in',
    householdList: 'Household list',
    statePct: 'State support (%)',
    buyerPct: 'Left for the buyer, our reading (%)',
    source: 'Source',
  },
  charts: {
    'one-in-n': {
      title: 'Of every {homeOneIn} migrant workers, one has voluntary social insurance',
      alt: 'A grid of {homeOneIn} dots, one for each migrant worker in a group of {homeOneIn}. One dot is coloured and set apart: the one with voluntary social insurance. The other {homeOneInRest} are grey.',
      note: '{homeInsured} insured of {homeWorkers} migrant workers ({homeShare}), rounded to one in {homeOneIn}.',
      insured: 'has voluntary social insurance',
      rest: '{homeOneInRest} without',
    },
    'unit-34-million': {
      title: 'Only {homeShare} of Vietnam’s {homeWorkersShort} migrant workers have bought voluntary social insurance: about one in {homeOneIn}',
      alt: 'A unit chart of {homeMarks} squares, each standing for {unit} migrant workers, set out in blocks of {homeOneIn}. One square in each block is coloured: together they are the {homeInsured} with voluntary social insurance, about one in {homeOneIn}. The other {homeUninsured} are not among the buyers.',
      note: 'Each square stands for {unit} workers; a part-coloured square shows the remainder. The buyers counted are rural-to-urban migrant workers, set against all migrant workers.',
      key: 'Each square = {unit} workers',
      oneIn: '1 in {homeOneIn}',
      buyers: '{homeInsured} with voluntary social insurance',
      rest: '{homeUninsuredShort} not among the buyers',
      states: { 'one-in-n': 'one in every block', buyers: 'the buyers', rest: 'everyone not among the buyers' },
    },
    'abroad-projection': {
      title: 'Of about {abroadWorkers} labourers abroad, {abroadInsured} are insured',
      alt: 'Workers abroad: about {abroadWorkers} at the time of the report, of whom {abroadInsured} have voluntary social insurance. A dashed line projects the stated growth of about {abroadGrowth} a year to about {projectedAbroad} after {projectionYears} years.',
      note: 'The dashed line is our projection from the stated rate of about {abroadGrowth} a year, drawn in a straight line; it is not data. Years are counted from the undated report.',
      xLabel: 'Years after the report',
      yLabel: 'Workers abroad',
      report: 'At the report',
      insured: '{abroadInsured} insured',
      projection: 'Projection at the stated rate',
      yearTick: 'year {n}',
      states: { workers: 'workers abroad', insured: 'the insured among them', projection: 'the projection' },
    },
    'coverage-compare': {
      title: 'Insured: {homeShare} at home, {abroadShare} abroad',
      alt: 'Two bars on one scale from nobody to everybody. Migrant workers at home: {homeShare} insured. Workers abroad: {abroadShare} insured. The two shares are counted on different bases.',
      note: 'Different bases: at home, {homeInsuredWho} over all migrant workers; abroad, the insured over all labourers abroad.',
      home: 'Migrant workers at home',
      abroad: 'Labourers abroad',
      axis: 'Share with voluntary social insurance',
      states: { home: 'at home', abroad: 'at home and abroad' },
    },
    'barrier-matrix': {
      title: '{barrierCount} barriers, named by {officialCount} officials',
      alt: 'A matrix of {barrierCount} barriers by the {officialCount} officials who named them. {matrixSummary}',
      note: 'A dot marks an official who named the barrier in the report.',
      states: { intro: 'every barrier' },
    },
    'pension-months': {
      title: 'Up to {pensionMonths} months of paying in before the first monthly pension',
      alt: 'A grid of {pensionMonths} squares, {monthsPerYear} to a row, one row for each of up to {pensionYears} years. Only after the last square does the first monthly pension arrive.',
      note: 'The report says it takes “up to” {pensionYears} years; the chart shows that longest wait, one square per month.',
      yearLabel: 'Year {n}',
      pension: 'First monthly pension',
      states: { grid: 'the months of paying in', pension: 'the first pension' },
    },
    'who-pays': {
      title: 'State support: {poorPct} for the poor, {nearPoorPct} for the near-poor',
      alt: 'Two bars. Poor household list: the state {poorPct}, the buyer {poorBuyerPct} in our reading. Near-poor household list: the state {nearPoorPct}, the buyer {nearPoorBuyerPct} in our reading.',
      note: 'The report gives only the state’s share. The buyer’s part is our reading: what is left if the state’s share is a share of what the buyer pays.',
      state: 'State',
      buyer: 'Buyer (our reading)',
      states: { state: "the state's support", buyer: 'what is left for the buyer' },
    },
  },
};

export type Strings = typeof en;
