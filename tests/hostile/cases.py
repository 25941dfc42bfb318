"""The hostile site: good articles, the hostile cases next to them, and the sources file for both.

Every case is one row of ``CASES``: what the crawler meets (``path``), how it gets there (``kind``
and ``via``), and what must hold afterwards: the good articles it must still emit (``emits``),
the paths it must never request (``never``), and the evidence that it noticed (``evidence``: a
log regex or a stats key; ``{url}`` stands for the case's escaped absolute URL, ``{name}`` for
its name, which is also its source name in the sources file).

Good articles are realistic pages (own title, ``<article>`` with four paragraphs, a published
time a few hours old) in many languages and encodings, each reachable through a case or through
the ``good`` source, so "nothing lost" is checked across every discovery path.
"""
from __future__ import annotations

import gzip
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Literal

from tests.hostile.server import (
    HostileHandler,
    Responder,
    drip,
    encoded_bomb,
    gzip_bomb,
    gzip_encoded,
    redirect,
    reset_mid_body,
    send,
    send_raw,
    sequence,
    short_body,
    stream,
)

# --- good articles -------------------------------------------------------------------------


@dataclass(frozen=True)
class GoodArticle:
    key: str
    language: str
    title: str
    paragraphs: tuple[str, ...]
    slug: str

    @property
    def path(self) -> str:
        return f"/news/{self.key}/{self.slug}.html"


def _good(key: str, language: str, slug: str, title: str, *paragraphs: str) -> GoodArticle:
    return GoodArticle(key, language, title, paragraphs, slug)


