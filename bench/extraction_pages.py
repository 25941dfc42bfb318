"""Build templated multilingual news pages with planted site chrome, for extraction benchmarks.

Real pages with a known body *and* known residue are rare, so we make them: every NTREX story
(../shared/data/ntrex-dev; line i of every ``newstest2019-*.txt`` is the same sentence, the first
sentence of a story is its headline) is rendered once per language file into one of four site
templates with nav, header, sidebar and footer, and with residue PLANTED inside the article body
container, where trafilatura keeps it: ``[ad_1]``/``[ad_2]`` placeholders, other shortcodes, a
tagline, a breadcrumb, a repeated headline, byline/dateline, "source: X", "read also: <title>",
share/follow/subscribe/newsletter/comment prompts and a copyright line. The chrome is in the
site's language, which is not always the article's (an English article on a Ukrainian site).

The manifest gives, per page, the gold body sentences and the planted strings, so a benchmark can
measure both sides: gold sentences kept (nothing real removed) and planted strings leaked.

Pages are written to ``out_dir`` only (keep it outside the repository: they are derived from
CC BY-SA data and regenerated on demand). Output is deterministic for a given seed.

    python -m bench.extraction_pages /tmp/pages --split test
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

from bench.ntrex import NTREX_DIR, VARIANTS, read_stories
SEED = 20240716

VARIANTS_BY_NAME = {variant: lang for variant, lang in VARIANTS.values()}
RTL = {"ar", "ur", "fa"}  # languages written right to left

# Site chrome per language, written for this benchmark (not read from the cleaner's pattern
# files, so the benchmark does not only test the exact phrases the cleaner knows).
CHROME: dict[str, dict[str, object]] = {
    "en": dict(tagline="Always the latest news", home="All news",
               sections=["World", "Politics", "Business", "Europe"], source="Source",
               read_also="Read also", share="Share this article", follow="Follow us on Telegram",
               subscribe="Subscribe now", newsletter="Sign up for our newsletter",
               comments="Leave a comment:", rights="All rights reserved.", by="By",
               published="Published", authors=["Jane Miller", "Tom O'Neill"],
               nav=["Home", "World", "Politics", "Business", "Sport", "Opinion"],
               sidebar="Most read", footer=["About us", "Contact", "Privacy policy"]),
    "uk": dict(tagline="завжди свіжі новини", home="Всі новини",
               sections=["Політика", "Світ", "Економіка", "Суспільство"], source="Джерело",
               read_also="Читайте також", share="Поділитися", follow="Стежте за нами в Telegram",
               subscribe="Підписатися", newsletter="Підпишіться на розсилку",
               comments="залишити коментар:", rights="Всі права захищені.", by="Автор:",
               published="Опубліковано", authors=["Олена Коваль", "Андрій Мельник"],
               nav=["Головна", "Політика", "Світ", "Економіка", "Спорт"],
               sidebar="Найпопулярніше", footer=["Про нас", "Контакти", "Реклама"]),
    "ar": dict(tagline="آخر الأخبار", home="الرئيسية",
               sections=["عربي ودولي", "سياسة", "اقتصاد", "العالم"], source="المصدر",
               read_also="اقرأ أيضاً", share="شارك الخبر", follow="تابعونا على تيليجرام",
               subscribe="اشترك الآن", newsletter="اشترك في النشرة البريدية",
               comments="أضف تعليقاً", rights="جميع الحقوق محفوظة", by="بقلم",
               published="نشر في", authors=["محمد الأحمد", "سارة خليل"],
               nav=["الرئيسية", "سياسة", "اقتصاد", "رياضة", "منوعات"],
               sidebar="الأكثر قراءة", footer=["من نحن", "اتصل بنا", "سياسة الخصوصية"]),
    "ru": dict(tagline="последние новости", home="Главная",
               sections=["Политика", "В мире", "Экономика", "Общество"], source="Источник",
               read_also="Читайте также", share="Поделиться", follow="Подписывайтесь на наш канал",
               subscribe="Подписаться", newsletter="Подпишитесь на рассылку",
               comments="Оставить комментарий", rights="Все права защищены.", by="Автор:",
               published="Опубликовано", authors=["Ирина Смирнова", "Павел Орлов"],
               nav=["Главная", "Политика", "Экономика", "Спорт", "Культура"],
               sidebar="Самое читаемое", footer=["О нас", "Контакты", "Реклама"]),
    "fr": dict(tagline="L'info en continu", home="Accueil",
               sections=["Monde", "Politique", "Économie", "Europe"], source="Source",
               read_also="Lire aussi", share="Partager cet article", follow="Suivez-nous sur X",
               subscribe="Abonnez-vous", newsletter="Inscrivez-vous à notre newsletter",
               comments="Laisser un commentaire", rights="Tous droits réservés.", by="Par",
               published="Publié le", authors=["Claire Dubois", "Marc Lefèvre"],
               nav=["Accueil", "Monde", "Politique", "Économie", "Sport"],
               sidebar="Les plus lus", footer=["Qui sommes-nous", "Contact", "Mentions légales"]),
    "de": dict(tagline="Nachrichten aus aller Welt", home="Startseite",
               sections=["Politik", "Ausland", "Wirtschaft", "Europa"], source="Quelle",
               read_also="Lesen Sie auch", share="Artikel teilen", follow="Folgen Sie uns",
               subscribe="Jetzt abonnieren", newsletter="Newsletter abonnieren",
               comments="Kommentar schreiben", rights="Alle Rechte vorbehalten.", by="Von",
               published="Veröffentlicht am", authors=["Anna Becker", "Lukas Schmidt"],
               nav=["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur"],
               sidebar="Meistgelesen", footer=["Impressum", "Kontakt", "Datenschutz"]),
    "es": dict(tagline="Últimas noticias", home="Portada",
               sections=["Internacional", "Política", "Economía", "Europa"], source="Fuente",
               read_also="Lee también", share="Compartir", follow="Síguenos en Telegram",
               subscribe="Suscríbete", newsletter="Suscríbete a nuestro boletín",
               comments="Deja un comentario", rights="Todos los derechos reservados.", by="Por",
               published="Publicado el", authors=["Lucía Martín", "Javier Ruiz"],
               nav=["Portada", "Internacional", "Economía", "Deportes", "Cultura"],
               sidebar="Lo más leído", footer=["Quiénes somos", "Contacto", "Aviso legal"]),
    "tr": dict(tagline="Son dakika haberleri", home="Ana Sayfa",
               sections=["Dünya", "Politika", "Ekonomi", "Gündem"], source="Kaynak",
               read_also="Bunu da okuyun", share="Haberi paylaş", follow="Bizi takip edin",
               subscribe="Abone ol", newsletter="E-bültene kaydolun",
               comments="Yorum yap", rights="Tüm hakları saklıdır.", by="Yazan:",
               published="Yayınlanma", authors=["Ayşe Yılmaz", "Mehmet Demir"],
               nav=["Ana Sayfa", "Gündem", "Dünya", "Ekonomi", "Spor"],
               sidebar="En çok okunanlar", footer=["Hakkımızda", "İletişim", "Künye"]),
    "hi": dict(tagline="ताज़ा ख़बरें", home="होम",
               sections=["विदेश", "राजनीति", "व्यापार", "दुनिया"], source="स्रोत",
               read_also="यह भी पढ़ें", share="शेयर करें", follow="हमें फॉलो करें",
               subscribe="सब्सक्राइब करें", newsletter="न्यूज़लेटर के लिए साइन अप करें",
               comments="अपनी राय दें", rights="सर्वाधिकार सुरक्षित", by="लेखक:",
               published="प्रकाशित", authors=["राहुल शर्मा", "प्रिया वर्मा"],
               nav=["होम", "देश", "विदेश", "खेल", "मनोरंजन"],
               sidebar="सबसे ज्यादा पढ़ी गई", footer=["हमारे बारे में", "संपर्क", "गोपनीयता नीति"]),
    "ur": dict(tagline="تازہ ترین خبریں", home="ہوم",
               sections=["دنیا", "سیاست", "کاروبار", "پاکستان"], source="ذریعہ",
               read_also="یہ بھی پڑھیں", share="شیئر کریں", follow="ہمیں فالو کریں",
               subscribe="سبسکرائب کریں", newsletter="نیوز لیٹر کے لیے سائن اپ کریں",
               comments="اپنی رائے دیں", rights="جملہ حقوق محفوظ ہیں", by="تحریر:",
               published="شائع", authors=["احمد علی", "فاطمہ خان"],
               nav=["ہوم", "پاکستان", "دنیا", "کھیل", "شوبز"],
               sidebar="سب سے زیادہ پڑھی جانے والی", footer=["ہمارے بارے میں", "رابطہ", "پرائیویسی"]),
    "zh": dict(tagline="即时新闻", home="首页", sections=["国际", "政治", "财经", "欧洲"],
               source="来源", read_also="延伸阅读", share="分享到", follow="关注我们",
               subscribe="立即订阅", newsletter="订阅电子报", comments="发表评论",
               rights="版权所有", by="记者：", published="发布时间",
               authors=["王明", "李华"], nav=["首页", "国际", "财经", "体育", "文化"],
               sidebar="热门新闻", footer=["关于我们", "联系我们", "隐私政策"]),
    # Chrome languages without an NTREX dev text: their chrome lands on pages in the other
    # languages (a site's chrome is often not in the article's language).
    "fa": dict(tagline="آخرین اخبار روز", home="صفحه اصلی",
               sections=["جهان", "سیاست", "اقتصاد", "خاورمیانه"], source="منبع",
               read_also="بیشتر بخوانید", share="اشتراک‌گذاری", follow="ما را در تلگرام دنبال کنید",
               subscribe="عضو شوید", newsletter="در خبرنامه ما عضو شوید",
               comments="نظر خود را بنویسید", rights="تمامی حقوق محفوظ است.", by="نویسنده:",
               published="تاریخ انتشار", authors=["مریم احمدی", "علی رضایی"],
               nav=["صفحه اصلی", "سیاست", "اقتصاد", "ورزش", "فرهنگ"],
               sidebar="پربازدیدترین‌ها", footer=["درباره ما", "تماس با ما", "حریم خصوصی"]),
    "bn": dict(tagline="সর্বশেষ খবর", home="প্রচ্ছদ",
               sections=["আন্তর্জাতিক", "রাজনীতি", "অর্থনীতি", "বিশ্ব"], source="সূত্র",
               read_also="আরও পড়ুন", share="শেয়ার করুন", follow="আমাদের ফলো করুন",
               subscribe="সাবস্ক্রাইব করুন", newsletter="আমাদের নিউজলেটারে সাইন আপ করুন",
               comments="মন্তব্য করুন", rights="সর্বস্বত্ব সংরক্ষিত", by="লেখক:",
               published="প্রকাশিত", authors=["রাকিব হাসান", "নুসরাত জাহান"],
               nav=["প্রচ্ছদ", "বাংলাদেশ", "আন্তর্জাতিক", "খেলা", "বিনোদন"],
               sidebar="সর্বাধিক পঠিত", footer=["আমাদের সম্পর্কে", "যোগাযোগ", "গোপনীয়তা নীতি"]),
    "pl": dict(tagline="Najświeższe wiadomości", home="Strona główna",
               sections=["Świat", "Polityka", "Gospodarka", "Europa"], source="Źródło",
               read_also="Czytaj także", share="Udostępnij", follow="Obserwuj nas na X",
               subscribe="Zasubskrybuj", newsletter="Zapisz się do newslettera",
               comments="Dodaj komentarz", rights="Wszelkie prawa zastrzeżone.", by="Autor:",
               published="Opublikowano", authors=["Anna Nowak", "Piotr Kowalski"],
               nav=["Strona główna", "Kraj", "Świat", "Sport", "Kultura"],
               sidebar="Najczęściej czytane", footer=["O nas", "Kontakt", "Polityka prywatności"]),
    "el": dict(tagline="Ειδήσεις από όλο τον κόσμο", home="Αρχική",
               sections=["Κόσμος", "Πολιτική", "Οικονομία", "Ευρώπη"], source="Πηγή",
               read_also="Διαβάστε επίσης", share="Κοινοποίηση", follow="Ακολουθήστε μας",
               subscribe="Εγγραφείτε", newsletter="Εγγραφείτε στο newsletter μας",
               comments="Αφήστε ένα σχόλιο", rights="Με επιφύλαξη παντός δικαιώματος.", by="Του",
               published="Δημοσιεύθηκε", authors=["Μαρία Παπαδοπούλου", "Γιώργος Νικολάου"],
               nav=["Αρχική", "Ελλάδα", "Κόσμος", "Αθλητισμός", "Πολιτισμός"],
               sidebar="Τα πιο δημοφιλή", footer=["Ποιοι είμαστε", "Επικοινωνία", "Όροι χρήσης"]),
    "pt": dict(tagline="Notícias de última hora", home="Início",
               sections=["Mundo", "Política", "Economia", "Europa"], source="Fonte",
               read_also="Leia também", share="Compartilhe", follow="Siga-nos no Telegram",
               subscribe="Assine já", newsletter="Assine a nossa newsletter",
               comments="Deixe seu comentário", rights="Todos os direitos reservados.", by="Por",
               published="Publicado em", authors=["Ana Souza", "João Pereira"],
               nav=["Início", "Brasil", "Mundo", "Esportes", "Cultura"],
               sidebar="Mais lidas", footer=["Quem somos", "Contato", "Política de privacidade"]),
    "it": dict(tagline="Le notizie di oggi", home="Home",
               sections=["Esteri", "Politica", "Economia", "Europa"], source="Fonte",
               read_also="Leggi anche", share="Condividi", follow="Seguici su Telegram",
               subscribe="Abbonati", newsletter="Iscriviti alla nostra newsletter",
               comments="Lascia un commento", rights="Tutti i diritti riservati.", by="Di",
               published="Pubblicato il", authors=["Giulia Rossi", "Marco Bianchi"],
               nav=["Home", "Cronaca", "Esteri", "Sport", "Cultura"],
               sidebar="I più letti", footer=["Chi siamo", "Contatti", "Privacy"]),
    "nl": dict(tagline="Het laatste nieuws", home="Home",
               sections=["Buitenland", "Politiek", "Economie", "Europa"], source="Bron",
               read_also="Lees ook", share="Deel dit artikel", follow="Volg ons op X",
               subscribe="Abonneer nu", newsletter="Schrijf je in voor onze nieuwsbrief",
               comments="Reageer", rights="Alle rechten voorbehouden.", by="Door",
               published="Gepubliceerd op", authors=["Sanne de Vries", "Daan Jansen"],
               nav=["Home", "Binnenland", "Buitenland", "Sport", "Cultuur"],
               sidebar="Meest gelezen", footer=["Over ons", "Contact", "Privacybeleid"]),
    "ja": dict(tagline="最新ニュース", home="トップ",
               sections=["国際", "政治", "経済", "ヨーロッパ"], source="出典",
               read_also="あわせて読みたい", share="この記事をシェア", follow="公式Xをフォロー",
               subscribe="今すぐ登録", newsletter="ニュースレターに登録する",
               comments="コメントする", rights="無断転載を禁じます。", by="記者：",
               published="公開日", authors=["佐藤花子", "鈴木一郎"],
               nav=["トップ", "国内", "国際", "スポーツ", "エンタメ"],
               sidebar="アクセスランキング", footer=["会社概要", "お問い合わせ", "プライバシーポリシー"]),
    "ko": dict(tagline="실시간 뉴스", home="홈",
               sections=["국제", "정치", "경제", "유럽"], source="출처",
               read_also="함께 읽기", share="기사 공유하기", follow="팔로우하기",
               subscribe="구독하기", newsletter="뉴스레터 신청하기",
               comments="댓글 쓰기", rights="무단 전재 및 재배포 금지", by="기자:",
               published="입력", authors=["김민준", "이서연"],
               nav=["홈", "정치", "경제", "스포츠", "연예"],
               sidebar="많이 본 뉴스", footer=["회사소개", "고객센터", "개인정보처리방침"]),
    "id": dict(tagline="Berita terkini", home="Beranda",
               sections=["Internasional", "Politik", "Ekonomi", "Dunia"], source="Sumber",
               read_also="Baca juga", share="Bagikan artikel ini", follow="Ikuti kami di Telegram",
               subscribe="Berlangganan", newsletter="Daftar buletin kami",
               comments="Tulis komentar", rights="Hak cipta dilindungi undang-undang.", by="Oleh",
               published="Diterbitkan", authors=["Siti Rahma", "Budi Santoso"],
               nav=["Beranda", "Nasional", "Internasional", "Olahraga", "Hiburan"],
               sidebar="Terpopuler", footer=["Tentang kami", "Kontak", "Kebijakan privasi"]),
}
AGENCIES = ["AFP", "Reuters", "AP", "dpa"]


@dataclass(frozen=True)
class Site:
    """One of the site templates: where its chrome goes and how its page is laid out."""

    key: str
    name: str
    domain: str
    body_class: str


SITES = (
    Site("wpauto", "Daily Wire Digest", "dailywire-digest.example", "entry-content"),
    Site("portal", "Svizhi Novyny", "svizhi-novyny.example", "article-text"),
    Site("magazine", "The Meridian", "meridian-mag.example", "story-body"),
    Site("agency", "Newsline 24", "newsline24.example", "news-text"),
)


def _in_split(index: int, split: str) -> bool:
    """Even story positions tune, odd ones test (the convention of bench/ntrex.py)."""
    if split == "all":
        return True
    if split in ("tune", "dev"):
        return index % 2 == 0
    if split == "test":
        return index % 2 == 1
    raise ValueError(f"unknown split {split!r} (all, tune/dev, test)")


def _paragraphs(sentences: list[str], lang: str, rng: random.Random) -> list[str]:
    joiner = "" if lang == "zh" else " "
    paras, i = [], 0
    while i < len(sentences):
        n = rng.choice((1, 1, 2, 2, 3))
        paras.append(joiner.join(sentences[i:i + n]))
        i += n
    return paras


def _slug(story: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", story.lower()).strip("-")


def _esc(s: str) -> str:
    return html.escape(s, quote=True)


def _plant(site: Site, chrome: dict, *, headline: str, other_title: str, rng: random.Random,
           date: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[tuple[str, str]]]:
    """(start, middle, end) planted paragraphs as (kind, text), per site template."""
    agency = rng.choice(AGENCIES)
    author = rng.choice(chrome["authors"])
    crumb_sep = rng.choice([", ", " › ", " » ", " / ", " | "])
    crumb = crumb_sep.join([chrome["home"], *rng.sample(chrome["sections"], 2)])
    year = date[:4]
    start: list[tuple[str, str]] = []
    middle: list[tuple[str, str]] = []
    end: list[tuple[str, str]] = []
    if site.key == "wpauto":
        start = [("headline", headline), ("shortcode", "[ad_1]")]
        middle = [("read_also", f"{chrome['read_also']}: {other_title}")]
        end = [("shortcode", "[ad_2]"),
               ("source", rng.choice([chrome["source"], f"{chrome['source']}: {agency}"])),
               ("share", chrome["share"])]
    elif site.key == "portal":
        start = [("tagline", chrome["tagline"]), ("breadcrumb", crumb), ("headline", headline)]
        middle = [("shortcode", "[adsense]")]
        end = [("comments", chrome["comments"]), ("copyright", f"© {year} {site.name}")]
    elif site.key == "magazine":
        start = [("byline", f"{chrome['by']} {author}"),
                 ("dateline", f"{chrome['published']} {date}")]
        middle = [("read_also", f"{chrome['read_also']}: {other_title}")]
        end = [("follow", chrome["follow"]), ("newsletter", chrome["newsletter"]),
               ("share", chrome["share"])]
    else:  # agency
        start = [("headline", headline), ("headline", headline), ("dateline", date)]
        middle = [("shortcode", '[caption id="attachment_%d" align="alignnone" width="640"]'
                   % rng.randint(100, 9999))]
        end = [("source", f"{chrome['source']}: {agency}"), ("subscribe", chrome["subscribe"]),
               ("copyright", f"© {year} {site.name}. {chrome['rights']}")]
    return start, middle, end


def _render(site: Site, *, lang: str, chrome_lang: str, chrome: dict, headline: str,
            paras: list[str], planted: tuple, sidebar_titles: list[str], url: str,
            date: str) -> str:
    start, middle, end = planted
    body: list[str] = [f"<p>{_esc(t)}</p>" for _, t in start]
    mid_at = max(1, len(paras) // 2)
    for i, p in enumerate(paras):
        if i == mid_at:
            body.extend(f"<p>{_esc(t)}</p>" for _, t in middle)
        body.append(f"<p>{_esc(p)}</p>")
    body.extend(f"<p>{_esc(t)}</p>" for _, t in end)
    direction = "rtl" if lang in RTL else "ltr"
    nav = "".join(f'<li><a href="/{i}/">{_esc(n)}</a></li>' for i, n in enumerate(chrome["nav"]))
    side = "".join(f'<li><a href="/story/{i}.html">{_esc(t)}</a></li>'
                   for i, t in enumerate(sidebar_titles))
    foot = " | ".join(f'<a href="/p/{i}">{_esc(t)}</a>' for i, t in enumerate(chrome["footer"]))
    return f"""<!DOCTYPE html>
