"""Read one article and find its event mentions: trigger, date, place and actors for each."""

import itertools
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Span

from pipeline.actors import ActorMatcher, actor_name
from pipeline.attach import Attachment
from pipeline.boilerplate import clean_body
from pipeline.coding import load_coding_rules
from pipeline.dates import find_dates
from pipeline.enrich import FrameReader, SentenceView
from pipeline.fatalities import load_death_rules
from pipeline.knowledge import Knowledge
from pipeline.nlp import load_parser, make_nlp, sentence_spans
from pipeline.places import Gazetteer, OnlineGeocoder, article_countries, locate_article
from pipeline.records import (
    ActorMention,
    Article,
    ArticleExtraction,
    DateMention,
    EventMention,
    Place,
    PlaceMention,
    Trigger,
)
from pipeline.textnorm import fold
from pipeline.triggers import (
    CLAUSE_BREAK,
    Words,
    find_triggers,
    is_anaphoric,
    is_hypothetical,
    may_hold_event,
    merge_same_category,
)

RIGHT_WINDOW = 12  # words after a trigger in which its date may stand
ADJACENT = 2  # words between a bare date and the noun it modifies ("the 2015 peace agreement")
PLACE_WINDOW = 15  # words between a trigger and its place, at most
LEFT_PENALTY = 3  # a place after the trigger ("captured X in Y") is likelier than one before
VAGUENESS = 8  # words of distance a town is worth over a region, a region over a country
AFRICA = (-35.0, 38.0, -26.0, 60.0)
TOWN_PREPOSITION = re.compile(r"\b(?:in|at|near|outside|around)\s+(?:the\s+\w+\s+(?:of\s+)?)?$")
THE_TOWN = re.compile(
    r"\bthe (?:city|town)\b(?! of\b)"
    r"|\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|could|may|might|'s)\b)"
)
NO_DATE = "no date in the sentence"
TOWN_MEMORY = 3  # sentences back in which "the city" or "there" finds the town it means
NOT_THE_SCENE = re.compile(r"(?:\bfrom(?:\s+\w+)?|\bborders?\s+(?:with|of))\s+$")


@dataclass(frozen=True)
class _Sentence:
    index: int
    start: int
    end: int
    text: str
    folded: str
    dates: tuple[DateMention, ...]
    places: tuple[PlaceMention, ...]
    actors: tuple[ActorMention, ...]


def _in_africa(place: Place) -> bool:
    return AFRICA[0] <= place.latitude <= AFRICA[1] and AFRICA[2] <= place.longitude <= AFRICA[3]


def _within(items, start: int, end: int):
    """The items lying inside [start, end), with offsets made relative to start."""
    return tuple(
        replace(i, start=i.start - start, end=i.end - start)
        for i in items
        if start <= i.start and i.end <= end
    )


def _sentences(body, folded, spans, dates, located, actors) -> list[_Sentence]:
    """Sentences with their dates, places and actors; a place inside an actor's name is dropped."""
    sentences = []
    for index, (start, end) in enumerate(spans):
        own_actors = _within(actors, start, end)
        places = tuple(
            p
            for p in located[index]
            if not any(a.start < p.end and p.start < a.end for a in own_actors)
        )
        sentences.append(
            _Sentence(
                index=index,
                start=start,
                end=end,
                text=body[start:end],
                folded=folded[start:end],
                dates=_within(dates, start, end),
                places=places,
                actors=own_actors,
            )
        )
    return sentences