GOOD: dict[str, GoodArticle] = {a.key: a for a in (
    _good("en", "en", "harbour-bridge-reopens-after-repairs", "Harbour bridge reopens after two years of repairs",
          "The harbour bridge reopened to traffic on Monday morning after two years of structural repairs that cost "
          "the regional government 85 million pounds.",
          "Engineers replaced more than four hundred steel cables and resurfaced the whole deck, which had been "
          "closed to lorries since the spring of last year.",
          "Commuters who had faced forty-minute detours through the industrial estate welcomed the news, although "
          "cyclists complained that the new lane is too narrow.",
          "The transport authority said speed limits would stay at thirty miles per hour for another month while "
          "sensors monitor how the structure behaves under load."),
    _good("fr", "fr", "la-mediatheque-ouvre-le-dimanche", "La médiathèque de Nantes ouvrira le dimanche",
          "À partir du mois prochain, la grande médiathèque de Nantes ouvrira ses portes le dimanche après-midi, "
          "une première depuis son inauguration en 1985.",
          "La mairie a recruté huit agents supplémentaires pour assurer ces nouveaux horaires, financés en partie "
          "par une subvention du ministère de la Culture.",
          "Les étudiants, qui réclamaient des salles de travail accessibles le week-end, ont salué une décision "
          "attendue depuis plusieurs années.",
          "Un bilan de fréquentation sera présenté au conseil municipal à la fin de l'année avant une éventuelle "
          "extension aux jours fériés."),
    _good("de", "de", "leipzig-baut-waermespeicher", "Stadtwerke Leipzig bauen den größten Wärmespeicher Sachsens",
          "Die Stadtwerke Leipzig haben am Mittwoch mit dem Bau eines Wärmespeichers begonnen, der künftig rund "
          "vierzigtausend Haushalte mit Fernwärme versorgen soll.",
          "Der Speicher fasst etwa vierzig Millionen Liter Wasser und soll überschüssigen Strom aus Wind- und "
          "Solaranlagen in Wärme umwandeln und zwischenspeichern.",
          "Nach Angaben des Unternehmens kostet das Projekt knapp neunzig Millionen Euro, ein Teil davon stammt "
          "aus Fördermitteln des Bundes.",
          "Anwohner hatten zunächst Bedenken wegen des Baulärms geäußert, wurden aber in mehreren "
          "Bürgerversammlungen über den Zeitplan informiert."),
    _good("es", "es", "valencia-amplia-carriles-bici", "Valencia amplía la red de carriles bici hasta el puerto",
          "El Ayuntamiento de Valencia aprobó el jueves la ampliación de la red de carriles bici con doce "
          "kilómetros nuevos que conectarán el centro con el puerto.",
          "Las obras comenzarán en septiembre y tendrán un coste aproximado de siete millones de euros, "
          "financiados en parte con fondos europeos.",
          "Las asociaciones de ciclistas celebraron el anuncio, aunque pidieron más aparcamientos seguros para "
          "bicicletas en las estaciones de metro.",
          "Los comerciantes de la avenida del Puerto temen perder plazas de aparcamiento y han solicitado una "
          "reunión con la concejala de Movilidad."),
    _good("it", "it", "bologna-tram-in-servizio-nel-2026", "Bologna, il nuovo tram entrerà in servizio nel 2026",
          "La prima linea del tram di Bologna entrerà in servizio nella primavera del 2026, ha confermato martedì "
          "l'assessora alla mobilità durante il consiglio comunale.",
          "Il cantiere, che attraversa il centro storico e la zona universitaria, ha subito ritardi a causa del "
          "ritrovamento di reperti archeologici.",
          "Il costo complessivo dell'opera supera i cinquecento milioni di euro, in gran parte coperti da "
          "finanziamenti statali ed europei.",
          "I commercianti di via Marconi chiedono indennizzi per il calo delle vendite registrato durante i "
          "lavori, che durano ormai da due anni."),
    _good("pt", "pt", "porto-recebe-autocarros-a-hidrogenio", "Porto recebe primeira frota de autocarros a hidrogénio",
          "A Sociedade de Transportes Colectivos do Porto apresentou na sexta-feira os primeiros doze autocarros "
          "movidos a hidrogénio, que começam a circular na próxima semana.",
          "Os veículos têm autonomia de cerca de quatrocentos quilómetros e serão abastecidos numa estação "
          "construída junto à recolha da Via Norte.",
          "O investimento ronda os dezoito milhões de euros e foi financiado pelo Plano de Recuperação e "
          "Resiliência, segundo a administração da empresa.",
          "Os motoristas receberam formação específica durante dois meses e a empresa prevê duplicar a frota "
          "até ao final do próximo ano."),
    _good("nl", "nl", "utrecht-opent-fietsenstalling-opnieuw",
          "Utrecht opent grootste fietsenstalling ter wereld opnieuw",
          "De fietsenstalling onder het station van Utrecht is dinsdag na een grondige renovatie weer volledig "
          "opengegaan voor reizigers en forenzen.",
          "De stalling biedt plaats aan meer dan twaalfduizend fietsen en heeft nu een digitaal systeem dat in "
          "realtime laat zien waar nog plekken vrij zijn.",
          "De gemeente en ProRail investeerden samen ruim zes miljoen euro in nieuwe verlichting, ventilatie en "
          "extra camerabewaking.",
          "Fietsers mogen hun fiets de eerste vierentwintig uur gratis stallen, daarna betalen ze een klein "
          "bedrag per dag via hun ov-chipkaart."),
    _good("pl", "pl", "krakow-wprowadza-strefe-czystego-transportu", "Kraków wprowadza strefę czystego transportu",
          "Rada Miasta Krakowa przyjęła w środę uchwałę o strefie czystego transportu, która obejmie całe miasto "
          "od lipca przyszłego roku.",
          "Do strefy nie będą mogły wjeżdżać najstarsze samochody z silnikami Diesla, które nie spełniają norm "
          "emisji spalin Euro 4.",
          "Mieszkańcy, których nie stać na wymianę auta, mogą ubiegać się o dopłaty z miejskiego programu "
          "wsparcia.",
          "Przeciwnicy uchwały zapowiedzieli zebranie podpisów pod wnioskiem o referendum w tej sprawie jeszcze "
          "przed końcem roku."),
    _good("ru", "ru", "v-kazani-otkryli-novuyu-stanciyu-metro", "В Казани открыли новую станцию метро",
          "В Казани в пятницу открыли новую станцию метрополитена, которая соединила спальные районы на юге "
          "города с историческим центром.",
          "Строительство станции заняло почти пять лет и обошлось городскому бюджету примерно в восемь "
          "миллиардов рублей.",
          "По расчётам транспортников, новой станцией будут ежедневно пользоваться около тридцати тысяч "
          "пассажиров.",
          "Жители окрестных кварталов отмечают, что дорога до работы теперь занимает у них на двадцать минут "
          "меньше, чем раньше."),
    _good("uk", "uk", "u-lvovi-vidremontuyut-tramvayne-depo", "У Львові відремонтують трамвайне депо",
          "Львівська міська рада у четвер затвердила програму капітального ремонту трамвайного депо на вулиці "
          "Промисловій, збудованого ще у тридцятих роках.",
          "Роботи триватимуть два роки і коштуватимуть близько ста двадцяти мільйонів гривень, частину коштів "
          "надасть європейський банк.",
          "Після ремонту депо зможе обслуговувати нові низькопідлогові трамваї, які місто планує закупити "
          "наступного року.",
          "Працівники депо кажуть, що дах і системи опалення давно потребували заміни, а взимку в цехах було "
          "дуже холодно."),
    _good("ar", "ar", "aqaba-desalination-plant-opens", "افتتاح أكبر محطة لتحلية المياه في العقبة",
          "افتتحت الحكومة الأردنية يوم الأحد أكبر محطة لتحلية مياه البحر في مدينة العقبة، بطاقة إنتاجية تصل "
          "إلى مئة ألف متر مكعب يوميا.",
          "وقال وزير المياه إن المشروع سيخفف من أزمة نقص المياه التي تعاني منها المملكة منذ سنوات طويلة، خاصة "
          "في فصل الصيف.",
          "وبلغت تكلفة المحطة نحو ثلاثمئة مليون دولار، بتمويل مشترك من الحكومة وعدد من المؤسسات المالية "
          "الدولية.",
          "ويتوقع الخبراء أن تسهم المحطة في توفير فرص عمل جديدة لأبناء المنطقة الجنوبية خلال السنوات المقبلة."),
    _good("ar2", "ar", "sharjah-book-fair-opens", "معرض الشارقة الدولي للكتاب يستقبل زوارا من خمسين دولة",
          "انطلقت مساء الأربعاء فعاليات معرض الشارقة الدولي للكتاب بمشاركة أكثر من ألفي دار نشر من خمسين دولة "
          "عربية وأجنبية.",
          "ويتضمن برنامج المعرض هذا العام مئات الندوات والأمسيات الشعرية وورش العمل المخصصة للأطفال والشباب.",
          "وأكد المنظمون أن عدد الزوار في الدورة الماضية تجاوز مليوني زائر، ويتوقعون رقما أكبر في الدورة "
          "الحالية.",
          "ويستمر المعرض حتى نهاية الأسبوع المقبل، مع تخفيضات كبيرة على أسعار الكتب في جميع الأجنحة."),
    _good("ja", "ja", "sapporo-snow-removal-plan", "札幌市、冬季の除雪体制を強化へ",
          "札幌市は十日、今年の冬に向けて除雪体制を大幅に強化すると発表した。除雪車を前年より三十台増やし、"
          "住宅街の生活道路も優先的に除雪する。",
          "昨年の冬は記録的な大雪により市内各地で交通が麻痺し、路線バスの運休やごみ収集の遅れが相次いだ。",
          "市は除雪作業員の不足を補うため、建設会社との契約条件を見直し、夜間作業の手当を引き上げることも決めた。",
          "市民からは歓迎の声が上がる一方、費用の増加が来年度の予算を圧迫するのではないかと心配する意見も出ている。"),
    _good("zh", "zh", "chengdu-three-new-city-parks", "成都新建三座城市公园将于年底开放",
          "成都市公园城市建设管理局周一表示，位于城东、城南和城北的三座新城市公园将于今年年底前正式向市民开放。",
          "三座公园总面积约两百公顷，将种植超过十万株乔木，并建设步道、自行车道和儿童游乐设施。",
          "负责人介绍，公园建设坚持生态优先原则，保留了原有的湿地和河道，为鸟类和其他野生动物提供栖息地。",
          "周边居民对此表示期待，认为新公园将为日常散步和周末休闲提供更多选择，也有助于改善空气质量。"),
    _good("ko", "ko", "busan-coastal-walkway-extension", "부산시, 해안 산책로 10킬로미터 연장",
          "부산시는 해운대에서 송정까지 이어지는 해안 산책로를 10킬로미터 연장하는 공사를 다음 달부터 시작한다고 밝혔다.",
          "총사업비는 약 삼백억 원으로, 2027년 완공을 목표로 하고 있으며 전망대와 휴게 공간도 함께 조성될 예정이다.",
          "시 관계자는 산책로가 완성되면 관광객 증가와 함께 지역 상권에도 긍정적인 효과가 있을 것으로 기대한다고 말했다.",
          "다만 일부 환경 단체는 해안 생태계 훼손을 우려하며 공사 구간에 대한 정밀한 환경 영향 평가를 요구하고 있다."),
    _good("tr", "tr", "izmir-yeni-metro-hattinin-temeli-atildi", "İzmir'de yeni metro hattının temeli atıldı",
          "İzmir Büyükşehir Belediyesi, Buca ile Bornova'yı birbirine bağlayacak yeni metro hattının temelini "
          "cumartesi günü düzenlenen törenle attı.",
          "On üç kilometre uzunluğundaki hat on bir istasyondan oluşacak ve günde yaklaşık dört yüz bin yolcu "
          "taşıması bekleniyor.",
          "Belediye başkanı, projenin finansmanının büyük bölümünün uluslararası kredilerle sağlandığını ve "
          "inşaatın dört yıl süreceğini açıkladı.",
          "Buca'da yaşayan öğrenciler, üniversiteye ulaşım süresinin yarı yarıya kısalacağını söyleyerek "
          "projeden duydukları memnuniyeti dile getirdi."),
    _good("el", "el", "thessaloniki-sea-transport", "Η Θεσσαλονίκη αποκτά νέο θαλάσσιο μέσο μεταφοράς",
          "Η Θεσσαλονίκη αποκτά από τον επόμενο μήνα τακτική θαλάσσια συγκοινωνία που θα συνδέει το κέντρο της "
          "πόλης με την Καλαμαριά και την Περαία.",
          "Τα δύο νέα σκάφη μπορούν να μεταφέρουν έως διακόσιους επιβάτες το καθένα και θα εκτελούν δρομολόγια "
          "κάθε μισή ώρα.",
          "Σύμφωνα με τον δήμαρχο, το κόστος του εισιτηρίου θα είναι ίδιο με εκείνο του αστικού λεωφορείου, "
          "ώστε να ενθαρρυνθούν οι επιβάτες.",
          "Οι κάτοικοι των ανατολικών συνοικιών ελπίζουν ότι η νέα γραμμή θα μειώσει την κυκλοφοριακή "
          "συμφόρηση στη λεωφόρο Νίκης."),
    _good("hi", "hi", "jaipur-electric-bus-service", "जयपुर में नई इलेक्ट्रिक बस सेवा शुरू",
          "जयपुर नगर निगम ने सोमवार को शहर में पचास नई इलेक्ट्रिक बसों की सेवा शुरू की, जो प्रमुख बाज़ारों और "
          "रेलवे स्टेशन को जोड़ेंगी।",
          "अधिकारियों के अनुसार इन बसों से हर साल लगभग चार हज़ार टन कार्बन उत्सर्जन कम होगा और शहर की हवा "
          "साफ होगी।",
          "यात्रियों को किराए में कोई बढ़ोतरी नहीं झेलनी पड़ेगी, और छात्रों तथा वरिष्ठ नागरिकों को पहले की तरह "
          "छूट मिलती रहेगी।",
          "परिवहन विभाग ने बताया कि अगले वर्ष तक बेड़े में सौ और इलेक्ट्रिक बसें जोड़ने की योजना है।"),
    _good("sv", "sv", "goteborg-bygger-ny-bro", "Göteborg bygger ny bro över Göta älv",
          "Göteborgs stad meddelade på tisdagen att arbetet med den nya bron över Göta älv går in i slutfasen och "
          "att den öppnar för trafik i höst.",
          "Bron blir den första i staden med separata körfält för spårvagnar, cyklar och gående, och den kan "
          "öppnas för större fartyg på under fyra minuter.",
          "Projektet har blivit flera hundra miljoner kronor dyrare än beräknat, bland annat på grund av problem "
          "med grundläggningen i den mjuka leran.",
          "Näringsidkare i området kring Lilla Bommen hoppas att den nya förbindelsen ska locka fler besökare "
          "till centrum efter flera år av byggarbeten."),
    _good("id", "id", "surabaya-bangun-pusat-daur-ulang", "Surabaya bangun pusat daur ulang sampah plastik",
          "Pemerintah Kota Surabaya mulai membangun pusat daur ulang sampah plastik terbesar di Jawa Timur pada "
          "hari Senin di kawasan Benowo.",
          "Fasilitas tersebut dirancang untuk mengolah hingga dua ratus ton sampah plastik setiap hari menjadi "
          "bahan baku industri.",
          "Wali kota mengatakan proyek ini akan menciptakan sekitar lima ratus lapangan kerja baru bagi warga "
          "sekitar tempat pembuangan akhir.",
          "Para aktivis lingkungan menyambut baik rencana itu, tetapi meminta pemerintah juga membatasi "
          "penggunaan kantong plastik sekali pakai."),
    _good("fa", "fa", "tehran-one-million-trees", "تهران طرح کاشت یک میلیون درخت را آغاز کرد",
          "شهرداری تهران روز شنبه طرح کاشت یک میلیون درخت در حاشیه بزرگراه‌ها و پارک‌های جنوب شهر را رسما "
          "آغاز کرد.",
          "به گفته مسئولان، این طرح در سه سال اجرا می‌شود و بیشتر نهال‌ها از گونه‌های مقاوم به کم‌آبی انتخاب "
          "شده‌اند.",
          "کارشناسان محیط زیست می‌گویند افزایش فضای سبز می‌تواند در کاهش آلودگی هوا و دمای تابستان نقش مهمی "
          "داشته باشد.",
          "شهروندان نیز می‌توانند با ثبت‌نام در سامانه شهرداری، در روزهای تعطیل در کاشت درختان مشارکت کنند."),
    _good("da", "da", "aarhus-forlaenger-letbanen", "Aarhus forlænger letbanen til Hasselager",
          "Aarhus Byråd vedtog onsdag aften at forlænge letbanen mod syd til Hasselager, så flere tusinde "
          "pendlere får en hurtigere vej til midtbyen.",
          "Den nye strækning bliver omkring ti kilometer lang med otte stationer, og anlægsarbejdet ventes at "
          "begynde om to år.",
          "Projektet koster efter de seneste beregninger godt to milliarder kroner, som deles mellem staten, "
          "regionen og kommunen.",
          "Beboere langs ruten har rejst bekymring for støj, og kommunen har lovet en grundig miljøvurdering, "
          "før linjeføringen ligger fast."),
    _good("cs", "cs", "brno-otevre-plaveckou-halu", "Brno otevře novou plaveckou halu v Lesné",
          "Město Brno v pondělí oznámilo, že nová plavecká hala na sídlišti Lesná bude otevřena pro veřejnost na "
          "začátku příštího roku.",
          "Hala nabídne padesátimetrový bazén, výukový bazén pro děti a saunový svět, stavba přišla na zhruba "
          "šest set milionů korun.",
          "Podle primátorky se tím výrazně zlepší podmínky pro školní výuku plavání, na kterou dosud děti "
          "dojížděly přes celé město.",
          "Plavecké oddíly už projevily zájem o pravidelné tréninky a město připravuje rezervační systém, aby se "
          "dostalo i na veřejnost."),
    _good("ro", "ro", "cluj-extinde-reteaua-de-tramvai", "Clujul extinde rețeaua de tramvai spre Florești",
          "Consiliul Local Cluj-Napoca a aprobat joi extinderea liniei de tramvai până în comuna Florești, un "
          "proiect așteptat de mii de navetiști.",
          "Noul traseu va avea aproximativ nouă kilometri și unsprezece stații, iar lucrările ar urma să înceapă "
          "în primăvara anului viitor.",
          "Primarul a declarat că proiectul va fi finanțat în mare parte din fonduri europene nerambursabile, "
          "completate de bugetul local.",
          "Locuitorii din Florești se plâng de ani de zile de ambuteiajele de pe drumul național și au salutat "
          "decizia consilierilor."),
)}

