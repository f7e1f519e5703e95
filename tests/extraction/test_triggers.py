import re
from datetime import date

import pytest

from events.extraction import extract
from events.extraction.triggers import (
    _COMPILED,
    LEXICON,
    _longest_first,
    find_triggers,
    is_labour_text,
)

# Saturday 2024-06-22
PUBLISHED = date(2024, 6, 22)


def types_of(text):
    return sorted({e.type for e in extract(text, PUBLISHED) if e.type != "other"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An airstrike killed 12 people in the camp on Saturday, health officials said.",
            ["strike"],
        ),
        ("Missiles struck the power grid of the capital overnight.", ["strike"]),
        ("Heavy bombers struck the refinery outside the port on 4 June.", ["strike"]),
        ("Helicopter gunships struck a fuel convoy near the border on Sunday.", ["strike"]),
        ("Enemy aircraft struck the bridge over the river on Tuesday.", ["strike"]),
        ("Lightning struck the old clock tower on Sunday evening.", []),
        ("A car bomb exploded in a crowded market on 14 June, killing 30 people.", ["strike"]),
        ("Gunmen opened fire on a bus in the north on Friday, killing five.", ["strike"]),
        ("The rebels launched an offensive on the city on 2 May.", ["strike"]),
        ("Militiamen stormed the town hall on Tuesday.", ["strike"]),
        ("The air defence shot down 20 drones on Tuesday.", ["strike"]),
        (
            "The foreign minister held talks with Saudi officials in Riyadh on Wednesday.",
            ["meeting"],
        ),
        ("The president hosted his Chinese counterpart on 16 May.", ["meeting"]),
        ("The envoy was warmly received by King Harald in Oslo on Tuesday.", ["meeting"]),
        ("On 2 May the delegation was received by the Prime Minister.", ["meeting"]),
        ("The visiting minister was received by his counterpart on Monday.", ["meeting"]),
        ("The petition was received by the president's office on Monday.", []),
        ("The Security Council convened an emergency session on Sunday.", ["meeting"]),
        ("The prime minister visited troops in the south on Monday.", ["meeting"]),
        # a call to both sides' leaders is talks by phone
        ("The UN envoy phoned both leaders on Friday to settle the agenda.", ["meeting"]),
        ("The mediator telephoned the two presidents late on Sunday.", ["meeting"]),
        ("A shopkeeper phoned both neighbours on Friday about the noise.", []),
        ("The two countries signed a trade pact on Monday.", ["agreement"]),
        ("The summit adopted a joint declaration on fisheries on Tuesday.", ["agreement"]),
        ("Indirect talks to revive the accord opened in Oslo in May.", ["meeting"]),
        ("Negotiations aimed at reaching a ceasefire resumed in Cairo on Monday.", ["meeting"]),
        ("A fresh push to salvage the truce began in Doha on 2 June.", []),
        ("The two sides signed the deal on Monday after talks in Doha.", ["agreement", "meeting"]),
        ("On 3 May the ministers adopted the Lisbon Charter on refugees.", ["agreement"]),
        ("Parliament adopted a new budget on Tuesday.", []),
        ("Both parties reached a deal on prisoner releases on 3 June.", ["agreement"]),
        ("The government and the rebels agreed a ceasefire on 15 June.", ["agreement"]),
        ("Russian troops withdrew from the river port on 11 June.", ["movement"]),
        ("In 2019 the army pulled its last infantry battalion out of the zone.", ["movement"]),
        (
            "The navy pulled both its remaining frigates back from the strait on Monday.",
            ["movement"],
        ),
        ("On Friday the rebels pulled their guns and mortars back to the hills.", ["movement"]),
        ("On Monday the retailer pulled its last two product lines out of the market.", []),
        # a count written with a thousands separator between the verb and "back"/"out"
        ("On Tuesday the army pulled 2,400 soldiers back from the frontier.", ["movement"]),
        ("The rebels pulled some 1,200 fighters out of the old town in March.", ["movement"]),
        ("The firm pulled 2,000 jobs, back then its deepest cut, from the plant.", []),
        ("The alliance deployed additional jets to the eastern flank last week.", ["movement"]),
        # a unit relieved by another: a troop rotation
        ("The Irish company was relieved by a Finnish battalion on 3 May.", ["movement"]),
        ("In June the garrison will be relieved by the reserve brigade.", ["movement"]),
        ("Shoppers were relieved by the price cuts on 3 May.", []),
        ("Tens of thousands of people took to the streets of the capital on Sunday.", ["protest"]),
        ("Students staged a sit-in at the university on Tuesday.", ["protest"]),
        ("Junior doctors went on strike on 1 June over pay.", ["protest"]),
        ("Railway workers staged a 24-hour strike on Thursday over wages.", ["protest"]),
        (
            "In a televised address on Sunday, the president declared a state of emergency.",
            ["statement"],
        ),
        ("The United Nations condemned the attack on Monday.", ["statement"]),
        ("The ministry published casualty figures on Friday.", ["statement"]),
        ("Voters went to the polls on Sunday in a snap election.", []),
        ("The court sentenced the former minister on Tuesday.", []),
        ("Fighters fired their rifles into the air on Friday to celebrate.", []),
    ],
)
def test_trigger_words_give_the_event_type(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Artillery barrages hit the eastern suburbs on Tuesday.", ["strike"]),
        ("A firefight broke out at the checkpoint on 3 June.", ["strike"]),
        ("The navy sank a patrol boat near the strait on Sunday.", ["strike"]),
        ("The rebels launched dozens of rockets at the airport on Friday.", ["strike"]),
        ("The two leaders held a video call on Thursday.", ["meeting"]),
        ("The king received a delegation from the rebels on 10 June.", ["meeting"]),
        ("The parties sealed a deal on water sharing on Monday.", ["agreement"]),
        ("Negotiators reached an understanding on prisoner lists on 4 June.", ["agreement"]),
        ("The army dispatched two brigades to the border on Wednesday.", ["movement"]),
        (  # a unit pulled back earlier comes back forward
            "A tank regiment withdrawn in March rolled back toward the frontier on Friday.",
            ["movement"],
        ),
        ("Armour rumbled back into the square on Sunday.", ["movement"]),
        ("The cabinet rolled back the fuel tax on Monday.", []),
        ("Students occupied the campus on 12 June.", ["protest"]),
        ("Dockers downed tools on Monday over pay.", ["protest"]),
        ("Protesters clashed with riot police in the capital on Friday.", ["protest"]),
        ("The guns fell silent along the front on 1 June.", ["pause"]),
        ("A three-day pause in the fighting began on 1 June.", ["pause"]),
        ("Coastguards reported mortar shells landing near the pier on Monday.", ["strike"]),
        ("Rockets falling on the outskirts wounded two farmers on Sunday.", ["strike"]),
        ("Enemy artillery hit the fuel depot on Tuesday.", ["strike"]),
        ("The mediator negotiated a deal with the rebel commanders on 4 June.", ["agreement"]),
        (
            "The commander said on Friday that two battalions would move into the hills on 30 June.",
            ["movement", "statement"],
        ),
        ("Explosive devices were set off beside the road on 3 June.", ["strike"]),
        ("The minister conceded on Tuesday that the plan had failed.", ["statement"]),
        ("Late on Friday a mortar round landed beside the clinic in the old town.", ["strike"]),
        ("The port had already been hit by drones on 9 June.", ["strike"]),
        ("An aid lorry was fired upon at the checkpoint on Thursday.", ["strike"]),
        ("Tank duels along the canal went on until dawn on Wednesday.", ["strike"]),
        ("The two militias fought for three days over the quarry in early June.", ["strike"]),
        ("The kingdom went to war with its neighbour in March 2019.", ["strike"]),
        (
            "On 2 June masked gunmen raided a police station, freeing several detainees.",
            ["strike"],
        ),
        ("The navy landed 800 marines on the island on Tuesday.", ["movement"]),
        ("The junta poured thousands of soldiers into the delta in May.", ["movement"]),
        ("Late on Friday another army convoy was grinding up the mountain road.", ["movement"]),
        ("The last fighters were bussed out of the besieged suburb on 12 June.", ["movement"]),
        ("The army has held off from ground operations in the valley since 3 June.", ["pause"]),
        (
            "A patrol of the border guard came under mortar fire near the ford on Monday.",
            ["strike"],
        ),
        ("On 4 June bandits kidnapped 60 passengers from a bus on the highway.", ["strike"]),
        ("Gunmen took more than 80 pupils from a boarding school on 9 June.", ["strike"]),
        ("A kidnapped aid worker was freed near the border on 3 June.", []),
        ("The two sides fought over the wording of the communique on Monday.", []),
        ("Hundreds of party supporters were bussed out to the rally on Saturday.", ["protest"]),
        ("The garrison held off attacks by the militia on 3 June.", ["strike"]),
        ("The economy has been hit by high inflation since 2022.", []),
        ("Heavy fighting continued around the airport on 4 June.", ["strike"]),
        ("Government artillery hit the northern suburbs on Sunday evening.", ["strike"]),
        ("Early on Friday the navy hit two rebel fuel depots on the coast.", ["strike"]),
        ("Jets began striking rebel trenches on 2 June.", ["strike"]),
        ("The militants resumed rocket fire on the morning of 8 June.", ["strike"]),
        ("Marines began coming ashore near the harbour on 5 June.", ["movement"]),
        ("A second battalion will move north next week.", ["movement"]),
        ("On 2 June shells began falling on the market square.", ["strike"]),
        ("A buried device exploded beside a police truck on 6 June.", ["strike"]),
        ("An explosion tore through the fuel depot early on Tuesday.", ["strike"]),
        ("The main body of the brigade followed in the second half of May.", ["movement"]),
        ("On 3 June the army suspended its ground offensive for 72 hours.", ["pause"]),
        ("Militias seized the coastal enclave in early 2019.", ["strike"]),
        ("The army retook most of the border districts in 2016.", ["strike"]),
        ("Rebels captured half of the disputed province in May.", ["strike"]),
        ("Customs officers seized two tonnes of smuggled cigarettes in May.", []),
        ("Artillery exchanges along the frontier intensified on Sunday.", ["strike"]),
        ("Rocket and mortar exchanges went on through the night of 4 June.", ["strike"]),
        ("Student exchanges between the two universities resumed on 4 June.", []),
        # a past war dated by its years, told as a setting ("the scene of", "saw", "after")
        ("The plateau was the scene of a war in 1998-99 that emptied its villages.", ["strike"]),
        ("The delta saw a brief border war in 2008 over the oil wells.", ["strike"]),
        ("Both economies would collapse in a war in 2031, the study warned.", []),
        # "exchanges of gunfire" is the same fire traded both ways as "exchanges of fire"
        ("Monitors reported sporadic exchanges of gunfire near the dam on 3 May.", ["strike"]),
        ("A brief exchange of gunfire broke out at the checkpoint on Sunday.", ["strike"]),
        ("An exchange of views on fisheries took place in Oslo on 3 May.", []),
        ("The rebels have been trying to capture Merv since March.", ["strike"]),
        ("Fighting reached the outskirts of the port on 3 June.", ["strike"]),
        ("Both sides will begin moving heavy guns to depots on 1 July.", ["movement"]),
        ("Peacekeepers took over the border checkpoints on 15 June.", ["movement"]),
        # forces setting out for a posting
        ("The Irish peacekeeping contingent departed for Lebanon on 2 May.", ["movement"]),
        ("About 300 soldiers of the 5th Brigade left for Mali on Tuesday.", ["movement"]),
        ("A battalion of marines set off for the Gulf on 4 March aboard two ships.", ["movement"]),
        ("The foreign minister departed for Brussels on Tuesday.", []),
    ],
)
def test_synonyms_of_each_kind_of_happening(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The group threatened on Monday to launch attacks on shipping.", ["statement"]),
        ("The commander vowed on Friday to continue the offensive.", ["statement"]),
        ("Officials warned on Tuesday that strikes could resume.", ["statement"]),
        ("The envoy said on Monday that a ceasefire might be agreed within days.", ["statement"]),
        ("If the deadline passes, troops will withdraw on 1 July.", []),
        (
            "The army would retaliate against any attack, the minister said on Sunday.",
            ["statement"],
        ),
        ("Talks could collapse as early as Monday.", []),
        ("The summit planned for Friday was postponed.", []),
        ("A summit first pencilled in for 12 May was quietly dropped.", []),
        ("Talks between the rival factions set for Thursday were later shelved.", []),
        ("A march planned for Sunday has since been postponed.", []),
        (  # dropping charges lets go of no happening
            "Charges against the workers who marched on Monday were dropped.",
            ["protest"],
        ),
        (  # what is cancelled in a clause of its own leaves the signing standing
            "Wards are staffed under a deal both unions signed on 3 June, but most planned "
            "operations have been cancelled.",
            ["agreement"],
        ),
    ],
)
def test_modality_turns_a_happening_into_at_most_a_statement(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There has been no shelling of the city since 12 June.", ["pause"]),
        ("No attacks have been reported since Monday, the monitors said.", ["pause"]),
        ("Neither side has reported any attacks since 12 June.", ["pause"]),
        ("No one was hurt in the incident on Friday.", []),
        ("The talks ended on Friday without an agreement.", ["meeting"]),
    ],
)
def test_negation(text, expected):
    assert types_of(text) == expected


