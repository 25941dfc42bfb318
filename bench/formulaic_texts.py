"""The wordings of ``bench.formulaic_languages``: formulaic genres of local news in ten languages.

Per genre and language a ``Wording``: two headlines and two pairs of the report's own sentences,
one per outlet's style (two outlets' own words for one event), and a pool of five stock sentences.
Every field is index-aligned across the languages of a genre: the same index is the same sentence
translated, so a report rendered in another language with the same style, stock choice and slots
is its translation, while the other style is another outlet's report. Slots: ``{town}``,
``{town2}``, ``{person}``, ``{firm}`` (names, in the language's script) and the genre's figures
(formatted in the language's way by ``bench.formulaic_languages``).

Tune genres (weather, market, football) are written in de, es, ru, zh, ar; test genres (police,
obituary, council) in pl, hi, ja, tr, sw; the second tune part's genres (fire, court, traffic: two
events of one genre share its stock sentences and differ in names and a few figures) in the tune
languages and en, fr; the third tune part's genres (election, quake, earnings: a mayoral election,
an earthquake, a company's annual results) in it, pt, ko, fa, uk, vi, languages of no other part.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Wording:
    titles: tuple[str, str]                           # per style
    own: tuple[tuple[str, str], tuple[str, str]]      # per style: the report's two own sentences
    stock: tuple[str, str, str, str, str]             # the genre's stock sentences


# Invented names in each script: (Latin, Cyrillic, Arabic, Devanagari, Chinese, Japanese, Korean).
TOWNS = (
    ("Brackenford", "Бракенфорд", "براكنفورد", "ब्रैकनफ़ोर्ड", "布拉肯福德", "ブラッケンフォード", "브래컨퍼드"),
    ("Ellisvale", "Эллисвейл", "إليسفيل", "एलिसवेल", "埃利斯维尔", "エリスヴェイル", "엘리스베일"),
    ("Harrowmere", "Харроумир", "هارومير", "हैरोमीर", "哈罗米尔", "ハロウミア", "해로미어"),
    ("Kestleby", "Кестлби", "كيستلبي", "केस्टलबी", "凯斯特尔比", "ケストルビー", "케스틀비"),
    ("Wickhollow", "Уикхоллоу", "ويكهولو", "विकहॉलो", "威克霍洛", "ウィックホロウ", "윅홀로"),
    ("Stanbridge", "Стэнбридж", "ستانبريدج", "स्टैनब्रिज", "斯坦布里奇", "スタンブリッジ", "스탠브리지"),
    ("Corrinford", "Корринфорд", "كورينفورد", "कोरिनफ़ोर्ड", "科林福德", "コリンフォード", "코린퍼드"),
    ("Alderwick", "Олдервик", "ألدرويك", "एल्डरविक", "奥尔德维克", "オルダーウィック", "올더윅"),
    ("Fenmouth", "Фенмут", "فينماوث", "फ़ेनमाउथ", "芬茅斯", "フェンマス", "펜머스"),
    ("Marrowby", "Марроуби", "ماروبي", "मैरोबी", "马罗比", "マロウビー", "매로비"),
)
PERSONS = (
    ("Mara Quillen", "Мара Куиллен", "مارا كويلين", "मारा क्विलेन", "玛拉·奎伦", "マラ・クイレン", "마라 퀼런"),
    ("Tobias Renwick", "Тобиас Ренвик", "توبياس رينويك", "टोबियास रेनविक", "托比亚斯·伦威克", "トビアス・レンウィック", "토비아스 렌윅"),
    ("Ada Pellow", "Ада Пеллоу", "آدا بيلو", "एडा पेलो", "阿达·佩洛", "エイダ・ペロー", "에이다 펠로"),
    ("Jonas Harcourt", "Йонас Харкорт", "يوناس هاركورت", "योनास हारकोर्ट", "约纳斯·哈考特", "ヨナス・ハーコート", "요나스 하코트"),
    ("Ines Dreyer", "Инес Дрейер", "إينيس دراير", "इनेस ड्रेयर", "伊内丝·德雷尔", "イネス・ドレイヤー", "이네스 드라이어"),
    ("Colm Vance", "Колм Вэнс", "كولم فانس", "कोल्म वैंस", "科尔姆·万斯", "コルム・ヴァンス", "콜름 밴스"),
    ("Petra Lindqvist", "Петра Линдквист", "بيترا ليندكفيست", "पेट्रा लिंडक्विस्ट", "佩特拉·林德奎斯特", "ペトラ・リンドクヴィスト", "페트라 린드크비스트"),
    ("Osric Penhallow", "Осрик Пенхаллоу", "أوزريك بنهالو", "ओज़रिक पेनहैलो", "奥斯里克·彭哈洛", "オズリック・ペンハロウ", "오즈릭 펜핼로"),
    ("Leona Trevask", "Леона Треваск", "ليونا تريفاسك", "लियोना ट्रेवास्क", "莉奥娜·特雷瓦斯克", "レオナ・トレヴァスク", "레오나 트레배스크"),
    ("Hugo Crannock", "Хьюго Креннок", "هوغو كرانوك", "ह्यूगो क्रैनॉक", "雨果·克兰诺克", "ヒューゴ・クラノック", "휴고 크래넉"),
)
FIRMS = (
    ("Norvane", "Норвейн", "نورفين", "नॉर्वेन", "诺尔文", "ノーヴェイン", "노베인"),
    ("Keldor", "Келдор", "كيلدور", "केल्डोर", "凯尔多", "ケルドール", "켈도르"),
    ("Aston Ferris", "Астон Феррис", "أستون فيريس", "एस्टन फ़ेरिस", "阿斯顿·费里斯", "アストン・フェリス", "애스턴 페리스"),
    ("Brimholt", "Бримхолт", "بريمهولت", "ब्रिमहोल्ट", "布里姆霍尔特", "ブリムホルト", "브림홀트"),
    ("Solvane", "Солвейн", "سولفين", "सोलवेन", "索尔文", "ソルヴェイン", "솔베인"),
)
SCRIPTS = ("latn", "cyrl", "arab", "deva", "hans", "jpan", "hang")
SCRIPT_OF = {"de": "latn", "es": "latn", "pl": "latn", "tr": "latn", "sw": "latn", "ru": "cyrl", "ar": "arab",
             "hi": "deva", "zh": "hans", "ja": "jpan", "en": "latn", "fr": "latn", "it": "latn", "pt": "latn",
             "vi": "latn", "uk": "cyrl", "fa": "arab", "ko": "hang"}
CREDIT = {"de": "Quelle: {site}", "es": "Fuente: {site}", "ru": "Источник: {site}", "zh": "来源：{site}",
          "ar": "المصدر: {site}", "pl": "Źródło: {site}", "hi": "स्रोत: {site}", "ja": "出典：{site}",
          "tr": "Kaynak: {site}", "sw": "Chanzo: {site}", "en": "Source: {site}", "fr": "Source : {site}",
          "it": "Fonte: {site}", "pt": "Fonte: {site}", "vi": "Nguồn: {site}", "uk": "Джерело: {site}",
          "fa": "منبع: {site}", "ko": "출처: {site}"}

WEATHER = {
    "de": Wording(
        ("Unwetterwarnung für {town}", "{town} rüstet sich für Böen bis {gust} km/h"),
        (("Der Wetterdienst hat für {town} eine Unwetterwarnung herausgegeben: Ab {hour} Uhr werden Böen von bis zu "
          "{gust} km/h erwartet.",
          "In der Nacht können bis zu {rain} Liter Regen pro Quadratmeter fallen, und die Temperaturen sinken auf "
          "{temp} Grad, sagte die Meteorologin {person}."),
         ("Böen von bis zu {gust} km/h könnten {town} ab {hour} Uhr erreichen, warnten die Meteorologen.",
          "{person} vom Wetterdienst rechnet mit {rain} Litern Regen pro Quadratmeter und einem Tiefstwert von "
          "{temp} Grad.")),
        ("Anwohner sollen lose Gegenstände auf Balkonen und in Gärten sichern.",
         "Autofahrer sollten auf unnötige Fahrten verzichten, solange die Warnung gilt.",
         "Umgestürzte Bäume und Stromleitungen sollen sofort der Feuerwehr gemeldet werden.",
         "Die Warnung wird überprüft, sobald sich die Vorhersage ändert.",
         "Die Schulen entscheiden am Morgen, ob der Unterricht wie gewohnt stattfindet.")),
    "es": Wording(
        ("Alerta por temporal en {town}", "{town} se prepara para rachas de {gust} km/h"),
        (("El servicio meteorológico ha emitido una alerta por temporal en {town}: se esperan rachas de hasta "
          "{gust} km/h a partir de las {hour}:00.",
          "Durante la noche podrían caer hasta {rain} litros por metro cuadrado y las temperaturas bajarán a "
          "{temp} grados, dijo la meteoróloga {person}."),
         ("Rachas de hasta {gust} km/h podrían alcanzar {town} a partir de las {hour}:00, advirtieron los "
          "meteorólogos.",
          "{person}, del servicio meteorológico, prevé {rain} litros por metro cuadrado y una mínima de {temp} "
          "grados.")),
        ("Se recomienda a los vecinos asegurar los objetos sueltos en balcones y jardines.",
         "Los conductores deben evitar los desplazamientos innecesarios mientras dure la alerta.",
         "Los árboles caídos y los cables eléctricos deben comunicarse de inmediato a los servicios de emergencia.",
         "La alerta se revisará a medida que cambie el pronóstico.",
         "Los colegios decidirán por la mañana si abren con normalidad.")),
    "ru": Wording(
        ("Штормовое предупреждение в {town}", "{town} готовится к порывам ветра до {gust} км/ч"),
        (("Метеослужба объявила штормовое предупреждение для города {town}: с {hour}:00 ожидаются порывы ветра "
          "до {gust} км/ч.",
          "Ночью может выпасть до {rain} литров осадков на квадратный метр, а температура опустится до {temp} "
          "градусов, сообщила синоптик {person}."),
         ("Порывы ветра до {gust} км/ч могут достичь города {town} с {hour}:00, предупредили синоптики.",
          "{person} из метеослужбы ожидает {rain} литров осадков на квадратный метр и ночью до {temp} градусов.")),
        ("Жителям рекомендуют убрать незакреплённые предметы с балконов и из садов.",
         "Водителям следует отказаться от ненужных поездок, пока действует предупреждение.",
         "Об упавших деревьях и оборванных проводах нужно немедленно сообщать в экстренные службы.",
         "Предупреждение будет пересматриваться по мере изменения прогноза.",
         "Школы утром решат, будут ли занятия проходить в обычном режиме.")),
    "zh": Wording(
        ("{town}发布暴风预警", "{town}迎战每小时{gust}公里阵风"),
        (("气象部门已对{town}发布暴风预警，预计从{hour}:00起阵风最高可达每小时{gust}公里。",
          "气象专家{person}表示，夜间每平方米降雨量可达{rain}升，气温将降至{temp}度。"),
         ("气象人员警告说，从{hour}:00起，最高每小时{gust}公里的阵风可能袭击{town}。",
          "气象部门的{person}预计每平方米降雨{rain}升，最低气温{temp}度。")),
        ("建议居民固定阳台和花园中的松散物品。",
         "预警生效期间，驾驶人应避免不必要的出行。",
         "如发现倒伏的树木和电线，应立即报告紧急服务部门。",
         "预警将根据天气预报的变化进行调整。",
         "各学校将于早上决定是否照常开课。")),
    "ar": Wording(
        ("تحذير من عاصفة في {town}", "{town} تستعد لرياح تصل سرعتها إلى {gust} كم/س"),
        (("أصدرت هيئة الأرصاد الجوية تحذيرا من عاصفة في {town}، إذ يتوقع أن تصل سرعة الرياح إلى {gust} كم/س "
          "اعتبارا من الساعة {hour}:00.",
          "وقالت خبيرة الأرصاد {person} إن كمية الأمطار قد تصل إلى {rain} لترا للمتر المربع ليلا، وإن درجات "
          "الحرارة ستنخفض إلى {temp} درجات."),
         ("حذر خبراء الأرصاد من أن رياحا تصل سرعتها إلى {gust} كم/س قد تضرب {town} اعتبارا من الساعة {hour}:00.",
          "وتتوقع {person} من هيئة الأرصاد هطول {rain} لترا من الأمطار للمتر المربع وانخفاض الحرارة إلى {temp} "
          "درجات.")),
        ("ينصح السكان بتثبيت الأشياء غير المثبتة في الشرفات والحدائق.",
         "على السائقين تجنب التنقلات غير الضرورية طوال فترة التحذير.",
         "يجب إبلاغ خدمات الطوارئ فورا عن الأشجار وخطوط الكهرباء المتساقطة.",
         "ستتم مراجعة التحذير مع تغير التوقعات.",
         "ستقرر المدارس صباحا ما إذا كانت ستفتح أبوابها كالمعتاد.")),
}

MARKET = {
    "de": Wording(
        ("Börse {town}: Index schließt {pct} % höher", "Kursgewinne in {town}, angeführt von {firm}"),
        (("Der Börsenindex von {town} hat {pct} % höher bei {level} Punkten geschlossen.",
          "Die Aktien von {firm} gewannen {cpct} %, der Umsatz erreichte {vol} Millionen, sagte der Analyst "
          "{person}."),
         ("Die Kurse in {town} stiegen den dritten Tag in Folge, der Index beendete den Handel bei {level} "
          "Punkten, ein Plus von {pct} %.",
          "{firm} führte die Gewinner mit {cpct} % an; {vol} Millionen wechselten den Besitzer, so {person}, "
          "Analyst.")),
        ("Banken und Energieunternehmen gehörten zu den stärksten Branchen.",
         "Die Anleger warten auf die Zinsentscheidung der Zentralbank.",
         "Die Landeswährung blieb gegenüber dem Dollar kaum verändert.",
         "Der Handel verlief vor dem langen Wochenende ruhig.",
         "Analysten erwarten, dass die Schwankungen in den kommenden Wochen hoch bleiben.")),
    "es": Wording(
        ("La bolsa de {town} cierra con una subida del {pct} %", "Suben las acciones en {town}, con {firm} al frente"),
        (("El índice bursátil de {town} cerró con una subida del {pct} % hasta los {level} puntos.",
          "Las acciones de {firm} ganaron un {cpct} % y el volumen alcanzó los {vol} millones, dijo el analista "
          "{person}."),
         ("Las acciones en {town} subieron por tercer día consecutivo y el índice terminó la sesión en {level} "
          "puntos, un {pct} % más.",
          "{firm} encabezó las subidas con un {cpct} %; se negociaron {vol} millones, según {person}, analista.")),
        ("Los bancos y las empresas energéticas estuvieron entre los sectores más fuertes.",
         "Los inversores esperan la decisión del banco central sobre los tipos de interés.",
         "La moneda nacional apenas varió frente al dólar.",
         "La sesión fue tranquila antes del fin de semana largo.",
         "Los analistas esperan que la volatilidad siga siendo alta en las próximas semanas.")),
    "ru": Wording(
        ("Биржевой индекс {town} вырос на {pct}%", "Акции в {town} растут, лидирует {firm}"),
        (("Биржевой индекс города {town} закрылся ростом на {pct}%, на отметке {level} пунктов.",
          "Акции компании {firm} подорожали на {cpct}%, а оборот достиг {vol} млн, сообщил аналитик {person}."),
         ("Акции в {town} дорожали третий день подряд, и индекс завершил сессию на уровне {level} пунктов, "
          "прибавив {pct}%.",
          "{firm} возглавила рост с {cpct}%; было продано {vol} млн, по словам аналитика {person}.")),
        ("Банки и энергетические компании оказались среди самых сильных секторов.",
         "Инвесторы ждут решения центрального банка по процентной ставке.",
         "Национальная валюта почти не изменилась по отношению к доллару.",
         "Торги перед длинными выходными прошли спокойно.",
         "Аналитики ожидают, что волатильность останется высокой в ближайшие недели.")),
    "zh": Wording(
        ("{town}股指收涨{pct}%", "{town}股市上扬，{firm}领涨"),
        (("{town}股票指数收盘上涨{pct}%，报{level}点。",
          "分析师{person}表示，{firm}股价上涨{cpct}%，成交额达到{vol}百万。"),
         ("{town}股市连续第三天上涨，指数收于{level}点，涨幅{pct}%。",
          "{firm}以{cpct}%的涨幅领涨；据分析师{person}称，成交{vol}百万。")),
        ("银行和能源公司是表现最强的板块之一。",
         "投资者正在等待央行的利率决定。",
         "本国货币兑美元汇率几乎没有变化。",
         "长周末前交易平静。",
         "分析师预计未来几周市场波动将保持在高位。")),
    "ar": Wording(
        ("مؤشر بورصة {town} يغلق مرتفعا {pct}٪", "ارتفاع الأسهم في {town} بقيادة {firm}"),
        (("أغلق مؤشر بورصة {town} مرتفعا بنسبة {pct}٪ عند {level} نقطة.",
          "وقال المحلل {person} إن أسهم {firm} ارتفعت بنسبة {cpct}٪ وإن حجم التداول بلغ {vol} مليونا."),
         ("ارتفعت الأسهم في {town} لليوم الثالث على التوالي، وأنهى المؤشر الجلسة عند {level} نقطة بزيادة {pct}٪.",
          "وتصدرت {firm} الرابحين بارتفاع {cpct}٪، وجرى تداول {vol} مليونا، بحسب المحلل {person}.")),
        ("كانت البنوك وشركات الطاقة من بين أقوى القطاعات.",
         "ينتظر المستثمرون قرار البنك المركزي بشأن أسعار الفائدة.",
         "لم تتغير العملة الوطنية تقريبا مقابل الدولار.",
         "كان التداول هادئا قبل عطلة نهاية الأسبوع الطويلة.",
         "يتوقع المحللون أن تظل التقلبات مرتفعة في الأسابيع المقبلة.")),
}

FOOTBALL = {
    "de": Wording(
        ("{town} schlägt {town2} {g1}:{g2}", "Heimsieg für {town} vor {crowd} Fans"),
        (("{town} hat {town2} vor {crowd} Zuschauern zu Hause mit {g1}:{g2} geschlagen.",
          "{person} traf in der {m1}. Minute und noch einmal in der {m2}. Minute."),
         ("Vor {crowd} Fans gewann {town} mit {g1}:{g2} gegen {town2}.",
          "Die entscheidenden Tore fielen in der {m1}. und in der {m2}. Minute, beide durch {person}.")),
        ("Die Gastgeber hatten von Beginn an mehr Ballbesitz.",
         "Die Gäste hatten spät im Spiel Chancen, konnten aber nicht treffen.",
         "Der Trainer lobte nach dem Spiel die Disziplin der Mannschaft.",
         "Mit dem Ergebnis rückt der Verein in die obere Tabellenhälfte vor.",
         "Karten für das nächste Heimspiel gibt es ab Montag.")),
    "es": Wording(
        ("{town} vence a {town2} por {g1}-{g2}", "Victoria de {town} ante {crowd} aficionados"),
        (("{town} venció en casa a {town2} por {g1}-{g2} ante {crowd} espectadores.",
          "{person} marcó en el minuto {m1} y de nuevo en el {m2}."),
         ("Ante {crowd} aficionados, {town} ganó {g1}-{g2} a {town2}.",
          "Los goles decisivos llegaron en los minutos {m1} y {m2}, ambos de {person}.")),
        ("El equipo local dominó la posesión desde el principio.",
         "Los visitantes tuvieron ocasiones al final, pero no pudieron marcar.",
         "El entrenador elogió la disciplina del equipo después del partido.",
         "El resultado sitúa al club en la mitad alta de la tabla.",
         "Las entradas para el próximo partido en casa salen a la venta el lunes.")),
    "ru": Wording(
        ("{town} обыграл {town2} со счётом {g1}:{g2}", "Победа {town} при {crowd} болельщиках"),
        (("{town} дома обыграл {town2} со счётом {g1}:{g2} при {crowd} зрителях.",
          "{person} забил на {m1}-й минуте и ещё раз на {m2}-й."),
         ("При {crowd} болельщиках {town} победил {town2} со счётом {g1}:{g2}.",
          "Решающие голы были забиты на {m1}-й и {m2}-й минутах, оба — {person}.")),
        ("Хозяева с самого начала владели мячом.",
         "У гостей были моменты в концовке, но забить они не смогли.",
         "Тренер после матча похвалил дисциплину команды.",
         "Этот результат поднимает клуб в верхнюю половину таблицы.",
         "Билеты на следующий домашний матч поступят в продажу в понедельник.")),
    "zh": Wording(
        ("{town}{g1}比{g2}击败{town2}", "{town}在{crowd}名球迷面前取胜"),
        (("{town}在主场当着{crowd}名观众以{g1}比{g2}击败{town2}。",
          "{person}在第{m1}分钟破门，又在第{m2}分钟再进一球。"),
         ("在{crowd}名球迷面前，{town}以{g1}比{g2}战胜{town2}。",
          "决定性的进球出现在第{m1}和第{m2}分钟，均由{person}打进。")),
        ("主队从一开始就掌控了球权。",
         "客队在比赛末段获得机会，但未能破门。",
         "主教练赛后称赞了球队的纪律。",
         "这一结果使俱乐部升至积分榜上半区。",
         "下一场主场比赛的门票将于周一开售。")),
    "ar": Wording(
        ("{town} يتغلب على {town2} {g1}-{g2}", "فوز {town} أمام {crowd} مشجع"),
        (("تغلب {town} على ضيفه {town2} بنتيجة {g1}-{g2} أمام {crowd} متفرج.",
          "وسجل {person} في الدقيقة {m1} ثم مرة أخرى في الدقيقة {m2}."),
         ("أمام {crowd} مشجع، فاز {town} على {town2} بنتيجة {g1}-{g2}.",
          "وجاء الهدفان الحاسمان في الدقيقتين {m1} و{m2}، وكلاهما من توقيع {person}.")),
        ("سيطر أصحاب الأرض على الكرة منذ البداية.",
         "أتيحت للضيوف فرص في أواخر المباراة لكنهم لم يتمكنوا من التسجيل.",
         "أشاد المدرب بانضباط الفريق بعد المباراة.",
         "ترفع هذه النتيجة النادي إلى النصف العلوي من جدول الترتيب.",
         "تطرح تذاكر المباراة المقبلة على أرض الفريق للبيع يوم الاثنين.")),
}

POLICE = {
    "pl": Wording(
        ("Włamanie do sklepu w {town}: podejrzany zatrzymany", "Policja w {town} zatrzymała {age}-latka"),
        (("Policja w {town} zatrzymała {age}-letniego mężczyznę po włamaniu do sklepu jubilerskiego o godzinie "
          "{hour}:{mm}.",
          "Skradziono towar o wartości {amount} zł, a podejrzanego zatrzymano {dist} kilometrów dalej, powiedział "
          "rzecznik {person}."),
         ("{age}-letni mężczyzna został zatrzymany {dist} kilometrów od {town}, gdzie o godzinie {hour}:{mm} "
          "włamano się do sklepu jubilerskiego.",
          "Według rzecznika policji {person} skradziony towar jest wart {amount} zł.")),
        ("Policja prosi świadków o kontakt.",
         "Śledztwo trwa.",
         "Mężczyzna stanie przed sądem.",
         "Nikt nie został ranny.",
         "Policja przypomina mieszkańcom o zamykaniu drzwi i okien.")),
    "hi": Wording(
        ("{town} में दुकान में सेंधमारी: संदिग्ध गिरफ़्तार", "{town} पुलिस ने {age} वर्षीय व्यक्ति को पकड़ा"),
        (("{town} में पुलिस ने {hour}:{mm} बजे एक गहनों की दुकान में सेंधमारी के बाद {age} वर्षीय एक व्यक्ति को "
          "गिरफ़्तार किया।",
          "प्रवक्ता {person} ने बताया कि {amount} रुपये का सामान चोरी हुआ और संदिग्ध को {dist} किलोमीटर दूर पकड़ा गया।"),
         ("{age} वर्षीय एक व्यक्ति को {town} से {dist} किलोमीटर दूर गिरफ़्तार किया गया, जहाँ {hour}:{mm} बजे गहनों "
          "की एक दुकान में सेंध लगी थी।",
          "पुलिस प्रवक्ता {person} के अनुसार चोरी हुए सामान की कीमत {amount} रुपये है।")),
        ("पुलिस ने गवाहों से आगे आने की अपील की है।",
         "जाँच जारी है।",
         "व्यक्ति को अदालत में पेश किया जाएगा।",
         "इस घटना में कोई घायल नहीं हुआ।",
         "पुलिस ने निवासियों को दरवाज़े और खिड़कियाँ बंद रखने की याद दिलाई है।")),
    "ja": Wording(
        ("{town}の店舗に侵入、容疑者逮捕", "{town}警察、{age}歳の男を逮捕"),
        (("{town}の警察は、{hour}時{mm}分ごろ宝石店に侵入したとして、{age}歳の男を逮捕した。",
          "広報担当の{person}氏によると、{amount}円相当の商品が盗まれ、容疑者は{dist}キロ離れた場所で捕まった。"),
         ("{hour}時{mm}分ごろ宝石店が荒らされた{town}から{dist}キロ離れた場所で、{age}歳の男が逮捕された。",
          "警察の広報担当{person}氏によると、盗まれた商品は{amount}円相当だという。")),
        ("警察は目撃者に情報提供を呼びかけている。",
         "捜査は続いている。",
         "男は裁判所に出廷する予定だ。",
         "この事件でけが人はいなかった。",
         "警察は住民にドアや窓の施錠を呼びかけている。")),
    "tr": Wording(
        ("{town}'da kuyumcu soygunu: şüpheli yakalandı", "{town} polisi {age} yaşındaki adamı gözaltına aldı"),
        (("{town} polisi, saat {hour}:{mm} sularında bir kuyumcu dükkânına girilmesinin ardından {age} yaşındaki "
          "bir adamı gözaltına aldı.",
          "Sözcü {person}, {amount} lira değerinde mal çalındığını ve şüphelinin {dist} kilometre ötede "
          "yakalandığını söyledi."),
         ("Saat {hour}:{mm} sularında bir kuyumcunun soyulduğu {town}'dan {dist} kilometre uzakta {age} yaşında "
          "bir adam gözaltına alındı.",
          "Polis sözcüsü {person}'a göre çalınan malların değeri {amount} lira.")),
        ("Polis tanıkların kendisine başvurmasını istiyor.",
         "Soruşturma sürüyor.",
         "Adam mahkemeye çıkarılacak.",
         "Olayda yaralanan olmadı.",
         "Polis, bölge sakinlerine kapı ve pencerelerini kilitlemelerini hatırlattı.")),
    "sw": Wording(
        ("Duka lavunjwa {town}: mshukiwa akamatwa", "Polisi wa {town} wamkamata mwanaume wa miaka {age}"),
        (("Polisi mjini {town} wamemkamata mwanaume mwenye umri wa miaka {age} baada ya duka la vito kuvunjwa saa "
          "{hour}:{mm}.",
          "Bidhaa zenye thamani ya shilingi {amount} ziliibwa, na mshukiwa alikamatwa kilomita {dist} kutoka hapo, "
          "msemaji {person} alisema."),
         ("Mwanaume mwenye umri wa miaka {age} amekamatwa kilomita {dist} kutoka {town}, ambapo duka la vito "
          "lilivunjwa saa {hour}:{mm}.",
          "Kwa mujibu wa msemaji wa polisi {person}, bidhaa zilizoibwa zina thamani ya shilingi {amount}.")),
        ("Polisi wanawaomba mashahidi kujitokeza.",
         "Uchunguzi unaendelea.",
         "Mwanaume huyo atafikishwa mahakamani.",
         "Hakuna aliyejeruhiwa katika tukio hilo.",
         "Polisi wanawakumbusha wakazi kufunga milango na madirisha.")),
}

OBITUARY = {
    "pl": Wording(
        ("Zmarł były burmistrz {town} {person}", "{town} żegna {person}"),
        (("{person}, który przez {years} lat był burmistrzem {town}, zmarł w wieku {age} lat.",
          "Urodzony w {year} roku, przed wejściem do polityki pracował jako nauczyciel."),
         ("{town} żegna byłego burmistrza {person}, który zmarł w wieku {age} lat.",
          "Były nauczyciel, urodzony w {year} roku, kierował miastem przez {years} lat.")),
        ("Pogrzeb odbędzie się w przyszłym tygodniu.",
         "Rada miasta złożyła rodzinie wyrazy głębokiego współczucia.",
         "Flagi na budynkach publicznych zostaną opuszczone do połowy masztu.",
         "W ratuszu wyłożono księgę kondolencyjną.",
         "Pozostawił żonę, dwoje dzieci i czworo wnucząt.")),
    "hi": Wording(
        ("{town} के पूर्व महापौर {person} का निधन", "{town} ने {person} को याद किया"),
        (("{years} वर्षों तक {town} के महापौर रहे {person} का {age} वर्ष की आयु में निधन हो गया।",
          "{year} में जन्मे, राजनीति में आने से पहले वे शिक्षक थे।"),
         ("{town} अपने पूर्व महापौर {person} के निधन पर शोक में है, जिनका {age} वर्ष की आयु में निधन हुआ।",
          "{year} में जन्मे इस पूर्व शिक्षक ने {years} वर्षों तक शहर का नेतृत्व किया।")),
        ("अंतिम संस्कार अगले सप्ताह होगा।",
         "नगर परिषद ने परिवार के प्रति गहरी संवेदना व्यक्त की।",
         "सरकारी इमारतों पर झंडे आधे झुके रहेंगे।",
         "टाउन हॉल में शोक पुस्तिका रखी गई है।",
         "उनके परिवार में पत्नी, दो बच्चे और चार पोते-पोतियाँ हैं।")),
    "ja": Wording(
        ("{town}元市長の{person}氏死去", "{town}、{person}氏を悼む"),
        (("{years}年間にわたり{town}の市長を務めた{person}氏が、{age}歳で死去した。",
          "{year}年生まれで、政界入りする前は教師として働いていた。"),
         ("{town}は、{age}歳で亡くなった元市長の{person}氏を悼んでいる。",
          "{year}年生まれの元教師で、{years}年間市を率いた。")),
        ("葬儀は来週行われる。",
         "市議会は遺族に深い哀悼の意を表した。",
         "公共の建物では半旗が掲げられる。",
         "市役所には記帳台が設けられた。",
         "妻と2人の子ども、4人の孫がいる。")),
    "tr": Wording(
        ("{town} eski belediye başkanı {person} hayatını kaybetti", "{town}, {person}'ı anıyor"),
        (("{years} yıl boyunca {town} belediye başkanlığı yapan {person}, {age} yaşında hayatını kaybetti.",
          "{year} doğumlu olan eski başkan, siyasete girmeden önce öğretmen olarak çalıştı."),
         ("{town}, {age} yaşında hayatını kaybeden eski belediye başkanı {person} için yas tutuyor.",
          "{year} doğumlu eski öğretmen, kenti {years} yıl yönetti.")),
        ("Cenaze töreni gelecek hafta düzenlenecek.",
         "Belediye meclisi aileye derin taziyelerini iletti.",
         "Kamu binalarındaki bayraklar yarıya indirilecek.",
         "Belediye binasında bir taziye defteri açıldı.",
         "Geride bir eş, iki çocuk ve dört torun bıraktı.")),
    "sw": Wording(
        ("Aliyekuwa meya wa {town} {person} amefariki", "{town} yamwomboleza {person}"),
        (("{person}, aliyekuwa meya wa {town} kwa miaka {years}, amefariki akiwa na umri wa miaka {age}.",
          "Alizaliwa mwaka {year} na alifanya kazi ya ualimu kabla ya kuingia kwenye siasa."),
         ("{town} inamwomboleza aliyekuwa meya wake {person}, aliyefariki akiwa na umri wa miaka {age}.",
          "Mwalimu huyo wa zamani, aliyezaliwa mwaka {year}, aliongoza mji kwa miaka {years}.")),
        ("Mazishi yatafanyika wiki ijayo.",
         "Baraza la mji limetoa rambirambi kwa familia.",
         "Bendera katika majengo ya umma zitapepea nusu mlingoti.",
         "Kitabu cha maombolezo kimefunguliwa katika ukumbi wa mji.",
         "Ameacha mke, watoto wawili na wajukuu wanne.")),
}

COUNCIL = {
    "pl": Wording(
        ("Rada {town} przyjęła budżet", "Budżet w wysokości {amount} mln przyjęty w {town}"),
        (("Rada miasta {town} przyjęła budżet w wysokości {amount} mln zł, przy {yes} głosach za i {no} przeciw.",
          "Burmistrz {person} powiedział, że w przyszłym roku powstanie {homes} nowych mieszkań."),
         ("Przy {yes} głosach za i {no} przeciw radni {town} uchwalili budżet w wysokości {amount} mln zł.",
          "Obejmuje on {homes} nowych mieszkań, powiedział burmistrz {person}.")),
        ("Opozycja skrytykowała podwyżkę opłat za parkowanie.",
         "Budżet obejmuje także środki na remonty dróg.",
         "Mieszkańcy mogą zapoznać się z dokumentami na stronie internetowej urzędu.",
         "Posiedzenie trwało ponad cztery godziny.",
         "Kolejna sesja zaplanowana jest na przyszły miesiąc.")),
    "hi": Wording(
        ("{town} परिषद ने बजट को मंज़ूरी दी", "{town} में {amount} करोड़ का बजट पारित"),
        (("{town} नगर परिषद ने {amount} करोड़ रुपये के बजट को {yes} के मुकाबले {no} मतों से मंज़ूरी दी।",
          "महापौर {person} ने कहा कि अगले वर्ष {homes} नए घर बनाए जाएँगे।"),
         ("{yes} मत पक्ष में और {no} विपक्ष में पड़ने के साथ {town} के पार्षदों ने {amount} करोड़ रुपये का बजट पारित किया।",
          "महापौर {person} ने कहा कि इसमें {homes} नए घर शामिल हैं।")),
        ("विपक्ष ने पार्किंग शुल्क में बढ़ोतरी की आलोचना की।",
         "बजट में सड़कों की मरम्मत के लिए भी धन शामिल है।",
         "निवासी परिषद की वेबसाइट पर दस्तावेज़ पढ़ सकते हैं।",
         "बैठक चार घंटे से अधिक चली।",
         "अगला सत्र अगले महीने होगा।")),
    "ja": Wording(
        ("{town}議会、予算案を可決", "{town}で{amount}億円の予算成立"),
        (("{town}市議会は、{amount}億円の予算案を賛成{yes}、反対{no}で可決した。",
          "{person}市長は、来年{homes}戸の住宅を新たに建設すると述べた。"),
         ("賛成{yes}、反対{no}で、{town}の市議会議員らは{amount}億円の予算を成立させた。",
          "{person}市長によると、新しい住宅{homes}戸が含まれる。")),
        ("野党は駐車料金の値上げを批判した。",
         "予算には道路の補修費も含まれている。",
         "住民は市のウェブサイトで資料を読むことができる。",
         "会議は4時間以上続いた。",
         "次の会期は来月に予定されている。")),
    "tr": Wording(
        ("{town} meclisi bütçeyi onayladı", "{town}'da {amount} milyonluk bütçe kabul edildi"),
        (("{town} belediye meclisi {amount} milyon liralık bütçeyi {no} hayır oyuna karşı {yes} evet oyuyla onayladı.",
          "Belediye başkanı {person}, gelecek yıl {homes} yeni konut inşa edileceğini söyledi."),
         ("{yes} evet ve {no} hayır oyuyla {town} meclis üyeleri {amount} milyon liralık bütçeyi kabul etti.",
          "Belediye başkanı {person}, bütçenin {homes} yeni konutu kapsadığını söyledi.")),
        ("Muhalefet otopark ücretlerindeki artışı eleştirdi.",
         "Bütçe yol onarımları için de kaynak içeriyor.",
         "Vatandaşlar belgeleri belediyenin internet sitesinden okuyabilir.",
         "Toplantı dört saatten fazla sürdü.",
         "Bir sonraki oturum gelecek ay yapılacak.")),
    "sw": Wording(
        ("Baraza la {town} lapitisha bajeti", "Bajeti ya milioni {amount} yapitishwa {town}"),
        (("Baraza la mji wa {town} limepitisha bajeti ya shilingi milioni {amount} kwa kura {yes} dhidi ya {no}.",
          "Meya {person} alisema nyumba mpya {homes} zitajengwa mwaka ujao."),
         ("Kwa kura {yes} za ndiyo na {no} za hapana, madiwani wa {town} walipitisha bajeti ya shilingi milioni "
          "{amount}.",
          "Inajumuisha nyumba mpya {homes}, meya {person} alisema.")),
        ("Upinzani ulikosoa ongezeko la ada za maegesho.",
         "Bajeti pia inajumuisha fedha za kukarabati barabara.",
         "Wakazi wanaweza kusoma nyaraka kwenye tovuti ya baraza.",
         "Kikao kilidumu zaidi ya saa nne.",
         "Kikao kijacho kimepangwa mwezi ujao.")),
}

# Second tune part (tune2): genres that are neither tune's nor test's, in the tune languages and en, fr.
# Two events of one genre share the stock sentences and differ in their names and few figures.
FIRE = {
    "de": Wording(
        ("Wohnhaus in {town} brennt nieder", "{crews} Feuerwehrleute kämpfen in {town} gegen Flammen"),
        (("In {town} ist gegen {hour} Uhr ein Feuer in einem Wohnhaus ausgebrochen, {crews} Feuerwehrleute waren "
          "im Einsatz.",
          "Den Schaden schätzt Einsatzleiter {person} auf {damage} Euro."),
         ("{crews} Feuerwehrleute wurden gegen {hour} Uhr zu einem brennenden Wohnhaus in {town} gerufen.",
          "Nach Angaben von {person}, der den Einsatz leitete, beläuft sich der Schaden auf {damage} Euro.")),
        ("Alle Bewohner konnten sich rechtzeitig in Sicherheit bringen.",
         "Die Brandursache ist noch unklar, die Polizei hat Ermittlungen aufgenommen.",
         "Das Haus ist vorerst nicht bewohnbar.",
         "Die Straße blieb während der Löscharbeiten gesperrt.",
         "Die Nachbarn wurden vorübergehend in einer Turnhalle untergebracht.")),
    "es": Wording(
        ("Un incendio destruye una vivienda en {town}", "{crews} bomberos combaten las llamas en {town}"),
        (("Un incendio se declaró hacia las {hour}:00 en una vivienda de {town} y {crews} bomberos acudieron al "
          "lugar.",
          "El jefe de la intervención, {person}, calcula los daños en {damage} euros."),
         ("{crews} bomberos fueron movilizados hacia las {hour}:00 por una vivienda en llamas en {town}.",
          "Según {person}, que dirigió la intervención, los daños ascienden a {damage} euros.")),
        ("Todos los vecinos pudieron ponerse a salvo a tiempo.",
         "Las causas del incendio aún se desconocen y la policía ha abierto una investigación.",
         "La vivienda ha quedado inhabitable por el momento.",
         "La calle permaneció cortada durante las labores de extinción.",
         "Los vecinos fueron alojados provisionalmente en un polideportivo.")),
    "ru": Wording(
        ("В {town} сгорел жилой дом", "{crews} пожарных тушили пожар в {town}"),
        (("Около {hour}:00 в жилом доме в городе {town} вспыхнул пожар, на место прибыли {crews} пожарных.",
          "Руководитель тушения {person} оценил ущерб в {damage} евро."),
         ("{crews} пожарных были вызваны около {hour}:00 к горящему жилому дому в городе {town}.",
          "По словам {person}, руководившего тушением, ущерб составляет {damage} евро.")),
        ("Все жильцы успели вовремя покинуть дом.",
         "Причина пожара пока не установлена, полиция начала проверку.",
         "Дом пока непригоден для проживания.",
         "Во время тушения улица была перекрыта.",
         "Соседей временно разместили в спортивном зале.")),
    "zh": Wording(
        ("{town}一民宅被大火烧毁", "{crews}名消防员在{town}扑救大火"),
        (("{town}一处民宅于{hour}:00左右起火，{crews}名消防员赶赴现场。",
          "现场指挥{person}估计损失达{damage}欧元。"),
         ("{hour}:00左右，{crews}名消防员被派往{town}一处起火的民宅。",
          "据负责指挥的{person}称，损失达{damage}欧元。")),
        ("所有居民都及时撤离到安全地带。",
         "起火原因尚不清楚，警方已展开调查。",
         "该房屋目前无法居住。",
         "灭火期间该街道一直封闭。",
         "邻居们被临时安置在一所体育馆内。")),
    "ar": Wording(
        ("حريق يدمر منزلا في {town}", "{crews} من رجال الإطفاء يكافحون النيران في {town}"),
        (("اندلع حريق في منزل في {town} نحو الساعة {hour}:00، وهرع {crews} من رجال الإطفاء إلى المكان.",
          "وقدر قائد العملية {person} الأضرار بنحو {damage} يورو."),
         ("استدعي {crews} من رجال الإطفاء نحو الساعة {hour}:00 إلى منزل مشتعل في {town}.",
          "وبحسب {person} الذي قاد العملية، تبلغ الأضرار {damage} يورو.")),
        ("تمكن جميع السكان من الخروج إلى بر الأمان في الوقت المناسب.",
         "لا يزال سبب الحريق مجهولا، وقد فتحت الشرطة تحقيقا.",
         "أصبح المنزل غير صالح للسكن في الوقت الحالي.",
         "ظل الشارع مغلقا أثناء عمليات الإطفاء.",
         "نقل الجيران مؤقتا إلى قاعة رياضية.")),
    "en": Wording(
        ("House destroyed by fire in {town}", "{crews} firefighters battle blaze in {town}"),
        (("A fire broke out in a house in {town} at about {hour}:00, and {crews} firefighters were called to the "
          "scene.",
          "Incident commander {person} estimated the damage at {damage} euros."),
         ("{crews} firefighters were called to a burning house in {town} at about {hour}:00.",
          "According to {person}, who led the operation, the damage amounts to {damage} euros.")),
        ("All residents managed to get to safety in time.",
         "The cause of the fire is still unclear, and police have opened an investigation.",
         "The house is uninhabitable for the time being.",
         "The street remained closed while the fire was being put out.",
         "Neighbours were temporarily housed in a sports hall.")),
    "fr": Wording(
        ("Une maison détruite par un incendie à {town}", "{crews} pompiers luttent contre les flammes à {town}"),
        (("Un incendie s'est déclaré vers {hour} h dans une maison de {town}, et {crews} pompiers sont intervenus.",
          "Le commandant des opérations, {person}, estime les dégâts à {damage} euros."),
         ("{crews} pompiers ont été appelés vers {hour} h pour une maison en feu à {town}.",
          "Selon {person}, qui dirigeait l'intervention, les dégâts s'élèvent à {damage} euros.")),
        ("Tous les habitants ont pu se mettre à l'abri à temps.",
         "L'origine du feu reste inconnue et la police a ouvert une enquête.",
         "La maison est inhabitable pour le moment.",
         "La rue est restée fermée pendant l'intervention des pompiers.",
         "Les voisins ont été hébergés provisoirement dans un gymnase.")),
}

COURT = {
    "de": Wording(
        ("Haftstrafe für Betrüger in {town}", "{person} muss {years} Jahre in Haft"),
        (("Das Landgericht {town} hat {person} wegen Betrugs zu {years} Jahren Haft verurteilt.",
          "Der {age} Jahre alte Angeklagte hatte Kunden der Firma {firm} um ihre Ersparnisse gebracht."),
         ("{years} Jahre Haft: So lautet das Urteil des Landgerichts {town} gegen {person}.",
          "Nach Überzeugung des Gerichts betrog der {age}-Jährige Kunden von {firm}.")),
        ("Das Urteil ist noch nicht rechtskräftig.",
         "Die Verteidigung kündigte an, in Berufung zu gehen.",
         "Der Angeklagte zeigte sich im Prozess reumütig.",
         "Die Staatsanwaltschaft hatte eine höhere Strafe gefordert.",
         "Im Verfahren hatten mehrere Zeugen ausgesagt.")),
    "es": Wording(
        ("Condenado a prisión un estafador en {town}", "{person}, condenado a {years} años de cárcel"),
        (("La Audiencia de {town} ha condenado a {person} a {years} años de prisión por estafa.",
          "El acusado, de {age} años, había despojado de sus ahorros a clientes de la empresa {firm}."),
         ("{years} años de cárcel: esa es la condena que la Audiencia de {town} ha impuesto a {person}.",
          "Según el tribunal, el hombre de {age} años estafó a clientes de {firm}.")),
        ("La sentencia aún no es firme.",
         "La defensa anunció que recurrirá.",
         "El acusado se mostró arrepentido durante el juicio.",
         "La fiscalía había pedido una pena mayor.",
         "Varios testigos declararon durante el proceso.")),
    "ru": Wording(
        ("В {town} мошенника приговорили к лишению свободы", "{person} получил {years} лет заключения"),
        (("Областной суд города {town} приговорил {person} к {years} годам лишения свободы за мошенничество.",
          "{age}-летний подсудимый лишил сбережений клиентов компании {firm}."),
         ("{years} лет заключения — такой приговор вынес {person} областной суд города {town}.",
          "По данным суда, {age}-летний мужчина обманул клиентов компании {firm}.")),
        ("Приговор ещё не вступил в законную силу.",
         "Защита заявила, что обжалует решение.",
         "На процессе подсудимый раскаялся.",
         "Обвинение требовало более строгого наказания.",
         "В ходе процесса были допрошены несколько свидетелей.")),
    "zh": Wording(
        ("{town}一名诈骗犯被判入狱", "{person}被判入狱{years}年"),
        (("{town}地区法院以诈骗罪判处{person}有期徒刑{years}年。",
          "这名{age}岁的被告骗走了{firm}公司客户的积蓄。"),
         ("有期徒刑{years}年：这是{town}地区法院对{person}作出的判决。",
          "法院认定，这名{age}岁的男子诈骗了{firm}的客户。")),
        ("该判决尚未生效。",
         "辩方表示将提起上诉。",
         "被告在庭审中表示悔过。",
         "检方此前要求判处更重的刑罚。",
         "多名证人在审理过程中出庭作证。")),
    "ar": Wording(
        ("السجن لمحتال في {town}", "الحكم على {person} بالسجن {years} سنوات"),
        (("قضت المحكمة الإقليمية في {town} بسجن {person} {years} سنوات بتهمة الاحتيال.",
          "وكان المتهم البالغ من العمر {age} عاما قد استولى على مدخرات عملاء شركة {firm}."),
         ("السجن {years} سنوات: هذا هو الحكم الذي أصدرته المحكمة الإقليمية في {town} على {person}.",
          "ورأت المحكمة أن الرجل البالغ {age} عاما احتال على عملاء {firm}.")),
        ("الحكم غير نهائي بعد.",
         "أعلن الدفاع أنه سيستأنف الحكم.",
         "أبدى المتهم ندمه خلال المحاكمة.",
         "كانت النيابة العامة قد طالبت بعقوبة أشد.",
         "أدلى عدة شهود بإفاداتهم خلال المحاكمة.")),
    "en": Wording(
        ("Fraudster jailed in {town}", "{person} sentenced to {years} years in prison"),
        (("The regional court in {town} has sentenced {person} to {years} years in prison for fraud.",
          "The {age}-year-old defendant had cheated customers of the company {firm} out of their savings."),
         ("{years} years in prison: that is the sentence the regional court in {town} passed on {person}.",
          "The court found that the {age}-year-old had defrauded customers of {firm}.")),
        ("The verdict is not yet final.",
         "The defence said it would appeal.",
         "The defendant showed remorse during the trial.",
         "The prosecution had asked for a longer sentence.",
         "Several witnesses testified during the proceedings.")),
    "fr": Wording(
        ("Un escroc condamné à la prison à {town}", "{person} condamné à {years} ans de prison"),
        (("Le tribunal de {town} a condamné {person} à {years} ans de prison pour escroquerie.",
          "Le prévenu, âgé de {age} ans, avait dépouillé des clients de la société {firm} de leurs économies."),
         ("{years} ans de prison : c'est la peine prononcée par le tribunal de {town} contre {person}.",
          "Selon le tribunal, l'homme de {age} ans a escroqué des clients de {firm}.")),
        ("Le jugement n'est pas encore définitif.",
         "La défense a annoncé qu'elle ferait appel.",
         "Le prévenu s'est montré repentant pendant le procès.",
         "Le parquet avait requis une peine plus lourde.",
         "Plusieurs témoins ont été entendus au cours de la procédure.")),
}

TRAFFIC = {
    "de": Wording(
        ("Tödlicher Unfall bei {town}", "{age}-Jähriger stirbt auf der Straße nach {town2}"),
        (("Auf der Landstraße zwischen {town} und {town2} ist gegen {hour} Uhr ein {age} Jahre alter Autofahrer "
          "tödlich verunglückt.",
          "{injured} weitere Menschen wurden verletzt, sagte Polizeisprecherin {person}."),
         ("Ein {age}-jähriger Autofahrer ist bei einem Unfall zwischen {town} und {town2} ums Leben gekommen.",
          "Der Unfall geschah nach Angaben von {person} von der Polizei gegen {hour} Uhr; {injured} Menschen "
          "wurden verletzt.")),
        ("Die Straße war mehrere Stunden lang gesperrt.",
         "Die Unfallursache ist noch unklar.",
         "Ein Gutachter soll den Hergang klären.",
         "Ein Rettungshubschrauber war im Einsatz.",
         "Die Polizei sucht Zeugen des Unfalls.")),
    "es": Wording(
        ("Accidente mortal cerca de {town}", "Muere un conductor de {age} años en la carretera de {town2}"),
        (("Un conductor de {age} años murió hacia las {hour}:00 en la carretera comarcal entre {town} y {town2}.",
          "Otras {injured} personas resultaron heridas, según la portavoz policial {person}."),
         ("Un conductor de {age} años ha perdido la vida en un accidente entre {town} y {town2}.",
          "Según {person}, de la policía, el accidente ocurrió hacia las {hour}:00; {injured} personas resultaron "
          "heridas.")),
        ("La carretera estuvo cortada durante varias horas.",
         "Las causas del accidente aún se desconocen.",
         "Un perito deberá aclarar cómo ocurrió.",
         "Un helicóptero sanitario acudió al lugar.",
         "La policía busca testigos del accidente.")),
    "ru": Wording(
        ("Смертельное ДТП под {town}", "{age}-летний водитель погиб на дороге в {town2}"),
        (("Около {hour}:00 на трассе между {town} и {town2} погиб {age}-летний водитель.",
          "Ещё {injured} человек получили ранения, сообщила представитель полиции {person}."),
         ("Водитель в возрасте {age} лет погиб в аварии между {town} и {town2}.",
          "По словам {person} из полиции, авария произошла около {hour}:00; пострадали {injured} человек.")),
        ("Дорога была перекрыта на несколько часов.",
         "Причина аварии пока не установлена.",
         "Обстоятельства происшествия выяснит эксперт.",
         "На место прибыл санитарный вертолёт.",
         "Полиция ищет свидетелей аварии.")),
    "zh": Wording(
        ("{town}附近发生致命车祸", "{age}岁司机在通往{town2}的公路上身亡"),
        (("{hour}:00左右，一名{age}岁的司机在{town}和{town2}之间的乡村公路上身亡。",
          "警方发言人{person}说，另有{injured}人受伤。"),
         ("一名{age}岁的司机在{town}和{town2}之间的车祸中丧生。",
          "据警方的{person}介绍，事故发生在{hour}:00左右，{injured}人受伤。")),
        ("该路段封闭了数小时。",
         "事故原因尚不清楚。",
         "一名鉴定专家将查明事故经过。",
         "一架急救直升机赶赴现场。",
         "警方正在寻找事故目击者。")),
    "ar": Wording(
        ("حادث مميت قرب {town}", "وفاة سائق يبلغ {age} عاما على طريق {town2}"),
        (("لقي سائق يبلغ من العمر {age} عاما حتفه نحو الساعة {hour}:00 على الطريق الريفي بين {town} و{town2}.",
          "وأصيب {injured} أشخاص آخرون، بحسب المتحدثة باسم الشرطة {person}."),
         ("توفي سائق في الـ{age} من عمره في حادث بين {town} و{town2}.",
          "وبحسب {person} من الشرطة، وقع الحادث نحو الساعة {hour}:00 وأصيب {injured} أشخاص.")),
        ("أغلق الطريق لعدة ساعات.",
         "لا يزال سبب الحادث غير معروف.",
         "سيحدد خبير ملابسات الحادث.",
         "أرسلت مروحية إسعاف إلى المكان.",
         "تبحث الشرطة عن شهود للحادث.")),
    "en": Wording(
        ("Fatal crash near {town}", "Driver, {age}, dies on the road to {town2}"),
        (("A {age}-year-old driver was killed at about {hour}:00 on the country road between {town} and {town2}.",
          "{injured} other people were injured, police spokeswoman {person} said."),
         ("A driver aged {age} died in a crash between {town} and {town2}.",
          "According to {person} of the police, the crash happened at about {hour}:00; {injured} people were "
          "injured.")),
        ("The road was closed for several hours.",
         "The cause of the crash is still unclear.",
         "An expert has been called in to establish what happened.",
         "An air ambulance was deployed.",
         "Police are appealing for witnesses.")),
    "fr": Wording(
        ("Accident mortel près de {town}", "Un conducteur de {age} ans meurt sur la route de {town2}"),
        (("Un automobiliste de {age} ans a été tué vers {hour} h sur la route départementale entre {town} et "
          "{town2}.",
          "{injured} autres personnes ont été blessées, a indiqué la porte-parole de la police, {person}."),
         ("Un conducteur âgé de {age} ans a perdu la vie dans un accident entre {town} et {town2}.",
          "Selon {person}, de la police, l'accident s'est produit vers {hour} h ; {injured} personnes ont été "
          "blessées.")),
        ("La route a été fermée pendant plusieurs heures.",
         "Les causes de l'accident restent inconnues.",
         "Un expert doit établir le déroulement des faits.",
         "Un hélicoptère de secours a été dépêché sur place.",
         "La police lance un appel à témoins.")),
}

# The third tune part's genres (session 58, written without reading the test genres' texts): a
# mayoral election, an earthquake and a company's annual results, in it, pt, ko, fa, uk, vi.
ELECTION = {
    "it": Wording(
        ("{person} vince le elezioni comunali a {town}", "{town} sceglie {person} come sindaco con il {share} per cento"),
        (("{person} ha vinto domenica l'elezione a sindaco di {town} con il {share} per cento dei voti.",
          "L'affluenza è stata del {turnout} per cento, con {votes} elettori alle urne; il nuovo consiglio avrà "
          "{seats} seggi."),
         ("Con {votes} schede e un'affluenza del {turnout} per cento, gli elettori di {town} hanno scelto {person} "
          "come nuovo sindaco.",
          "Il vincitore ha ottenuto il {share} per cento dei voti; il suo partito detiene ora {seats} seggi in "
          "consiglio.")),
        ("Il risultato deve ancora essere confermato dalla commissione elettorale.",
         "Lo sconfitto si è congratulato con il vincitore la sera stessa del voto.",
         "Il nuovo sindaco entrerà in carica all'inizio del mese prossimo.",
         "Lo spoglio è proseguito fino a tarda notte in diversi seggi.",
         "Gli osservatori non hanno segnalato irregolarità durante il voto.")),
    "pt": Wording(
        ("{person} vence eleição para prefeito em {town}", "{town} elege {person} com {share} por cento dos votos"),
        (("{person} venceu no domingo a eleição para prefeito de {town} com {share} por cento dos votos.",
          "A participação foi de {turnout} por cento, com {votes} eleitores nas urnas; a nova câmara terá {seats} "
          "lugares."),
         ("Com {votes} votos depositados e uma participação de {turnout} por cento, os eleitores de {town} "
          "escolheram {person} como novo prefeito.",
          "O vencedor obteve {share} por cento dos votos; o seu partido detém agora {seats} lugares na câmara.")),
        ("O resultado ainda tem de ser confirmado pela comissão eleitoral.",
         "O candidato derrotado felicitou o vencedor na própria noite eleitoral.",
         "O novo prefeito tomará posse no início do próximo mês.",
         "A contagem prolongou-se até tarde da noite em várias secções de voto.",
         "Os observadores não registaram irregularidades durante a votação.")),
    "ko": Wording(
        ("{person}, {town} 시장 선거 승리", "{town} 유권자, {share}% 득표한 {person} 시장으로 선출"),
        (("{person} 후보가 일요일 {town} 시장 선거에서 {share}%의 득표율로 당선됐다.",
          "투표율은 {turnout}%였고 유권자 {votes}명이 투표했으며, 새 의회는 {seats}석으로 구성된다."),
         ("{votes}명이 투표해 투표율 {turnout}%를 기록한 가운데 {town} 유권자들은 {person} 후보를 새 시장으로 "
          "선택했다.",
          "당선자는 {share}%를 득표했으며, 소속 정당은 의회에서 {seats}석을 차지하게 됐다.")),
        ("선거 결과는 선거관리위원회의 확정 절차를 남겨두고 있다.",
         "낙선한 후보는 개표 당일 밤 당선자에게 축하 인사를 전했다.",
         "새 시장은 다음 달 초 취임할 예정이다.",
         "일부 투표소에서는 밤늦게까지 개표가 이어졌다.",
         "참관인들은 투표 과정에서 부정행위가 없었다고 밝혔다.")),
    "fa": Wording(
        ("{person} در انتخابات شهرداری {town} پیروز شد", "مردم {town} با {share} درصد آرا {person} را به شهرداری برگزیدند"),
        (("{person} روز یکشنبه با {share} درصد آرا در انتخابات شهرداری {town} پیروز شد.",
          "میزان مشارکت {turnout} درصد بود و {votes} نفر رأی دادند؛ شورای جدید {seats} کرسی خواهد داشت."),
         ("با {votes} رأی به صندوق ریخته‌شده و مشارکت {turnout} درصدی، رأی‌دهندگان {town} {person} را به عنوان "
          "شهردار جدید برگزیدند.",
          "برنده {share} درصد آرا را به دست آورد و حزب او اکنون {seats} کرسی در شورا دارد.")),
        ("نتیجه هنوز باید از سوی کمیسیون انتخابات تأیید شود.",
         "نامزد شکست‌خورده همان شب انتخابات به برنده تبریک گفت.",
         "شهردار جدید از آغاز ماه آینده کار خود را آغاز می‌کند.",
         "شمارش آرا در چند حوزه تا پاسی از شب ادامه داشت.",
         "ناظران هیچ تخلفی در جریان رأی‌گیری گزارش نکردند.")),
    "uk": Wording(
        ("{person} перемагає на виборах мера в місті {town}", "{town} обирає {person} мером із {share} відсотка голосів"),
        (("{person} у неділю переміг на виборах мера міста {town}, здобувши {share} відсотка голосів.",
          "Явка становила {turnout} відсотка, проголосували {votes} виборців; нова рада матиме {seats} місць."),
         ("За явки {turnout} відсотка та {votes} поданих бюлетенів виборці міста {town} обрали новим мером {person}.",
          "Переможець отримав {share} відсотка голосів; його партія тепер має {seats} місць у раді.")),
        ("Результат ще має підтвердити виборча комісія.",
         "Кандидат, який програв, привітав переможця ще у виборчу ніч.",
         "Новий мер обійме посаду на початку наступного місяця.",
         "На кількох дільницях підрахунок голосів тривав до пізньої ночі.",
         "Спостерігачі не зафіксували порушень під час голосування.")),
    "vi": Wording(
        ("{person} thắng cử thị trưởng {town}", "{town} bầu {person} làm thị trưởng với {share}% phiếu bầu"),
        (("{person} đã thắng cuộc bầu cử thị trưởng {town} hôm Chủ nhật với {share}% số phiếu.",
          "Tỷ lệ cử tri đi bầu là {turnout}%, với {votes} người bỏ phiếu; hội đồng mới sẽ có {seats} ghế."),
         ("Với {votes} lá phiếu và tỷ lệ đi bầu {turnout}%, cử tri {town} đã chọn {person} làm thị trưởng mới.",
          "Người chiến thắng giành được {share}% số phiếu; đảng của ông hiện nắm {seats} ghế trong hội đồng.")),
        ("Kết quả vẫn phải được ủy ban bầu cử xác nhận.",
         "Ứng cử viên thất bại đã chúc mừng người chiến thắng ngay trong đêm bầu cử.",
         "Tân thị trưởng sẽ nhậm chức vào đầu tháng tới.",
         "Việc kiểm phiếu kéo dài đến khuya tại nhiều điểm bỏ phiếu.",
         "Các quan sát viên không ghi nhận sai phạm nào trong quá trình bỏ phiếu.")),
}

QUAKE = {
    "it": Wording(
        ("Terremoto di magnitudo {mag} scuote {town}", "{injured} feriti per il terremoto a {town}"),
        (("Un terremoto di magnitudo {mag} ha colpito la zona di {town} verso le {hour}:00, a una profondità di "
          "{depth} chilometri.",
          "Secondo {person} della protezione civile, {injured} persone sono rimaste ferite e {buildings} edifici "
          "sono stati danneggiati."),
         ("{injured} persone sono rimaste ferite quando una scossa di magnitudo {mag} ha colpito {town} verso le "
          "{hour}:00.",
          "Il sisma, con ipocentro a {depth} chilometri di profondità, ha danneggiato {buildings} edifici, ha detto "
          "{person} della protezione civile.")),
        ("Le scosse di assestamento sono state avvertite per tutta la notte.",
         "Le scuole della zona resteranno chiuse mentre i tecnici verificano gli edifici.",
         "Ai residenti è stato chiesto di stare lontani dalle case danneggiate.",
         "Nelle palestre della città sono stati allestiti centri di accoglienza.",
         "La regione è una delle più sismiche del paese.")),
    "pt": Wording(
        ("Sismo de magnitude {mag} abala {town}", "{injured} feridos em sismo em {town}"),
        (("Um sismo de magnitude {mag} atingiu a região de {town} por volta das {hour}:00, a uma profundidade de "
          "{depth} quilómetros.",
          "Segundo {person}, da proteção civil, {injured} pessoas ficaram feridas e {buildings} edifícios foram "
          "danificados."),
         ("{injured} pessoas ficaram feridas quando um sismo de magnitude {mag} atingiu {town} por volta das "
          "{hour}:00.",
          "O abalo, com epicentro a {depth} quilómetros de profundidade, danificou {buildings} edifícios, disse "
          "{person}, da proteção civil.")),
        ("As réplicas foram sentidas durante toda a noite.",
         "As escolas da região vão permanecer fechadas enquanto os técnicos inspecionam os edifícios.",
         "Os moradores foram aconselhados a manter-se afastados das casas danificadas.",
         "Foram abertos abrigos de emergência nos pavilhões desportivos da cidade.",
         "A região é uma das mais sísmicas do país.")),
    "ko": Wording(
        ("{town}에서 규모 {mag} 지진 발생", "{town} 지진으로 {injured}명 부상"),
        (("{hour}:00쯤 {town} 인근에서 규모 {mag}의 지진이 발생했으며, 진원 깊이는 {depth}km였다.",
          "재난안전본부 {person} 대변인에 따르면 {injured}명이 다치고 건물 {buildings}채가 피해를 입었다."),
         ("{hour}:00쯤 {town}에서 규모 {mag}의 지진이 일어나 {injured}명이 다쳤다.",
          "지하 {depth}km에서 발생한 이번 지진으로 건물 {buildings}채가 파손됐다고 재난안전본부 {person} 대변인이 "
          "밝혔다.")),
        ("밤새 여진이 이어졌다.",
         "이 지역 학교들은 건물 안전 점검이 끝날 때까지 휴교한다.",
         "당국은 주민들에게 피해를 입은 주택에 접근하지 말라고 당부했다.",
         "시내 체육관에 임시 대피소가 마련됐다.",
         "이 지역은 국내에서 지진이 가장 잦은 곳 중 하나다.")),
    "fa": Wording(
        ("زلزله {mag} ریشتری {town} را لرزاند", "{injured} زخمی در زلزله {town}"),
        (("زلزله‌ای به بزرگی {mag} ریشتر حوالی ساعت {hour}:00 در نزدیکی {town} و در عمق {depth} کیلومتری رخ داد.",
          "به گفته {person} از سازمان مدیریت بحران، {injured} نفر زخمی شدند و {buildings} ساختمان آسیب دید."),
         ("با وقوع زلزله‌ای به بزرگی {mag} ریشتر در {town} حوالی ساعت {hour}:00، {injured} نفر زخمی شدند.",
          "{person} از سازمان مدیریت بحران گفت این زلزله که در عمق {depth} کیلومتری رخ داد به {buildings} ساختمان "
          "آسیب زد.")),
        ("پس‌لرزه‌ها در طول شب احساس شد.",
         "مدارس منطقه تا پایان بازرسی ساختمان‌ها تعطیل خواهند بود.",
         "از ساکنان خواسته شد از خانه‌های آسیب‌دیده دور بمانند.",
         "اسکان اضطراری در سالن‌های ورزشی شهر برپا شد.",
         "این منطقه یکی از لرزه‌خیزترین مناطق کشور است.")),
    "uk": Wording(
        ("Землетрус магнітудою {mag} сколихнув {town}", "{injured} постраждалих внаслідок землетрусу в місті {town}"),
        (("Землетрус магнітудою {mag} стався поблизу міста {town} близько {hour}:00 на глибині {depth} кілометрів.",
          "За словами {person} зі служби цивільного захисту, {injured} людей дістали травми, пошкоджено {buildings} "
          "будівель."),
         ("{injured} людей постраждали, коли землетрус магнітудою {mag} сколихнув місто {town} близько {hour}:00.",
          "Поштовх, епіцентр якого був на глибині {depth} кілометрів, пошкодив {buildings} будівель, повідомив "
          "{person} зі служби цивільного захисту.")),
        ("Афтершоки відчувалися всю ніч.",
         "Школи в районі залишаться зачиненими, поки інженери оглядають будівлі.",
         "Мешканців закликали не наближатися до пошкоджених будинків.",
         "У спортивних залах міста відкрили тимчасові укриття.",
         "Регіон є одним із найбільш сейсмічно активних у країні.")),
    "vi": Wording(
        ("Động đất mạnh {mag} độ rung chuyển {town}", "{injured} người bị thương trong trận động đất ở {town}"),
        (("Một trận động đất mạnh {mag} độ xảy ra gần {town} vào khoảng {hour}:00, ở độ sâu {depth} km.",
          "Theo {person} thuộc cơ quan phòng vệ dân sự, {injured} người bị thương và {buildings} tòa nhà bị hư hại."),
         ("{injured} người bị thương khi trận động đất mạnh {mag} độ tấn công {town} vào khoảng {hour}:00.",
          "Trận động đất có tâm chấn ở độ sâu {depth} km đã làm hư hại {buildings} tòa nhà, {person} thuộc cơ quan "
          "phòng vệ dân sự cho biết.")),
        ("Các dư chấn được cảm nhận suốt đêm.",
         "Các trường học trong khu vực sẽ đóng cửa trong khi các kỹ sư kiểm tra các tòa nhà.",
         "Người dân được yêu cầu tránh xa những ngôi nhà bị hư hại.",
         "Các nơi trú ẩn khẩn cấp đã được mở tại các nhà thi đấu của thị trấn.",
         "Khu vực này là một trong những nơi có hoạt động địa chấn mạnh nhất cả nước.")),
}

EARNINGS = {
    "it": Wording(
        ("{firm} aumenta l'utile del {pct} per cento", "{firm} prevede {jobs} nuovi posti di lavoro dopo un anno forte"),
        (("{firm}, con sede a {town}, ha registrato ricavi per {revenue} milioni di euro nell'anno e l'utile è "
          "cresciuto del {pct} per cento.",
          "L'amministratore delegato {person} ha detto che l'azienda assumerà {jobs} nuovi dipendenti."),
         ("L'azienda {firm} di {town} prevede di creare {jobs} posti di lavoro dopo una crescita dell'utile del {pct} "
          "per cento.",
          "I ricavi hanno raggiunto {revenue} milioni di euro, ha detto l'amministratore delegato {person} agli "
          "azionisti.")),
        ("L'azienda pagherà ai suoi azionisti un dividendo più alto.",
         "Gli analisti si aspettavano un risultato più debole.",
         "Il titolo è salito con forza nelle prime contrattazioni.",
         "La domanda dall'estero è stata il principale motore della crescita.",
         "L'azienda resta prudente sull'anno a venire.")),
    "pt": Wording(
        ("{firm} aumenta lucro em {pct} por cento", "{firm} prevê {jobs} novos empregos após ano forte"),
        (("A {firm}, com sede em {town}, registou receitas de {revenue} milhões de euros no ano e o lucro subiu {pct} "
          "por cento.",
          "O presidente executivo {person} disse que a empresa vai contratar {jobs} novos funcionários."),
         ("A empresa {firm}, de {town}, prevê criar {jobs} postos de trabalho depois de o lucro ter crescido {pct} "
          "por cento.",
          "As receitas atingiram {revenue} milhões de euros, disse o presidente executivo {person} aos acionistas.")),
        ("A empresa vai pagar um dividendo mais alto aos acionistas.",
         "Os analistas esperavam um resultado mais fraco.",
         "As ações subiram com força no início da sessão.",
         "A procura externa foi o principal motor do crescimento.",
         "A empresa mantém-se cautelosa quanto ao próximo ano.")),
    "ko": Wording(
        ("{firm}, 순이익 {pct}% 증가", "{firm}, 호실적에 신규 일자리 {jobs}개 창출 계획"),
        (("{town}에 본사를 둔 {firm}은 연간 매출 {revenue}백만 유로를 기록했으며 순이익은 {pct}% 증가했다.",
          "{person} 최고경영자는 회사가 신규 직원 {jobs}명을 채용할 것이라고 말했다."),
         ("{town}의 기업 {firm}은 순이익이 {pct}% 늘어남에 따라 일자리 {jobs}개를 새로 만들 계획이다.",
          "매출은 {revenue}백만 유로에 달했다고 {person} 최고경영자가 주주들에게 밝혔다.")),
        ("회사는 주주들에게 더 많은 배당금을 지급할 예정이다.",
         "애널리스트들은 이보다 부진한 실적을 예상했었다.",
         "주가는 장 초반 큰 폭으로 올랐다.",
         "해외 수요가 성장의 주요 동력이었다.",
         "회사는 내년 전망에 대해 신중한 입장을 유지했다.")),
    "fa": Wording(
        ("سود {firm} {pct} درصد افزایش یافت", "{firm} پس از سالی پربار {jobs} شغل جدید ایجاد می‌کند"),
        (("شرکت {firm} مستقر در {town} درآمد سالانه {revenue} میلیون یورو گزارش کرد و سود آن {pct} درصد افزایش یافت.",
          "{person}، مدیرعامل شرکت، گفت این شرکت {jobs} کارمند جدید استخدام خواهد کرد."),
         ("شرکت {firm} از {town} پس از رشد {pct} درصدی سود، قصد دارد {jobs} شغل جدید ایجاد کند.",
          "{person}، مدیرعامل، به سهامداران گفت درآمد به {revenue} میلیون یورو رسید.")),
        ("شرکت سود سهام بیشتری به سهامداران خود پرداخت خواهد کرد.",
         "تحلیلگران انتظار نتیجه ضعیف‌تری را داشتند.",
         "سهام شرکت در ابتدای معاملات به شدت بالا رفت.",
         "تقاضای خارجی محرک اصلی رشد بود.",
         "شرکت درباره سال آینده محتاط باقی مانده است.")),
    "uk": Wording(
        ("{firm} збільшила прибуток на {pct} відсотків", "{firm} планує {jobs} нових робочих місць після вдалого року"),
        (("Компанія {firm} із міста {town} повідомила про виручку {revenue} млн євро за рік, а її прибуток зріс на "
          "{pct} відсотків.",
          "Генеральний директор {person} заявив, що компанія найме {jobs} нових працівників."),
         ("Компанія {firm} з міста {town} планує створити {jobs} робочих місць після зростання прибутку на {pct} "
          "відсотків.",
          "Виручка сягнула {revenue} млн євро, повідомив акціонерам генеральний директор {person}.")),
        ("Компанія виплатить акціонерам вищі дивіденди.",
         "Аналітики очікували слабшого результату.",
         "Акції компанії різко подорожчали на початку торгів.",
         "Головним рушієм зростання став попит з-за кордону.",
         "Компанія зберігає обережність щодо наступного року.")),
    "vi": Wording(
        ("{firm} tăng lợi nhuận {pct}%", "{firm} dự kiến tạo {jobs} việc làm mới sau một năm thành công"),
        (("{firm}, có trụ sở tại {town}, báo cáo doanh thu {revenue} triệu euro trong năm và lợi nhuận tăng {pct}%.",
          "Tổng giám đốc {person} cho biết công ty sẽ tuyển {jobs} nhân viên mới."),
         ("Công ty {firm} ở {town} dự kiến tạo {jobs} việc làm sau khi lợi nhuận tăng {pct}%.",
          "Doanh thu đạt {revenue} triệu euro, tổng giám đốc {person} cho biết với các cổ đông.")),
        ("Công ty sẽ trả cổ tức cao hơn cho các cổ đông.",
         "Các nhà phân tích đã dự đoán kết quả yếu hơn.",
         "Cổ phiếu tăng mạnh ngay đầu phiên giao dịch.",
         "Nhu cầu từ nước ngoài là động lực tăng trưởng chính.",
         "Công ty vẫn thận trọng về triển vọng năm tới.")),
}

GENRES: dict[str, dict[str, Wording]] = {"weather": WEATHER, "market": MARKET, "football": FOOTBALL,
                                         "police": POLICE, "obituary": OBITUARY, "council": COUNCIL,
                                         "fire": FIRE, "court": COURT, "traffic": TRAFFIC,
                                         "election": ELECTION, "quake": QUAKE, "earnings": EARNINGS}
