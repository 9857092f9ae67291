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
    glance: 'The charts at a glance',
    copyEmbed: 'Copy embed code',
    getCode: 'Get the embed code',
  },
  opening: {
    title: 'Fewer than one in a hundred',
    standfirst:
      "Vietnam has {homeWorkers} migrant workers. Only {homeInsured} {homeInsuredWho} have bought voluntary social insurance, the country's labour minister says.",
    bigLabel: 'migrant workers with voluntary social insurance, out of {homeWorkers}',
    oneIn: 'That is about one in every {homeOneIn}, or {homeShare}.',
    lede:
      'Officials quoted in a report by {publisherShort} explained why so few migrants buy voluntary social insurance, and what they propose.',
  },
  scenes: {
    home: {
      heading: '{homeWorkersShort} workers, a few coloured squares',
      steps: {
        all: 'Each square here stands for {unit} workers. Together they are Vietnam’s {homeWorkers} migrant workers, the figure given by {name:dao-ngoc-dung}, {role:dao-ngoc-dung}, in an interview with {publisherShort}.',
        insured:
          'These are the {homeInsured} {homeInsuredWho} who have bought voluntary social insurance: {homeShare} of all migrant workers. They fill {homeInsuredMarks} of the {homeMarks} squares.',
        uninsured:
          'The rest, {homeUninsured} people, are not among the buyers. The minister said this was so although the Government has issued many social security policies for migrant workers.',
      },
    },
    abroad: {
      heading: 'About {abroadWorkers} more, abroad',
      steps: {
        workers: 'About {abroadWorkers} Vietnamese labourers work abroad. The report gives this as an estimate and does not say whose it is.',
        insured:
          'Only {abroadInsured} of them have bought voluntary social insurance, said {name:dinh-duy-hung}, {role:dinh-duy-hung} at {body:dinh-duy-hung}.',
        projection:
          'The same estimate says the number abroad grows by about {abroadGrowth} a year. If it kept that pace, about {projectedAbroad} would be working abroad {projectionYears} years after the report. This is our projection from a stated rate, not a count.',
      },
    },
    compare: {
      heading: 'Two gaps on one scale',
      steps: {
        home: 'Put on one scale from nobody to everybody, coverage at home is a sliver: {homeShare}.',
        abroad: 'Abroad it is {abroadShare}, about one in {abroadOneIn}.',
      },
      caveat:
        'The two shares are not counted the same way. At home, {homeInsured} {homeInsuredWho} are set against all {homeWorkers} migrant workers; abroad, {abroadInsured} against about {abroadWorkers} labourers.',
    },
    barriers: {
      heading: 'Why they don’t buy',
      intro:
        'Gaps in how policies are carried out are to blame, said {name:le-thanh-sang}, {role:le-thanh-sang} of the {body:le-thanh-sang}. Officials named one barrier after another.',
      namedBy: 'Named by',
      quoteIntro: '{name:le-thanh-sang} put it this way:',
      quoteOriginal: 'In the English report:',
    },
    pension: {
      heading: 'Up to {pensionYears} years of paying in',
      steps: {
        grid: 'A buyer may have to pay in for up to {pensionYears} years before they can receive a monthly pension, said {name:nguyen-trong-dam}, {role:nguyen-trong-dam}.',
        pension:
          'That is up to {pensionMonths} months of paying in before the first pension. Migrants hesitate to buy, {name:nguyen-trong-dam} said, because they do not see an immediate benefit.',
      },
    },
    support: {
      heading: 'Who pays',
      steps: {
        state:
          'The state helps some buyers. A person on the poor household list can receive support of {poorPct} from the state when buying voluntary social insurance; a person on the near-poor list, {nearPoorPct}. The report states this right after {name:tran-hai-nam} called for higher support, without naming who said it.',
        buyer:
          'The report does not say what these percentages are a share of. Our reading: a share of what the buyer pays. That would leave {poorBuyerPct} and {nearPoorBuyerPct} for the buyer to pay.',
      },
    },
    proposals: {
      heading: 'What officials propose',
      intro:
        'Migrant workers are mentioned in laws such as the law on social insurance, the law on employment and the Labour Code, said {name:tran-hai-nam}, {role:tran-hai-nam} at the ministry, yet few have bought social insurance. He proposed:',
      answers: 'Answers the barrier:',
      proposedBy: 'Proposed by',
      closing:
        'The report opens with the country’s top labour official, {name:dao-ngoc-dung}, saying that Vietnam lacks comprehensive solutions to encourage migrant workers to buy voluntary social insurance.',
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
          'Our copy of the report runs some words together. In the one direct quotation we restored the missing spaces between words and changed nothing else.',
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
    uninsured: 'Without',
    oneIn: 'One in N',
    workersPerSquare: 'Workers per square',
    yearsAfterReport: 'Years after the report',
    workersAbroad: 'Workers abroad',
    kind: 'Kind',
    reported: 'reported',
    share: 'Share insured (%)',
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
      title: 'Only {homeShare} of Vietnam’s {homeWorkersShort} migrant workers have voluntary social insurance',
      alt: 'A unit chart of {homeMarks} squares, each standing for {unit} migrant workers. {homeInsuredMarks} squares are coloured for the {homeInsured} with voluntary social insurance; the rest, {homeUninsured} people, are grey.',
      note: 'Each square stands for {unit} workers; a part-filled square shows the remainder. The insured are rural-to-urban migrant workers, counted against all migrant workers.',
      key: 'Each square = {unit} workers',
      insured: '{homeInsuredShort} insured',
      uninsured: '{homeUninsuredShort} without',
      states: { all: 'all migrant workers', insured: 'the insured highlighted', uninsured: 'the uninsured highlighted' },
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
