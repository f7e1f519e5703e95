"""Event triggers: the words that say something happened, typed, with the context that cancels them.

A trigger is cancelled (``blocked``) when the sentence says it did not or may not happen:
modality ("threatened to launch attacks", "could compel"), conditionals ("if talks fail"),
negation ("no vessels were damaged", "without a settlement"), goals that are not events
("voted to escalate the dispute", "met to discuss the stoppage"), and "the first talks since".
Negated attacks become pauses ("no reported attacks since 4 February").
"""

import re
from dataclasses import dataclass, replace

_V = r"(?:s|es|ed|d|ing)?"

# (type, pattern, kind) -- kind: "verb", "noun" or "speech" (a statement verb or noun)
LEXICON: list[tuple[str, str, str]] = [
    # statements
    ("statement", r"said|told|announced|announcing|declared|warned|accused|denied|claimed|"
     r"condemned|welcomed|reported|stated|published|hailed|described|rejected|insisted|confirmed|"
     r"acknowledged|blamed|threatened|vowed|pledged|promised|ordered|urged|called on|called for|"
     r"speaking|spoke to|wrote|tweeted|posted|gave notice|issued|address the nation|"
     r"addressed the nation|added|argued|criticised|criticized|praised|unveiled|accusing|"
     r"saying|claiming|denying|insisting|urging|condemning|warning that|conceded|admitted|"
     r"revealed|disclosed|alleged|appealed|briefed|testified|proclaimed|stressed|asserted|"
     r"issued a statement|told reporters|briefed|proposed|reported to|spoke|denounced|"
     r"demanded|expressed|reiterated|commented|remarked|"
     # "responded the following day with rocket fire on its positions": an answer by force
     r"(?:responded|replied)(?![^.;,]{0,40}?\bwith (?:a |an |its |their |its own |their own )?"
     r"(?:[\w-]+ ){0,2}?(?:fire|strikes?|air ?strikes|shelling|rockets?|missiles?|drones?|"
     r"barrages?|raids?|attacks?|artillery|mortars?|bombing|force|tear gas)\b)"
     # "responded on Tuesday by moving four missile boats": the answer is the deed, not words
     r"(?![^.;,]{0,40}?\bby (?!saying\b|stating\b|telling\b|announcing\b|issuing\b|calling for\b)"
     r"\w+ing\b)|"
     r"dismissed (?:the|as|claims|reports|allegations)|rejects?|"
     r"(?:appeared|went) on (?:state |national )?(?:television|TV|radio)|"
     r"called (?:it|them|him|her|this|the \w+)(?= [\"“'])", "speech"),
    ("statement", r"statement|message|remarks|announcement|speech|interview|press conference|"
     r"warning|ultimatum|appeal|letter|video|"
     r"news conference|communiqu[ée]|address|readout", "speech_noun"),
    # meetings
    ("meeting", r"met|meet|meets|meeting|meetings|talks|summit|summits|visit" + _V + r"|negotiat" +
     r"(?:ed|ing|ions?)|conferences?|hosted|consultations|mediation session|round of negotiations|"
     r"discussed by (?:tele)?phone|(?:tele)?phone call|spoke by (?:tele)?phone|held a call|"
     r"(?:sat|sit|sits|sitting) down (?:with|together|in|for|at|face)|"
     r"(?:shook|shake|shakes|shaking) hands|"
     r"launch(?:ed|es|ing)? (?:a |the )?(?:[\w-]+ ){0,2}?peace (?:process|negotiations)|gathering of leaders|convened|emergency session|discuss(?:ed|es)?|"
     r"conciliation|mediation|arbitration|bargaining(?! (?:power|position|chip|unit|rights))|"
     r"(?:first|second|third|fourth|fifth|previous|latest|next|new|earlier|"
     r"final) round(?! of (?:sanctions|(?:[\w-]+ )?(?:elections?|voting|polls?|the vote)|"
     r"fighting|clashes|shelling|strikes|attacks|air ?strikes|protests|violence|layoffs|cuts))|"
     r"video call|videoconference|video conference|"
     r"received (?:a|the) (?:[\w-]+ )?delegation|bilateral meeting|hosted talks|"
     # "the minister was received by the President": a visitor met by a leader
     r"(?:was|were|been|being) (?:[\w-]+ )?received by (?:the |his |her |their )?(?:[\w-]+ ){0,2}?"
     r"(?:president|prime minister|foreign minister|minister|king|queen|emir|pope|chancellor|"
     r"premier|crown prince|sultan|sheikh|secretary-general|speaker|counterpart)s?\b(?!['’])|"
     r"(?:received|receiving|receives) (?-i:[A-Z])\w+|by (?:tele)?phone|by video ?link|"
     r"joined (?:(?-i:[A-Z])[\w.-]* |other |fellow |his |her |their |the ){0,3}"
     r"(?:foreign |defen[cs]e |finance |interior |[\w-]+ )?(?:ministers|leaders|counterparts|"
     r"envoys|heads of state|heads of government)|"
     r"(?:in|during) an? (?:[\w-]+ )?call(?! for)|"
     r"(?:spoke|spoken|talked) with (?!reporters|journalists|the press|the media|media\b)"
     r"(?:[\w.'’-]+ ){0,3}?(?-i:[A-Z])\w+|"
     # "the envoy is due in Paris" is a visit; "elections are due in June" is only a time
     r"(?:is|are|was|were) due in (?:the )?(?!(?:January|February|March|April|May|June|July|"
     r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|"
     r"Spring|Summer|Autumn|Fall|Winter)\b)(?-i:[A-Z])\w+|"
     r"welcomed (?:him|her|them|(?-i:(?:President|Prime|Mr|Mrs|Ms|King|Queen|Chancellor|[A-Z]\w+ "
     r"[A-Z]\w+)))|host(?:s|ing)? (?-i:(?:President|Prime|Mr|Mrs|Ms|King|Queen|Chancellor))|"
     r"(?:called|phoned|telephoned|rang) (?:his|her|their) (?:[\w-]+ ){0,2}?counterparts?|"
     r"(?:telephoned|phoned)(?= (?:the (?:[\w-]+ ){0,2}?(?:president|prime minister|minister|leader|king|"
     r"emir|chancellor|premier|counterpart)|(?:his|her|their) counterparts?|(?-i:[A-Z])|"
     r"(?:the )?(?:leaders|ministers|heads|presidents) of|"
     # "phoned both leaders on Saturday": the two sides' leaders, called in turn
     r"(?:both|the two|the three) (?:leaders|presidents|prime ministers|ministers|men|sides)\b))|"
     r"shuttled between|shuttle diplomacy|"
     # "negotiators returned to Havana days after the vote": the talks taken up again there
     r"(?:negotiators|delegations?|mediators|delegates) (?:[\w-]+ )?(?:returned|return|went back) "
     r"to (?-i:[A-Z])\w+|"
     # "spent about three hours with the president": time spent together is a meeting
     r"spent (?:[\w-]+ ){0,3}?(?:hours?|minutes|days?|morning|afternoon|evening) with"
     r"(?= (?!(?:his|her|their) (?:famil|children|wife|husband|parents)))|"
     # "a delegation spent only a few hours in Niamey": a visit, when envoys or leaders spend it
     r"spent (?:[\w-]+ ){0,3}?(?:hours?|days?) (?:in|at|there)|"
     # "invited the union back to the table on Tuesday": negotiations resumed
     r"(?:back|return|returned|returning|returns|come back|get back|go back) to the "
     r"(?:negotiating |bargaining )?table|"
     # "the prime minister greeted him at the air base": a leader receiving someone
     r"greet(?:ed|s)?(?= (?:him\b|her\b|them\b|(?-i:[A-Z])))|"
     r"shuttling between|(?:due|expected|set|scheduled) to (?:speak|talk|confer)(?: again)?|"
     r"(?:leaders|ministers|heads of state|heads of government|delegates|envoys) "
     r"(?:will |are to |are due to |were due to )?(?:gather|gathered|convene|convened)|"
     r"(?:received|receiving|receives|receive|hosted|hosts|host|welcomed|welcome) (?:the|his|her|their) "
     r"(?:[\w-]+ ){0,3}?(?:prime minister|president|minister|envoy|delegation|counterpart|king|queen|"
     r"leader|chancellor|premier|emir|crown prince|secretary-general)s?|"
     # "the two leaders talked for three hours": talks, told by how long they lasted
     r"talked (?:alone |privately )?for (?:more than |almost |nearly |about |over |some )?"
     r"(?:an|one|two|three|four|five|six|several|\d+) (?:hours?|days)|"
     r"(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|next|final|plenary|joint|negotiating) "
     r"sessions?|"
     # "after a session lasting six hours", "an emergency session on Monday": a sitting held
     r"(?:emergency|extraordinary|special|closed-door|marathon|mediation|bargaining|larger|"
     r"all-night|overnight|[\w-]+-hour) sessions?|"
     r"session(?= (?:lasting|that (?:lasted|ran|ended|broke up|went on)|went on|lasted|ran|ended|"
     r"broke up)\b)|"
     # "the previous two rounds, on 24 October and 8 November", "the most recent full round"
     r"(?:most recent|previous|last|latest)(?: (?:two|three|four|full|formal))? rounds?"
     r"(?! of (?!talks|negotiations|discussions))(?! (?:landed|hit|fell|struck|exploded))|"
     # "summoned the ambassador of Orlan": a diplomat called in is met
     r"summon(?:ed|s|ing)? (?:the|his|her|their) (?:[\w-]+ ){0,3}?(?:ambassador|envoy|"
     r"charg[ée] d['’]affaires|diplomat)s?|"
     r"called on (?-i:President|Prime Minister|Foreign Minister|Minister|King|Queen|Pope|"
     r"Chancellor|Secretary|Premier|Emir|Sheikh|Mr|Mrs|Ms|Dr)\b|"
     r"brief(?:ed|s|ing)? (?:the )?(?:[\w'’-]+ ){0,2}?(?:committee|cabinet|lawmakers|senators|"
     r"(?-i:MPs)|diplomats|ambassadors|envoys)|"
     # "the unions hold their annual congress in May": a gathering of delegates
     r"(?:hold|holds|holding|held) (?:a|an|its|their|the) (?:[\w-]+ ){0,2}?(?:congress|convention)",
     "verb"),
    # armed attacks
    ("strike", r"attack" + _V + r"|airstrikes?|air strikes?|air raids?|air campaign|raid(?:s|ed)?|"
     r"bomb(?:s|ed|ing|ings)?|shell(?:ed|ing)|ambush(?:ed|es)?|assassinat(?:ed|ions?)|killed|killing|"
     r"opened fire|fired (?:on|upon|at|toward|towards)|"
     r"fired (?:[\w-]+ ){0,5}?(?:rockets?|missiles?|shells?|mortars?|drones?|artillery)|"
     # "accused the army of firing mortars at the village", "answered with rocket fire on Bessa"
     r"(?:firing|launching|lobbing|lobbed) (?:[\w-]+ ){0,3}?(?:rockets?|missiles?|shells?|mortars?|"
     r"drones?|artillery|grenades|rounds)(?= (?:at|on|into|towards?|across)\b)|"
     r"(?:rocket|mortar|missile|sniper|machine-gun|tank) fire (?:on|at|into|against)(?= [\w'’-]+)|"
     r"rockets? (?:was|were) fired|artillery fire|pounded|drone hit|jets hit|offensives?|"
     r"clash(?:es|ed)|fighting|invasions?|invaded|struck|shot down|massacres?|stormed|overran|"
     r"torched|gunned down|shot dead|open fire|storming|car bomb|suicide bombing|mortar fire|"
     r"skirmish(?:es)?|incursions?|assaults?|assaulted|"
     # "the Front took up arms in 2019": an armed uprising begins
     r"(?:took|taken|take|takes|taking) up arms|"
     # "retook much of the surrounding territory": up to four words before what was taken
     r"(?:seized|captured|took control of|overran|recaptured|retook|seizure of|capture of)\s+"
     r"(?:[\w-]+\s+){0,4}?"
     r"(?:towns?|city|villages?|bases?|airport|territory|positions?|areas?|districts?|hills?|"
     r"enclave|province|"
     # "gunmen seized a police post", "the capture of two border checkpoints"
     r"ridge|outposts?|port|bridge|(?:police |border |army )?(?:posts?|checkpoints?|stations?)|"
     r"barracks|garrisons?)|"
     r"launched (?:a|an|the) (?:[\w-]+ )?(?:push|operation|assault|incursion|raid|bombardment)|"
     r"(?:rockets?|missiles?|shells?|mortars?) (?:have|had) been (?:fired|launched)|"
     r"rammed|came under (?:[\w-]+ ){0,2}?(?:fire|attack|shelling|bombardment)|"
     r"fired (?:[\w-]+ ){0,2}shots|(?:missiles?|rockets?|shells?|drones?|bombs?) (?:fired|launched|dropped) by|"
     r"(?:fighting|clashes|violence|war|conflict|hostilities) (?:(?:has|have|had) )?(?:erupted|broken out|"
     r"broke out|flared|raged|resumed|continued|went on|intensified)|"
     r"(?:missiles?|rockets?|shells?|mortars?|bombs?) landed|"
     r"fired (?:tear ?gas,? (?:and )?)?(?:rubber bullets|live rounds|live ammunition|birdshot)|"
     r"opened fire on (?:protesters|demonstrators|crowds|marchers)|"
     r"charged (?:into|at) (?:the )?(?:[\w-]+ ){0,2}?(?:crowds?|protesters|demonstrators|square)|"
     r"(?:beat|fought|attacked|assaulted) (?:the )?(?:protesters|demonstrators|marchers)|"
     r"shot dead|(?:was|were) shot|shot and killed|set fire to|set ablaze|"
     r"war (?:began|started|broke out|erupted)|(?:went|go|goes|going) to war|"
     # "gunmen seized 110 schoolgirls", "kidnapped 40 passengers": an abduction is an attack
     # ("a kidnapped soldier" names a captive, not the abduction)
     r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bof )(?:abduct|kidnapp?)(?:ed|ing)|"
     r"mass (?:abduction|kidnapping)|"
     r"(?:seized|took|snatched|grabbed|carried off) (?:more than |about |some |nearly |at least )?"
     r"(?:\d[\d,]*|dozens of|scores of|hundreds of) (?:[\w-]+ )?(?:schoolgirls|schoolchildren|"
     r"students|pupils|children|hostages|villagers|passengers|worshippers)|"
     # "fighting reached the town on 18 January", "fighting continued on several fronts"
     r"(?:fighting|clashes|shelling) (?:reached|spread to|spread into|continued|went on|intensified)|"
     # "Azerbaijani artillery hit Stepanakert", "India hit several Pakistani air bases"
     r"(?:artillery|warplanes|aircraft|jets|gunboats|howitzers|tanks) hit|"
     r"hit (?:[\w-]+ ){0,2}?(?:air ?bases?|airfields?|military targets|military positions|"
     r"positions|ammunition depots?|fuel depots?|command posts?)|"
     r"(?:began|begun|started|resumed|kept) (?:striking|shelling|bombing|firing (?:on|at))|"
     r"resumed (?:[\w-]+ )?(?:fire|firing|attacks|shelling)|"
     # "Haftar's forces have been trying to take Tripoli since April": an offensive going on
     r"(?:trying|attempting|fighting|battling) to (?:take|capture|seize|retake|recapture) "
     r"(?-i:[A-Z])[\w-]+|"
     # "artillery duels lasted until dawn"; "the two armies fought for eleven days"
     r"(?:artillery|tank|mortar|rocket|gun) duels?|"
     r"(?:armies|forces|troops|soldiers|rebels|militias|fighters) fought|"
     r"fought (?:a|an|the|two|three|several) (?:[\w-]+ ){0,3}?(?:wars?|battles?|conflicts?)|"
     r"(?:war|fighting|clashes|conflict|violence)(?: (?!but\b)[\w-]+){1,4} (?:broke out|erupted)|(?<=\d )(?:war|conflict)|"
     # "the scene of a war in 1993-94", "saw a brief border war in 2008": a past war dated by its
     # years ("a war in 2030 would ruin both" is no happening)
     r"(?:scene of|saw|endured|during|after) (?:a|the) "
     r"(?:(?:brief|short|bloody|border|civil|full-scale|\w+-(?:day|week|month|year)) ){0,2}"
     r"(?:war|conflict)(?= (?:in|of) (?:1[89]|20)\d\d\b)|"
     # "the worst clash in decades broke out"; "the fighting, the worst since 1994, broke out"
     r"clash(?: (?!but\b)[\w-]+){0,4} (?:broke out|erupted)|"
     r"(?:war|fighting|clash(?:es)?|violence|hostilities)(?=,[^,.;:]{3,60}, (?:broke out|erupted))|"
     r"cleared (?:the )?(?:square|streets?|camp|protesters|demonstrators) (?:with|using)|"
     r"bombardments?|barrages?|firefights?|gun ?battle|gunfight|sniper fire|grenade attack|"
     # "a grenade was thrown at the home of", "hurled two grenades into a bar" (not stun grenades)
     r"(?:threw|thrown|throwing|hurled|lobbed|tossed) (?:a |an |two |three |several )?"
     r"(?:hand )?grenades?(?= (?:at|into|onto|over|inside)\b)|"
     r"(?<!stun )grenades? (?:was|were|had been) (?:thrown|hurled|lobbed|tossed)|"
     r"roadside bomb|counter-?offensive|counter-?attack|downed|sank|"
     r"launched (?:[\w-]+ ){0,3}?(?:rockets?|missiles?|drones?)|"
     r"(?:missiles?|rockets?|shells?|drones?|bombs?|artillery) (?:hit|struck|slammed into|landed on|"
     r"damaged|destroyed|wrecked|pounded)|"
     # what was fired, told as the subject of its impact: "two mortar rounds landed near the
     # station", "the first shells of the autumn fell on", "counter-battery fire had destroyed"
     r"(?:(?:mortar|artillery|tank|howitzer|rocket) (?:rounds?|shells?|bombs?)|shells|missiles?|"
     r"rockets?|mortars|grenades|projectiles|"
     r"(?:artillery|counter-?battery|tank|naval|mortar|rocket|howitzer) fire)"
     r"(?=(?: (?:of|from)(?: [\w'’-]+){1,3}?)?(?: (?:had|has|have))? (?:landed|hit|struck|"
     r"slammed|crashed|fell on|fell in|rained|exploded|damaged|destroyed|wrecked|pounded|"
     # "reported mortar rounds landing near the town": the impact told as the report's object
     r"killed|(?:began |started )?(?:falling|landing) (?:on|in|near|around))\b)|"
     # "a roadside device exploded beside a patrol", "an explosion tore through the dam"
     r"(?:device|devices|bomb|mine|landmine|IED|grenade|explosives) (?:exploded|detonated|went off|"
     r"(?:was|were|had been) set off)|(?:explosion|blast) (?:tore|ripped) through|"
     r"explosions?|blasts?|exploded|strikes?|exchanges? of (?:[\w-]+ )?(?:gun)?fire|"
     # "drone and missile exchanges escalated": fire traded both ways
     r"(?:drone|missile|rocket|artillery|mortar)(?: and (?:drone|missile|rocket|artillery|mortar))? "
     r"exchanges|"
     r"(?:captured|recaptured|retook|overran) (?-i:[A-Z])[\w-]+|"
     r"(?:towns?|city|village|base|airport|port|bridge|hill|district|capital|outpost|enclave) "
     r"(?:was|were|had been) (?:[\w-]+ )?(?:captured|seized|overrun|retaken|recaptured)|"
     r"shot (?:and (?:killed|wounded) |dead )?(?:protesters|demonstrators|marchers|civilians|"
     r"students|mourners)|blew (?:himself|herself|themselves) up|suicide bombers?|"
     r"(?:detonated|set off) (?:a|an|the) (?:[\w-]+ )?(?:bomb|device|explosives?|vest)|"
     # "explosive devices had been set off near its troops": the blast told in the passive
     r"(?:bombs?|(?:explosive )?devices?|explosives|IEDs?) (?:was|were|had been|have been) "
     r"(?:set off|detonated)|"
     r"(?:exchanged|traded) (?:[\w-]+ )?(?:fire|gunfire|shots)|targeted|targeting|"
     # "shots were exchanged near the village", "accused the troops of firing on the town"
     r"shots (?:were|had been|have been) (?:exchanged|fired)|firing (?:on|upon)(?= (?:the|[\w-]+s)\b)|"
     r"brought down (?:[\w-]+ ){0,3}?(?:buildings?|towers?|blocks?|aircraft|helicopters?|jets?|drones?|"
     r"planes?)|flatten(?:ed|ing)|razed|"
     r"(?:was|were|(?:had|has|have) (?:already )?been) (?:first |again |also |repeatedly |twice |already )?"
     r"hit(?= (?:on|by|in|at|overnight|twice|again)\b)|"
     # "jets began striking rebel positions": an attack told by what it hit
     r"(?:striking|hitting|pounding) (?:[\w'’-]+ ){0,3}?(?:positions|targets|bases|depots|convoys|outposts|"
     r"airfields?|fortifications|command posts?|air defences|launchers)|"
     r"bombard(?:ed|ing|s)|shootings?|gun attack|siege of (?:the )?(?:(?-i:[A-Z])\w+|town|city|village)|"
     r"flare-ups?|"
     r"come under (?:[\w-]+ ){0,2}?(?:fire|attack)|"
     # "explosions were heard in Srinagar", "residents reported loud blasts": an attack under way
     r"(?:explosions|blasts|loud bangs) (?:were|have been|had been) (?:heard|reported)|"
     r"(?:heard|reported) (?:several |loud |powerful |multiple )?(?:explosions|blasts)|"
     r"(?:rockets?|missiles?|shells?|mortars?|bombs?) (?:were|was) (?:landing|falling|raining)|"
     r"destroyed (?:an? |the |two |three |several )?(?:[\w-]+ ){0,2}?(?:drones?|aircraft|helicopters?|"
     r"jets?|tanks?|howitzers?|positions|launchers?|depots?|bunkers?)", "verb"),
    # "tens of thousands had filled Liberty Square", "thousands of people poured into the square"
    ("protest", r"(?:thousands|hundreds|crowds|people|protesters|demonstrators|supporters)"
     r"(?: of (?:[\w-]+ ){0,2}?[\w-]+)?(?: (?:had|have|were))? "
     r"(?:(?:poured|flooded|streamed|surged) (?:into|onto)|filled|packed|crowded into|thronged|"
     r"jammed|flooded) (?:the |a )?(?:[\w'’-]+ ){0,3}?"
     r"(?:squares?|streets|avenues?|plaza|boulevards?)",
     "verb"),
    # halts of hostilities
    ("pause", r"cease-?fires?|truces?|lulls?|armistices?|"
     # "ending nearly four weeks of relative calm": a quiet spell counted in days or weeks
     r"(?:(?<=days of )|(?<=weeks of )|(?<=months of ))(?:(?:relative|uneasy|fragile) )?calm\b|"
     r"cessation of (?:hostilities|attacks|fighting)|"
     r"halt(?:ed|s|ing)? (?:(?:to|all|its|their|the|most|some|many|of|those|these|further|"
     r"new|military|armed|offensive|combat|ground|air|artillery|rocket|mortar|cross-border) ){0,3}"
     r"(?:attacks|assaults|fighting|hostilities|"
     r"operations|strikes|shelling|offensive|bombing|fire|firing)|"
     r"stop(?:ped|s)? (?:(?:all|its|their|the|most) ){0,2}(?:firing|attacks|fighting|hostilities|"
     r"\"?all hostile acts)|"
     # "would suspend its military operation for 120 hours"
     r"suspend(?:ed|s|ing)? (?:all |its |their |the )?(?:(?:military|ground|air|offensive|combat) )?"
     r"(?:attacks|operations?|hostilities|strikes|offensive)|"
     r"humanitarian pause|pause in (?:the )?(?:attacks|fighting|hostilities|bombing|shelling)|"
     r"switched off|moratorium|"
     r"no (?:reported |further |new )?(?:firing|shooting|gunfire|shelling)|"
     r"no (?:hostile|violent|armed|security|serious) incidents?|"
     # "the western sector has been quiet since the Geneva meeting": a lull told by its start
     r"(?:front(?: ?line)?|border|sector|frontier|line|region|area|city|town|village|valley|"
     r"district|province|zone|streets|capital|north|south|east|west|plateau|enclave|pass)"
     r"(?:,[^,.;]{0,60},)? (?:has|have|had) (?:been|remained|stayed|kept) (?:largely |mostly |"
     r"relatively |broadly |generally |fairly |almost entirely )?(?:quiet|calm)(?= since\b)|"
     r"no (?:(?:serious|major|significant|large-scale|further|new|fresh|reported) ){1,2}"
     r"(?:violence|fighting|clashes|hostilities)|"
     r"(?:has|have) not been (?:shelled|attacked|hit|bombed|struck|targeted)|"
     # "no shots have been reported along the frontier since that date"
     r"no (?:(?:fatal|deadly|major|serious|new|further) )?(?:shots|attacks?|clashes) "
     r"(?:have|has|had) been (?:fired|reported|recorded)|"
     # "there has been no fighting around the town since Aug. 20": a lull told as a state
     r"(?:has|have|had) been no (?:(?:armed|serious|major|significant|large-scale|deadly|"
     r"direct|further|new|fresh|reported) ){0,2}(?:fighting|clashes|shelling|hostilities)|"
     r"no shots were (?:fired|reported)|"
     r"(?:fighting|shelling|attacks|hostilities|bombing) (?:stopped|ceased|halted|subsided)|"
     r"guns (?:(?:have|had|has) )?(?:(?:largely|mostly|finally|now|again|all but) )?"
     r"(?:fell|fall|fallen|went|gone|go|been|remained|stayed) silent|(?:held|holding) (?:its|their) fire|"
     # "It came into force at noon the next day": kept only after a truce was told
     r"(?-i:It) (?:came|comes|went|goes) into (?:force|effect)|(?-i:It) (?:took|takes) (?:effect|hold)|"
     # "have held off from operations since Oct. 20" (not "held off attacks": fought them off)
     r"(?:held|holding|hold) off (?:from|on) (?:(?:all|military|armed|ground|combat) )?"
     r"(?:operations|attacks|strikes|fighting|offensives?)|"
     r"(?:declared|declares|announced|announces|proclaimed) (?:a|an) (?:[\w-]+ ){0,2}?"
     r"(?:ceasefire|cease-fire|truce)",
     "verb"),
    # agreements
    ("agreement", r"agreed|agrees|agreeing|agreements?|deals?|accords?|signed|signing|treaty|treaties|pacts?|"
     r"memorandum|"
     r"reached a (?:tentative )?(?:deal|agreement|settlement)|ratif(?:ied|ication)|"
     r"renewed|renewal|extension|extended|prisoner (?:swap|exchange)|settlement|inked|"
     r"(?:exchanges?|swaps?)(?= of (?:prisoners|detainees|hostages|captives|bodies)\b|[ ,])|"
     r"handed over(?= [^.;]{0,60}\b(?:from each side|on each side|from both sides|in (?:a|an|the) "
     r"(?:[\w-]+ ){0,2}?(?:swap|exchange)))|"
     # "the first 40 prisoners from each side are to be handed over on Dec. 3": a swap
     r"from (?:each|both) sides? (?:[\w-]+ ){0,4}?(?:handed over|exchanged|swapped)|"
     r"(?:exchang|swapp?)(?:e|es|ed|ing) (?!lists?\b)(?:[\w,-]+ ){0,3}?(?:prisoners|detainees|hostages|"
     r"captives|POWs|prisoners of war|bodies|remains)|"
     # "46 detainees held by each side were exchanged this morning": the people swapped, told first
     r"(?:were|have been|had been) (?:exchanged|swapped)(?! for\b)|"
     # "traded the basketball player for an arms dealer", "freed 30 prisoners in exchange for
     # the soldier": a swap of people told by what was given for what
     r"(?:trad|swapp?|exchang)(?:ed|ing) (?:(?!fire\b|blows\b|shots\b|accusations\b|insults\b|"
     r"barbs\b|punches\b|views\b|letters\b|notes\b|greetings\b|gifts\b|places\b)"
     r"[\w,.'’\"“”-]+ ){1,12}?for(?! (?:the first time|(?:about |almost |nearly |more than |over |"
     r"some |several |many |[\w-]+ )?(?:hours?|days?|weeks?|months?|years?|decades?)\b))|"
     r"(?:handed over|freed|released|returned) (?:[\w,'’-]+ ){0,8}?in (?:return|exchange) for|"
     # "the first hostages and prisoners have been exchanged": the swap told in the passive
     r"(?:prisoners|detainees|hostages|captives|POWs|bodies) (?:[\w-]+ ){0,2}?(?:were|was|have been|"
     r"had been|are being) (?:\w+ly )?(?:exchanged|swapped|traded)|"
     r"struck a deal|memorandum of understanding|initiall?ed|"
     # "leaders adopted the Port Demas Declaration": a joint text agreed by the states
     r"adopt(?:ed|s|ing)? (?:a|an|the|their) (?:[\w'’-]+ ){0,4}?(?:declaration|charter|pact|"
     r"accord|convention|road ?map)\b|"
     # "the union accepted a 7 percent pay offer": an offer taken up is a deal made
     r"accept(?:ed|s)? (?:a|an|the) (?:[\w%-]+ ){0,4}?(?:offer|proposal)|"
     r"(?:deal|agreement|bargain|accord|compromise) (?:was|were|had been|has been) "
     r"(?:\w+ly )?(?:struck|reached|sealed|clinched|hammered out)|"
     r"sealed (?:a|the) (?:deal|agreement|accord)|"
     r"reached (?:an|a) (?:understanding|compromise)|concluded (?:an|a|the) (?:agreement|deal)|"
     # "22 March 2019 - the two sides sign a truce": a timeline's present tense
     r"signs?(?= (?:a|an|the) (?:[\w-]+ ){0,2}?(?:cease-?fire|truce|deal|agreement|accord|treaty|pact|"
     r"memorandum|armistice)\b)|"
     # "the two sides accepted a ceasefire", "the union accepted a pay offer": a party agreeing
     r"accept(?:ed|s)?(?= (?:a|an|the|their|its) (?:[\w-]+ ){0,3}?(?:cease-?fire|truce|deal|agreement|"
     r"proposal|offer|compromise|settlement|peace plan)\b)",
     "verb"),
    # movements of forces
    ("movement", r"deploy(?:ed|ing|ments?|s)?|redeploy(?:ed|ment)?|"
     r"(?:send|sends|sending|sent) (?:[\w,-]+ ){0,3}?(?:observers|monitors|peacekeepers|"
     r"(?:monitoring|observer|observation|peacekeeping) (?:team|mission|force)s?)|"
     r"evacuated (?:[\w-]+ ){0,2}?(?:staff|diplomats|citizens|nationals|personnel|foreigners)|"
     r"flew (?:[\w,-]+ ){1,5}?(?:staff|diplomats|citizens|nationals|personnel|foreigners) out|"
     r"withdr(?:ew|awn|awals?|aw|awing)|"
     # "pulled 1,500 troops back": a count with thousands separators is one word
     r"pull(?:ed|ing|s)? (?:(?:\d{1,3}(?:,\d{3})+|[\w-]+) ){0,4}?(?:out|back)\b|"
     r"pull-?out|pull-?back|retreat(?:ed)?|"
     r"drawdown|"
     r"sent (?:troops|forces|soldiers)|(?:troops|forces|soldiers) (?:were|was) (?:first )?sent|"
     r"crossed into|crossed (?:over )?from|entered|flew out|moved (?:troops|forces|soldiers)|"
     r"crossed (?:the )?(?:[\w-]+ )?(?:border|bridge|river|frontier|ceasefire line|front line)"
     r"(?! post| crossing| checkpoint)|"
     r"held (?:(?:the|a|an|most|much|large|parts|part|of|it|its|their) ){0,3}?(?:towns?|city|"
     r"villages?|territory|areas?|districts?|region|province|bridgehead|hills?|ridge|airport|"
     r"port|parts of (?:it|the \w+))|"
     r"(?:moved|moving|transferred|shifted|redeployed|dispatched|rushed|brought|sent|deployed|"
     r"landed|poured|massing|massed)"
     r" (?:[\w,-]+ ){0,4}?(?:troops|forces|soldiers|battalions?|brigades?|regiments?|divisions?|"
     r"units|companies|tanks|warships|reinforcements|peacekeepers|paratroopers|marines|"
     r"artillery|heavy weapons|guns|howitzers|missile systems|air defences|"
     r"carrier groups?|convoys?|"
     # "sent a frigate group into the strait", "moving four missile boats to the strait"
     r"frigates|destroyers|corvettes|minesweepers|gunboats|submarines|flotillas?|squadrons?|"
     r"(?:missile|patrol|attack|naval) boats|(?:frigate|naval|battle|strike) groups?|"
     r"naval task forces?)|"
     r"(?:convoys?|columns?|tanks|troops|armou?red vehicles) (?:were |was )?(?:seen |spotted |reported )?"
     r"(?:rolling|rolled|heading|headed|moving|moved|advancing|advanced) "
     r"(?:north|south|east|west|towards?|on|into|along)|"
     # "rebel columns were seen leaving the town on Tuesday night"
     r"(?:convoys?|columns?|tanks|armou?red vehicles) (?:were |was )?(?:seen |spotted |reported )?"
     r"(?:leaving|pulling out of|withdrawing from)|"
     r"move (?:\w+ ){0,3}(?:troops|soldiers|forces|fighters|heavy weapons|artillery)|reinforcements|arrived in|"
     r"advanced (?:into|on|towards?)|moved (?:on|into|towards?|to)|pushed into|"
     r"set foot in|dispatched|stationed|massed|mobili[sz](?:ed|ations?)|repositioned|relocated|"
     # "army units have patrolled parts of the city since the weekend": forces out on the streets
     r"patroll(?:ed|ing) (?:the |parts of (?:the )?|[\w-]+ )?(?:streets|city|town|cities|towns|"
     r"capital|border|districts?|neighbou?rhoods?|(?-i:[A-Z])\w+)|"
     r"rolled into|arrived at|landed in|landed at|arrived|(?:due|expected|set|scheduled) to arrive|"
     r"(?:ordered|sent|dispatched|rushed|redeployed) to (?:the )?(?:[\w-]+ )?(?:region|area|gulf|"
     r"strait|border|front|capital|island|zone|sea|coast|theatre|theater)|"
     r"(?:drove|moved|marched|rolled|pulled|ordered) out of|(?:took|take|taking) up positions|"
     r"(?:ordered|sent) (?:the )?(?:[\w-]+ ){0,2}?(?:army|troops|forces|soldiers) back (?:into|to)|"
     r"(?:heading|headed) (?:for|to|towards) (?:positions|the front|the border)|"
     r"moved back (?:into|to)|(?:began|begun|started|begin|begins|start|starts) moving|"
     # "a battalion pulled back in April rolled back toward the outskirts on Tuesday"
     r"(?:rolled|rumbled|moved) back (?:into|towards?)|"
     # "troops began coming ashore", "army trucks began coming through the town"
     r"(?:came|coming|come) ashore|(?:began|started) coming (?:through|into|across|ashore)|"
     # "the main body followed in late October", "the remaining companies are to follow"
     r"(?:main body|remaining (?:[\w-]+ )?(?:troops|companies|units|soldiers|battalions?|contingents?))"
     r"(?: of (?:the |its |their )?[\w-]+)? (?:followed|(?:are|is) to follow)|"
     r"(?:battalions?|brigades?|companies|troops|units|columns?|convoys?) (?:would |will |to )?"
     r"move (?:north|south|east|west|forward|up)|pushed (?:on )?(?:to|into|towards?)|"
     r"moved in|(?:flying|flew|fly) home|moves (?:[\w,-]+ ){0,3}?(?:troops|brigades?|battalions?|forces)|"
     r"(?:were|was) (?:posted|stationed|positioned) (?:around|at|in|to|along|near|outside)|"
     r"disengag(?:ed|ing|ement)|(?:base|bases|camp|camps|garrison|outpost)(?: [\w-]+){0,3} "
     r"(?:was|were|had been) handed (?:over|back)|"
     r"shift(?:s|ed|ing)? (?:[\w,-]+ ){0,4}?(?:company|battalion|brigade|troops|forces|units)|"
     r"(?:due|expected|set|scheduled) to follow|will follow|"
     r"crossed (?![\w -]{0,30}\b(?:post|crossing|checkpoint)\b)(?:the |into |over )?(?:[\w-]+ ){0,3}?"
     r"(?:river|border|bridge|line|frontier|pass|valley|(?-i:[A-Z])\w+)|"
     r"(?:went|returned|return|returns|returning|rotated|rotate|rotates|rotating|flew) (?:home|out)\b|"
     # "the next rotation of the contingent is planned for November", "a troop rotation"
     r"rotations?(?= of (?:the |its |their )?(?:[\w'’-]+ ){0,2}?(?:contingents?|battalions?|troops|"
     r"forces|peacekeepers|units?|brigades?|soldiers|personnel))|troop rotations?|"
     r"contribut(?:ed|es|ing) (?:[\w,-]+ ){0,3}?(?:troops|soldiers|peacekeepers|personnel)|"
     r"(?:convoys?|columns?|tanks|troops|vehicles) (?:of (?:[\w-]+ ){1,3})?(?:were |was )?"
     r"(?:rolling|rolled|rumbled|rumbling|drove|grinding|ground) (?:across|over|out|into|through|up|"
     r"down|along|towards?)|(?:bussed|bused) out|"
     r"(?:flying|flew|flown) (?:in )?(?:to|into|towards?)\b|"
     # "the battalion's advance party flew from the air base on April 28"
     r"(?:flying|flew) (?:out )?from|"
     r"leave (?:the )?(?:[\w-]+ ){0,3}?(?:district|town|city|area|region|territory|province|"
     r"zone|corridor|bases?)|"
     r"(?:troops|forces|soldiers|battalions?|brigades?|regiments?|units|tanks|peacekeepers|"
     r"reinforcements|warships|marines|paratroopers) (?:were|was|have been|had been|are being) "
     r"(?:\w+ly )?(?:brought|sent|moved|redeployed|pulled|withdrawn|deployed|flown|rushed|"
     r"dispatched|shifted|transferred)|"
     r"(?:troops|forces|soldiers|tanks|columns|units|fighters|rebels|militants) (?:[\w-]+ )?"
     r"(?:poured|streamed|swept|surged|crossed) (?:across|into|over|through)|"
     r"(?:troops|forces|soldiers|tanks) (?:[\w-]+ )?(?:sealed|cordoned) off|"
     # "soldiers were patrolling the streets of the capital": troops put out on the streets
     r"(?:troops|soldiers|forces|paratroopers|marines|guardsmen)(?: [\w-]+){0,3}? "
     r"(?:(?:were|are|was|had been|have been) )?(?:patrolling|patrolled) (?:the )?"
     r"(?:[\w'’-]+ ){0,2}?(?:streets|city centre|city center|centre|center)|"
     r"encircled|encircle|closed the ring|besieged|moved up|brought in|rushed|"
     r"sent (?:[\w-]+ ){0,3}(?:frigates|warships|ships|jets|fighter jets|warplanes|bombers|"
     r"helicopters|gunships|destroyers|advisers|"
     r"advisors|instructors|trainers|"
     r"submarines|tanks|units|battalions|brigades|reinforcements|paratroopers|commandos)|"
     r"hand(?:ed|s|ing)? (?:back|over) (?:control of )?(?:the |its |their )?(?:[\w-]+ ){0,2}?"
     # "handed over its two northern outposts", "will hand over the Dura sector": military
     # sites change hands like a base
     r"(?:district|town|city|base|area|region|territory|bases|outposts?|checkpoints?|"
     r"garrisons?|barracks|sectors?|positions)|took over from|"
     r"took over (?:the |their )?(?:[\w-]+ ){0,2}?(?:checkpoints?|positions|posts|bases?|barracks|"
     r"garrisons?)|"
     r"(?:abandon(?:ed|s|ing)?|vacat(?:ed|es|ing)|evacuated|clos(?:ed|es|ing)|shut(?: down)?|quit|"
     r"left|leaving|leaves) (?:(?:its|their|the|two|three|several|other|last|remaining|[\w-]+),? ){0,4}?"
     r"(?:bases?|camps?|garrisons?|outposts?|barracks|military positions)\b|"
     r"airlifted (?:troops|soldiers|forces)|"
     # "the contingent will be relieved by an infantry battalion from Estrel": a troop rotation
     r"relieved by (?:a|an|the) (?:[\w-]+ ){0,3}?(?:battalion|brigade|contingent|company|regiment|"
     r"unit|force|detachment)\b|"
     r"send(?:s|ing)? (?:[\w,-]+ ){0,3}?(?:troops|forces|soldiers|peacekeepers|warships|"
     # "would send two frigates and a minesweeper": vessels sent like troops
     r"reinforcements|paratroopers|frigates|destroyers|minesweepers|gunboats|submarines|"
     r"warplanes|fighter jets|bombers)", "verb"),
    # "said a battalion of the brigade would move into the area": forces told moving ahead; an
    # entry of its own, so "troops are to leave 11 forward bases" keeps its longer wording
    ("movement", r"(?:troops|forces|soldiers|battalions?|brigades?|regiments?|units|peacekeepers|"
     r"contingents?)(?: of(?: [\w-]+){1,4}?)? (?:would|will|are to|is to) (?:move|leave|withdraw|"
     r"pull out|redeploy)", "verb"),
    # "the peacekeeping contingent departed for the UN mission": forces setting out for a posting
    ("movement", r"(?:troops|forces|soldiers|marines|paratroopers|battalions?|brigades?|regiments?|"
     r"peacekeepers|contingents?)"
     r" (?:(?:have|has|had) )?(?:departed|left|set off|set out) for", "verb"),
    # protests and labour strikes
    ("protest", r"protest(?:s|ed|ing)?|demonstrat(?:ion|ions|ed|ing)|rall(?:y|ied|ies|ying)|"
     r"(?:people|protesters|demonstrators|supporters|crowds|thousands|hundreds) (?:[\w-]+ ){0,2}?"
     r"(?:are |were |have |had )?(?:gathering|massing|massed|converging|converged)|"
     r"(?:protests?|riots?|unrest|demonstrations) (?:break|breaks|broke|have broken|erupt|erupts|erupted) out|"
     r"(?:protests?|riots?|unrest|demonstrations) (?:(?:has|have|had) )?(?:erupted|flared)|"
     r"occup(?:y|ies|ying) (?:the )?(?:[\w'’-]+ ){0,2}?(?:square|building|station|campus|offices?|"
     r"parliament|ministry|headquarters|university|factory|plant|hall|road|highway)|"
     r"blockad(?:e|es|ing|ed) (?:the )?(?:[\w'’-]+ ){0,2}?(?:highway|road|port|roads|motorway|border)|"
     r"counter-?(?:protests?|rall(?:y|ies)|demonstrations?|marche?s?)|"
     r"(?-i:march(?:ed|es|ing)?)|marchers|sit-ins?|stayed away from work|stay away from work|"
     r"walked out|walkouts?|walking out|walks out|walked off the job|"
     r"on strike|stoppages?|picket(?:s|ed)?|"
     r"blockades?|day of action|days of action|gathered|boycott(?:s|ed|ing)?|strike day|"
     r"general strike|"
     # "the last dispute at the port, in 1995, lasted five weeks": a stoppage told by its length
     r"dispute(?= [^.;]{0,50}?\b(?:lasted|ran for|dragged on for|ended after) (?:about |almost |"
     r"nearly |more than |some )?(?:\d+|\w+) (?:days|weeks|months)\b)|"
     r"hunger strike|warning strike|partial strikes?|full strike|went on strike|industrial action|"
     r"work stoppages?|work-to-rule|go-slow|"
     r"block(?:ed|ing) (?:the |a |an )?(?:[\w-]+ )?(?:gates?|roads?|entrances?|highways?|motorways?|"
     r"ports?|bridges?|access|railways?|rail lines?|border crossings?|junctions?|streets)|in solidarity|"
     r"took to the streets|take to the streets|filled the (?:[\w'’-]+ ){0,2}streets|staged a strike|vigils?|"
     r"student movements?|"
     r"(?:protesters|demonstrators|crowds|students|rioters|thousands|hundreds) "
     r"(?:[\w-]+ ){0,5}?(?:broke|forced their way|burst) into|"
     r"(?:protesters|demonstrators|marchers|crowds|rioters) (?:[\w-]+ ){0,2}?(?:overran|broke through|"
     r"breached|lined|massed|assembled|gathered|blocked|occupied|clashed|marched|rallied)|"
     r"walk off the job|walk out|stage a (?:[\w-]+ )?(?:strike|stoppage|walkout)|overtime ban|"
     r"riot(?:s|ing|ed)?|surrounded|"
     r"downed tools|chanting|chanted|overwhelmed (?:the )?police|"
     r"(?:fired|used|firing|using) (?:tear ?gas|water cannons?|stun grenades|pepper spray) "
     r"(?:at|on|against) (?:a |an |the )?(?:[\w-]+ )?(?:march|rally|protest|demonstration|"
     r"sit-in|vigil|crowds?|protesters|demonstrators|marchers)|"
     r"dispers(?:e|ed|ing) (?:the )?(?:[\w,-]+ ){0,3}?(?:protesters|demonstrators|crowds?|marchers|"
     r"rally|protest|march|sit-in)|occupied (?:the )?(?:[\w'’-]+ ){0,2}?(?:square|building|"
     r"campus|offices?|parliament|ministry|headquarters|university|factory|plant|hall)|(?:camped|camping|encamped) (?:on|in|outside|at)|"
     r"stopped work|stop work|work-to-rule|stop-work meetings?|formed (?:a )?human chains?|"
     # "coordinated a motorbike convoy through the centre": a go-slow drive is a protest; an army
     # convoy is moved, never staged
     r"(?:staged|held|organi[sz]ed|coordinated|mounted) (?:a |an )?(?:[\w-]+ )?"
     r"(?:motorbike|motorcycle|car|tractor|truck|lorry|taxi|van|scooter)s? convoys?|"
     # "drove hundreds of tractors into the capital", "driving some 300 tractors"
     r"(?:drive|drove|driving|drives) (?:(?:their|hundreds|thousands|dozens|of|some|about|around|"
     r"more than|over|\d[\d,]*) )*tractors|"
     r"(?:workers|staff|strikers|employees|members|miners|nurses|teachers|drivers|dockers) "
     r"(?:[\w-]+ ){0,2}?(?:stayed|stay|stays) out|"
     r"refus(?:ed|ing|e) to (?:unload|load|handle|work|cross)|"
     r"(?:protesters|demonstrators|activists|students|workers|farmers|supporters|strikers) "
     r"(?:[\w-]+ ){0,2}?(?:set up (?:a )?(?:protest )?camp|pitched (?:their )?tents|camped)|"
     r"refus(?:ed|ing|e) to leave (?:the )?(?:[\w'’-]+ ){0,3}?(?:site|factory|plant|premises|building|"
     r"campus|square|mine|yard|offices?|ministry|hall)", "verb"),
    # other dated happenings (kept so their dates are not given to a wrong type)
    ("other", r"vot(?:ed|e|es|ing)|invoked|tabled|approved|adopted|debate|hear|hearing|ruled|"
     r"expired|detained|arrested|freed|released|returned|driving back|commissioned|elected|"
     r"resigned|appointed|flight|left|evacuat(?:ed|ion)|carried|airlift|paying out|passed|"
     r"reunions|took place|celebrate|election|elections|referendum|sentenced|convicted|"
     r"acquitted|fired (?:their )?(?:rifles|guns|weapons)? ?into the air|coups?|"
     r"coup d'[ée]tat|founded|established|set up", "verb"),
]  # fmt: skip


