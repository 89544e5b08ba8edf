"""Everyday news verbs and nouns are read by lemma, one family at a time."""

from datetime import date

import pytest

from pipeline.inflect import word_forms
from pipeline.records import Article

PUBLISHED = date(2023, 9, 18)


def _categories(extractor, body):
    article = Article(article_id="a", title="Test", published=PUBLISHED, body=body)
    return [(m.trigger.event_type, m.trigger.category) for m in extractor.extract(article).mentions]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # abductions
        (
            "Witnesses said that on 12 September several men in plain clothes bundled him into a"
            " vehicle near Djibo.",
            ("Violence against civilians", "Taken away"),
        ),
        (
            "Daouda Diallo was taken on 12 September as he left the passport office in Djibo.",
            ("Violence against civilians", "Taken away"),
        ),
        (
            "On 12 September, a farmer was taken from his home near Djibo by armed men.",
            ("Violence against civilians", "Taken away"),
        ),
        # attacks
        (
            "On 12 September, the army said it had neutralised 40 terrorists near Djibo.",
            ("Battles", "Neutralisation"),
        ),
        (
            "On 12 September, militants beheaded two herders near Djibo.",
            ("Violence against civilians", "Attack"),
        ),
        (
            "On 12 September, soldiers exchanged fire with gunmen near Djibo.",
            ("Battles", "Armed clash"),
        ),
        (
            "On 12 September, a truck packed with explosives blew up at the gate of the camp"
            " in Djibo.",
            ("Explosions/Remote violence", "Explosive device"),
        ),
        ("On 12 September, jihadists targeted an army convoy near Djibo.", ("Battles", "Attack")),
        ("On 12 September, gunmen stormed an army post near Djibo.", ("Battles", "Attack")),
        ("On 12 September, rebels were battling the army near Kidal.", ("Battles", "Armed clash")),
        ("On 12 September, militants ambushed a patrol near Djibo.", ("Battles", "Attack")),
        # territory
        (
            "On 12 September, soldiers dislodged the jihadists from Bourem.",
            ("Battles", "Territory seized"),
        ),
        (
            "On 12 September, rebels kicked out the army from Bourem.",
            ("Battles", "Territory seized"),
        ),
        (
            "On 12 September, the army took the town from the rebels in Bourem.",
            ("Battles", "Territory seized"),
        ),
        (
            "On 12 September, the rebels took possession of the camp in Bourem.",
            ("Battles", "Territory seized"),
        ),
        (
            "On 12 September, the soldiers fled Bourem.",
            ("Strategic developments", "Withdrawal"),
        ),
        (
            "On 12 September, the garrison lost 14 soldiers in an ambush near Djibo.",
            ("Battles", "Attack"),
        ),
        (
            "The combats near Kidal lasted from 12 to 14 September.",
            ("Battles", "Armed clash"),
        ),
        (
            "Last year the army pulled its last units out of Bourem.",
            ("Strategic developments", "Withdrawal"),
        ),
        (
            "On 12 September, the peacekeepers left their camp near Kidal.",
            ("Strategic developments", "Withdrawal"),
        ),
        # diplomacy
        (
            "President Bazoum was removed on 12 September by members of the presidential guard.",
            ("Strategic developments", "Coup"),
        ),
        (
            "On 12 September, Mali's government has broken off diplomatic relations with Kyiv.",
            ("Strategic developments", "Diplomatic break"),
        ),
        (
            "On 12 September, Niger's National Assembly approved a bill allowing foreign forces"
            " on its soil.",
            ("Strategic developments", "Law change"),
        ),
        (
            "On 12 September, the last of the French soldiers based in Niger flew out of the"
            " country.",
            ("Strategic developments", "Withdrawal"),
        ),
        (
            "On 12 September, the junta granted Salem a provisional release.",
            ("Strategic developments", "Release"),
        ),
        (
            "On 12 September, the attackers struck the army camp at Boulkessi.",
            ("Battles", "Struck"),
        ),
        (
            "On 12 September, Niamey and Washington agreed on the withdrawal of the American"
            " soldiers.",
            ("Strategic developments", "Agreement"),
        ),
        (
            "On 12 September, Russian military instructors arrived in Niamey.",
            ("Strategic developments", "Deployment"),
        ),
        (  # a quoted phrase inside the words of a trigger
            'On 12 September, the junta suspended "until further notice" the activities of'
            " political parties.",
            ("Strategic developments", "Ban"),
        ),
        (
            "On 12 September, Niger severed diplomatic ties with Ukraine.",
            ("Strategic developments", "Diplomatic break"),
        ),
        (
            "On 12 September, the junta gave the envoy 72 hours to leave the country.",
            ("Strategic developments", "Diplomatic break"),
        ),
        (
            "On 12 September, the junta had given the Swedish ambassador 48 hours to leave.",
            ("Strategic developments", "Diplomatic break"),
        ),
        (
            "On 12 September, the bloc issued a seven-day ultimatum to the junta in Niamey.",
            ("Strategic developments", "Threat"),
        ),
        (
            "On 12 September, the junta took two foreign radios off the air in Niamey.",
            ("Strategic developments", "Ban"),
        ),
        (
            "On 12 September, the regulator instructed all radio stations to cease broadcasting"
            " the rebels' messages.",
            ("Strategic developments", "Ban"),
        ),
        (
            "On 12 September, the authorities dissolved a platform of opposition groups in Niamey.",
            ("Strategic developments", "Ban"),
        ),
        (
            "On 12 September, the bloc eased most of its border measures against Mali.",
            ("Strategic developments", "Sanctions lifted"),
        ),
        (
            "On 12 September, Bamako announced it was ending its 2013 military accord with Paris.",
            ("Strategic developments", "Agreement ended"),
        ),
        (
            "On 12 September, Bamako summoned the Algerian ambassador over his remarks.",
            ("Strategic developments", "Diplomatic protest"),
        ),
        (
            "On 12 September, a spokesman said the last Danish soldiers were leaving.",
            ("Strategic developments", "Withdrawal"),
        ),
        (
            "On 12 September, French soldiers began leaving one by one from the base in Niamey.",
            ("Strategic developments", "Withdrawal"),
        ),
        (
            "On 12 September, the final German troops left the country.",
            ("Strategic developments", "Withdrawal"),
        ),
        (
            "On 12 September, a first army battalion entered Kidal.",
            ("Strategic developments", "Entry"),
        ),
        (
            "On 12 September, Ouagadougou declared the French military attaché persona non grata.",
            ("Strategic developments", "Diplomatic break"),
        ),
        (
            "On 12 September, the court waived the immunity of the former defence minister.",
            ("Strategic developments", "Judicial decision"),
        ),
        (
            "On 12 September, the junta revoked the diplomatic immunity of the French envoy.",
            ("Strategic developments", "Judicial decision"),
        ),
        (
            "On 12 September, the regulator asked broadcasters to stop covering the opposition.",
            ("Strategic developments", "Ban"),
        ),
        (
            "On 12 September, a minibus carrying traders hit a mine near Djibo.",
            ("Explosions/Remote violence", "Explosive device"),
        ),
        (
            "On 12 September, a union leader in Bobo-Dioulasso was handed orders to join the army.",
            ("Strategic developments", "Requisition"),
        ),
        (
            "On 12 September, the junta suspended the rotation of the peacekeepers in Mali.",
            ("Strategic developments", "Suspension"),
        ),
        (
            "On 12 September, the Security Council ended the mandate of the UN mission in Mali.",
            ("Strategic developments", "Agreement ended"),
        ),
        (
            "On 12 September, the junta revoked the mining permit of a foreign company in Niger.",
            ("Strategic developments", "Ban"),
        ),
        (
            "On 12 September, a private television channel in Mali had its licence withdrawn.",
            ("Strategic developments", "Ban"),
        ),
        (
            "On 12 September, the European Union suspended its budget support to Niger.",
            ("Strategic developments", "Suspension"),
        ),
        (
            "On 12 September, the president declared a state of emergency in three regions.",
            ("Strategic developments", "Emergency measures"),
        ),
        (
            "On 12 September, the governor imposed a curfew on Niamey.",
            ("Strategic developments", "Emergency measures"),
        ),
        (
            "On 12 September, thousands of people gathered in Niamey, waving flags.",
            ("Protests", "Protest"),
        ),
        (
            "On 12 September, several hundred people gathered at the main square of Niamey,"
            " some waving Russian flags, to demand the departure of foreign troops.",
            ("Protests", "Protest"),
        ),
        (
            "On 12 September, Denmark announced that it would bring its troops home from Mali.",
            ("Strategic developments", "Withdrawal"),
        ),
        (
            "On 12 September, the colonel removed the transitional president and his premier"
            " in Bamako.",
            ("Strategic developments", "Coup"),
        ),
        (
            "On 12 September, crowds began gathering at the monument in Niamey.",
            ("Protests", "Protest"),
        ),
        # property
        (
            "On 12 September, militants torched a school near Djibo.",
            ("Strategic developments", "Looting"),
        ),
        (
            "On 12 September, gunmen looted shops near Djibo.",
            ("Strategic developments", "Looting"),
        ),
        # against civilians
        (
            "On 12 September, jihadists executed two men near Djibo.",
            ("Violence against civilians", "Attack on civilians"),
        ),
        (
            "On 12 September, gunmen kidnapped two teachers near Djibo.",
            ("Violence against civilians", "Abduction"),
        ),
        # protest
        ("On 12 September, students demonstrated in Ouagadougou.", ("Protests", "Protest")),
        ("On 12 September, workers staged a sit-in in Dori.", ("Protests", "Protest")),
        (
            "On 12 September, hundreds of youths gathered in Dori to denounce the curfew.",
            ("Protests", "Protest"),
        ),
        (
            "On 12 September, thousands gathered in Niamey in support of the soldiers.",
            ("Protests", "Protest"),
        ),
        # a person seized is abducted; a region seized is territory
        (
            "On 12 September, gunmen seized him from his home in Abalak.",
            ("Violence against civilians", "Abduction"),
        ),
        (
            "On 12 September, rebels seized the north of the country, near Kidal.",
            ("Battles", "Territory seized"),
        ),
        # fired on, set free, banned
        (
            "On 12 September, an army convoy came under fire near Djibo.",
            ("Battles", "Attack"),
        ),
        (
            "On 12 September, two aid workers held hostage since 2021 were freed in Niamey.",
            ("Strategic developments", "Release"),
        ),
        (
            "On 12 September, the junta dissolved all political parties in Mali.",
            ("Strategic developments", "Ban"),
        ),
        (
            "On 12 September, the government dissolved a Dozo militia in Mali.",
            ("Strategic developments", "Ban"),
        ),
        (
            "On 12 September, the junta suspended the broadcasts of two foreign radio stations"
            " in Niger.",
            ("Strategic developments", "Ban"),
        ),
        (
            "On 12 September, Niger's junta sacked the prime minister.",
            ("Strategic developments", "Government change"),
        ),
        (
            "On 12 September, a colonel was appointed prime minister of Burkina Faso.",
            ("Strategic developments", "Government change"),
        ),
        (
            "On 12 September, Burkina Faso's junta postponed the legislative elections.",
            ("Strategic developments", "Vote postponed"),
        ),
        (
            "On 12 September, the government cut mobile internet across the country.",
            ("Strategic developments", "Communications cut"),
        ),
        (
            "Mobile data was suspended nationwide on 12 September, operators said.",
            ("Strategic developments", "Communications cut"),
        ),
        (
            "On 12 September, a court in Niamey sentenced two journalists to a year in prison.",
            ("Strategic developments", "Judicial decision"),
        ),
        (
            "On 12 September, the transitional president granted a pardon to 20 detainees.",
            ("Strategic developments", "Judicial decision"),
        ),
        (
            "On 12 September, a national assembly in Niamey adopted a new transition charter.",
            ("Strategic developments", "Constitution change"),
        ),
        (
            "On 12 September, the former diplomat was named prime minister of Burkina Faso.",
            ("Strategic developments", "Government change"),
        ),
        (
            "On 12 September, Niger's junta repealed a law on mining permits.",
            ("Strategic developments", "Law change"),
        ),
        (
            "General Tiani signed two ordinances on 12 September allowing foreign troops in.",
            ("Strategic developments", "Law change"),
        ),
        (
            "The transition charter adopted on 12 September sets a period of thirty-six months.",
            ("Strategic developments", "Constitution change"),
        ),
        (
            "On 12 September, the regulator suspended the broadcasts of a radio in Bamako.",
            ("Strategic developments", "Ban"),
        ),
        (
            "On 12 September, heavy gunfire broke out at a barracks in Kati.",
            ("Battles", "Armed clash"),
        ),
        (
            "On 12 September, the rebels took Bourem after two days of fighting.",
            ("Battles", "Territory seized"),
        ),
        (
            "On 12 September, the two governments agreed that the border would reopen in Dori.",
            ("Strategic developments", "Agreement"),
        ),
        (
            "On 12 September, a mass grave of eight herders was found outside Menaka.",
            ("Violence against civilians", "Attack on civilians"),
        ),
        (
            "On 12 September, the national assembly voted to extend the state of emergency.",
            ("Strategic developments", "Vote"),
        ),
        # taking office, a base transferred, a coup celebrated in the street
        (
            "On 12 September, the colonel was sworn in as head of state in Bamako.",
            ("Strategic developments", "Power claimed"),
        ),
        (
            "On 12 September, the transfer of the airbase to the Malian army ended in Gao.",
            ("Strategic developments", "Base handover"),
        ),
        (
            "On 12 September, crowds in Niamey cheered the coup, waving flags.",
            ("Protests", "Protest"),
        ),
        (
            "On 12 September, thousands met in a stadium in Bamako to celebrate the departure"
            " of the foreign troops.",
            ("Protests", "Protest"),
        ),
        # explosions
        (
            "On 12 September, a grenade exploded in a market in Djibo.",
            ("Explosions/Remote violence", "Grenade"),
        ),
        (
            "The French special forces of the Sabre task force left the country on 12 September.",
            ("Strategic developments", "Withdrawal"),
        ),
        (
            "On 12 September the first French units began pulling back from the Ouallam base.",
            ("Strategic developments", "Withdrawal"),
        ),
        (
            "On 12 September, several shells fell on Timbuktu, one close to the airport.",
            ("Explosions/Remote violence", "Shelling"),
        ),
        (
            "The new constitution was approved in a referendum on 12 September.",
            ("Strategic developments", "Referendum"),
        ),
        (
            "He was questioned on 12 September in Bamako and committed to prison the same evening.",
            ("Strategic developments", "Arrest"),
        ),
        (
            "On 12 September, the governor imposed a ban on all public demonstrations in Gao.",
            ("Strategic developments", "Ban"),
        ),
        (
            "On 12 September, protesters damaged the French Institute in Bobo-Dioulasso.",
            ("Riots", "Protest"),
        ),
        (
            "Its founder was killed in a French strike on 12 September near Djibo.",
            ("Explosions/Remote violence", "Air or drone strike"),
        ),
    ],
)
def test_a_news_verb_gives_its_event(extractor, body, expected):
    assert expected in _categories(extractor, body)


