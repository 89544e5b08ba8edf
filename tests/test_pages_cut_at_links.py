"""A web page whose links broke its sentences into paragraphs ("in Niger's" / "Tahoua" /
"region" / '"resulted in ..."') is read as the sentences it holds; an act told "also" by the
same doers, at a village no gazetteer knows, happened on the day told before and is an event
of its own; the words that
modify another act ("the military coup") name none of this act's sides; of two reports of one
event, the one that names both sides sets its type; fighters "affiliated with" a group are one
side with it; a village named in apposition ("Toumour, a village") was struck."""

from datetime import date

from mention_types import days_of, mentions_of, only_mention

from pipeline.boilerplate import clean_body
from pipeline.merge import merge_mentions

MONDAY = date(2021, 3, 22)
SUNDAY = date(2021, 3, 21)

CUT_AT_LINKS = (
    "Attacks on Sunday by armed men against villages\n\nin Niger's\n\nTahoua\n\nregion\n\n"
    '"resulted in the death of 137 people," the government announced Monday night.\n\n'
    "The spokesman,\n\nZakaria Abdourahmane\n\n, read a statement on television.\n"
)


def test_a_sentence_a_page_cut_at_its_links_is_kept_whole():
    cleaned = clean_body(CUT_AT_LINKS)
    assert len(cleaned) == len(CUT_AT_LINKS)  # offsets stay those of the body
    first = cleaned.split("\n\n")[0]
    assert " ".join(first.split()) == (
        "Attacks on Sunday by armed men against villages in Niger's Tahoua region "
        '"resulted in the death of 137 people," the government announced Monday night.'
    )
    assert "The spokesman, Zakaria Abdourahmane , read" in " ".join(cleaned.split())


def test_the_attack_of_a_sentence_cut_at_its_links_has_its_place_and_day(extractor):
    attacks = only_mention(mentions_of(MONDAY, extractor, CUT_AT_LINKS), "Attacks")
    assert attacks.place is not None and attacks.place.name.startswith("Tahoua")
    assert days_of(attacks) == (SUNDAY, SUNDAY)
    assert attacks.trigger.event_type == "Violence against civilians"


def test_headings_and_the_lines_under_them_stay_apart():
    body = (
        "NIGER - TILLABERI REGION\nAccess update No. 14 | Period covered: 12 to 25 August 2022\n\n"
        "KEY POINTS\n\n- A mine on the Makalondi-Torodi axis killed three people.\n\n"
        "Why the attack on Toumour is a warning\n\n"
        '"We have lost everything": the village was devastated on December 12.\n'
    )
    cleaned = clean_body(body)
    assert "KEY POINTS" not in cleaned  # a heading, not the end of the line above
    assert "Period covered" not in cleaned
    assert "warning\n\n" in cleaned or "warning" not in cleaned


def test_an_act_told_also_by_the_same_doers_at_an_unknown_village_is_of_that_day(extractor):
    body = (
        "Some 200 people died in Niger. Many more were hurt. Officials spoke.\n\n"
        "On March 15, suspected jihadists carried out several attacks on vehicles returning from"
        " the weekly market in Banibangou.\n\n"
        "They also attacked the village of Darey-Daye, killing its inhabitants.\n"
    )
    attacked = only_mention(mentions_of(MONDAY, extractor, body), "attacked")
    assert days_of(attacked) == (date(2021, 3, 15), date(2021, 3, 15))
    # the village is a place of its own: two events, as ACLED codes one per location
    events = merge_mentions(mentions_of(MONDAY, extractor, body))
    village = [e for e in events if any(m.place_text == "Darey-Daye" for m in e.mentions)]
    assert len(events) == 2 and len(village) == 1
    assert village[0].event_type == "Violence against civilians"


def test_an_act_told_without_also_or_a_place_after_a_dated_one_keeps_no_day(extractor):
    # (named, the village would be the scene going on, known to a gazetteer or not)
    body = (
        "Some 200 people died in Niger. Many more were hurt. Officials spoke.\n\n"
        "On March 15, suspected jihadists carried out several attacks on vehicles in Banibangou."
        "\n\nThey attacked a village, killing its inhabitants.\n"
    )
    found = mentions_of(MONDAY, extractor, body)
    assert not [m for m in found if "attacked" in m.trigger.text]


def test_the_side_that_modifies_another_act_is_not_a_side_of_this_one(extractor):
    body = (
        "Protesters attacked the French Embassy in Niamey on Sunday, following the military"
        " coup in the country last week.\n"
    )
    riot = only_mention(mentions_of(date(2023, 7, 31), extractor, body), "attacked")
    assert riot.trigger.event_type == "Riots"
    assert "Military Forces of Niger" not in riot.actors
    coup = only_mention(mentions_of(date(2023, 7, 31), extractor, body), "coup")
    assert "Military Forces of Niger" in coup.actors


def test_fighters_affiliated_with_a_group_are_one_side_named_by_the_group(extractor):
    body = (
        "Terrorists believed to be affiliated with Boko Haram launched a bloody attack on"
        " Toumour, a village in southeastern Niger, on the night of December 12.\n"
    )
    attack = only_mention(mentions_of(date(2020, 12, 18), extractor, body), "attack")
    assert attack.actors == ("Boko Haram",)
    # a village named in apposition was struck: its people were
    assert attack.trigger.event_type == "Violence against civilians"


def test_a_group_named_first_keeps_its_name_and_its_fight_with_the_army(extractor):
    body = "JNIM, linked to al-Qaeda, attacked soldiers in Djibo on Monday.\n"
    attack = only_mention(mentions_of(date(2020, 12, 18), extractor, body), "attacked")
    assert attack.actors[0] == "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"
    assert "Al-Qaeda" not in attack.actors
    assert attack.trigger.event_type == "Battles"


def test_a_caption_stays_apart_from_a_paragraph_opening_on_a_figure_or_an_agency():
    body = (
        "Soldiers lost contact with a patrol.\n\nMalian soldiers patrol near Gao in 2022\n\n"
        "20 civilians were killed in the attack on Sunday, residents said.\n\n"
        "Burkina Faso junta leader\n\n(AFP) - Gunmen killed ten people.\n"
    )
    words = " ".join(clean_body(body).split())
    assert "20 civilians were killed" in words and "in 2022 20" not in words
    assert "Gunmen killed ten people" in words and "leader (AFP)" not in words


def test_men_linked_to_a_group_that_soldiers_arrested_are_the_other_side(extractor):
    body = "Soldiers arrested 30 men linked to JNIM in Djibo on Sunday.\n"
    arrest = only_mention(mentions_of(date(2024, 3, 12), extractor, body), "arrested")
    assert arrest.actors[0] == "Military Forces of Burkina Faso"


def test_what_a_group_has_also_done_is_no_act_of_the_day_told_before(extractor):
    body = (
        "News of the week. Many more were hurt. Officials spoke.\n\n"
        "Gunmen killed 12 villagers in Seytenga on Sunday.\n\n"
        "The group has also attacked schools and health centres, forcing thousands to flee.\n"
    )
    found = mentions_of(date(2024, 3, 12), extractor, body)
    assert not [m for m in found if "attacked" in m.trigger.text]