def _longest_first(pattern: str) -> str:
    """Reorder top-level alternatives so that "fighting broke out" is tried before "fighting":
    a regex alternation takes the first alternative that matches, not the longest."""
    parts, depth, current = [], 0, ""
    for index, char in enumerate(pattern):
        escaped = index > 0 and pattern[index - 1] == "\\"
        if char in "([" and not escaped:
            depth += 1
        elif char in ")]" and not escaped:
            depth -= 1
        if char == "|" and depth == 0 and not escaped:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return "|".join(sorted(parts, key=len, reverse=True))


def _class_end(pattern: str, index: int) -> int:
    """Where the character class opening at ``pattern[index]`` ("[") closes."""
    close = index + 1
    if pattern[close : close + 1] == "^":
        close += 1
    if pattern[close : close + 1] == "]":
        close += 1
    while pattern[close] != "]":
        close += 2 if pattern[close] == "\\" else 1
    return close


def _split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (escapes, groups and classes kept whole)."""
    parts, depth, current, index = [], 0, "", 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            current += pattern[index : index + 2]
            index += 2
            continue
        if char == "[":  # a character class: "(", ")" and "|" inside it are plain characters
            close = _class_end(pattern, index)
            current += pattern[index : close + 1]
            index = close + 1
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        if char == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
        index += 1
    parts.append(current)
    return parts


def _group_end(pattern: str) -> int | None:
    """Where the group opening at ``pattern[0]`` closes."""
    depth, index = 0, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = _class_end(pattern, index) + 1
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return None


_QUANTIFIERS = ("?", "*", "+", "{")


def _first_letters(alternative: str) -> frozenset[str] | None:
    """The (lower-case ASCII) letters or digits a match of ``alternative`` must begin with, or
    None when that cannot be read off simply (a class, an escape, a lookahead, a repeated
    group...). A superset is harmless: it only decides which letters' groups try it."""
    char = alternative[:1]
    if char.isascii() and char.isalnum():
        return None if alternative[1:2] in _QUANTIFIERS else frozenset(char.lower())
    if not alternative.startswith(("(?:", "(?-i:", "(?<!", "(?<=")):
        return None
    end = _group_end(alternative)
    if end is None:
        return None
    if alternative.startswith(("(?<!", "(?<=")):  # a lookbehind reads nothing ahead: skip it
        return _first_letters(alternative[end + 1 :])
    quantifier = alternative[end + 1 : end + 2]
    if quantifier in ("*", "+", "{"):
        return None
    letters: set[str] = set()
    # the group's own alternatives ("(?-i:It)" may begin with "i" either way: a superset)
    for inner in _split_alternatives(alternative[alternative.index(":") + 1 : end]):
        first = _first_letters(inner)
        if first is None:
            return None
        letters |= first
    if quantifier == "?":  # an optional group: the match may also begin after it
        rest = _first_letters(alternative[end + 2 :])
        if rest is None:
            return None
        letters |= rest
    return frozenset(letters)


