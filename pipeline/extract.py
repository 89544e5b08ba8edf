"""Read one article and find its event mentions: trigger, date, place and actors for each."""

from spacy.language import Language
from spacy.tokens import Span

from pipeline.actors import ActorMatcher
from pipeline.acts import needs_parse
from pipeline.agency import one_side
from pipeline.article_passes import dates_and_places_told_around, told_as_before
from pipeline.article_reader import ArticleReader, ReaderServices
from pipeline.boilerplate import clean_body, dateline
from pipeline.coding_rules import load_coding_rules
from pipeline.counted_back import recount
from pipeline.dated_acts import load_act_cues, with_dated_acts
from pipeline.dates import find_dates
from pipeline.death_rules import load_death_rules
from pipeline.discourse import (
    anchor,
    places_of_detention,
)
from pipeline.enrich import FrameReader
from pipeline.inflect import word_forms
from pipeline.knowledge import Knowledge
from pipeline.listed_towns import at_each_town
from pipeline.nlp import join_abbreviations, load_parser, make_nlp, sentence_spans
from pipeline.paired_triggers import SentenceTriggers
from pipeline.place_roles import in_africa, set_in
from pipeline.places import (
    Gazetteer,
    OnlineGeocoder,
    article_countries,
    countries_about,
    locate_article,
    named_by_demonym,
    unresolved_names,
)
from pipeline.places.context import FOCUS
from pipeline.records import (
    ActorMention,
    Article,
    ArticleExtraction,
    FirstReading,
    SentenceFacts,
    SentenceView,
)
from pipeline.references_back import fought_references, place_references
from pipeline.reporters import without_reporters
from pipeline.scene_patterns import told_as_border
from pipeline.sections import section_countries
from pipeline.sentence_facts import sentence_facts
from pipeline.textnorm import fold
from pipeline.town_segments import shared_out_tolls
from pipeline.trigger_index import TriggerIndex


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
        self.acts = load_act_cues(knowledge)
        self.triggers = SentenceTriggers(
            TriggerIndex(knowledge.triggers), knowledge.cues.object_pronouns
        )
        deaths = load_death_rules()
        # a country's people as those hit ("seven Mauritanians were killed") are civilians
        coding = load_coding_rules().with_nationals(gazetteer.nationals())
        self.frames = FrameReader(
            parser if parser is not None else load_parser(),
            coding,
            deaths,
        )
        # words next to a count that make it no toll of the dead: "30 wounded", "three villages"
        self.not_dead = frozenset(
            form
            for lemma in deaths.hurt_words | self.frames.coding.settlements
            for form in word_forms(lemma, {})
        )
        self.services = ReaderServices(knowledge.cues, gazetteer, self.acts, self.frames.coding)

    def extract(self, article: Article) -> ArticleExtraction:
        """Every event mention of an article; undated ones are returned apart."""
        first = self.read_first(article)
        return self.finish(first, self.frames.parse([first.to_parse])[0])

    def sides_of(self, sentence: SentenceFacts) -> list[ActorMention]:
        """The sentence's actors that may be a side: not a reporter, a group named once."""
        cues = self.knowledge.cues
        actors = without_reporters(sentence.folded, list(sentence.actors), cues)
        return one_side(sentence.folded, actors, cues.affiliation, cues.affiliation_hedges)

    def read_first(self, article: Article) -> FirstReading:
        """An article read up to the parse: sentences, triggers, the sentences to parse."""
        body = clean_body(article.body, article.title, article.author)
        folded = fold(body)
        doc = self.nlp(folded)
        ab = self.knowledge.cues.abbreviations
        spans = join_abbreviations(body, sentence_spans(doc, folded), ab.titles, ab.before_numbers)
        dates = find_dates(body, article.published)
        texts = [body[s:e] for s, e in spans]
        located = locate_article(texts, self.gazetteer, self.geocoder, article.title)
        actors = self.actor_matcher.find(doc, body)
        sentences = sentence_facts(body, folded, spans, dates, located, actors)
        # the title's places count towards what the article is about, never as a scene
        titled = locate_article([article.title], self.gazetteer, self.geocoder)
        # "Ambush near Burkina Faso border kills 10 Niger soldiers" is about Niger
        title = fold(article.title)
        titled = [[p for p in found if not told_as_border(title, p)] for found in titled]
        # the headline's countries lead (but a partner abroad it names: `countries_about`), and
        # an adjective ("Malian soldiers") says who, not what the article is about
        named = [[p for p in found if not named_by_demonym(p)] for found in located]
        countries = [
            c for c in countries_about(titled, named) if in_africa(self.gazetteer.country(c))
        ] or self._filed_in(article.body, spans)
        cues = self.knowledge.cues  # who only reports ("according to X") is no side of an act
        views = [SentenceView(s.index, s.text, tuple(self.sides_of(s))) for s in sentences]
        triggers = [self.triggers.find(s) for s in sentences]
        triggers = with_dated_acts(sentences, views, triggers, article.published, self.acts)
        framed = self.frames.coding.framed_categories
        decrees = (cues.reported_by_parse, cues.reported_modals, cues.made_by_statement)
        wanted = {
            s.index
            for s, found in zip(sentences, triggers, strict=True)
            if needs_parse(s, found, framed, decrees)
        }
        pairable = frozenset(s.index for s in sentences if self.triggers.may_pair(s))
        for_pairs = pairable - wanted
        to_parse = self.frames.to_parse(views, wanted | for_pairs)
        unresolved = tuple(unresolved_names(located))
        towns = tuple(
            p.place for p in titled[0] if p.place is not None and set_in(article.title, p)
        )
        sections = section_countries(article.body, sentences, self.gazetteer)
        return FirstReading(
            article,
            sentences,
            views,
            triggers,
            countries,
            to_parse,
            unresolved,
            towns,
            pairable,
            for_pairs,
            sections,
        )

    def _filed_in(self, raw_body: str, spans: list[tuple[int, int]]) -> list[str]:
        """The Sahel countries of the dateline before the first sentence: what an article naming
        no other country is about ("OUAGADOUGOU, Burkina Faso (AP) — Gunmen stormed a village";
        a story filed from Dakar or Abidjan tells of somewhere else)."""
        if not spans:
            return []
        opening = raw_body[raw_body.rfind("\n", 0, spans[0][0]) + 1 : spans[0][1]]
        filed = dateline(opening)
        located = locate_article([filed], self.gazetteer, self.geocoder) if filed else [[]]
        return [c for c in article_countries(located) if c in FOCUS]

    def finish(self, first: FirstReading, parsed: dict[int, Span]) -> ArticleExtraction:
        """The article's mentions, given the parses of its `to_parse` sentences."""
        article, sentences = first.article, first.sentences
        reader = ArticleReader(self.services, article, first.countries, dict(first.sections))
        kept: dict[int, Span] = {}  # the parses used: one made only for pairs may be dropped
        found = []
        for sentence, view, candidates in zip(sentences, first.views, first.triggers, strict=True):
            triggers, parse = self.triggers.with_pairs(
                sentence, candidates, parsed.get(sentence.index), first
            )
            if parse is not None:
                kept[sentence.index] = parse
            found += reader.read(sentence, triggers, parse, list(view.actors))
        cues = self.knowledge.cues
        found = recount(found, article.published, sentences)
        found = anchor(found, sentences, reader.anaphors, cues, article.published)
        found = place_references(found, reader.references)
        found = places_of_detention(found, sentences, cues)
        found = self.frames.read(found, first.views, kept)
        found = fought_references(found, reader.references)  # the parse typed it; this corrects
        found = told_as_before(found, first, cues)
        found = dates_and_places_told_around(found, first, self.gazetteer, self.knowledge)
        # counted again now that references back have dated the acts they retell ("The attack
        # happened on Sunday": the lead's day, which "came five days after" counts from)
        found = recount(found, article.published, sentences)
        found = at_each_town(found, sentences, reader.references)
        found = shared_out_tolls(found, sentences, self.not_dead)
        dated = tuple(m for m in found if m.date is not None)
        undated = tuple(m for m in found if m.date is None)
        return ArticleExtraction(article, dated, undated, len(sentences), first.unresolved)