# --- the case table ------------------------------------------------------------------------

Kind = Literal["feed", "sitemap", "page", "article"]
Via = Literal["feed", "sitemap", "listing"]


@dataclass(frozen=True)
class Case:
    """One hostile input and what must hold after the crawl.

    ``kind`` feed/sitemap/page: ``path`` is listed directly in the sources file (source ``name``).
    ``kind`` article: ``path`` is linked from ``/via/<name>.rss|.xml|.html`` (per ``via``).
    ``evidence``: any one of these must be found; ``log:<regex>`` or ``stat:<key>`` (present in
    the final stats dump) or ``emitted`` (the case's ``emits`` articles came out).
    """

    name: str
    kind: Kind
    path: str
    about: str
    emits: tuple[str, ...] = ()
    never: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    via: Via = "feed"

    @property
    def entry(self) -> str:
        """The URL path the sources file lists for this case."""
        if self.kind != "article":
            return self.path
        return f"/via/{self.name}." + {"feed": "rss", "sitemap": "xml", "listing": "html"}[self.via]


def _article(name: str, about: str, *evidence: str, via: Via = "feed", path: str | None = None,
             emits: tuple[str, ...] = (), never: tuple[str, ...] = ()) -> Case:
    path = path or f"/hostile/{name.replace('_', '-')}-story.html"
    return Case(name, "article", path, about, emits, never, evidence, via)