def _dispatched(pattern: str) -> str:
    """``pattern`` (an alternation) rewritten to try, at each position, only the alternatives
    that can start with the character found there. Python's regex engine otherwise tries all of
    a lexicon entry's hundred-odd alternatives at every word start, which made trigger search the
    extractor's slowest step. Each letter's group keeps the alternatives that can begin with it
    (and those whose first letter is not known) in their original order, so the alternative that
    matches, and so every match, is the same as with ``pattern`` itself."""
    alternatives = _split_alternatives(pattern)
    firsts = [_first_letters(alternative) for alternative in alternatives]
    letters = sorted(set().union(*(first for first in firsts if first is not None)))
    if not letters:
        return pattern
    groups = []
    for letter in letters:
        kept = [
            a
            for a, first in zip(alternatives, firsts, strict=True)
            if first is None or letter in first
        ]
        groups.append(f"(?={letter})(?:{'|'.join(kept)})")
    unknown = [a for a, first in zip(alternatives, firsts, strict=True) if first is None]
    if unknown:
        groups.append(f"(?![{''.join(letters)}])(?:{'|'.join(unknown)})")
    return "|".join(groups)


_COMPILED = [
    (
        kind_type,
        re.compile(
            rf"(?<![\w-])(?:{_dispatched(_longest_first(pattern))})(?![\w-])", re.IGNORECASE
        ),
        kind,
    )
    for kind_type, pattern, kind in LEXICON
]

