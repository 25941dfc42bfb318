"""Build templated multilingual news pages with planted site chrome, for extraction benchmarks.

Real pages with a known body *and* known residue are rare, so we make them: every NTREX story
(../shared/data/ntrex-dev; line i of every ``newstest2019-*.txt`` is the same sentence, the first
sentence of a story is its headline) is rendered once per language file, on one of 39 sites. A
site has one language (its chrome is in that language, which is not always the article's: an
English story on a Ukrainian site) and one of four layouts with nav, header, sidebar and footer.
Residue is PLANTED inside the article body container, where trafilatura keeps it: ``[ad_1]``/
``[ad_2]`` placeholders, other shortcodes, a consent notice, a tagline, a breadcrumb, a repeated
headline, byline/dateline, "source: X", "read also: <link to another article of the site>", a
media player's fallback text, share/follow/subscribe/newsletter/comment prompts, "share on
<network>" and a copyright line, and on a third of each site's pages the site's motto.

Site languages come in three groups (``chrome_group``): the 21 with a phrase list in the cleaner,
and 18 without one, whose chrome only rules that follow from structure can remove (the HTML tree,
lines repeated across a site's pages). Of those 18, six are HELD OUT: decided before any rule was
tuned on these pages, not looked at while tuning, reported apart (``--chrome held-out``).

The manifest gives, per page, the gold body sentences and the planted strings, so a benchmark can
measure both sides: gold sentences kept (nothing real removed) and planted strings leaked.

Pages are written to ``out_dir`` only (keep it outside the repository: they are derived from
CC BY-SA data and regenerated on demand). Output is deterministic for a given seed.

    python -m bench.extraction_pages /tmp/pages --split test --chrome tune
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import math
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from bench import digit_shapes
from bench.chrome_languages import FURTHER_CHROME, further_group
from bench.chrome_shapes import SHAPES
from bench.chrome_tune2 import TUNE2_CHROME, TUNE2_SHAPES
from bench.ntrex import NTREX_DIR, VARIANTS, read_stories

SEED = 20240716

VARIANTS_BY_NAME = {variant: lang for variant, lang in VARIANTS.values()}
RTL = {"ar", "ur", "fa", "he"}  # languages written right to left

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
# What the sites of the further languages credit besides the agencies: other outlets, in no list.
# (The tune2 part's picture credits name them, or the site's own photographers.)
OUTLETS = ["Radio Kaskazi", "Daily Meridian", "Kanal Nord", "Metro Courier"]

# Chrome of every site language above, besides the list: a consent notice, a media player's
# fallback text, a share-on-a-network prompt, and the site's motto (a line the site puts on some
# of its pages, in no phrase list).
MORE_CHROME: dict[str, dict[str, str]] = {
    "en": dict(consent="We use cookies to give you the best experience on our website. By continuing to browse, you agree to our use of cookies.",
               player="Your browser does not support the audio element.", share_on="Share on Facebook",
               motto="Independent reporting since 1998"),
    "uk": dict(consent="Ми використовуємо файли cookie, щоб покращити роботу сайту. Продовжуючи перегляд, ви погоджуєтеся з їх використанням.",
               player="Ваш браузер не підтримує відтворення аудіо.", share_on="Поділитися у Facebook",
               motto="Новини, яким можна довіряти"),
    "ar": dict(consent="نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. باستمرارك في التصفح فإنك توافق على استخدامها.",
               player="متصفحك لا يدعم تشغيل الفيديو.", share_on="شارك على فيسبوك", motto="صوت الحقيقة منذ عام 1998"),
    "ru": dict(consent="Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая просмотр, вы соглашаетесь с их использованием.",
               player="Ваш браузер не поддерживает видео.", share_on="Поделиться в Telegram", motto="Честно о главном"),
    "fr": dict(consent="Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.",
               player="Votre navigateur ne prend pas en charge la lecture de vidéos.", share_on="Partager sur Facebook",
               motto="Le journal de toutes les régions"),
    "de": dict(consent="Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Wenn Sie die Seite weiter nutzen, stimmen Sie der Verwendung zu.",
               player="Ihr Browser unterstützt das Audio-Element nicht.", share_on="Auf Facebook teilen",
               motto="Unabhängig seit 1946"),
    "es": dict(consent="Utilizamos cookies propias y de terceros para mejorar tu experiencia. Si continúas navegando, aceptas su uso.",
               player="Tu navegador no soporta la reproducción de vídeo.", share_on="Compartir en WhatsApp",
               motto="El diario de referencia"),
    "tr": dict(consent="Sitemizde çerezler kullanılmaktadır. Siteyi kullanmaya devam ederek çerez politikamızı kabul etmiş olursunuz.",
               player="Tarayıcınız video oynatmayı desteklemiyor.", share_on="Facebook'ta paylaş",
               motto="Doğru haberin adresi"),
    "hi": dict(consent="हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं। साइट का उपयोग जारी रखकर आप इसके लिए सहमति देते हैं।",
               player="आपका ब्राउज़र वीडियो प्लेबैक का समर्थन नहीं करता है।", share_on="फेसबुक पर शेयर करें",
               motto="सच के साथ, हर पल"),
    "ur": dict(consent="ہم آپ کے تجربے کو بہتر بنانے کے لیے کوکیز استعمال کرتے ہیں۔ ویب سائٹ کا استعمال جاری رکھ کر آپ اس سے اتفاق کرتے ہیں۔",
               player="آپ کا براؤزر ویڈیو چلانے کی سہولت نہیں رکھتا۔", share_on="فیس بک پر شیئر کریں", motto="سچ کی آواز"),
    "zh": dict(consent="本网站使用Cookie以改善您的浏览体验。继续浏览即表示您同意我们使用Cookie。",
               player="您的浏览器不支持视频播放。", share_on="分享到微信", motto="权威新闻 第一时间"),
    "fa": dict(consent="این وب‌سایت برای بهبود تجربه شما از کوکی‌ها استفاده می‌کند. با ادامه مرور، با استفاده از کوکی‌ها موافقت می‌کنید.",
               player="مرورگر شما از پخش ویدیو پشتیبانی نمی‌کند.", share_on="اشتراک در تلگرام", motto="رسانه مستقل فارسی‌زبان"),
    "bn": dict(consent="আমরা আপনার অভিজ্ঞতা উন্নত করতে কুকি ব্যবহার করি। সাইটটি ব্যবহার চালিয়ে গেলে আপনি এতে সম্মতি দিচ্ছেন।",
               player="আপনার ব্রাউজার ভিডিও চালানো সমর্থন করে না।", share_on="ফেসবুকে শেয়ার করুন", motto="সত্যের পক্ষে সবসময়"),
    "pl": dict(consent="Używamy plików cookie, aby ułatwić korzystanie z serwisu. Korzystając ze strony, wyrażasz zgodę na ich użycie.",
               player="Twoja przeglądarka nie obsługuje odtwarzania wideo.", share_on="Udostępnij na Facebooku",
               motto="Rzetelnie od 1989 roku"),
    "el": dict(consent="Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας. Συνεχίζοντας την περιήγηση, αποδέχεστε τη χρήση τους.",
               player="Ο browser σας δεν υποστηρίζει αναπαραγωγή βίντεο.", share_on="Κοινοποίηση στο Facebook",
               motto="Η αλήθεια πρώτα"),
    "pt": dict(consent="Utilizamos cookies para melhorar a sua experiência. Ao continuar a navegar, concorda com a sua utilização.",
               player="O seu navegador não suporta a reprodução de vídeo.", share_on="Compartilhar no WhatsApp",
               motto="Jornalismo independente desde 1921"),
    "it": dict(consent="Questo sito utilizza cookie per migliorare la tua esperienza. Continuando la navigazione accetti l'uso dei cookie.",
               player="Il tuo browser non supporta la riproduzione video.", share_on="Condividi su Facebook",
               motto="Il quotidiano della tua città"),
    "nl": dict(consent="Wij gebruiken cookies om je ervaring te verbeteren. Door verder te surfen ga je akkoord met het gebruik van cookies.",
               player="Je browser ondersteunt het afspelen van video niet.", share_on="Deel op Facebook",
               motto="Onafhankelijk nieuws sinds 1945"),
    "ja": dict(consent="当サイトではサービス向上のためにCookieを使用しています。サイトの閲覧を続けることで、Cookieの使用に同意したものとみなされます。",
               player="お使いのブラウザは動画再生に対応していません。", share_on="LINEで送る", motto="確かな報道を、毎日"),
    "ko": dict(consent="이 웹사이트는 더 나은 서비스를 위해 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주됩니다.",
               player="브라우저가 동영상 재생을 지원하지 않습니다.", share_on="카카오톡으로 공유하기", motto="정직한 뉴스, 빠른 소식"),
    "id": dict(consent="Kami menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan terus menjelajah, Anda menyetujui penggunaan cookie.",
               player="Browser Anda tidak mendukung pemutaran video.", share_on="Bagikan ke WhatsApp", motto="Tepercaya sejak 1970"),
}
for _lang, _more in MORE_CHROME.items():
    CHROME[_lang].update(_more)

# Site languages the cleaner has NO phrase list for: what is removed here is removed by rules
# that follow from structure (the HTML tree, lines repeated across a site's pages), never by a
# phrase. Written for this benchmark. HELD_OUT (decided before any rule was tuned on these pages,
# and not looked at while tuning): da, hr, he, ta, lt, am; the others are the tuning languages.
UNLISTED_CHROME: dict[str, dict[str, object]] = {
    "fi": dict(tagline="Tuoreimmat uutiset", home="Etusivu", sections=["Ulkomaat", "Politiikka", "Talous", "Eurooppa"],
               source="Lähde", read_also="Lue myös", share="Jaa artikkeli", follow="Seuraa meitä Telegramissa",
               subscribe="Tilaa nyt", newsletter="Tilaa uutiskirjeemme", comments="Kommentoi",
               rights="Kaikki oikeudet pidätetään.", by="Teksti:", published="Julkaistu",
               authors=["Anna Virtanen", "Mikko Korhonen"], nav=["Etusivu", "Kotimaa", "Ulkomaat", "Urheilu", "Kulttuuri"],
               sidebar="Luetuimmat", footer=["Tietoa meistä", "Yhteystiedot", "Tietosuoja"],
               consent="Käytämme evästeitä parantaaksemme käyttökokemustasi. Jatkamalla sivuston käyttöä hyväksyt evästeiden käytön.",
               player="Selaimesi ei tue äänielementtiä.", share_on="Jaa Facebookissa",
               motto="Riippumatonta journalismia vuodesta 1889"),
    "sv": dict(tagline="Senaste nytt", home="Startsida", sections=["Utrikes", "Politik", "Ekonomi", "Europa"],
               source="Källa", read_also="Läs också", share="Dela artikeln", follow="Följ oss på Telegram",
               subscribe="Prenumerera nu", newsletter="Prenumerera på vårt nyhetsbrev", comments="Kommentera",
               rights="Alla rättigheter förbehållna.", by="Av", published="Publicerad",
               authors=["Karin Lindberg", "Erik Johansson"], nav=["Start", "Inrikes", "Utrikes", "Sport", "Kultur"],
               sidebar="Mest läst", footer=["Om oss", "Kontakt", "Integritetspolicy"],
               consent="Vi använder kakor för att ge dig en bättre upplevelse. Genom att fortsätta använda webbplatsen godkänner du att vi använder kakor.",
               player="Din webbläsare stöder inte videouppspelning.", share_on="Dela på Facebook",
               motto="Oberoende liberal tidning"),
    "cs": dict(tagline="Nejnovější zprávy", home="Úvod", sections=["Zahraničí", "Politika", "Ekonomika", "Evropa"],
               source="Zdroj", read_also="Čtěte také", share="Sdílet článek", follow="Sledujte nás na Telegramu",
               subscribe="Předplaťte si", newsletter="Přihlaste se k odběru newsletteru", comments="Přidat komentář",
               rights="Všechna práva vyhrazena.", by="Autor:", published="Publikováno",
               authors=["Jana Nováková", "Petr Svoboda"], nav=["Úvod", "Domácí", "Zahraničí", "Sport", "Kultura"],
               sidebar="Nejčtenější", footer=["O nás", "Kontakt", "Ochrana osobních údajů"],
               consent="Tento web používá soubory cookie ke zlepšení vašeho zážitku. Pokračováním v prohlížení souhlasíte s jejich používáním.",
               player="Váš prohlížeč nepodporuje přehrávání videa.", share_on="Sdílet na Facebooku",
               motto="Zpravodajství bez příkras"),
    "ro": dict(tagline="Ultimele știri", home="Acasă", sections=["Externe", "Politică", "Economie", "Europa"],
               source="Sursa", read_also="Citește și", share="Distribuie articolul", follow="Urmărește-ne pe Telegram",
               subscribe="Abonează-te", newsletter="Abonează-te la newsletter", comments="Lasă un comentariu",
               rights="Toate drepturile rezervate.", by="de", published="Publicat",
               authors=["Ioana Popescu", "Andrei Ionescu"], nav=["Acasă", "Actualitate", "Externe", "Sport", "Cultură"],
               sidebar="Cele mai citite", footer=["Despre noi", "Contact", "Politica de confidențialitate"],
               consent="Folosim cookie-uri pentru a îmbunătăți experiența ta. Continuând navigarea, ești de acord cu utilizarea acestora.",
               player="Browserul tău nu suportă redarea video.", share_on="Distribuie pe Facebook",
               motto="Știri adevărate din 1990"),
    "hu": dict(tagline="Friss hírek", home="Címlap", sections=["Külföld", "Politika", "Gazdaság", "Európa"],
               source="Forrás", read_also="Ezt is olvassa el", share="Cikk megosztása", follow="Kövessen minket a Telegramon",
               subscribe="Előfizetés", newsletter="Iratkozzon fel hírlevelünkre", comments="Hozzászólás",
               rights="Minden jog fenntartva.", by="Szerző:", published="Közzétéve",
               authors=["Nagy Katalin", "Kovács Péter"], nav=["Címlap", "Belföld", "Külföld", "Sport", "Kultúra"],
               sidebar="Legolvasottabb", footer=["Rólunk", "Kapcsolat", "Adatvédelem"],
               consent="Weboldalunk sütiket használ a jobb felhasználói élmény érdekében. Az oldal további használatával hozzájárul a sütik használatához.",
               player="A böngészője nem támogatja a videó lejátszását.", share_on="Megosztás a Facebookon",
               motto="Független hírportál"),
    "bg": dict(tagline="Последни новини", home="Начало", sections=["Свят", "Политика", "Икономика", "Европа"],
               source="Източник", read_also="Прочетете още", share="Сподели", follow="Последвайте ни в Telegram",
               subscribe="Абонирайте се", newsletter="Абонирайте се за бюлетина", comments="Коментирай",
               rights="Всички права запазени.", by="Автор:", published="Публикувано",
               authors=["Мария Иванова", "Георги Петров"], nav=["Начало", "България", "Свят", "Спорт", "Култура"],
               sidebar="Най-четени", footer=["За нас", "Контакти", "Поверителност"],
               consent="Този сайт използва бисквитки, за да подобри вашето преживяване. Продължавайки, вие се съгласявате с използването им.",
               player="Вашият браузър не поддържа видео.", share_on="Сподели във Facebook",
               motto="Новините, които имат значение"),
    "th": dict(tagline="ข่าวล่าสุด", home="หน้าแรก", sections=["ต่างประเทศ", "การเมือง", "เศรษฐกิจ", "ยุโรป"],
               source="ที่มา", read_also="อ่านเพิ่มเติม", share="แชร์บทความนี้", follow="ติดตามเราทางไลน์",
               subscribe="สมัครสมาชิก", newsletter="สมัครรับจดหมายข่าว", comments="แสดงความคิดเห็น",
               rights="สงวนลิขสิทธิ์", by="โดย", published="เผยแพร่",
               authors=["สมชาย ใจดี", "วิไล สุขสันต์"], nav=["หน้าแรก", "ในประเทศ", "ต่างประเทศ", "กีฬา", "บันเทิง"],
               sidebar="ข่าวยอดนิยม", footer=["เกี่ยวกับเรา", "ติดต่อเรา", "นโยบายความเป็นส่วนตัว"],
               consent="เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของคุณ การใช้งานเว็บไซต์ต่อถือว่าคุณยอมรับการใช้คุกกี้",
               player="เบราว์เซอร์ของคุณไม่รองรับการเล่นวิดีโอ", share_on="แชร์ไปยัง Facebook",
               motto="ข่าวจริง ทันทุกเหตุการณ์"),
    "vi": dict(tagline="Tin mới nhất", home="Trang chủ", sections=["Thế giới", "Chính trị", "Kinh tế", "Châu Âu"],
               source="Nguồn", read_also="Xem thêm", share="Chia sẻ bài viết", follow="Theo dõi chúng tôi trên Zalo",
               subscribe="Đăng ký ngay", newsletter="Đăng ký nhận bản tin", comments="Viết bình luận",
               rights="Bản quyền thuộc về tòa soạn.", by="Tác giả:", published="Đăng lúc",
               authors=["Nguyễn Thị Lan", "Trần Văn Minh"], nav=["Trang chủ", "Thời sự", "Thế giới", "Thể thao", "Giải trí"],
               sidebar="Đọc nhiều nhất", footer=["Giới thiệu", "Liên hệ", "Chính sách bảo mật"],
               consent="Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục truy cập nghĩa là bạn đồng ý với việc sử dụng cookie.",
               player="Trình duyệt của bạn không hỗ trợ phát video.", share_on="Chia sẻ lên Facebook",
               motto="Thông tin nhanh và chính xác"),
    "sw": dict(tagline="Habari za hivi punde", home="Mwanzo", sections=["Kimataifa", "Siasa", "Uchumi", "Ulaya"],
               source="Chanzo", read_also="Soma pia", share="Shiriki habari hii", follow="Tufuate kwenye Telegram",
               subscribe="Jiandikishe sasa", newsletter="Jiunge na jarida letu", comments="Toa maoni yako",
               rights="Haki zote zimehifadhiwa.", by="Na", published="Imechapishwa",
               authors=["Amina Juma", "Baraka Mwangi"], nav=["Mwanzo", "Kitaifa", "Kimataifa", "Michezo", "Burudani"],
               sidebar="Zilizosomwa zaidi", footer=["Kuhusu sisi", "Wasiliana nasi", "Sera ya faragha"],
               consent="Tovuti hii inatumia vidakuzi ili kuboresha matumizi yako. Kwa kuendelea kutumia tovuti, unakubali matumizi ya vidakuzi.",
               player="Kivinjari chako hakitumii uchezaji wa video.", share_on="Shiriki kwenye Facebook",
               motto="Sauti ya Afrika Mashariki"),
    "ca": dict(tagline="Últimes notícies", home="Portada", sections=["Internacional", "Política", "Economia", "Europa"],
               source="Font", read_also="Llegiu també", share="Comparteix l'article", follow="Segueix-nos a Telegram",
               subscribe="Subscriu-t'hi", newsletter="Subscriu-te al butlletí", comments="Deixa un comentari",
               rights="Tots els drets reservats.", by="Per", published="Publicat el",
               authors=["Laia Puig", "Jordi Serra"], nav=["Portada", "Política", "Internacional", "Esports", "Cultura"],
               sidebar="El més llegit", footer=["Qui som", "Contacte", "Política de privacitat"],
               consent="Utilitzem galetes per millorar la teva experiència. Si continues navegant, n'acceptes l'ús.",
               player="El teu navegador no admet la reproducció de vídeo.", share_on="Comparteix a Facebook",
               motto="El diari del país"),
    "az": dict(tagline="Son xəbərlər", home="Ana səhifə", sections=["Dünya", "Siyasət", "İqtisadiyyat", "Avropa"],
               source="Mənbə", read_also="Həmçinin oxuyun", share="Paylaş", follow="Bizi Telegramda izləyin",
               subscribe="Abunə ol", newsletter="Xəbər bülletenimizə abunə olun", comments="Şərh yaz",
               rights="Bütün hüquqlar qorunur.", by="Müəllif:", published="Dərc olunub",
               authors=["Aygün Məmmədova", "Rəşad Əliyev"], nav=["Ana səhifə", "Siyasət", "Dünya", "İdman", "Mədəniyyət"],
               sidebar="Ən çox oxunanlar", footer=["Haqqımızda", "Əlaqə", "Məxfilik siyasəti"],
               consent="Saytımız təcrübənizi yaxşılaşdırmaq üçün kukilərdən istifadə edir. Sayta davam etməklə kukilərin istifadəsinə razılıq verirsiniz.",
               player="Brauzeriniz video oxutmağı dəstəkləmir.", share_on="Facebook-da paylaş",
               motto="Doğru xəbərin ünvanı"),
    "ka": dict(tagline="უახლესი ამბები", home="მთავარი", sections=["მსოფლიო", "პოლიტიკა", "ეკონომიკა", "ევროპა"],
               source="წყარო", read_also="ასევე წაიკითხეთ", share="გაზიარება", follow="გამოგვიწერეთ Telegram-ზე",
               subscribe="გამოწერა", newsletter="გამოიწერეთ ჩვენი საინფორმაციო ბიულეტენი", comments="დაწერეთ კომენტარი",
               rights="ყველა უფლება დაცულია.", by="ავტორი:", published="გამოქვეყნდა",
               authors=["ნინო ბერიძე", "გიორგი კაპანაძე"], nav=["მთავარი", "საქართველო", "მსოფლიო", "სპორტი", "კულტურა"],
               sidebar="ყველაზე კითხვადი", footer=["ჩვენ შესახებ", "კონტაქტი", "კონფიდენციალურობა"],
               consent="ეს ვებგვერდი იყენებს ქუქი-ფაილებს თქვენი გამოცდილების გასაუმჯობესებლად. საიტის გამოყენების გაგრძელებით თქვენ ეთანხმებით მათ გამოყენებას.",
               player="თქვენს ბრაუზერს არ აქვს ვიდეოს მხარდაჭერა.", share_on="გააზიარე Facebook-ზე",
               motto="სიმართლე ყოველდღე"),
    # Held out.
    "da": dict(tagline="Seneste nyt", home="Forside", sections=["Udland", "Politik", "Økonomi", "Europa"],
               source="Kilde", read_also="Læs også", share="Del artiklen", follow="Følg os på Telegram",
               subscribe="Abonnér nu", newsletter="Tilmeld dig vores nyhedsbrev", comments="Skriv en kommentar",
               rights="Alle rettigheder forbeholdes.", by="Af", published="Udgivet",
               authors=["Mette Hansen", "Lars Nielsen"], nav=["Forside", "Indland", "Udland", "Sport", "Kultur"],
               sidebar="Mest læste", footer=["Om os", "Kontakt", "Privatlivspolitik"],
               consent="Vi bruger cookies for at give dig den bedste oplevelse. Når du fortsætter, accepterer du vores brug af cookies.",
               player="Din browser understøtter ikke afspilning af video.", share_on="Del på Facebook",
               motto="Uafhængig avis siden 1884"),
    "hr": dict(tagline="Najnovije vijesti", home="Naslovnica", sections=["Svijet", "Politika", "Gospodarstvo", "Europa"],
               source="Izvor", read_also="Pročitajte i", share="Podijeli članak", follow="Pratite nas na Telegramu",
               subscribe="Pretplatite se", newsletter="Prijavite se na naš newsletter", comments="Ostavite komentar",
               rights="Sva prava pridržana.", by="Piše:", published="Objavljeno",
               authors=["Ivana Horvat", "Marko Kovačić"], nav=["Naslovnica", "Hrvatska", "Svijet", "Sport", "Kultura"],
               sidebar="Najčitanije", footer=["O nama", "Kontakt", "Pravila privatnosti"],
               consent="Koristimo kolačiće kako bismo poboljšali vaše iskustvo. Nastavkom pregledavanja pristajete na njihovu upotrebu.",
               player="Vaš preglednik ne podržava reprodukciju videa.", share_on="Podijeli na Facebooku",
               motto="Vijesti bez cenzure"),
    "he": dict(tagline="חדשות אחרונות", home="דף הבית", sections=["עולם", "פוליטיקה", "כלכלה", "אירופה"],
               source="מקור", read_also="עוד בנושא", share="שתפו את הכתבה", follow="עקבו אחרינו בטלגרם",
               subscribe="הירשמו עכשיו", newsletter="הירשמו לניוזלטר שלנו", comments="הוסיפו תגובה",
               rights="כל הזכויות שמורות.", by="מאת", published="פורסם",
               authors=["נועה לוי", "יוסי כהן"], nav=["דף הבית", "חדשות", "עולם", "ספורט", "תרבות"],
               sidebar="הכי נקראים", footer=["אודות", "צור קשר", "מדיניות פרטיות"],
               consent="אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה שלכם. המשך הגלישה מהווה הסכמה לשימוש בעוגיות.",
               player="הדפדפן שלך אינו תומך בהפעלת וידאו.", share_on="שתפו בפייסבוק",
               motto="עיתון עצמאי מאז 1948"),
    "ta": dict(tagline="சமீபத்திய செய்திகள்", home="முகப்பு", sections=["உலகம்", "அரசியல்", "வணிகம்", "ஐரோப்பா"],
               source="ஆதாரம்", read_also="இதையும் படிக்க", share="பகிர்", follow="எங்களை டெலிகிராமில் பின்தொடருங்கள்",
               subscribe="சந்தா செலுத்துங்கள்", newsletter="எங்கள் செய்திமடலுக்கு பதிவு செய்யுங்கள்",
               comments="கருத்து தெரிவிக்கவும்", rights="அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை.", by="எழுதியவர்:",
               published="வெளியிடப்பட்டது", authors=["கீதா ராமன்", "முருகன் சுந்தரம்"],
               nav=["முகப்பு", "தமிழ்நாடு", "இந்தியா", "விளையாட்டு", "சினிமா"],
               sidebar="அதிகம் படிக்கப்பட்டவை", footer=["எங்களைப் பற்றி", "தொடர்புக்கு", "தனியுரிமைக் கொள்கை"],
               consent="உங்கள் அனுபவத்தை மேம்படுத்த இந்த இணையதளம் குக்கீகளைப் பயன்படுத்துகிறது. தொடர்ந்து உலாவுவதன் மூலம் நீங்கள் இதற்கு ஒப்புக்கொள்கிறீர்கள்.",
               player="உங்கள் உலாவி வீடியோ இயக்கத்தை ஆதரிக்கவில்லை.", share_on="ஃபேஸ்புக்கில் பகிர்",
               motto="உண்மையின் குரல்"),
    "lt": dict(tagline="Naujausios žinios", home="Pradžia", sections=["Pasaulyje", "Politika", "Ekonomika", "Europa"],
               source="Šaltinis", read_also="Taip pat skaitykite", share="Dalintis straipsniu", follow="Sekite mus Telegrame",
               subscribe="Prenumeruokite", newsletter="Užsisakykite naujienlaiškį", comments="Komentuoti",
               rights="Visos teisės saugomos.", by="Autorius:", published="Paskelbta",
               authors=["Rūta Kazlauskienė", "Tomas Petrauskas"], nav=["Pradžia", "Lietuvoje", "Pasaulyje", "Sportas", "Kultūra"],
               sidebar="Skaitomiausi", footer=["Apie mus", "Kontaktai", "Privatumo politika"],
               consent="Šioje svetainėje naudojami slapukai, kad jums būtų patogiau. Toliau naršydami sutinkate su slapukų naudojimu.",
               player="Jūsų naršyklė nepalaiko vaizdo įrašų atkūrimo.", share_on="Dalintis Facebook",
               motto="Nepriklausomas naujienų portalas"),
    "am": dict(tagline="የቅርብ ጊዜ ዜናዎች", home="መነሻ", sections=["ዓለም", "ፖለቲካ", "ኢኮኖሚ", "አውሮፓ"],
               source="ምንጭ", read_also="ይህንንም ያንብቡ", share="ያጋሩ", follow="በቴሌግራም ይከተሉን",
               subscribe="ይመዝገቡ", newsletter="ለዜና መጽሔታችን ይመዝገቡ", comments="አስተያየት ይስጡ",
               rights="መብቱ በህግ የተጠበቀ ነው።", by="ጸሐፊ:", published="የታተመ",
               authors=["ሰላም ታደሰ", "ዳዊት መኮንን"], nav=["መነሻ", "ኢትዮጵያ", "ዓለም", "ስፖርት", "መዝናኛ"],
               sidebar="በብዛት የተነበቡ", footer=["ስለ እኛ", "ያግኙን", "የግላዊነት ፖሊሲ"],
               consent="ይህ ድረ-ገጽ ተሞክሮዎን ለማሻሻል ኩኪዎችን ይጠቀማል። መጠቀምዎን በመቀጠል በኩኪዎች አጠቃቀም ይስማማሉ።",
               player="አሳሽዎ ቪዲዮ ማጫወትን አይደግፍም።", share_on="በፌስቡክ ያጋሩ",
               motto="የእውነት ድምፅ"),
}
HELD_OUT = ("da", "hr", "he", "ta", "lt", "am")
LISTED = tuple(CHROME)           # site languages with a phrase list in the cleaner
CHROME.update(UNLISTED_CHROME)
CHROME_GROUPS = ("listed", "unlisted-tune", "unlisted-held-out", "further-tune", "further-test", "tune2")


def chrome_group(lang: str) -> str:
    """Which group a site language belongs to: with a phrase list, or without (tuned / held out),
    or one of the 40 further languages of ``bench.chrome_languages`` (their tuning / test half)."""
    if lang in FURTHER_CHROME:
        return further_group(lang)
    if lang in TUNE2_CHROME:
        return "tune2"
    if lang in LISTED:
        return "listed"
    return "unlisted-held-out" if lang in HELD_OUT else "unlisted-tune"



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
# A page is published on the site of its own language with this probability, else on the site
# of a language drawn at random (an English story on a Ukrainian site).
OWN_SITE_SHARE = 0.25
# The site's motto is planted on every MOTTO_EVERY-th page of the site (by URL): a third.
MOTTO_EVERY = 3


@dataclass(frozen=True)
class Plant:
    """A planted paragraph: its kind, its text as extracted, its HTML, and what must not survive
    (the text as a line; ``needle`` anywhere in the text)."""

    kind: str
    text: str
    html: str
    needle: str = ""


def site_templates() -> dict[str, Site]:
    """Site language -> template: one site per language; the templates cycle through each
    language group, so every group has every layout."""
    out: dict[str, Site] = {}
    for group in CHROME_GROUPS:
        langs = sorted(lang for lang in CHROME if chrome_group(lang) == group)
        for i, lang in enumerate(langs):
            out[lang] = SITES[i % len(SITES)]
    return out


def keyed_rng(key: str) -> random.Random:
    """A generator drawn from ``key`` alone: the same draws on every run and Python (no hash
    randomisation), apart from those of any other key."""
    return random.Random(int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big"))


def position_in_split(index: int, split: str) -> bool:
    """Even story positions tune, odd ones test (the convention of bench/ntrex.py)."""
    if split == "all":
        return True
    if split in ("tune", "dev"):
        return index % 2 == 0
    if split == "test":
        return index % 2 == 1
    raise ValueError(f"unknown split {split!r} (all, tune/dev, test)")


def _in_chrome(lang: str, chrome: str) -> bool:
    """Whether a site language is in the chrome selection: all, tune (listed and unlisted-tune)
    or held-out (the 39 site languages of ``CHROME``), further (the 40 further languages of
    ``bench.chrome_languages``), or one group."""
    group = chrome_group(lang)
    if chrome == "further":
        return lang in FURTHER_CHROME
    if chrome in CHROME_GROUPS:
        return group == chrome
    if lang in FURTHER_CHROME or lang in TUNE2_CHROME:  # their sites are crawled apart (fewer sites hold pages at once)
        return False
    if chrome == "all":
        return True
    if chrome == "tune":
        return group != "unlisted-held-out"
    if chrome == "held-out":
        return group == "unlisted-held-out"
    raise ValueError(f"unknown chrome selection {chrome!r}")


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


def _p(kind: str, text: str) -> Plant:
    return Plant(kind, text, f"<p>{_esc(text)}</p>")


def _read_also(site: Site, chrome: dict, other_title: str, href: str) -> Plant:
    """"Read also: <link to another article of the site>", laid out as the template does it."""
    label, link = chrome["read_also"], f'<a href="{_esc(href)}">{_esc(other_title)}</a>'
    if site.key == "magazine":
        return Plant("read_also", f"{label} {other_title}", f"<p><strong>{_esc(label)}</strong> {link}</p>",
                     needle=other_title)
    if site.key == "portal":
        return Plant("read_also", f"{label} » {other_title}", f"<p>{_esc(label)} » {link}</p>", needle=other_title)
    return Plant("read_also", f"{label}: {other_title}", f"<p>{_esc(label)}: {link}</p>", needle=other_title)


# How the sites of the further languages (``bench.chrome_languages``) lay out a "read also" line:
# the label set apart by a separator, bold or emphasis; a bare label before the link; the label
# in a paragraph of its own above the linked headline; a box of two linked headlines under a
# heading. Drawn per page.
READ_ALSO_STYLES = ("colon", "guillemet", "bold", "em", "bare", "own-line", "related")


def _read_also_styled(style: str, label: str, titles: list[tuple[str, str]]) -> list[Plant]:
    """The "read also" paragraphs of one style, linking ``titles`` ((headline, href) of other
    articles of the site; the first one unless the style shows two)."""
    def link(title: str, href: str) -> str:
        return f'<a href="{_esc(href)}">{_esc(title)}</a>'

    (title, href), lab = titles[0], _esc(label)
    if style == "own-line":
        return [Plant("read_also_label", label, f"<p><strong>{lab}</strong></p>"),
                Plant("read_also", title, f"<p>{link(title, href)}</p>", needle=title)]
    if style == "related":
        items = "".join(f"<li>{link(t, h)}</li>" for t, h in titles[:2])
        box = f'<div class="related"><h4>{lab}</h4><ul>{items}</ul></div>'
        return [Plant("read_also_label", label, box),
                *(Plant("read_also", t, "", needle=t) for t, _ in titles[:2])]
    text, markup = {
        "emoji": (f"📌 {label}: {title}", f"<p>📌 <strong>{lab}:</strong> {link(title, href)}</p>"),
        "arrow": (f"► {label}: {title}", f"<p>► {lab}: {link(title, href)}</p>"),
        "whole-link": (f"{label}: {title}", f'<p><a href="{_esc(href)}">{lab}: {_esc(title)}</a></p>'),
        "caps-bar": (f"{label.upper()} | {title}", f"<p><b>{_esc(label.upper())}</b> | {link(title, href)}</p>"),
        "dash": (f"{label} – {title}", f"<p>{lab} – {link(title, href)}</p>"),
        "span-box": (f"{label} {title}", f'<div class="inline-link"><span class="label">{lab}</span> '
                                         f"{link(title, href)}</div>"),
        "colon": (f"{label}: {title}", f"<p>{lab}: {link(title, href)}</p>"),
        "guillemet": (f"{label} » {title}", f"<p>{lab} » {link(title, href)}</p>"),
        "bold": (f"{label} {title}", f"<p><strong>{lab}</strong> {link(title, href)}</p>"),
        "em": (f"{label}: {title}", f"<p><em>{lab}:</em> {link(title, href)}</p>"),
        "bare": (f"{label} {title}", f"<p>{lab} {link(title, href)}</p>"),
    }[style]
    mark = [Plant("read_also_mark", "📌", "")] if style == "emoji" else []  # the pin, should it be left alone
    return [Plant("read_also", text, markup, needle=title), *mark]

def _player(site: Site, chrome: dict, n: int) -> Plant:
    """A media player whose fallback text sits beside the media element (script players)."""
    if site.key == "magazine":
        return Plant("player", chrome["player"], f'<div class="video-player"><video controls src="/media/{n}.mp4">'
                     f'</video><div class="fallback">{_esc(chrome["player"])}</div></div>')
    return Plant("player", chrome["player"], f'<div class="audio-player"><audio controls src="/media/{n}.mp3">'
                 f'</audio><p>{_esc(chrome["player"])}</p></div>')


def _plant(site: Site, chrome: dict, *, headline: str, other_title: str, other_href: str, rng: random.Random,
           date: str, motto: bool, read_also: list[Plant] | None = None,
           credits: list[str] = AGENCIES) -> tuple[list[Plant], list[Plant], list[Plant]]:
    """(start, middle, end) planted paragraphs, per site template (``read_also``: the "read
    also" paragraphs in place of the template's own; ``credits``: what a source line names)."""
    agency = rng.choice(credits)
    author = rng.choice(chrome["authors"])
    crumb_sep = rng.choice([", ", " › ", " » ", " / ", " | "])
    crumb = crumb_sep.join([chrome["home"], *rng.sample(chrome["sections"], 2)])
    year = date[:4]
    media = rng.randint(100, 9999)
    links = read_also or [_read_also(site, chrome, other_title, other_href)]
    mottos = [_p("motto", chrome["motto"])] if motto else []
    start: list[Plant] = []
    middle: list[Plant] = []
    end: list[Plant] = []
    if site.key == "wpauto":
        start = [_p("headline", headline), _p("shortcode", "[ad_1]")]
        middle = [*links, _player(site, chrome, media)]
        end = [*mottos, _p("shortcode", "[ad_2]"),
               _p("source", rng.choice([chrome["source"], f"{chrome['source']}: {agency}"])),
               _p("share", chrome["share"])]
    elif site.key == "portal":
        start = [_p("consent", chrome["consent"]), _p("tagline", chrome["tagline"]), _p("breadcrumb", crumb),
                 _p("headline", headline)]
        middle = [*links, *mottos, _p("shortcode", "[adsense]")]
        end = [_p("comments", chrome["comments"]), _p("share_on", chrome["share_on"]),
               _p("copyright", f"© {year} {site.name}")]
    elif site.key == "magazine":
        start = [*mottos, _p("byline", f"{chrome['by']} {author}"), _p("dateline", f"{chrome['published']} {date}")]
        middle = [*links, _player(site, chrome, media)]
        end = [_p("follow", chrome["follow"]), _p("newsletter", chrome["newsletter"]),
               _p("share_on", chrome["share_on"]), _p("share", chrome["share"])]
    else:  # agency
        consent = Plant("consent", chrome["consent"],
                        f'<div class="cookie-consent"><p>{_esc(chrome["consent"])}</p></div>')
        caption = '[caption id="attachment_%d" align="alignnone" width="640"]' % media
        start = [consent, _p("headline", headline), _p("headline", headline), _p("dateline", date)]
        middle = [*links, _p("shortcode", caption)]
        end = [*mottos, _p("source", f"{chrome['source']}: {agency}"), _p("subscribe", chrome["subscribe"]),
               _p("copyright", f"© {year} {site.name}. {chrome['rights']}")]
    return start, middle, end


@dataclass(frozen=True)
class Shapes:
    """The further shapes of chrome on a ``--pages-shapes more`` page (``bench.chrome_shapes``):
    lines above the story, boxes before paragraph i (``before``), a "read also" link closing
    paragraph i (``tails``), boxes before and after the template's own end."""

    start: list[Plant] = field(default_factory=list)
    before: dict[int, list[Plant]] = field(default_factory=dict)
    tails: dict[int, Plant] = field(default_factory=dict)
    pre_end: list[Plant] = field(default_factory=list)
    end: list[Plant] = field(default_factory=list)


SHAPE_SETS = ("base", "more", "numbered", "digits")
# "digits": the "more" pages with counter lines of one or two digits and story lines with numbers
# (``bench.digit_shapes``).
# "numbered": the "more" pages with template lines whose number changes per page in width too (a
# reading time of 1 to 120 minutes, in the digits the site's script writes, a view counter "👁 12.345"
# and the counter of the lead picture's gallery, "Photo 3/12"), drawn apart so every other draw
# stays as on "more".
NATIVE_DIGITS = {"ar": 0x0660, "fa": 0x06F0, "ur": 0x06F0, "ps": 0x06F0, "bn": 0x09E6, "hi": 0x0966, "mr": 0x0966,
                 "ne": 0x0966, "th": 0x0E50, "lo": 0x0ED0, "km": 0x17E0, "my": 0x1040, "zh": 0xFF10, "ja": 0xFF10}
MAX_VIEWS = 250_000


def _digits(number: str, lang: str) -> str:
    """``number`` (ASCII digits and separators) in the digits of ``lang``'s sites (``NATIVE_DIGITS``)."""
    zero = NATIVE_DIGITS.get(lang)
    return number if zero is None else "".join(chr(zero + int(c)) if c.isdigit() else c for c in number)


def _numbered(lang: str, rng: random.Random) -> tuple[str, str, str]:
    """The reading time's minutes, a gallery's counter ("3/12") and a view count of one page, their
    widths drawn apart (log-uniform: as many 1-digit as 3-digit counts)."""
    minutes = str(round(math.exp(rng.uniform(0, math.log(120)))))
    total = rng.randint(3, 30)
    counter = f"{rng.randint(1, total)}/{total}"
    views = f"{round(math.exp(rng.uniform(0, math.log(MAX_VIEWS)))):,}".replace(",", rng.choice(".,"))
    return _digits(minutes, lang), _digits(counter, lang), _digits(views, lang)
# A related-stories box links this many other articles of the site (drawn per page, inclusive).
RELATED_LINKS = (2, 4)


def _link(title: str, href: str) -> str:
    return f'<a href="{_esc(href)}">{_esc(title)}</a>'


def _more_shapes(site: Site, chrome: dict, shapes: dict[str, str], *, rng: random.Random, site_name: str,
                 date: str, n_paras: int, others: list[tuple[str, str]], credits: list[str],
                 numbered: tuple[str, str, str] | None = None) -> Shapes:
    """The further shapes of one page, laid out as real templates do (each drawn among two or
    three markups): ``others`` (headline, href) of other articles of the site, ``credits`` what a
    picture credit names; ``numbered`` (``_numbered``: the "numbered" set) the page's reading time,
    gallery counter and view count."""
    n = rng.randint(100, 9999)
    author = chrome["authors"][0]  # the page's author (its byline above the story)
    links = rng.sample(others, min(len(others), RELATED_LINKS[1] + 1))
    inline_title, inline_href = links[0]
    related = links[1:1 + rng.randint(*RELATED_LINKS)]
    start: list[Plant] = []
    drawn = rng.randint(2, 9)  # drawn on "numbered" pages too, so their other draws stay as on "more"
    minutes = shapes["minutes"].format(n=drawn if numbered is None else numbered[0])
    listen = shapes["listen"]
    if rng.random() < 0.5:
        start.append(Plant("listen", listen, f'<div class="article-audio"><button type="button">{_esc(listen)}'
                           f'</button><audio src="/audio/{n}.mp3" preload="none"></audio></div>'))
        start.append(Plant("minutes", minutes, f'<p class="reading-time">{_esc(minutes)}</p>'))
    else:
        start.append(Plant("minutes", minutes, f'<div class="meta-bar"><span class="read-time">{_esc(minutes)}'
                           '</span></div>'))
        start.append(Plant("listen", listen, f'<p class="listen"><a href="/audio/{n}.mp3">{_esc(listen)}</a></p>'))
    stamp = f"{date} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}"
    updated = f"{shapes['updated']} {stamp}"
    start.append(Plant("updated", updated, f'<p class="updated">{_esc(shapes["updated"])} '
                       f'<time datetime="{date}T{stamp[-5:]}">{stamp}</time></p>'))
    credit = f"{shapes['photo']}: {rng.choice([*credits, *chrome['authors']])}"
    photo = rng.choice([
        f'<figure class="wp-caption"><img src="/img/{n}.jpg" alt=""><figcaption>{_esc(credit)}</figcaption></figure>',
        f'<div class="image"><img src="/img/{n}.jpg" alt=""><p class="credit">{_esc(credit)}</p></div>',
        f'<p><img src="/img/{n}.jpg" alt=""><br><small>{_esc(credit)}</small></p>',
    ])
    ad = shapes["ad"]
    ad_label, ad_html = rng.choice([
        (ad, f'<div class="ad-slot"><span class="ad-label">{_esc(ad)}</span><div id="div-gpt-ad-{n}"></div></div>'),
        (ad.upper(), f'<p class="advertisement">{_esc(ad.upper())}</p>'),
        (ad, f'<aside class="ad"><p>{_esc(ad)}</p><ins class="adsbygoogle" data-ad-slot="{n}"></ins></aside>'),
    ])
    follow = chrome["follow"]
    before: dict[int, list[Plant]] = {}
    last = max(0, n_paras - 1)
    if numbered is not None:
        views = f"👁 {numbered[2]}"
        start.append(Plant("views", views, f'<p class="post-views"><span class="icon">👁</span> {numbered[2]}</p>'))
        gallery = f"{shapes['photo']} {numbered[1]}"  # the lead picture's gallery, above the story
        start.append(Plant("gallery_counter", gallery, f'<p class="gallery-count">{_esc(gallery)}</p>'))
    for at, plant in ((0 if n_paras < 3 else 1, Plant("photo_credit", credit, photo)),
                      (min(2, last), Plant("ad_label", ad_label, ad_html)),
                      (last, Plant("follow_line", follow, f'<p class="social-follow"><a href="https://t.me/'
                                   f'{site.key}news">{_esc(follow)}</a></p>'))):
        before.setdefault(at, []).append(plant)
    label = chrome["read_also"]
    tail_html = rng.choice([f"<strong>{_esc(label)}:</strong> {_link(inline_title, inline_href)}",
                            f"({_esc(label)}: {_link(inline_title, inline_href)})",
                            f"<em>{_esc(label)}:</em> {_link(inline_title, inline_href)}"])
    tails = {max(0, n_paras // 2 - 1): Plant("read_also_inline", f"{label}: {inline_title}", tail_html,
                                             needle=inline_title)}
    box: list[Plant] = []
    items = "".join(f"<li>{_link(t, h)}</li>" for t, h in related)
    if rng.random() < 0.5:
        box.append(Plant("related_label", shapes["related"], f'<div class="related-articles"><h3>'
                         f'{_esc(shapes["related"])}</h3><ul>{items}</ul></div>'))
    else:
        paragraphs = "".join(f"<p>{_link(t, h)}</p>" for t, h in related)
        box.append(Plant("related_label", shapes["related"], f'<aside class="more-on"><p><strong>'
                         f'{_esc(shapes["related"])}</strong></p>{paragraphs}</aside>'))
    box += [Plant("related", t, "", needle=t) for t, _ in related]
    box.append(Plant("newsletter_box", chrome["newsletter"], f'<div class="newsletter-signup"><h4>'
                     f'{_esc(chrome["newsletter"])}</h4><form action="/newsletter" method="post"><input type="email" '
                     f'name="email" placeholder="E-mail"><button type="submit">{_esc(chrome["subscribe"])}</button>'
                     '</form></div>'))
    tags = rng.sample(chrome["sections"], 3)
    tag_links = [f'<a href="/tag/{i}/" rel="tag">{_esc(t)}</a>' for i, t in enumerate(tags)]
    if rng.random() < 0.5:
        tag_plants = [Plant("tags", f"{shapes['tags']}: {', '.join(tags)}",
                            f'<div class="tags"><span>{_esc(shapes["tags"])}:</span> {", ".join(tag_links)}</div>')]
    else:
        lis = "".join(f"<li>{a}</li>" for a in tag_links)
        tag_plants = [Plant("tags", shapes["tags"], f'<div class="tag-list"><p class="tags-title">'
                            f'{_esc(shapes["tags"])}</p><ul>{lis}</ul></div>'),
                      *(Plant("tag", t, "") for t in tags)]
    bio = shapes["bio"].format(name=author)
    bio_html = _esc(shapes["bio"]).format(name=f'<a href="/author/{_slug(author) or n}/">{_esc(author)}</a>')
    bio_plant = Plant("author_bio", bio, f'<div class="author-box"><img src="/img/authors/{n}.jpg" '
                      f'alt="{_esc(author)}"><p>{bio_html}</p></div>')
    donate = [Plant("donate", shapes["donate"], f'<div class="donate-box"><p>{_esc(shapes["donate"])}</p><p>'
                    f'<a class="button" href="/donate">{_esc(shapes["donate_button"])}</a></p></div>'),
              Plant("donate_button", shapes["donate_button"], "")]
    rights = chrome["rights"]
    copyright_line = [] if site.key == "agency" else [
        Plant("copyright_line", f"© {date[:4]} {site_name}. {rights}",
              f'<p class="copyright">© {date[:4]} {_esc(site_name)}. {_esc(rights)}</p>')]
    if site.key in ("wpauto", "magazine"):  # tags and the author box close the story, the boxes follow
        return Shapes(start, before, tails, pre_end=[*tag_plants, bio_plant],
                      end=[*box, *donate, *copyright_line])
    return Shapes(start, before, tails, pre_end=[*box, *donate],
                  end=[*tag_plants, bio_plant, *copyright_line])


def _render(site: Site, *, lang: str, chrome_lang: str, chrome: dict, headline: str,
            paras: list[str], planted: tuple, sidebar_titles: list[str], url: str,
            date: str, more: Shapes | None = None) -> str:
    start, middle, end = planted
    more = more or Shapes()
    body: list[str] = [p.html for p in [*start, *more.start]]
    mid_at = max(1, len(paras) // 2)
    for i, p in enumerate(paras):
        if i == mid_at:
            body.extend(m.html for m in middle)
        body.extend(m.html for m in more.before.get(i, []))
        tail = more.tails.get(i)
        body.append(f"<p>{_esc(p)} {tail.html}</p>" if tail else f"<p>{_esc(p)}</p>")
    body.extend(p.html for p in [*more.pre_end, *end, *more.end])
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


def _article_path(date: str, story: str, variant: str) -> str:
    return f"/{date[:4]}/{date[5:7]}/{_slug(story)}-{variant.lower()}.html"


def build_pages(out_dir: Path, *, ntrex_dir: Path = NTREX_DIR, split: str = "all", chrome: str = "all",
                seed: int = SEED, shapes: str = "base") -> list[dict]:
    """Write one page per (story, language file) into out_dir and a manifest.jsonl beside them.

    Each page is published on one site (one per site language: its chrome is in that language);
    ``split`` selects stories (tune/test), ``chrome`` site languages (all, tune, held-out, further or
    one of ``CHROME_GROUPS``); the sites of the further languages (``_further_pages``) follow.
    ``shapes`` "more" adds the shapes of ``bench.chrome_shapes`` to every page (drawn apart, so
    the "base" pages stay as they were); "numbered" those with template lines whose number
    changes per page (``_numbered``). Each manifest entry: path (relative to out_dir), url, site, site_name,
    language, variant, chrome_language, chrome_group, story, title, gold_sentences (body, headline
    excluded), story_split (tune/test), gold_paragraphs, planted ([{kind, text, where, needle}]).
    """
    out_dir = Path(out_dir)
    stories = read_stories(Path(ntrex_dir))
    all_titles = {v: [(s[v][0], story) for story, s in stories if s.get(v)] for v in VARIANTS_BY_NAME}
    templates = site_templates()
    pages = []
    for index, (story, variants) in enumerate(stories):
        for variant, sentences in variants.items():
            lang = VARIANTS_BY_NAME[variant]
            key = f"{seed}:{story}:{variant}"
            rng = keyed_rng(key)
            chrome_lang = lang if rng.random() < OWN_SITE_SHARE else rng.choice(sorted(CHROME))
            date = f"2019-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            if position_in_split(index, split) and _in_chrome(chrome_lang, chrome):
                site = templates[chrome_lang]
                url = f"https://{chrome_lang}.{site.domain}{_article_path(date, story, variant)}"
                pages.append((url, story, index, variant, sentences, lang, chrome_lang, site, date, rng))
    by_site: dict[str, list[str]] = {}
    for url, *_, chrome_lang, _site, _date, _rng in pages:
        by_site.setdefault(chrome_lang, []).append(url)
    motto_urls = {url for urls in by_site.values() for url in sorted(urls)[::MOTTO_EVERY]}
    manifest: list[dict] = []
    for url, story, index, variant, sentences, lang, chrome_lang, site, date, rng in pages:
        chrome_strings = CHROME[chrome_lang]
        headline, body = sentences[0], [s for s in sentences[1:] if s]
        others = [t for t in all_titles[variant] if t[0] != headline] or [(headline, story)]
        other_title, other_story = rng.choice(others)
        other_path = _article_path(f"2019-{rng.randint(1, 12):02d}", other_story, variant)
        # Relative on some templates, absolute on the site's own host on the others.
        other_href = other_path if site.key in ("wpauto", "portal") else f"https://{chrome_lang}.{site.domain}{other_path}"
        paras = _paragraphs(body, lang, rng)
        planted = _plant(site, chrome_strings, headline=headline, other_title=other_title, other_href=other_href,
                         rng=rng, date=date, motto=url in motto_urls)
        sidebar = [t for t, _ in rng.sample(others, min(5, len(others)))]
        more = None
        if shapes != "base":
            srng = _shapes_rng(seed, url)
            host = "" if site.key in ("wpauto", "portal") else f"https://{chrome_lang}.{site.domain}"
            more = _more_shapes(site, chrome_strings, SHAPES[chrome_lang], rng=srng, site_name=site.name, date=date,
                                n_paras=len(paras), credits=AGENCIES, others=[
                                    (t, host + _article_path(f"2019-{srng.randint(1, 12):02d}", o, variant))
                                    for t, o in others], numbered=_numbered_draws(shapes, chrome_lang, seed, url))
        story_lines: list[str] = []
        if more is not None and shapes == "digits":
            paras, story_lines = _with_digits(more, paras, seed=seed, site=f"{site.key}-{chrome_lang}", url=url,
                                              chrome_lang=chrome_lang, lang=lang, chrome=chrome_strings)
        page = _render(site, lang=lang, chrome_lang=chrome_lang, chrome=chrome_strings,
                       headline=headline, paras=paras, planted=planted,
                       sidebar_titles=sidebar, url=url, date=date, more=more)
        rel = Path(f"{site.key}-{chrome_lang}") / f"{_slug(story)}.{variant}.html"
        (out_dir / rel).parent.mkdir(parents=True, exist_ok=True)
        (out_dir / rel).write_text(page, encoding="utf-8")
        where = ("start", "middle", "end")
        manifest.append({
            "path": str(rel), "url": url, "site": f"{site.key}-{chrome_lang}", "site_name": site.name,
            "language": lang, "variant": variant, "chrome_language": chrome_lang,
            "chrome_group": chrome_group(chrome_lang), "story": story,
            "story_split": "tune" if index % 2 == 0 else "test", "title": headline,
            "gold_sentences": body + story_lines, "gold_paragraphs": paras, "must_keep": story_lines,
            "planted": [{"kind": p.kind, "text": p.text, "where": w, "needle": p.needle}
                        for w, group in zip(where, planted, strict=True) for p in group] + _more_planted(more),
        })
    manifest += _further_pages(out_dir, stories, split=split, chrome=chrome, seed=seed, shapes=shapes)
    manifest += _further_pages(out_dir, stories, split=split, chrome=chrome, seed=seed, shapes=shapes, part=TUNE2)
    with (out_dir / "manifest.jsonl").open("w", encoding="utf-8") as fh:
        for entry in manifest:
            fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
    return manifest


# Each site of a further language (``bench.chrome_languages``) publishes this many NTREX pages and
# this many real articles (semeval-dev: real text, cut to about 1,000 characters), drawn per
# language; its "read also" lines and sidebar link to its own other pages.
FURTHER_NTREX_PAGES = 9
FURTHER_REAL_PAGES = 5
# A real article's paragraph counts as gold from this length (shorter ones are its own residue).
MIN_REAL_PARAGRAPH_CHARS = 40


def real_articles() -> list[tuple[str, str, str, str, list[str]]]:
    """(split, id, language, title, paragraphs) of the semeval-dev articles with two or more
    whole paragraphs (the last one cut off mid-sentence, and a copy of the title, left out)."""
    from bench.semeval import SEMEVAL_DIR, load
    from newsspider.unicode_classes import CLOSING_MARKS, SENTENCE_ENDS

    if not SEMEVAL_DIR.exists():
        return []
    articles, _ = load(SEMEVAL_DIR)
    out = []
    for a in sorted(articles, key=lambda a: a.doc_id):
        paras = [" ".join(p.split()) for p in a.text.split("\n")]
        paras = [p for p in paras if len(p) >= MIN_REAL_PARAGRAPH_CHARS and compared_text(p) != compared_text(a.title)]
        if paras and paras[-1].rstrip(CLOSING_MARKS)[-1:] not in SENTENCE_ENDS:
            paras.pop()
        if len(paras) >= 2 and len(set(paras)) == len(paras) and a.title.strip():
            out.append((a.split, a.doc_id, a.language, " ".join(a.title.split()), paras))
    return out


@dataclass(frozen=True)
class Part:
    """A part of pages whose sites each publish their own texts (``_further_pages``): its languages'
    chrome and shapes, how many NTREX and real pages a site publishes, its "read also" styles, and
    whether its pages also carry the markups of ``_tune2_shapes``."""

    name: str
    table: dict
    shapes_table: dict
    ntrex_pages: int
    real_pages: int
    styles: tuple[str, ...]
    tune2_markups: bool = False


FURTHER = Part("further", FURTHER_CHROME, SHAPES, FURTHER_NTREX_PAGES, FURTHER_REAL_PAGES, READ_ALSO_STYLES)


def _further_pages(out_dir: Path, stories: list, *, split: str, chrome: str, seed: int,
                   shapes: str = "base", part: Part = FURTHER) -> list[dict]:
    """The pages of the sites of ``part``'s languages in the ``chrome`` selection (see
    ``FURTHER_NTREX_PAGES``), written to out_dir; their manifest entries."""
    langs = sorted(part.table)
    chosen = [lang for lang in langs if _in_chrome(lang, chrome)]
    if not chosen:
        return []
    ntrex = [(index, story, variant, sentences) for index, (story, variants) in enumerate(stories)
             for variant, sentences in sorted(variants.items()) if sentences and sentences[0]]
    real = real_articles()
    # Every site its own texts, under paths of its own (one server serves all the sites, by path).
    shuffle = random.Random(f"{seed}:{part.name}")
    shuffle.shuffle(ntrex)
    shuffle.shuffle(real)
    manifest = []
    for lang in chosen:
        k = langs.index(lang)
        site = SITES[k % len(SITES)]
        chrome_strings = part.table[lang]
        rng = keyed_rng(f"{seed}:{part.name}:{lang}")
        pages = []  # (url, story key, story split, article language, variant, headline, gold paragraphs, sentences)
        for index, story, variant, sentences in ntrex[k * part.ntrex_pages:(k + 1) * part.ntrex_pages]:
            date = f"2019-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            body = [s for s in sentences[1:] if s]
            pages.append((f"https://{lang}.{site.domain}/{lang}{_article_path(date, story, variant)}", story,
                          "tune" if index % 2 == 0 else "test", VARIANTS_BY_NAME[variant], variant, sentences[0],
                          _paragraphs(body, VARIANTS_BY_NAME[variant], rng), body, date))
        for art_split, doc_id, art_lang, title, paras in real[k * part.real_pages:(k + 1) * part.real_pages]:
            date = f"2020-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            pages.append((f"https://{lang}.{site.domain}/{lang}{_article_path(date, 'semeval ' + doc_id, art_lang)}",
                          f"semeval-{doc_id}", art_split, art_lang, art_lang, title, paras, paras, date))
        titles = [(headline, url.split("/", 3)[3]) for url, _, _, _, _, headline, *_ in pages]
        pages = [p for p in pages if split in ("all", p[2]) or (split == "dev" and p[2] == "tune")]
        motto_urls = set(sorted(p[0] for p in pages)[::MOTTO_EVERY])
        for url, story, story_split, art_lang, variant, headline, paras, gold, date in pages:
            others = [(t, "/" + path if site.key in ("wpauto", "portal") else f"https://{lang}.{site.domain}/{path}")
                      for t, path in titles if t != headline]
            links = rng.sample(others, 2)
            style = rng.choice(part.styles)
            read_also = _read_also_styled(style, chrome_strings["read_also"], links)
            motto = url in motto_urls
            planted = _plant(site, chrome_strings, headline=headline, other_title=links[0][0],
                             other_href=links[0][1], rng=rng, date=date, motto=motto and not part.tune2_markups,
                             read_also=read_also, credits=AGENCIES + OUTLETS)
            sidebar = [t for t, _ in rng.sample(others, min(5, len(others)))]
            more = None
            if shapes != "base":
                more = _more_shapes(site, chrome_strings, part.shapes_table[lang], rng=_shapes_rng(seed, url),
                                    site_name=site.name, date=date, n_paras=len(paras), others=others,
                                    credits=AGENCIES + OUTLETS, numbered=_numbered_draws(shapes, lang, seed, url))
            if part.tune2_markups:
                more = _tune2_shapes(more or Shapes(), chrome_strings, rng=keyed_rng(f"{seed}:tune2:{url}"),
                                     site_rng=keyed_rng(f"{seed}:tune2-site:{lang}"), others=others,
                                     n_paras=len(paras), motto=motto, credits=OUTLETS)
            story_lines: list[str] = []
            if more is not None and shapes == "digits":
                paras, story_lines = _with_digits(more, paras, seed=seed, site=f"{site.key}-{lang}", url=url,
                                                  chrome_lang=lang, lang=art_lang, chrome=chrome_strings)
            page = _render(site, lang=art_lang, chrome_lang=lang, chrome=chrome_strings, headline=headline,
                           paras=paras, planted=planted, url=url, date=date, sidebar_titles=sidebar, more=more)
            rel = Path(f"{site.key}-{lang}") / f"{_slug(story)}.{variant}.html"
            (out_dir / rel).parent.mkdir(parents=True, exist_ok=True)
            (out_dir / rel).write_text(page, encoding="utf-8")
            manifest.append({
                "path": str(rel), "url": url, "site": f"{site.key}-{lang}", "site_name": site.name,
                "language": art_lang, "variant": variant, "chrome_language": lang, "chrome_group": chrome_group(lang),
                "story": story, "story_split": story_split, "title": headline, "gold_sentences": gold + story_lines,
                "gold_paragraphs": paras, "must_keep": story_lines, "read_also_style": style,
                "planted": [{"kind": p.kind, "text": p.text, "where": w, "needle": p.needle}
                            for w, group in zip(("start", "middle", "end"), planted, strict=True) for p in group]
                + _more_planted(more),
            })
    return manifest

