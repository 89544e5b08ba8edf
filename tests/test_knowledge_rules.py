"""The coding, fatality, cue and verb files load, and hold no duplicates, overlaps or typos."""

import re
from pathlib import Path

import pytest
import yaml

from pipeline.coding_rules import load_coding_rules
from pipeline.contract import SUB_EVENT_TYPES
from pipeline.death_rules import load_death_rules
from pipeline.knowledge import (
    KNOWLEDGE_DIR,
    KnowledgeError,
    load_cues,
    load_irregular,
    load_knowledge,
)
from pipeline.textnorm import fold_key

# ACLED's sub-event types, as the data contract declares them
ACLED_SUB_TYPES = {sub for subs in SUB_EVENT_TYPES.values() for sub in subs}


def _lists(path: Path) -> dict[str, list]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if isinstance(v, list)}


@pytest.mark.parametrize("name", ["coding.yaml", "fatalities.yaml"])
def test_word_lists_have_no_duplicates(name):
    for key, words in _lists(KNOWLEDGE_DIR / name).items():
        assert len(words) == len(set(words)), f"{name}: {key} repeats a word"


def test_coding_words_are_lemmas_and_civilians_are_never_armed():
    rules = load_coding_rules()
    for words in (rules.civilians, rules.armed, rules.state, rules.riot_words):
        assert all(w == w.lower() and " " not in w for w in words)
    assert not rules.civilians & rules.armed
    assert rules.state <= rules.armed | {"government", "junta"}


def test_coded_sub_types_are_acled_ones():
    rules = load_coding_rules()
    assert {rules.territory_state, rules.territory_other} <= ACLED_SUB_TYPES
    assert load_death_rules().harmless_sub_types <= ACLED_SUB_TYPES
    assert {r.sub_event_type for r in load_knowledge().triggers} <= ACLED_SUB_TYPES


def test_vague_numbers_are_counts():
    assert all(isinstance(v, int) and v > 0 for v in load_death_rules().vague.values())


def test_irregular_verbs_list_forms_once(tmp_path):
    irregular = load_irregular(KNOWLEDGE_DIR / "irregular_verbs.yaml")
    forms = [f for fs in irregular.values() for f in fs]
    assert len(forms) == len(set(forms))
    bad = tmp_path / "verbs.yaml"
    bad.write_text("- take\n- took\n", encoding="utf-8")
    with pytest.raises(KnowledgeError):
        load_irregular(bad)


def test_every_lemma_pattern_in_the_lexicon_matches_its_own_forms():
    for rule in load_knowledge().triggers:
        for phrase in rule.pattern.split("|"):
            words = phrase.split()
            if words and words[0].startswith("@") and "{place}" not in phrase:
                lemma = words[0][1:]
                assert rule.regex.search(" ".join([lemma, *words[1:]])), rule.pattern


def _cue_lists(node, key: str = "cues"):
    """Every word list of cues.yaml, nested ones too, with where it sits."""
    if isinstance(node, list):
        yield key, node
    elif isinstance(node, dict):
        for name, child in node.items():
            yield from _cue_lists(child, f"{key}.{name}")


def test_cue_lists_hold_words_once():
    data = yaml.safe_load((KNOWLEDGE_DIR / "cues.yaml").read_text(encoding="utf-8"))
    for key, words in _cue_lists(data):
        assert all(isinstance(w, str) and w.strip() for w in words), f"{key}: a word is not text"
        folded = [fold_key(w) for w in words]
        assert len(folded) == len(set(folded)), f"{key} repeats a word"


@pytest.mark.parametrize("name", ["report_nouns", "reported_by", "passive"])
def test_cue_phrases_compiled_into_patterns_are_plain_words(name):
    # these lists become regular expressions: a stray comma or bracket would never match
    words = getattr(load_cues(KNOWLEDGE_DIR / "cues.yaml"), name)
    assert words
    assert all(re.fullmatch(r"[a-z]+(?: [a-z]+)*", w) for w in words), name


def test_place_cue_lists_are_plain_words_held_once():
    # place_cues.yaml's lists become regular expressions: a typo would silently never match
    lists = _lists(KNOWLEDGE_DIR / "place_cues.yaml")
    categories = [lists.pop("left_from"), lists.pop("handed_over")]
    for key, words in lists.items():
        assert all(re.fullmatch(r"[a-z]+(?: [a-z]+)*", w) for w in words), key
        assert len(words) == len(set(words)), f"{key} repeats a word"
    assert all(categories)


@pytest.mark.parametrize(
    ("path", "key"),
    [
        ("place_cues.yaml", "left_from"),
        ("place_cues.yaml", "handed_over"),
        ("cues.yaml", "seat_of_government"),
        ("cues.yaml", "made_by_statement"),
    ],
)
def test_cue_lists_of_trigger_categories_name_real_categories(path, key):
    # a misspelt category would silently never apply
    known = {t.category for t in load_knowledge().triggers}
    listed = yaml.safe_load((KNOWLEDGE_DIR / path).read_text(encoding="utf-8"))[key]
    assert listed and set(listed) <= known, set(listed) - known


@pytest.mark.parametrize(
    ("good", "bad", "named"),
    [
        ("\npassive:", "\npassives:", "passive"),  # a list missing
        ('upon, "on", while', "upon, on, while", "cues.yaml"),  # YAML reads `on` as true
    ],
)
def test_a_broken_cue_file_is_reported_by_name(tmp_path, good, bad, named):
    text = (KNOWLEDGE_DIR / "cues.yaml").read_text(encoding="utf-8")
    broken = tmp_path / "cues.yaml"
    broken.write_text(text.replace(good, bad), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=named):
        load_cues(broken)


def test_coding_rules_name_real_trigger_categories():
    # a misspelt category in coding.yaml would silently never apply
    known = {t.category for t in load_knowledge().triggers}
    rules = load_coding_rules()
    listed = {
        "person_only": rules.person_only,
        "armed_only": rules.armed_only,
        "not_as_modifier": rules.not_as_modifier,
        "part_of_violence": rules.part_of_violence,
        "on_person": frozenset(rules.on_person),
        "on_person_by_state": frozenset(rules.on_person_by_state),
    }
    for key, categories in listed.items():
        assert categories and categories <= known, (key, sorted(categories - known))
