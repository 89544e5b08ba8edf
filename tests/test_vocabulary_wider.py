"""The words of acts that the lexicon learned in session 19: borders reopened, treaties adopted,
joint forces created, cargoes blocked, sentences, bans, mergers, mobs, hostages, strikes, surrenders
and others, one sentence each."""

import pytest
from mention_types import categories_of


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "On 12 September the junta reopened the land and air borders with Mali and Chad.",
            ("Strategic developments", "Borders reopened"),
        ),
        (
            "The ministers adopted in Niamey on 12 September the draft confederation treaty.",
            ("Strategic developments", "Agreement"),
        ),
        (
            "On 12 September the army chiefs announced the creation of a joint force in Niamey.",
            ("Strategic developments", "Force created"),
        ),
        (
            "On 12 September Benin blocked the loading of the first cargo of Nigerien crude.",
            ("Strategic developments", "Trade blocked"),
        ),
        (
            "On 12 September a court sentenced Moussa Diallo, a union leader, to a year in prison.",
            ("Strategic developments", "Judicial decision"),
        ),
        (  # a figure's comma does not end the clause between the act and its object
            "On 12 September Chad brought home 600 of the 1,200 soldiers it had sent to Niger.",
            ("Strategic developments", "Withdrawal"),
        ),
        (
            "On 12 September the junta restored the constitution it had suspended.",
            ("Strategic developments", "Constitution change"),
        ),
        (
            "On 12 September the governor banned a march planned by the coalition in Dori.",
            ("Strategic developments", "Ban"),
        ),
        (
            "On 12 September, the march against the French forces was banned by the mayor of Gao.",
            ("Strategic developments", "Ban"),
        ),
        (
            "On 12 September the armed movements announced their merger in Kidal.",
            ("Strategic developments", "Groups merged"),
        ),
        (
            "On 12 September the movements said they were dissolving into a single front.",
            ("Strategic developments", "Groups merged"),
        ),
        (
            "On 12 September the coalition suspended its participation in the peace bodies.",
            ("Strategic developments", "Agreement ended"),
        ),
        (
            "On 12 September, a projectile fell inside the compound of the broadcaster in Kaya.",
            ("Explosions/Remote violence", "Shelling"),
        ),
        (
            "On 12 September France recalled him for consultations.",
            ("Strategic developments", "Diplomatic break"),
        ),
        (
            "On 12 September France suspended joint operations with the Malian army.",
            ("Strategic developments", "Agreement ended"),
        ),
        (
            "On 12 September the junta extended by 96 hours the suspension of mobile internet.",
            ("Strategic developments", "Communications cut"),
        ),
        (
            "On 12 September a mob beat to death two men accused of theft in Fada N'Gourma.",
            ("Riots", "Mob violence"),
        ),
        (
            "On 12 September gunmen took five truck drivers hostage near Ansongo.",
            ("Violence against civilians", "Abduction"),
        ),
        (
            "An artillery barrage hit the outskirts of Bourem on 12 September.",
            ("Explosions/Remote violence", "Shelling"),
        ),
        (
            "Teachers in Segou went on strike on 12 September to demand their salary arrears.",
            ("Protests", "Protest"),
        ),
        (
            "On 12 September Mali and Russia concluded a deal to build a refinery near Bamako.",
            ("Strategic developments", "Agreement"),
        ),
        (
            "The junta reshuffled its cabinet on 12 September, replacing the interior minister.",
            ("Strategic developments", "Government change"),
        ),
        (
            "A JNIM commander gave himself up to the security forces near Djibo on 12 September.",
            ("Strategic developments", "Surrender"),
        ),
        (
            "On 12 September a faction broke away from the Coordination of Azawad Movements.",
            ("Strategic developments", "Group split"),
        ),
        (
            "On 12 September gunmen made off with hundreds of cattle near Banibangou.",
            ("Strategic developments", "Looting"),
        ),
        (
            "Army engineers defused a homemade bomb on the road to Bandiagara on 12 September.",
            ("Strategic developments", "Weapons defused"),
        ),
        (
            "Niger banned rice exports on 12 September to protect domestic supplies.",
            ("Strategic developments", "Trade blocked"),
        ),
        (
            "A priest was assassinated near Kaya on 12 September by unidentified armed men.",
            ("Violence against civilians", "Attack"),
        ),
        (
            "On 12 September gendarmes took into custody six men near Ouallam.",
            ("Strategic developments", "Arrest"),
        ),
        (
            "Gendarmes came under heavy fire at their post in Gorom-Gorom on 12 September.",
            ("Battles", "Attack"),
        ),
        (
            "On 12 September a dozen villagers were cut down by gunmen near Bankass.",
            ("Violence against civilians", "Attack"),
        ),
        (
            "A crowd set upon two suspected thieves at the market in Koudougou on 12 September.",
            ("Riots", "Mob violence"),
        ),
        (
            "Police fired tear gas on opposition supporters in Bamako on 12 September.",
            ("Protests", "Protest"),
        ),
        (
            "Military instructors set up a base at Timbuktu airport on 12 September.",
            ("Strategic developments", "Base established"),
        ),
        (
            "Crowds poured into the streets of Niamey on 12 September to back the junta.",
            ("Protests", "Protest"),
        ),
        (
            "Army helicopters strafed militant camps near Mansila on 12 September.",
            ("Explosions/Remote violence", "Air or drone strike"),
        ),
        (
            "The authorities suspended mobile phone networks in the Gao region on 12 September.",
            ("Strategic developments", "Communications cut"),
        ),
        (
            "President Macron announced the drawdown of French troops on 12 September.",
            ("Strategic developments", "Withdrawal"),
        ),
        (
            "On 12 September the government announced the dissolution of the militia Dan Na"
            " Ambassagou.",
            ("Strategic developments", "Ban"),
        ),
        (
            "On 12 September militants sabotaged the pumping station that supplies Gayeri.",
            ("Strategic developments", "Looting"),
        ),
        (  # people intercepted by armed men are taken
            "On 12 September a group of women collecting firewood was intercepted by armed men.",
            ("Violence against civilians", "Taken away"),
        ),
        (
            "On 12 September the president dismissed his defence minister.",
            ("Strategic developments", "Government change"),
        ),
        (
            "On 12 September EU foreign ministers approved the creation of a military mission in"
            " Niger.",
            ("Strategic developments", "Body created"),
        ),
        (  # foreign nationals killed are civilians
            "Seven Mauritanian nationals were killed near Nara on 12 September.",
            ("Violence against civilians", "Attack"),
        ),
    ],
)
def test_a_news_word_gives_its_event(extractor, body, expected):
    assert expected in categories_of(extractor, body)