# an attack noun preceded by "no" (or "any" under a negation) turns into a pause
_NEGATED_ATTACK = re.compile(
    r"\b(?:no|not any|neither (?:side|[\w-]+) (?:has|had|have) (?:reported|recorded) (?:any|a single)|"
    r"nor any)\s+(?:reported\s+|further\s+|"
    r"new\s+|major\s+)?"
    r"(?:attacks?|shelling|fighting|strikes|fire|firing|shooting|violence|clashes|rocket fire|"
    r"hostilities|"
    r"(?:air|drone|missile|rocket)\s?(?:strikes|attacks|raids)|airstrikes|raids|bombings|"
    r"(?:hostile |violent |armed |security )?incidents?|"
    r"exchanges? of (?:[\w-]+ )?fire|(?:rockets?|missiles?|shells?|mortars?) (?:have|had) been|"
    r"shots (?:have been|were|had been) fired)\b|"
    # "have not fired on federal troops since the deal": an attack told as not done since
    r"\b(?:has|have)\s+not\s+(?:attacked|fired|shelled|bombed|struck)\b|"
    r"\b(?:not|never)\s+(?:[\w-]+\s+){0,2}?(?:any|a single)\s+(?:reported\s+|further\s+|new\s+|"
    r"major\s+)?(?:attacks?|strikes?|raids?|shelling|ambush(?:es)?|operations?)\b",
    re.IGNORECASE,
)
# both scan the first 20,000 characters of every text: dispatched on first letters (as the
# lexicon is) to make that scan cheaper, with the same matches
_LABOUR = re.compile(
    r"\b(?:"
    + _dispatched(
        r"union|unions|workers|employees|wage|wages|pay|picket|walkout|walked out|stoppage|"
        r"guild|labou?r|strikers|collective|contract|ballot|members|staff|drivers|nurses|teachers|"
        r"doctors|pilots|controllers|dockers|miners|railway|postal|civil servants|lecturers|"
        r"journalists|crews?|porters|truckers|employers|salary|salaries|pensions?|dockworkers|"
        r"longshoremen|strikers"
    )
    + r")\b",
    re.IGNORECASE,
)
_MILITARY = re.compile(
    r"\b(?:"
    + _dispatched(
        r"air(?!\s+traffic)|drones?|missiles?|military|army|troops|forces|coalition|warplanes?|jets?|rockets?|"
        r"bombers?|aircraft|helicopters?|gunships?|"
        r"navy|naval|warships?|vessels?|boats?|"
        r"militias?|militants|bomb|artillery|soldiers|base|outpost|targets?|fire|positions|war|armed|"
        r"rebels|separatists?|insurgents|gunmen|front|cross-border|shelling|weapons|landmines?|"
        r"explosives?|IEDs?|attackers|militants|mortars?|rounds|shells?|shelled"
    )
    + r")\b",
    re.IGNORECASE,
)
_FORCES = re.compile(
    r"\b(?:troops|forces|soldiers|army|military|fighters|units?|brigade|regiment|contingent|"
    r"militias?|vessels|warships|tanks|battalions?|marines|Taliban|peacekeepers|commanders|"
    r"commandos|peshmerga|guards?|paratroopers|reinforcements|frigates|warships|destroyers|"
    r"navy|navies|rebels|militants|insurgents|separatists|militiamen|gunmen|carriers?|columns|"
    r"blue helmets|personnel|battalion|company|contingents|advisers|advisors|armou?red|"
    r"destroyer|frigate|warship|carrier|submarine|HMS|USS|armies|reservists|conscripts)\b",
    re.IGNORECASE,
)
# "must withdraw heavy weapons from a 15 km strip": the arms of a force move with it
_HEAVY_WEAPONS = re.compile(
    r"\b(?:heavy (?:weapons|weaponry|guns|armou?r|artillery)|howitzers|rocket launchers|"
    r"artillery (?:pieces|guns|batteries))\b",
    re.IGNORECASE,
)
# a peacekeeping or intervention force named as a body ("the UN mission", "an African-led
# force"): its leaving or taking over is a movement of forces like troops leaving
_MISSION = re.compile(
    r"\b(?:(?:UN|U\.N\.|United Nations|peacekeeping|stabili[sz]ation|observer|monitoring|"
    r"multinational|international|regional|intervention|protection|[\w]+-led)\s+(?:[\w-]+\s+)?"
    r"(?:force|mission)s?|(?:the|its|their) (?:peacekeeping )?mission(?!\s+(?:to|of|statement)))\b",
    re.IGNORECASE,
)
_DEPARTING = ("took", "take", "taking", "hand", "left ", "leav", "abandon", "vacat", "quit")
_DEPARTING += ("clos", "shut")
_WITHDRAW_FROM_DEAL = re.compile(
    r"\s+(?:\w+\s+)?from\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:deal|agreement|treaty|accord|pact|"
    r"talks|negotiations|race|election|contest|competition|tournament|bid|plan|programme|program)",
    re.IGNORECASE,
)
# what makes a trigger's happening unreal: modality, condition, wish
_MODAL_BEFORE = re.compile(
    r"\b(?:could|might|(?-i:may)|can|any|promising to|threatened|threatening|warned of|vows|"
    # "for possible deployment in Niger": a prospect, not a move
    r"possible|potential|eventual|"
    r"warning of|threat of|fears? of|threaten(?:ed|s|ing)? to|vow(?:ed|s|"
    r"ing)? to|vowing|"
    r"promised to|pledged to|ready to|prepared to|plans? to|planning to|wants? to|seeks? to|"
    r"aims? to|hopes? to|hoping to|hopes? for|hoping for|prospects? (?:of|for)|"
    r"intends? to|demand(?:ed|ing|s)?|call(?:ed|ing)? for|"
    r"urg(?:ed|ing|es)|asked|ask|if|unless|whether|risk of|allowed to|able to|fail to|"
    r"spoken of|spoke of|talk of|a separate|authori[sz]e|lay down|how|why|meant to|backing|backed(?! by)|"
    r"way for|in favour of|in favor of|failed to|refused to|skip(?:s|ped)?|had been expected to|"
    r"(?:with|of) (?:organi[sz]ing|inciting|planning|leading|staging)|"
    r"would not|will not|did not|does not|do not|not|never|no|without|nor|neither|denied)\b",
    re.IGNORECASE,
)
_MANDATE_FOR = re.compile(
    r"\b(?:vot(?:ed|es?|ing)\s+(?:[\w%.-]+\s+){0,9}?|ballot(?:ed|s)?\s+|mandate\s+)"
    r"(?:for|in favour of|in favor of)\s+(?:(?:a|an|further|more|fresh|new)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# what a ballot asks about is not held yet: "a ballot of crews, this time on an overtime ban",
# "balloting members over strike action", "will vote on a walkout"
_BALLOT_ON = re.compile(
    r"\b(?:ballot(?:ed|s|ing)?|vot(?:e|es|ed|ing))\s+(?:[\w'’,-]+\s+){0,5}?(?:on|over)\s+"
    r"(?:whether\s+to\s+(?:hold|stage|take|join)\s+)?(?:(?:a|an|the|further|more|fresh|new)\s+)?"
    r"(?:(?:overtime|industrial|all-out|open-ended|national|general|[\w]+-day)\s+)?$",
    re.IGNORECASE,
)
_INFINITIVE_GOAL = re.compile(
    r"\b(?:voted|vote|agreed|decided|asked|urged|ordered|called|met|meeting|gathered|"
    r"hold|held|wants|sought|seeking|demanding|told|deployed|sent|commissioned|in order)\b"
    r"[^,;]{0,60}\bto\s+(?!the\b|a\b|an\b|its\b|their\b|his\b|her\b)[a-z]+(?:\s+[\w'-]+){0,4}\s*$",
    re.IGNORECASE,
)
_SCHEDULED_PLAN = re.compile(r"plans? to|planning to", re.IGNORECASE)
_FIRST_SINCE = re.compile(r"\b(?:first|last)\s+(?:[\w-]+\s+){0,10}since\b", re.IGNORECASE)
_SETTING_BEFORE = re.compile(
    r"\b(?:at|during|in|on the sidelines of|told|addressed)\s+(?:a|an|the|its|their)\s+"
    r"(?:[\w.'’-]+\s+){0,2}$|\b(?:at|during)\s+$",  # "agreed a truce at talks on Monday"
    re.IGNORECASE,
)
_NOT_AN_EVENT_AFTER = re.compile(
    r"\s+(?:centre|center|hall|room|building|site|venue|committee|team|teams|table|position|"
    r"partners?|power|body|order|ballot|fund|notice|violations?|monitors?|terms|lines?|"
    r"proposals?|plans?|negotiators|mediators|talks|negotiations|deal|agreement|accord|police|"
    r"gear|squad|units?|banners?|leaders|organi[sz]ers|groups?|movement|camps?|slogans|signs|"
    r"architect|commission|mechanism|observers|line|lines)\b|'s\b",
    re.IGNORECASE,
)
_CALLING_BEFORE = re.compile(
    r"\bcalling\s+(?:the|this|that|its|their)\s+(?:[\w.'’-]+\s+){0,2}$", re.IGNORECASE
)
_NAMED_AS_AFTER = re.compile(r"\s+(?:a|an)\s+(?!(?:day|week|month|year)\b)", re.IGNORECASE)
# "the Conciliation Service said": a body named after its work, unless gone to ("both sides
# will return to the conciliation service on Tuesday")
_BODY_AFTER = re.compile(
    r"\s+(?:service|board|court|tribunal|panel|agency|authority)\b", re.IGNORECASE
)
_GONE_TO_BEFORE = re.compile(r"\b(?:to|at|before|with|by)\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)
_HYPOTHETICAL = re.compile(r"\bin what (?:would|will|could) be\b", re.IGNORECASE)
# "ending the strike", "ahead of the summit", "despite the attack": a happening told elsewhere
_REFERENCE_BEFORE = re.compile(
    r"\b(?:ending|end|end to|ended|lift|lifting|call off|calling off|called off|cancell?ed|"
    r"canceled|postponed|suspended|settle|resolve|over|about|"
    r"discuss|discussed|monitor|monitored|respected|respect|honour|honor|uphold|abide by|"
    r"violating|violation of|observe|accept|"
    r"accepted|endorsed|announced|announce|welcomed|welcome|condemned|hailed|claimed|denied|"
    r"ahead of|after|since|described|rejected|rejects?|praised|criticised|criticized|during|of|under|"
    r"called|dubbed|dubbing|branded|branding|hailed|against|before|join|joined|joining|protest at|protest over|outrage at|"
    r"anger at|anger over|in response to|in retaliation for|in reprisal for|avenge|"
    r"despite|in spite of|notwithstanding|"
    r"participation in|withdrawal from|withdrew from|pulled out of|exit from|breach of|breached|"
    r"tore up|scrapped|abandoned|renounced|quit|approved|approve|authori[sz]ed|authori[sz]e|"
    # "parliament will debate the deal on Tuesday", "meet to salvage the deal": the deal is made
    r"debate|debates|debated|debating|vote on|votes on|voted on|voting on|scrutini[sz]e|"
    r"salvage|salvaging|rescue|rescuing|"
    # "a plaque commemorating the strike was unveiled in 2008": the unveiling's date
    r"commemorat\w+|in memory of|in honou?r of|anniversary of|remembers?|remembering|"
    r"sign(?:ed|s|ing)? off on)\s+"
    r"(?:the|this|that|its|their|those|these)\s+(?:[\w.'’-]+\s+){0,2}$|"
    # "suspended its participation in ceasefire talks", "broke off peace talks": the happening
    # named, not one held that day
    r"\b(?:suspend(?:ed|s|ing)?|broke off|breaking off|participation in)\s+"
    r"(?:(?:its|their|his|her)\s+participation\s+in\s+)?(?:[\w'’-]+\s+)?$|"
    # "called off next week's strike": the strike named by its day did not happen
    r"\b(?:call off|calling off|called off|calls off|cancell?ed|canceled|postponed|suspended)\s+"
    r"(?:next\s+|last\s+)?(?:week|weekend|month|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|today|tomorrow)['’]s\s+(?:[\w.'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_FINITE_PAST = frozenset(
    ["met", "held", "fought", "struck", "began", "sent", "took", "withdrew", "shot", "hit",
     "left", "flew", "fled", "led", "won", "lost", "came", "went", "sat", "drove", "overran"]
)  # fmt: skip
_ANNOUNCED_BEFORE = re.compile(r"\bannounced\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}$", re.I)
# "stopped fighting under a deal brokered by Moscow": the deal's terms, not its signing
_UNDER_TERMS = re.compile(r"\b(?:under|in line with)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$", re.I)
# "It was the second attack on the airport this month": counts a happening told already
_COUNTED_AGAIN = re.compile(
    r"^\s*(?:It|This|That)\s+(?:was|is|marked|became)\s+(?:the|a|an)\s+"
    r"(?:second|third|fourth|fifth|sixth|latest|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
# "The truce was tested on Wednesday night, when mortar rounds landed": a truce already running
_TRUCE_TESTED_AFTER = re.compile(
    r"\s+(?:was|were|has been|had been|is being)\s+(?:\w+ly\s+)?(?:tested|violated|breached|"
    r"shaken|strained|undermined|threatened)\b",
    re.IGNORECASE,
)
# "The agreement does not settle the status": the deal's terms, not its making
_TERMS_AFTER = re.compile(
    r"\s+(?:does|do|is|are|will|would|can|could|may|must|gives|allows|provides|sets|calls|"
    r"requires|includes|covers|leaves|remains|obliges|foresees|envisages|expired|expires|"
    r"lapsed|lapses|ran out|runs out|"
    r"(?:was|were|has been|had been) (?:\w+ly )?(?:welcomed|hailed|critici[sz]ed|condemned|"
    r"rejected|praised|described|questioned|endorsed|greeted|denounced))\b",
    re.I,
)
# "thanked China, Iraq and Oman for their mediation": credit for a part already played
_THANKED_FOR = re.compile(
    r"\b(?:thank\w*|prais\w+|credit\w*|commend\w*)\b[^.;]{0,60}?\bfor\s+"
    r"(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
_FOR_THE = re.compile(r"\bfor\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}$", re.I)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?$", re.IGNORECASE)
# verbs whose "that" clause asks for something: "demanding that", "urged that the troops leave"
_DEMANDED_THAT = re.compile(
    r"\b(?:demand(?:ed|ing|s)?|urg(?:ed|ing|es)|ask(?:ed|ing|s)?|"
    r"propos(?:ed|ing|es)|recommend(?:ed|ing|s)?|call(?:ed|ing|s)? for)"
    r"(?:\s+[\w'’-]+){0,2}?\s+$",
    re.IGNORECASE,
)
_CIVILIAN_CROWD = re.compile(
    r"\b(?:people|residents|villagers|protesters|demonstrators|widows|mothers|women|families|"
    r"relatives|students|workers|citizens|veterans|supporters|crowds?)\b",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(
    r"[;:—–(]|,\s+(?:when|where|which|while|but|although|though|and|after|before|citing|"
    r"according|as|if|unless)\b|\bthat\b|\b(?:if|unless|until|when|while|after|before|since)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    type: str
    word: str
    kind: str  # "verb", "speech", "speech_noun"
    modal: bool = False  # did not, may not or will only conditionally happen
    perfect: bool = False  # "has said": an undated act unless a date sits right beside it
    reference: bool = False  # names a happening told elsewhere ("after the meeting")
    setting: bool = False  # "at a rally", "during the talks": where something else happened

    @property
    def blocked(self) -> bool:
        return self.modal or self.reference

    @property
    def is_statement(self) -> bool:
        return self.type == "statement"


def find_triggers(sentence: str, document_is_labour: bool = False) -> list[Trigger]:
    """Typed triggers in ``sentence``, left to right, overlaps resolved longest first."""
    found = []
    for event_type, pattern, kind in _COMPILED:
        for match in pattern.finditer(sentence):
            found.append((match.start(), match.end(), event_type, kind, match.group()))
    negated_attacks = [(m.start(), m.end()) for m in _NEGATED_ATTACK.finditer(sentence)]
    found.sort(key=lambda item: (-(item[1] - item[0]), item[0]))
    taken: list[tuple[int, int]] = []
    triggers = []
    for start, end, event_type, kind, word in found:
        if any(start < stop and end > begin for begin, stop in taken):
            continue
        taken.append((start, end))
        event_type = _retype(sentence, start, end, event_type, word, document_is_labour)
        if event_type is None:
            continue
        before = sentence[max(0, start - 60) : start]
        reference = (
            kind != "speech"
            # "a patrol of the army came under fire": a verb, not a happening named again
            and not _FINITE_PAST.intersection(word.lower().split())
            and not word.lower().startswith(("due ", "expected ", "set to ", "scheduled ", "will "))
            and not re.search(
                r"[a-z]ed\b", word.lower()
            )  # "the deal was signed", "troops poured in"
            and bool(
                _REFERENCE_BEFORE.search(before)
                or _UNDER_TERMS.search(before)
                or _CAUSED_EARLIER.search(before)
                or _THANKED_FOR.search(before)
                or _COUNTED_AGAIN.match(sentence[:start])
                # "calling the accord a surrender": names it, unlike "calling the strike for Monday"
                or (_CALLING_BEFORE.search(before) and _NAMED_AS_AFTER.match(sentence, end))
                or (event_type == "agreement" and _TERMS_AFTER.match(sentence, end))
                or (event_type == "pause" and _TRUCE_TESTED_AFTER.match(sentence, end))
                # "the board meets to approve funding for the deal": the deal already made
                or (event_type == "agreement" and _FOR_THE.search(before))
            )
            # "announced the deal last Wednesday": making it public is when it was struck
            and not (event_type == "agreement" and _ANNOUNCED_BEFORE.search(before))
        )
        modal = _is_blocked(sentence, start, event_type)
        if event_type == "strike" and any(b <= start < e for b, e in negated_attacks):
            event_type, modal, reference = "pause", False, False
        perfect = bool(_PERFECT.search(sentence[max(0, start - 20) : start]))
        setting = bool(_SETTING_BEFORE.search(before))
        triggers.append(
            Trigger(start, end, event_type, word, kind, modal, perfect, reference, setting)
        )
    triggers.sort(key=lambda trigger: trigger.start)
    return _happening_told_by_its_subject(sentence, triggers)


_TOOK_PLACE = frozenset(["took place", "happened", "occurred"])


def _happening_told_by_its_subject(sentence: str, triggers: list[Trigger]) -> list[Trigger]:
    """ "The meeting between the ministers took place on Saturday": 'took place' only dates its
    subject, so the subject is the happening (not a reference to one) and no 'other' is kept."""
    swap = any(
        t.type == "agreement" and t.word.lower().startswith(("exchang", "swap")) for t in triggers
    )
    kept = []
    for trigger in triggers:
        if swap and trigger.type == "other" and trigger.word.lower() in ("freed", "released"):
            continue  # "two swaps freed 31 people": the freeing is the swap itself
        subject = kept[-1] if kept else None
        if (
            (
                trigger.word.lower() in _TOOK_PLACE
                # "the first exchange was carried out in April": dates its subject the same way
                or (trigger.word.lower() == "carried" and sentence.startswith(" out", trigger.end))
            )
            and subject is not None
            and subject.type not in ("other", "statement")
            and not subject.modal
            and not re.search(
                r"[;:—–(]|,\s|\b(?:which|that|when|after|before)\b",
                sentence[subject.end : trigger.start],
            )
        ):
            kept[-1] = replace(subject, reference=False)
            continue
        kept.append(trigger)
    return kept


def is_labour_text(text: str) -> bool:
    """Whether "strike" in this document means a labour strike rather than an attack."""
    sample = text[:20000]
    return len(_LABOUR.findall(sample)) > 2 * len(_MILITARY.findall(sample))


_STRIKE_BY_WORKERS = re.compile(
    r"\s+by\s+(?:[\w'’-]+\s+){0,3}?(?:workers|dockworkers|dockers|drivers|nurses|teachers|"
    r"doctors|staff|employees|miners|pilots|members|unions?|crews|porters|cleaners)\b",
    re.IGNORECASE,
)
_SPEECH_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:said|says|called|announced|demanded|urged|warned|told|issued)\b",
    re.IGNORECASE,
)
_LEGALITY_AFTER = re.compile(
    r"\s+(?:was|is|were|are|had been)\s+(?:not\s+)?(?:un)?(?:lawful|legal|illegal|"
    r"constitutional|unconstitutional|legitimate|protected)\b",
    re.IGNORECASE,
)
_ENVOYS = re.compile(
    r"\b(?:delegations?|delegates|envoys?|ministers?|leaders|mediators?|negotiators|president|"
    r"prime minister|secretary|diplomats?|ambassadors?)\b",
    re.IGNORECASE,
)
_DIPLOMATIC_PROTEST_BEFORE = re.compile(
    r"\b(?:(?:notes?|letters?) of\s+|(?:lodged|filed|registered|delivered|issued|sent|made|lodge|file)"
    r"\s+(?:a|an)\s+(?:[\w-]+\s+)?|(?:formal|official|diplomatic|strongly worded)\s+)$",
    re.IGNORECASE,
)
# "agreed to meet again", "agreed to press both parties", "agreed to hold further talks", "agreed
# that the next round will be held in Doha": they settle only to talk or to lean on others
# "talks to restore the deal", "efforts to reach a truce": a deal sought, not made
_DEAL_SOUGHT_BEFORE = re.compile(
    r"\b(?:talks|negotiations|efforts?|bid|push|attempts?|mediation|diplomacy|drive)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:aimed\s+at|to|for)\s+(?:restor|reviv|salvag|sav|rescu|reach|secur|"
    r"negotiat|clinch|broker|hammer|revis|renegotiat)\w*\s+(?:out\s+)?(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_AGREED_ONLY_TO_TALK = re.compile(
    r"\s+(?:(?:on\s+(?:[\w.]+\s+){1,2})?to\s+(?:(?:meet|talk|speak)\b|"
    r"(?:press|urge|lean on)\b(?!\s+ahead)|"
    r"(?:stay|keep|remain)\s+in\s+(?:close\s+)?(?:touch|contact)\b|"
    r"hold\s+(?:further\s+|more\s+|new\s+|another\s+round\s+of\s+)?"
    r"(?:talks|consultations|a\s+(?:meeting|summit))\b)|"
    # "agreed that the next session will be held in Almir": only where to meet again
    r"that\s+(?:[\w'’-]+\s+){0,10}?(?:session|meeting|round|summit|talks)\s+"
    r"(?:[\w'’,-]+\s+){0,8}?(?:will|would|should)\s+(?:be\s+held|take\s+place|convene)\b|"
    # "the two agreed the agenda", "agreed on a venue for the talks": how to meet, not a deal
    r"(?:on\s+)?(?:the|an?|their)\s+(?:[\w-]+\s+)?(?:agenda|venue|timetable|format|date)\b"
    r"(?!\s+(?:for|of)\s+(?:a\s+|the\s+)?(?:withdrawal|pullout|handover|release|exchange|swap|"
    r"elections?|ceasefire|truce)))",
    re.IGNORECASE,
)
_PEOPLE_SWAPPED = re.compile(
    r"\b(?:prisoners|detainees|hostages|captives|POWs|soldiers|fighters|civilians|persons|"
    r"people|bodies|remains)\b",
    re.IGNORECASE,
)
_CASUALTIES = re.compile(r"\b(?:wounded|wounding|killed|killing|injured|injuring)\b", re.I)
# "relatives of people killed in attacks", "families of those killed": people described by a
# loss, where no attack is told
_BEREAVED_BEFORE = re.compile(
    r"\b(?:relatives|families|victims|survivors|widows|parents|children|orphans)\s+of\s+"
    r"(?:(?:people|those|soldiers|civilians|Israelis|Palestinians|[\w'’-]+)\s+)?"
    r"(?:(?:killed|wounded|injured|maimed|lost)\s+(?:in\s+(?:[\w-]+\s+){0,2})?)?$",
    re.I,
)
# weapons of crowd control: a volley that includes them is police breaking up a protest
_CROWD_CONTROL = re.compile(
    r"\b(?:tear ?gas|rubber bullets|water cannons?|stun grenades|beanbag rounds|pepper spray)\b",
    re.IGNORECASE,
)
_DEAL_NOUN = r"(?:deal|agreement|accord|truce|cease-?fire|pact|swap|exchange|treaty)"
_CABINET_BEFORE = re.compile(r"\bcabinet\s+(?:had\s+|has\s+|formally\s+|narrowly\s+)?$", re.I)
_APPROVED_DEAL_AFTER = re.compile(
    rf"\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?{_DEAL_NOUN}s?\b|it\b)", re.I
)
_BY_CABINET_AFTER = re.compile(r"\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?cabinet\b", re.I)


def _cabinet_approves_deal(sentence: str, start: int, end: int) -> bool:
    """ "the cabinet approved the deal", "the truce was approved by Israel's cabinet": one party's
    government agreeing to a deal, where a parliament's or a bill's approval is another matter."""
    has_deal = re.search(rf"\b{_DEAL_NOUN}\b", sentence, re.I)
    if not has_deal:
        return False
    if _CABINET_BEFORE.search(sentence[max(0, start - 30) : start]):
        return bool(_APPROVED_DEAL_AFTER.match(sentence, end))
    return bool(
        _BY_CABINET_AFTER.match(sentence, end)
        and re.search(r"\b(?:was|were|had been|has been)\s+$", sentence[max(0, start - 20) : start])
    )


# "the first exchange was carried out in late April": an exchange told as a happening of its own
_SWAP_HELD_AFTER = re.compile(
    r"\s+(?:took place|went ahead|(?:was|were|had been) (?:carried out|completed|held|made))\b",
    re.I,
)
# "meeting little resistance", "met with fierce opposition from": an advance opposed, not talks
_MEETING_RESISTANCE = re.compile(
    r"\s+(?:with\s+)?(?:(?:little|no|some|any|only|light|token|scant|fierce|stiff|heavy|strong|"
    r"stubborn|determined)\s+){0,2}(?:resistance\b|opposition\s+(?:from|in|to)\b)",
    re.I,
)
_WORDS_CLASH = re.compile(
    r"\s+(?:publicly\s+|openly\s+|sharply\s+)?(?:with|over)\s+(?:(?:his|her|their|its|the|"
    r"fellow|western|european|nato|some)\s+)*(?:allies|partners|counterparts|leaders|ministers|"
    r"lawmakers|legislators|reporters|journalists|critics|colleagues|the press|officials|"
    r"the (?:budget|plan|proposal|bill|policy|issue|question))\b",
    re.IGNORECASE,
)


_DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|this|that|its|their|his|her|new)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
_DEAL_AFTER = re.compile(
    r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord|truce|ceasefire|settlement|"
    r"pact)\b",
    re.IGNORECASE,
)


# the forces of order as the clause's subject, before its verb
_FORCES_SUBJECT = re.compile(
    r"\b(?:police|troops|soldiers|security forces|army|authorities|officers|gendarmes)\b"
    r"(?![^.;]*\b(?:protesters|demonstrators|activists|farmers|growers|strikers|workers|drivers|"
    r"truckers|students|residents|villagers|crowds?|they)\b)[^.;]*$",
    re.IGNORECASE,
)


# "gathered in the schoolyard where the truce was signed": a place known by a past happening,
# told without a date of its own (not "in Geneva, where the talks were held")
_PLACE_KNOWN_BY_VERBS = r"signed|held|agreed|sealed|negotiated|brokered|fought|declared"
_PLACE_KNOWN_BY = re.compile(
    r"[a-z]\s+where\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,2}"
    rf"(?:(?P<noun>\0)\s+(?:was|were|had been)\s+(?:first\s+)?(?:{_PLACE_KNOWN_BY_VERBS})\b|"
    r"(?:was|were|had been)\s+(?:first\s+)?\0)"
    r"(?![^.;,]*\b(?:on|in|last|this|yesterday|since)\b)",
    re.IGNORECASE,
)


def _retype(sentence, start, end, event_type, word, document_is_labour):
    lowered = word.lower()
    if (
        " " not in word
        and not lowered.endswith("ed")
        # "is to meet Committee leaders": "meet" is only ever the verb, its object follows
        and lowered not in ("meet", "meets")
        and _NOT_AN_EVENT_AFTER.match(sentence, end)
    ):
        # "conference centre", "negotiating committee", "strike order"; a verb's object
        # ("attacked police stations") is no such compound
        return None
    # "gathered in the schoolyard where the truce was signed": a place known by a past happening
    # told without a date of its own (not "in Geneva, where the talks were held")
    if _BODY_AFTER.match(sentence, end) and not _GONE_TO_BEFORE.search(
        sentence, max(0, start - 20), start
    ):
        return None
    known_by = _PLACE_KNOWN_BY.search(sentence[max(0, start - 60) : start] + "\0" + sentence[end:])
    if known_by and (known_by.group("noun") or re.fullmatch(_PLACE_KNOWN_BY_VERBS, lowered)):
        return None
    window = sentence[max(0, start - 80) : end + 80]
    if (
        lowered.startswith("rall")
        and re.search(
            r"\b(?:told|addressed|addressing|telling|speaking at|spoke at|speech at|speech to)\s+"
            r"(?:a|an|the)\s+(?:[\w-]+\s+)?$",
            sentence[max(0, start - 40) : start],
            re.I,
        )
        and not re.match(
            r"\s+of\s+(?:several\s+|some\s+|about\s+)?(?:\d|hundreds?|thousands?|dozens)",
            sentence[end:],
        )
    ):
        # "the president told a rally": where a speech was made; "a rally of several
        # thousand supporters" is the rally itself
        return None
    if (
        lowered.startswith("spent ")
        and not lowered.endswith(" with")
        and not _ENVOYS.search(sentence[max(0, start - 100) : start])
    ):
        return None  # "spent two nights in hospital": only envoys' and leaders' stays are visits
    if lowered in ("protest", "solidarity") and re.search(r"\bin\s+$", sentence[:start]):
        return None  # "would strike in protest at the raid": why, not another happening
    if lowered.startswith("protest") and _DIPLOMATIC_PROTEST_BEFORE.search(
        sentence[max(0, start - 40) : start]
    ):
        return "statement"  # "handed him a note of protest": a protest lodged, not a crowd
    if (
        lowered == "struck"
        and not re.match(
            r"\s+(?:down|off|out|back|up|a|an|the|at|its|their|his|her)\b", sentence[end:]
        )
        and not _MILITARY.search(window)
        and len(_LABOUR.findall(window)) + document_is_labour >= 2
        # "the town was struck twice": something hit, no workers striking
        and not re.search(
            r"\b(?:was|were|been|being)\s+(?:\w+\s+)?$", sentence[max(0, start - 25) : start]
        )
    ):
        return "protest"  # "the nurses last struck in 2002": workers on strike
    if lowered.startswith("student movement") and _SPEECH_AFTER.match(sentence, end):
        return None  # "the student movement said": a group speaking, not a protest
    if event_type == "strike" and _CROWD_CONTROL.search(word):
        return "protest"  # "police fired tear gas and rubber bullets": policing a protest
    if event_type == "strike" and _BEREAVED_BEFORE.search(sentence[max(0, start - 80) : start]):
        return None  # "petitions from relatives of people killed in attacks": who they are
    if event_type in ("strike", "protest") and _LEGALITY_AFTER.match(sentence, end):
        return None  # "ruled that the strike was lawful": a ruling about it, not a happening
    if event_type == "strike" and lowered in ("strike", "strikes"):
        before = sentence[max(0, start - 25) : start].lower()
        # "Israel's strike" names who struck; "last week's strike" only when
        when_told = re.search(
            r"\b(?:week|month|year|weekend|yesterday|today|tomorrow|(?:mon|tues|wednes|thurs|fri|"
            r"satur|sun)day)'s\s*$",
            before,
        )
        if (
            re.search(r"\b(?:air|drone|missile|rocket|military)\s*$", before)
            or (re.search(r"(?<!week)(?<!month)(?<!day)'s\s*$", before) and not when_told)
            or "tuesday" in before
        ):
            return "strike"
        labour = len(_LABOUR.findall(window)) + (1 if document_is_labour else 0)
        # "journalists were among those wounded in the second strike": casualties mean an attack
        military = len(_MILITARY.findall(window)) + len(_CASUALTIES.findall(window))
        military += 0 if document_is_labour else 1
        if re.match(r"\s+(?:order|ballot|fund|pay|notice|action)\b", sentence[end:]):
            return None
        if re.search(
            r"\b(?:general|national|nationwide|stay-at-home|stay-away|sit-down|hunger|warning|token|"
            r"one-day|two-day|24-hour|48-hour|indefinite|rolling)\s+$",
            sentence[max(0, start - 25) : start],
            re.I,
        ):
            return "protest"  # "a nationwide stay-at-home strike for Monday"
        if _STRIKE_BY_WORKERS.match(sentence, end):
            return "protest"  # "a strike by dockworkers": a labour strike, whatever the cargo
        return "protest" if labour >= military else "strike"
    if (
        event_type == "protest"
        and lowered.startswith("march")
        and re.search(
            r"\b(?<!of )(?<!of the )(?:armed|mercenar\w*|mutin\w*|troops|fighters|columns|tanks|"
            r"guerrillas|soldiers|militia\w*)\b",
            sentence[max(0, start - 60) : start],
            re.I,
        )
        # "300 people, many of them widows of soldiers, marched": civilians, whoever they mourn
        and not _CIVILIAN_CROWD.search(sentence[max(0, start - 60) : start])
    ):
        return "movement"  # "an armed march on the capital": forces moving, not a protest
    if (
        event_type == "protest"
        and lowered == "walked out"
        and (
            # "walked out of the chamber in protest" is a protest all the same
            (
                re.match(r"\s+of\b", sentence[end:])
                and not re.match(r"[^.;]{0,60}?\bin protest\b", sentence[end:])
            )
            or re.search(
                r"delegation|negotiators|envoys|talks", sentence[max(0, start - 80) : start]
            )
        )
    ):
        return "other"  # walking out of talks is not a strike
    if lowered.startswith("by ") and not re.search(
        r"\b(?:agreed|spoke|spoken|talked|discussed|conferred|negotiated|met)\b[^.;]{0,60}$",
        sentence[:start],
        re.I,
    ):
        return None  # "told reporters by phone": how a statement reached them
    if lowered.startswith("by ") and re.search(
        r"\b(?:has|have)\s+(?:\w+\s+)?(?:spoken|talked)\b[^.;]{0,40}$", sentence[:start], re.I
    ):
        return None  # "has spoken by phone to several leaders": no one call to date
    if (
        event_type == "meeting"
        and lowered.startswith("discuss")
        and not re.search(
            r"council|leaders|ministers|officials|delegat|committee|cabinet|parliament|assembly|envoys",
            window,
            re.I,
        )
    ):
        return None
    if lowered in ("deals", "agreements", "accords", "treaties", "pacts") and re.search(
        r"\b(?:building|negotiating|drafting|seeking|pursuing|crafting|forging)\s+(?:[\w-]+\s+)?$",
        sentence[max(0, start - 30) : start],
        re.I,
    ):
        return None  # "spent three decades building agreements": a long effort, no deal dated
    if lowered in ("deals", "agreements", "accords", "treaties", "pacts") and not re.search(
        r"\b(?:the|two|three|four|several|both|a series of|\d+)\s+(?:[\w-]+\s+){0,2}$",
        sentence[max(0, start - 40) : start],
        re.I,
    ):
        return None  # "in protest at EU trade deals": deals in general, none made here
    if lowered.endswith(("session", "sessions")) and re.search(
        r"\bin\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$", sentence[max(0, start - 30) : start]
    ):
        return None  # "approved it in a session that ran past midnight": where a vote was held
    if lowered == "dispute" and not (document_is_labour or _LABOUR.search(window)):
        return None  # "the border dispute lasted decades": no stoppage of work
    if (
        lowered in ("offensive", "incursion")
        and re.search(r"\bground\s+$", sentence[max(0, start - 10) : start], re.I)
        and re.match(r"\s+(?:into|in)\b", sentence[end:])
    ):
        return "movement"  # "a ground offensive into the north of the strip": forces moving in
    if lowered == "mediation" and re.search(
        r"\b(?:with|through|via|thanks to)\s+(?:[\w'’-]+\s+){0,2}?$",
        sentence[max(0, start - 40) : start],
    ):
        return (
            None  # "a deal struck Sunday with Russian mediation": how the deal came, no talks told
        )
    if lowered == "negotiated" and (
        re.match(rf"\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?{_DEAL_NOUN}\b", sentence[end:], re.I)
        or re.search(
            rf"\b{_DEAL_NOUN}\s+(?:that|which)\s+(?:[\w'’-]+\s+){{1,8}}?$",
            sentence[max(0, start - 80) : start],
            re.I,
        )
    ):
        return "agreement"  # "negotiated a deal with Prigozhin", "a truce that elders negotiated"
    if lowered.startswith("protest") and re.search(
        r"\b(?:note|letter|formal|official|diplomatic|strong|strongly[- ]worded)\s+(?:of\s+)?$",
        sentence[max(0, start - 30) : start],
        re.I,
    ):
        return "statement"  # "handed him a note of protest", "lodged a formal protest": words
    if lowered == "consultations" and re.search(
        r"\brecall(?:ed|s|ing)?\s+(?:[\w'’-]+\s+){0,3}?for\s+$",
        sentence[max(0, start - 50) : start],
    ):
        return None  # "the ambassador was recalled for consultations": a diplomatic rebuke
    if (
        event_type == "protest"
        and lowered.startswith(("camped", "camping", "encamped"))
        and _FORCES.search(sentence[max(0, start - 40) : start])
    ):
        return None  # "kept thousands of soldiers camped at altitude": troops in the field
    if lowered == "gathered" and re.match(
        r"(?:\s+(?:for|to (?:celebrate|mark|mourn|pray|watch|worship))\b(?!\s+(?:a|the)\s+(?:protest|"
        r"rally|demonstration|march|vigil|sit-in))|"
        # "gathered in the schoolyard where the truce was signed to lay wreaths": a commemoration
        r"\s+(?:in|at|on|outside|near|by|around|before)\s+[^.;]{0,80}?\s+to\s+(?:lay\s+(?:wreaths|"
        r"flowers)|remember|commemorate|honou?r|mourn|pay\s+(?:their\s+)?(?:respects|tribute))\b)",
        sentence[end:],
        re.I,
    ):
        return None  # "people who had gathered for Palm Sunday": worshippers, not protesters
    if (
        event_type == "protest"
        and lowered.startswith("blockade")
        and re.search(
            # "Thursday's blockade of the refinery by protesters" is dated, not a state's siege
            r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’])(?-i:[A-Z])[\w-]+['’]s\s+"
            r"(?:[\w-]+\s+)?$",
            sentence[max(0, start - 40) : start],
        )
    ):
        return None  # "Israel's blockade of the territory": a state's standing siege
    if (
        event_type == "protest"
        and lowered.startswith("block")
        and _FORCES_SUBJECT.search(sentence[max(0, start - 80) : start])
    ):
        return None  # "riot police blocked the roads into the capital": a cordon, no protest
    if (
        event_type in ("pause", "agreement")
        and re.search(
            r"\bas\s+(?:the|its|their)\s+(?:[\w-]+\s+)?$", sentence[max(0, start - 30) : start]
        )
        and re.match(
            r"\s+(?:requires|required|demands|stipulates|provides|allows|obliges)\b", sentence[end:]
        )
    ):
        return None  # "withdrew from two hilltops, as the truce requires": its terms, told again
    if event_type == "meeting" and re.search(
        r"\b(?:leaked|recorded|taped|intercepted|wiretapped)\s+$|"
        r"\b[\w]+-(?:year|month|decade)s?(?:-long|-old)?\s+(?:[\w-]+\s+)?$",
        sentence[max(0, start - 30) : start],
        re.I,
    ):
        return None  # "a leaked phone call", "a four-year negotiation": no talks to date here
    if lowered == "approved" and _cabinet_approves_deal(sentence, start, end):
        return "agreement"  # "the cabinet approved the deal overnight": the government agreeing
    if lowered == "unveiled" and re.search(r"\b(?:was|were|been|being)\s+$", sentence[:start]):
        return "other"  # "a plaque ... was unveiled in Dublin": a ceremony, not a telling
    if lowered in ("signed", "signing") and re.match(r"\s+off\b", sentence[end:]):
        if re.match(
            rf"\s+off\s+on\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:text|{_DEAL_NOUN})\b",
            sentence[end:],
            re.I,
        ):
            return "agreement"  # "the ministers signed off on the text overnight": the deal agreed
        return "other"  # "the Cabinet had signed off on the deployment": an approval, no deal
    if (
        event_type == "meeting"
        and lowered.startswith("return")
        and re.search(
            r"\b(?:for|of|on|about|before|without|against)\s+(?:a\s+|any\s+)?$",
            sentence[max(0, start - 20) : start],
            re.IGNORECASE,
        )
    ):
        return None  # "a condition for returning to the table": talks wanted, none held
    if event_type in ("agreement", "pause") and _DEAL_SOUGHT_BEFORE.search(sentence, 0, start):
        return None  # "talks to restore the deal opened in April": the deal is what is sought
    if (
        lowered == "deal"
        and re.match(r"\s+with\b", sentence[end:])
        and not _DETERMINER_BEFORE.search(sentence, 0, start)
    ):
        return None  # "the next round must deal with the remains": a verb; "a deal with" is not
    if lowered == "met" and re.search(r"\b(?:I|we)\s+$", sentence[:start]):
        return None  # "said when I met her on Friday": the reporter's interview
    if lowered in ("met", "meeting", "meet", "meets") and _MEETING_RESISTANCE.match(sentence, end):
        return None  # "swept into the city, meeting little resistance": no talks, a fight
    if lowered == "met" and re.search(r"\b(?:was|were|been|being|is|are)\s+$", sentence[:start]):
        return None  # "workers were met by security guards": no talks
    if (
        lowered == "negotiated"
        and re.search(
            r"\b(?:contract|deal|agreement|accord|treaty|pact|settlement)\b[^.;]{0,40}?"
            r"\b(?:was|were|had been|has been)\s+$",
            sentence[:start],
            re.I,
        )
        and not re.search(r"\b(?:in|at|by|through) which\b", sentence[max(0, start - 40) : start])
    ):
        return "agreement"  # "the contract was negotiated in 2021": the deal's making
    if lowered == "negotiated" and _DEAL_AFTER.match(sentence, end):
        return "agreement"  # "had negotiated a deal with the rebels": the deal's making
    if (
        event_type == "agreement"
        and " " not in lowered
        and re.search(
            r"\b(?:for|towards?)\s+(?:a|an)\s+(?:new\s+)?(?:[\w-]+\s+)?$", sentence[:start]
        )
    ):
        return None  # "bargaining for a new enterprise agreement": what is sought
    if (
        event_type == "agreement"
        and " " not in lowered
        and re.search(
            r"\b(?:work|working|talks|negotiations|negotiating|progress|drafting)\s+on\s+(?:a|an)\s+"
            r"(?:new\s+)?(?:[\w-]+\s+)?$",
            sentence[max(0, start - 60) : start],
            re.I,
        )
    ):
        return None  # "to start work on a customs agreement": a deal still to be made
    if lowered.endswith(" hands") and re.search(
        r",\s+(?:when|as|where)\s[^.;]*$", sentence[:start]
    ):
        return None  # "signed in Cartagena, when the two leaders shook hands": the signing's scene
    if lowered == "signed" and re.match(
        r"\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:decree|law|bill|order|executive order|"
        r"petition|budget|constitution|letter)\b",
        sentence[end:],
        re.I,
    ):
        return "other"  # "signed a decree dissolving the republic": no deal between parties
    if lowered == "besieged" and re.search(r"\b(?:the|a|an)\s+$", sentence[:start]):
        return None  # "the besieged city": a state, told elsewhere
    if (
        event_type == "strike"
        and lowered in ("stormed", "overran", "storming")
        and (
            lowered == "storming"
            and not _FORCES.search(window)
            or re.search(
                r"protesters|demonstrators|crowds?|students|marchers|supporters|rioters|mob|thousands",
                window,
                re.I,
            )
        )
    ):
        return "protest"  # crowds storming a palace: the protest, not an armed attack
    if (
        event_type == "strike"
        and lowered in ("stormed", "raided")
        and re.search(r"\bpolice\b", sentence[max(0, start - 40) : start], re.I)
        and re.search(
            r"sit-in|protest|demonstrat|occupation|rally|march|picket|strikers", sentence, re.I
        )
    ):
        return "protest"  # police storming a sit-in: how the protest ended
    if (
        event_type == "protest"
        and lowered.startswith("protest")
        and re.search(
            r"\b(?:ambassador|minister|ministry|government|embassy|foreign office|"
            r"spokes(?:wo)?man)\b",
            sentence[max(0, start - 60) : start],
            re.I,
        )
    ):
        return "statement"  # "the ambassador protested against the decision": a complaint
    if (
        event_type == "other"
        and lowered == "released"
        and re.search(
            r"statement|report|video|letter|figures|data|images|footage|readout|communiqu",
            sentence[max(0, start - 25) : start],
            re.I,
        )
    ):
        return None  # "a statement released on Monday": the telling, not a release of people
    if event_type == "protest" and lowered == "surrounded":
        if re.search(r"crowds?|protesters|demonstrators|marchers|students|thousands", window, re.I):
            return "protest"
        return "movement" if _FORCES.search(window) else None
    if (
        event_type == "statement"
        and lowered.startswith("reject")
        and re.search(r"referendum|plebiscite|voters|ballot|\bvote", window, re.I)
    ):
        return "other"  # voters rejecting a deal vote; they do not make a statement
    if (
        event_type == "agreement"
        and lowered in ("agreed", "agrees", "agreeing")
        and _AGREED_ONLY_TO_TALK.match(sentence[end:])
    ):
        return None  # "spoke by phone and agreed to meet in Rome": a talk to come, not a deal
    if (
        event_type == "agreement"
        and lowered in ("agreed", "agrees", "agreeing")
        and re.match(r"\s+(?:on \w+\s+)?to\s+(?!the\b|a\b|an\b)[a-z]+", sentence[end:])
        and not re.search(
            r"\band\b|\bwith\b|between|both|sides|parties|rivals|leaders of|governments|"
            r"\b(?:two|three|four) (?:[\w-]+ )?(?:countries|nations|states|neighbou?rs|armies)\b",
            sentence[:start],
            re.I,
        )
    ):
        if re.search(
            r"\b(?:deal|agreement|swap|exchange|accord|ceasefire|truce)\b", sentence, re.I
        ):
            return event_type  # "agreed to free 12 fighters as part of the deal": its terms agreed
        return "other"  # "ministers agreed to prepare sanctions": one body's decision, no deal
    if (
        lowered == "agreed"
        and re.search(
            r"\b(?:the|an|its|their|his|her|our)\s+$", sentence[max(0, start - 10) : start], re.I
        )
        and re.match(r"\s+[a-z]", sentence[end:])
    ):
        return None  # "broke away from the agreed route": a thing settled before, no deal now
    if (
        event_type == "agreement"
        and lowered.endswith((" exchanged", " swapped"))
        and not _PEOPLE_SWAPPED.search(sentence[max(0, start - 120) : end])
    ):
        return None  # "shots were exchanged", "letters were exchanged": no people swapped
    if lowered in ("exchange", "exchanges", "swap", "swaps"):
        # a bare "exchange" is a swap of people only when the sentence is about people freed;
        # then each one, even counted ("the second exchange took place"), is its own happening
        if re.match(
            r"\s+(?:of\s+(?:[\w-]+\s+)?(?:views|words|fire|gunfire|ideas|information|letters|notes|shots|"
            r"blows|insults|accusations|messages|greetings|data|experience|students|goods)\b|"
            r"rates?\b|programmes?\b|programs?\b|students\b|visits?\b)",
            sentence[end:],
            re.I,
        ):
            return None
        if re.search(
            r"\b(?:in|under|during|after|before|since|of|from|for|by)\s+(?:the|this|that|its|their)\s+"
            r"(?:[\w-]+\s+)?$",
            sentence[max(0, start - 40) : start],
            re.I,
        ):
            return None  # "soldiers freed in the swap crossed the border": told already
        if not re.search(
            r"\b(?:prisoners|detainees|hostages|captives|POWs|inmates|freed|released|handed over|"
            r"traded|swapped)\b",
            sentence,
            re.I,
        ) and not _SWAP_HELD_AFTER.match(sentence, end):
            return None
        return event_type
    if (
        event_type == "agreement"
        and not re.search(r"\b(?:exchang|swap|traded\b)", lowered)  # "hostages were traded"
        and re.search(
            r"\b(?:one|another|a second|a third|the first|the second|the other|the last)\s+$",
            sentence[max(0, start - 20) : start],
            re.I,
        )
    ):
        return None  # "three truces - one agreed on 4 October": describes a listed item
    if lowered == "left" and re.match(
        r"\s+(?:at least |more than |some |about )?(?:\d[\d,]*|\w+|dozens|scores|hundreds)\s+"
        r"(?:[\w-]+\s+)?(?:dead|killed|injured|wounded)\b",
        sentence[end:],
    ):
        return None  # "clashes left 20 dead", "left 14 soldiers dead": a toll, not a departure
    if (
        event_type == "other"
        and lowered == "left"
        and (_FORCES.search(window) or _MISSION.search(window))
    ):
        return "movement"
    if (
        lowered.endswith("call")
        and re.search(
            r"\b(?:through|via|over)\s+(?:a|an)\s+(?:[\w-]+\s+)?$",
            sentence[max(0, start - 30) : start],
        )
        and not re.match(r"\s+with\b", sentence[end:])
    ):
        return None  # "appeared on television through a video call": a medium, not a meeting
    if lowered == "clashed" and _WORDS_CLASH.match(sentence, end):
        return None  # "clashed with allies at a summit": a quarrel, the summit is the happening
    if (
        event_type == "strike"
        and lowered.startswith("clash")
        and (
            re.search(r"protesters|demonstrators|police|riot|marchers", window, re.I)
            # "the last general strike ended in clashes outside the ministry": strikers, not armies
            or (document_is_labour and not _MILITARY.search(window))
        )
    ):
        return "protest"  # protesters clashing with police: part of a protest
    if (
        event_type == "strike"
        and lowered.startswith("raid")
        and re.search(
            r"\b(?:arrest|detain(?!ees)|rounded up|custody)",
            sentence[max(0, start - 150) : end + 80],
            re.I,
        )
    ):
        return None  # "detained in dawn raids": the arrest, told by its own trigger
    if event_type == "strike" and lowered in ("downed", "sank") and not _MILITARY.search(window):
        return None
    if (
        lowered == "fighting"
        and (
            re.search(
                r"\b(?:heavy|fierce|intense|renewed|street|border|bitter|sporadic|"
                r"(?:\d+|two|three|four|five|six|seven|ten) days of)\s+$",
                sentence[:start],
                re.I,
            )
            # "the fighting, the worst in decades, broke out": told as a happening of its own
            or re.match(r",[^,.;:]{3,60}, (?:broke out|erupted)", sentence[end:])
        )
    ):
        return "strike"  # "four days of heavy fighting in April 2016"
    if (
        lowered.split()[0] in ("flying", "flew", "flown")
        and lowered.endswith((" to", " into", " from", " toward", " towards"))
        and not _FORCES.search(sentence[max(0, start - 80) : start])
    ):
        return None  # "Rajapaksa flew to the Maldives on a military plane": no troops moving
    if (
        event_type == "strike"
        and lowered.startswith(("has ", "have "))
        and lowered.endswith(" hit")
        and not _MILITARY.search(window)
        and not re.search(r"\b(?:kill|wound|dead|injur|casualt)", window, re.I)
    ):
        return None  # "the economy has been hit by inflation": no attack
    if lowered.startswith(("bussed", "bused")) and not _FORCES.search(
        sentence[max(0, start - 80) : start]
    ):
        return None  # "supporters were bussed out to the rally": no forces moving
    if lowered.endswith(" home") and event_type == "movement":
        subject = sentence[max(0, start - 80) : start]
        if not _FORCES.search(subject) or re.search(
            r"\b(?:envoy|minister|president|delegation|leader|mediator)s?\b", subject, re.I
        ):
            return None  # "the envoy will meet the rebels and then fly home": no troops
        return "movement"
    if lowered in ("shooting", "shootings") and not re.search(
        r"gunm[ae]n|militants|attackers|killed|dead|wounded|injured|rebels|soldiers|troops",
        window,
        re.I,
    ):
        return None  # "the shooting happened near the fishing banks": who and how unclear
    if event_type == "strike" and lowered in (
        "killed",
        "killing",
        "fighting",
        "struck",
        "targeted",
        "targeting",
        "flattened",
        "flattening",
        "razed",
    ):
        armed = _MILITARY.search(window) or _FORCES.search(window)
        if lowered == "struck" and _CASUALTIES.search(window):
            armed = True  # "the cathedral was struck twice; three journalists were wounded"
        if (
            lowered == "fighting"
            and _CASUALTIES.search(window)
            and not re.match(r"\s+(?:for|to|against)\b", sentence[end:])
            # "the fighting has killed hundreds": the war told before, as a whole
            and not re.search(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?$", sentence[:start], re.I)
        ):
            armed = True  # "fighting over a water point killed 50 people": no army named
        return "strike" if armed else None
    if event_type == "strike" and re.search(r"\b(?:heard|reported)\b", lowered):
        # "explosions were heard ... and drones were spotted": an attack when war is in view
        return "strike" if _MILITARY.search(window) or _FORCES.search(window) else None
    # "explosive devices were set off" is an attack; a bare explosion needs its victims
    if (
        event_type == "strike"
        and lowered.startswith(("explo", "blast"))
        and "set off" not in lowered
        and "through" not in lowered
    ):
        return (
            "strike" if re.search(r"killed|killing|wounded|injured|dead", sentence, re.I) else None
        )
    if event_type == "movement" and lowered.startswith("flew ") and lowered.endswith(" out"):
        return "movement"  # "flew thousands of citizens out": an evacuation, whoever flies it
    if event_type == "movement" and (
        lowered.split()[0]
        in (
            "entered",
            "crossed",
            "held",
            "flew",
            "flown",
            "flying",
            "fly",
            "disengaged",
            "disengaging",
            "disengagement",
            "moves",
            "shift",
            "shifts",
            "shifted",
            "shifting",
            "moved",
            "began",
            "begun",
            "started",
            "pushed",
            "due",
            "expected",
            "set",
            "scheduled",
            "will",
            "landed",
            "arrive",
            "arrives",
            "arriving",
            "ordered",
            "drove",
            "marched",
            "rolled",
            "take",
            "taking",
            "went",
            "returned",
            "rotated",
            "rotate",
            "rotates",
            "rotating",
            "contributed",
            "contributes",
            "contributing",
            "convoy",
            "convoys",
            "column",
            "columns",
            "vehicles",
            "arrived",
            "retreat",
            "retreated",
            "advanced",
            "moved",
            "brought",
            "rushed",
            "hand",
            "handed",
            "took",
        )
        or lowered.startswith(
            (
                "withdr",
                "reinforcement",
                "abandon",
                "vacat",
                "evacuated ",
                "clos",
                "shut",
                "quit",
                "left ",
                "leaving",
                "leaves",
                "dispatched",
                "stationed",
                "massed",
                "mobili",
                "patroll",
                "reposit",
                "relocat",
            )
        )
    ):
        clause = sentence[max(0, start - 120) : end + 120]
        if lowered == "entered" and re.match(
            r"\s+(?:its|their|a|the)\s+(?:[\w-]+\s+)?(?:day|week|month|year|phase|stage|round)",
            sentence[end:],
        ):
            return None  # "the strike entered its third day"
        if lowered.startswith("held ") and re.search(
            r"\b(?:have|has)\s+(?:\w+\s+)?$", sentence[max(0, start - 20) : start]
        ):
            return None  # "have held the town since ...": a standing state, the seizure is told
        if _FORCES.search(clause) or _HEAVY_WEAPONS.search(clause):
            return "movement"
        departing = lowered.startswith(_DEPARTING)
        if lowered.startswith("withdr"):
            # "giving the mission until 31 December to withdraw": the mission is its subject
            departing = not _WITHDRAW_FROM_DEAL.match(sentence, end) and bool(
                _MISSION.search(sentence[max(0, start - 120) : start])
            )
        if departing and _MISSION.search(clause):
            return "movement"  # "the UN mission left its camp", "took over from a regional force"
        if lowered.split()[0] in ("abandoned", "vacated", "closed", "left") and re.search(
            r"\b(?:bases?|garrisons?|outposts?|barracks|military)\b", lowered
        ):
            return "movement"  # "abandoned two far-northern bases": military sites, whoever
        return "other" if lowered.startswith("left ") else None  # "families left the camp"
    if event_type == "agreement" and lowered in ("extended", "extension", "renewed", "renewal"):
        return (
            "agreement"
            if re.search(
                r"truce|ceasefire|cease-fire|deal|agreement|accord|contract", sentence, re.I
            )
            else None
        )
    if (
        event_type == "agreement"
        and lowered == "settlement"
        and not re.search(r"reached|agreed|signed", window, re.I)
    ):
        return None
    if (
        event_type == "protest"
        and lowered == "gathered"
        and not re.search(
            r"people|protesters|demonstrators|crowds?|thousands?|hundreds?|students|supporters|"
            r"residents|activists|workers|citizens|mourners",
            window,
            re.I,
        )
    ):
        return None
    if event_type == "protest" and lowered.startswith("blockade") and _MILITARY.search(window):
        civil = re.search(r"protest|fishers|farmers|workers|union", sentence, re.I)
        return "protest" if civil else "strike"
    if (
        event_type == "pause"
        and lowered == "switched off"
        and not re.search(r"loudspeakers|broadcasts|guns|weapons", window, re.I)
    ):
        return None
    return event_type


_DATE_AFTER_UNTIL = re.compile(
    r"\s+(?:\d|the end|next|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|"
    r"Fri|Sat|Sun)[a-z]*\b)"
)
_PAST_VERB_AFTER_UNTIL = re.compile(
    r"until\s+(?:[\w-]+\s+){0,3}?(?:[a-z]+ed|took|retook|fell|won|lost|came|went|left|began|"
    r"broke|struck|fought)\b",
    re.IGNORECASE,
)
_VAGUE_PERIOD_BEFORE = re.compile(
    r"\b(?:weeks|months|years|decades)\s+of\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
# "in November the country saw weeks of protests": the period itself told as what happened then
_PERIOD_WITNESSED_BEFORE = re.compile(
    r"\b(?:saw|sees|witnessed|endured|experienced|went through)\s+(?:[\w-]+\s+)?"
    r"(?:days|weeks|months)\s+of\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "ending nearly four weeks of relative calm", "broke a six-week lull": a quiet spell that the
# happening of the clause ended, counted back from its day
QUIET_SPELL_ENDED = re.compile(
    r"\b(?:ending|ended|ends|breaking|broke|shattering|shattered)\s+(?:a\s+|an\s+)?"
    r"(nearly\s+|almost\s+|more\s+than\s+|over\s+)?"
    r"(\d+|two|three|four|five|six|seven|eight|nine|ten)[\s-](day|week|month)s?\s+"
    r"(?:of\s+)?(?:(?:relative|uneasy|fragile)\s+)?$",
    re.IGNORECASE,
)
# "after two weeks of talks": a counted round of talks; "after 18 months of negotiations" is a process
_COUNTED_WEEKS_BEFORE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)\s+"
    r"weeks\s+of\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "the first direct talks since 2022, held in Istanbul on May 16": the talks did take place
_HELD_ON_AFTER_SINCE = re.compile(
    r"since\s+[\w\s]{1,25}?,\s+(?:held|hosted|convened|which (?:were|was) held)\b", re.IGNORECASE
)
_SUPERLATIVE_SINCE = re.compile(
    r"\b(?:largest|biggest|worst|heaviest|deadliest|highest|lowest|longest|first|last|only)\s+"
    r"(?:[\w'’()-]+\s+){0,10}?since\b",  # "the first exchange between Askar's army and the TPA since"
    re.IGNORECASE,
)
# within the trigger's own clause: "signed on 1 November, but operations have been cancelled"
# cancels the operations, not the signing
_SAME_CLAUSE = r"(?:(?!,\s+(?:but|while|whereas|although|though|yet)\b)[^.;])"
_CALLED_OFF_AFTER = re.compile(
    rf"^{_SAME_CLAUSE}{{0,140}}?\b(?:was|were|(?:had|have|has)(?:\s+since)?\s+been)\s+"
    r"(?:(?:quietly|later|eventually|then|since|abruptly)\s+)?(?:postponed|cancell?ed|"
    r"called off|suspended|delayed|scrapped|put off)\b|"
    rf"^{_SAME_CLAUSE}{{0,60}}?\b(?:have|has) not (?:yet )?(?:started|begun|taken place|resumed|happened)\b|"
    rf"^{_SAME_CLAUSE}{{0,80}}?\b(?:never|did not|didn't) (?:took|take) place\b|"
    rf"^{_SAME_CLAUSE}{{0,60}}?\bwas never held\b",
    re.IGNORECASE,
)
# "a summit pencilled in for 20 February was quietly dropped": talks let go of, never held
# (charges or demands are dropped too, so only a meeting is let go of this way)
_DROPPED_AFTER = re.compile(
    rf"^{_SAME_CLAUSE}{{0,100}}?\b(?:was|were|(?:had|have|has)(?:\s+since)?\s+been)\s+"
    r"(?:(?:quietly|later|eventually|then|since|abruptly)\s+)?(?:dropped|shelved|abandoned)\b",
    re.IGNORECASE,
)
# a halt told after its start happened: "the strike, which began on 17 May, was suspended on 6 June"
_BEGAN_BEFORE_HALT = re.compile(
    r"\b(?:began|begun|started|broke out|erupted|lasted|had run|has run)\b", re.IGNORECASE
)
_CAUSED_EARLIER = re.compile(
    r"\b(?:had|has|have)\s+(?:set off|sparked|triggered|prompted|fuell?ed|provoked|ignited|"
    r"touched off|led to)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_MUTUAL_BLAME_BEFORE = re.compile(
    r"\b(?:accus\w*|blam\w*)\s+(?:each other|one another|the other(?: side)?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:of|for)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_CALLED_OFF_BEFORE = re.compile(
    r"\b(?:call(?:ed|ing|s)? off|cancell?(?:ed|ing)|postpon(?:ed|ing)|avert(?:ed|ing)|"
    r"head(?:ed|ing) off)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_ORDERED_AFTER = re.compile(
    r"(?:pull-?out|pull-?back|withdrawal|deployment|redeployment|evacuation|retreat)s?\s+"
    r"(?:was|were|had been|has been)\s+(?:ordered|approved|authori[sz]ed|announced|proposed)\b",
    re.IGNORECASE,
)
_OPPOSED_BEFORE = re.compile(
    r"\bto\s+(?:block|stop|halt|prevent|oppose|challenge|overturn|delay)\s+(?:the|a|any|its|their)"
    r"\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_TALLY_BEFORE = re.compile(
    r"\b(?:recorded|registered|counted|documented|logged|tallied)\s+(?:[\w,%-]+\s+){0,6}?"
    r"\d[\d,]*\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_HABITUAL_AFTER = re.compile(
    r"^[^,.;]{0,30}?\b(?:several|many|multiple|numerous|countless|\d+|two|three|four|five)\s+times\b"
    # "met three times before, on 8, 12 and 15 February": the times are each dated
    r"(?!(?:\s+(?:before|already|so far))?\s*[,—–:(]?\s*on\s+(?:\d|(?-i:[A-Z])[a-z]{2}))",
    re.IGNORECASE,
)


_NEW_PREDICATE = re.compile(r"\band\s+(?=(?-i:[a-z]+ed|said|told)\s)", re.IGNORECASE)


def _is_blocked(sentence: str, start: int, event_type: str) -> bool:
    clause_start = 0
    opener = ""
    for match in _CLAUSE_START.finditer(sentence, 0, start):
        clause_start, opener = match.start(), match.group().lower()
    if opener == "until" and _DATE_AFTER_UNTIL.match(sentence, clause_start + len(opener)):
        opener = ""  # "until 2 October": a date, not a condition
    if opener == "that" and _DEMANDED_THAT.search(
        sentence, max(0, clause_start - 40), clause_start
    ):
        return True  # "demanding that both armies pull back": what is asked for has not happened
    if (
        _VAGUE_PERIOD_BEFORE.search(sentence[max(0, start - 30) : start])
        and not _PERIOD_WITNESSED_BEFORE.search(sentence[max(0, start - 60) : start])
        and not (
            # "signed on 31 October after two weeks of talks": counted talks, ending on that day
            event_type == "meeting"
            and _COUNTED_WEEKS_BEFORE.search(sentence[max(0, start - 40) : start])
        )
        # "ending four weeks of calm": a counted quiet spell, ending on the clause's day
        and not (event_type == "pause" and QUIET_SPELL_ENDED.search(sentence, 0, start))
    ):
        return True  # "after weeks of demonstrations": a period, not a dated happening
    compared = _SUPERLATIVE_SINCE.search(sentence, max(0, start - 40), start + 60)
    if (
        event_type != "meeting"
        and compared
        and compared.start() <= start < compared.end()
        # "the deadliest breach of a ceasefire that has held since Sept. 1": the truce's own clause
        and not re.search(
            r"\b(?:that|which)\s+(?:has|have|had)\b", sentence[start : compared.end()]
        )
    ):
        # "the largest demonstration since 2019" compares; it dates nothing. What it is
        # compared with ("since a walkout in 2017") and the happening it sits beside did happen.
        return True
    if event_type == "strike" and re.search(
        r"\b(?:(?:pause|lull|respite|break|halt|let-up)\s+in|(?:moratorium|ban|halt|pause|limits?)\s+on)"
        r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
        sentence[max(0, start - 50) : start],
        re.I,
    ):
        return True  # "a pause in the worst fighting", "a moratorium on strikes": what was halted
    if _MUTUAL_BLAME_BEFORE.search(sentence[max(0, start - 60) : start]):
        return True  # "each side accused the other of shelling villages": blame, no one attack
    if _CALLED_OFF_BEFORE.search(sentence[max(0, start - 50) : start]):
        return True  # "calling off a strike that had been planned for 22 September": never held
    if _ORDERED_AFTER.match(sentence, start):
        return True  # "the pullout was ordered on Wednesday": the ordering, not the pullout
    if _OPPOSED_BEFORE.search(sentence[max(0, start - 40) : start]):
        return True  # "a motion to block the deployment": what was opposed did not happen
    called_off = _CALLED_OFF_AFTER.match(sentence[start:])
    if called_off and not _BEGAN_BEFORE_HALT.search(called_off.group()):
        return True  # "talks were suspended", "the summit was postponed"
    if event_type == "meeting" and _DROPPED_AFTER.match(sentence[start:]):
        return True  # "a summit first pencilled in for 20 February was quietly dropped"
    if event_type == "agreement" and re.search(
        r"\b(?:this|these|that)\s+$", sentence[max(0, start - 10) : start], re.I
    ):
        return True  # "this agreement is the first step": the deal as a thing, not its signing
    if _TALLY_BEFORE.search(sentence[max(0, start - 60) : start]):
        return True  # "the monitor recorded 41 violent events and 17 demonstrations": a tally
    habitual = _HABITUAL_AFTER.match(sentence[start:])
    if habitual and not (
        # "met at least three times over the summer": one round of talks across that period
        event_type == "meeting"
        and not re.match(
            r"[^,.;]{0,40}?\b(?:since|before|already|so far|in recent|over the (?:past |last )?"
            r"(?:years|decades|months))\b",
            sentence[start + habitual.end() :],
            re.IGNORECASE,
        )
    ):
        return True  # "clashed several times since 2016": no one happening to date
    if opener == "until" and _PAST_VERB_AFTER_UNTIL.match(sentence, clause_start):
        opener = ""  # "until Ukrainian forces retook the city": it happened
    if opener in ("if", "unless", "until") or _HYPOTHETICAL.search(
        sentence[max(0, start - 60) : start]
    ):
        return True
    before = sentence[clause_start:start].rsplit(",", 1)[-1]
    # "denied any role and accused the army of shelling": a new predicate leaves "any" behind
    before = _NEW_PREDICATE.split(before)[-1]
    tail = " ".join(before.split()[-7:])
    if _MANDATE_FOR.search(sentence, max(0, start - 60), start):
        return True  # "members voted by 84% to 16% for strikes": a mandate, not a walkout
    if event_type == "protest" and _BALLOT_ON.search(sentence, max(0, start - 80), start):
        return True
    modal = _MODAL_BEFORE.search(tail)
    if modal and not (
        # "have called for fresh marches on Thursday": a protest called is one planned
        (
            (
                event_type == "protest"
                and re.fullmatch(r"call(?:ed|ing|s)? for", modal.group(), re.I)
            )
            # "strikers plan to march on Saturday": a gathering announced is one scheduled
            or (event_type in ("protest", "meeting") and _SCHEDULED_PLAN.fullmatch(modal.group()))
        )
        and not _MODAL_BEFORE.search(tail, 0, modal.start())
    ):
        return True
    first_since = _FIRST_SINCE.search(sentence[max(0, start - 40) : start + 60])
    # "met on 2 October, their first talks since 2022": the comparison is about "talks" only
    if first_since and event_type == "meeting" and first_since.start() < start - max(0, start - 40):
        return (
            "since" in sentence[start : start + 60]
            and not _HELD_ON_AFTER_SINCE.search(sentence, start, start + 90)
        ) or "in what would be" in sentence[max(0, start - 40) : start]
    return bool(_INFINITIVE_GOAL.search(sentence[max(0, start - 80) : start]))