def _shapes_rng(seed: int, url: str) -> random.Random:
    """The draws of a page's further shapes: apart from its own, which stay as without them."""
    return keyed_rng(f"{seed}:shapes:{url}")


def _numbered_draws(shapes: str, lang: str, seed: int, url: str) -> tuple[str, str, str] | None:
    """The numbers of a "numbered" page (``_numbered``), drawn apart from its other shapes; None on the others."""
    return _numbered(lang, keyed_rng(f"{seed}:numbered:{url}")) if shapes == "numbered" else None


# The counters' markup (one per site): no class names them, so only their text can tell them.
COUNTER_MARKUPS = ("<p>{}</p>", "<p><small>{}</small></p>", "<div><span>{}</span></div>")


def _with_digits(more: Shapes, paras: list[str], *, seed: int, site: str, url: str, chrome_lang: str, lang: str,
                 chrome: dict) -> tuple[list[str], list[str]]:
    """A "digits" page (``bench.digit_shapes``): its counter lines planted into ``more``, its story
    lines put among ``paras`` (the boxes of ``more`` kept before the paragraphs they stood before);
    returns (paragraphs, story lines)."""
    shapes = SHAPES[chrome_lang] if chrome_lang in SHAPES else TUNE2_SHAPES[chrome_lang]
    way = digit_shapes.site_digits(seed, site, chrome["comments"])
    markup = COUNTER_MARKUPS[int(hashlib.sha256(site.encode()).hexdigest(), 16) % len(COUNTER_MARKUPS)]
    plants = [Plant(f"digits_{kind}", line, markup.format(_esc(line))) for kind, line in digit_shapes.counter_lines(
        way, seed=seed, url=url, minutes=shapes["minutes"], comments=chrome["comments"], photo=shapes["photo"],
        digits=lambda number: _digits(number, chrome_lang))]
    if way.position == "end":
        more.end.extend(plants)
    elif way.position == "top":
        more.start[:0] = plants
    else:
        more.start.extend(plants)
    story = digit_shapes.story_lines(seed, url, lang)
    inserts = []  # (index in the new paragraphs, line)
    if len(paras) >= 2:
        inserts += [(at, story[kind]) for at, kind in ((1, "bare"), (len(paras) - 1, "middle")) if kind in story]
    out = list(paras)
    for at, line in sorted(inserts, reverse=True):
        out.insert(at, line)
        for boxes in (more.before, more.tails):
            for i in sorted((i for i in boxes if i >= at), reverse=True):
                boxes[i + 1] = boxes.pop(i)
    if "closing" in story:
        out.append(story["closing"])
    return out, [line for _, line in inserts] + ([story["closing"]] if "closing" in story else [])