def test_a_date_inside_what_was_said_is_not_the_date_of_the_saying():
    assert "statement" not in types_of("Police said no arrests were made at the march on Saturday.")


def test_an_attack_told_by_a_speaker_keeps_its_own_date():
    events = extract(
        "The defence ministry said on Friday that drones had attacked a radar station "
        "on Wednesday.",
        PUBLISHED,
    )
    assert {(e.type, e.date.start) for e in events} == {
        ("statement", date(2024, 6, 21)),
        ("strike", date(2024, 6, 19)),
    }


def test_an_agency_report_is_a_statement_on_its_own_date():
    events = extract(
        "Ministers met in Cairo on 2 June, the news agency reported on 5 June.", PUBLISHED
    )
    assert {(e.type, e.date.start) for e in events} == {
        ("meeting", date(2024, 6, 2)),
        ("statement", date(2024, 6, 5)),
    }


def test_strike_means_a_labour_strike_in_a_labour_story():
    text = (
        "Union members at the plant voted for industrial action over wages. "
        "The strike began on 3 June and workers say it will continue."
    )
    assert is_labour_text(text)
    assert types_of(text) == ["protest"]


def test_strike_means_an_attack_in_a_war_story():
    text = "Coalition jets carried out a strike on a militia base on 3 June, the military said."
    assert not is_labour_text(text)
    assert types_of(text) == ["strike"]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("She spoke outside the conference centre.", "conference"),
        ("The negotiating committee rejected it.", "negotiating"),
        ("The board voted to lift the strike order.", "strike"),
    ],
)
def test_trigger_words_inside_names_of_things_are_not_triggers(sentence, word):
    assert word not in [t.word for t in find_triggers(sentence)]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The president welcomed the agreement.", "agreement"),
        ("They spoke after the meeting.", "meeting"),
        ("The order ending the strike was upheld.", "strike"),
        ("Loudspeakers were switched off ahead of the summit.", "summit"),
        ("Despite the airstrike, the clinic reopened.", "airstrike"),
        ("In spite of the walkout, some trains ran.", "walkout"),
        ("The schools stayed open, notwithstanding the shelling.", "shelling"),
        ("The envoy thanked Norway for its mediation.", "mediation"),
        ("She praised the rebels for their truce.", "truce"),
        ("The minister credited Egypt for the swift ceasefire.", "ceasefire"),
        ("Parliament will debate the deal on Tuesday.", "deal"),
        ("Lawmakers voted on the border accord and rejected it.", "accord"),
        ("Envoys flew to Oslo to salvage the collapsing truce.", "truce"),
        ("Veterans rallied on Sunday, calling the accord a surrender.", "accord"),
        ("Critics marched on Tuesday, calling the peace deal an insult.", "deal"),
        ("Opposition leaders branded the truce a sham.", "truce"),
        ("The truce was tested on Wednesday night, when mortar rounds hit the market.", "truce"),
        ("The ceasefire was badly shaken on Friday by a rocket attack on the port.", "ceasefire"),
        ("The Easter truce has been repeatedly violated since Sunday.", "truce"),
    ],
)
def test_definite_mentions_of_happenings_told_elsewhere_are_references(sentence, word):
    (trigger,) = [t for t in find_triggers(sentence) if t.word == word]
    assert trigger.reference


