"""Clauses that tell another act, or none: "while a separate group attacked", "since he seized
power", a pact's terms, a state's act after a sentence on another town, "since April", a date
opening the next clause; and the words of custody, cut broadcasts and mines that explode."""

from datetime import date

import pytest
from mention_types import days_of, mentions_of, only_mention

from pipeline.places import locate_article
from pipeline.records import Article

QUIET = "Nothing was said. Nothing more. Still nothing. "  # keeps what follows out of the lead


def test_a_separate_group_attacking_elsewhere_is_another_event(extractor):
    body = (
        "On Thursday, a passenger boat was struck by at least three rockets on the Niger River"
        " near Gourma-Rharous, between Timbuktu and Gao, while a separate group of fighters"
        " attacked the army camp at Bamba, in the Bourem cercle of the Gao region."
    )
    found = mentions_of(date(2023, 9, 9), extractor, body)
    camp = only_mention(found, "attacked")
    assert camp.place.name == "Bamba" and days_of(camp) == (date(2023, 9, 7), date(2023, 9, 7))
    assert only_mention(found, "rockets").place.name.startswith("Gourma")


def test_an_act_saying_since_when_is_background(extractor):
    body = (
        "General Tiani left his country for the first time since he seized power, flying on"
        " Thursday to Mali and then to Burkina Faso."
    )
    assert not [
        m for m in mentions_of(date(2023, 11, 24), extractor, body) if m.trigger.category == "Coup"
    ]
    dated = QUIET + "Since the army seized power in Bamako on 18 August 2020, protests are banned."
    coup = only_mention(mentions_of(date(2023, 11, 24), extractor, dated), "seized power")
    assert days_of(coup) == (date(2020, 8, 18), date(2020, 8, 18))


def test_a_pact_signed_is_an_agreement_and_its_terms_no_attack(extractor):
    body = QUIET + (
        "On 16 September the three countries went further, signing in Bamako the Liptako-Gourma"
        " Charter that creates the Alliance of Sahel States (AES), a mutual defence pact under"
        " which an attack on one member counts as an attack on all."
    )
    (signed,) = mentions_of(date(2023, 11, 24), extractor, body)
    assert signed.trigger.category == "Agreement" and signed.place.name == "Bamako"


def test_a_coup_told_after_a_sentence_on_another_town_is_in_the_capital(extractor):
    body = QUIET + (
        "The FPJ claimed an attack in the night of 16 to 17 June on the pipeline that carries"
        " crude to the Soraz refinery near Zinder. The group had threatened to target oil"
        " infrastructure if Mr Bazoum, detained since the coup of July 2023, was not freed."
    )
    coup = only_mention(mentions_of(date(2024, 6, 24), extractor, body), "coup")
    assert coup.place.name == "Niamey", coup.place_rule


def test_a_decision_in_force_since_a_month_was_taken_that_month(extractor):
    body = QUIET + "Political activities have been suspended by decree since April."
    suspended = only_mention(mentions_of(date(2024, 6, 24), extractor, body), "suspended")
    assert days_of(suspended) == (date(2024, 4, 1), date(2024, 4, 30))


def test_a_date_opening_the_next_clause_is_not_the_act_s(extractor):
    body = QUIET + (
        "In March 2019, about 160 Fulani villagers were killed in Ogossagou, and in June 2022 the"
        " government said 132 civilians had been killed in attacks on Diallassagou."
    )
    found = mentions_of(date(2024, 7, 3), extractor, body)
    assert days_of(only_mention(found, "killed")) == (date(2019, 3, 1), date(2019, 3, 31))
    assert days_of(only_mention(found, "attacks")) == (date(2022, 6, 1), date(2022, 6, 30))


def test_custody_cut_broadcasts_and_an_exploding_mine(extractor):
    body = QUIET + (
        "On Thursday 25 April 2024, officers of the judicial police in Niamey questioned Mr Maiga"
        " until close to midnight, then placed him in police custody. Since August last year,"
        " the broadcasts of Radio France Internationale and France 24 have been cut across the"
        " country. Five women were killed on Saturday when a mine exploded near Diallassagou."
    )
    found = mentions_of(date(2024, 5, 3), extractor, body)
    custody = only_mention(found, "custody")
    assert custody.trigger.sub_event_type == "Arrests"
    assert days_of(custody) == (date(2024, 4, 25), date(2024, 4, 25))
    assert only_mention(found, "broadcasts").trigger.category == "Ban"
    assert only_mention(found, "mine").trigger.event_type == "Explosions/Remote violence"