class Extractor:
    """Holds the heavy, reusable objects (spaCy pipeline, matchers, gazetteer) for many articles."""

    def __init__(
        self,
        knowledge: Knowledge,
        gazetteer: Gazetteer,
        geocoder: OnlineGeocoder | None = None,
        parser: Language | None = None,
    ):
        self.knowledge = knowledge
        self.gazetteer = gazetteer
        self.geocoder = geocoder
        self.nlp = make_nlp()
        self.actor_matcher = ActorMatcher(self.nlp, knowledge.actors)
        self.frames = FrameReader(
            parser if parser is not None else load_parser(),
            load_coding_rules(),
            load_death_rules(),
        )

    def extract(self, article: Article) -> ArticleExtraction:
        """Every event mention of an article; undated ones are returned apart."""
        body = clean_body(article.body, article.title, article.author)
        folded = fold(body)
        doc = self.nlp(folded)
        spans = sentence_spans(doc)
        dates = find_dates(body, article.published)
        located = locate_article([body[s:e] for s, e in spans], self.gazetteer, self.geocoder)
        actors = self.actor_matcher.find(doc)
        sentences = _sentences(body, folded, spans, dates, located, actors)
        # the title's places count towards what the article is about, never as a scene
        titled = locate_article([article.title], self.gazetteer, self.geocoder)
        countries = [
            c for c in article_countries(located + titled) if _in_africa(self.gazetteer.country(c))
        ]
        views = [SentenceView(s.index, s.text, s.actors) for s in sentences]
        rules = self.knowledge.triggers
        eventful = {s.index for s in sentences if may_hold_event(s.folded, rules)}
        parsed = self.frames.parse(views, eventful)
        reader = _ArticleReader(self, article, countries)
        found = [
            m for sentence in sentences for m in reader.read(sentence, parsed.get(sentence.index))
        ]
        found = reader.anchor(found, sentences)
        found = date_leads(found, article.published, self.knowledge.cues.lead_sentences)
        found = self.frames.read(found, views, parsed)
        dated = tuple(m for m in found if m.date is not None)
        undated = tuple(m for m in found if m.date is None)
        return ArticleExtraction(article, dated, undated, len(sentences))


