/**
 * Every word of the English edition. Figures are never typed here: a `{slot}` is filled at build
 * from data (see fill.ts): `{homeInsured}` renders as <data value="270000">270,000</data>,
 * `{name:le-thanh-sang}` as the official's name from data/officials.csv.
 */
import type { Strings } from "./en.ts";

/** Every word of the Vietnamese edition, keyed as en.ts. */
export const vi: Strings = {
  meta: {
    htmlLang: 'vi',
    title: 'Trăm người chưa được một',
    description:
      'Hầu như không có lao động di cư nào ở Việt Nam tham gia bảo hiểm xã hội tự nguyện. Bài viết dữ liệu này tìm hiểu vì sao, dựa trên các con số trong bản tin của Thông tấn xã Việt Nam.',
    siteName: 'Trăm người chưa được một',
    otherLanguage: 'English',
    otherLanguageLabel: 'Read in English',
  },
  site: {
    skip: 'Đi thẳng tới bài viết',
    kicker: 'Việt Nam · Bảo hiểm xã hội',
    byline: 'Bài viết, dữ liệu và đồ họa: nhóm dữ liệu',
    updated: 'Cập nhật lần cuối: {updated}',
    basedOn: 'Dựa trên bản tin của {publisher}. Bản tin không ghi ngày đăng.',
    scrollyOff: 'Hiện tất cả biểu đồ',
    scrollyOn: 'Cho biểu đồ chuyển động khi cuộn trang',
    scrollyHint: 'Biểu đồ thay đổi khi bạn cuộn trang. Bạn muốn xem tất cả biểu đồ cùng lúc?',
    navLabel: 'Các phần',
    nav: { story: 'Bài viết', charts: 'Biểu đồ cho nhà báo', methods: 'Phương pháp và dữ liệu' },
    footerLicence:
      'Bài viết và biểu đồ: CC BY 4.0. Dữ liệu: CC BY 4.0, mỗi tệp đều ghi rõ nguồn. Khi sử dụng lại, xin ghi nguồn bài viết này và {publisher}.',
    reportError: 'Bạn thấy có sai sót? Hãy báo cho chúng tôi, và xem các đính chính chúng tôi đã thực hiện.',
    contactLabel: 'viết thư cho nhóm dữ liệu',
    credits: 'Thực hiện',
    creditsText:
      'Tin gốc: {publisher}. Phân tích, biểu đồ và bài viết: nhóm dữ liệu. Phông chữ: Be Vietnam Pro. Biểu đồ được vẽ bằng Observable Plot và D3 khi dựng trang.',
    notFoundTitle: 'Không có trang này',
    notFoundText: 'Có thể địa chỉ bị gõ sai, hoặc trang đã được chuyển sang chỗ khác.',
    notFoundBack: 'Về bài viết',
  },
  figure: {
    source: 'Nguồn',
    note: 'Ghi chú',
    showData: 'Xem dữ liệu dạng bảng',
    download: 'Tải về',
    png: 'Ảnh PNG',
    svg: 'Ảnh SVG',
    csv: 'Dữ liệu (CSV)',
    embed: 'Nhúng biểu đồ này',
    chartLabel: 'Biểu đồ',
    projection: 'dự phóng',
    undated: 'không ghi ngày',
    readStory: 'Đọc bài: Trăm người chưa được một',
  },
  gallery: {
    title: 'Biểu đồ cho nhà báo',
    description: 'Mọi biểu đồ trong bài, để nhúng vào bài viết của bạn hoặc tải về dưới dạng PNG, SVG và dữ liệu (CSV), bằng tiếng Việt và tiếng Anh.',
    intro:
      'Bạn được đăng lại mọi biểu đồ trong bài, kèm ghi nguồn. Dán mã nhúng vào bài viết: biểu đồ tự co giãn cho vừa khung. Hoặc tải về dưới dạng ảnh, kèm dữ liệu gốc.',
    howTo: 'Dán mã này vào chỗ muốn đặt biểu đồ. Nếu trang của bạn gỡ bỏ mã script, biểu đồ vẫn hiện với chiều cao cố định.',
    embedCode: 'Mã nhúng',
    copy: 'Sao chép mã',
    copied: 'Đã sao chép',
    downloads: 'Tải về',
    png: 'PNG',
    png2x: 'PNG, kích thước gấp đôi',
    svg: 'SVG',
    csv: 'Dữ liệu (CSV)',
    oembed: 'oEmbed (cho hệ thống quản trị nội dung)',
    preview: 'Trang xem trước bản nhúng',
    about: 'Mô tả',
    cite: 'Cách trích dẫn',
    citation: '{site}, “{title}”, biểu đồ, dữ liệu cập nhật lần cuối ngày {updated}. Nguồn: {publisher}, “{sourceTitle}”, không ghi ngày. {url}',
    inStory: 'Xem trong bài',
    licence: 'Giấy phép: CC BY 4.0. Vui lòng ghi nguồn bài viết và nguồn tin gốc.',
  },
  opening: {
    title: 'Trăm người chưa được một',
    standfirst:
      'Việt Nam có {homeWorkers} lao động di cư, tức những người rời quê đi nơi khác tìm việc. Theo Bộ trưởng Bộ Lao động – Thương binh và Xã hội, chỉ {homeInsured} người trong số đó đã tham gia bảo hiểm xã hội tự nguyện.',
    bigLabel: 'lao động di cư có bảo hiểm xã hội tự nguyện, trên tổng số {homeWorkers} người',
    oneIn: 'Tức là cứ khoảng {homeOneIn} người mới có một người, tương đương {homeShare}.',
    lede:
      'Trong bản tin của {publisherShort}, các quan chức giải thích vì sao rất ít người di cư tham gia bảo hiểm xã hội tự nguyện, và nêu đề xuất của mình.',
  },
  scenes: {
    home: {
      heading: '{homeWorkersShort} lao động, chỉ vài ô có màu',
      steps: {
        all: 'Mỗi ô vuông ở đây ứng với {unit} lao động. Tất cả các ô cộng lại là {homeWorkers} lao động di cư của Việt Nam. Đây là con số do {role:dao-ngoc-dung} {name:dao-ngoc-dung} đưa ra khi trả lời phỏng vấn {publisherShort}.',
        insured:
          'Đây là {homeInsured} {homeInsuredWho} đã tham gia bảo hiểm xã hội tự nguyện, chiếm {homeShare} tổng số lao động di cư. Họ chỉ lấp được {homeInsuredMarks} trong số {homeMarks} ô.',
        uninsured:
          'Những người còn lại, {homeUninsured} người, không nằm trong số người tham gia. Bộ trưởng cho biết tình trạng này vẫn diễn ra dù Chính phủ đã ban hành nhiều chính sách an sinh xã hội cho lao động di cư.',
      },
    },
    abroad: {
      heading: 'Thêm khoảng {abroadWorkersShort} người ở nước ngoài',
      steps: {
        workers: 'Khoảng {abroadWorkers} lao động Việt Nam đang làm việc ở nước ngoài. Bản tin đưa con số này như một ước tính, và không cho biết ước tính của ai.',
        insured:
          'Theo {role:dinh-duy-hung} {body:dinh-duy-hung} {name:dinh-duy-hung}, chỉ {abroadInsured} người trong số đó đã tham gia bảo hiểm xã hội tự nguyện.',
        projection:
          'Cũng theo ước tính đó, số lao động ở nước ngoài tăng thêm khoảng {abroadGrowth} người mỗi năm. Nếu giữ nguyên tốc độ này, {projectionYears} năm sau thời điểm bản tin sẽ có khoảng {projectedAbroad} người làm việc ở nước ngoài. Đây là con số dự phóng của chúng tôi, tính theo tốc độ tăng đã nêu, không phải số liệu thống kê.',
      },
    },
    compare: {
      heading: 'Trong nước và nước ngoài, trên cùng thang đo',
      steps: {
        home: 'Trên thang đo từ không ai đến tất cả mọi người, tỷ lệ có bảo hiểm ở trong nước chỉ mảnh như sợi chỉ: {homeShare}.',
        abroad: 'Ở nước ngoài, tỷ lệ này là {abroadShare}, tức cứ khoảng {abroadOneIn} người mới có một người.',
      },
      caveat:
        'Tỷ lệ trong nước và ở nước ngoài không được tính theo cùng cách. Ở trong nước, {homeInsured} {homeInsuredWho} được đặt cạnh toàn bộ {homeWorkers} lao động di cư; ở nước ngoài, {abroadInsured} người được đặt cạnh khoảng {abroadWorkers} lao động.',
    },
    barriers: {
      heading: 'Vì sao họ không tham gia',
      intro:
        'Theo {role:le-thanh-sang} {body:le-thanh-sang} {name:le-thanh-sang}, nguyên nhân là những lỗ hổng trong việc thực thi chính sách. Các quan chức lần lượt chỉ ra từng rào cản.',
      namedBy: 'Người nêu',
      quoteIntro: 'Ông {name:le-thanh-sang} nói:',
      quoteOriginal: 'Nguyên văn trong bản tin tiếng Anh:',
    },
    pension: {
      heading: 'Có thể phải đóng tới {pensionYears} năm',
      steps: {
        grid: 'Theo {role:nguyen-trong-dam} Bộ Lao động – Thương binh và Xã hội {name:nguyen-trong-dam}, người tham gia có thể phải đóng tới {pensionYears} năm mới được nhận lương hưu hằng tháng.',
        pension:
          'Tức là có thể tới {pensionMonths} tháng đóng bảo hiểm trước kỳ lương hưu đầu tiên. Ông {name:nguyen-trong-dam} cho biết người di cư ngần ngại tham gia vì không thấy lợi ích trước mắt.',
      },
    },
    support: {
      heading: 'Ai chi trả',
      steps: {
        state:
          'Có những người tham gia được Nhà nước hỗ trợ. Người thuộc danh sách hộ nghèo có thể được Nhà nước hỗ trợ {poorPct} khi tham gia bảo hiểm xã hội tự nguyện; người thuộc danh sách hộ cận nghèo được hỗ trợ {nearPoorPct}. Bản tin nêu thông tin này ngay sau khi ông {name:tran-hai-nam} đề nghị nâng mức hỗ trợ, nhưng không nói ai là người đưa ra.',
        buyer:
          'Bản tin không nói các tỷ lệ này được tính trên khoản tiền nào. Theo cách hiểu của chúng tôi, đó là tỷ lệ trên số tiền người tham gia phải đóng. Nếu vậy, người tham gia còn phải tự đóng {poorBuyerPct} (hộ nghèo) và {nearPoorBuyerPct} (hộ cận nghèo).',
      },
    },
    proposals: {
      heading: 'Các quan chức đề xuất gì',
      intro:
        'Theo {role:tran-hai-nam} (Bộ Lao động – Thương binh và Xã hội) {name:tran-hai-nam}, lao động di cư đã được nhắc đến trong các luật như Luật Bảo hiểm xã hội, Luật Việc làm và Bộ luật Lao động, nhưng số người tham gia bảo hiểm xã hội vẫn còn ít. Ông đề xuất:',
      answers: 'Nhằm gỡ rào cản:',
      proposedBy: 'Người đề xuất',
      closing:
        'Mở đầu bản tin, người đứng đầu ngành lao động, Bộ trưởng {name:dao-ngoc-dung}, cho rằng Việt Nam thiếu giải pháp toàn diện để khuyến khích lao động di cư tham gia bảo hiểm xã hội tự nguyện.',
    },
    methods: {
      heading: 'Phương pháp và dữ liệu',
      sourcesHeading: 'Nguồn',
      sourceLine: '{publisher}: “{title}” (không ghi ngày).',
      sourceUndated:
        'Bản tin chúng tôi sử dụng không ghi ngày đăng. Vì vậy bài viết này không nêu ngày, và tính các năm dự phóng kể từ thời điểm bản tin.',
      figuresHeading: 'Cách tính từng con số',
      figure: 'Con số',
      formula: 'Công thức',
      value: 'Giá trị',
      figureNames: {
        homeShare: 'Tỷ lệ lao động di cư có bảo hiểm',
        homeOneIn: 'Cứ N người mới có một',
        homeUninsured: 'Lao động di cư không có bảo hiểm xã hội tự nguyện',
        abroadShare: 'Tỷ lệ lao động ở nước ngoài có bảo hiểm',
        projectedAbroad: 'Lao động ở nước ngoài (dự phóng)',
        pensionMonths: 'Số tháng đóng trước khi có lương hưu hằng tháng',
        buyerPct: 'Phần người tham gia tự đóng (theo cách hiểu của chúng tôi)',
        unit: 'Số lao động ứng với mỗi ô trong biểu đồ ô vuông',
      },
      formulas: {
        homeShare: 'số người có bảo hiểm trong nước ÷ số lao động di cư',
        homeOneIn: 'số lao động di cư ÷ số người có bảo hiểm trong nước, làm tròn đến số người nguyên',
        homeUninsured: 'số lao động di cư − số người có bảo hiểm trong nước',
        abroadShare: 'số người có bảo hiểm ở nước ngoài ÷ số lao động ở nước ngoài',
        projectedAbroad: 'số lao động ở nước ngoài + mức tăng mỗi năm × số năm sau bản tin (theo đường thẳng)',
        pensionMonths: 'số năm trước khi có lương hưu hằng tháng × số tháng trong năm',
        buyerPct: 'toàn bộ số tiền phải đóng trừ đi phần Nhà nước hỗ trợ, tính riêng cho từng danh sách hộ',
        unit: 'một lũy thừa của mười, chọn sao cho biểu đồ có vài trăm ô',
      },
      readingsHeading: 'Cách hiểu của chúng tôi và những chỗ sửa so với nguồn',
      readings: {
        ministry:
          'Bản tin tiếng Anh viết tên bộ là “Labour, Invalid and Social Affairs”. Tên tiếng Anh đúng của bộ khi đó là “Labour, Invalids and Social Affairs”, tức Bộ Lao động – Thương binh và Xã hội (nay đã sáp nhập vào Bộ Nội vụ). Chúng tôi dùng tên đúng này.',
        quote:
          'Bản tin chúng tôi sử dụng có chỗ bị dính liền các chữ. Trong câu trích dẫn trực tiếp duy nhất, chúng tôi chỉ thêm lại các khoảng trắng bị mất giữa các chữ, không sửa gì khác. Bản tiếng Việt của câu trích dẫn là do chúng tôi dịch.',
        support:
          'Bản tin nêu mức hỗ trợ của Nhà nước bằng tỷ lệ phần trăm nhưng không nói là phần trăm của khoản nào. Chúng tôi hiểu đó là tỷ lệ trên số tiền người tham gia phải đóng. Phần còn lại mà người tham gia tự đóng là theo cách hiểu này, không phải con số có trong bản tin.',
        bases:
          'Tỷ lệ trong nước và ở nước ngoài không được tính trên cùng cơ sở: ở trong nước, số người có bảo hiểm là lao động di cư từ nông thôn ra thành thị, nhưng được đặt cạnh toàn bộ lao động di cư.',
        projection:
          'Con số dự phóng về lao động ở nước ngoài giả định mức tăng hằng năm đã nêu tiếp tục đều đặn, theo đường thẳng. Đây không phải số liệu.',
        proposals: 'Việc mỗi đề xuất nhằm gỡ rào cản nào là cách hiểu của chúng tôi về bản tin.',
      },
      dataHeading: 'Tải dữ liệu',
      dataIntro: 'Mọi con số trên trang này đều được tính từ các tệp dưới đây mỗi khi dựng trang.',
      correctionsHeading: 'Đính chính',
      noCorrections: 'Chưa có đính chính nào.',
      reportError: 'Để báo lỗi, xin {contact}. Chúng tôi sửa sai sót và ghi lại mọi lần đính chính tại đây.',
      updatesHeading: 'Cập nhật',
    },
  },
  tables: {
    group: 'Nhóm',
    workers: 'Số lao động',
    insured: 'Có bảo hiểm xã hội tự nguyện',
    uninsured: 'Không có',
    oneIn: 'Cứ N người mới có một',
    workersPerSquare: 'Số lao động mỗi ô',
    yearsAfterReport: 'Số năm sau bản tin',
    workersAbroad: 'Lao động ở nước ngoài',
    kind: 'Loại số liệu',
    reported: 'theo bản tin',
    share: 'Tỷ lệ có bảo hiểm',
    insuredWho: 'Số người có bảo hiểm được tính cho ai',
    barrier: 'Rào cản',
    named: 'có nêu',
    yearsMax: 'Số năm trước khi có lương hưu hằng tháng (tối đa)',
    months: 'Số tháng đóng',
    householdList: 'Danh sách hộ',
    statePct: 'Nhà nước hỗ trợ (%)',
    buyerPct: 'Người tham gia tự đóng, theo cách hiểu của chúng tôi (%)',
    source: 'Nguồn',
  },
  charts: {
    'one-in-n': {
      title: 'Cứ {homeOneIn} lao động di cư mới có một người tham gia bảo hiểm xã hội tự nguyện',
      alt: 'Lưới gồm {homeOneIn} chấm, mỗi chấm là một lao động di cư trong nhóm {homeOneIn} người. Một chấm được tô màu và tách riêng: người có bảo hiểm xã hội tự nguyện. Còn lại {homeOneInRest} chấm màu xám.',
      note: '{homeInsured} người có bảo hiểm trên tổng số {homeWorkers} lao động di cư ({homeShare}), làm tròn thành cứ {homeOneIn} người mới có một.',
      insured: 'người có bảo hiểm xã hội tự nguyện',
      rest: '{homeOneInRest} người không có',
    },
    'unit-34-million': {
      title: 'Chỉ {homeShare} trong số {homeWorkersShort} lao động di cư của Việt Nam có bảo hiểm xã hội tự nguyện',
      alt: 'Biểu đồ ô vuông gồm {homeMarks} ô, mỗi ô ứng với {unit} lao động di cư. {homeInsuredMarks} ô được tô màu cho {homeInsured} người có bảo hiểm xã hội tự nguyện; phần còn lại, {homeUninsured} người, màu xám.',
      note: 'Mỗi ô ứng với {unit} lao động; ô chưa tô kín thể hiện phần lẻ. Số người có bảo hiểm là lao động di cư từ nông thôn ra thành thị, được đặt cạnh toàn bộ lao động di cư.',
      key: 'Mỗi ô = {unit} lao động',
      insured: '{homeInsuredShort} có bảo hiểm',
      uninsured: '{homeUninsuredShort} không có',
      states: { all: 'toàn bộ lao động di cư', insured: 'những người có bảo hiểm', uninsured: 'những người không có bảo hiểm' },
    },
    'abroad-projection': {
      title: 'Trong khoảng {abroadWorkersShort} lao động ở nước ngoài, {abroadInsured} người có bảo hiểm',
      alt: 'Lao động ở nước ngoài: khoảng {abroadWorkers} người vào thời điểm bản tin, trong đó {abroadInsured} người có bảo hiểm xã hội tự nguyện. Đường nét đứt dự phóng mức tăng đã nêu, khoảng {abroadGrowth} người mỗi năm, lên khoảng {projectedAbroad} người sau {projectionYears} năm.',
      note: 'Đường nét đứt là dự phóng của chúng tôi theo mức tăng đã nêu, khoảng {abroadGrowth} người mỗi năm, vẽ theo đường thẳng; đây không phải số liệu. Số năm được tính từ thời điểm bản tin, vốn không ghi ngày.',
      xLabel: 'Số năm sau bản tin',
      yLabel: 'Lao động ở nước ngoài',
      report: 'Lúc đưa tin',
      insured: '{abroadInsured} người có bảo hiểm',
      projection: 'Dự phóng theo mức tăng đã nêu',
      yearTick: 'năm {n}',
      states: { workers: 'lao động ở nước ngoài', insured: 'người có bảo hiểm trong số đó', projection: 'phần dự phóng' },
    },
    'coverage-compare': {
      title: 'Có bảo hiểm: {homeShare} trong nước, {abroadShare} ở nước ngoài',
      alt: 'Biểu đồ thanh trên cùng thang đo, từ không ai đến tất cả mọi người. Lao động di cư trong nước: {homeShare} có bảo hiểm. Lao động ở nước ngoài: {abroadShare} có bảo hiểm. Các tỷ lệ này được tính trên những cơ sở khác nhau.',
      note: 'Cơ sở tính khác nhau: trong nước là {homeInsuredWho} đặt cạnh toàn bộ lao động di cư; ở nước ngoài là số người có bảo hiểm đặt cạnh toàn bộ lao động ở nước ngoài.',
      home: 'Lao động di cư trong nước',
      abroad: 'Lao động ở nước ngoài',
      axis: 'Tỷ lệ có bảo hiểm xã hội tự nguyện',
      states: { home: 'trong nước', abroad: 'trong nước và ở nước ngoài' },
    },
    'barrier-matrix': {
      title: '{barrierCount} rào cản, do {officialCount} quan chức nêu ra',
      alt: 'Ma trận gồm {barrierCount} rào cản và {officialCount} quan chức đã nêu ra chúng. {matrixSummary}',
      note: 'Dấu chấm cho biết quan chức đó đã nêu rào cản này trong bản tin.',
      states: { intro: 'tất cả rào cản' },
    },
    'pension-months': {
      title: 'Có thể phải đóng tới {pensionMonths} tháng mới được nhận kỳ lương hưu đầu tiên',
      alt: 'Lưới gồm {pensionMonths} ô, mỗi hàng {monthsPerYear} ô là trọn năm đóng, tối đa {pensionYears} năm. Chỉ sau ô cuối cùng mới đến kỳ lương hưu hằng tháng đầu tiên.',
      note: 'Bản tin viết “lên tới” {pensionYears} năm; biểu đồ thể hiện mức chờ lâu nhất đó, mỗi ô là một tháng.',
      yearLabel: 'Năm {n}',
      pension: 'Kỳ lương hưu đầu tiên',
      states: { grid: 'các tháng đóng bảo hiểm', pension: 'kỳ lương hưu đầu tiên' },
    },
    'who-pays': {
      title: 'Nhà nước hỗ trợ {poorPct} cho hộ nghèo, {nearPoorPct} cho hộ cận nghèo',
      alt: 'Biểu đồ thanh. Danh sách hộ nghèo: Nhà nước hỗ trợ {poorPct}, người tham gia tự đóng {poorBuyerPct} theo cách hiểu của chúng tôi. Danh sách hộ cận nghèo: Nhà nước hỗ trợ {nearPoorPct}, người tham gia tự đóng {nearPoorBuyerPct} theo cách hiểu của chúng tôi.',
      note: 'Bản tin chỉ nêu phần Nhà nước hỗ trợ. Phần của người tham gia là cách hiểu của chúng tôi: đó là phần còn lại, nếu tỷ lệ hỗ trợ được tính trên số tiền người tham gia phải đóng.',
      state: 'Nhà nước',
      buyer: 'Người đóng (suy ra)',
      states: { state: 'phần Nhà nước hỗ trợ', buyer: 'phần người tham gia tự đóng' },
    },
  },
};
