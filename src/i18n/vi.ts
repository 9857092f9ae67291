/**
 * Every word of the English edition. Figures are never typed here: a `{slot}` is filled at build
 * from data (see fill.ts): `{homeInsured}` renders as <data value="1234">1.234</data>,
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
    skip: 'Chuyển đến nội dung chính',
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
      'Bài viết và biểu đồ: CC BY 4.0. Dữ liệu: CC BY 4.0, mỗi tệp đều ghi rõ nguồn. Khi sử dụng lại, xin ghi rõ nguồn: bài viết này và bản tin của {publisher}.',
    reportError: 'Bạn phát hiện sai sót? Hãy báo cho chúng tôi và xem các đính chính đã thực hiện.',
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
      'Bạn có thể đăng lại mọi biểu đồ trong bài, với điều kiện ghi rõ nguồn. Dán mã nhúng vào bài viết: biểu đồ tự co giãn cho vừa khung. Hoặc tải biểu đồ về dưới dạng ảnh, kèm dữ liệu gốc.',
    howTo: 'Dán mã này vào chỗ muốn đặt biểu đồ. Nếu hệ thống của bạn loại bỏ mã JavaScript, biểu đồ vẫn hiển thị, với chiều cao cố định.',
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
    glance: 'Các biểu đồ',
    copyEmbed: 'Sao chép mã nhúng',
    getCode: 'Lấy mã nhúng',
  },
  opening: {
    title: 'Trăm người chưa được một',
    standfirst:
      'Việt Nam có {homeWorkers} lao động di cư. Theo Bộ trưởng Bộ Lao động – Thương binh và Xã hội, chỉ {homeInsured} {homeInsuredWho} đã tham gia bảo hiểm xã hội tự nguyện.',
    bigLabel: 'lao động di cư có bảo hiểm xã hội tự nguyện, trên tổng số {homeWorkers} người',
    oneIn: 'Tức là cứ khoảng {homeOneIn} người mới có một người, tương đương {homeShare}.',
    lede:
      'Trong bản tin của {publisherShort}, các quan chức giải thích vì sao rất ít lao động di cư tham gia bảo hiểm xã hội tự nguyện và đưa ra đề xuất.',
  },
  scenes: {
    home: {
      heading: '{homeWorkersShort} lao động, chỉ vài ô có màu',
      steps: {
        all: 'Mỗi ô vuông ở đây ứng với {unit} lao động. Tất cả các ô cộng lại là {homeWorkers} lao động di cư của Việt Nam. Đây là con số do {role:dao-ngoc-dung} {name:dao-ngoc-dung} đưa ra khi trả lời phỏng vấn {publisherShort}.',
        insured:
          'Đây là {homeInsured} {homeInsuredWho} đã tham gia bảo hiểm xã hội tự nguyện, chiếm {homeShare} tổng số lao động di cư. Họ chỉ tô kín được {homeInsuredMarks} trong số {homeMarks} ô.',
        uninsured:
          'Số còn lại, {homeUninsured} người, chưa tham gia. Theo Bộ trưởng, tình trạng này vẫn diễn ra dù Chính phủ đã ban hành nhiều chính sách an sinh xã hội dành cho lao động di cư.',
      },
    },
    abroad: {
      heading: 'Thêm khoảng {abroadWorkers} người làm việc ở nước ngoài',
      steps: {
        workers: 'Khoảng {abroadWorkers} lao động Việt Nam đang làm việc ở nước ngoài. Bản tin nêu đây là con số ước tính nhưng không cho biết ai đưa ra ước tính này.',
        insured:
          'Theo {name:dinh-duy-hung}, {role:dinh-duy-hung} ({body:dinh-duy-hung}), chỉ {abroadInsured} người trong số đó đã tham gia bảo hiểm xã hội tự nguyện.',
        projection:
          'Cũng theo ước tính đó, số lao động ở nước ngoài tăng thêm khoảng {abroadGrowth} người mỗi năm. Nếu giữ nguyên tốc độ này, {projectionYears} năm sau thời điểm bản tin sẽ có khoảng {projectedAbroad} người làm việc ở nước ngoài. Đây là con số dự phóng của chúng tôi, tính theo tốc độ tăng đã nêu, không phải số liệu thống kê.',
      },
    },
    compare: {
      heading: 'Trong nước và ở nước ngoài, trên cùng một thang đo',
      steps: {
        home: 'Đặt trên cùng một thang đo, từ không có ai đến toàn bộ lao động, tỷ lệ có bảo hiểm ở trong nước chỉ là một vệt mỏng: {homeShare}.',
        abroad: 'Ở nước ngoài, tỷ lệ này là {abroadShare}, tức cứ khoảng {abroadOneIn} người mới có một người.',
      },
      caveat:
        'Hai tỷ lệ này không được tính trên cùng một cơ sở. Ở trong nước, {homeInsured} {homeInsuredWho} được so với tổng số {homeWorkers} lao động di cư; ở nước ngoài, {abroadInsured} người được so với khoảng {abroadWorkers} lao động.',
    },
    barriers: {
      heading: 'Vì sao họ không tham gia',
      intro:
        'Theo {role:le-thanh-sang} {body:le-thanh-sang} {name:le-thanh-sang}, nguyên nhân của tình trạng này là những bất cập trong việc thực thi chính sách. Các quan chức lần lượt chỉ ra từng rào cản.',
      namedBy: 'Người nêu',
      quoteIntro: 'Ông {name:le-thanh-sang} nói (bản dịch của chúng tôi):',
      quoteOriginal: 'Nguyên văn tiếng Anh trong bản tin:',
    },
    pension: {
      heading: 'Có thể phải đóng tới {pensionYears} năm',
      steps: {
        grid: 'Theo {role:nguyen-trong-dam} {name:nguyen-trong-dam}, người tham gia có thể phải đóng bảo hiểm tới {pensionYears} năm mới được nhận lương hưu hằng tháng.',
        pension:
          'Tức là có thể phải đóng tới {pensionMonths} tháng mới nhận được kỳ lương hưu đầu tiên. Theo ông {name:nguyen-trong-dam}, điều này khiến lao động di cư ngần ngại tham gia vì không thấy lợi ích trước mắt.',
      },
    },
    support: {
      heading: 'Ai đóng, ai hỗ trợ',
      steps: {
        state:
          'Một số người tham gia được Nhà nước hỗ trợ. Người thuộc danh sách hộ nghèo có thể được Nhà nước hỗ trợ {poorPct} khi tham gia bảo hiểm xã hội tự nguyện; người thuộc danh sách hộ cận nghèo được hỗ trợ {nearPoorPct}. Bản tin nêu các mức này ngay sau đề nghị nâng mức hỗ trợ của ông {name:tran-hai-nam}, nhưng không ghi rõ ai là người phát biểu.',
        buyer:
          'Bản tin không nói các tỷ lệ này được tính trên khoản tiền nào. Theo cách hiểu của chúng tôi, đó là tỷ lệ trên số tiền người tham gia phải đóng. Nếu vậy, người tham gia còn phải tự đóng {poorBuyerPct} (hộ nghèo) và {nearPoorBuyerPct} (hộ cận nghèo).',
      },
    },
    proposals: {
      heading: 'Những giải pháp được đề xuất',
      intro:
        'Ông {name:tran-hai-nam}, {role:tran-hai-nam}, cho biết lao động di cư đã được đề cập trong một số luật như Luật Bảo hiểm xã hội, Luật Việc làm và Bộ luật Lao động, nhưng số lao động di cư tham gia bảo hiểm xã hội vẫn còn hạn chế. Ông đề xuất:',
      answers: 'Nhằm gỡ rào cản:',
      proposedBy: 'Người đề xuất',
      closing:
        'Ngay đầu bản tin, Bộ trưởng {name:dao-ngoc-dung}, người đứng đầu ngành lao động, nhận định Việt Nam còn thiếu các giải pháp toàn diện để khuyến khích lao động di cư tham gia bảo hiểm xã hội tự nguyện.',
    },
    methods: {
      heading: 'Phương pháp và dữ liệu',
      sourcesHeading: 'Nguồn',
      sourceLine: '{publisher}: “{title}” (không ghi ngày).',
      sourceUndated:
        'Bản tin mà chúng tôi sử dụng không ghi ngày đăng. Vì vậy, bài viết này không nêu ngày đăng của bản tin, và các năm dự phóng được tính kể từ thời điểm bản tin.',
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
        homeOneIn: 'số lao động di cư ÷ số người có bảo hiểm trong nước, làm tròn đến hàng đơn vị',
        homeUninsured: 'số lao động di cư − số người có bảo hiểm trong nước',
        abroadShare: 'số người có bảo hiểm ở nước ngoài ÷ số lao động ở nước ngoài',
        projectedAbroad: 'số lao động ở nước ngoài + mức tăng mỗi năm × số năm sau bản tin (tăng tuyến tính)',
        pensionMonths: 'số năm trước khi có lương hưu hằng tháng × số tháng trong năm',
        buyerPct: 'toàn bộ số tiền phải đóng − phần Nhà nước hỗ trợ, tính riêng cho từng danh sách hộ',
        unit: 'một lũy thừa của mười, chọn sao cho biểu đồ có vài trăm ô',
      },
      readingsHeading: 'Cách hiểu của chúng tôi và những chỗ sửa so với nguồn',
      readings: {
        ministry:
          'Bản tin tiếng Anh ghi tên bộ là “Labour, Invalid and Social Affairs”. Tên tiếng Anh đúng của bộ vào thời điểm đó là “Labour, Invalids and Social Affairs”, tức Bộ Lao động – Thương binh và Xã hội (nay đã hợp nhất vào Bộ Nội vụ). Bản tiếng Anh của bài viết này dùng tên đúng đó; bản tiếng Việt dùng tên chính thức của bộ.',
        quote:
          'Trong bản tin tiếng Anh mà chúng tôi sử dụng, có chỗ các từ bị viết dính liền. Trong câu trích dẫn trực tiếp duy nhất, chúng tôi chỉ khôi phục các khoảng trắng bị mất giữa các từ, không sửa gì khác. Câu trích dẫn bằng tiếng Việt là bản dịch của chúng tôi; nguyên văn tiếng Anh được ghi ngay bên dưới.',
        support:
          'Bản tin nêu mức hỗ trợ của Nhà nước bằng tỷ lệ phần trăm nhưng không nói là phần trăm của khoản nào. Chúng tôi hiểu đó là tỷ lệ trên số tiền người tham gia phải đóng. Phần còn lại mà người tham gia tự đóng là theo cách hiểu này, không phải con số có trong bản tin.',
        bases:
          'Tỷ lệ trong nước và ở nước ngoài không được tính trên cùng một cơ sở: ở trong nước, số người có bảo hiểm chỉ gồm lao động di cư từ nông thôn ra thành thị, nhưng được so với tổng số lao động di cư.',
        projection:
          'Con số dự phóng về lao động ở nước ngoài giả định mức tăng hằng năm đã nêu được giữ đều (tăng tuyến tính). Đây không phải số liệu thống kê.',
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
    uninsured: 'Không có bảo hiểm xã hội tự nguyện',
    oneIn: 'Cứ N người mới có một',
    workersPerSquare: 'Số lao động mỗi ô',
    yearsAfterReport: 'Số năm sau bản tin',
    workersAbroad: 'Lao động ở nước ngoài',
    kind: 'Loại số liệu',
    reported: 'theo bản tin',
    share: 'Tỷ lệ có bảo hiểm (%)',
    insuredWho: 'Số người có bảo hiểm gồm những ai',
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
      note: 'Mỗi ô ứng với {unit} lao động; ô chưa tô kín thể hiện phần lẻ. Số người có bảo hiểm chỉ gồm lao động di cư từ nông thôn ra thành thị, nhưng được so với tổng số lao động di cư.',
      key: 'Mỗi ô = {unit} lao động',
      insured: '{homeInsuredShort} có bảo hiểm',
      uninsured: '{homeUninsuredShort} không có',
      states: { all: 'toàn bộ lao động di cư', insured: 'những người có bảo hiểm', uninsured: 'những người không có bảo hiểm' },
    },
    'abroad-projection': {
      title: 'Trong khoảng {abroadWorkers} lao động ở nước ngoài, {abroadInsured} người có bảo hiểm',
      alt: 'Lao động ở nước ngoài: khoảng {abroadWorkers} người vào thời điểm bản tin, trong đó {abroadInsured} người có bảo hiểm xã hội tự nguyện. Đường nét đứt dự phóng mức tăng đã nêu, khoảng {abroadGrowth} người mỗi năm, lên khoảng {projectedAbroad} người sau {projectionYears} năm.',
      note: 'Đường nét đứt là dự phóng của chúng tôi theo mức tăng đã nêu, khoảng {abroadGrowth} người mỗi năm, vẽ theo đường thẳng; đây không phải số liệu thống kê. Số năm được tính từ thời điểm bản tin, vốn không ghi ngày.',
      xLabel: 'Số năm sau bản tin',
      yLabel: 'Lao động ở nước ngoài',
      report: 'Thời điểm bản tin',
      insured: '{abroadInsured} người có bảo hiểm',
      projection: 'Dự phóng theo mức tăng đã nêu',
      yearTick: 'năm {n}',
      states: { workers: 'lao động ở nước ngoài', insured: 'người có bảo hiểm trong số đó', projection: 'phần dự phóng' },
    },
    'coverage-compare': {
      title: 'Có bảo hiểm: {homeShare} trong nước, {abroadShare} ở nước ngoài',
      alt: 'Hai thanh ngang trên cùng một thang đo, từ không có ai đến toàn bộ lao động. Lao động di cư trong nước: {homeShare} có bảo hiểm. Lao động ở nước ngoài: {abroadShare} có bảo hiểm. Các tỷ lệ này được tính trên những cơ sở khác nhau.',
      note: 'Cơ sở tính khác nhau: trong nước, số có bảo hiểm chỉ gồm {homeInsuredWho} nhưng được so với tổng số lao động di cư; ở nước ngoài, số có bảo hiểm được so với tổng số lao động ở nước ngoài.',
      home: 'Lao động di cư trong nước',
      abroad: 'Lao động ở nước ngoài',
      axis: 'Tỷ lệ có bảo hiểm xã hội tự nguyện',
      states: { home: 'trong nước', abroad: 'trong nước và ở nước ngoài' },
    },
    'barrier-matrix': {
      title: '{barrierCount} rào cản, do {officialCount} quan chức nêu ra',
      alt: 'Ma trận gồm {barrierCount} rào cản và {officialCount} quan chức đã nêu ra chúng. {matrixSummary}',
      note: 'Chấm lớn màu đỏ cho biết người đó đã nêu rào cản này trong bản tin.',
      states: { intro: 'tất cả rào cản' },
    },
    'pension-months': {
      title: 'Có thể phải đóng tới {pensionMonths} tháng mới được nhận kỳ lương hưu đầu tiên',
      alt: 'Lưới gồm {pensionMonths} ô, mỗi ô là một tháng đóng bảo hiểm; mỗi hàng {monthsPerYear} ô ứng với một năm, tối đa {pensionYears} năm. Chỉ sau ô cuối cùng mới đến kỳ lương hưu hằng tháng đầu tiên.',
      note: 'Bản tin nói thời gian đóng có thể lên tới {pensionYears} năm; biểu đồ thể hiện mức lâu nhất đó, mỗi ô là một tháng.',
      yearLabel: 'Năm {n}',
      pension: 'Kỳ lương hưu đầu tiên',
      states: { grid: 'các tháng đóng bảo hiểm', pension: 'kỳ lương hưu đầu tiên' },
    },
    'who-pays': {
      title: 'Nhà nước hỗ trợ {poorPct} cho người thuộc hộ nghèo, {nearPoorPct} cho người thuộc hộ cận nghèo',
      alt: 'Hai thanh ngang. Danh sách hộ nghèo: Nhà nước hỗ trợ {poorPct}, người tham gia tự đóng {poorBuyerPct} theo cách hiểu của chúng tôi. Danh sách hộ cận nghèo: Nhà nước hỗ trợ {nearPoorPct}, người tham gia tự đóng {nearPoorBuyerPct} theo cách hiểu của chúng tôi.',
      note: 'Bản tin chỉ nêu phần Nhà nước hỗ trợ. Phần của người tham gia (suy ra) là theo cách hiểu của chúng tôi: đó là phần còn lại, nếu tỷ lệ hỗ trợ được tính trên số tiền người tham gia phải đóng.',
      state: 'Nhà nước',
      buyer: 'Người tham gia (suy ra)',
      states: { state: 'phần Nhà nước hỗ trợ', buyer: 'phần người tham gia tự đóng' },
    },
  },
};
