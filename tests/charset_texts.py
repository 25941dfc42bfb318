"""News-like text in the languages whose sites still serve legacy charsets: the gold of the
charset matrix (``tests/charset_matrix.py``). Each entry: a headline and three paragraphs, as their
authors wrote them (NFC), and the legacy charsets the language's sites use."""
from __future__ import annotations

TEXTS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    # language: (headline, paragraphs, legacy charsets)
    "ja": ("東京都、来年度予算案を発表　子育て支援を大幅に拡充", (
        "東京都は十五日、来年度の一般会計予算案を発表した。総額は過去最大の八兆円規模となり、子育て世帯への支援策が大きく拡充される。",
        "知事は記者会見で「少子化対策は待ったなしの課題だ」と述べ、保育料の無償化を第二子まで広げる方針を明らかにした。",
        "一方、都議会の野党会派からは財源の裏付けが不十分だとの批判も出ており、来月からの審議が注目される。"),
        ("shift_jis", "euc-jp", "iso-2022-jp")),
    "ko": ("정부, 내년 최저임금 인상률 결정… 노동계 반발", (
        "고용노동부는 14일 내년도 최저임금을 올해보다 2.5% 오른 시간당 1만30원으로 확정해 고시했다고 밝혔다.",
        "노동계는 물가 상승률에도 미치지 못하는 인상 폭이라며 강하게 반발했고, 경영계는 중소기업의 부담이 커질 것이라고 우려했다.",
        "정부는 소상공인 지원 대책을 함께 마련해 다음 달 발표할 계획이라고 설명했다."),
        ("euc-kr", "cp949")),
    "zh": ("国务院常务会议部署稳就业措施 重点支持高校毕业生", (
        "国务院总理主持召开国务院常务会议，部署进一步稳定和扩大就业的政策措施。",
        "会议指出，今年高校毕业生人数再创新高，各地要拓宽市场化社会化就业渠道，加大对中小企业吸纳就业的支持力度。",
        "会议还要求有关部门加强失业保险基金使用管理，确保各项补贴及时足额发放到位。"),
        ("gb2312", "gbk", "gb18030")),
    "zh-Hant": ("立法院三讀通過預算案　行政院表示尊重", (
        "立法院今天下午召開院會，三讀通過明年度中央政府總預算案，總額較行政院原編列數刪減約百分之一。",
        "行政院發言人表示，對於立法院的決議予以尊重，各部會將依照預算執行相關施政計畫。",
        "在野黨團則批評部分特別預算編列浮濫，並要求政府定期向國會提出專案報告。"),
        ("big5",)),
    "ru": ("Центробанк сохранил ключевую ставку на прежнем уровне", (
        "Совет директоров Банка России в пятницу принял решение сохранить ключевую ставку на уровне шестнадцати процентов годовых.",
        "По словам председателя регулятора, инфляционное давление остаётся высоким, а рост потребительского спроса опережает возможности расширения производства.",
        "Аналитики ожидают, что смягчение денежно-кредитной политики начнётся не раньше следующего года."),
        ("windows-1251", "koi8-r")),
    "uk": ("Уряд ухвалив програму відновлення енергетичної інфраструктури", (
        "Кабінет міністрів України в середу ухвалив державну програму відновлення пошкоджених об'єктів енергетики.",
        "Прем'єр-міністр наголосив, що першочергово ремонтуватимуть підстанції, які забезпечують електрикою лікарні та школи.",
        "Фінансування програми передбачено за рахунок ґрунтовних внесків міжнародних партнерів і коштів державного бюджету."),
        ("windows-1251", "koi8-u")),
    "bg": ("Народното събрание прие бюджета на първо четене", (
        "Народното събрание прие на първо четене законопроекта за държавния бюджет за следващата година.",
        "Финансовият министър заяви, че дефицитът ще остане под три процента от брутния вътрешен продукт.",
        "Опозицията критикува увеличението на данъците и поиска повече средства за здравеопазване и образование."),
        ("windows-1251",)),
    "sr": ("Влада Србије усвојила нову стратегију развоја железнице", (
        "Влада Србије је на данашњој седници усвојила стратегију развоја железничког саобраћаја до краја деценије.",
        "Министар грађевинарства рекао је да ће брза пруга између Београда и Ниша бити завршена у наредне четири године.",
        "Према његовим речима, улагања ће износити више од две милијарде евра."),
        ("windows-1251",)),
    "pl": ("Sejm przyjął ustawę o wsparciu dla rolników poszkodowanych przez suszę", (
        "Sejm przyjął w piątek ustawę, która przewiduje pomoc finansową dla gospodarstw rolnych dotkniętych tegoroczną suszą.",
        "Minister rolnictwa zapowiedział, że pierwsze wypłaty trafią do rolników jeszcze przed końcem października.",
        "Opozycja zarzuciła rządowi, że środki są zbyt małe, a procedura składania wniosków zbyt skomplikowana."),
        ("windows-1250", "iso-8859-2")),
    "cs": ("Vláda schválila návrh státního rozpočtu na příští rok", (
        "Vláda v pondělí schválila návrh státního rozpočtu, který počítá se schodkem ve výši dvě stě dvaceti miliard korun.",
        "Ministr financí uvedl, že největší část výdajů půjde na důchody, zdravotnictví a obranu.",
        "Návrh nyní míří do Poslanecké sněmovny, která o něm bude hlasovat v prvním čtení příští měsíc."),
        ("windows-1250", "iso-8859-2")),
    "hu": ("Az Országgyűlés elfogadta a jövő évi költségvetést", (
        "Az Országgyűlés kedden elfogadta a jövő évi központi költségvetésről szóló törvényjavaslatot.",
        "A pénzügyminiszter szerint a hiány a bruttó hazai termék négy és fél százalékára csökken.",
        "Az ellenzéki pártok bírálták, hogy az egészségügyre és az oktatásra szánt összegek nem nőnek érdemben."),
        ("windows-1250", "iso-8859-2")),
    "ro": ("Guvernul a aprobat majorarea salariului minim de la 1 ianuarie", (
        "Guvernul a aprobat miercuri hotărârea privind majorarea salariului minim brut pe ţară începând cu 1 ianuarie.",
        "Ministrul muncii a declarat că măsura va afecta peste un milion de angajaţi din sectorul privat.",
        "Reprezentanţii patronatelor au avertizat că unele firme mici ar putea fi nevoite să reducă numărul de locuri de muncă."),
        ("windows-1250", "iso-8859-2")),
    "el": ("Η κυβέρνηση ανακοίνωσε νέα μέτρα στήριξης για τα νοικοκυριά", (
        "Ο υπουργός Οικονομικών ανακοίνωσε την Πέμπτη νέο πακέτο μέτρων για τη στήριξη των νοικοκυριών απέναντι στην ακρίβεια.",
        "Τα μέτρα περιλαμβάνουν επιδότηση στους λογαριασμούς ρεύματος και έκτακτο επίδομα για τις οικογένειες με παιδιά.",
        "Η αξιωματική αντιπολίτευση χαρακτήρισε τα μέτρα ανεπαρκή και ζήτησε μείωση του ΦΠΑ στα τρόφιμα."),
        ("windows-1253", "iso-8859-7")),
    "tr": ("Merkez Bankası faiz oranını değiştirmedi", (
        "Türkiye Cumhuriyet Merkez Bankası Para Politikası Kurulu, politika faizini yüzde elli seviyesinde sabit tuttu.",
        "Kurul açıklamasında, enflasyonun ana eğiliminde beklenen düşüşün sürdüğü ve sıkı duruşun korunacağı belirtildi.",
        "Ekonomistler, faiz indirimlerinin önümüzdeki yılın ilk çeyreğinde başlayabileceğini öngörüyor."),
        ("windows-1254", "iso-8859-9")),
    "he": ("הממשלה אישרה את תקציב המדינה לשנה הבאה", (
        "הממשלה אישרה הלילה את הצעת תקציב המדינה לשנה הבאה לאחר דיון שנמשך יותר משתים עשרה שעות.",
        "שר האוצר אמר כי התקציב כולל הגדלה משמעותית של ההוצאה על ביטחון ועל מערכת הבריאות.",
        "ראשי האופוזיציה מתחו ביקורת על הקיצוצים במשרדי הרווחה והחינוך והודיעו כי יתנגדו להצעה בכנסת."),
        ("windows-1255", "iso-8859-8")),
    "ar": ("الحكومة تقر خطة جديدة لدعم الصادرات الوطنية", (
        "أقر مجلس الوزراء في جلسته الأسبوعية خطة وطنية جديدة تهدف إلى زيادة الصادرات غير النفطية خلال السنوات الخمس المقبلة.",
        "وقال وزير التجارة في مؤتمر صحفي إن الخطة تتضمن حوافز ضريبية للشركات الصغيرة والمتوسطة وتسهيلات في إجراءات التصدير.",
        "ورحبت غرفة التجارة والصناعة بالقرار، مؤكدة أنه سيسهم في توفير آلاف فرص العمل للشباب."),
        ("windows-1256",)),
    "fa": ("دولت طرح جديد حمايت از توليد داخلي را تصويب كرد", (
        "هيئت وزيران در جلسه روز چهارشنبه طرح حمايت از توليدكنندگان داخلي را به تصويب رساند.",
        "سخنگوي دولت گفت اين طرح شامل تسهيلات بانكي با بهره پايين براي كارگاه‌هاي كوچك است.",
        "كارشناسان اقتصادي معتقدند اجراي اين طرح مي‌تواند به كاهش نرخ بيكاري در استان‌هاي مرزي كمك كند."),
        ("windows-1256",)),
    "th": ("รัฐบาลประกาศมาตรการกระตุ้นเศรษฐกิจรอบใหม่", (
        "นายกรัฐมนตรีแถลงวันนี้ว่าคณะรัฐมนตรีได้อนุมัติมาตรการกระตุ้นเศรษฐกิจวงเงินห้าหมื่นล้านบาท",
        "มาตรการดังกล่าวครอบคลุมการลดภาษีสำหรับผู้มีรายได้น้อยและการสนับสนุนสินเชื่อดอกเบี้ยต่ำแก่วิสาหกิจขนาดกลางและขนาดย่อม",
        "นักเศรษฐศาสตร์คาดว่ามาตรการนี้จะช่วยให้เศรษฐกิจไทยขยายตัวได้มากขึ้นในไตรมาสสุดท้ายของปี"),
        ("tis-620", "windows-874")),
    "vi": ("Quốc hội thông qua Luật Đất đai sửa đổi", (
        "Chiều nay, Quốc hội đã biểu quyết thông qua Luật Đất đai sửa đổi với đa số đại biểu tán thành.",
        "Bộ trưởng Bộ Tài nguyên và Môi trường cho biết luật mới sẽ giúp người dân được bồi thường thỏa đáng hơn khi bị thu hồi đất.",
        "Luật có hiệu lực từ ngày một tháng một năm sau và thay thế các quy định đã áp dụng hơn mười năm qua."),
        ("windows-1258",)),
    "de": ("Bundesregierung beschließt höhere Förderung für Wärmepumpen", (
        "Die Bundesregierung hat am Mittwoch eine Erhöhung der Zuschüsse für den Einbau von Wärmepumpen beschlossen.",
        "Künftig übernimmt der Staat bis zu siebzig Prozent der Kosten, wenn Haushalte ihre alte Öl- oder Gasheizung austauschen.",
        "Verbraucherschützer begrüßten die Entscheidung, forderten aber schnellere Bearbeitung der Anträge."),
        ("windows-1252",)),
}