def test_a_named_cercle_stands_whatever_newer_region_the_text_puts_it_in(gazetteer):
    sentence = (
        "Armed men attacked the village of Ségué, in the commune of the same name in the cercle"
        " of Bankass (Bandiagara region), on Sunday."
    )
    (located,) = locate_article([sentence], gazetteer)
    places = {m.text: m.place for m in located}
    assert places["Bankass"].name == "Bankass cercle"
    assert places["Ségué"].name == "Bankass cercle" and places["Ségué"].geo_precision == 2


def test_a_partner_abroad_in_the_headline_does_not_make_the_story_its_own(extractor):
    body = QUIET + (
        "Security minister Mahamadou Sana spoke on Burkinabe television in Ouagadougou. The"
        " plotters were based in Abidjan, he said. The minister said officers in Ouagadougou"
        " were questioned. At the end of September last year, the government had already said"
        " it had thwarted a coup attempt and arrested several officers."
    )
    article = Article(
        article_id="a",
        title="Government accuses Abidjan and Damiba",
        published=date(2024, 9, 25),
        body=body,
    )
    arrested = only_mention(extractor.extract(article).mentions, "arrested")
    assert arrested.place.iso3 == "BFA", arrested.place_rule


def test_a_coup_is_made_at_home_and_a_leader_resigns_before_he_leaves(extractor):
    body = QUIET + (
        "Traoré seized power in Ouagadougou on 30 September, and Damiba resigned two days later"
        " before leaving for Togo. Damiba, overthrown by Captain Traoré in September 2022, has"
        " lived in exile in Lomé since then."
    )
    found = mentions_of(date(2024, 9, 25), extractor, body)
    assert only_mention(found, "resigned").place.iso3 == "BFA"
    assert only_mention(found, "overthrown").place.name == "Ouagadougou"


def test_what_followed_the_coup_is_dated_from_the_seizure_of_power(extractor):
    body = QUIET + (
        "Traoré seized power on 30 September. During the two days of uncertainty that followed"
        " the coup, crowds in Ouagadougou set fire to the gate of the French embassy."
    )
    fire = only_mention(mentions_of(date(2022, 10, 25), extractor, body), "set fire")
    # the two days after the seizure of power, counted from it
    assert days_of(fire) == (date(2022, 10, 1), date(2022, 10, 2)), fire.date_rule


def test_an_envoy_given_hours_to_leave_foreign_troops_arriving_aid_suspended(extractor):
    body = QUIET + (
        "At the end of January, the government gave Olivier Salgado, spokesman of MINUSMA, 72"
        " hours to leave the country. A first group of Russian military personnel has arrived"
        " in Burkina Faso,"
        " the Africa Corps said on Wednesday. France has suspended its official development"
        " assistance to Mali, a French diplomatic source confirmed on Thursday. On 9 November"
        " Macron said France had ended Operation Barkhane."
    )
    found = mentions_of(date(2022, 11, 18), extractor, body)
    assert only_mention(found, "hours to leave").trigger.category == "Diplomatic break"
    assert only_mention(found, "personnel has arrived").trigger.category == "Deployment"
    assert only_mention(found, "assistance").trigger.category == "Suspension"
    assert only_mention(found, "ended Operation").trigger.category == "Withdrawal"


def test_soldiers_arrested_at_a_city_s_airport_are_arrested_in_that_city(gazetteer, extractor):
    body = QUIET + (
        "The affair began on Sunday 10 July, when 49 Ivorian soldiers were arrested on their"
        " arrival at Bamako-Sénou international airport on a chartered flight."
    )
    arrested = only_mention(mentions_of(date(2022, 7, 21), extractor, body), "arrested")
    assert arrested.place.name == "Bamako", arrested.place_rule