FEED_REJECTED = r"log:feed {url} failed \(source [^)]*\): "
SITEMAP_REJECTED = r"log:sitemap {url} failed \(source [^)]*\): "
REQUEST_FAILED = r"log:\w+ {url} failed \(source [^)]*\): "
SKIPPED = r"log:skipped: {url} "
TOO_MANY_REDIRECTS = REQUEST_FAILED + r"too many redirects \(\d+\), the last to \S*"  # the last address follows
NOT_ARTICLE = r"log:not an article \(\w+\): {url}"
PRIVATE = "/private/2025/secret-story-behind-robots.html"

CASES: tuple[Case, ...] = (
    # feeds
    Case("feed_billion_laughs", "feed", "/feeds/billion-laughs.rss", "nested entities (billion laughs) in a feed",
         evidence=(FEED_REJECTED,)),
    Case("feed_xxe_file", "feed", "/feeds/xxe-file.rss", "external entity -> file:///etc/passwd in a feed",
         evidence=(FEED_REJECTED,)),
    Case("feed_xxe_canary", "feed", "/feeds/xxe-canary.rss", "external + parameter entity -> canary port in a feed",
         evidence=(FEED_REJECTED,)),
    Case("feed_external_dtd", "feed", "/feeds/external-dtd.rss",
         "DOCTYPE with an external DTD on the canary port, no entities (RSS 0.91 style): parse, never fetch",
         emits=("da",), evidence=("emitted",)),
    Case("feed_empty_body", "feed", "/feeds/empty.rss", "200 with an empty body", evidence=(FEED_REJECTED,)),
    Case("feed_no_items", "feed", "/feeds/no-items.rss", "valid channel without a single item",
         evidence=(FEED_REJECTED,)),
    Case("feed_relative_links", "feed", "/feeds/relative/latest.rss", "relative and root-relative item links",
         emits=("fr",), evidence=("emitted",)),
    Case("feed_is_html", "feed", "/feeds/actually-html.rss", "a feed URL that serves an HTML home page",
         evidence=(FEED_REJECTED,)),
    Case("feed_redirect_loop", "feed", "/feeds/loop-a.rss", "a feed URL that redirects to another and back "
         "(the duplicate filter drops the second visit: without an error the source silently found nothing)",
         evidence=(FEED_REJECTED + "redirect loop",)),
    Case("feed_gzip_bomb", "feed", "/feeds/gzip-bomb.rss", "Content-Encoding: gzip feed inflating to 1 GiB",
         evidence=(r"log:Ignored response <200 {url}>.*exceeded DOWNLOAD_MAXSIZE",)),
    Case("feed_oversized", "feed", "/feeds/oversized.rss", "12 MB feed (gzip transfer), over NEWSSPIDER_FEED_MAX_BYTES",
         evidence=(FEED_REJECTED, REQUEST_FAILED)),
    Case("feed_dangerous_schemes", "feed", "/feeds/dangerous-schemes.rss",
         "item links with file:, ftp: (canary), javascript:, data: and gopher: schemes",
         evidence=("stat:newsspider/source/{name}/feed_links", FEED_REJECTED)),
    Case("feed_gzip_transfer", "feed", "/feeds/gzip-transfer.rss",
         "a legitimate Content-Encoding: gzip feed (the bombs must not break real compression)",
         emits=("fa",), evidence=("emitted",)),
    # sitemaps
    Case("sitemap_billion_laughs", "sitemap", "/sitemaps/billion-laughs.xml", "billion laughs in a sitemap",
         evidence=(SITEMAP_REJECTED,)),
    Case("sitemap_xxe_file", "sitemap", "/sitemaps/xxe-file.xml", "external entity -> file:///etc/passwd in <loc>",
         evidence=(SITEMAP_REJECTED,)),
    Case("sitemap_xxe_canary", "sitemap", "/sitemaps/xxe-canary.xml", "external + parameter entity -> canary port",
         evidence=(SITEMAP_REJECTED,)),
    Case("sitemap_external_dtd", "sitemap", "/sitemaps/external-dtd.xml",
         "DOCTYPE PUBLIC with a DTD on the canary port, no entities: parse, never fetch",
         emits=("cs",), evidence=("emitted",)),
    Case("sitemap_gzip_bomb", "sitemap", "/sitemaps/news-bomb.xml.gz", ".xml.gz whose urlset inflates to 1 GiB",
         evidence=(SITEMAP_REJECTED,)),
    Case("sitemap_index_self", "sitemap", "/sitemaps/self-index.xml", "sitemap index that lists itself",
         emits=("nl",), evidence=("emitted",)),
    Case("sitemap_index_chain", "sitemap", "/sitemaps/chain/0.xml", "endless chain of generated sitemap indexes",
         never=("/sitemaps/chain/10.xml",), evidence=(r"log:sitemap index nested deeper than \d+",)),
    Case("sitemap_truncated", "sitemap", "/sitemaps/truncated.xml", "urlset cut off mid-element, then garbage",
         emits=("es",), evidence=("emitted",)),
    Case("sitemap_garbage_dates", "sitemap", "/sitemaps/garbage-dates.xml",
         "news:publication_date and lastmod values that are not dates", emits=("de",), evidence=("emitted",)),
    Case("sitemap_dangerous_schemes", "sitemap", "/sitemaps/dangerous-schemes.xml",
         "<loc> with file:, ftp: (canary) and javascript: URLs",
         evidence=("stat:newsspider/source/{name}/sitemap_links", SITEMAP_REJECTED)),
    Case("sitemap_is_html", "sitemap", "/sitemaps/actually-html.xml", "a sitemap URL that serves an HTML page",
         evidence=(SITEMAP_REJECTED,)),
    # listing pages
    Case("robots_disallowed", "page", "/section/robots/", "listing links into a robots.txt-disallowed section",
         emits=("hi",), never=(PRIVATE,),
         evidence=(rf"log:skipped: \S*{re.escape(PRIVATE)} \(Forbidden by robots\.txt\)",)),
    Case("endless_pagination", "page", "/section/endless/",
         "listing whose every page links to a next page and one article",
         emits=("ru",), never=("/section/endless/?page=", "/section/endless/page/", "/news/endless/"),
         evidence=("emitted",)),
    Case("tracking_params", "page", "/section/tracking/",
         "one article linked under utm_*, fbclid, gclid and #fragment variants (and from the good feed)",
         emits=("en",), evidence=("emitted",)),
    Case("listing_binary", "page", "/section/binary/", "a listing page that is random bytes labelled text/html",
         evidence=("stat:newsspider/source/{name}/listing_links", r"log:listing {url} failed")),
    # article pages
    _article("malformed_html", "unclosed tags, stray markup and an unterminated comment around a good article",
             "emitted", via="listing", path=GOOD["pl"].path, emits=("pl",)),
    _article("garbage_html", "markup soup with no text at all", NOT_ARTICLE),
    _article("gzip_bomb_page", "Content-Encoding: gzip page inflating to 1 GiB",
             r"log:Ignored response <200 {url}>.*exceeded DOWNLOAD_MAXSIZE", REQUEST_FAILED),
    _article("deflate_bomb_page", "Content-Encoding: deflate page inflating to 64 MiB",
             r"log:Ignored response <200 {url}>.*exceeded DOWNLOAD_MAXSIZE", REQUEST_FAILED),
    _article("brotli_bomb_page", "Content-Encoding: br page inflating to 64 MiB",
             r"log:Ignored response <200 {url}>.*exceeded DOWNLOAD_MAXSIZE", REQUEST_FAILED, via="sitemap"),
    _article("huge_page", "50 MB page with a Content-Length header, streamed",
             r"log:article {url} failed \(source [^)]*\): DownloadCancelledError: Expected to receive \d+ bytes "
             r"which is larger",
             REQUEST_FAILED, via="listing"),
    _article("huge_page_unannounced", "50 MB page without Content-Length (read until close)",
             r"log:Received \d+ bytes which is larger than download max size \(\d+\) in request <GET {url}>",
             REQUEST_FAILED),
    _article("binary_as_html", "random bytes labelled text/html; charset=utf-8", NOT_ARTICLE, via="sitemap"),
    _article("charset_1256_mislabelled", "windows-1256 Arabic served as charset=utf-8 (meta says windows-1256)",
             "emitted", path=GOOD["ar"].path, emits=("ar",)),
    _article("charset_1256_meta_only", "windows-1256 Arabic, no HTTP charset, <meta charset=windows-1256>",
             "emitted", path=GOOD["ar2"].path, emits=("ar2",), via="listing"),
    _article("charset_cp1251_none", "cp1251 Ukrainian with no charset anywhere", "emitted",
             path=GOOD["uk"].path, emits=("uk",)),
    _article("charset_shift_jis_meta", "Shift_JIS Japanese with only <meta charset=Shift_JIS>", "emitted",
             path=GOOD["ja"].path, emits=("ja",), via="sitemap"),
    _article("redirect_loop", "302 ping-pong between two URLs", "stat:dupefilter/filtered",
             path="/redirect/loop-a-story.html"),
    _article("redirect_endless", "302 to a new URL every time",
             TOO_MANY_REDIRECTS + r"/redirect/endless/\d+/endless-redirect-story\.html",
             path="/redirect/endless/0/endless-redirect-story.html",
             never=("/redirect/endless/12/",)),
    _article("redirect_to_file", "302 to file:///etc/passwd (must not be followed)", SKIPPED, REQUEST_FAILED),
    _article("redirect_to_ftp_canary", "302 to ftp://127.0.0.1:<canary>/ (must not be followed)", SKIPPED,
             REQUEST_FAILED),
    _article("redirect_to_article", "301 from an old URL to a good article", "emitted", emits=("tr",)),
    _article("redirect_to_own_feed", "302 from an article link to the feed that lists it (a removed story sent "
             "back to the feed): dropped as a duplicate request with no line above DEBUG",
             r"log:skipped: {url} \(redirects to \S*/via/redirect_to_own_feed\.rss, which this run requested already\)",
             path="/hostile/back-to-feed-story.html"),
    _article("meta_refresh_endless", "<meta http-equiv=refresh> to a new URL every time",
             TOO_MANY_REDIRECTS + r"/refresh/\d+/meta-refresh-story\.html",
             path="/refresh/0/meta-refresh-story.html",
             never=("/refresh/12/",), via="listing"),
    _article("http_404", "404 Not Found", SKIPPED, REQUEST_FAILED),
    _article("http_500", "500 on every try", SKIPPED, REQUEST_FAILED, r"log:Gave up retrying <GET {url}>"),
    _article("http_503_retry_after", "503 with Retry-After: 86400 (must not stall the crawl)",
             SKIPPED, REQUEST_FAILED, r"log:Gave up retrying <GET {url}>", via="sitemap"),
    _article("flaky_503_once", "503 + Retry-After: 1 on the first request, the article on the retry",
             "emitted", path=GOOD["el"].path, emits=("el",)),
    _article("slow_drip", "one byte every 0.5 s, past DOWNLOAD_TIMEOUT", REQUEST_FAILED),
    _article("connection_reset", "headers and half the body, then TCP RST", REQUEST_FAILED, via="listing"),
    _article("short_body", "Content-Length twice the bytes sent, then close", REQUEST_FAILED),
    _article("not_http", "garbage bytes instead of an HTTP response (its reason was the repr of a list of "
             "Twisted failures: '[<twisted.python.failure.Failure twisted.web._newclient.ParseError: ...>]')",
             r"log:article {url} failed \(source [^)]*\): DownloadFailedError: the server's answer could not be read: "
             r"ParseError: \('wrong number of parts', b'SSH-2\.0-OpenSSH_9\.6'\)\n"),
    _article("empty_200", "200 text/html with an empty body", NOT_ARTICLE, "stat:newsspider/not_article/empty_page"),
    _article("jsonld_only", "client-rendered page: the text exists only in JSON-LD", "emitted",
             path=GOOD["ko"].path, emits=("ko",), via="sitemap"),
    _article("canonical_elsewhere", "a copy of another good article whose rel=canonical points at the original",
             "emitted", path="/mirror/bologna-tram-copy-story.html", emits=("it",)),
    _article("html_entity_xxe", "article page whose DOCTYPE declares XXE + billion-laughs entities",
             "emitted", path=GOOD["sv"].path, emits=("sv",)),
    _article("control_chars", "NUL and other control characters between the elements of a good article",
             "emitted", path=GOOD["id"].path, emits=("id",), via="listing"),
    _article("deep_nesting", "20 000 nested <div>s around a short text", NOT_ARTICLE),
    _article("tag_page", "a tag page: og:type=website, teasers (linked headline, date, one-paragraph blurb)",
             NOT_ARTICLE, "stat:newsspider/not_article/index_page", via="sitemap", path="/tag/tram/"),
    _article("undeclared_article", "an article that declares nothing (og:type=website, no date, no JSON-LD) "
             "between blocks of linked headlines to other stories", "emitted", "stat:newsspider/page_type/undeclared",
             via="sitemap", path=GOOD["ro"].path, emits=("ro",)),
)