def _more_planted(more: Shapes | None) -> list[dict]:
    """The manifest's planted entries of a page's further shapes (where: "more")."""
    if more is None:
        return []
    plants = [*more.start, *(p for group in more.before.values() for p in group), *more.tails.values(),
              *more.pre_end, *more.end]
    return [{"kind": p.kind, "text": p.text, "where": "more", "needle": p.needle} for p in plants]


# The tune2 part (``bench.chrome_tune2``): 20 more site languages, whose pages also carry the markups
# below, as real templates print them, none of which the other parts use. Written after the other
# tuning parts were exhausted, to tune rules on languages and markups they were not written for.
TUNE2_READ_ALSO_STYLES = (*READ_ALSO_STYLES, "emoji", "arrow", "whole-link", "caps-bar", "dash", "span-box")
TUNE2_NTREX_PAGES = 16
TUNE2_REAL_PAGES = 6
TUNE2 = Part("tune2", TUNE2_CHROME, TUNE2_SHAPES, TUNE2_NTREX_PAGES, TUNE2_REAL_PAGES, TUNE2_READ_ALSO_STYLES,
             tune2_markups=True)
# Where a tune2 site prints its motto (on a third of its pages), one slot and one markup per site.
MOTTO_SLOTS = ("top", "bottom", "before-end")
MOTTO_MARKUPS = ("<p><em>{}</em></p>", '<p class="site-motto"><strong>{}</strong></p>', '<div class="slogan">{}</div>',
                 "<h5>{}</h5>")