def test_a_plot_foiled_is_told_and_the_coup_it_stopped_is_none(extractor):
    body = (
        "The government of Burkina Faso says it has foiled a new plot against the transition. In"
        " a long address on national television, the minister said the intelligence services"
        " had uncovered a plan. Nothing more. At the end of September last year, the"
        " government had already said it had thwarted a coup attempt."
    )
    found = mentions_of(date(2024, 9, 25), extractor, body)
    assert not [m for m in found if m.trigger.category == "Coup"]
    foiled = [m for m in found if m.trigger.category == "Plot foiled"]
    assert [m.date.date_end for m in foiled] == [date(2024, 9, 25), date(2023, 9, 30)]


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        (
            "Customs officers in Niger foiled an attempt to smuggle weapons on Monday.",
            "Plot foiled",
        ),
        (
            "Tensions at the Essakane gold mine exploded into violence on Monday.",
            "Explosive device",
        ),
        ("Fighting ended after a military operation on Monday near Djibo.", "Withdrawal"),
        (
            "Foreign medical personnel arrived in Djibo on Monday to treat the wounded.",
            "Deployment",
        ),
        ("Migrants were given 48 hours to leave the country on Monday.", "Diplomatic break"),
        (
            "On Monday the army gave the residents of Kouka, a village near the border, 72 hours"
            " to leave.",
            "Diplomatic break",
        ),
        ("Protesters waved a banner at the rally in Bamako on Monday.", "Ban"),
        ("The jailed former minister's lawyers filed an appeal on Monday in Bamako.", "Arrest"),
        ("Heavy rains damaged dozens of homes in Niamey on Monday.", "Looting"),
        ("Shares in oil major Shell fell 3 percent in London on Monday.", "Shelling"),
        (
            "The prices of groundnuts in shells fell sharply at the Maradi market on Monday.",
            "Shelling",
        ),
        (
            "Two workers were killed in a crackdown on the strike at the Essakane gold mine on"
            " Monday.",
            "Air/drone strike",
        ),
        (
            "Residents of Kayes signed a petition on Monday against the new mining deal.",
            "Agreement",
        ),
    ],
)
def test_words_near_a_new_phrase_do_not_make_its_event(extractor, sentence, category):
    found = mentions_of(date(2024, 5, 3), extractor, QUIET + sentence)
    assert category not in [m.trigger.category for m in found]


def test_what_a_pact_or_a_tally_tells_still_happened(extractor):
    body = QUIET + (
        "Officials described a prisoner swap under which 20 hostages were released in Kidal on"
        " Monday. Authorities have arrested more than 200 people since January."
    )
    found = mentions_of(date(2024, 5, 3), extractor, body)
    assert only_mention(found, "released").place.name == "Kidal"
    assert days_of(only_mention(found, "arrested")) == (date(2024, 1, 1), date(2024, 5, 3))


def test_a_swearing_in_abroad_and_a_local_resignation_keep_their_towns(extractor):
    abroad = QUIET + (
        "Niger's junta leader Abdourahamane Tiani attended the swearing-in of Senegal's president"
        " in Dakar on Tuesday."
    )
    assert only_mention(
        mentions_of(date(2024, 5, 3), extractor, abroad), "swearing-in"
    ).place.name == ("Dakar")
    local = (
        QUIET + "Gunmen killed 12 people in Djibo on Sunday. The local mayor resigned on Monday."
    )
    assert (
        only_mention(mentions_of(date(2024, 5, 3), extractor, local), "resigned").place.name
        == "Djibo"
    )


def test_soldiers_taking_over_the_state_television_make_a_coup(extractor):
    body = QUIET + (
        "On Friday 30 September, soldiers led by Traore took over the state television and"
        " announced that Lieutenant-Colonel Damiba had been removed."
    )
    (took,) = mentions_of(date(2022, 10, 22), extractor, body)
    assert took.trigger.category == "Coup" and took.place.name == "Ouagadougou"


@pytest.mark.parametrize(
    "body",
    [
        # whom the attack killed, told in a clause after it
        "Tension remains after the attack on Solhan on 5 June, in which 132 civilians were"
        " killed. Tension remains after the attack on the army post at Djibo on 14 November, in"
        " which 53 gendarmes were killed.",
        # whom the attack itself killed
        "Across the border, the attack on Solhan (Yagha province) in the night of 4 to 5 June"
        " killed 132 people according to the government. The attack on the army post at Djibo"
        " on 14 November killed 53 gendarmes.",
    ],
)
def test_whom_an_attack_killed_sets_its_type(extractor, body):
    types = {
        m.place.name: m.trigger.event_type
        for m in mentions_of(date(2021, 11, 24), extractor, QUIET + body)
        if m.trigger.text == "attack"
    }
    assert types == {"Solhan": "Violence against civilians", "Djibo": "Battles"}


