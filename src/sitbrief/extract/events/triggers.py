"""The event trigger patterns (TRIGGERS) and the order of their kinds (PRIORITY)."""

from __future__ import annotations

import re

from sitbrief.extract.inflect import finite_forms, verb_forms
from sitbrief.extract.lexicon import words
from sitbrief.extract.rx import alternation
from sitbrief.text.gate import gated

_LAUNCHED = alternation(words("launch_objects"))
_FINITE_LEMMAS: set[str] = set()
# "will", "would", "shall", alone or with one adverb between ("will today co-host", "will also welcome")
_AFTER_MODAL = "(?:" + "|".join(
    f"(?<=\\b{modal} {adverb})" for modal in ("will", "would", "shall") for adverb in ("", *(f"{a} " for a in sorted(words("modal_adverbs"))))
) + ")(?:co-)?"


def _after_modal(verb: str) -> str:
    """Return pattern `verb` as it counts only after a modal, looked ahead for first: the modal's
    forty lookbehinds are then tried only where the verb follows (they were most of the trigger
    search), and every match is the same."""
    return f"(?=(?:co-)?{verb}){_AFTER_MODAL}{verb}"


def _v(lemma: str, base: bool = True, finite: bool = True) -> str:
    """Return every form of verb `lemma` as one group (US and UK spelling).

    With `base` False the bare form counts only after a modal ("will patrol"), where it cannot be
    a noun or a present-tense opinion ("we welcome the decision"). With `finite` False its -s and
    past forms are no finite verb for the clause tests (an -s form that is also a plural noun
    trigger: "patrols", "attacks").
    """
    if finite:
        _FINITE_LEMMAS.add(lemma)
    if base:
        return f"(?:{alternation(verb_forms(lemma))})"
    return f"(?:{alternation(verb_forms(lemma) - {lemma})}|{_after_modal(re.escape(lemma))})"