class _ArticleReader:
    """Reads the sentences of one article, with the article's context at hand."""

    def __init__(self, extractor: Extractor, article: Article, countries: list[str]):
        self.x = extractor
        self.cues = extractor.knowledge.cues
        self.article = article
        self.countries = countries
        self.anaphors: dict[int, list[tuple[Trigger, str]]] = {}
        self.towns: list[tuple[int, PlaceMention]] = []  # towns named so far, for "the city"

    def read(self, sentence: _Sentence, parsed: Span | None) -> list[EventMention]:
        """Event mentions of one sentence (dated or not); `parsed`: its parse, if any."""
        self.attach = Attachment(parsed, sentence.folded)
        words = Words(sentence.folded)
        place_starts = frozenset(p.start for p in sentence.places if p.place is not None)
        found = find_triggers(sentence.folded, self.x.knowledge.triggers, place_starts)
        first_trigger = found[0].start if found else len(sentence.folded)

        def date_between(a: Trigger, b: Trigger) -> bool:
            return any(a.end <= d.start and d.end <= b.start for d in sentence.dates)

        hypothetical = [t for t in found if is_hypothetical(words, t, self.cues)]
        found = merge_same_category([t for t in found if t not in hypothetical], date_between)
        # a hypothetical trigger still bounds the scopes of its neighbours: its date is its own
        stops = sorted(t.start for t in [*found, *hypothetical])
        triggers = []
        for trigger in found:
            if is_anaphoric(words, trigger, self.cues) and not self._dated_nearby(
                words, trigger, sentence
            ):
                self.anaphors.setdefault(sentence.index, []).append(
                    (trigger, words.before(trigger.start, 6))
                )
                continue
            triggers.append(trigger)
        owned = self._adjacent_dates(words, triggers, sentence)
        mentions = []
        boundary = 0
        for trigger in triggers:
            right_end = next((p for p in stops if p > trigger.start), len(sentence.folded))
            segments, rule = self._dates_for(words, trigger, sentence, owned, boundary, right_end)
            if len(segments) == 1:
                when = segments[0][0]
                segments = [
                    (when, a, b) for a, b in self._town_segments(sentence, trigger, right_end)
                ]
            breaks = [
                m.end() for m in CLAUSE_BREAK.finditer(sentence.folded, boundary, trigger.start)
            ]
            clause_start = max([boundary, *breaks])
            for when, seg_start, seg_end in segments:
                mentions.append(
                    self._mention(
                        sentence,
                        trigger,
                        when,
                        rule,
                        (clause_start, boundary, first_trigger),
                        (max(seg_start, boundary), seg_end),
                        words,
                    )
                )
            last_date = segments[-1][0]
            if last_date is not None and last_date.start > trigger.end:
                boundary = last_date.end
            else:
                boundary = trigger.end
        self.towns += [
            (sentence.index, p)
            for p in sentence.places
            if p.place is not None and p.place.geo_precision == 1 and p.place.iso3
        ]
        return mentions

    def _town_segments(self, sentence, trigger, right_end) -> list[tuple[int, int]]:
        """One segment per town in "at A and at B": the same act in two places is two events."""
        towns = [
            p
            for p in sentence.places
            if p.place is not None
            and p.place.geo_precision == 1
            and trigger.end <= p.start
            and p.end <= right_end
            and TOWN_PREPOSITION.search(sentence.folded[max(0, p.start - 12) : p.start])
        ]
        cuts = towns[:1]
        for prev, nxt in itertools.pairwise(towns):
            between = sentence.folded[prev.end : nxt.start]
            if " and " in between and nxt.place.name != prev.place.name:
                cuts.append(nxt)
        if len(cuts) < 2:
            return [(0, right_end)]
        bounds = [0] + [t.end for t in cuts[:-1]] + [right_end]
        return list(itertools.pairwise(bounds))

    def _dated_nearby(self, words: Words, trigger: Trigger, sentence: _Sentence) -> bool:
        window = self.cues.anaphoric_window
        for d in sentence.dates:
            if (
                d.start > trigger.start
                and d.end > trigger.end
                and words.between(trigger.end, d.start) <= window
            ):
                return True
            if d.end <= trigger.start and words.between(d.end, trigger.start) <= ADJACENT:
                return True
        return False

    def _adjacent_dates(self, words, triggers, sentence) -> dict[Trigger, DateMention]:
        """Bare dates right before a noun trigger belong to it alone ("the 2015 agreement")."""
        owned = {}
        for trigger in triggers:
            for d in sentence.dates:
                if (
                    d.end <= trigger.start
                    and d.text[:1].isdigit()
                    and words.between(d.end, trigger.start) <= ADJACENT
                    and not CLAUSE_BREAK.search(sentence.folded, d.end, trigger.start)
                ):
                    owned[trigger] = d
        return owned

    def _dates_for(self, words, trigger, sentence, owned, boundary, right_end):
        """The date(s) of a trigger: its own, the next in its scope, the previous, the opening one.

        Returns (date, segment start, segment end) triples: "removed A in 2022 and B in 2023"
        gives two segments, one per date.
        """
        if trigger in owned:
            return [(self._usable(owned[trigger]), boundary, right_end)], "modifies the trigger"
        taken = set(owned.values())
        free = [
            d
            for d in sentence.dates
            if d not in taken and self.attach.fits(trigger.start, trigger.end, d.start, d.end)
        ]
        right = [
            d
            for d in free
            if trigger.start < d.start
            and trigger.end < d.end <= right_end
            and words.between(trigger.end, d.start) <= RIGHT_WINDOW
        ]
        left = [d for d in free if boundary <= d.start and d.end <= trigger.start]
        near_left = words.between(left[-1].end, trigger.start) if left else None
        if right and (
            near_left is None or words.between(trigger.end, right[0].start) <= near_left + 2
        ):
            cuts = [right[0]]
            for prev, nxt in itertools.pairwise(right):
                if " and " in f" {sentence.folded[prev.end : nxt.start]} ":
                    cuts.append(nxt)
                else:
                    break
            bounds = [boundary] + [d.end for d in cuts[:-1]] + [right_end]
            segments = [(self._usable(d), bounds[i], bounds[i + 1]) for i, d in enumerate(cuts)]
            return segments, "after the trigger"
        if left:
            return [(self._usable(left[-1]), boundary, right_end)], "before the trigger"
        opening = [d for d in free if words.between(0, d.start) <= 2 and d.end <= trigger.start]
        if opening:
            return [(self._usable(opening[0]), boundary, right_end)], "opens the sentence"
        return [(None, boundary, right_end)], NO_DATE

    def _usable(self, when: DateMention) -> DateMention | None:
        span = (when.date_end - when.date_start).days + 1
        if when.precision == "range" and span > self.cues.max_range_days:
            return None
        return when

    def _mention(self, sentence, trigger, when, rule, starts, segment, words) -> EventMention:
        """One mention; `starts`: where its clause and its scope begin, and the first trigger."""
        clause_start, scope_start, first_trigger = starts
        seg_start, seg_end = segment
        place, place_text, place_rule = self._place(sentence, trigger, scope_start, segment, words)
        country = place.country if place else ""
        subjects = [
            a for a in sentence.actors if clause_start <= a.start and a.end <= trigger.start
        ]
        if not subjects:
            subjects = self._sentence_subject(sentence, min(trigger.start, first_trigger))
        objects = [
            a
            for a in sentence.actors
            if max(trigger.end, seg_start) <= a.start and a.end <= seg_end
        ]
        ordered = []
        for a in [*subjects, *objects]:
            name = actor_name(a, country)
            if name not in ordered:
                ordered.append(name)
        return EventMention(
            article_id=self.article.article_id,
            published=self.article.published,
            sentence_index=sentence.index,
            sentence_start=sentence.start,
            sentence_end=sentence.end,
            sentence=sentence.text,
            trigger=replace(trigger, text=sentence.text[trigger.start : trigger.end]),
            date=when,
            date_rule=rule if when or rule == NO_DATE else "no usable date",
            place=place,
            place_text=place_text,
            place_rule=place_rule,
            actors=tuple(ordered),
            actor_texts=tuple(sentence.text[a.start : a.end] for a in [*subjects, *objects]),
            lasting=trigger.category in self.cues.lasting,
        )

    @staticmethod
    def _sentence_subject(sentence: _Sentence, before: int) -> list[ActorMention]:
        """The sentence's opening actor, when it stands before the first trigger, outside brackets.

        "Militiamen from the CMA, who had isolated X, have captured Y": the CMA did both.
        """
        for a in sentence.actors:
            if a.end > before:
                break
            opening = sentence.folded[: a.start]
            if opening.count("(") <= opening.count(")"):
                return [a]
        return []

    def _place(self, sentence, trigger, scope_start, segment, words):
        """Nearest place in the trigger's scope (after it first), else by actors or article."""
        candidates = []
        for p in sentence.places:
            if not self.attach.fits(trigger.start, trigger.end, p.start, p.end, place=True):
                continue  # another clause's, an apposition's or a parenthesis's place
            if p.place is None or not p.place.iso3 or not _in_africa(p.place):
                continue  # no place, or a region over several countries ("the Sahel")
            if self._possessive(sentence, p):
                continue
            if max(trigger.end, segment[0]) <= p.start and p.end <= segment[1]:
                gap = words.between(max(trigger.end, segment[0]), p.start)
                distance = gap
            elif scope_start <= p.start and p.end <= trigger.start:
                gap = words.between(p.end, trigger.start)
                crossed = len(CLAUSE_BREAK.findall(sentence.folded, p.end, trigger.start))
                distance = gap + LEFT_PENALTY * (1 + crossed)
            else:
                continue
            if gap > PLACE_WINDOW:
                continue
            # "from Mali", "the border with Niger": where people come from, not where it happened
            if NOT_THE_SCENE.search(sentence.folded[max(0, p.start - 24) : p.start]):
                continue
            candidates.append((distance + VAGUENESS * (p.place.geo_precision - 1), p.start, p))
        if candidates:
            best = min(candidates)[2]
            return best.place, best.text, f"nearest place to the trigger; {best.rule}"
        named = THE_TOWN.search(sentence.folded, scope_start, segment[1])
        recent = [(i, p) for i, p in self.towns if sentence.index - i <= TOWN_MEMORY]
        if named and recent:
            # the first town of the latest sentence naming one: usually its topic
            latest = max(i for i, _ in recent)
            town = next(p for i, p in recent if i == latest)
            return (
                town.place,
                sentence.text[named.start() : named.end()],
                (f"{named.group(0)!r}: {town.place.name}, named just before"),
            )
        for scope, label in ((segment, "the clause"), ((0, len(sentence.text)), "the sentence")):
            for a in sentence.actors:
                if scope[0] <= a.start <= a.end <= scope[1] and self.x.gazetteer.has_country(
                    a.iso3
                ):
                    place = self.x.gazetteer.country(a.iso3)
                    if _in_africa(place):
                        return place, "", f"country of {a.name}, named in {label}"
        if self.countries:
            return (
                self.x.gazetteer.country(self.countries[0]),
                "",
                "no place in the sentence: the country the article is about",
            )
        return None, "", "no place found"

    @staticmethod
    def _possessive(sentence: _Sentence, mention: PlaceMention) -> bool:
        """ "France's force" names who, not where; "Bamako's airport" still says where."""
        return (
            sentence.folded[mention.end : mention.end + 2] == "'s"
            and mention.place.geo_precision > 1
        )

    def anchor(self, found: list[EventMention], sentences) -> list[EventMention]:
        """Date undated mentions tied to an earlier dated event ("in response to the coup")."""
        dated = [m for m in found if m.date is not None and m.status == "occurred"]
        result = []
        for mention in found:
            if mention.date is None:
                anchored = self._anchor_date(mention, dated, sentences[mention.sentence_index])
                if anchored:
                    when, rule = anchored
                    mention = replace(mention, date=when, date_rule=rule)
                    dated.append(mention)
            result.append(mention)
        return result

    def _anchor_date(self, mention, dated, sentence):
        published = self.article.published
        trigger = mention.trigger
        for anaphor, before in self.anaphors.get(mention.sentence_index, []):
            low, high = sorted((anaphor.start, trigger.start))
            opening = not CLAUSE_BREAK.search(sentence.folded, 0, anaphor.start)
            if CLAUSE_BREAK.search(sentence.folded, low, high) and not opening:
                continue
            cue = next((c for c in self.cues.anchors if c in before), None)
            if cue is None:
                continue
            earlier = {m.date for m in dated if m.trigger.category == anaphor.category}
            if len(earlier) == 1:
                origin = earlier.pop()
                text = f"after the {anaphor.category.lower()} ({origin.text})"
                return self._since(origin, text, published), (
                    f"after the {anaphor.category.lower()} dated {origin.text!r}"
                )
        padded = f" {' '.join(sentence.folded.split())} "
        cue = next((c for c in self.cues.responses if f" {c} " in padded), None)
        if cue:
            earlier = {m.date for m in dated if m.sentence_index == mention.sentence_index - 1}
            if len(earlier) == 1:
                origin = earlier.pop()
                return self._since(origin, origin.text, published), (
                    f"a response to the event of the previous sentence ({origin.text!r})"
                )
        return None

    @staticmethod
    def _since(origin: DateMention, text: str, published: date) -> DateMention:
        return DateMention(
            text=text,
            start=0,
            end=0,
            date_start=origin.date_start,
            date_end=max(published, origin.date_start),
            precision="range",
        )


LEAD_DAYS = 7  # an undated event told in the lead happened in the week before publication


def date_leads(found: list[EventMention], published: date, lead: int) -> list[EventMention]:
    """Date an undated event of the lead (the first `lead` sentences) from the publication date.

    News leads report what just happened: with no date in the text, the event lies in the
    week up to the publication day, a `range` (no calendar unit is claimed). A lasting state
    ("the insurgency") did not begin that week and stays undated.
    """
    result = []
    for m in found:
        undated = m.date is None and m.date_rule == NO_DATE
        if undated and m.sentence_index < lead and not m.lasting:
            when = DateMention(
                text="",
                start=0,
                end=0,
                date_start=published - timedelta(days=LEAD_DAYS - 1),
                date_end=published,
                precision="range",
            )
            m = replace(
                m, date=when, date_rule=f"undated lead: the {LEAD_DAYS} days up to publication"
            )
        result.append(m)
    return result