@pytest.mark.parametrize(
    "joined",
    [
        "the army vowed revenge",
        "attacks on civilians have multiplied across the Sahel region",
        "such killings are often blamed on JNIM",
    ],
)
def test_a_statement_joined_by_and_takes_no_date_from_the_attack(extractor, joined):
    body = QUIET + f"Gunmen killed ten villagers near Djibo on Sunday, and {joined}."
    found = mentions_of(date(2024, 2, 28), extractor, body)
    assert [m.trigger.text for m in found] == ["killed ten villagers"]


@pytest.mark.parametrize(
    "sentence, trigger",
    [
        (
            "On Friday a decree named Apollinaire Kyelem de Tambela, a lawyer and historian known"
            " for his writings on Thomas Sankara, as prime minister.",
            "named",
        ),
        (
            "On Wednesday the government gave Olivier Salgado, the spokesman of the UN mission,"
            " 72 hours to leave the country.",
            "gave",
        ),
        (
            "On Wednesday the government has given Olivier Salgado, spokesman of the United"
            " Nations mission in Mali (MINUSMA), 72 hours to leave the national territory.",
            "given",
        ),
        (
            "On Monday evening, General Tiani named the economist Ali Mahamane Lamine Zeine prime"
            " minister, in a decree read on national television.",
            "named",
        ),
        (
            "The African Union on Tuesday announced it had suspended Niger from all its activities"
            " until constitutional order is restored.",
            "suspended",
        ),
    ],
)
def test_an_aside_about_the_person_named_or_expelled_keeps_the_act(extractor, sentence, trigger):
    found = mentions_of(date(2022, 10, 22), extractor, QUIET + sentence)
    category = {"named": "Government change", "suspended": "Suspension"}
    expected = category.get(trigger, "Diplomatic break")
    assert only_mention(found, trigger).trigger.category == expected


def test_whom_attacks_on_several_villages_killed_sets_their_type_whoever_reports_it(extractor):
    body = QUIET + (
        "Households were displaced after the attacks of 8 August on Ouatagouna, Karou and"
        " Daoutegeft, in which 51 civilians were killed according to the authorities."
    )
    found = mentions_of(date(2021, 9, 27), extractor, body)
    attacks = [m for m in found if m.trigger.text == "attacks"]
    assert attacks and {m.trigger.event_type for m in attacks} == {"Violence against civilians"}


@pytest.mark.parametrize(
    ("published", "body", "trigger", "days", "town", "category"),
    [
        # declaring the end of an agreement is its ending
        (
            date(2024, 9, 19),
            "They expelled French troops and the United Nations mission, and in January they"
            " declared the end of the 2015 Algiers peace agreement with the northern armed groups.",
            "declared the end",
            (date(2024, 1, 1), date(2024, 1, 31)),
            None,
            "Agreement ended",
        ),
        # a head of government appointed by decree is a government change
        (
            date(2022, 3, 4),
            "By a decree read on national television on Thursday evening, Albert Ouedraogo, a"
            " civilian economist, was appointed head of government in Burkina Faso.",
            "head of government",
            (date(2022, 3, 3), date(2022, 3, 3)),
            None,
            "Government change",
        ),
        # an attack in a clause joined by "and" keeps the day of the clause before
        (
            date(2024, 2, 28),
            "Gunmen killed at least 15 worshippers at a church in Essakane on Sunday, and dozens"
            " of people were killed in an attack on a mosque in Natiaboani, in the east.",
            "attack",
            (date(2024, 2, 25), date(2024, 2, 25)),
            "Natiaboani",
            None,
        ),
        # the time an election was planned for does not date its postponement
        (
            date(2023, 9, 30),
            "On Monday, the government announced that the presidential election planned for"
            " February 2024 would be postponed for technical reasons.",
            "postponed",
            (date(2023, 9, 25), date(2023, 9, 25)),
            None,
            None,
        ),
        # an act the news "comes ten days after" is counted back from publication
        (
            date(2022, 8, 17),
            "The request also comes ten days after deadly attacks on the army this year.",
            "attacks",
            (date(2022, 8, 7), date(2022, 8, 7)),
            None,
            None,
        ),
    ],
)
def test_the_days_of_an_act_told_against_another_time_or_in_its_own_words(
    extractor, published, body, trigger, days, town, category
):
    found = only_mention(mentions_of(published, extractor, QUIET + body), trigger)
    assert days_of(found) == days
    assert town is None or found.place.name == town
    assert category is None or found.trigger.category == category