@pytest.mark.parametrize(
    "body",
    [
        "Peace talks were held by the government in Bamako on 12 September.",
        "Mediators worked to defuse tensions between Mali and Algeria on 12 September.",
        "The two candidates confronted each other in a televised debate on 12 September.",
        "People marked the anniversary of the assassination of Thomas Sankara on 12 September.",
        "Doctors took care of former hostages in Gao on 12 September.",
        "The merger of the two banks was completed in Bamako on 12 September.",
        "The Sahel region was split into two provinces by a decree on 12 September.",
        "Observers in Bamako concluded on 12 September that the deal had failed.",
        "A former convict was elected mayor of Gao on 12 September.",
        "The UN envoy flew out of Bamako on 12 September after two days of talks.",
        "Thousands gathered at the airport on 12 September to welcome the football team.",
        "Residents called on the army to send reinforcements to Djibo on 12 September.",
        "Unions called a general strike on 12 September.",
        "Residents set up a camp for the displaced in Kaya on 12 September.",
        "Villagers set upon by gunmen fled to Kaya on 12 September.",
        "The junta accused the opposition of sabotaging the transition on 12 September.",
        "Air defences intercepted a Malian drone over Kidal on 12 September.",
        "On 12 September the minister proposed the creation of a commission of inquiry.",
        "ECOWAS said on 12 September it would impose sanctions after a coup in any member state.",
    ],
)
def test_words_of_other_news_make_no_event(extractor, body):
    assert not categories_of(extractor, body)