# Good articles reached only through the "good" source (not through a case).
GOOD_SOURCE_ARTICLES = ("pt", "it", "zh", "en")


# --- the site ------------------------------------------------------------------------------


def published_time(now: datetime | None = None) -> str:
    """A few hours ago, so that no age limit ever drops a good article."""
    return ((now or datetime.now(timezone.utc)) - timedelta(hours=3)).replace(microsecond=0).isoformat()


def article_html(article: GoodArticle, base: str, published: str, *, charset: str | None = "utf-8",
                 canonical: str | None = "self", head_extra: str = "", doctype: str = "<!doctype html>") -> str:
    """A realistic news page: chrome around an ``<article>`` with the four paragraphs."""
    canonical_url = base + article.path if canonical == "self" else canonical
    paragraphs = "\n".join(f"<p>{text}</p>" for text in article.paragraphs)
    return f"""{doctype}
<html lang="{article.language}"><head>
{f'<meta charset="{charset}">' if charset else ''}
<title>{article.title} | Example Media</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{article.title}">
<meta property="article:published_time" content="{published}">
{f'<link rel="canonical" href="{canonical_url}">' if canonical_url else ''}
{head_extra}
</head><body>
<header><a href="/">Example Media</a>
<nav><a href="/section/world/">World</a> <a href="/section/city/">City</a></nav></header>
<main><article>
<h1>{article.title}</h1>
<p class="byline">Staff reporter</p>
{paragraphs}
</article></main>
<aside><h2>Most read</h2><ul><li><a href="/section/city/">City news</a></li></ul></aside>
<footer>&copy; Example Media. All rights reserved.</footer>
</body></html>"""