NETWORKS = ("Facebook", "X", "WhatsApp", "Telegram")


def _tune2_shapes(more: Shapes, chrome: dict, *, rng: random.Random, site_rng: random.Random,
                  others: list[tuple[str, str]], n_paras: int, motto: bool, credits: list[str]) -> Shapes:
    """``more`` with the tune2 part's markups added (drawn with ``rng``; ``site_rng`` draws what a
    site prints the same way on every page): the site's motto on a third of its pages, a messenger
    channel's prompt, a share bar of network links, a newsletter box with a pitch and a button but
    no form, a picture credit naming a photographer or an outlet, a box of related headlines."""
    n = rng.randint(100, 9999)
    last = max(0, n_paras - 1)
    slot, motto_markup = site_rng.choice(MOTTO_SLOTS), site_rng.choice(MOTTO_MARKUPS)
    if motto:
        plant = Plant("motto", chrome["motto"], motto_markup.format(_esc(chrome["motto"])))
        if slot == "top":
            more.start.insert(0, plant)
        elif slot == "bottom":
            more.end.append(plant)
        else:
            more.pre_end.insert(0, plant)
    channel = chrome["channel"]
    channel_html = rng.choice([
        f'<p><a href="https://whatsapp.com/channel/{n}">{_esc(channel)}</a></p>',
        f"<p>📲 <strong>{_esc(channel)}</strong></p>",
        f'<div class="wa-cta"><a class="btn" href="https://whatsapp.com/channel/{n}">{_esc(channel)}</a></div>',
    ])
    more.before.setdefault(rng.randint(min(1, last), last), []).append(Plant("channel", channel, channel_html))
    share = chrome["share"]
    networks = rng.sample(NETWORKS, 3)
    anchors = [f'<a href="https://share.example/{k}?u={n}">{k}</a>' for k in networks]
    share_html, share_plants = rng.choice([
        (f'<div class="share-bar"><span>{_esc(share)}:</span> {" ".join(anchors)}</div>',
         [Plant("share_bar", f"{share}: {' '.join(networks)}", "", needle=f"{share}:")]),
        (f'<div><p>{_esc(share)}</p><ul>{"".join(f"<li>{a}</li>" for a in anchors)}</ul></div>',
         [Plant("share_bar", share, ""), *(Plant("share_network", k, "") for k in networks)]),
    ])
    more.end.insert(0, Plant(share_plants[0].kind, share_plants[0].text, share_html, share_plants[0].needle))
    more.end[1:1] = share_plants[1:]
    newsletter, pitch, subscribe = chrome["newsletter"], chrome["pitch"], chrome["subscribe"]
    box_html = rng.choice([
        f'<div class="newsletter-cta"><h4>{_esc(newsletter)}</h4><p>{_esc(pitch)}</p>'
        f'<p><a class="button" href="/newsletter">{_esc(subscribe)}</a></p></div>',
        f'<section class="box"><p><strong>{_esc(newsletter)}</strong></p><p>{_esc(pitch)}</p>'
        f'<a href="/newsletter">{_esc(subscribe)}</a></section>',
    ])
    more.pre_end.append(Plant("newsletter_cta", newsletter, box_html))
    more.pre_end.extend([Plant("newsletter_pitch", pitch, ""), Plant("newsletter_button", subscribe, "")])
    credit = f"{chrome['photo']}: {rng.choice([*credits, *chrome['authors']])}"
    credit_text, credit_html = rng.choice([
        (credit, f'<figure><img src="/img/{n}.jpg" alt=""><figcaption>{_esc(credit)}</figcaption></figure>'),
        (f"© {credits[n % len(credits)]}", f'<div class="img"><img src="/img/{n}.jpg" alt="">'
                                           f'<p class="photo-credit">© {_esc(credits[n % len(credits)])}</p></div>'),
        (credit, f'<div class="picture"><img src="/img/{n}.jpg" alt=""><span>{_esc(credit)}</span></div>'),
    ])
    more.before.setdefault(min(2, last), []).append(Plant("photo_by", credit_text, credit_html))
    related = rng.sample(others, min(len(others), 3))
    label = chrome["related"]
    box, label_text = rng.choice([
        (f'<div class="related"><p class="title">{_esc(label)}</p><ol>'
         + "".join(f'<li>{_link(t, h)} <span class="date">2019-0{i + 1}-1{i}</span></li>'
                   for i, (t, h) in enumerate(related)) + "</ol></div>", label),
        (f'<section class="more"><h2>{_esc(label)}</h2>'
         + "".join(f'<article><a href="{_esc(h)}"><h3>{_esc(t)}</h3></a></article>' for t, h in related)
         + "</section>", label),
        (f"<p><strong>{_esc(label)}:</strong></p><ul>" + "".join(f"<li>{_link(t, h)}</li>" for t, h in related)
         + "</ul>", f"{label}:"),
    ])
    more.end.append(Plant("related_box", label_text, box))
    more.end.extend(Plant("related_item", t, "", needle=t) for t, _ in related)
    return more