@pytest.mark.parametrize(
    "body",
    [
        "On 12 September, protesters marched in Bamako and damaged no buildings.",
        "Protesters gathered in Niamey on 12 September; police said no property was damaged.",
    ],
)
def test_damage_denied_leaves_a_protest_peaceful(extractor, body):
    assert ("Protests", "Protest") in _categories(extractor, body)
    assert not [c for c in _categories(extractor, body) if c[0] == "Riots"]


def test_attacking_and_burning_is_one_event(extractor):
    body = "On 12 September, gunmen attacked the village of Bouna and burned shops."
    assert len(_categories(extractor, body)) == 1


def test_what_protesters_demand_is_not_an_event_of_its_own(extractor):
    body = (
        "On 12 September, hundreds took to the streets of Niamey to demand the departure"
        " of foreign troops."
    )
    assert _categories(extractor, body) == [("Protests", "Protest")]


def test_a_deadline_to_leave_is_no_departure(extractor):
    body = (
        "On 12 September, Mali expelled the ambassador, giving him 72 hours to leave the country."
    )
    assert _categories(extractor, body) == [("Strategic developments", "Diplomatic break")]


def test_people_given_days_to_leave_their_homes_are_not_expelled_envoys(extractor):
    body = "On 12 September, residents near Dori were given two days to leave their homes."
    assert ("Strategic developments", "Diplomatic break") not in _categories(extractor, body)