<html lang="{lang}" dir="{direction}">
<head>
<meta charset="utf-8">
<title>{_esc(headline)} | {_esc(site.name)}</title>
<meta property="og:title" content="{_esc(headline)}">
<meta property="og:site_name" content="{_esc(site.name)}">
<meta property="article:published_time" content="{date}T09:30:00Z">
<link rel="canonical" href="{_esc(url)}">
</head>
<body class="site-{site.key}" data-chrome-lang="{chrome_lang}">
<header class="site-header"><a class="logo" href="/">{_esc(site.name)}</a>
<p class="slogan">{_esc(chrome["tagline"])}</p>
<nav class="main-nav"><ul>{nav}</ul></nav></header>
<div class="container">
<main>
<article class="post">
<h1 class="entry-title">{_esc(headline)}</h1>
<div class="meta"><span class="author">{_esc(chrome["authors"][0])}</span>
<time datetime="{date}">{date}</time></div>
<div class="{site.body_class}">
{chr(10).join(body)}
</div>
</article>
</main>
<aside class="sidebar"><h3>{_esc(chrome["sidebar"])}</h3><ul>{side}</ul></aside>
</div>
<footer class="site-footer"><p>{foot}</p><p>© {date[:4]} {_esc(site.name)}</p></footer>
</body>
</html>
"""


def build_pages(out_dir: Path, *, ntrex_dir: Path = NTREX_DIR, split: str = "all",
                seed: int = SEED) -> list[dict]:
    """Write one page per (story, language file) into out_dir and a manifest.jsonl beside them.

    Each manifest entry: path (relative to out_dir), url, site, language, variant, chrome_language,
    story, title, gold_sentences (body, headline excluded), gold_paragraphs, planted
    ([{kind, text, where}]).
    """
    out_dir = Path(out_dir)
    stories = read_stories(Path(ntrex_dir))
    all_titles = {v: [s[v][0] for _, s in stories if s.get(v)] for v in VARIANTS_BY_NAME}
    manifest: list[dict] = []
    for index, (story, variants) in enumerate(stories):
        if not _in_split(index, split):
            continue
        for variant, sentences in variants.items():
            lang = VARIANTS_BY_NAME[variant]
            key = f"{seed}:{story}:{variant}"
            rng = random.Random(int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big"))
            site = rng.choice(SITES)
            chrome_lang = lang if rng.random() < 0.6 else rng.choice(sorted(CHROME))
            chrome = CHROME[chrome_lang]
            headline, body = sentences[0], [s for s in sentences[1:] if s]
            others = [t for t in all_titles[variant] if t != headline] or [headline]
            other_title = rng.choice(others)
            date = f"2019-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            paras = _paragraphs(body, lang, rng)
            planted = _plant(site, chrome, headline=headline, other_title=other_title, rng=rng,
                             date=date)
            url = f"https://{site.domain}/{date[:4]}/{date[5:7]}/{_slug(story)}-{variant.lower()}.html"
            page = _render(site, lang=lang, chrome_lang=chrome_lang, chrome=chrome,
                           headline=headline, paras=paras, planted=planted,
                           sidebar_titles=rng.sample(others, min(5, len(others))), url=url, date=date)
            rel = Path(site.key) / f"{_slug(story)}.{variant}.html"
            (out_dir / rel).parent.mkdir(parents=True, exist_ok=True)
            (out_dir / rel).write_text(page, encoding="utf-8")
            where = ("start", "middle", "end")
            manifest.append({
                "path": str(rel), "url": url, "site": site.key, "site_name": site.name,
                "language": lang, "variant": variant, "chrome_language": chrome_lang,
                "story": story, "title": headline, "gold_sentences": body,
                "gold_paragraphs": paras,
                "planted": [{"kind": k, "text": t, "where": w}
                            for w, group in zip(where, planted) for k, t in group],
            })
    with (out_dir / "manifest.jsonl").open("w", encoding="utf-8") as fh:
        for entry in manifest:
            fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
    return manifest


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def score_page(entry: dict, text: str) -> dict:
    """How one extracted/cleaned text did on a page: gold sentences kept, planted strings left.

    A planted headline counts as leaked only beyond the one copy a text may legitimately start
    with when the pipeline keeps the title in the body; callers that strip the title should
    expect zero copies.
    """
    norm = _norm(text)
    kept = sum(1 for s in entry["gold_sentences"] if _norm(s) in norm)
    lines = {_norm(ln) for ln in text.split("\n")}
    leaked = []
    for item in entry["planted"]:
        t = _norm(item["text"])
        if item["kind"] == "headline":
            continue  # the headline is also gold metadata; count copies separately
        # A planted line leaks if it survives as its own paragraph (substring for shortcodes).
        if t in lines or (item["kind"] == "shortcode" and t in norm):
            leaked.append(item)
    # Copies of the headline beyond those inside gold sentences (a lead may start with it).
    title = _norm(entry["title"])
    headline_copies = max(0, norm.count(title) - sum(_norm(g).count(title) for g in entry["gold_sentences"]))
    total = len(entry["gold_sentences"])
    return {"gold_total": total, "gold_kept": kept, "recall": kept / total if total else 1.0,
            "planted_total": sum(1 for p in entry["planted"] if p["kind"] != "headline"),
            "planted_leaked": len(leaked), "leaked": leaked, "headline_copies": headline_copies}


def score_cleaner(out_dir: Path, manifest: list[dict]) -> dict:
    """trafilatura then clean_text on every page: gold recall and planted leak, before/after."""
    import collections

    import trafilatura

    from newsspider.extract.cleaning import clean_text

    totals = {name: collections.Counter() for name in ("raw", "clean")}
    leaked_kinds: collections.Counter[str] = collections.Counter()
    for entry in manifest:
        raw = trafilatura.extract((out_dir / entry["path"]).read_text(encoding="utf-8"),
                                  url=entry["url"]) or ""
        cleaned = clean_text(raw, title=entry["title"], language=entry["language"],
                             site_name=entry["site_name"]).text
        for name, text in (("raw", raw), ("clean", cleaned)):
            s = score_page(entry, text)
            t = totals[name]
            t["gold"] += s["gold_total"]
            t["kept"] += s["gold_kept"]
            t["planted"] += s["planted_total"]
            t["leaked"] += s["planted_leaked"]
            t["headline_copies"] += s["headline_copies"]
            if name == "clean":
                leaked_kinds.update(item["kind"] for item in s["leaked"])
    report = {name: {**t, "recall": round(t["kept"] / max(t["gold"], 1), 4),
                     "leak_rate": round(t["leaked"] / max(t["planted"], 1), 4)}
              for name, t in totals.items()}
    report["clean_leaked_by_kind"] = dict(leaked_kinds)
    return report


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir", type=Path, help="where to write pages (outside the repository)")
    ap.add_argument("--ntrex", type=Path, default=NTREX_DIR)
    ap.add_argument("--split", default="all", choices=["all", "tune", "dev", "test"])
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--score", action="store_true",
                    help="also run trafilatura + clean_text on the pages and print the scores")
    args = ap.parse_args(argv)
    repo = Path(__file__).resolve().parents[1]
    if args.out_dir.resolve().is_relative_to(repo):
        ap.error("write pages outside the repository (they are generated from shared data)")
    manifest = build_pages(args.out_dir, ntrex_dir=args.ntrex, split=args.split, seed=args.seed)
    sites = sorted({m["site"] for m in manifest})
    print(f"{len(manifest)} pages, sites {sites}, manifest {args.out_dir / 'manifest.jsonl'}")
    if args.score:
        print(json.dumps(score_cleaner(args.out_dir, manifest), indent=1))


if __name__ == "__main__":
    main()