def compared_text(s: str) -> str:
    """A text as compared: canonically equivalent spellings alike (NFC: a precomposed Devanagari
    nukta letter and its letter + nukta are one text), spaces collapsed, case folded."""
    return " ".join(unicodedata.normalize("NFC", s).split()).casefold()


def score_page(entry: dict, text: str) -> dict:
    """How one extracted/cleaned text did on a page: gold sentences kept, planted strings left.

    A story line that must stay (``must_keep``: the "digits" pages) is kept when it stays a line of its own.
    A planted string leaks if it survives as its own paragraph, or (shortcodes; the linked
    headline of a "read also" line) anywhere in the text. A planted headline counts as leaked
    only beyond the one copy a text may legitimately start with when the pipeline keeps the title
    in the body; callers that strip the title should expect zero copies.
    """
    norm = compared_text(text)
    kept = sum(1 for s in entry["gold_sentences"] if compared_text(s) in norm)
    lines = {compared_text(ln) for ln in text.split("\n")}
    leaked = []
    for item in entry["planted"]:
        t = compared_text(item["text"])
        if item["kind"] == "headline":
            continue  # the headline is also gold metadata; count copies separately
        needle = compared_text(item.get("needle") or "")
        if t in lines or (item["kind"] == "shortcode" and t in norm) or (needle and needle in norm):
            leaked.append(item)
    # Copies of the headline beyond those inside gold sentences (a lead may start with it).
    title = compared_text(entry["title"])
    headline_copies = max(0, norm.count(title) - sum(compared_text(g).count(title) for g in entry["gold_sentences"]))
    total = len(entry["gold_sentences"])
    must_keep = entry.get("must_keep", [])
    return {"gold_total": total, "gold_kept": kept, "recall": kept / total if total else 1.0,
            "must_keep_total": len(must_keep), "must_keep_kept": sum(compared_text(s) in lines for s in must_keep),
            "planted_total": sum(1 for p in entry["planted"] if p["kind"] != "headline"),
            "planted_leaked": len(leaked), "leaked": leaked, "headline_copies": headline_copies}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir", type=Path, help="where to write pages (outside the repository)")
    ap.add_argument("--ntrex", type=Path, default=NTREX_DIR)
    ap.add_argument("--split", default="all", choices=["all", "tune", "dev", "test"])
    ap.add_argument("--chrome", default="all", choices=["all", "tune", "held-out", "further", *CHROME_GROUPS])
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--shapes", default="base", choices=SHAPE_SETS,
                    help="more: add the further chrome shapes of bench.chrome_shapes; numbered: those with "
                         "template lines whose numbers change per page; digits: counters of one or two digits "
                         "and story lines with numbers (bench.digit_shapes)")
    args = ap.parse_args(argv)
    repo = Path(__file__).resolve().parents[1]
    if args.out_dir.resolve().is_relative_to(repo):
        ap.error("write pages outside the repository (they are generated from shared data)")
    manifest = build_pages(args.out_dir, ntrex_dir=args.ntrex, split=args.split, chrome=args.chrome, seed=args.seed,
                           shapes=args.shapes)
    sites = sorted({m["site"] for m in manifest})
    print(f"{len(manifest)} pages, {len(sites)} sites, manifest {args.out_dir / 'manifest.jsonl'}")


if __name__ == "__main__":
    main()