def test_a_truce_taking_effect_before_it_is_tested_is_no_reference():
    sentence = "The truce took effect on Wednesday and was tested within hours."
    (trigger,) = [t for t in find_triggers(sentence) if t.word == "truce"]
    assert not trigger.reference


def test_calling_a_strike_for_a_day_is_no_reference():
    (trigger,) = [
        t
        for t in find_triggers("Union leaders are calling the strike for Monday.")
        if t.word == "strike"
    ]
    assert not trigger.reference


def test_a_deal_signed_after_a_debate_is_no_reference():
    (trigger,) = [
        t
        for t in find_triggers("The two sides signed the deal after a long debate.")
        if t.word == "deal"
    ]
    assert not trigger.reference


def test_talks_after_thanks_that_name_no_part_played_are_no_reference():
    sentence = "The envoy thanked Norway, then held talks with both sides on Friday."
    (trigger,) = [t for t in find_triggers(sentence) if t.word == "talks"]
    assert not trigger.reference


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry on Monday said the border would stay closed.", "2024-06-17"),
        ("On Friday, however, the minister said the plan was dead.", "2024-06-21"),
        (
            "The group's leader, in a video released late Tuesday, threatened more raids.",
            "2024-06-18",
        ),
        ("According to a statement released on Monday, the army is regrouping.", "2024-06-17"),
        ("Speaking to reporters on Thursday, the envoy urged both sides to talk.", "2024-06-20"),
    ],
)
def test_tellings_are_dated_wherever_the_date_sits(text, expected):
    events = extract(text, PUBLISHED)
    assert [(e.type, e.date.start.isoformat()) for e in events] == [("statement", expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The war between the two valleys broke out in May 2019.", ["strike"]),
        ("Clashes along the northern border erupted on Tuesday.", ["strike"]),
        ("Farmers have camped outside the ministry since 3 June.", ["protest"]),
        ("Since 3 June the standoff has kept thousands of soldiers camped in the pass.", []),
        ("The unrest erupted on the night of 9 June after the vote count.", ["protest"]),
        ("Riots have flared in the northern suburbs since 2 June.", ["protest"]),
        ("Dock workers stopped work for a day on Monday.", ["protest"]),
        ("Teachers began a work-to-rule on 10 June.", ["protest"]),
        ("Police detained six activists in dawn raids on Tuesday.", []),
        ("The three were charged on Monday with organising a riot.", []),
        ("Both sides stopped fighting on Friday under a deal brokered by Qatar.", ["pause"]),
        ("The two navies exchanged artillery fire on Monday.", ["strike"]),
        ("No exchanges of fire have been reported since 2 June.", ["pause"]),
        ("The two generals agreed a local truce by telephone on 2 June.", ["agreement", "meeting"]),
        ("The minister told reporters by phone on Monday that aid was coming.", ["statement"]),
        ("The envoy briefed the foreign affairs committee on Tuesday.", ["meeting"]),
        ("On Friday crowds overwhelmed the police in the capital.", ["protest"]),
        (
            "Talks in Oslo broke down on Monday when the rebel delegation walked out.",
            ["meeting"],
        ),
        ("The accord does not settle the border dispute that began in 2019.", []),
        ("Troops left two hilltop posts last week, as the truce requires.", ["movement"]),
        (
            "The truce held on Sunday, offering a pause in the worst fighting in decades.",
            ["pause"],
        ),
        ("It was the third drone attack on the port this month.", []),
        ("Soldiers shot protesters outside the palace on 3 June.", ["strike"]),
        ("A suicide bomber blew himself up at a checkpoint on Monday.", ["strike"]),
        ("Riot police used tear gas to disperse protesters on Friday.", ["protest"]),
        ("At least 12 people were killed when a bus hit a landmine on Sunday.", ["strike"]),
        ("Clashes in the old town left 20 dead last week.", ["strike"]),
        ("Border clashes on 3 May left at least 14 soldiers dead.", ["strike"]),
        (
            "On Tuesday Moscow agreed to a moratorium on strikes against power plants.",
            ["agreement"],
        ),
        ("Air traffic controllers began a three-day strike on Tuesday.", ["protest"]),
        (
            "The nurses' union said the last strike, on 3 May, ended in clashes outside the "
            "health ministry in which 40 workers were injured.",
            ["protest"],
        ),
        ("The union called off the strike planned for Friday.", []),
        ("On Monday teachers voted by 84 per cent to 16 per cent for industrial action.", []),
        ("Students occupied the rector's office on Wednesday.", ["protest"]),
        ("No rockets have been fired from the strip since 10 June.", ["pause"]),
        # an attack told as not done since a day: a pause from that day
        ("The rebels have not fired on army posts since 2 June, monitors said.", ["pause"]),
        ("The navy has not shelled the coast since the truce of 1 June.", ["pause"]),
        ("Government jets have not bombed the valley since 4 June, residents said.", ["pause"]),
        ("The army had not shelled the town before 4 June, residents recalled.", []),
        ("The truce deal was welcomed by the UN on Tuesday.", ["statement"]),
        ("On 5 June, police fired tear gas at a march of farmers in the capital.", ["protest"]),
        ("Police fired tear gas and rubber bullets at crowds on Friday.", ["protest"]),
        ("Riot police fired rubber bullets at students on Sunday.", ["protest"]),
        ("Soldiers fired live rounds at the convoy on Sunday.", ["strike"]),
        ("On Wednesday the jets began striking rebel positions near the border.", ["strike"]),
        ("Drones kept hitting fuel depots behind the front line on Monday.", ["strike"]),
        ("On Tuesday the army began pounding positions held by the rebels.", ["strike"]),
        (
            "The truce was due to begin at noon on Monday, but fighting continued in the east "
            "until the deadline.",
            ["pause", "strike"],
        ),
        (
            "On Friday the old church was struck twice; two journalists were wounded in the "
            "second strike.",
            ["strike"],
        ),
        # fighting that killed people is an armed clash, even with no army named
        ("On 2 May, fighting between two clans killed eleven villagers in the north.", ["strike"]),
        ("Fighting over grazing land left 30 herders dead and 40 injured in March.", ["strike"]),
        ("In June, fighting near the mine killed at least nine people.", ["strike"]),
        ("On Monday two injured climbers were fighting for their lives.", []),
        # an armed seizure of a post or checkpoint is an attack
        ("Gunmen seized a police post near the border on 21 June, officials said.", ["strike"]),
        ("Rebels captured two army checkpoints on the main road on Sunday night.", ["strike"]),
        ("On 4 June, the capture of the border post by militants stunned the capital.", ["strike"]),
        ("Customs officers seized a shipment of cigarettes at the port on Sunday.", []),
        # a conflict breaking out is the fighting that began
        (
            "The conflict erupted in March 2019 in the northern province, officials said.",
            ["strike"],
        ),
        ("The conflict flared again on 2 June along the eastern frontier.", ["strike"]),
        ("Conflict has erupted in the hills on 2 June, villagers said by phone.", ["strike"]),
        ("The conflict of interest rules were tightened in June by the ministry.", []),
        # shots exchanged or fired on a place: gunfire between armed sides
        ("Shots were exchanged across the river near the customs post on Friday.", ["strike"]),
        (
            "Police and smugglers exchanged shots in the hills on 4 June, officials said.",
            ["strike"],
        ),
        ("On Tuesday soldiers were firing on the farms below the ridge for hours.", ["strike"]),
        ("Notes were exchanged between the two delegations on Friday in the capital.", []),
        ("On Friday the journalists' union began a strike over pay.", ["protest"]),
        ("Teachers striking over pay marched through the city on Monday.", ["protest"]),
        ("On 3 June the army began a ground offensive into the northern valley.", ["movement"]),
        ("On 3 June the army began an offensive on the northern valley.", ["strike"]),
        ("The two envoys first sat down in Geneva on 6 May.", ["meeting"]),
        ("On 6 June the army moved an extra infantry battalion to the border.", ["movement"]),
        ("Rebel columns crossed from the hills overnight on Friday.", ["movement"]),
        ("On Saturday armoured convoys were rolling north towards the capital.", ["movement"]),
        ("On Sunday thousands of supporters stormed the Congress building.", ["protest"]),
        ("Early Wednesday, a border post was struck by several mortar rounds.", ["strike"]),
        ("Kestria withdrew its aircraft carrier group from the area in 2024.", ["movement"]),
        # soldiers out patrolling a town are forces deployed there; police on the beat are not
        ("Soldiers patrolled the streets of the port city on Monday night.", ["movement"]),
        ("On 2 June army units began patrolling Harbin after the riots.", ["movement"]),
        ("Marines patrolled parts of the capital on Saturday, witnesses said.", ["movement"]),
        ("Police patrolled the streets of the port city on Monday night.", []),
        # calling up reservists is a movement of forces; a party rallying supporters is not
        ("The government ordered a general mobilisation of reservists on 3 June.", ["movement"]),
        ("The defence ministry mobilised 20,000 conscripts on Monday.", ["movement"]),
        ("In May the country began a partial mobilization of its reservists.", ["movement"]),
        ("On Friday the party began a mass mobilisation of its supporters in the city.", []),
        ("On Saturday the mercenaries began an armed march on the capital.", ["movement"]),
        ("Commentators recalled the military coup of 1964.", []),
        ("The mission's mandate was last renewed in August 2023.", []),
        ("The truce was renewed in August for another 60 days.", ["agreement"]),
        (
            "Late on Wednesday, officers appeared on state television to read a decree.",
            ["statement"],
        ),
        ('On Sunday the president called it "an act of barbarism".', ["statement"]),
        ("The alliance will send 4,000 extra troops to the east next month.", ["movement"]),
        ("The ceasefire agreed on 3 June has largely held.", ["agreement", "pause"]),
        # walking out of a room in protest is a protest; walking out of talks is not
        (
            "Opposition deputies walked out of the chamber in protest on Tuesday.",
            ["protest"],
        ),
        (
            "Dozens of students walked out of the lecture hall on 4 June in protest at the fees.",
            ["protest"],
        ),
        ("The rebel envoys walked out of the talks on Monday.", []),
        # suspending talks is no round of talks held that day; suspending strikes is a pause
        (
            "The government suspended its participation in the border talks on Monday.",
            [],
        ),
        ("The opposition broke off talks with the government on Monday, citing arrests.", []),
        (
            "The air force suspended air strikes on the city on Monday, the ministry said.",
            ["pause"],
        ),
    ],
)
def test_wordings_of_unseen_news_get_their_types(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armoured columns streamed into the province on 3 June.", ["movement"]),
        ("Rebel forces surged across the river on Monday.", ["movement"]),
        ("Soldiers cordoned off the airport on Thursday night.", ["movement"]),
        (  # a finite verb in the clause after "after its": a happening, not a reference
            "The town fell in May, months after its troops swept into the valley on 2 March.",
            ["movement"],
        ),
        (  # police sealing off a street is not a movement of forces
            "Police sealed off the street on Monday.",
            [],
        ),
        # massing forces, or columns seen leaving a town
        ("The army has been massing tanks near the northern border since May.", ["movement"]),
        ("The army massed artillery along the ridge on 3 June, officials said.", ["movement"]),
        ("Armoured columns were spotted leaving the garrison town on Friday.", ["movement"]),
        (  # a crowd massing is a protest, not forces moving
            "Thousands of protesters were massing in the main square on Monday.",
            ["protest"],
        ),
    ],
)
def test_forces_pouring_across_or_sealing_off_are_a_movement(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The chancellor clashed with her counterparts at a summit in Rome on Friday.",
            ["meeting"],
        ),
        ("The premier clashed publicly with reporters on Thursday.", []),
        ("Rebels clashed with the army near the border on Thursday.", ["strike"]),
    ],
)
def test_clashing_with_allies_or_reporters_is_a_quarrel_not_fighting(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Italian premier joined NATO defence ministers in Vilnius on Tuesday.", ["meeting"]),
        ("The chancellor joined fellow leaders at the castle on Friday.", ["meeting"]),
        ("The colonel joined the ruling party in 2019.", []),
    ],
)
def test_joining_ministers_or_leaders_is_a_meeting(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The general addressed the nation through a video call on Friday night.", ["statement"]),
        ("The two leaders spoke via a video call with their envoys on Friday.", ["meeting"]),
        ("The ministers held a video call on Friday.", ["meeting"]),
    ],
)
def test_a_call_as_the_medium_of_an_appearance_is_no_meeting(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A judge ruled on Thursday that the strike was illegal.", []),
        ("The high court said on Friday that the protest was unconstitutional.", ["statement"]),
        ("Dockers went on strike on Thursday.", ["protest"]),
    ],
)
def test_a_ruling_on_the_legality_of_a_strike_is_no_strike(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The withdrawal was ordered on Monday by the army chief.", ["statement"]),
        ("A bid to halt the deployment failed in the senate on 3 June.", []),
        ("The troops were withdrawn from the city on Monday.", ["movement"]),
    ],
)
def test_an_ordered_or_opposed_movement_is_not_the_movement_itself(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The union will send an observer mission to the border next week.", ["movement"]),
        ("The bloc sent 40 monitors to the province on Monday.", ["movement"]),
        ("Marines evacuated the remaining diplomats from the capital on Sunday.", ["movement"]),
        ("Airlines flew hundreds of stranded nationals out on Thursday.", ["movement"]),
        ("The ministry sent a letter to the embassy on Monday.", ["statement"]),
        # aircraft sent to a theatre are forces moved there
        ("Moscow sent warplanes to the region in September.", ["movement"]),
        ("The navy sent two helicopters to the disputed atoll on Tuesday.", ["movement"]),
        ("Britain sent four bombers to the base in Cyprus last week.", ["movement"]),
    ],
)
def test_sending_monitors_and_evacuating_staff_are_movements(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Negotiators returned to Geneva on Monday with a revised text.", ["meeting"]),
        ("The rebel delegation went back to Doha on 3 June.", ["meeting"]),
        ("Mediators return to Addis Ababa next week.", ["meeting"]),
        ("Negotiators returned to their families on Monday.", []),
    ],
)
def test_negotiators_returning_to_a_named_city_take_up_talks_again(text, expected):
    assert [t for t in types_of(text) if t != "other"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers were patrolling the streets of the port city on Sunday.", ["movement"]),
        ("Paratroopers in jeeps patrolled the city centre on Monday.", ["movement"]),
        ("Police officers patrolled the streets of the old town on Monday.", []),
    ],
)
def test_troops_patrolling_a_citys_streets_are_a_movement(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Several explosions were heard near the army barracks on Tuesday.", ["strike"]),
        (
            "Residents reported loud blasts on Friday night as air defences fired at drones.",
            ["strike"],
        ),
        ("Blasts have been heard around the military airport since Sunday.", ["strike"]),
        # no war in view: a blast heard at a plant may be an accident
        ("Several explosions were heard at the chemical plant on Tuesday.", []),
    ],
)
def test_explosions_heard_where_war_is_in_view_are_a_strike(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hundreds of thousands flooded onto the streets of the capital on Sunday.", ["protest"]),
        ("Crowds surged into the main square on Friday evening.", ["protest"]),
        ("Floodwater poured into the streets on Friday.", []),
        (
            "Tens of thousands of people crowded into a square in the old town on Friday.",
            ["protest"],
        ),
        ("On Thursday, hundreds of students packed the main streets of the capital.", ["protest"]),
        ("Tourists filled the cafes on the square on Friday.", []),
        (  # a crowd "of people" pouring in, or flooding the streets without a preposition
            "Thousands of people poured into the square outside the cathedral on Saturday.",
            ["protest"],
        ),
        ("Hundreds of striking dockers flooded the streets of the port on Monday.", ["protest"]),
        ("Water from the burst main flooded the streets of the old town on Monday.", []),
    ],
)
def test_crowds_pouring_into_streets_or_squares_are_a_protest(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the people swapped told first, the swap in the passive
            "Thirty detainees held by each side were exchanged at the river crossing on Friday.",
            ["agreement"],
        ),
        (
            "On Tuesday the two militias swapped the bodies of six fighters at the ferry.",
            ["agreement"],
        ),
        (  # a handover named as an exchange by the phrase that follows it
            "Twelve soldiers and 20 militiamen were handed over at the ferry landing on Thursday "
            "in the first prisoner exchange of the war.",
            ["agreement"],
        ),
        ("Letters were exchanged between the two ministries on Friday.", []),
        (
            "Under the deal, the first 25 captives from each side are to be handed over at the "
            "ferry on 3 November.",
            ["agreement"],
        ),
        (  # an offer taken up is a deal made
            "The nurses' union accepted a 6 percent pay offer on Thursday.",
            ["agreement"],
        ),
    ],
)
def test_people_or_bodies_exchanged_are_an_agreement(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Friday the foreign ministry handed the envoy a note of protest over the border "
            "incident.",
            ["statement"],
        ),
        (
            "The embassy lodged a formal protest with the host government on Thursday.",
            ["statement"],
        ),
        ("Thousands joined a protest outside the embassy on Friday.", ["protest"]),
    ],
)
def test_a_protest_lodged_by_a_government_is_a_statement_not_a_crowd(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoy spent about two hours with the rebel commander on Thursday.", ["meeting"]),
        ("The minister spent the afternoon with his family on Thursday.", []),
        ("A delegation of elders spent only a few hours in the capital on Thursday.", ["meeting"]),
        ("The driver spent two days in hospital after the crash on Thursday.", []),
        ("The employers have invited the drivers' union back to the table on Monday.", ["meeting"]),
        ("The rebels returned to the table in Geneva on Monday.", ["meeting"]),
        ("An earlier round in Oslo broke up in March without a text.", ["meeting"]),
        ("An earlier round of talks in Doha ended on 2 May.", ["meeting"]),
        ("A new round of clashes erupted near the border on Monday.", ["strike"]),
        (
            "The army left the pass in May, a step the rebels had set as a condition for returning "
            "to the table.",
            ["movement"],
        ),
        (
            "In June the opposition spoke out against a return to the negotiating table.",
            ["statement"],
        ),
        ("The mediators pressed on Monday for a return to the table within days.", []),
        (
            "Both sides will return to the negotiating table on Monday, the mediator said.",
            ["meeting"],
        ),
        ("The king greeted him on the runway on Friday.", ["meeting"]),
        ("Cheering relatives greeted the buses at the gates on Friday.", []),
        (  # each listed round of talks is a meeting on its day
            "The previous two rounds, on 3 June and 10 June, ended without a deal.",
            ["meeting"],
        ),
        ("The most recent full round, in Vienna, collapsed in May 2019.", ["meeting"]),
        ("The last rounds landed near the market on Friday.", []),  # munitions, not talks
        ("The council met in extraordinary session on Monday.", ["meeting"]),
        (
            "On Friday the foreign minister summoned the ambassador of the neighbouring state.",
            ["meeting"],
        ),
        (
            "The farmers' federation holds its annual congress in the port city on Friday.",
            ["meeting"],
        ),
        ("The mediator briefed diplomats from the donor countries on Thursday.", ["meeting"]),
        ("The king hosted the leaders of both parties at the palace on Thursday.", ["meeting"]),
    ],
)
def test_time_spent_together_resumed_bargaining_and_greetings_are_meetings(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rockets damaged a water station on the outskirts on Friday.", ["strike"]),
        ("In May, drones destroyed two fuel depots near the port.", ["strike"]),
        ("Floods damaged a water station on Friday.", []),
    ],
)
def test_munitions_damaging_or_destroying_something_are_a_strike(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The release raised hopes for a new round of talks next month.", []),
        ("Diplomats spoke of prospects for a summit in July.", []),
        ("The two sides will hold a new round of talks next month.", ["meeting"]),
    ],
)
def test_hopes_for_talks_are_not_a_meeting(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The first company of marines flew from the naval air station on Tuesday.", ["movement"]),
        (
            "A contingent of 200 soldiers flew out from the capital's airport on Monday.",
            ["movement"],
        ),
        ("The foreign minister flew from Rome on Tuesday.", []),
    ],
)
def test_forces_flying_from_a_base_are_a_movement(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Sunday, veterans gathered at the war memorial in the old town to pay their respects.",
            [],
        ),
        (
            "Hundreds of villagers gathered outside the church on Saturday to lay flowers for the dead.",
            [],
        ),
        (
            "On Sunday, thousands gathered in the main square to protest against the deal.",
            ["protest"],
        ),
    ],
)
def test_gathering_somewhere_to_commemorate_is_no_protest(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Delegates met on Monday in the hall where the armistice was signed.", ["meeting"]),
        ("On Friday the two leaders toured the palace where the treaty had been negotiated.", []),
        (  # a clause after a comma tells something new
            "The ceasefire was signed on Monday in Geneva, where the talks were held.",
            ["agreement", "meeting"],
        ),
    ],
)
def test_a_place_known_by_a_past_happening_is_no_new_happening(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Arbitration Board ruled on Monday that the dismissals were unfair.", []),
        (
            "A mediation service spokesman said on Tuesday that the two sides were far apart.",
            ["statement"],
        ),
        ("Both unions will go back to the arbitration service on Friday.", ["meeting"]),
    ],
)
def test_a_body_named_after_mediation_is_no_meeting_unless_gone_to(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The peacekeepers will return home in two flights on 20 October.", ["movement"]),
        ("The contingent returns home on Friday.", ["movement"]),
        ("The soldiers are returning home on Friday after a year in Mali.", ["movement"]),
        ("The minister will return to the capital on Friday.", []),
    ],
)
def test_troops_returning_home_are_a_movement_in_any_tense(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two transport planes carrying paratroopers were flying towards the border on Monday.",
            ["movement"],
        ),
        (
            "On Tuesday a column of helicopters with marines aboard flew toward the island.",
            ["movement"],
        ),
        ("The prime minister flew towards Brussels on Tuesday.", []),
    ],
)
def test_forces_flying_towards_a_place_are_a_movement(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court's verdict is due in September.", []),
        ("The first instalment of the aid is due in November.", []),
        ("The foreign minister is due in Ankara on Tuesday.", ["meeting"]),
    ],
)
def test_due_in_a_month_is_no_visit_but_due_in_a_city_is(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The next rotation of the peacekeeping battalion is planned for September 2024.",
            ["movement"],
        ),
        ("A troop rotation at the border post took place on Friday.", ["movement"]),
        ("The rotating presidency passes to Hungary in July.", []),
    ],
)
def test_a_rotation_of_troops_is_a_movement(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A grenade was thrown at the offices of the local council on Friday.", ["strike"]),
        ("Unknown attackers threw a grenade at a police station on Sunday.", ["strike"]),
        ("Gunmen hurled two grenades into a crowded bar in the port on Sunday night.", ["strike"]),
        ("Riot police threw stun grenades at the protesters on Sunday.", []),
    ],
)
def test_a_thrown_grenade_is_an_attack(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The garrison responded before dawn on Tuesday with rocket fire on the border posts.",
            ["strike"],
        ),
        ("The navy responded on Monday with missile strikes on the port.", ["strike"]),
        ("The army replied on Sunday with artillery fire on the rebel-held ridge.", ["strike"]),
        ("The rebels responded on Monday with a statement denying the attack.", ["statement"]),
    ],
)
def test_responding_with_force_is_the_attack_not_a_statement(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kiev responded on Tuesday by deploying two brigades to the border.", ["movement"]),
        (
            "The junta replied on Wednesday by pulling its troops back from the frontier.",
            ["movement"],
        ),
        ("The ministry responded on Friday by saying the claims were false.", ["statement"]),
        ("The mayor responded on Monday by calling for calm in the city.", ["statement"]),
    ],
)
def test_responding_by_doing_something_is_the_deed_not_a_statement(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The senator remarked on Friday that the talks had stalled.",
        "Asked about the vote, the premier remarked on Thursday that it changed nothing.",
    ],
)
def test_remarking_is_a_statement(text):
    assert types_of(text) == ["statement"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the protests came before; "a day after" dates the resignation
            "Students vowed to keep up their boycott Friday, a day after the rector scrapped a fee "
            "rise whose size had set off protests in which two people were hurt.",
            [],
        ),
        ("The fuel price rise sparked protests across the north on Friday.", ["protest"]),
    ],
)
def test_what_a_cause_had_set_off_earlier_is_not_dated_by_the_sentence(text, expected):
    assert [t for t in types_of(text) if t != "statement"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cabinet approved the truce deal late on Thursday.", ["agreement"]),
        ("The accord was approved by the Kestrian cabinet on Tuesday.", ["agreement"]),
        (
            "The swap was brokered by Oman, and the cabinet approved it on Monday by 20 votes.",
            ["agreement"],
        ),
        ("The cabinet approved the budget on Tuesday.", []),
    ],
)
def test_a_cabinet_approving_a_deal_is_its_government_agreeing(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Both sides accepted a ceasefire on Monday afternoon.", ["agreement"]),
        ("On 3 May the government and the rebels sign a truce in Oslo.", ["agreement"]),
        ("On 4 May the guns fall silent along the whole front.", ["pause"]),
        ("The union accepted a 5 percent pay offer at a ballot on Thursday.", ["agreement"]),
        ("On Tuesday the rebels accepted the Norwegian proposal.", ["agreement"]),
        ("The minister accepted an invitation to Rome on Tuesday.", []),
        ("On Monday the rebels said they might accept a truce next week.", ["statement"]),
    ],
)
def test_a_party_accepting_a_truce_or_offer_is_agreeing_to_it(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The accord was signed in Geneva on 3 June after three weeks of talks.",
            ["agreement", "meeting"],
        ),
        (
            "The truce was agreed on Friday after two weeks of shuttle diplomacy by the envoy.",
            ["agreement", "meeting"],
        ),
        ("The accord was signed in Geneva on 3 June after weeks of talks.", ["agreement"]),
        (
            "The accord was signed in Geneva on 3 June after 18 months of negotiations.",
            ["agreement"],
        ),
    ],
)
def test_counted_weeks_of_talks_are_a_meeting_where_a_vague_span_is_not(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In March 2019 the capital saw weeks of protests against the fuel tax.", ["protest"]),
        ("The mining region witnessed months of strikes by copper workers in 2017.", ["protest"]),
        ("In October the border villages endured days of shelling by the rebels.", ["strike"]),
        (  # "after weeks of protests": the span before a happening, not one dated
            "The fuel tax was withdrawn in March 2019 after weeks of protests in the capital.",
            [],
        ),
    ],
)
def test_a_span_of_happenings_seen_in_a_dated_time_is_a_happening(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council met after a session lasting more than five hours on Monday.", ["meeting"]),
        ("Parliament held an emergency session on Monday.", ["meeting"]),
        ("A 14-hour session at the mediation office ended on Sunday.", ["meeting"]),
        ("The assembly passed the bill in a session that ran past midnight on Friday.", []),
        ("The court's summer session opens in July.", []),
    ],
)
def test_a_session_held_is_a_meeting_unless_it_is_the_setting_of_a_vote(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The last dispute at the depot, in 2009, lasted six weeks, the union said.", ["protest"]),
        ("The previous pay dispute ended after three weeks in May 2015.", ["protest"]),
        ("The border dispute between the two states lasted nine months in 1990.", []),
        ("The dispute began in March, when the company cut pay for workers.", []),
    ],
)
def test_a_labour_dispute_told_by_how_long_it_lasted_is_a_stoppage(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The first exchange was carried out in late March.", ["agreement"]),
        ("The last exchange took place in Oslo on 4 May 2019.", ["agreement"]),
        ("An exchange of views took place in Oslo on 4 May.", []),
        (
            "On Sunday the first hostages and prisoners were exchanged at the crossing.",
            ["agreement"],
        ),
        ("Twelve detainees had been swapped at the bridge on 3 May.", ["agreement"]),
        ("The two ministers signed off on the text early on Saturday.", ["agreement"]),
        ("The cabinet signed off on the deployment on Tuesday.", []),
        ("The truce was signed in Oslo on 3 May with Norwegian mediation.", ["agreement"]),
        ("The talks resumed in Vienna on Wednesday under UN mediation.", ["meeting"]),
        (
            "The raid broke a truce that village elders negotiated with the militia on 2 May.",
            ["agreement"],
        ),
        ("On Saturday the president negotiated a deal with the mutineers.", ["agreement"]),
        ("On Saturday the envoys negotiated for nine hours in Geneva.", ["meeting"]),
    ],
)
def test_swaps_and_texts_told_as_happenings_of_their_own_are_agreements(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday the court heard families of those killed in the bombings.", []),
        (
            "On Monday the court rejected appeals from relatives of soldiers killed in attacks.",
            ["statement"],
        ),
        ("On Monday an attack on the convoy killed four soldiers near the border.", ["strike"]),
    ],
)
def test_people_described_by_a_loss_tell_no_attack(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Monday the minister handed the envoy a note of protest over the shelling.",
            ["statement"],
        ),
        ("On Monday the ministry lodged a formal protest with the embassy.", ["statement"]),
        ("The ambassador was recalled for consultations on Monday evening.", []),
        ("On Monday the two governments held consultations in Vienna.", ["meeting"]),
    ],
)
def test_diplomatic_protests_and_recalls_are_no_protest_or_meeting(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday officials began work on a new trade agreement.", []),
        ("In 1990 the two states began three decades of building agreements on the border.", []),
        ("Talks on a ceasefire deal continued in Doha on Monday.", ["meeting"]),
        ("The two sides agreed on a prisoner swap on Monday.", ["agreement"]),
    ],
)
def test_a_deal_still_being_worked_on_is_not_made(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Friday the union signed a pay deal, calling off a strike planned for 2 June.",
            ["agreement"],
        ),
        ("On Sunday a missile killed 20 people who had gathered for a wedding.", ["strike"]),
        ("On Sunday thousands of people gathered outside parliament.", ["protest"]),
        (
            "The truce was extended on Monday as talks on Kestria's blockade of the port went on.",
            ["agreement", "meeting"],
        ),
        ("Fishermen began a blockade of the port on Monday.", ["protest"]),
    ],
)
def test_happenings_called_off_and_crowds_or_blockades_that_are_no_protest(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saturday's blockade of the motorway by farmers caused long queues.", ["protest"]),
        (
            "Traffic was back to normal after Monday's blockade of the ring road by taxi drivers.",
            ["protest"],
        ),
        ("Friday's blockade of the bridge by fishermen ended peacefully at dusk.", ["protest"]),
        ("Talks on Kestria's blockade of the harbour resumed on Monday.", ["meeting"]),
    ],
)
def test_a_weekday_s_blockade_is_a_protest_not_a_state_s_siege(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The truce was faltering on Monday, with both sides accusing each other of "
            "shelling villages.",
            ["pause"],
        ),
        (
            "On Monday the army accused the rebels of shelling a checkpoint on Saturday.",
            ["statement", "strike"],
        ),
    ],
)
def test_mutual_blame_tells_no_attack_while_a_dated_accusation_does(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court suspended the premier on 1 July over a leaked phone call with a rival.", []),
        ("Voters rejected the accord on Sunday, throwing a four-year negotiation into doubt.", []),
        ("The two leaders held a phone call on Sunday.", ["meeting"]),
        ("The two-day talks in Oslo ended on Sunday.", ["meeting"]),
    ],
)
def test_calls_and_negotiations_told_only_as_background_are_no_meeting(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Residents staged a sit-in on the main road on Monday, demanding that both armies "
            "pull back.",
            ["protest"],
        ),
        (
            "Villagers marched to the district office on Monday, demanding that the troops "
            "withdraw from the valley.",
            ["protest"],
        ),
        ("The army insisted that its troops withdrew from the valley on Monday.", ["movement"]),
    ],
)
def test_what_a_that_clause_demands_has_not_happened(text, expected):
    assert [t for t in types_of(text) if t != "statement"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 300 people, many of them widows of soldiers and fighters, marched through the "
            "capital on Monday.",
            ["protest"],
        ),
        ("Families of missing soldiers marched to the defence ministry on Monday.", ["protest"]),
        ("Rebel fighters marched into the town on Monday.", ["movement"]),
    ],
)
def test_civilians_marching_protest_whoever_they_mourn(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rebels accused the army of firing mortars at the village on Monday evening.", True),
        ("Militants answered with rocket fire on the garrison town on Tuesday.", True),
        ("Gunmen were seen launching drones towards the airport on Friday.", True),
        ("Insurgents lobbed mortar rounds at the airport perimeter on Sunday night.", True),
        ("A man lobbed two grenades into a crowded bar on Friday.", True),
        ("The minister lobbed questions at the panel on Tuesday.", False),
        ("The army spent Monday firing its critics from the general staff.", False),
    ],
)
def test_weapons_fired_at_a_target_are_an_attack(text, expected):
    assert ("strike" in types_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army responded on Tuesday with rocket fire on rebel positions.", ["strike"]),
        ("The rebels replied with a barrage of mortars on the barracks on Tuesday.", ["strike"]),
        ("Kiev responded on Sunday with drone strikes on a refinery near Ryazan.", ["strike"]),
        ("The minister responded on Tuesday with a sharp letter to the ambassador.", ["statement"]),
    ],
)
def test_responding_with_fire_is_an_attack_not_a_statement(text, expected):
    assert types_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Villagers took up arms against the militia on 3 May.", True),
        ("The separatists first took up arms in 2014 after the referendum.", True),
        ("Thousands of students were taking up arms in the hills on 9 March.", True),
        ("The cleric urged his followers to take up arms on Friday.", False),
    ],
)
def test_taking_up_arms_is_an_attack_unless_only_urged(text, expected):
    assert ("strike" in types_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials of the two ministries met at least three times in Vell over the summer.", True),
        ("The two leaders have met several times since 2019.", False),
    ],
)
def test_talks_counted_over_a_bounded_period_are_one_round_of_meetings(text, expected):
    assert ("meeting" in types_of(text)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels shelled the town on Monday and jets hit two bases, killing 12 people.",
        "The two leaders met in Geneva and signed a ceasefire that took effect at midnight.",
        "Dockers walked out on Tuesday; police fired tear gas at protesters outside parliament.",
        "Troops pulled back from the ridge as the truce held, the UN said in a statement.",
        "IT WAS A PAUSE IN THE FIGHTING, AND NO SHOTS HAVE BEEN FIRED SINCE THE ACCORD.",
        "It came into force on Friday; the army's 3rd brigade was deployed to the border.",
    ],
)
def test_the_lexicon_dispatched_on_first_letters_finds_what_the_plain_pattern_finds(sentence):
    for (_, pattern, _), (_, dispatched, _) in zip(LEXICON, _COMPILED, strict=True):
        plain = re.compile(rf"(?<![\w-])(?:{_longest_first(pattern)})(?![\w-])", re.IGNORECASE)
        found = [m.span() for m in dispatched.finditer(sentence)]
        assert found == [m.span() for m in plain.finditer(sentence)]
