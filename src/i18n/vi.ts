/**
 * Every word of the Vietnamese edition, keyed as en.ts. Figures are never typed here: a `{slot}` is
 * filled at build from data (see fill.ts): `{homeInsured}` renders as <data value="…">…</data> with the figure from data/coverage.csv in Vietnamese format,
 * `{name:le-thanh-sang}` as the name from data/officials.csv.
 */
import type { Strings } from "./en.ts";

/** Every word of the Vietnamese edition, keyed as en.ts. */
export const vi: Strings = {
  meta: {
    htmlLang: 'vi',
    title: 'Lao động di cư và bảo hiểm xã hội tự nguyện: trăm người chưa được một',
    description:
      'Trả lời Thông tấn xã Việt Nam, Bộ trưởng Lao động – Thương binh và Xã hội khi đó cho biết cứ trăm lao động di cư thì chưa đến một người đã tham gia bảo hiểm xã hội tự nguyện. Vì sao khi đó lại ít như vậy?',
    siteName: 'Trăm người chưa được một',
    otherLanguage: 'English',
    otherLanguageLabel: 'Read in English',
  },
  site: {
    skip: 'Chuyển đến nội dung chính',
    kicker: 'Việt Nam · Bảo hiểm xã hội',
    byline: 'Bài, dữ liệu và đồ họa: Nhóm Dữ liệu',
    updated: 'Cập nhật {updated}',
    published: 'Đăng ngày {updated}',
    basedOn: 'Dựa trên bài báo của {publisher}, không ghi ngày đăng.',
    scrollyOff: 'Xem tất cả biểu đồ',
    scrollyOn: 'Bật lại chế độ biểu đồ chuyển theo khi cuộn trang',
    scrollyHint: 'Biểu đồ thay đổi khi bạn cuộn trang. Muốn xem tất cả biểu đồ cùng lúc?',
    navLabel: 'Các phần',
    nav: { story: 'Bài viết', charts: 'Biểu đồ cho nhà báo', methods: 'Phương pháp và dữ liệu' },
    footerLicence:
      'Bài viết và biểu đồ: CC BY 4.0. Dữ liệu: CC BY 4.0, mỗi tệp đều ghi nguồn. Khi đăng lại, xin ghi nguồn bài viết này và {publisher}.',
    reportError: 'Phát hiện sai sót? Xin báo cho chúng tôi hoặc xem các đính chính đã đăng.',
    contactLabel: 'viết thư cho Nhóm Dữ liệu',
    credits: 'Thực hiện',
    creditsText:
      'Nguồn tin: {publisher}. Phân tích, biểu đồ và bài viết: Nhóm Dữ liệu. Phông chữ: Be Vietnam Pro. Biểu đồ được dựng sẵn bằng Observable Plot và D3.',
    notFoundTitle: 'Không tìm thấy trang',
    notFoundText: 'Có thể địa chỉ bị gõ sai, hoặc trang đã chuyển sang địa chỉ khác.',
    notFoundBack: 'Quay về bài viết',
  },
  figure: {
    credit: 'Biểu đồ: Nhóm Dữ liệu · CC BY 4.0',
    source: 'Nguồn',
    note: 'Ghi chú',
    showData: 'Xem dữ liệu dạng bảng',
    download: 'Tải về',
    png: 'Ảnh PNG',
    svg: 'Ảnh SVG',
    csv: 'Dữ liệu (CSV)',
    embed: 'Nhúng biểu đồ này',
    downloadEmbed: 'Tải về và nhúng',
    chartLabel: 'Biểu đồ',
    projection: 'ước tính của chúng tôi',
    titleGloss: 'tạm dịch',
    undated: 'không ghi ngày đăng',
    readStory: 'Đọc bài: Trăm người chưa được một',
  },
  gallery: {
    title: 'Biểu đồ cho nhà báo',
    description: 'Mọi biểu đồ trong bài, để nhúng vào bài viết của bạn hoặc tải về dưới dạng PNG, SVG và dữ liệu (CSV), bằng tiếng Việt và tiếng Anh.',
    intro:
      'Bạn có thể đăng lại mọi biểu đồ trong bài, với điều kiện ghi rõ nguồn. Dán mã nhúng vào bài viết: biểu đồ tự co giãn cho vừa khung. Hoặc tải biểu đồ về dưới dạng ảnh, kèm dữ liệu gốc.',
    howTo: 'Dán mã này vào chỗ muốn đặt biểu đồ. Nếu hệ thống của bạn loại bỏ mã JavaScript, biểu đồ vẫn hiển thị, với chiều cao cố định. Biểu đồ mặc định dùng nền sáng; đổi “?theme=light” thành “?theme=dark”, hoặc bỏ đi để theo thiết lập của từng người đọc.',
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
    citation: 'Nhóm Dữ liệu, biểu đồ “{title}”, trong bài “{site}”, ngày {updated}. Số liệu: {publisher}, “{sourceTitle}”, không ghi ngày đăng. {url}',
    inStory: 'Xem trong bài',
    licence: 'Giấy phép: CC BY 4.0. Vui lòng ghi nguồn bài viết và nguồn tin gốc.',
    glance: 'Các biểu đồ',
    copyEmbed: 'Sao chép mã nhúng',
    getCode: 'Lấy mã nhúng',
  },
  opening: {
    title: 'Cứ trăm lao động di cư thì chưa đến một người đã tham gia bảo hiểm xã hội tự nguyện',
    standfirst:
      'Trả lời phỏng vấn {publisherShort} (TTXVN), ông {name:dao-ngoc-dung}, khi đó là Bộ trưởng Lao động – Thương binh và Xã hội (LĐ-TB&XH), cho biết chỉ {homeInsured} {homeInsuredWho} đã tham gia bảo hiểm xã hội (BHXH) tự nguyện, chiếm {homeShare} tổng số {homeWorkersShort} lao động di cư.',
    cardLine: 'Trả lời phỏng vấn {publisherAbbr}, ông {name:dao-ngoc-dung}, khi đó là Bộ trưởng LĐ-TB&XH, cho biết chỉ {homeInsured} {homeInsuredWho} đã tham gia BHXH tự nguyện, chiếm {homeShare} tổng số {homeWorkersShort} lao động di cư; “cứ khoảng {homeOneIn} người” và {homeUninsuredShort} người còn lại do Nhóm Dữ liệu tính.',
    heroRatio: '{one}/{homeOneIn}',
    heroNote: 'Số làm tròn, do Nhóm Dữ liệu tính từ số liệu ông {name:dao-ngoc-dung} nêu.',
    heroLabel: 'số lao động di cư đã tham gia bảo hiểm xã hội tự nguyện: {homeInsured} trên {homeWorkersShort} người',
    lede:
      'Theo ông Dung, thu nhập của lao động di cư khi đó thấp và bấp bênh. Ông {name:tran-hai-nam}, khi đó là {title:tran-hai-nam}, cho biết họ làm việc nhiều giờ nên hiếm khi có thời gian xem truyền hình, nghe đài. Còn theo ông {name:le-thanh-sang}, khi đó là {title:le-thanh-sang}, khi rời quê đi làm ăn, họ không còn được các chính sách an sinh xã hội ở quê nhà hỗ trợ.',
    product:
      'Người tham gia BHXH tự nguyện khi đó phải đóng nhiều năm mới được nhận lương hưu hằng tháng: theo ông {name:nguyen-trong-dam}, {title:nguyen-trong-dam}, có thể tới {pensionYears} năm.',
  },
  scenes: {
    home: {
      heading: '{homeWorkersShort} lao động di cư, chỉ {homeInsured} người tham gia',
      steps: {
        'one-in-n': 'Mỗi ô là {unit} lao động di cư. Theo tính toán của Nhóm Dữ liệu, cứ khoảng {homeOneIn} người mới có một người tham gia BHXH tự nguyện.',
        buyers:
          'Các ô được tô màu là {homeInsured} người đã tham gia, đều là {homeInsuredWho}, bằng {homeShare} tổng số lao động di cư, theo ông {given:dao-ngoc-dung}. Ông cũng cho biết thực trạng này diễn ra dù Chính phủ đã ban hành nhiều chính sách an sinh xã hội cho lao động di cư.',
        rest: 'Các ô xám là {homeUninsuredShort} lao động di cư còn lại (Nhóm Dữ liệu tính), không nằm trong số {homeInsured} người tham gia nói trên.',
      },
    },
    abroad: {
      heading: 'Ở nước ngoài, {abroadInsured} người tham gia trong khoảng {abroadWorkers} lao động',
      steps: {
        workers:
          'Lưu ý: thang đo đã thay đổi, ở biểu đồ này mỗi ô là {abroadUnit} lao động. Khi đó, khoảng {abroadWorkers} lao động Việt Nam làm việc ở nước ngoài, theo một ước tính trong bài báo (bài không nói ai đưa ra ước tính này).',
        buyers:
          'Theo ông {name:dinh-duy-hung}, khi đó là {title:dinh-duy-hung}, chỉ {abroadInsured} người trong số này đã tham gia BHXH tự nguyện. Theo tính toán của Nhóm Dữ liệu, tỷ lệ này là {abroadShare}, cứ khoảng {abroadOneIn} người mới có một. Còn “chưa đến một người” ở tiêu đề bài là tỷ lệ tính trên toàn bộ {homeWorkersShort} lao động di cư ({homeShare}), theo một cách tính khác (xem bên dưới).',
        growth:
          'Cũng theo ước tính này, khi đó mỗi năm số lao động ở nước ngoài tăng khoảng {abroadGrowth} người; các ô chỉ có viền là số tăng của một năm.',
      },
      after:
        'Hai tỷ lệ không tính trên cùng một cơ sở. Trong nước, {homeInsured} {homeInsuredWho} được so với toàn bộ {homeWorkersShort} lao động di cư; ở nước ngoài, {abroadInsured} người tham gia được so với khoảng {abroadWorkers} lao động. Bài báo không cho biết {homeWorkersShort} lao động di cư có bao gồm lao động ở nước ngoài hay không.',
    },
    barriers: {
      heading: 'Vì sao khi đó ít người tham gia',
      leads: {
        place: 'Những bất cập trong thực hiện chính sách là nguyên nhân dẫn đến tình trạng này, theo ông {given:le-thanh-sang}. Trước hết là những rào cản gắn với nơi cư trú.',
        money: 'Tiếp đến là thu nhập, thủ tục và thời gian chờ.',
        word: 'Cuối cùng là cách tuyên truyền chính sách.',
      },
      point: 'Ông {who} cho biết {point}',
      pointQuoted: 'Ông {who} nói:',
      quoteOriginal: 'Lời trích trên do Nhóm Dữ liệu dịch; nguyên văn tiếng Anh trong bài báo:',
    },
    pension: {
      heading: 'Theo ông {given:nguyen-trong-dam}, khi đó phải đóng tới {pensionYears} năm mới có lương hưu',
      steps: {
        grid: 'Theo ông {given:nguyen-trong-dam}, khi đó người tham gia phải đóng tới {pensionYears} năm mới được nhận lương hưu hằng tháng. Mỗi ô là một tháng đóng.',
        pension:
          'Tức là phải đóng tới {pensionMonths} tháng (Nhóm Dữ liệu tính) mới đến kỳ lương hưu đầu tiên. Theo ông {given:nguyen-trong-dam}, vì không thấy ngay lợi ích nên lao động di cư ngần ngại tham gia. Đây là quy định như bài báo mô tả, theo ông {given:nguyen-trong-dam}; nay luật đã thay đổi (xem “Những thay đổi sau khi bài báo được đăng” bên dưới).',
      },
    },
    support: {
      heading: 'Mức Nhà nước hỗ trợ khi đó: {poorPct} cho người thuộc hộ nghèo, {nearPoorPct} cho người thuộc hộ cận nghèo',
      steps: {
        state:
          'Khi đó, người thuộc hộ nghèo được Nhà nước hỗ trợ {poorPct} khi tham gia BHXH tự nguyện, người thuộc hộ cận nghèo được {nearPoorPct}. Bài báo nêu các mức này ngay sau ý kiến đề nghị tăng mức hỗ trợ của ông {given:tran-hai-nam}, nhưng không cho biết ai nêu các con số này.',
        buyer:
          'Bài báo không nói các tỷ lệ này tính trên khoản nào. Nếu là phần trăm số tiền phải đóng (cách hiểu của chúng tôi), người tham gia vẫn tự đóng {poorBuyerPct} hoặc {nearPoorBuyerPct}.',
      },
    },
    gap: {
      intro: 'Theo ông {given:dao-ngoc-dung}, Việt Nam khi đó thiếu giải pháp toàn diện để khuyến khích lao động di cư tham gia. Mọi đề xuất trong bài đều do ông {given:tran-hai-nam} đưa ra hoặc thuật lại; biểu đồ đặt mỗi đề xuất cạnh những rào cản mà theo cách hiểu của Nhóm Dữ liệu, đề xuất đó nhằm tháo gỡ.',
      proposal: 'Theo ông {who}, {point}.',
      answersNone: 'Theo cách hiểu của Nhóm Dữ liệu, đề xuất này không nhắm vào rào cản nào nêu ở trên.',
      heading: 'Các đề xuất trong bài báo và rào cản không có đề xuất',
      closing: 'Tại thời điểm bài báo được đăng, ngoài {homeInsured} người tham gia mà ông {given:dao-ngoc-dung} nêu, còn {homeUninsuredShort} lao động di cư (Nhóm Dữ liệu tính) chưa nằm trong số đó: cứ trăm người thì chưa đến một người đã tham gia.',
      steps: {
        gap: 'Theo cách hiểu của Nhóm Dữ liệu, không đề xuất nào nhắm vào việc phải chờ lâu: khi đó phải đóng tới {pensionYears} năm mới được nhận lương hưu hằng tháng, điều mà theo ông {given:nguyen-trong-dam} khiến lao động di cư ngần ngại tham gia.',
      },
    },
    methods: {
      heading: 'Phương pháp và dữ liệu',
      sourcesHeading: 'Nguồn',
      sourceLine:
        '{publisher}: {title}, không ghi ngày.',
      sourceUndated:
        'Bản bài báo chúng tôi sử dụng không ghi ngày đăng, nên chúng tôi không nêu ngày của bài báo; trong phần ước tính, các năm được đếm từ khi bài báo được đăng (năm thứ nhất, thứ hai…), không quy ra năm dương lịch. Chức danh của những người được trích lời ghi theo thời điểm bài báo được đăng.',
      figuresHeading: 'Cách tính từng con số',
      figuresIntro: 'Trong các con số dưới đây, bài báo chỉ nêu tỷ lệ trong nước ({homeShare}, đã làm tròn); các con số còn lại do Nhóm Dữ liệu tính từ số liệu trong bài.',
      figure: 'Con số',
      formula: 'Cách tính',
      value: 'Kết quả',
      figureNames: {
        homeShare: 'Tỷ lệ lao động di cư tham gia BHXH tự nguyện',
        homeOneIn: 'Cứ bao nhiêu người có một người tham gia',
        abroadOneIn: 'Ở nước ngoài, cứ bao nhiêu người có một người tham gia',
        homeUninsured: 'Lao động di cư ngoài số người tham gia được nêu',
        abroadShare: 'Tỷ lệ lao động ở nước ngoài tham gia BHXH tự nguyện',
        projectedAbroad: 'Số lao động ở nước ngoài sau {projectionYears} năm theo phép tính tiếp của chúng tôi (giữ mức tăng bài báo nêu; không phải số thống kê)',
        pensionMonths: 'Số tháng đóng trước khi có lương hưu hằng tháng',
        buyerPct: 'Phần người tham gia tự đóng (theo cách hiểu của chúng tôi)',
        unit: 'Số lao động mỗi ô trong biểu đồ toàn bộ lao động di cư',
        abroadUnit: 'Số lao động mỗi ô trong biểu đồ lao động ở nước ngoài',
      },
      formulas: {
        homeShare: 'số người tham gia trong nước ÷ tổng số lao động di cư',
        homeOneIn: 'tổng số lao động di cư ÷ số người tham gia trong nước, làm tròn đến hàng đơn vị',
        abroadOneIn: 'số lao động ở nước ngoài ÷ số người tham gia ở nước ngoài, làm tròn đến hàng đơn vị',
        homeUninsured: 'tổng số lao động di cư − số người tham gia trong nước',
        abroadShare: 'số người tham gia ở nước ngoài ÷ số lao động ở nước ngoài',
        projectedAbroad: 'số lao động ở nước ngoài + số tăng mỗi năm × số năm sau bài báo (tăng đều)',
        pensionMonths: 'số năm đóng trước khi có lương hưu hằng tháng × số tháng trong năm',
        buyerPct: 'toàn bộ số tiền phải đóng − phần Nhà nước hỗ trợ, tính cho người thuộc hộ nghèo và hộ cận nghèo',
        unit: 'lũy thừa của mười, chọn sao cho biểu đồ có vài trăm ô',
        abroadUnit: 'lũy thừa của mười, chọn sao cho biểu đồ có vài trăm ô',
      },
      readingsHeading: 'Cách hiểu của chúng tôi và những chỗ sửa so với bài gốc',
      readings: {
        ministry:
          'Bài báo gọi tên bộ bằng tiếng Anh là “Labour, Invalid and Social Affairs”. Tên tiếng Anh của bộ khi đó là “Labour, Invalids and Social Affairs”, tức Bộ Lao động – Thương binh và Xã hội (sau khi bài báo được đăng đã hợp nhất vào Bộ Nội vụ: xem “Những thay đổi sau khi bài báo được đăng”). Bản tiếng Anh của bài viết dùng tên đúng này; bản tiếng Việt dùng tên chính thức của bộ.',
        quote:
          'Bản bài báo chúng tôi dùng có chỗ các từ bị dính liền. Trong câu trích dẫn trực tiếp duy nhất, chúng tôi tách lại các từ bị dính và bỏ dấu phẩy ở cuối câu (trước “he said”), ngoài ra không sửa gì. Câu trích dẫn tiếng Việt là bản dịch của chúng tôi; nguyên văn tiếng Anh ghi ngay bên dưới.',
        support:
          'Bài báo nêu mức Nhà nước hỗ trợ bằng phần trăm nhưng không nói là phần trăm của khoản nào. Chúng tôi hiểu đó là phần trăm số tiền người tham gia phải đóng; phần người tham gia tự đóng trong bài là theo cách hiểu này, không phải con số bài báo đưa ra.',
        bases:
          'Tỷ lệ trong nước và ở nước ngoài không tính trên cùng một cơ sở: trong nước, số người tham gia chỉ gồm lao động di cư từ nông thôn ra thành thị, nhưng được so với tổng số lao động di cư; ở nước ngoài, số người tham gia được so với số lao động ở nước ngoài theo ước tính.',
        projection:
          'Ước tính của chúng tôi về số lao động ở nước ngoài giả định mỗi năm vẫn tăng đúng bằng mức bài báo nêu. Đây không phải số liệu thống kê.',
        proposals: 'Việc chia các ý trong bài thành {barrierCountWords} rào cản, xếp theo nhóm, và việc ghép mỗi đề xuất với rào cản mà nó nhằm tháo gỡ là cách hiểu của chúng tôi.',
        names:
          'Bài báo viết mọi tên người không dấu. Bản tiếng Việt ghi lại dấu khi biết chắc cách viết; với ông Dinh Duy Hung và ông Tran Hai Nam, chúng tôi chưa xác minh được, nên cả hai bản giữ nguyên như bài báo.',
      },
      dataHeading: 'Tải dữ liệu',
      dataIntro: 'Mọi con số trong bài đều được lấy hoặc tính tự động từ các tệp dữ liệu dưới đây (tệp song ngữ Anh – Việt; tên cột bằng tiếng Anh; số thập phân dùng dấu chấm).',
      files: {
        'sources.csv': 'Nguồn tin',
        'officials.csv': 'Những người được trích lời',
        'coverage.csv': 'Số lao động và số người tham gia',
        'pension.csv': 'Thời gian đóng trước khi có lương hưu',
        'support.csv': 'Mức Nhà nước hỗ trợ',
        'barriers.csv': 'Rào cản',
        'proposals.csv': 'Đề xuất',
        'since.csv': 'Thay đổi sau khi bài báo được đăng',
        'corrections.csv': 'Đính chính',
        'updates.csv': 'Cập nhật',
      },
      correctionsHeading: 'Đính chính',
      noCorrections: 'Chưa có đính chính nào.',
      reportError: 'Để báo lỗi, xin {contact}. Chúng tôi sửa mọi sai sót và ghi lại từng lần đính chính tại đây.',
      updatesHeading: 'Cập nhật',
    },
  },
  tables: {
    group: 'Nhóm',
    workers: 'Số lao động',
    insured: 'Số người tham gia BHXH tự nguyện',
    buyersWho: 'Số người tham gia gồm',
    saidBy: 'Người nêu số liệu',
    uninsured: 'Số còn lại, ngoài số người tham gia được nêu (Nhóm Dữ liệu tính)',
    oneIn: 'Cứ khoảng bao nhiêu người có một người tham gia (Nhóm Dữ liệu tính)',
    workersPerSquare: 'Số lao động mỗi ô',
    yearsAfterReport: 'Số năm sau bài báo',
    workersAbroad: 'Lao động ở nước ngoài',
    kind: 'Loại số liệu',
    reportedEstimate: 'số lao động: ước tính, bài báo không nói của ai; số người tham gia: ông {buyersSaidBy} nêu; tỷ lệ: Nhóm Dữ liệu tính',
    ourProjection: 'chúng tôi tính tiếp theo mức tăng trong bài báo, không phải số thống kê',
    share: 'Tỷ lệ tham gia BHXH tự nguyện (%, Nhóm Dữ liệu tính)',
    theme: 'Nhóm',
    barrier: 'Rào cản',
    answeredBy: 'Đề xuất giải quyết (cách hiểu của chúng tôi)',
    noAnswer: 'không có',
    named: 'có nêu',
    yearsMax: 'Số năm trước khi có lương hưu hằng tháng (tối đa)',
    months: 'Số tháng đóng (Nhóm Dữ liệu tính)',
    householdList: 'Đối tượng',
    statePct: 'Nhà nước hỗ trợ khi đó (%)',
    buyerPct: 'Người tham gia tự đóng, theo cách hiểu của chúng tôi (%)',
    source: 'Nguồn',
  },
  charts: {
    'unit-34-million': {
      title: 'Chỉ {homeShare} trong số {homeWorkersShort} lao động di cư đã tham gia bảo hiểm xã hội tự nguyện: cứ khoảng {homeOneIn} người mới có một (Nhóm Dữ liệu tính)',
      alt: 'Biểu đồ ô vuông gồm {homeMarks} ô, mỗi ô ứng với {unit} lao động di cư, xếp thành từng khối {homeOneIn} ô. Mỗi khối đủ {homeOneIn} ô có một ô được tô màu; khối cuối, ngắn hơn, có một ô chỉ tô màu một phần. Gộp lại là {homeInsured} người tham gia bảo hiểm xã hội tự nguyện, cứ khoảng {homeOneIn} người mới có một (Nhóm Dữ liệu tính). {homeUninsured} người còn lại (Nhóm Dữ liệu tính) không nằm trong số người tham gia được nêu.',
      note: 'Số liệu do ông {name:dao-ngoc-dung}, khi đó là {title:dao-ngoc-dung}, nêu khi trả lời phỏng vấn {publisherShort} ({publisherAbbr}), kể cả tỷ lệ {homeShare}. Mỗi ô ứng với {unit} lao động; ô chỉ có một phần màu là phần lẻ. Số người tham gia chỉ tính lao động di cư từ nông thôn ra thành thị, nhưng được so với tổng số lao động di cư. Con số “cứ khoảng {homeOneIn} người” do Nhóm Dữ liệu tính.',
      card: 'Số liệu: ông {name:dao-ngoc-dung}, khi đó là Bộ trưởng LĐ-TB&XH, trả lời {publisherAbbr} (bài không ghi ngày đăng); “cứ khoảng {homeOneIn} người” do Nhóm Dữ liệu tính.',
      key: 'Mỗi ô = {unit} lao động',
      oneIn: 'Cứ khoảng {homeOneIn} người mới có một',
      buyers: '{homeInsured} người tham gia BHXH tự nguyện',
      rest: '{homeUninsuredShort} người khác (Nhóm Dữ liệu tính)',
    },
    'abroad-units': {
      title: 'Trong khoảng {abroadWorkers} lao động Việt Nam ở nước ngoài, {abroadInsured} người đã tham gia bảo hiểm xã hội tự nguyện, tức {abroadShare} (Nhóm Dữ liệu tính)',
      alt: 'Biểu đồ ô vuông với thang đo riêng: {abroadMarks} ô, mỗi ô ứng với {abroadUnit} lao động, thể hiện khoảng {abroadWorkers} lao động Việt Nam làm việc ở nước ngoài, xếp thành từng khối {abroadOneIn} ô như biểu đồ toàn bộ lao động di cư. Ô đầu tiên của mỗi khối đủ được tô màu: tổng cộng {abroadInsuredMarks} ô cho {abroadInsured} người tham gia bảo hiểm xã hội tự nguyện ({abroadShare}, cứ khoảng {abroadOneIn} người có một; Nhóm Dữ liệu tính). {abroadGrowthMarks} ô chỉ có viền thể hiện mức tăng khoảng {abroadGrowth} người mỗi năm theo ước tính trong bài báo.',
      note: 'Con số {abroadInsured} người do ông {name:dinh-duy-hung}, khi đó là {title:dinh-duy-hung}, nêu; tỷ lệ {abroadShare}, cứ khoảng {abroadOneIn} người có một, do Nhóm Dữ liệu tính. Theo {publisherAbbr}, con số khoảng {abroadWorkers} người và mức tăng khoảng {abroadGrowth} người mỗi năm là ước tính; bài không nói ai đưa ra ước tính này. Mỗi ô ứng với {abroadUnit} lao động, không phải {unit} như ở biểu đồ toàn bộ lao động di cư. Tỷ lệ trong nước ({homeShare}) tính theo cách khác: số {homeInsuredWho} tham gia, so với tổng số lao động di cư.',
      card: 'Nguồn: {publisherAbbr}, không ghi ngày đăng. Số {abroadInsured} do ông {name:dinh-duy-hung} nêu; {abroadShare} do Nhóm Dữ liệu tính, trên cơ sở khác với tỷ lệ trong nước ({homeShare}).',
      key: 'Mỗi ô = {abroadUnit} lao động',
      workers: 'Khoảng {abroadWorkers} lao động ở nước ngoài',
      buyers: '{abroadInsured} người tham gia BHXH tự nguyện',
      buyersShare: '{abroadShare}, cứ khoảng {abroadOneIn} người mới có một',
      growth: 'Mỗi năm thêm khoảng {abroadGrowth} người (ước tính, bài không nói của ai)',
    },
    'barrier-matrix': {
      title: '{officialCountWords} người được {publisherAbbr} dẫn lời nêu {barrierCountWords} rào cản; theo cách hiểu của Nhóm Dữ liệu, không đề xuất nào nhắm riêng vào rào cản {unansweredBarriers}',
      alt: 'Ma trận gồm {barrierCountWords} rào cản khiến lao động di cư chưa tham gia bảo hiểm xã hội tự nguyện, xếp theo nhóm, cùng {officialCountWords} người được trích lời trong bài báo đã nêu từng rào cản và đề xuất giải quyết từng rào cản (theo cách hiểu của Nhóm Dữ liệu). {matrixSummary}',
      note: 'Chấm đậm cho biết ai đã nêu từng rào cản trong bài của {publisherAbbr}. Đề xuất nào giải quyết rào cản nào là cách hiểu của Nhóm Dữ liệu (giải pháp toàn diện được đề nghị cho tình trạng chung; chúng tôi đặt cạnh các rào cản về nơi cư trú); mọi đề xuất đều do ông {name:tran-hai-nam} đưa ra hoặc thuật lại.',
      noteNarrow: 'Tên trong ngoặc là người đã nêu rào cản đó trong bài của {publisherAbbr}: {matrixKey}. Đề xuất nào giải quyết rào cản nào là cách hiểu của Nhóm Dữ liệu; mọi đề xuất đều do ông {name:tran-hai-nam} đưa ra hoặc thuật lại.',
      themes: { place: 'Nơi cư trú', money: 'Thu nhập, thủ tục và thời gian', word: 'Cách tuyên truyền chính sách' },
      roles: {
        'le-thanh-sang': 'khi đó là Viện trưởng Viện KHXH vùng Nam Bộ',
        'nguyen-trong-dam': 'nguyên Thứ trưởng LĐ-TB&XH',
        'dao-ngoc-dung': 'khi đó là Bộ trưởng LĐ-TB&XH',
        'tran-hai-nam': 'khi đó là Phó Vụ trưởng Vụ BHXH, Bộ LĐ-TB&XH',
      },
      proposals: 'Đề xuất tương ứng (ghép theo cách hiểu của Nhóm Dữ liệu)',
      proposalsShort: 'Đề xuất (do Nhóm Dữ liệu ghép)',
      noAnswer: 'Không có đề xuất',
      noAnswerAlt: 'theo cách hiểu của Nhóm Dữ liệu, không có đề xuất nào trong bài báo',
      summaryRow: '{barrier} (ông {names} nêu), {answer}',
      answeredBy: 'ứng với đề xuất {proposals}',
    },
    'pension-months': {
      title: 'Theo ông {name:nguyen-trong-dam}, khi đó người tham gia phải đóng tới {pensionYears} năm (tức {pensionMonths} tháng, Nhóm Dữ liệu tính) mới được nhận lương hưu hằng tháng',
      alt: 'Lưới gồm {pensionMonths} ô, mỗi ô là một tháng đóng, mỗi hàng {monthsPerYear} ô: mỗi hàng là một năm, tối đa {pensionYears} năm tham gia bảo hiểm xã hội tự nguyện trước khi được nhận lương hưu hằng tháng. Kỳ lương hưu hằng tháng đầu tiên được đánh dấu ngay sau ô cuối cùng.',
      note: 'Theo ông {name:nguyen-trong-dam}, khi đó người tham gia phải đóng tới {pensionYears} năm mới được nhận lương hưu hằng tháng; biểu đồ thể hiện mức lâu nhất đó, mỗi ô là một tháng ({pensionMonths} tháng do Nhóm Dữ liệu tính).',
      since: 'Sau khi bài báo được đăng (thông tin ngoài bài báo): {since:pension-period}.',
      card: 'Nguồn: {publisherAbbr}, không ghi ngày đăng. Sau khi bài báo được đăng, {since:pension-period}.',
      yearLabel: 'Năm {n}',
      counter: 'Năm đóng thứ {n}',
      counterWhole: 'Đóng tới {pensionYears} năm mới có lương hưu',
      pension: 'Kỳ lương hưu đầu tiên',
      total: '{pensionMonths} tháng',
    },
    'who-pays': {
      title: 'Mức Nhà nước hỗ trợ khi đó, theo {publisherAbbr}: {poorPct} cho người thuộc hộ nghèo, {nearPoorPct} cho người thuộc hộ cận nghèo',
      alt: 'Hai thanh ngang. Người thuộc hộ nghèo: phần Nhà nước hỗ trợ {poorPct} tô xám, phần khung nét đứt {poorBuyerPct} là phần người tham gia tự đóng theo cách hiểu của chúng tôi. Người thuộc hộ cận nghèo: Nhà nước hỗ trợ {nearPoorPct}, người tham gia tự đóng {nearPoorBuyerPct} theo cách hiểu của chúng tôi. Bài báo không nói tỷ lệ hỗ trợ được tính trên khoản nào.',
      note: 'Đây là mức tại thời điểm bài báo được đăng. {publisherAbbr} chỉ nêu mức Nhà nước hỗ trợ và không nói tỷ lệ này tính trên khoản nào. Phần khung nét đứt (người tham gia tự đóng) là cách hiểu của Nhóm Dữ liệu, với giả định mức hỗ trợ tính trên số tiền người tham gia phải đóng.',
      state: 'Nhà nước hỗ trợ: {pct}',
      buyer: 'Người tham gia tự đóng: {pct}',
      reading: '{publisherAbbr} không nói tỷ lệ tính trên khoản nào; phần khung nét đứt là cách hiểu của Nhóm Dữ liệu.',
    },
  },
  since: {
    heading: 'Những thay đổi sau khi bài báo được đăng',
    intro: 'Bài báo không ghi ngày đăng và phản ánh quy định của thời điểm đó. Những thay đổi dưới đây diễn ra sau này và không có trong bài báo.',
    law: 'Căn cứ pháp lý',
  },
};