_FIGHT = (  # "the army is fighting to retake the city", not "he is fighting to keep his job"
    r" (?:to (?:take|retake|recapture|reclaim|hold|defend|liberate|regain|push|repel)\b|for control\b|against\b|"
    r"in (?:the )?(?-i:[A-Z]))"
)
_ENACTED = r"(?:resolutions?|legislation|laws?|bills?|motions?|amendments?|budgets?)"
_ENACTS = (  # "the Assembly adopted a resolution", "the Senate passed the bill", "the resolution was adopted"
    r"(?:adopt(?:s|ed|ing)?|pass(?:es|ed|ing)?|approv(?:e|es|ed|ing)|endors(?:e|es|ed|ing)|enact(?:s|ed|ing)?)\s+"
    rf"(?:(?:a|an|the|its|their|new|landmark|unanimously|overwhelmingly)\s+){{0,3}}(?:[\w-]+\s+){{0,3}}?{_ENACTED}\b|"
    rf"{_ENACTED}\s+(?:[\w./-]+\s+)?(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?"
    r"(?:adopted|passed|approved|endorsed|enacted)"
)
_PARTNERS = r"(?:allies|allied|partners?|counterparts|(?:[\w-]+ )?(?:nations|countries|navies|forces)\b|(?:the |their |its |other |two |three |four |five |\d+ )?(?-i:[A-Z]))"
_ALONGSIDE = (  # forces training or operating with others: "trained with Japanese fighters", "operate together"
    r"(?:train(?:s|ed)?|exercis(?:ed|ing)|operat(?:e|es|ed)|(?:(?<=\bbe )|(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere ))operating)"
    rf"(?= (?:closely |jointly |side by side )?(?:together|alongside|jointly)\b| (?:closely )?with {_PARTNERS})"
)
_SPEECH_VENUES = alternation(words("speech_venues"))  # "spoke at the Wall Street Journal CEO Council": a speech given
TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    (
        "exercise",
        re.compile(
            r"\b(?:exercises?|drills?|war ?games?|manoeuvres|maneuvers|live-fire (?:training|ranges?)|"
            r"(?:unit-level|convoy|joint|combined|bilateral|trilateral) training|training (?:events?|exercises?)|"
            rf"(?:{_v('carry')} out|{_v('conduct')}|complet(?:es|ed)|{_v('watch', False)}|{_v('observe', False)}) "
            r"(?:[\w-]+ ){0,4}training(?! (?:programm?e?s?|courses?|packages?|pipelines?)\b)|"
            r"(?:(?:live|missile|test)[ -])+firings?|"
            r"(?:(?<=\bbe )|(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere )|(?<=\bbeen ))training(?= (?:in|off|at|near|with|alongside|together) )|"
            rf"{_ALONGSIDE}|"
            r"training(?= (?:had |has |have |was |were |is |are )?(?:been )?(?:postponed|cancell?ed|suspended|deferred))|"
            r"live-fire (?:events?|exercises?|drills?)|"
            r"(?:flight|air|amphibious|carrier|flight deck|counter-?piracy|maritime security|freedom of navigation) operations?|"
            rf"(?:{_v('practise', False)}|{_v('practice', False)})(?= (?:[\w-]+ ){{0,3}}(?:landings?|drills?|procedures|manoeuvres|maneuvers|tactics|operations|"
            r"assistance|evacuations?|boardings?)\b)|"
            r"rehearsals?|" rf"{_v('rehearse', False)}(?= (?:the |an? |their |its )?[\w-]+)|" r"(?:sea|flight|firing) trials|simulated (?:[\w-]+ ){1,3}operations?|(?:joint|combined|bilateral|trilateral|multilateral) "
            r"(?:sails?|sailing|patrols?)|maritime cooperative activit(?:y|ies)|passing exercise|PASSEX|"
            r"(?:multi-?national|coalition|combined|joint) (?:[\w-]+ )?(?:security )?operations|"
            r"(?:live |test |missile )?firings? of (?:the |its |her |a )?(?:[\w-]+ ){0,3}(?:missiles?|missile systems?|torpedo(?:es)?|guns?))\b",
            re.I,
        ),
    ),
    (
        "call",
        re.compile(
            r"\b(?:(?:(?<=received a )|(?<=took a )|(?<=takes a ))(?:phone |telephone |video )?call from|(?:phone|telephone|video) (?:call|conversation)|"
            r"(?:spoke|speaks?|speaking|talked) (?:\w+ ){0,2}(?:(?:by|on the|over the) (?:tele)?phone (?:\w+ )?)?(?:with(?= \w)|to(?= (?:(?-i:[A-Z])|his |her |their |the |a |an |counterparts?)))|"
            r"(?:spoke|speak|speaks|talked) (?:by|on the|over the|via) (?:(?:tele)?phone|video(?:[ -]?link|[ -]?conference| call)?)|"
            r"(?:spoke|talked) (?:\w+ ){0,2}(?:via|by) video(?:[ -]?link|[ -]?conference)?(?= (?:with|to)\b)|call (?:with|between)|" rf"(?:{_v('hold')}|{_v('have')}) a (?:\w+ )?call|" r""
            r"(?:tele)?phoned|" rf"(?<!\bby )(?<!\bvia )(?<!\bthe )(?<!\ba )(?:{_v('phone', False)}|{_v('telephone', False)})(?= (?:the |his |her |their )?(?-i:[A-Z]))|"
            r"(?<!so-)(?<!, )(?<!\bbe )(?<!\bis )(?<!\bwas )(?:called|calls)(?= (?:(?:the|his|her|their) )?(?-i:[A-Z])(?!\w* (?:for|on)\b)))\b",
            re.I,
        ),
    ),
    (
        "appointment",
        re.compile(
            rf"\b(?:{_v('appoint')}|appointment|" r"assumed the (?:position|post|office|role)|took office|sworn in|"
            rf"(?:{_v('take')}|{_v('assume')}|{_v('relinquish')}) (?:the )?command|change of command|"
            r"t(?:ook|akes?|aking) over as|t(?:ook|akes?|aking) up (?:his|her|the|a|their) (?:new )?(?:role|post|position|appointment)|"
            r"named as|" rf"{_v('nominate')}|" r"(?:cabinet|government) (?:revamp|reshuffle)|"
            r"(?<!\bso )(?<!\bship )named(?= (?-i:[A-Z])[\w.'\u2019-]*(?: (?-i:[A-Z])[\w.'\u2019-]*){0,4}(?: as\b| the (?:new |next )?(?-i:[A-Z])))|"
            r"(?<=\bbeen )named(?= (?:as )?(?:the )?(?:new |next |acting |interim )?(?-i:[A-Z])?[\w-]+ (?:of|for)\b))\b",
            re.I,
        ),
    ),
    (
        "deployment",
        re.compile(
            r"\b(?:deploy(?:s|ed|ing|ment)?|re-?deploy(?:s|ed|ment)?|(?:re-?)?deployments(?= (?:to|in|into|across|throughout)\b)|forward[- ]deploy(?:s|ed|ing)?|fl(?:ew|ies|y|own) (?:alongside|a (?:[\w-]+ )?mission|(?:[\w-]+ )?missions|(?:[\w-]+ )?sorties)|" rf"{_v('dispatch')}|" r"stationed|rotations?|"
            r"arriv(?:e|es|ed|ing|al)|(?<=\w )call(?:s|ed) (?:in )?at(?= (?-i:[A-Z]))|"
            r"rotat(?:ed|es|ing) (?:out of|into|through|to)(?= (?:the )?(?-i:[A-Z]))|fl(?:ew|ies|own) over(?= (?:the )?(?-i:[A-Z]))|(?:land(?:s|ed)|touch(?:ed|es) down|stop(?:s|ped) over)(?= (?:in|at) (?:the )?(?-i:[A-Z]))|embedded (?:in|with|aboard)|(?:make|makes|made|making) (?:their|its|her|his) way to|"
            r"(?:leave|leaves|leaving|left) (?:(?:her|his|its|their|the) )?(?:home ?port|port|harbou?r|base|(?=(?-i:[A-Z])))|depart(?:s|ed|ing)?|" rf"{_v('sail')}" r" (?:on )?(?:from|to|into|through|for)|set(?:s)? sail|"
            r"transit(?:s|ed)?(?= (?:of|through|the))|"
            r"(?:Strait|strait) transit|"
            r"on patrol|" rf"{_v('patrol', False, finite=False)}(?= (?:the|in|off|near|with|along)\b)|patroll?ed(?= (?-i:[A-Z]))|" r"pull(?:s|ed|ing)? into|"
            r"patrols?(?= (?:in|of|through|near|off|along|around|across) (?:the )?(?-i:[A-Z]))|"
            r"remain(?:s|ed|ing)?(?: \w+ly)? in (?:the )?(?=(?-i:[A-Z]))|"
            r"(?:(?<=\bis )|(?<=\bare )|(?<=\bcurrently )|(?<=\bnow ))operating(?= in (?:the )?(?-i:[A-Z]))|"
            r"(?-i:(?:[A-Z][\w-]+ ){1,3}Mission)|"
            r"join(?:s|ed|ing)?(?= (?:the )?(?:[A-Z][\w-]*\s+){0,5}(?:Group|Force|Fleet|Squadron|Battlegroup|Battle Group|"
            r"Mission|Task Force|Operation|task group|battlegroup|battle group|strike group|fleet|coalition)\b(?! (?:of|on)\b))|"
            r"join(?:s|ed)(?= (?:the )?(?:allied|coalition|partner|multinational|international|NATO|US|U\.S\.|British|French|"
            r"Japanese|Australian|Indian) (?:warships|ships|vessels|navies|aircraft)\b)|"
            r"(?:will )?(?:move|moves|moved|relocate[sd]?) to|return(?:s|ed|ing)?(?: safely| safe)?(?: (?:home|to|from)|(?<=safely)|(?<=safe))|(?:(?<=will )|(?<=would ))return(?= (?:on|in|by|next|later|early|late|this)\b)|return(?:s|ed)?(?= on (?:\d|(?-i:[A-Z])))|scrambled|"
            r"berth(?:ed|s|ing)(?= (?:in|at|alongside)\b)|berth(?:ed|s)|" rf"(?:dock(?:ed|s)|(?<=\bwill )dock|docking)" r"(?= (?:in|at|alongside))|moored(?= (?:in|at|alongside|off))|"
            r"enter(?:s|ed)(?= the (?-i:[A-Z])(?!\w* (?:Treaty|Agreement|Convention)))|"
            r"(?:send|sends|sent|sending)\s+(?:[\w,-]+\s+){0,4}(?:troops|soldiers|forces|warships|ships|"
            r"aircraft|jets|personnel|marines|units|battalions?|equipment|squadrons?|frigates?|destroyers?|fighters?|bombers?|"
            r"contingents?|firefighters)|delay(?:s|ed)? (?:the |its |her |his |their )?departure)\b",
            re.I,
        ),
    ),
    (
        "deal",
        re.compile(r"\b(?:deal|contract|purchase|procurement|acquisition|sale|t(?:ook|akes?|aking) delivery of)\b", re.I),
    ),
    (
        "agreement",
        re.compile(
            r"\b(?:agreement|arrangement|accord|treaty|memorandum|convention|sign(?:s|ed|ing)?|pact|"
            r"took effect|entered into force|came into force|enter into force|ratif(?:y|ies|ied|ication)|concluded|"
            rf"(?:{_v('agree', False)}|{_v('reach', False)}|{_v('broker', False)}) (?:on |to )?(?:a |an |the )?(?:[\w-]+ ){{0,2}}"
            r"(?:cease-?fires?|truces?|armistice))\b",
            re.I,
        ),
    ),
    (
        "talks",
        re.compile(
            r"\b(?:talks|dialogue|consultations|negotiations|discussions|two-plus-two|2\+2|"
            rf"{_v('confer')} with(?= (?:the |his |her |their |(?-i:[A-Z])|allies|partners|counterparts))|"
            rf"{_v('consult')} with(?= (?:the |his |her |their |(?-i:[A-Z])|allies|partners|counterparts))|"
            rf"{_v('negotiate')} with(?= (?:the |his |her |their |(?-i:[A-Z])|allies|partners|counterparts))|"
            rf"(?:{_v('resume')}|{_v('hold')}) (?:an? )?(?:[\w-]+ )?discussion|"
            rf"{_v('engage', False)} in (?:an? |the )?(?:[\w-]+ ){{0,3}}discussions?|(?:panel|roundtable|round-table) discussion)\b",
            re.I,
        ),
    ),
    (
        "meeting",
        re.compile(
            r"\b(?:met|meet(?:s|ing)?(?! (?:the |our |their |its |all |these |those )?(?:[\w-]+ ){0,3}?"
            r"(?:needs?|objectives?|requirements?|standards?|goals?|demands?|challenges?|threats?|obligations?|"
            r"targets?|criteria|expectations?|deadlines?|commitments?|costs?)\b)|"
            r"meeting|(?<=holding )(?:[\w-]+ )?meetings|meetings(?= (?:in (?-i:[A-Z])[\w-]+ )?with (?:the )?(?-i:[A-Z]))|(?<=held )(?:[\w-]+ )?meetings|(?<=hold )(?:[\w-]+ )?meetings|(?<=holds )(?:[\w-]+ )?meetings|"
            rf"summit|visit|visits|visited|visiting|hosted|hosts|hosting|{_v('tour', False)}(?= (?:the|a|an) )|"
            rf"{_v('sit')} down with(?= (?:the |his |her |their )?(?-i:[A-Z])|(?: the| his| her| their)? (?:[\w-]+ )?counterparts?\b)|"
            rf"{_v('welcome', False)}(?= (?:the )?(?-i:[A-Z][a-z]+ (?:[A-Z]|of|to)))|"
            rf"{_v('welcome', False)}(?= (?:his|her|their|the) (?:[\w-]+ ){{0,2}}(?:counterparts?|delegation|guests?) (?:to|at|in)\b)|"
            r"join(?:s|ed|ing)?(?= (?:[\w-]+ ){0,4}(?:counterparts|leaders|chiefs|ministers|heads of (?:state|government)|"
            r"delegations?|foreign ministers|defen[cs]e ministers)\b(?! (?:in|to) (?:call|urg|condemn|express|welcom|reaffirm|support)))|"
            rf"{_v('receive')}(?= (?:the |a |an |his |her |their |visiting )?(?:[\w-]+ ){{0,3}}(?:ambassadors?|ministers?|delegations?|"
            r"counterparts?|envoys?|presidents?|secretar(?:y|ies)|chiefs?|commanders?|kings?|emirs?|prince|leaders?)\b(?![\'\u2019-]))|"
            r"l(?:ed|eads?|eading)(?= (?:a|an|the|his|her|their) (?:[\w-]+ ){0,3}delegation (?:to|at|on|in)\b)|"
            r"(?:h[eo]ld|holds|had|has) (?:a |an )?(?:[\w-]+ )?bilateral(?= (?:with|on|in)\b)|"
            rf"(?=(?:co-)?host)(?:{_AFTER_MODAL}|(?<=\bto )|(?<=\bto co-))host(?= (?:the |a |an |his |her |their |(?-i:[A-Z]))(?!\w* (?:nation|country|city)\b))|"
            r"represent(?:s|ed|ing)?(?= (?:[\w-]+ ){1,3}at (?:the )?(?:[\w'\u2019-]+ ){0,5}(?:meeting|summit|conference|forum|dialogue|talks|ceremony)s?\b)|"
            r"(?:make|makes|made|making) (?:[\w-]+ ){0,2}stops? in(?= (?-i:[A-Z]))|"
            r"(?:(?<=\bwas )|(?<=\bwere )|(?<=\bbeen ))(?:welcomed|greeted|hosted)(?= by (?:the )?(?-i:[A-Z]))|"
            rf"{_v('convene')}|attend(?:s|ed|ing)?|"
            r"conference|trip|tour|ceremony|courtesy calls?|laid a wreath|lays a wreath|wreath-laying|commemorations?|ministerials?|round-?tables?|(?-i:COP ?\d{1,2})|port (?:calls?|visits?)|ports? of call|"
            r"travel(?:s|led|ed|ling|ing)? to|fl(?:y|ies|ew|ying|own) (?:directly |on )?to(?= (?-i:[A-Z]))|"
            r"head(?:s|ed|ing)? (?:to|for)(?= (?:an? |the )?(?:[\w-]+ ){0,3}(?-i:[A-Z])))\b",
            re.I,
        ),
    ),
    (
        "statement",
        re.compile(
            r"\b(?:joint statement|statement|communiqu[eé]|declaration|(?:keynote )?speech|keynote(?: address)?|"
            r"remarks(?= (?:at|to|before) (?:the )?(?:[\w'\u2019.-]+ ){0,4}(?-i:[A-Z]))|"  # "his remarks at the Manama Dialogue"
            r"declared(?= (?:in|at) (?-i:[A-Z]))|declared a state of emergency|"
            rf"{_v('address', False)}(?= (?:the |a |an |members of (?:the )?)?(?:[\w'\u2019.-]+ ){{0,4}}(?:(?-i:Assembly|Parliament|Congress|Senate|Diet|Dialogue|Forum|Summit|Conference)|"
            r"conference|summit|forum|crew|ship's company|ship\u2019s company|troops|sailors|soldiers|personnel|audience|students|cadets|graduates|delegates)\b)|"
            rf"{_v('deliver', False)}(?= (?:a |an |the |his |her |their )?(?:[\w-]+ ){{0,2}}(?:remarks|address|lecture)\b)|"
            r"told(?= (?:members|delegates|lawmakers|legislators) (?:of|at|to) (?:the )?(?:[\w'\u2019.-]+ ){0,4}"
            r"(?-i:Assembly|Parliament|Congress|Senate|Diet|Dialogue|Forum|Summit|Conference)\b)|"
            rf"(?:{_v('speak', False)}|{_v('talk', False, finite=False)}) to (?:reporters|journalists|the press|the media)|"
            rf"{_v('speak', False)}(?= at (?:the |a |an )?(?:[\w'\u2019.-]+ ){{0,5}}(?:(?-i:{_SPEECH_VENUES})|"
            r"(?:press |news )?conference|forum|summit|symposium|seminar|briefing|reception|dinner|luncheon)\b)|"
            rf"{_v('brief', False)} (?:reporters|journalists|the press|the media))\b",
            re.I,
        ),
    ),
    (
        "announcement",
        re.compile(
            rf"\b(?:{_v('announce', False)}|announcements?|{_v('unveil')}|"
            r"(?:launch(?:ed|es|ing)?|formed|established|set up|created)"  # "have formed a working group": a body set up
            r"(?= (?:of )?(?:the |a |an |its |their )?['\u2018\u201c\"]?(?-i:[A-Z]{2,}\b|"
            rf"(?:[a-z][\w-]*,? (?:and )?){{0,3}}(?:[A-Z][\w-]+ ){{0,5}}(?i:{_LAUNCHED})s?\b)))\b",
            re.I,
        ),
    ),
    (
        "other",
        re.compile(
            r"\b(?:(?:election|electoral) (?:win|victory|defeat)|won (?:the|his|her|their) (?:[\w-]+ )?elections?|"
            r"re-?elected|(?:de)?commission(?:ing|ed)|" rf"{_v('intercept')}|" r"interception|shadow(?:ed|s|ing)|escort(?:ed|s|ing)(?= (?:the |two |a |[A-Z]))|shot down|struck|"
            r"strikes?(?!\s+(?:groups?|fighters?|forces?|packages?|aircraft|capabilit(?:y|ies)|teams?|wings?)\b)|"
            r"" rf"{_v('attack', finite=False)}" r"(?!\s+(?:submarines?|helicopters?|aircraft|craft)\b)|"
            rf"{_v('seize')}(?! (?:the |this |that |an? |every )?(?:[\w-]+ )?(?:opportunit(?:y|ies)|moment|initiative|chance)\b)|"
            r"clash(?:ed|es)?|collision|collided|incident|fired|explosion|" rf"{_v('sink', False)}|" r"boarded|boarding(?= of)|"
            r"search(?:es|ed)? for (?:the |a |an |two |three )?(?:missing|downed|lost|overdue)|search and rescue|destroyed|downed|"
            r"launch(?:ed|es)? (?:of )?(?:an? |the )?(?:[\w-]+ ){0,3}missiles?|launch of (?:an? |the )?(?:[\w-]+ ){0,3}missile|"
            r"(?:missile|rocket|ICBM|IRBM|SLBM|satellite) launch(?:es)?|"
            r"(?:undergo(?:es|ing)?|underwent|receiv(?:e|es|ed|ing)|enter(?:s|ed)?) "
            r"(?:(?:a|an|its|her|his|the)\s+)?(?:[\w-]+,? ){0,3}(?:maintenance|refit|overhaul|repairs)|"
            r"(?:missile|nuclear|weapons?) tests?|shootings?|bombings?|stabbings?|votes? (?:on|in favour of|for|against)(?= (?:the |a )?[\w-])|"
            r"(?:tsunami|earthquake|typhoon|hurricane|cyclone)(?= of (?:19|20)\d\d| (?-i:[A-Z])[a-z]+ (?:struck|hit|made))|"
            r"(?:arbitral|arbitration|tribunal|court)(?:'s)? (?:ruling|award|decision)s?|"
            r"(?:receiv(?:e|es|ed)|(?<=\bwas )awarded|(?<=\bwere )awarded|presented with)(?= (?:an?|the|his|her|their) "
            r"(?:[\w'\u2019-]+ ){0,5}(?-i:Award|Medal|Prize|Cross|Commendation|Trophy)s?\b)|"  # "received an X Award"
            rf"(?:(?<=\bis )|(?<=\bare ))fighting(?={_FIGHT})|"
            r"impos(?:ed|es|ing) (?:new |further |additional |fresh )?sanctions|"
            r"sanctioning of|(?:passing|death) of (?:the late )?(?:former )?(?=(?-i:[A-Z]))|"
            r"(?:opening of|open(?:ed|s)) (?:the |a |an |its |their )?(?:new )?(?:[\w-]+ ){0,2}"
            r"(?:headquarters|base|embassy|consulate|office|facility|centre|center)|" rf"{_v('inaugurate', False)}|inauguration|" r""
            rf"{_v('rescue', False)}(?= (?:the |a |an |\d|two|three|four|five|six|seven|eight|nine|ten|dozens|several))|"
            r"(?:(?<=\bwas )|(?<=\bwere )|(?<=\bbeen ))rescued\b|" rf"{_v('arrest', False)}|"
            r"l(?:ost|ose|oses) (?:their|his|her) lives?\b|(?:(?<=\bwas )|(?<=\bwere )|(?<=\bbeen ))killed\b|"
            r"died(?= (?:in|during|at|on|when|after|from|while)\b)|safe return of|" rf"{_v('evacuate', False)}" r"(?= (?:[\w,-]+ ){0,3}(?:civilians|citizens|nationals|people|personnel|residents|workers|"
            r"evacuees|staff|patients|families|survivors)\b)|"
            r"deliver(?:ed|s)(?= (?:[\w-]+ ){0,3}(?:aid|supplies|assistance|relief)\b)|air-?dropp(?:ed|ing)|air-?drops?(?= of\b)|(?:leav(?:e|es|ing)|left) office|step(?:s|ped)? down(?= (?:as|from|on|in|after|at)\b|[,.])|"
            r"resign(?:s|ed)\b(?!\s+(?:himself|herself|themselves|ourselves|myself|to)\b)|"
            r"(?<!\bwho )(?<!\bthat )graduat(?:e|es|ed)\s+from|"
            r"(?:headquarters|embassy|consulate|centre|center|office|facility|base|museum|school)\s+(?:\w+ly\s+)?(?:opens|opened)\b|(?<!\bbe )(?<!\bbeen )retir(?:e|es|ed|ing)(?= (?:from|after|with|at|as|in|on|this|next|last)\b)|"
            r"(?:(?:take|takes|took|taking|taken) part|participat(?:e|es|ed|ing)) in"
            r"(?!\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}(?:Exercise|Operation|exercises?|drills?|war ?games?)\b)|"
            r"fought (?:in|at) (?:the )?(?=(?-i:[A-Z]))|"
            rf"{_ENACTS}|"
            rf"{_v('invade', False)}|invasion|coup|{_v('detain', False)}|{_v('capture', False)}|" r"expir(?:e|es|ed|y)|war|blockade|terror attacks?|offensive|rammed|towed|towing|harass(?:ed|ment)|"
            r"violat(?:ed|es)(?= (?:[\w-]+ ){0,2}airspace\b)|airspace violations?|incursions? into (?:[\w-]+ ){0,3}(?:airspace|waters)|"
            r"block(?:ed|s)(?= (?:a|an|the|two|three|four) (?:[\w-]+ ){0,3}(?:resupply|mission|vessels?|ships?|boats?|convoy)\b)|"
            r"water cannon|(?:dangerous|aggressive|provocative|unsafe|coercive|unprofessional) "
            r"(?:actions?|manoeuvres|maneuvers|behaviou?r|conduct|intercepts?))\b",
            re.I,
        ),
    ),
]
TRIGGERS = gated(TRIGGERS)  # each searched only in a sentence holding one of its words
# the -s and past forms of the verbs above: finite verbs for the clause tests (events/clauses.py)
FINITE_FORMS = frozenset(form for lemma in _FINITE_LEMMAS for form in finite_forms(lemma))
PRIORITY = [
    "exercise",
    "deployment",
    "appointment",
    "deal",
    "agreement",
    "call",
    "talks",
    "meeting",
    "statement",
    "announcement",
    "other",
]
