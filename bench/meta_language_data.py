"""Article pages' contents in 32 language variants no real-page set checks, for ``bench.meta_languages``.

Written for this benchmark as a publisher of each language writes a story: a headline, a kicker,
a few paragraphs, topic tags, three site names, and three bylines in the forms that language's
publishers print (a role word after the name, an agency prefix, a label, a "by" word, a joined
byline with the language's "and"), each with the people it names (the gold authors, as written).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LanguageSpec:
    code: str                  # gold language (ISO 639-1)
    html_lang: str             # what the page declares on <html lang> (where it declares one)
    offset: str                # the publisher's UTC offset
    sites: tuple[str, str, str]
    headline: str
    kicker: str
    paragraphs: tuple[str, ...]
    tags: tuple[str, ...]
    bylines: tuple[tuple[str, tuple[str, ...]], ...]  # (byline as printed, people it names), one a publisher
    keyword_separator: str = ", "


LANGUAGES: tuple[LanguageSpec, ...] = (
    LanguageSpec(
        "ko", "ko", "+09:00", ("한빛일보", "서울타임스", "새날신문"),
        "서울 지하철 9호선 연장 구간 내달 개통", "교통",
        ("서울시는 지하철 9호선 4단계 연장 구간이 다음 달 28일 개통한다고 14일 밝혔다. 새 구간은 중앙보훈병원역에서 고덕강일1지구까지 4.1㎞ 길이로, 정거장 4곳이 새로 생긴다.",
         "시는 개통에 앞서 이달 말까지 영업 시운전을 하며 열차 운행 안전성과 역사 설비를 최종 점검할 계획이다. 출퇴근 시간대에는 열차를 3분 30초 간격으로 운행한다.",
         "연장 구간이 개통되면 강동구 고덕동에서 강남권까지 이동 시간이 20분 이상 줄어들 것으로 시는 내다봤다. 주민들은 오랫동안 기다려 온 노선이라며 반기는 분위기다.",
         "시 관계자는 \"개통 초기 혼잡에 대비해 역마다 안전 요원을 배치하겠다\"며 \"시민들의 불편이 없도록 하겠다\"고 말했다."),
        ("지하철 9호선", "서울시", "교통"),
        (("(서울=한빛뉴스) 홍길동 기자 =", ("홍길동",)), ("김철수·이영희 기자", ("김철수", "이영희")),
         ("박민수 기자 minsu@saenal.example", ("박민수",)))),
    LanguageSpec(
        "ja", "ja", "+09:00", ("東都新聞", "日報オンライン", "みなと毎日"),
        "東京都、来年度から私立高校の授業料を実質無償化へ", "教育",
        ("東京都は１４日、来年度から都内に住む私立高校生の授業料を所得制限なしで実質無償化する方針を明らかにした。対象は約１０万人で、必要な予算は約６００億円に上る見通しだ。",
         "これまでは世帯年収が約９１０万円未満の家庭に限って助成していたが、子育て世帯の負担をさらに軽くするため制限を撤廃する。都は今月中に関連予算案を議会に提出する。",
         "都内の保護者からは「教育費の不安が減る」と歓迎する声が上がる一方、近隣県の住民との格差が広がるとの指摘もある。",
         "知事は記者会見で「どの家庭に生まれても学びの機会が開かれる社会をつくりたい」と述べた。"),
        ("教育", "東京都", "高校無償化"),
        (("山田太郎記者", ("山田太郎",)), ("佐藤花子、鈴木一郎", ("佐藤花子", "鈴木一郎")),
         ("取材・文：高橋健", ("高橋健",))),
        keyword_separator=","),
    LanguageSpec(
        "zh", "zh-CN", "+08:00", ("东方日报", "新华晨报", "南城都市报"),
        "我国首条跨海高铁全线贯通 明年正式通车", "交通",
        ("记者从有关部门获悉，我国首条跨海高速铁路14日实现全线贯通，线路全长约277公里，设计时速350公里，预计明年上半年正式开通运营。",
         "该线路共设8座车站，其中跨海大桥长约20公里，是目前世界上最长的跨海高铁桥梁之一。建设者克服了台风频繁、海底地质复杂等多重困难。",
         "通车后，沿线城市之间的通行时间将由现在的3小时缩短至1小时左右，对促进区域经济发展具有重要意义。",
         "工程负责人表示，接下来将开展联调联试工作，确保线路安全可靠。"),
        ("高铁", "跨海大桥", "基础设施"),
        (("本报记者 王小明", ("王小明",)), ("李华、张伟", ("李华", "张伟")), ("文/陈静", ("陈静",))),
        keyword_separator=","),
    LanguageSpec(
        "sr", "sr-Cyrl", "+01:00", ("Београдски дневник", "Вечерње вести", "Српски курир"),
        "Нови мост на Сави биће отворен за саобраћај до краја године", "Београд",
        ("Радови на изградњи новог моста на Сави приводе се крају, а мост би требало да буде отворен за саобраћај до краја године, саопштено је данас из Градске управе.",
         "Мост ће имати по три саобраћајне траке у оба смера, као и пешачке и бициклистичке стазе. Вредност радова процењује се на око 90 милиона евра.",
         "Према речима надлежних, нови мост ће растеретити постојеће прелазе и скратити време путовања између Новог Београда и центра града.",
         "Становници околних насеља кажу да с нестрпљењем чекају завршетак радова, јер су гужве у шпицу све веће."),
        ("Београд", "саобраћај", "инфраструктура"),
        (("Аутор: Петар Петровић", ("Петар Петровић",)), ("Јована Јовановић и Марко Марковић", ("Јована Јовановић", "Марко Марковић")),
         ("Пише: Ана Николић", ("Ана Николић",)))),
    LanguageSpec(
        "sr", "sr-Latn", "+01:00", ("Novosadski glas", "Dnevni pregled", "Vojvođanske novine"),
        "Novi Sad dobija novu gradsku biblioteku u centru grada", "Kultura",
        ("Gradsko veće Novog Sada usvojilo je danas plan za izgradnju nove gradske biblioteke, koja će biti smeštena u nekadašnjoj zgradi fabrike u samom centru grada.",
         "Biblioteka će imati čitaonice, dečije odeljenje i salu za predavanja sa dvesta mesta. Radovi bi trebalo da počnu na proleće i da traju dve godine.",
         "Direktorka biblioteke rekla je da postojeći prostor odavno ne odgovara potrebama čitalaca, kojih je iz godine u godinu sve više.",
         "Projekat se finansira iz gradskog budžeta i sredstava Ministarstva kulture, a vrednost radova procenjuje se na dvanaest miliona evra."),
        ("Novi Sad", "kultura", "biblioteke"),
        (("Autor: Milica Stanković", ("Milica Stanković",)), ("Nikola Đorđević i Ivana Pavlović", ("Nikola Đorđević", "Ivana Pavlović")),
         ("Piše: Stefan Ilić", ("Stefan Ilić",)))),
    LanguageSpec(
        "hr", "hr", "+01:00", ("Jadranski list", "Zagrebački tjednik", "Slobodna obala"),
        "Split uvodi električne autobuse na svim gradskim linijama", "Promet",
        ("Grad Split do kraja sljedeće godine na svim će gradskim linijama voziti isključivo električne autobuse, najavio je danas gradonačelnik na konferenciji za medije.",
         "Nabava četrdeset novih vozila financira se najvećim dijelom iz europskih fondova, a punionice će biti postavljene u dva gradska spremišta.",
         "Prijevoznik procjenjuje da će se troškovi goriva smanjiti za gotovo polovinu, a putnici će dobiti tiše i udobnije autobuse.",
         "Udruge za zaštitu okoliša pozdravile su odluku, ali upozoravaju da treba povećati i broj polazaka na prigradskim linijama."),
        ("Split", "javni prijevoz", "električna vozila"),
        (("Piše: Ivana Horvat", ("Ivana Horvat",)), ("Marko Kovačević i Ana Babić", ("Marko Kovačević", "Ana Babić")),
         ("Luka Jurić", ("Luka Jurić",)))),
    LanguageSpec(
        "fa", "fa", "+03:30", ("روزنامه آفتاب", "خبرگزاری پارس", "همشهری امروز"),
        "خط جدید متروی تهران تا پایان سال به بهره‌برداری می‌رسد", "شهری",
        ("مدیرعامل شرکت متروی تهران روز دوشنبه اعلام کرد که خط ده متروی پایتخت تا پایان سال جاری به بهره‌برداری می‌رسد و روزانه بیش از دویست هزار مسافر را جابه‌جا خواهد کرد.",
         "به گفته او، عملیات ریل‌گذاری در بخش عمده مسیر به پایان رسیده و نصب تجهیزات ایستگاه‌ها در حال انجام است. این خط دوازده ایستگاه خواهد داشت.",
         "کارشناسان حمل‌ونقل می‌گویند راه‌اندازی این خط می‌تواند بخشی از ترافیک سنگین غرب تهران را کاهش دهد.",
         "شهروندان ساکن مناطق غربی شهر نیز از نزدیک شدن زمان افتتاح این خط ابراز خرسندی کردند."),
        ("مترو", "تهران", "حمل و نقل عمومی"),
        (("نویسنده: علی رضایی", ("علی رضایی",)), ("مریم احمدی و حسین کریمی", ("مریم احمدی", "حسین کریمی")),
         ("گزارشگر: سارا محمدی", ("سارا محمدی",))),
        keyword_separator="، "),
    LanguageSpec(
        "ar", "ar", "+02:00", ("صحيفة النهار", "بوابة الخبر", "المشهد اليوم"),
        "افتتاح أكبر محطة لتحلية المياه في المنطقة الشهر المقبل", "اقتصاد",
        ("أعلنت وزارة المياه، اليوم الاثنين، أن أكبر محطة لتحلية مياه البحر في المنطقة ستدخل الخدمة الشهر المقبل، بطاقة إنتاجية تبلغ نحو مليون متر مكعب يوميا.",
         "وقال المتحدث باسم الوزارة إن المحطة ستوفر مياه الشرب لأكثر من أربعة ملايين نسمة، وإن تكلفة إنشائها بلغت نحو ملياري دولار.",
         "وتعتمد المحطة على الطاقة الشمسية في جزء كبير من تشغيلها، ما يقلل من انبعاثات الكربون ومن تكلفة إنتاج المياه.",
         "ويرى خبراء أن المشروع خطوة مهمة لمواجهة شح المياه الذي تعاني منه المنطقة منذ سنوات."),
        ("المياه", "تحلية", "الطاقة الشمسية"),
        (("بقلم: محمد العلي", ("محمد العلي",)), ("أحمد حسن وسارة خليل", ("أحمد حسن", "سارة خليل")),
         ("القاهرة - محمود سامي", ("محمود سامي",))),
        keyword_separator="، "),
    LanguageSpec(
        "th", "th", "+07:00", ("ข่าวไทยวันนี้", "สยามเดลี่", "ประชาชนออนไลน์"),
        "กรุงเทพฯ เตรียมเปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำเจ้าพระยา", "ข่าวกรุงเทพ",
        ("กรุงเทพมหานครเปิดเผยว่า สวนสาธารณะแห่งใหม่ริมแม่น้ำเจ้าพระยาจะเปิดให้ประชาชนเข้าใช้บริการได้ในเดือนหน้า หลังจากใช้เวลาก่อสร้างกว่าสองปี",
         "สวนแห่งนี้มีพื้นที่ประมาณ 30 ไร่ ประกอบด้วยทางเดินริมน้ำ ลานกีฬา และพื้นที่สีเขียวสำหรับครอบครัว โดยจะเปิดให้บริการทุกวันตั้งแต่เวลาห้าโมงเช้าถึงสี่ทุ่ม",
         "ผู้ว่าราชการกรุงเทพมหานครกล่าวว่า โครงการนี้เป็นส่วนหนึ่งของนโยบายเพิ่มพื้นที่สีเขียวให้คนเมือง และจะช่วยลดความร้อนในพื้นที่ชั้นใน",
         "ชาวบ้านในชุมชนใกล้เคียงต่างแสดงความยินดี และหวังว่าจะมีสวนลักษณะนี้เพิ่มขึ้นในเขตอื่นด้วย"),
        ("กรุงเทพมหานคร", "สวนสาธารณะ", "สิ่งแวดล้อม"),
        (("โดย สมชาย ใจดี", ("สมชาย ใจดี",)), ("สมหญิง รักไทย และ วิชัย ศรีสุข", ("สมหญิง รักไทย", "วิชัย ศรีสุข")),
         ("ผู้เขียน: อรุณี แสงทอง", ("อรุณี แสงทอง",)))),
    LanguageSpec(
        "ne", "ne", "+05:45", ("कान्तिपुर खबर", "नागरिक दैनिक", "हिमाल समाचार"),
        "काठमाडौं उपत्यकामा विद्युतीय बस सञ्चालन सुरु", "समाचार",
        ("काठमाडौं उपत्यकामा आइतबारदेखि थप पचास वटा विद्युतीय बस सञ्चालनमा आएका छन्। साझा यातायातले यी बसहरू रत्नपार्कदेखि विभिन्न रुटमा चलाउने जनाएको छ।",
         "यातायात व्यवस्था विभागका अनुसार विद्युतीय बसले वायु प्रदूषण घटाउन र इन्धन आयातमा हुने खर्च कम गर्न मद्दत पुर्‍याउनेछ।",
         "यात्रुहरूले नयाँ बस सफा र आरामदायी भएको बताएका छन्। भाडादर भने पुरानै कायम गरिएको छ।",
         "सरकारले आगामी वर्ष थप एक सय विद्युतीय बस ल्याउने योजना बनाएको छ।"),
        ("विद्युतीय बस", "काठमाडौं", "यातायात"),
        (("लेखक: सीता श्रेष्ठ", ("सीता श्रेष्ठ",)), ("राम थापा र गीता अधिकारी", ("राम थापा", "गीता अधिकारी")),
         ("हरि प्रसाद पौडेल", ("हरि प्रसाद पौडेल",)))),
    LanguageSpec(
        "hi", "hi", "+05:30", ("दैनिक भारत", "नवभारत समाचार", "जनसत्ता टुडे"),
        "दिल्ली में यमुना की सफाई के लिए नई योजना को मंजूरी", "दिल्ली",
        ("दिल्ली सरकार ने सोमवार को यमुना नदी की सफाई के लिए दो हजार करोड़ रुपये की नई योजना को मंजूरी दे दी। इसके तहत अगले तीन वर्षों में बारह नए सीवेज ट्रीटमेंट प्लांट बनाए जाएंगे।",
         "जल मंत्री ने बताया कि नदी में गिरने वाले सभी बड़े नालों को इन संयंत्रों से जोड़ा जाएगा, ताकि बिना साफ किया पानी सीधे नदी में न जाए।",
         "पर्यावरण विशेषज्ञों ने योजना का स्वागत किया है, लेकिन कहा है कि पिछली योजनाओं की तरह इसका काम भी समय पर पूरा होना जरूरी है।",
         "नदी किनारे रहने वाले लोगों को उम्मीद है कि इस बार यमुना सचमुच साफ होगी।"),
        ("यमुना", "दिल्ली सरकार", "प्रदूषण"),
        (("रिपोर्ट: राहुल शर्मा", ("राहुल शर्मा",)), ("प्रिया वर्मा और अमित सिंह", ("प्रिया वर्मा", "अमित सिंह")),
         ("लेखक: सुनील यादव", ("सुनील यादव",)))),
    LanguageSpec(
        "am", "am", "+03:00", ("አዲስ ዜና", "ኢትዮጵያ ዛሬ", "የሕዝብ ድምፅ"),
        "በአዲስ አበባ አዲስ የቀላል ባቡር መስመር ግንባታ ተጀመረ", "ዜና",
        ("በአዲስ አበባ ከተማ አዲስ የቀላል ባቡር መስመር ግንባታ ሰኞ ዕለት በይፋ ተጀምሯል። መስመሩ አሥራ ሁለት ኪሎ ሜትር ርዝመት ያለው ሲሆን አሥር ጣቢያዎች ይኖሩታል።",
         "የከተማው አስተዳደር እንደገለጸው ግንባታው በሦስት ዓመታት ውስጥ ይጠናቀቃል። ፕሮጀክቱ በቀን ከመቶ ሺህ በላይ ተሳፋሪዎችን ያገለግላል ተብሎ ይጠበቃል።",
         "ነዋሪዎች አዲሱ መስመር የትራንስፖርት ችግሩን ያቃልላል የሚል ተስፋ እንዳላቸው ገልጸዋል።",
         "የትራንስፖርት ባለሙያዎች ደግሞ ከባቡሩ ጋር የሚገናኙ የአውቶቡስ መስመሮችም መዘጋጀት እንዳለባቸው አሳስበዋል።"),
        ("አዲስ አበባ", "ቀላል ባቡር", "ትራንስፖርት"),
        (("ዘጋቢ: አበበ ከበደ", ("አበበ ከበደ",)), ("ሰላም ታደሰ እና ዮሐንስ ገብሬ", ("ሰላም ታደሰ", "ዮሐንስ ገብሬ")),
         ("በመሠረት ኃይሌ", ("መሠረት ኃይሌ",))),
        keyword_separator="፣ "),
    LanguageSpec(
        "vi", "vi", "+07:00", ("Báo Thời Sự", "Tin Nhanh Sài Gòn", "Người Hà Nội"),
        "Hà Nội khởi công tuyến đường sắt đô thị số 5", "Thời sự",
        ("Sáng 14/3, UBND thành phố Hà Nội tổ chức lễ khởi công tuyến đường sắt đô thị số 5 từ Văn Cao đến Hòa Lạc, dài gần 39 km với tổng vốn đầu tư khoảng 65.000 tỷ đồng.",
         "Tuyến đường sắt có 20 nhà ga, trong đó có 7 ga ngầm. Theo kế hoạch, công trình sẽ hoàn thành và đưa vào khai thác vào năm 2030.",
         "Lãnh đạo thành phố cho biết tuyến đường sắt sẽ giúp giảm ùn tắc giao thông ở phía tây thủ đô và kết nối trung tâm với khu công nghệ cao.",
         "Nhiều người dân sống dọc tuyến đường bày tỏ mong muốn dự án được triển khai đúng tiến độ."),
        ("Hà Nội", "đường sắt đô thị", "giao thông"),
        (("Bởi Nguyễn Văn An", ("Nguyễn Văn An",)), ("Trần Thị Bích và Lê Minh Quân", ("Trần Thị Bích", "Lê Minh Quân")),
         ("Tác giả: Phạm Hồng Sơn", ("Phạm Hồng Sơn",)))),
    LanguageSpec(
        "id", "id", "+07:00", ("Warta Nusantara", "Kabar Jakarta", "Suara Rakyat"),
        "Pemerintah Resmikan Jalan Tol Baru di Sumatera", "Ekonomi",
        ("Presiden meresmikan ruas jalan tol baru sepanjang 72 kilometer di Sumatera Selatan pada Senin (14/3). Jalan tol ini menghubungkan Palembang dengan kawasan industri di Kayu Agung.",
         "Menteri Pekerjaan Umum mengatakan jalan tol tersebut akan memangkas waktu tempuh dari tiga jam menjadi sekitar satu jam. Tarif akan diumumkan dalam waktu dekat.",
         "Para pengusaha angkutan barang menyambut baik pembukaan jalan tol ini karena dapat menekan biaya logistik di wilayah tersebut.",
         "Pemerintah menargetkan seluruh ruas tol Trans-Sumatera tersambung pada akhir tahun depan."),
        ("jalan tol", "Sumatera Selatan", "infrastruktur"),
        (("Oleh: Budi Santoso", ("Budi Santoso",)), ("Penulis: Siti Rahmawati | Editor: Agus Salim", ("Siti Rahmawati",)),
         ("Dewi Lestari dan Rizky Pratama", ("Dewi Lestari", "Rizky Pratama")))),
    LanguageSpec(
        "ms", "ms", "+08:00", ("Berita Semasa", "Utusan Rakyat", "Warta Malaysia"),
        "Kerajaan umum bantuan tunai baharu untuk golongan berpendapatan rendah", "Nasional",
        ("Kerajaan hari ini mengumumkan bantuan tunai baharu bernilai RM2 bilion untuk membantu golongan berpendapatan rendah menghadapi kenaikan kos sara hidup.",
         "Menteri Kewangan berkata bantuan itu akan disalurkan secara berperingkat mulai bulan depan kepada lebih tiga juta isi rumah di seluruh negara.",
         "Penerima yang layak tidak perlu membuat permohonan baharu kerana data sedia ada akan digunakan untuk menyemak kelayakan mereka.",
         "Persatuan pengguna menyambut baik langkah itu tetapi menggesa kerajaan turut mengawal harga barangan keperluan."),
        ("bantuan tunai", "kos sara hidup", "ekonomi"),
        (("Oleh Nurul Aina", ("Nurul Aina",)), ("Ahmad Faizal dan Siti Zulaikha", ("Ahmad Faizal", "Siti Zulaikha")),
         ("Oleh: Mohd Hafiz Ismail", ("Mohd Hafiz Ismail",)))),
    LanguageSpec(
        "he", "he", "+02:00", ("חדשות היום", "הבוקר", "מעריב השבוע"),
        "הרכבת הקלה בירושלים תרחיב את פעילותה לשכונות הדרום", "תחבורה",
        ("משרד התחבורה הודיע היום כי הקו הכחול של הרכבת הקלה בירושלים יגיע לשכונות הדרום של העיר עד סוף השנה הבאה, והעבודות בתוואי נמצאות בשלבים מתקדמים.",
         "לדברי המשרד, הקו החדש יכלול שמונה עשרה תחנות ויסיע מדי יום כמאה אלף נוסעים. עלות הפרויקט מוערכת בכשלושה מיליארד שקלים.",
         "תושבי השכונות מקווים שהרכבת תקצר את זמני הנסיעה למרכז העיר, שכיום נמשכים לעתים יותר משעה בשעות העומס.",
         "בעירייה אמרו כי במקביל ייסללו שבילי אופניים חדשים לאורך התוואי."),
        ("רכבת קלה", "ירושלים", "תחבורה ציבורית"),
        (("מאת דנה כהן", ("דנה כהן",)), ("יוסי לוי ומיכל אברהם", ("יוסי לוי", "מיכל אברהם")),
         ("רונית שפירא", ("רונית שפירא",)))),
    LanguageSpec(
        "bn", "bn", "+06:00", ("দৈনিক সময়", "বাংলা খবর", "প্রতিদিনের কণ্ঠ"),
        "ঢাকায় মেট্রোরেলের নতুন লাইনের কাজ শুরু", "রাজধানী",
        ("রাজধানী ঢাকায় মেট্রোরেলের নতুন একটি লাইনের নির্মাণকাজ সোমবার আনুষ্ঠানিকভাবে শুরু হয়েছে। প্রায় বিশ কিলোমিটার দীর্ঘ এই লাইনে মোট চৌদ্দটি স্টেশন থাকবে।",
         "প্রকল্প কর্মকর্তারা জানিয়েছেন, আগামী চার বছরের মধ্যে লাইনটি চালু করার লক্ষ্য রয়েছে। প্রতিদিন প্রায় পাঁচ লাখ যাত্রী এই লাইন ব্যবহার করতে পারবেন।",
         "নগর পরিকল্পনাবিদরা বলছেন, নতুন লাইনটি চালু হলে রাজধানীর যানজট উল্লেখযোগ্যভাবে কমবে।",
         "তবে নির্মাণকাজের সময় সড়কে যাতে ভোগান্তি না বাড়ে, সে বিষয়ে নজর রাখার আহ্বান জানিয়েছেন স্থানীয় বাসিন্দারা।"),
        ("মেট্রোরেল", "ঢাকা", "যানজট"),
        (("লেখক: রহিম উদ্দিন", ("রহিম উদ্দিন",)), ("করিম হোসেন ও নাসরিন আক্তার", ("করিম হোসেন", "নাসরিন আক্তার")),
         ("প্রতিবেদক: সুমাইয়া ইসলাম", ("সুমাইয়া ইসলাম",)))),
    LanguageSpec(
        "ta", "ta", "+05:30", ("தமிழ் முரசு", "தினச்செய்தி", "மக்கள் குரல்"),
        "சென்னையில் புதிய மெட்ரோ ரயில் பாதை அடுத்த மாதம் திறப்பு", "சென்னை",
        ("சென்னையில் இரண்டாம் கட்ட மெட்ரோ ரயில் திட்டத்தின் முதல் பகுதி அடுத்த மாதம் பொதுமக்கள் பயன்பாட்டுக்கு திறக்கப்படும் என்று மெட்ரோ ரயில் நிறுவனம் அறிவித்துள்ளது.",
         "பூந்தமல்லி முதல் போரூர் வரையிலான இந்தப் பாதையில் பத்து நிலையங்கள் அமைக்கப்பட்டுள்ளன. சோதனை ஓட்டம் வெற்றிகரமாக நடைபெற்று வருகிறது.",
         "இந்தப் பாதை திறக்கப்பட்டால் மேற்கு சென்னையில் போக்குவரத்து நெரிசல் கணிசமாகக் குறையும் என்று அதிகாரிகள் தெரிவித்தனர்.",
         "பயணிகளின் வசதிக்காக நிலையங்களில் வாகன நிறுத்துமிடங்களும் அமைக்கப்படுகின்றன."),
        ("மெட்ரோ ரயில்", "சென்னை", "போக்குவரத்து"),
        (("செய்தியாளர்: கார்த்திக் ராஜா", ("கார்த்திக் ராஜா",)), ("பிரியா சுந்தரம் மற்றும் அருண் குமார்", ("பிரியா சுந்தரம்", "அருண் குமார்")),
         ("ச. முருகன்", ("ச. முருகன்",)))),
    LanguageSpec(
        "sw", "sw", "+03:00", ("Habari Leo", "Mwananchi Kesho", "Sauti ya Pwani"),
        "Serikali yazindua mradi mpya wa maji safi jijini Dodoma", "Kitaifa",
        ("Serikali imezindua mradi mpya wa maji safi jijini Dodoma unaotarajiwa kuhudumia zaidi ya wakazi laki tano ifikapo mwishoni mwa mwaka ujao.",
         "Waziri wa Maji alisema mradi huo utagharimu shilingi bilioni mia tatu na utahusisha ujenzi wa bwawa, mitambo ya kusafisha maji na mabomba yenye urefu wa kilomita mia moja.",
         "Wakazi wa maeneo ya pembezoni mwa jiji wamesema wamekuwa wakikabiliwa na uhaba wa maji kwa muda mrefu na wanatumaini mradi huo utamaliza tatizo hilo.",
         "Wataalamu wa mazingira wameishauri serikali kuhakikisha vyanzo vya maji vinalindwa ipasavyo."),
        ("maji", "Dodoma", "miundombinu"),
        (("Na Juma Hamisi", ("Juma Hamisi",)), ("Amina Said na Hassan Mwinyi", ("Amina Said", "Hassan Mwinyi")),
         ("Mwandishi: Neema Mushi", ("Neema Mushi",)))),
    LanguageSpec(
        "el", "el", "+02:00", ("Η Καθημερινή Ώρα", "Νέα της Αθήνας", "Ο Ανεξάρτητος"),
        "Σε λειτουργία η νέα γραμμή του μετρό στη Θεσσαλονίκη", "Ελλάδα",
        ("Σε λειτουργία τέθηκε σήμερα η επέκταση του μετρό της Θεσσαλονίκης προς την Καλαμαριά, με πέντε νέους σταθμούς και συνολικό μήκος σχεδόν πέντε χιλιομέτρων.",
         "Σύμφωνα με το υπουργείο Μεταφορών, η νέα γραμμή αναμένεται να εξυπηρετεί περίπου πενήντα χιλιάδες επιβάτες την ημέρα.",
         "Οι κάτοικοι της περιοχής χαιρέτισαν το έργο, που καθυστέρησε πολλά χρόνια λόγω των αρχαιολογικών ευρημάτων στο κέντρο της πόλης.",
         "Τις πρώτες εβδομάδες τα δρομολόγια θα εκτελούνται κάθε τέσσερα λεπτά τις ώρες αιχμής."),
        ("Θεσσαλονίκη", "μετρό", "συγκοινωνίες"),
        (("Του Γιώργου Παπαδόπουλου", ("Γιώργου Παπαδόπουλου",)), ("Μαρία Οικονόμου και Νίκος Αλεξίου", ("Μαρία Οικονόμου", "Νίκος Αλεξίου")),
         ("Γράφει η Ελένη Γεωργίου", ("Ελένη Γεωργίου",)))),
    LanguageSpec(
        "ro", "ro", "+02:00", ("Jurnalul Zilei", "Gazeta de Cluj", "Evenimentul Nou"),
        "Cluj-Napoca va avea prima linie de metrou până în 2030", "Actualitate",
        ("Primăria Cluj-Napoca a semnat astăzi contractul pentru construcția primei linii de metrou din oraș, care va avea o lungime de 21 de kilometri și 19 stații.",
         "Potrivit primarului, lucrările vor începe în această vară, iar prima etapă ar urma să fie dată în folosință până în anul 2030.",
         "Proiectul este finanțat în mare parte din fonduri europene și din Planul Național de Redresare și Reziliență.",
         "Locuitorii din cartierele mărginașe speră ca metroul să reducă timpul petrecut zilnic în trafic."),
        ("Cluj-Napoca", "metrou", "transport public"),
        (("de Andrei Popescu", ("Andrei Popescu",)), ("Ioana Ionescu și Mihai Stan", ("Ioana Ionescu", "Mihai Stan")),
         ("Autor: Elena Dumitrescu", ("Elena Dumitrescu",)))),
    LanguageSpec(
        "hu", "hu", "+01:00", ("Reggeli Hírlap", "Pesti Napló", "Alföldi Hírek"),
        "Megújul a budapesti Lánchíd környéke", "Belföld",
        ("A főváros vezetése bejelentette, hogy jövő tavasszal megkezdődik a Lánchíd budai hídfőjének és környékének teljes felújítása, amely várhatóan másfél évig tart.",
         "A tervek szerint a rakpart egy részét lezárják az autóforgalom elől, és helyette sétányt, kerékpárutat és zöldfelületeket alakítanak ki.",
         "A felújítás költségét mintegy tizenkétmilliárd forintra becsülik, amelyet részben uniós forrásokból fedeznek.",
         "A környéken élők üdvözölték a terveket, de arra kérik a várost, hogy a munkálatok alatt is biztosítsa a közlekedést."),
        ("Budapest", "Lánchíd", "városfejlesztés"),
        (("Szerző: Kovács Anna", ("Kovács Anna",)), ("Nagy Péter és Tóth Eszter", ("Nagy Péter", "Tóth Eszter")),
         ("Szöveg: Szabó Gábor, fotó: Varga Béla", ("Szabó Gábor",)))),
    LanguageSpec(
        "cs", "cs", "+01:00", ("Denní zprávy", "Pražský kurýr", "Moravský deník"),
        "Praha otevře novou tramvajovou trať na Barrandov", "Domácí",
        ("Dopravní podnik hlavního města Prahy dnes oznámil, že nová tramvajová trať z Barrandova do Slivence bude zprovozněna v září. Trať je dlouhá necelé čtyři kilometry.",
         "Na nové trati vzniknou čtyři zastávky a tramvaje by v ranní špičce měly jezdit každých pět minut. Stavba přišla zhruba na 1,2 miliardy korun.",
         "Obyvatelé Slivence se podle radnice dočkají rychlejšího spojení s centrem, které jim dosud zajišťovaly jen autobusy.",
         "Dopravní podnik zároveň upozornil, že během zkušebního provozu může docházet ke krátkým výlukám."),
        ("Praha", "tramvaje", "doprava"),
        (("Autor: Jan Novák", ("Jan Novák",)), ("Petra Svobodová a Tomáš Dvořák", ("Petra Svobodová", "Tomáš Dvořák")),
         ("Kateřina Černá", ("Kateřina Černá",)))),
    LanguageSpec(
        "sk", "sk", "+01:00", ("Slovenský denník", "Bratislavské noviny", "Hlas Východu"),
        "Bratislava spúšťa nový systém zdieľaných bicyklov", "Regióny",
        ("Hlavné mesto od pondelka rozširuje systém zdieľaných bicyklov o ďalších tristo bicyklov a päťdesiat nových staníc, ktoré pribudnú najmä v Petržalke a Ružinove.",
         "Podľa magistrátu sa počet výpožičiek za posledný rok zdvojnásobil a o bicykle je záujem aj počas zimných mesiacov.",
         "Prvých tridsať minút jazdy bude pre registrovaných používateľov naďalej bezplatných.",
         "Cyklistické združenia privítali rozšírenie, no upozorňujú, že mesto potrebuje aj viac bezpečných cyklotrás."),
        ("Bratislava", "bicykle", "doprava"),
        (("Autor: Martin Kováč", ("Martin Kováč",)), ("Zuzana Horváthová a Peter Baláž", ("Zuzana Horváthová", "Peter Baláž")),
         ("Lucia Tóthová", ("Lucia Tóthová",)))),
    LanguageSpec(
        "bg", "bg", "+02:00", ("Дневен вестник", "Софийски новини", "Глас на народа"),
        "Столичната община пуска нови електробуси по пет линии", "България",
        ("Столичната община обяви, че от следващия месец по пет автобусни линии в София ще се движат само нови електробуси, закупени с европейско финансиране.",
         "Новите превозни средства са общо шестдесет и разполагат с климатик, безплатен интернет и места за хора с увреждания.",
         "Според общината така ще бъдат спестени хиляди тонове въглероден диоксид годишно, а шумът по основните булеварди ще намалее.",
         "Граждани приветстваха промяната, но настояват да бъдат увеличени и курсовете в крайните квартали."),
        ("София", "електробуси", "градски транспорт"),
        (("Автор: Иван Петров", ("Иван Петров",)), ("Мария Георгиева и Димитър Стоянов", ("Мария Георгиева", "Димитър Стоянов")),
         ("Текст: Елена Колева", ("Елена Колева",)))),
    LanguageSpec(
        "lt", "lt", "+02:00", ("Vilniaus žinios", "Dienos aktualijos", "Kauno balsas"),
        "Vilniuje bus nutiestas naujas dviračių takas palei Nerį", "Lietuvoje",
        ("Vilniaus savivaldybė pranešė, kad šią vasarą palei Nerį bus pradėtas tiesti naujas dviračių takas, sujungsiantis Žvėryną su Valakampiais.",
         "Tako ilgis sieks beveik aštuonis kilometrus, o darbai turėtų būti baigti iki kitų metų rudens. Projektui skirta apie šešis milijonus eurų.",
         "Dviratininkų bendruomenė sveikina sprendimą ir tikisi, kad takas paskatins daugiau žmonių į darbą važiuoti dviračiu.",
         "Savivaldybė taip pat žada palei taką įrengti poilsio aikšteles ir apšvietimą."),
        ("Vilnius", "dviračių takai", "Neris"),
        (("Autorius: Jonas Kazlauskas", ("Jonas Kazlauskas",)), ("Rūta Petrauskienė ir Tomas Jankauskas", ("Rūta Petrauskienė", "Tomas Jankauskas")),
         ("Eglė Vaitkutė", ("Eglė Vaitkutė",)))),
    LanguageSpec(
        "az", "az", "+04:00", ("Bakı Xəbər", "Gündəlik Səs", "Yeni Zaman"),
        "Bakıda yeni metro stansiyası istifadəyə verildi", "Cəmiyyət",
        ("Bakı metropoliteninin yeni stansiyası bu gün sərnişinlərin istifadəsinə verilib. Stansiya Yasamal rayonunda yerləşir və bənövşəyi xəttin davamıdır.",
         "Metropolitenin rəhbərliyi bildirib ki, yeni stansiya gündə təxminən otuz min sərnişinə xidmət göstərəcək.",
         "Ətraf ərazilərdə yaşayan sakinlər stansiyanın açılmasını uzun müddətdir gözlədiklərini deyiblər.",
         "Gələn il daha iki yeni stansiyanın tikintisinin başa çatdırılması planlaşdırılır."),
        ("Bakı", "metro", "nəqliyyat"),
        (("Müəllif: Elvin Məmmədov", ("Elvin Məmmədov",)), ("Aysel Əliyeva və Rəşad Həsənov", ("Aysel Əliyeva", "Rəşad Həsənov")),
         ("Nigar Quliyeva", ("Nigar Quliyeva",)))),
    LanguageSpec(
        "ka", "ka", "+04:00", ("თბილისის ამბები", "დღის ახალი ამბები", "ქართული ხმა"),
        "თბილისში ახალი საბაგირო გზა გაიხსნა", "საზოგადოება",
        ("თბილისში დღეს ახალი საბაგირო გზა გაიხსნა, რომელიც ვაკის პარკს კუს ტბასთან აკავშირებს. გზის სიგრძე თითქმის ორი კილომეტრია.",
         "მერიის ინფორმაციით, საბაგირო ყოველდღე დილის ათი საათიდან ღამის თერთმეტ საათამდე იმუშავებს, მგზავრობა კი სატრანსპორტო ბარათით იქნება შესაძლებელი.",
         "ქალაქის მაცხოვრებლები და ტურისტები ახალ საბაგიროს დიდი ინტერესით შეხვდნენ.",
         "მერიის წარმომადგენლების თქმით, მომავალ წელს კიდევ ორი ახალი ხაზის მშენებლობა დაიწყება."),
        ("თბილისი", "საბაგირო", "ტურიზმი"),
        (("ავტორი: გიორგი ბერიძე", ("გიორგი ბერიძე",)), ("ნინო კაპანაძე და ლევან გელაშვილი", ("ნინო კაპანაძე", "ლევან გელაშვილი")),
         ("თამარ ლომიძე", ("თამარ ლომიძე",)))),
    LanguageSpec(
        "tl", "tl", "+08:00", ("Balitang Pinoy", "Pahayagang Bayan", "Tinig ng Maynila"),
        "Bagong tulay sa Pasig, bubuksan na sa susunod na buwan", "Balita",
        ("Bubuksan na sa susunod na buwan ang bagong tulay na mag-uugnay sa Makati at Mandaluyong, ayon sa Kagawaran ng Pagawaing Bayan at Lansangan.",
         "Ayon sa kalihim, malaki ang maitutulong ng tulay upang mabawasan ang matinding trapiko sa EDSA tuwing oras ng pasukan at uwian.",
         "Ang tulay ay may apat na linya para sa mga sasakyan at may hiwalay na daanan para sa mga naglalakad at nagbibisikleta.",
         "Natuwa ang mga residente sa lugar dahil mas mapapabilis na ang kanilang pagpasok sa trabaho."),
        ("tulay", "Pasig", "trapiko"),
        (("Ni Maria Santos", ("Maria Santos",)), ("Jose Dela Cruz at Ana Reyes", ("Jose Dela Cruz", "Ana Reyes")),
         ("Mark Villanueva", ("Mark Villanueva",)))),
    LanguageSpec(
        "ur", "ur", "+05:00", ("روزنامہ آواز", "خبریں آج", "پاکستان ٹائمز اردو"),
        "لاہور میں نئی میٹرو بس سروس کا آغاز", "پاکستان",
        ("لاہور میں پیر کے روز نئی میٹرو بس سروس کا باقاعدہ آغاز کر دیا گیا۔ یہ روٹ ٹھوکر نیاز بیگ سے رائیونڈ تک چوبیس کلومیٹر طویل ہے اور اس پر سولہ اسٹیشن بنائے گئے ہیں۔",
         "حکام کے مطابق روزانہ تقریباً ایک لاکھ مسافر اس سروس سے فائدہ اٹھا سکیں گے، جبکہ کرایہ پرانے روٹس کے برابر رکھا گیا ہے۔",
         "شہریوں نے نئی سروس کا خیرمقدم کرتے ہوئے کہا کہ اس سے روزانہ سفر میں وقت اور پیسے دونوں کی بچت ہوگی۔",
         "ٹرانسپورٹ ماہرین کا کہنا ہے کہ اس منصوبے سے شہر میں فضائی آلودگی بھی کم ہوگی۔"),
        ("لاہور", "میٹرو بس", "ٹرانسپورٹ"),
        (("تحریر: فیصل احمد", ("فیصل احمد",)), ("نادیہ حسین اور علی رضا", ("نادیہ حسین", "علی رضا")),
         ("رپورٹ: زینب ملک", ("زینب ملک",))),
        keyword_separator="، "),
    LanguageSpec(
        "fi", "fi", "+02:00", ("Päivän Sanomat", "Helsingin Uutiset", "Pohjolan Viesti"),
        "Tampereen raitiotie laajenee Lentävänniemeen", "Kotimaa",
        ("Tampereen raitiotien toinen vaihe otetaan käyttöön ensi kuussa, kun rata Lentävänniemeen valmistuu. Uutta rataa on noin viisi kilometriä ja pysäkkejä kymmenen.",
         "Kaupungin mukaan raitiovaunut kulkevat ruuhka-aikaan seitsemän ja puolen minuutin välein. Laajennuksen kustannukset ovat noin 250 miljoonaa euroa.",
         "Asukkaat ovat odottaneet uutta yhteyttä, sillä bussit ovat olleet ruuhka-aikaan usein täynnä.",
         "Samalla osa bussilinjoista muuttuu syöttöliikenteeksi raitiotien pysäkeille."),
        ("Tampere", "raitiotie", "joukkoliikenne"),
        (("Teksti: Matti Virtanen", ("Matti Virtanen",)), ("Anna Korhonen ja Jussi Mäkinen", ("Anna Korhonen", "Jussi Mäkinen")),
         ("Laura Nieminen", ("Laura Nieminen",)))),
    LanguageSpec(
        "sq", "sq", "+01:00", ("Gazeta e Ditës", "Lajmi Shqip", "Zëri i Tiranës"),
        "Tirana nis ndërtimin e unazës së madhe lindore", "Aktualitet",
        ("Bashkia e Tiranës nisi sot punimet për ndërtimin e pjesës lindore të unazës së madhe, një rrugë me gjatësi rreth tetë kilometra që pritet të lehtësojë trafikun në hyrje të qytetit.",
         "Sipas kryetarit të bashkisë, punimet do të përfundojnë brenda dy vjetëve dhe projekti kushton rreth pesëdhjetë milionë euro.",
         "Banorët e lagjeve përreth shpresojnë që rruga e re të shkurtojë kohën që humbasin çdo ditë në trafik.",
         "Ekspertët e urbanistikës kërkojnë që përgjatë rrugës të ndërtohen edhe korsi për biçikleta."),
        ("Tirana", "infrastruktura", "trafiku"),
        (("Nga Arben Hoxha", ("Arben Hoxha",)), ("Elira Shehu dhe Blerim Krasniqi", ("Elira Shehu", "Blerim Krasniqi")),
         ("Autor: Mirela Dervishi", ("Mirela Dervishi",)))),
)


@dataclass(frozen=True)
class TitleForm:
    """A further publisher of a language (its :class:`LanguageSpec` by ``html_lang``) whose pages
    print their titles and bylines the way real sites in that language do: ``{h}`` stands for the
    story's headline. ``h1`` is the visible headline as marked up (a kicker in brackets inside it or
    not); the gold title is its text, what the reader sees. ``kicker`` is shown above the ``<h1>``,
    outside it. ``ld_headline`` set: a NewsArticle JSON-LD with the byline as its author's name;
    else the byline is visible. ``people`` empty: the byline names no person (an agency)."""

    html_lang: str
    site: str
    head_title: str
    og_title: str | None
    ld_headline: str | None
    h1: str
    byline: str
    people: tuple[str, ...]
    kicker: str | None = None
    site_name: str | None = None  # og:site_name, where the publisher declares it


TITLE_FORMS: tuple[TitleForm, ...] = (
    # Korean CMS (ndsoft): "제목 < 섹션 < 기사본문 - 신문"; "[단독]"/"[속보]" in the declared titles, in the h1 or not.
    TitleForm("ko", "한빛신문", "[단독] {h} < 사회 < 기사본문 - 한빛신문", "[단독] {h} - 한빛신문", None,
              "[단독] {h}", "한빛신문 홍길동 기자", ("홍길동",)),
    TitleForm("ko", "서울경제일보", "[속보] {h} - 서울경제일보", "[속보] {h}", None,
              "{h}", "글·사진=김철수 기자", ("김철수",), kicker="속보"),
    TitleForm("ko", "새날일보", "{h} | 새날일보", None, "{h}",
              '<span class="badge">[단독]</span> {h}', "(서울=새날뉴스) 박민수 기자", ("박민수",)),
    TitleForm("ko", "한빛일보", "{h} ‹ 사회 ‹ 기사본문 - 한빛일보", "{h} - 한빛일보", None,
              "{h}", "이영희 기자", ("이영희",), site_name="한빛일보"),
    # Japanese: "｜" and "：" before the site, 【速報】/【独自】/〔詳報〕 kickers.
    TitleForm("ja", "東都新聞デジタル", "{h}：東都新聞デジタル", "{h}：東都新聞デジタル", None,
              "{h}", "文・写真 高橋健", ("高橋健",)),
    TitleForm("ja", "日報オンライン", "【速報】{h}｜日報オンライン", "【速報】{h}｜日報オンライン", None,
              "【速報】{h}", "編集委員・佐藤花子", ("佐藤花子",)),
    TitleForm("ja", "みなと新報", "【独自】{h} - みなと新報", None, "【独自】{h}",
              "{h}", "鈴木一郎記者", ("鈴木一郎",), kicker="独自"),
    TitleForm("ja", "北海タイムス", "〔詳報〕{h}｜北海タイムス", "〔詳報〕{h}", None,
              "〔詳報〕{h}", "（山田太郎）", ("山田太郎",), site_name="北海タイムス"),
    # Chinese: "_网易新闻", "-新华网", "|联合早报".
    TitleForm("zh-CN", "网易新闻", "{h}_网易新闻", None, None,
              "{h}", "记者 王小明", ("王小明",)),
    TitleForm("zh-CN", "新华网", "{h}-新华网", "{h}-新华网", None,
              "{h}", "新华社记者王小明", ("王小明",)),
    TitleForm("zh-CN", "联合早报", "{h} | 联合早报", "{h}|联合早报", None,
              "{h}", "文/陈静 图/李华", ("陈静",)),
    # Arabic: "| الجزيرة نت"; a dateline before the name, the Egyptian "كتب -".
    TitleForm("ar", "الجزيرة نت", "{h} | الجزيرة نت", "{h} | الجزيرة نت", None,
              "{h}", "القاهرة - محمود سامي", ("محمود سامي",)),
    TitleForm("ar", "بوابة الأهرام", "{h} - بوابة الأهرام", None, "{h}",
              "{h}", "غزة ـ أحمد حسن", ("أحمد حسن",)),
    TitleForm("ar", "اليوم السابع", "{h} - اليوم السابع", "{h} - اليوم السابع", None,
              "{h}", "كتب - محمد العلي", ("محمد العلي",)),
    # Persian: the agency's name in Persian, then in English.
    TitleForm("fa", "خبرگزاری مهر", "{h} - خبرگزاری مهر | Mehr News Agency", "{h} - خبرگزاری مهر | Mehr News Agency",
              None, "{h}", "خبرنگار: علی رضایی", ("علی رضایی",)),
    TitleForm("fa", "ایسنا", "{h} | ایسنا", "{h}", None,
              "{h}", "گزارش: مریم احمدی", ("مریم احمدی",)),
    # Hebrew: "- וואלה! חדשות"; a role after the name and a comma.
    TitleForm("he", "וואלה! חדשות", "{h} - וואלה! חדשות", "{h} - וואלה! חדשות", None,
              "{h}", "דנה כהן, כתבת חדשות", ("דנה כהן",)),
    TitleForm("he", "ynet", "{h} | ynet", None, "{h}",
              "{h}", "יוסי לוי", ("יוסי לוי",)),
    # Thai: "- ข่าวสด"; story and picture labels.
    TitleForm("th", "ข่าวสด", "{h} - ข่าวสด", "{h} - ข่าวสด", None,
              "{h}", "เรื่อง: สมชาย ใจดี ภาพ: วิชัย ศรีสุข", ("สมชาย ใจดี",)),
    TitleForm("th", "มติชนออนไลน์", "{h} | มติชนออนไลน์", None, "{h}",
              "{h}", "โดย อรุณี แสงทอง", ("อรุณี แสงทอง",)),
    # Vietnamese: "- Báo VnExpress"; an agency that is no author, names joined by a dash, a source in brackets.
    TitleForm("vi", "VnExpress", "{h} - Báo VnExpress", "{h} - VnExpress", None,
              "{h}", "Theo TTXVN", ()),
    TitleForm("vi", "Tuổi Trẻ Online", "{h} - Tuổi Trẻ Online", "{h}", None,
              "{h}", "Đức Minh - Thanh Hằng", ("Đức Minh", "Thanh Hằng")),
    TitleForm("vi", "Báo Dân trí", "{h} | Báo Dân trí", None, "{h}",
              "{h}", "Hoài Thu (theo Reuters)", ("Hoài Thu",)),
    # Indonesian: "- Kompas.com"; Tribun's "Laporan Wartawan", labels without colons, Republika's "Rep:/Red:".
    TitleForm("id", "Kompas.com", "{h} - Kompas.com", "{h}", None,
              "{h}", "Penulis Budi Santoso | Editor Agus Salim", ("Budi Santoso",)),
    TitleForm("id", "Tribunnews.com", "{h} - Tribunnews.com", "{h} - Tribunnews.com", None,
              "{h}", "Laporan Wartawan Tribunnews.com, Siti Rahmawati", ("Siti Rahmawati",)),
    TitleForm("id", "Republika Online", "{h} | Republika Online", None, "{h}",
              "{h}", "Rep: Dewi Lestari/ Red: Rizky Pratama", ("Dewi Lestari",)),
    # Hindi: "| दैनिक भास्कर"; a place after the name.
    TitleForm("hi", "दैनिक भास्कर", "{h} | दैनिक भास्कर", "{h} | दैनिक भास्कर", None,
              "{h}", "राहुल शर्मा | नई दिल्ली", ("राहुल शर्मा",)),
    TitleForm("hi", "Amar Ujala", "{h} - Amar Ujala Hindi News Live", "{h} - Amar Ujala Hindi News Live", None,
              "{h}", "प्रिया वर्मा", ("प्रिया वर्मा",), site_name="Amar Ujala"),
    # Amharic: "by" written as the prefix letter በ, before each name.
    TitleForm("am", "ሪፖርተር", "{h} | ሪፖርተር", None, None,
              "{h}", "በአበበ ከበደ", ("አበበ ከበደ",)),
    TitleForm("am", "ኢትዮጵያ ዛሬ", "{h} - ኢትዮጵያ ዛሬ", "{h}", None,
              "{h}", "በሰላም ታደሰ እና በዮሐንስ ገብሬ", ("ሰላም ታደሰ", "ዮሐንስ ገብሬ")),
)


# Publishers added third, for the kicker rule (the gold title is the <h1>'s text, its bracketed kicker
# included only where the <h1> shows it): the kicker in every declared title and not in the <h1>, in
# the <h1> (in an element of its own or not) and in no declared title, or in both.
KICKER_FORMS: tuple[TitleForm, ...] = (
    TitleForm("ko", "아시아일보", "[속보] {h} - 아시아일보", "[속보] {h}", None,
              "{h}", "정하늘 기자", ("정하늘",), kicker="속보"),
    TitleForm("ko", "중앙신보", "[단독] {h} | 중앙신보", None, "[단독] {h}",
              "[단독] {h}", "오세진 기자", ("오세진",)),
    TitleForm("ko", "경인타임스", "{h} - 경인타임스", "{h}", "{h}",
              "<em>[포토]</em> {h}", "윤서연 기자", ("윤서연",)),
    TitleForm("ja", "東日本放送", "【独自】{h}｜東日本放送", "【独自】{h}", None,
              "{h}", "中村美咲記者", ("中村美咲",), kicker="独自"),
    TitleForm("ja", "西日本ニュース", "{h}｜西日本ニュース", "{h}", None,
              '<span class="label">【速報】</span>{h}', "松本健太", ("松本健太",)),
    TitleForm("ja", "中部新聞", "〔詳報〕{h} - 中部新聞", "〔詳報〕{h} - 中部新聞", None,
              "{h}", "小林誠記者", ("小林誠",)),
    TitleForm("zh-CN", "南方网", "【独家】{h}_南方网", None, None,
              "{h}", "记者 刘洋", ("刘洋",)),
    TitleForm("zh-CN", "人民网", "{h}-人民网", None, "{h}",
              "【视频】{h}", "赵敏", ("赵敏",)),
    TitleForm("vi", "Báo Mới", "[Infographic] {h} - Báo Mới", "[Infographic] {h}", None,
              "[Infographic] {h}", "Minh Anh", ("Minh Anh",)),
    TitleForm("id", "Liputan6.com", "[VIDEO] {h} - Liputan6.com", "[VIDEO] {h}", None,
              "{h}", "Agus Salim", ("Agus Salim",), kicker="VIDEO"),
    TitleForm("ar", "العربية", "[فيديو] {h} | العربية", "[فيديو] {h}", None,
              "{h}", "سارة خليل", ("سارة خليل",)),
    TitleForm("he", "מעריב", "[וידאו] {h} | מעריב", None, "{h}",
              "[וידאו] {h}", "מיכל אברהם", ("מיכל אברהם",)),
)