def test_a_lemma_gives_its_regular_and_irregular_forms():
    forms = word_forms("flee", {"flee": ("fled",)})
    assert {"flee", "flees", "fled", "fleeing"} <= set(forms)
    assert {"targeted", "targeting", "targets"} <= set(word_forms("target", {}))
    assert {"kidnapped", "kidnapping"} <= set(word_forms("kidnap", {}))


def test_a_crowd_of_worshippers_around_a_leader_is_no_protest(extractor):
    body = "On 12 September, a man lunged at the president from the crowd of worshippers gathered."
    assert ("Protests", "Protest") not in _categories(extractor, body)


@pytest.mark.parametrize(
    "body",
    [
        "On 12 September, the junta ended the mandate of the electoral commission in Mali.",
        "On 12 September, the junta withdrew the concessions it had offered to the mediators.",
    ],
)
def test_a_mandate_or_a_concession_of_someone_else_is_no_agreement_ended_nor_ban(extractor, body):
    found = _categories(extractor, body)
    assert not {c for c in found if c[1] in ("Agreement ended", "Ban")}, found


def test_leaving_the_scene_of_an_act_is_no_withdrawal(extractor):
    body = "On 12 September, gunmen ransacked a house in Djibo and burned a car before leaving."
    assert ("Strategic developments", "Withdrawal") not in _categories(extractor, body)


def test_a_framework_in_force_is_no_event_of_its_own(extractor):
    body = "On 12 September, a radio host was requisitioned under the general mobilisation law."
    assert _categories(extractor, body) == [("Strategic developments", "Requisition")]


def test_a_gold_mine_struck_by_gunmen_is_no_landmine(extractor):
    body = "On 12 September, gunmen struck a mine run by a foreign company near Essakane."
    assert ("Explosions/Remote violence", "Explosive device") not in _categories(extractor, body)