def _html(text: str, charset: str = "utf-8") -> Responder:
    return send(text.encode(charset), f"text/html; charset={charset}")


def _rss(base: str, links: list[str], *, doctype: str = "", title: str = "Latest news") -> bytes:
    items = "".join(f"<item><title>Story {n}</title><link>{link}</link><guid>{link}</guid></item>"
                    for n, link in enumerate(links))
    return (f'<?xml version="1.0" encoding="utf-8"?>\n{doctype}<rss version="2.0"><channel><title>{title}</title>'
            f"<link>{base}/</link><description>News</description>{items}</channel></rss>").encode()


def _urlset(links: list[str], *, doctype: str = "", dates: list[str] | None = None) -> bytes:
    entries = "".join(
        f"<url><loc>{link}</loc><news:news><news:publication><news:name>Example</news:name>"
        f"<news:language>en</news:language></news:publication>"
        f"<news:publication_date>{(dates or [''] * len(links))[n]}</news:publication_date>"
        f"<news:title>Story {n}</news:title></news:news></url>"
        for n, link in enumerate(links))
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n{doctype}'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{entries}</urlset>').encode()


def _sitemap_index(links: list[str]) -> bytes:
    entries = "".join(f"<sitemap><loc>{link}</loc></sitemap>" for link in links)
    return ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{entries}</sitemapindex>").encode()


def _listing(links: list[str], title: str = "Latest") -> bytes:
    anchors = "\n".join(f'<li><a href="{link}">Read the story</a></li>' for link in links)
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<h1>{title}</h1><ul>{anchors}</ul></body></html>").encode()


def _laughs(root: str, use: str) -> str:
    """A billion-laughs DOCTYPE (10 levels of 10x expansion); ``use`` shows where &lol9; goes."""
    levels = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">' for n in range(1, 10)]
    return f'<!DOCTYPE {root} [\n{chr(10).join(levels)}\n]>\n' + use


LAUGHS_PAYLOAD = "lollollol"      # what an expanded billion-laughs entity would put in a record
PASSWD_PAYLOAD = "root:x:0:0"     # what file:///etc/passwd would put in a record


def _binary(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


def _numbered(pattern: str, respond: Callable[[int], Responder]) -> Responder:
    """Route whose responder depends on the number N in the path (``pattern`` captures it)."""
    def responder(handler: HostileHandler) -> None:
        match = re.search(pattern, handler.path)
        respond(int(match.group(1)) if match else 0)(handler)
    return responder


@dataclass
class Site:
    routes: dict[str, Responder]
    prefixes: dict[str, Responder]
    sources_toml: str


def build_site(base: str, canary_port: int, now: datetime | None = None) -> Site:
    """Every route of the hostile site and the sources file listing every case (plus ``good``)."""
    published = published_time(now)
    canary = f"http://127.0.0.1:{canary_port}"
    page = {key: article_html(a, base, published) for key, a in GOOD.items()}
    page["en"] = article_html(GOOD["en"], base, published, canonical=None)  # only URL canonicalization dedups it
    routes: dict[str, Responder] = {path: _html(html) for path, html in
                                    ((GOOD[key].path, html) for key, html in page.items())}
    prefixes: dict[str, Responder] = {}
    url = {key: base + a.path for key, a in GOOD.items()}
    decoy = base + "/hostile/decoy-story-from-a-rejected-document.html"

    routes["/robots.txt"] = send(b"User-agent: *\nDisallow: /private/\n", "text/plain")
    routes[PRIVATE] = _html(page["hi"].replace(GOOD["hi"].title, "Secret"))

    # the good source: a feed, a plain sitemap and a gzip sitemap
    routes["/feeds/good.rss"] = send(_rss(base, [url["pt"], url["en"] + "?utm_source=rss&utm_medium=feed"]),
                                     "application/rss+xml")
    routes["/sitemaps/good.xml"] = send(_urlset([url["it"]], dates=[published]), "application/xml")
    routes["/sitemaps/good-news.xml.gz"] = send(gzip.compress(_urlset([url["zh"]], dates=[published]), mtime=0),
                                                "application/x-gzip")

    # feeds
    lol_item = "<item><title>&lol9;</title><link>{}</link><description>&lol9;</description></item>".format(decoy)
    routes["/feeds/billion-laughs.rss"] = send(
        ('<?xml version="1.0"?>\n' + _laughs("rss", f'<rss version="2.0"><channel><title>&lol9;</title>{lol_item}'
                                                    "</channel></rss>")).encode(), "application/rss+xml")
    xxe_item = f"<item><title>&xxe;</title><link>{decoy}</link><description>&xxe;</description></item>"
    routes["/feeds/xxe-file.rss"] = send(
        ('<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
         f'<rss version="2.0"><channel><title>&xxe;</title>{xxe_item}</channel></rss>').encode(), "application/rss+xml")
    routes["/feeds/xxe-canary.rss"] = send(
        ('<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "' + canary + '/feed-entity">'
         f'<!ENTITY % remote SYSTEM "{canary}/feed-parameter-entity"> %remote;]>\n'
         f'<rss version="2.0"><channel><title>&xxe;</title>{xxe_item}</channel></rss>').encode(), "application/rss+xml")
    routes["/feeds/external-dtd.rss"] = send(
        _rss(base, [url["da"]], doctype=f'<!DOCTYPE rss SYSTEM "{canary}/rss-0.91.dtd">\n'), "application/rss+xml")
    routes["/feeds/empty.rss"] = send(b"", "application/rss+xml")
    routes["/feeds/no-items.rss"] = send(_rss(base, []), "application/rss+xml")
    routes["/feeds/relative/latest.rss"] = send(
        _rss(base, [f"../../news/fr/{GOOD['fr'].slug}.html", f"/news/fr/{GOOD['fr'].slug}.html?utm_source=rss",
                    f"{GOOD['fr'].slug}.html#not-absolute-at-all"]), "application/rss+xml")
    routes[f"/feeds/relative/{GOOD['fr'].slug}.html"] = send(b"not here", "text/plain", status=404)
    routes["/feeds/actually-html.rss"] = send(_listing([url["pt"]], "Home page, not a feed"),
                                              "text/html; charset=utf-8")
    routes["/feeds/gzip-bomb.rss"] = gzip_bomb("application/rss+xml",
                                               prefix=b'<?xml version="1.0"?><rss version="2.0"><channel>')
    # sent compressed (as real servers do) so that the download itself is instant, even on a busy machine
    routes["/feeds/oversized.rss"] = gzip_encoded(
        _rss(base, [decoy]).replace(b"<channel>", b"<channel><!--" + b" " * (12 << 20) + b"-->"),
        "application/rss+xml")
    dangerous = ["file:///etc/passwd", f"ftp://127.0.0.1:{canary_port}/feed-ftp", "javascript:alert(1)",
                 "data:text/html,<p>x</p>", f"gopher://127.0.0.1:{canary_port}/_feed"]
    routes["/feeds/dangerous-schemes.rss"] = send(_rss(base, dangerous), "application/rss+xml")
    routes["/feeds/gzip-transfer.rss"] = gzip_encoded(_rss(base, [url["fa"]]), "application/rss+xml")

    # sitemaps
    routes["/sitemaps/billion-laughs.xml"] = send(
        ('<?xml version="1.0"?>\n' + _laughs("urlset", '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                                                       f"<url><loc>{decoy}?&lol9;</loc></url></urlset>")).encode(),
        "application/xml")
    routes["/sitemaps/xxe-file.xml"] = send(
        ('<?xml version="1.0"?>\n<!DOCTYPE urlset [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
         '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>' + base + '/hostile/&xxe;</loc></url>'
         "</urlset>").encode(), "application/xml")
    routes["/sitemaps/xxe-canary.xml"] = send(
        ('<?xml version="1.0"?>\n<!DOCTYPE urlset [<!ENTITY xxe SYSTEM "' + canary + '/sitemap-entity">'
         f'<!ENTITY % remote SYSTEM "{canary}/sitemap-parameter-entity"> %remote;]>\n'
         '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>' + base + '/hostile/&xxe;</loc></url>'
         "</urlset>").encode(), "application/xml")
    routes["/sitemaps/external-dtd.xml"] = send(
        _urlset([url["cs"]], doctype=f'<!DOCTYPE urlset PUBLIC "-//Example//DTD Sitemap//EN" "{canary}/sitemap.dtd">\n',
                dates=[published]), "application/xml")
    routes["/sitemaps/news-bomb.xml.gz"] = gzip_bomb(
        "application/x-gzip", content_encoding=False,
        prefix=b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    routes["/sitemaps/self-index.xml"] = send(_sitemap_index([base + "/sitemaps/self-index.xml",
                                                              base + "/sitemaps/nl.xml"]), "application/xml")
    routes["/sitemaps/nl.xml"] = send(_urlset([url["nl"]], dates=[published]), "application/xml")
    prefixes["/sitemaps/chain/"] = _numbered(r"/chain/(\d+)\.xml", lambda n: send(
        _sitemap_index([f"{base}/sitemaps/chain/{n + 1}.xml"]), "application/xml"))
    truncated = _urlset([url["es"], base + "/hostile/after-the-damage-story.html"], dates=[published, published])
    routes["/sitemaps/truncated.xml"] = send(truncated[: truncated.index(b"after-the-damage")] + b"\x00\xff<<</ur",
                                             "application/xml")
    routes["/sitemaps/garbage-dates.xml"] = send(
        _urlset([url["de"], url["de"] + "?utm_campaign=x", url["de"] + "?fbclid=abc"],
                dates=["2024-13-45T25:61:99+99:99", "yesterday, probably", "99999999999999999999-01-01"])
        .replace(b"</news:news>", b"</news:news><lastmod>0000-00-00</lastmod>", 1), "application/xml")
    routes["/sitemaps/dangerous-schemes.xml"] = send(_urlset(dangerous[:3]), "application/xml")
    routes["/sitemaps/actually-html.xml"] = send(_listing([url["pt"]], "Not a sitemap"), "text/html; charset=utf-8")

    # listing pages
    routes["/section/robots/"] = send(_listing([base + PRIVATE, url["hi"]]), "text/html; charset=utf-8")

    def endless(n: int) -> Responder:
        story = url["ru"] if n <= 1 else f"{base}/news/endless/page-{n}-story-of-the-day.html"
        page_links = [story, f"/section/endless/?page={n + 1}", f"/section/endless/page/{n + 1}/"]
        body = _listing(page_links, f"Latest, page {n}").replace(
            b"</head>", f'<link rel="next" href="/section/endless/?page={n + 1}"></head>'.encode())
        return send(body, "text/html; charset=utf-8")
    prefixes["/section/endless/"] = _numbered(r"(?:page[=/])(\d+)", lambda n: endless(max(n, 1)))
    routes["/section/tracking/"] = send(_listing([
        url["en"] + "?utm_source=twitter&utm_medium=social", url["en"] + "?fbclid=IwAR0abc",
        url["en"] + "?gclid=xyz&utm_campaign=spring", url["en"] + "#comments", url["en"]]), "text/html; charset=utf-8")
    routes["/section/binary/"] = send(_binary(64 << 10, seed=2), "text/html; charset=utf-8")

    # article pages of the cases (good ones keep their GOOD path)
    cp1256 = article_html(GOOD["ar"], base, published, charset="windows-1256")
    routes[GOOD["ar"].path] = send(cp1256.encode("cp1256"), "text/html; charset=utf-8")
    routes[GOOD["ar2"].path] = send(article_html(GOOD["ar2"], base, published, charset="windows-1256")
                                    .encode("cp1256"), "text/html")
    routes[GOOD["uk"].path] = send(article_html(GOOD["uk"], base, published, charset=None).encode("cp1251"), None)
    routes[GOOD["ja"].path] = send(article_html(GOOD["ja"], base, published, charset="Shift_JIS")
                                   .encode("shift_jis"), "text/html")
    routes[GOOD["pl"].path] = _html(_malformed(page["pl"]))
    routes[GOOD["el"].path] = sequence(send(b"busy", "text/plain", status=503, headers={"Retry-After": "1"}),
                                       _html(page["el"]))
    routes[GOOD["ko"].path] = _html(_jsonld_only(GOOD["ko"], base, published))
    routes[GOOD["sv"].path] = _html(article_html(GOOD["sv"], base, published, doctype=(
        '<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
        f'<!ENTITY canary SYSTEM "{canary}/html-entity"><!ENTITY lol "lol">'
        '<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'),
        head_extra='<meta name="description" content="&xxe;&canary;&lol1;">')
        .replace("<p class=\"byline\">Staff reporter</p>", "<p class=\"byline\">Staff reporter &xxe;&canary;</p>"))
    routes[GOOD["id"].path] = _html(page["id"].replace("</p>\n<p>", "</p>\x00\x01\x07\x1b\n<p>")
                                    .replace("<main>", "<main>\x00\x0b\x0c"))
    routes["/mirror/bologna-tram-copy-story.html"] = _html(
        article_html(GOOD["it"], base, published, canonical=url["it"]))
    routes["/hostile/redirect-to-article-story.html"] = redirect(url["tr"], status=301)
    routes["/hostile/back-to-feed-story.html"] = redirect("/via/redirect_to_own_feed.rss")

    hostile = {case.name: case for case in CASES}
    routes[hostile["garbage_html"].path] = _html(_garbage())
    routes[hostile["gzip_bomb_page"].path] = gzip_bomb("text/html; charset=utf-8")
    routes[hostile["deflate_bomb_page"].path] = encoded_bomb("deflate", "text/html; charset=utf-8")
    routes[hostile["brotli_bomb_page"].path] = encoded_bomb("br", "text/html; charset=utf-8")
    routes[hostile["huge_page"].path] = stream(50 << 20, "text/html; charset=utf-8")
    routes[hostile["huge_page_unannounced"].path] = stream(50 << 20, "text/html; charset=utf-8", with_length=False)
    routes[hostile["binary_as_html"].path] = send(_binary(256 << 10, seed=1), "text/html; charset=utf-8")
    routes["/feeds/loop-a.rss"] = redirect("/feeds/loop-b.rss")
    routes["/feeds/loop-b.rss"] = redirect("/feeds/loop-a.rss")
    routes["/redirect/loop-a-story.html"] = redirect("/redirect/loop-b-story.html")
    routes["/redirect/loop-b-story.html"] = redirect("/redirect/loop-a-story.html")
    prefixes["/redirect/endless/"] = _numbered(r"/endless/(\d+)/", lambda n: redirect(
        f"/redirect/endless/{n + 1}/endless-redirect-story.html"))
    routes[hostile["redirect_to_file"].path] = redirect("file:///etc/passwd")
    routes[hostile["redirect_to_ftp_canary"].path] = redirect(f"ftp://127.0.0.1:{canary_port}/redirected")
    prefixes["/refresh/"] = _numbered(r"/refresh/(\d+)/", lambda n: _html(
        f'<html><head><meta http-equiv="refresh" content="0; url=/refresh/{n + 1}/meta-refresh-story.html">'
        "</head><body>Redirecting…</body></html>"))
    routes[hostile["http_404"].path] = send(b"<h1>Not found</h1>", "text/html", status=404)
    routes[hostile["http_500"].path] = send(b"<h1>Internal error</h1>", "text/html", status=500)
    routes[hostile["http_503_retry_after"].path] = send(b"<h1>Maintenance</h1>", "text/html", status=503,
                                                         headers={"Retry-After": "86400"})
    routes[hostile["slow_drip"].path] = drip("text/html; charset=utf-8")
    routes[hostile["connection_reset"].path] = reset_mid_body(page["en"].encode() * 20, "text/html; charset=utf-8")
    routes[hostile["short_body"].path] = short_body(page["en"].encode(), "text/html; charset=utf-8")
    routes[hostile["not_http"].path] = send_raw(b"SSH-2.0-OpenSSH_9.6\r\n" + _binary(2048, seed=3))
    routes[hostile["empty_200"].path] = send(b"", "text/html; charset=utf-8")
    routes[hostile["tag_page"].path] = _html(_tag_page(base))
    routes[GOOD["ro"].path] = _html(_undeclared(GOOD["ro"], base))
    routes[hostile["deep_nesting"].path] = _html(
        "<html><body>" + "<div>" * 20000 + "<p>Deep inside.</p>" + "</div>" * 20000 + "</body></html>")

    # the discovery documents of article cases, and the sources file
    for case in CASES:
        if case.kind != "article":
            continue
        link = base + case.path
        if case.via == "feed":
            routes[case.entry] = send(_rss(base, [link]), "application/rss+xml")
        elif case.via == "sitemap":
            routes[case.entry] = send(_urlset([link], dates=[published]), "application/xml")
        else:
            routes[case.entry] = send(_listing([link]), "text/html; charset=utf-8")
    return Site(routes, prefixes, sources_toml(base))


def sources_toml(base: str) -> str:
    """One ``[[source]]`` per case (named after it, so per-source stats name the case) plus ``good``."""
    tables = ['[[source]]\nname = "good"\n'
              f'feeds = ["{base}/feeds/good.rss"]\n'
              f'sitemaps = ["{base}/sitemaps/good.xml", "{base}/sitemaps/good-news.xml.gz"]\n']
    for case in CASES:
        key = {"feed": "feeds", "sitemap": "sitemaps", "page": "pages"}.get(
            case.kind, {"feed": "feeds", "sitemap": "sitemaps", "listing": "pages"}[case.via])
        tables.append(f'[[source]]\nname = "{case.name}"\n{key} = ["{base}{case.entry}"]\n')
    return "\n".join(tables)


def _malformed(html: str) -> str:
    """Break a good page the way real CMS templates do, without touching the paragraph text."""
    html = html.replace("</p>", "", 3)                       # unclosed paragraphs
    html = html.replace("<h1>", "<h1><b><i>").replace("</h1>", "</b></h1>")  # misnested inline tags
    html = html.replace("</head>", "<div class=\"ad\"><script>document.write('<p>')</script>")  # body markup in head
    html = html.replace("</article>", "</td></tr></table></article><<<>>> &&& &#xZZZ; <div <span class=>")
    return html.replace("</html>", "<!-- unterminated comment <p>never closed")


def _garbage() -> str:
    rng = random.Random(4)
    pieces = ["<", ">", "</", "<div", "<p", "&", "&#", ";", "<![CDATA[", "]]>", "<!--", "\"", "=", " ", "<script>",
              "</scr", "ipt>", "\u202e", "\ufeff"]
    return "<html><body>" + "".join(rng.choice(pieces) for _ in range(20000))


def _more_stories(title: str, count: int) -> str:
    """A block of linked headlines to other stories, as article pages have around the story."""
    items = "".join(f'<li><h3><a href="/news/more/story-{n}.html">Other story number {n} about the region</a></h3></li>'
                    for n in range(count))
    return f"<section><h2>{title}</h2><ul>{items}</ul></section>"


def _undeclared(article: GoodArticle, base: str) -> str:
    """An article page that says nothing about itself: no article type, no date, no JSON-LD."""
    paragraphs = "".join(f"<p>{text}</p>" for text in article.paragraphs)
    return (f'<!doctype html><html lang="{article.language}"><head><meta charset="utf-8">'
            f'<title>{article.title} | Example Media</title><meta property="og:type" content="website">'
            f'<link rel="canonical" href="{base}{article.path}"></head>'
            '<body><header><a href="/">Example Media</a></header>'
            f"{_more_stories('Cele mai citite', 4)}<main><h1>{article.title}</h1>{paragraphs}</main>"
            f"{_more_stories('Mai multe știri', 5)}<footer>&copy; Example Media</footer></body></html>")


def _tag_page(base: str) -> str:
    """A tag page: every entry a linked headline, a date and a one-paragraph blurb."""
    entries = "".join(
        f'<article class="teaser"><h2><a href="/news/tram/{n}.html">Tram line {n} gets new carriages this year</a></h2>'
        f'<time datetime="2024-05-0{n}T09:00:00+02:00">May {n}, 2024</time>'
        f"<p>The city transport company said on Monday that line {n} will run modern low-floor carriages from "
        f"the autumn, with air conditioning and more room for prams and bicycles.</p></article>"
        for n in range(1, 8))
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tag: tram | Example Media</title>'
            f'<meta property="og:type" content="website"><link rel="canonical" href="{base}/tag/tram/"></head>'
            f'<body><header><a href="/">Example Media</a></header><main><h1>Tag: tram</h1>{entries}</main>'
            "<footer>&copy; Example Media</footer></body></html>")


def _jsonld_only(article: GoodArticle, base: str, published: str) -> str:
    """A client-rendered page: an empty app root, a script, and the article only in JSON-LD."""
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title,
            "datePublished": published, "inLanguage": article.language, "mainEntityOfPage": base + article.path,
            "author": {"@type": "Person", "name": "Staff reporter"},
            "articleBody": "\n\n".join(article.paragraphs)}
    return (f'<!doctype html><html lang="{article.language}"><head><meta charset="utf-8"><title>{article.title}</title>'
            f'<link rel="canonical" href="{base}{article.path}">'
            f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script></head>'
            '<body><div id="app"></div><noscript>JavaScript is required.</noscript>'
            '<script src="/static/app.js" defer></script></body></html>')
