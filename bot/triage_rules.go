package bot

import (
	"math/bits"
	"strings"
	"sync"
)

// The detectors of the emergency screen, by group. A pattern is written
// over the word tables (triage_words.go): TAG names a tag, a lower-case
// word is itself (an underscore joins a phrase), A|B is either, "..N" lets
// up to N words come between two items and ".~N" up to N filler words
// ("to", "just", "really"), "A <N> B" finds A and B in either order within
// N words, and "!X" forbids X right before the next item (or right after
// the last). A sign is found within one sentence, then undone by a
// negation, a question frame, a resolved past, a figure of speech or a
// mild qualifier, as its flags say, or by a subject that is no person
// (subjNot: "my shelf is collapsing") (triage_match.go).
//
// Strong signs are emergencies on their own; weak ones (fWeak) only with
// another weak sign of the same group (see combos).

var tagNames = map[string]tag{
	"I":          tI,
	"THIRD":      tThird,
	"CHILD":      tChild,
	"POSS":       tPoss,
	"GSUBJ":      tGSubj,
	"STAFF":      tStaff,
	"MODAL":      tModal,
	"CAUSEV":     tCauseV,
	"BREATHE":    tBreathe,
	"SOB":        tSOB,
	"SWALLOW":    tSwallow,
	"DIFF":       tDiff,
	"NOTV":       tNotV,
	"THROAT":     tThroat,
	"CLOSE":      tClose,
	"SWELL":      tSwell,
	"BIG":        tBig,
	"BIGX":       tBigX,
	"TONGUE":     tTongue,
	"LIPS":       tLips,
	"FACE":       tFace,
	"EYELID":     tEyelid,
	"WHEEZE":     tWheeze,
	"VOICE":      tVoice,
	"VOICEBAD":   tVoiceBad,
	"HIVES":      tHives,
	"ANAPH":      tAnaph,
	"EPI":        tEpi,
	"ALLERGY":    tAllergy,
	"REACTION":   tReaction,
	"ITCH":       tItch,
	"NOSE":       tNose,
	"FEVER":      tFever,
	"HOT":        tHot,
	"RED":        tRed,
	"STREAK":     tStreak,
	"PUS":        tPus,
	"SPREAD":     tSpread,
	"UNWELL":     tUnwell,
	"SEPSIS":     tSepsis,
	"INFECTED":   tInfected,
	"LESION":     tLesion,
	"NOTRED":     tNotRed,
	"COLOUR":     tColour,
	"COLOURWEAK": tColourWeak,
	"CHANGEV":    tChangeV,
	"INJECT":     tInject,
	"TOX":        tTox,
	"TREAT":      tTreat,
	"PRODUCT":    tProduct,
	"PAIN":       tPain,
	"SEVERE":     tSevere,
	"BRUISE":     tBruise,
	"COLOUROBJ":  tColourObj,
	"VISION":     tVision,
	"SEE":        tSee,
	"EYE":        tEye,
	"VCHANGE":    tVChange,
	"BLIND":      tBlind,
	"SEEOBJ":     tSeeObj,
	"CHEST":      tChest,
	"CPAIN":      tCPain,
	"ARMJAW":     tArmJaw,
	"RADIATE":    tRadiate,
	"NUMB":       tNumb,
	"ONESIDE":    tOneSide,
	"DROOP":      tDroop,
	"SLUR":       tSlur,
	"SPEECH":     tSpeech,
	"ODDLY":      tOddly,
	"FAINT":      tFaint,
	"DIZZY":      tDizzy,
	"PALP":       tPalp,
	"HEADACHE":   tHeadache,
	"MOVE":       tMove,
	"WAKE":       tWake,
	"SWEAT":      tSweat,
	"BLEED":      tBleed,
	"BLEEDX":     tBleedX,
	"EMERG":      tEmerg,
	"INGEST":     tIngest,
	"INGESTPAST": tIngestPast,
	"POISON":     tPoison,
	"EDIBLE":     tEdible,
	"SUICIDE":    tSuicide,
	"KILLV":      tKillV,
	"SELF":       tSelf,
	"ENDV":       tEndV,
	"DIE":        tDie,
	"DESIRE":     tDesire,
	"THINK":      tThink,
	"NEGD":       tNegD,
	"LIVEV":      tLiveV,
	"HARMV":      tHarmV,
	"PILLS":      tPills,
	"STASH":      tStash,
	"QUANT":      tQuant,
	"HOPELESS":   tHopeless,
	"BURDEN":     tBurden,
	"FAREWELL":   tFarewell,
	"ACCIDENT":   tAccident,
	"NEG":        tNeg,
	"IF":         tIf,
	"INFO":       tInfo,
	"NORMAL":     tNormal,
	"HABIT":      tHabit,
	"RESOLVED":   tResolved,
	"RECENT":     tRecent,
	"PRESENT":    tPresent,
	"ACTUAL":     tActual,
	"MONEY":      tMoney,
	"LAUGH":      tLaugh,
	"MILD":       tMild,
	"FIGOBJ":     tFigObj,
	"FILL":       tFill,
	"NUM":        tNum,
	"HELP":       tHelp,
	"FAST":       tFast,
	"NUMBING":    tNumbing,
	"MOVELOSS":   tMoveLoss,
	"SOBWEAK":    tSOBWeak,
	"PLANSH":     tPlanSH,
	"FAREWELLX":  tFarewellX,
	"HEDGE":      tHedge,
	"GIVEAWAY":   tGiveAway,
	"MEANS":      tMeans,
	"CONFUSED":   tConfused,
	"FINAL":      tFinal,
	"HYPE":       tHype,
	"HEARSAY":    tHearsay,
	"FIGTHAT":    tFigThat,
	"KEEP":       tKeep,
	"FALLOBJ":    tFallObj,
	"ALLERGEN":   tAllergen,
	"BLURCAUSE":  tBlurCause,
	"WAKENOT":    tWakeNot,
}

// sightFine are what a sight is said to be when it is well: "my vision
// is fine" tells no patchy vision however the clause goes on.
const sightFine = "fine|ok|okay|normal|perfect|clear|good|great|unaffected|unchanged|alright"

// sightOthers are the things other than a sight that go patchy or spotty:
// "my vision is ok and my face patchy" tells of the face (the eye, whose
// sight it may be, is not among them).
const sightOthers = "face|faces|cheek|cheeks|forehead|chin|jaw|nose|neck|arm|arms|LIPS|CHEST|LESION|PRODUCT|TREAT|skin|tan|makeup|foundation|concealer|hair|brows|eyebrows"

// odNot are what "od" is said of when it is too much skincare, not an
// overdose ("gonna od on sheet masks this weekend").
// epiKept are words of an EpiPen kept, carried or bought against a
// reaction to come ("he carries an EpiPen now"): a precaution, not a use.
const epiKept = "kept|keep|keeps|store|stored|stock|stocked|expire|expired|expiry|carry|carries|carrying|carried|buy|bought|prescribed"

const odNot = "skin|face|use|apply|applying|PRODUCT|TREAT|acne|skincare|masks|mask|sheet|actives|serums|facials"

// childSmellProducts are what a child may smell of after getting into one.
const childSmellProducts = "PRODUCT|PILLS|POISON|peel|solution|acid|acids|bleach|chemical|chemicals|remover|acetone"

// childSmellWith are what make a child's smell a sign: a container emptied
// or opened, an intake, or another sign.
const childSmellWith = "empty|emptied|lid|cap|uncapped|emptier|half_empty|half_gone|lid_off|cap_off|got_into|open|opened|missing|spilled|INGESTPAST|sleepy|drowsy|floppy|limp|wobbly|unsteady|drooling|vomiting|gagging|retching|throwing_up|threw_up|UNWELL|coughing|choking|crying|screaming|tummy_burns|tummy_hurts|stomach_burns|stomach_hurts"

// workloadWords tell demands that swamp someone ("my clients keep asking
// about exosomes and I'm drowning", "choking on emails"): beside them
// drowning or choking is a figure for being overwhelmed. Someone asking
// how the person is ("my partner keeps asking if I'm ok") or a busy day
// tells nothing of the kind.
const workloadWords = "asking_about|asking_me_about|asking_us_about|questions|emails|messages|dms|inbox|bookings|orders|enquiries|inquiries|requests|deadlines|admin|paperwork|workload"

// smellNotProduct are what a child's breath smells of that no product is:
// a food, a drink, a toothpaste, a smoke.
const smellNotProduct = "EDIBLE|food|dinner|lunch|breakfast|snack|garlic|onion|onions|coffee|toothpaste|mint|mints|gum|milk|formula|juice|wine|beer|alcohol|smoke|cigarettes|vomit|sick|poop|nappy|diaper|dog|outside|sweat|sweaty"

// breathSmell are the words of a breath told by its smell, which is no
// way of breathing.
const breathSmell = "smells|smell|smelling|smelled|smelt|stinks|stinky|reeks|odour|odor"

// pillsTravelNot: travel and packing words that make "take all my pills"
// a trip's supply ("…with me on vacation, can i fly with them"), not an
// overdose.
// pillsRoutineNot: the times of a daily routine that make "take a lot of
// pills every morning" a regimen ("…vitamins, iron, fish oil"), not an
// overdose.
// goodbyeLettersNot, anywhere in a message, make goodbye letters a
// leaving, a class's or a story's, not a farewell to life.
const goodbyeLettersNot = "moving|move|moved|retiring|retirement|retire|job|work|colleagues|coworkers|team|students|pupils|class|classmates|school|graduating|graduation|emigrating|relocating|abroad|wedding|holiday|trip|camp|pet|dog|cat|hamster|funeral|grandma|grandad|grandpa|nan|passed|died|memorial|novel|story|character|book|script|fanfic|assignment"

// inhalerAttack are what make an inhaler that does not help an attack now:
// the breath or throat going, a swelling, or a rash, hives or bumps come
// up (a reaction's).
const inhalerAttack = "BREATHE|SOB|SOBWEAK|WHEEZE|HIVES|THROAT|CLOSE|SWELL|ANAPH|CHEST|tight|tightness|rash|bumps|welts|blotches"

const pillsRoutineNot = "every_morning|each_morning|every_evening|each_evening|every_night|each_night|every_day|each_day|daily"

const pillsTravelNot = journeyWords + "|vacation|trip|holiday|holidays|flight|airport|packing|pack|packed|bag|bring|bringing|carry|carrying"

// journeyWords name a journey or what a traveller carries; they also frame
// a self-harm sign its clause undid (framingWords).
const journeyWords = "travel|travelling|traveling|fly|flying|plane|abroad|luggage|suitcase|carry_on"

var detectors = []detector{
	// Airway and anaphylaxis.
	{kind: "breathing", group: UrgencyAirway, pat: "!pores|pore|skin|it|they|lungs? cant|cannot|cnt|couldnt|cudnt ..3 BREATHE !through|NOSE|word|words", flags: fFig},
	{kind: "breathing", group: UrgencyAirway, pat: "unable|hard|harder|difficult|difficulty|difficulties|trouble|troubles|struggling|struggle|struggled|strugling|barely|hardly|labored|laboured|labouring|laboring|impossible|not_able|no_longer_able|hard_time|tough_time|having_trouble|having_a_hard_time|having_difficulty ..3 BREATHE !through|NOSE"},
	{kind: "breathing", group: UrgencyAirway, pat: "work|working|effort|fight|fighting|force|forcing .~1 BREATHE !through|NOSE", clauseNot: "NOSE|skin|pores|pore|workout|exercise|yoga|running|gym"},
	{kind: "breathing", group: UrgencyAirway, pat: "BREATHE ..2 DIFF|labored|laboured|shallow|noisy|tight|restricted|wheezy|raspy", clauseNot: "NOSE|bad_breath"},
	{kind: "breathing", group: UrgencyAirway, pat: "SOB", flags: fLaugh},
	{kind: "breath-odd", group: UrgencyAirway, pat: "BREATHE ..2 ODDLY|heavy|fast|rapid|funny|short", flags: fWeak | fFig, clauseNot: "NOSE|skin|pores|pore|makeup|foundation|" + breathSmell}, // not "his breath smells funny": a smell, not a breathing
	{kind: "breath-odd", group: UrgencyAirway, pat: "short|shallow|tiny|little ..1 BREATHE", flags: fWeak | fFig, clauseNot: "NOSE|skin|pores|pore|makeup|foundation|workout|exercise|gym|running|run|yoga|meditation"},
	{kind: "sob-weak", group: UrgencyAirway, pat: "SOBWEAK", flags: fWeak | fFig},
	{kind: "breath-odd", group: UrgencyAirway, pat: "sound|sounds|sounding|noise .~1 like ..5 BREATHE|breath", flags: fWeak | fFig, clauseNot: "NOSE|skin|pores|pore"}, // "i sound like darth vader every time i breathe in"
	{kind: "throat", group: UrgencyAirway, pat: "THROAT <5> CLOSE|SWELL", flags: fFigMoney},
	// "can an exosome mask make your throat close? asking because mine kinda
	// feels like it's doing that right now": a question asked in general,
	// then told of the writer's own throat, now.
	{kind: "throat", group: UrgencyAirway, pat: "mine|mines ..2 feels|feel|feeling|is|seems ..3 doing|happening ..2 right_now|now|rn", flags: fNoFrame, msgNeed: "THROAT", msgAlso: "CLOSE|SWELL"},
	{kind: "throat", group: UrgencyAirway, pat: "neck <5> CLOSE|SWELL", flags: fFigMoney, sentNeed: "inside"},                                                                           // "my neck feels tight on the inside": the throat
	{kind: "throat", group: UrgencyAirway, pat: "THROAT|TONGUE ..3 doing|does|feels|feeling|going|gone|went ..4 thing|same|like|what ..6 ALLERGEN|ALLERGY|REACTION|ANAPH", flags: fFig}, // "my throat is doing the thing it did with peanuts"
	{kind: "throat", group: UrgencyAirway, pat: "stuck|ball|golf_ball|blocked|blockage|something ..4 THROAT"},
	// "…on my throat? lol no seriously it feels like its closing up": the
	// throat named a sentence before, told as "it".
	{kind: "throat", group: UrgencyAirway, pat: "it|its .~2 closing_up|closing|shutting|narrower|narrowing|getting_narrower", msgNeed: "THROAT", sentNeed: "feels|feel|feeling|feel_like|like|seriously|now", clauseNot: "pores|pore|wound|cut|cuts|scab|hole|holes|piercing|clinic|salon|shop|store|sale|deal|spa"},
	{kind: "throat", group: UrgencyAirway, pat: "lump|ball|something|golf_ball ..4 THROAT ..4 bigger|growing|grows|getting_bigger|bigger_and_bigger|SWELL|CLOSE"}, // "a lump in my throat that's getting bigger"
	{kind: "throat", group: UrgencyAirway, pat: "SWALLOW ..6 golf_ball|lump|stuck|blocked|blockage", flags: fFigObj},
	{kind: "throat", group: UrgencyAirway, pat: "golf_ball|ball|lump|something .~1 stuck|lodged|wedged ..2 there|inside|where", sentNeed: "feels|feel|feeling|like|feel_like", msgNeed: "THROAT|SWALLOW"}, // "clearing my throat, feels like there's a golf ball stuck in there", "…stuck where I swallow" (the throat told by what it does)
	{kind: "throat-itch", group: UrgencyAirway, pat: "THROAT|neck|mouth|TONGUE <4> stuffed|cotton_wool|cotton|full|lump|clearing|stinging", flags: fWeak, clauseNot: "PRODUCT|cold|flu|allergies|pollen"},
	// "the inside of my mouth feels tight": the mouth swelling from within
	// (weak: with lips swelling, an airway sign; a mask drying on the skin
	// is outside).
	{kind: "throat-itch", group: UrgencyAirway, pat: "inside ..3 mouth|TONGUE|THROAT|cheek|cheeks ..3 tight|tighter|tightening|tightness|thick|swollen|full|puffy", flags: fWeak, clauseNot: "cold|flu|allergies|pollen|braces|retainer|aligners|dentist|dental"},
	// "…make lips go back down? mine doubled in size in 20 min": lips named
	// in a sentence before, then told as "mine" or "they" (weak: with the
	// mouth or throat gone strange, an airway sign).
	{kind: "lips-weak", group: UrgencyAirway, pat: "mine|they|theyve|theyre|both .~2 doubled_in_size|tripled_in_size|ballooned|ballooning|puffed_up|blown_up", flags: fWeak | fMild, msgNeed: "LIPS"},
	// "feels like there's a hand round my neck": a throat felt squeezed,
	// told as a figure (not a hand that is there).
	{kind: "throat-itch", group: UrgencyAirway, pat: "hand|hands|fingers|fist ..2 round|around|squeezing|gripping .~1 POSS|the neck|THROAT", flags: fWeak, sentNeed: "like|feels|feel|feeling", clauseNot: "necklace|collar|scarf|massage|massaging|cream|serum|PRODUCT|apply|applying|rub|rubbing"},
	// "grabbing at his neck": the hands at the throat of one who chokes
	// (weak: with drooling or a voice gone, an airway sign).
	{kind: "throat-itch", group: UrgencyAirway, pat: "grabbing|grabbed|grabs|clutching|clutched|clutches|clawing|clawed ..2 POSS .~1 neck|THROAT", flags: fWeak, clauseNot: "necklace|collar|scarf|tag|label|chain|massage|massaging|stretch|stretching|sore|stiff|gym|workout|pillow"},
	{kind: "breathing", group: UrgencyAirway, pat: "BREATHE ..7 straw|stirrer|pinhole|underwater|drowning|pillow"},
	// "it feels like I'm breathing through a wet cloth": breath drawn as
	// through something wet or thick (not a mask, a sauna, a fire drill or
	// a cold).
	{kind: "breathing", group: UrgencyAirway, pat: "BREATHE ..2 through .~1 a|an .~1 wet|damp|soggy|thick ..1 cloth|towel|flannel|sponge|rag|blanket|sock", clauseNot: "mask|sauna|steam|smoke|fire|drill|cold|flu|NOSE|yoga|meditation"},
	{kind: "breathing", group: UrgencyAirway, pat: "DIFF ..3 BREATHE through .~1 mouth", clauseNot: "NOSE|mask|strip|strips|tape|taped|mouthguard|retainer|braces|snorkel|scuba"},                                                                                 // "it's hard to get air through my mouth now"
	{kind: "breathing", group: UrgencyAirway, pat: "DIFF .~1 get|take|catch|draw|pull .~2 full|deep|proper|whole|decent|good|big .~1 breath|breaths|BREATHE", flags: fFig, clauseNot: "NOSE|workout|exercise|gym|running|yoga|corset|cold|flu|dress|jeans|waist"}, // "can't really get a full breath in since the mask came off"
	{kind: "swallowing", group: UrgencyAirway, pat: "DIFF ..2 SWALLOW", flags: fFigObj},
	// "air is not going inside properly": the breath told as air that will
	// not go in (Indian English among others; not a tyre, a room or a
	// bottle).
	{kind: "breathing", group: UrgencyAirway, pat: "air|breath ..1 NOTV|NEG .~1 going|getting|coming|entering ..1 in|inside|into|through", flags: fNoNeg, clauseNot: "NOSE|skin|pores|pore|tyre|tyres|tire|tires|bike|ball|balloon|mattress|bottle|room|rooms|house|flat|car|vent|vents|window|windows|aircon|fryer|fan|pump|plane|cabin"},
	{kind: "tongue", group: UrgencyAirway, pat: "TONGUE <8> SWELL|BIG|BIGX|CLOSE"},
	// "my tongue's sort of filling my whole mouth": a tongue swelling told
	// by the room it takes up.
	{kind: "tongue", group: UrgencyAirway, pat: "TONGUE ..4 filling|fills|filled|taking|takes|took ..4 mouth", clauseNot: "taste|tastes|flavour|flavor|mouthguard|retainer|aligners|braces|dentist|dental"},
	{kind: "tongue", group: UrgencyAirway, pat: "TONGUE ..2 NEG|cant|cannot .~1 fit", flags: fNoNeg},                                                                                             // "tongue won't fit in my mouth right anymore": a swelling tongue
	{kind: "breathing", group: UrgencyAirway, pat: "inhaler|puffer|inhalers|puffers ..3 not_helping|isnt_helping|not_working", flags: fNoNeg, clauseNot: "HABIT|NORMAL", msgNeed: inhalerAttack}, // "my inhaler isn't helping and the hives…": now, in an attack
	{kind: "breathing", group: UrgencyAirway, pat: "inhaler|puffer|inhalers|puffers ..2 NEG .~1 helping|working", flags: fNoNeg, clauseNot: "HABIT|NORMAL", msgNeed: inhalerAttack},
	// "i can only say like 3 words before i need a breath": speech broken
	// by breathlessness, a few words to a breath (not a script learnt, a
	// singer's phrasing, a shy talker).
	{kind: "breathing", group: UrgencyAirway, pat: "only|barely|cant|cannot|few ..3 say|speak|talk|manage ..3 word|words|sentence|sentences ..4 before|without|between ..4 breath|breaths|BREATHE", flags: fFig, clauseNot: "sing|singing|song|songs|choir|script|speech|presentation|lines|lyrics|language|spanish|french|english|shy|nervous|crush|meeting|exercise|workout|gym|running|run|swim|swimming"},
	// "my inhaler isnt doing much": no relief from it, in an attack.
	{kind: "breathing", group: UrgencyAirway, pat: "inhaler|puffer|inhalers|puffers ..2 NEG .~1 doing much|anything|enough", flags: fNoNeg, clauseNot: "HABIT|NORMAL", msgNeed: inhalerAttack + "|breath"},
	{kind: "breathing", group: UrgencyAirway, pat: "BREATHE ..4 effort|struggle|work !out", clauseNot: "NOSE|workout|exercise|gym|running|yoga|meditation"},
	{kind: "breathing", group: UrgencyAirway, pat: "used|using|took|tried|had|puffed ..4 inhaler|puffer ..8 NEG|not_helping|isnt_helping|twice|again|still", clauseNot: "HABIT"},
	{kind: "droop-weak", group: UrgencyHeartBrain, pat: "dribbled|dribbling|drooling|drooled|leaking|spilling .~2 out ..3 side", flags: fWeak},
	{kind: "breathing", group: UrgencyAirway, pat: "word|words|sentence|sentences ..4 to|for .~1 breathe|breath|air|grab_air|gulp_air|get_air|catch_my_breath", sentNeed: "stop|stopping|stops|pause|pausing|every|between|cant|hard|DIFF"},
	// "I have to stop between words to catch air": the breath caught,
	// grabbed or gulped told in other words than the phrases above ("to
	// catch air", "to gulp some air"; not "to take the air fryer out").
	{kind: "breathing", group: UrgencyAirway, pat: "word|words|sentence|sentences ..4 to|for .~1 catch|grab|gulp|snatch|gasp|suck ..1 breath|breaths|air", sentNeed: "stop|stopping|stops|pause|pausing|every|between|cant|hard|DIFF"},
	{kind: "breathing", group: UrgencyAirway, pat: "breath|BREATHE|air|grab_air|gulp_air|catch_my_breath|stop_to_breathe|stops_to_breathe|stopping_to_breathe ..3 after|between|every ..3 word|words|sentence|sentences"},
	{kind: "swallowing", group: UrgencyAirway, pat: "SWALLOW ..2 DIFF|awkward|weird|odd|funny|strange|difficult", flags: fFigObj},
	{kind: "drool", group: UrgencyAirway, pat: "drooling|drool|dribbling", flags: fWeak},
	// "…lip swelling… now it's my tongue too": a swelling that has moved on
	// to the tongue or throat (weak: with drooling or a voice gone, an
	// airway sign).
	{kind: "face-swell", group: UrgencyAirway, pat: "now .~1 its ..2 TONGUE|THROAT|neck|FACE too|also", flags: fWeak, msgNeed: "SWELL|BIG|BIGX|bigger|growing"},
	{kind: "lips", group: UrgencyAirway, pat: "LIPS <4> SWELL|BIGX", flags: fMild, clauseNot: "INJECT|kissing|kissed|kiss|biting|bit|cried|crying|sunburn|sunburnt|photo|photos|picture|pictures|filter|wish|wished|goal|dream|hoping"},
	{kind: "lips", group: UrgencyAirway, pat: "LIPS <4> SWELL|BIG|BIGX", flags: fMild, sentNeed: "FAST|SPREAD|SEVERE|BIGX|HELP", clauseNot: "kissing|kissed|kiss|biting|bit|cried|crying|sunburn|sunburnt"},
	// "lips that keep getting bigger": a swelling that goes on growing is
	// the strong sign, not lips that are merely big or swollen.
	{kind: "lips", group: UrgencyAirway, pat: "LIPS ..4 keep|keeps|kept|keeps_getting getting_bigger|bigger|growing|swelling|swelling_up|puffing_up|blowing_up", flags: fMild, clauseNot: "kissing|kissed|kiss|biting|bit|session|sessions|appointment|appointments|syringe|syringes|ml|year|years|month|months|every|each|wish|want|hoping|goal"},
	{kind: "lips-weak", group: UrgencyAirway, pat: "LIPS <4> SWELL|BIG|getting_bigger", flags: fWeak | fMild},
	{kind: "lips-weak", group: UrgencyAirway, pat: "LIPS ..2 like ..5 filler|fillers|injected|botox|bee_sting|stung|syringes|syringe|duck|ducks|trout|balloon|balloons|sausages|sausage", flags: fWeak | fMild}, // "my lips look like i got 3 syringes of filler"
	// "lips kinda doubled in size": lips grown to twice their size, however
	// hedged (weak: with a voice gone croaky, an airway sign; not after a
	// filler, in a photo or as a wish).
	{kind: "lips-weak", group: UrgencyAirway, pat: "LIPS ..3 doubled_in_size|tripled_in_size|twice_the_size|double_the_size", flags: fWeak, clauseNot: "INJECT|kissing|kissed|kiss|biting|bitten|photo|photos|picture|pictures|filter|want|wanted|wish|goal|dream|hoping"},
	// "the spit won't go down": swallowing one's own saliva fails (weak:
	// with a swelling face or lips, an emergency).
	{kind: "throat-itch", group: UrgencyAirway, pat: "spit|saliva|spittle ..2 wont|cant|cannot|NEG|isnt|doesnt .~1 go|going ..1 down", flags: fWeak},
	{kind: "face-swelling", group: UrgencyAirway, pat: "FACE|LIPS|TONGUE|THROAT|neck <5> SWELL", sentNeed: "FAST|SPREAD|BIGX|SEVERE|shut", clauseNot: "cried|crying|cry|tears|hangover|slept|sleeping"},
	{kind: "face-swelling", group: UrgencyAirway, pat: "EYE|eyelids|eyelid ..3 SWELL|puffed|puffy ..2 shut"},
	{kind: "eye-closing", group: UrgencyAirway, pat: "EYE|eyelid|eyelids ..7 close|closing|closed|shut|shutting", sentNeed: "SWELL", msgNeed: "SWELL", clauseNot: "HOT|RED|FEVER"},
	{kind: "eye-closing", group: UrgencyInfection, pat: "EYE|eyelid|eyelids ..7 close|closing|closed|shut|shutting", msgNeed: "HOT|RED|FEVER"},
	// An eye that can barely be opened, red or hot, with feeling ill all
	// over: "…throbbing and red and now I can barely open that eye and I
	// feel awful all over" (not a red eye alone, a stye or a morning).
	{kind: "eye-closing", group: UrgencyInfection, pat: "DIFF|cant|cannot|couldnt .~1 open ..3 EYE|eyelid|eyelids", msgNeed: "HOT|RED|FEVER", msgAlso: "UNWELL|FEVER"},
	// Eyes swollen nearly shut, the swelling named in another sentence:
	// "how long does swelling… take to go down? my eyes are nearly shut
	// now" (weak: with a mouth or throat gone strange, an airway sign; not
	// eyes closing from sleep or tiredness).
	{kind: "face-swell", group: UrgencyAirway, pat: "EYE|eyelid|eyelids ..3 shut|closed_up", flags: fWeak, msgNeed: "SWELL", clauseNot: "HOT|RED|FEVER|sleep|sleepy|sleeping|tired|asleep|nap|dozing|meditating|meditation|yoga|relaxing|massage|blindfold|mask"},
	{kind: "swelling-worse", group: UrgencyAirway, pat: "SWELL <3> getting_worse|worse|worsening|SPREAD|FAST", msgNeed: "FACE|LIPS|TONGUE|THROAT|EYE", clauseNot: "LESION"},
	// "…lip puffiness… its spreading into my tongue now": a swelling named
	// before, told as "it", that has reached the tongue or throat (not a
	// rash, a redness or a product spreading).
	{kind: "swelling-worse", group: UrgencyAirway, pat: "it|its .~2 spreading_into|spreading_to|spreading_down|creeping_into|creeping_down|going_into|SPREAD|moving ..3 TONGUE|THROAT", msgNeed: "SWELL|puffiness", clauseNot: "LESION|RED|rash|HIVES|ITCH|PRODUCT|pain|ache"},
	{kind: "face-swell", group: UrgencyAirway, pat: "FACE <4> SWELL|BIG", flags: fWeak | fMild, clauseNot: "cried|crying|cry|tears|hangover|slept|sleeping"},
	// "my ring won't come off": fingers swelling (weak: with lips gone
	// strange or a swelling elsewhere, a reaction).
	{kind: "face-swell", group: UrgencyAirway, pat: "ring|rings ..1 wont|cant|cannot|doesnt|won't .~1 come|get|go|slide|twist ..1 off|over", flags: fWeak | fMild},
	// "my lips don't feel like mine anymore": lips gone numb or strange
	// (weak).
	{kind: "lip-tingle", group: UrgencyAirway, pat: "LIPS|TONGUE ..1 NEG .~1 feel_like|feel ..1 mine|theirs|normal|real", flags: fWeak | fNoNeg, clauseNot: "NUMBING"},
	{kind: "wheeze", group: UrgencyAirway, pat: "wheeze|wheezes|wheezing|wheezy|wheezed|weezing|wheesing|wheezin|stridor|gasping|gasp|gasped !for|at", flags: fFig, clauseNot: "skin|pores|hydration|moisture"},
	{kind: "wheeze", group: UrgencyAirway, pat: "I|THIRD|feel|feels|like .~3 choking|choke|choked|suffocating|suffocate|drowning !on|under|with|in|from|by|down|back|my|it|them|myself|everything|skin|face", flags: fFig, clauseNot: "heatwave|heat|humid|humidity|weather|crowd|crowded|sauna|traffic|pores|pore|drain|drains|engine|carburettor|carburetor|carb|pipe|pipes|sink|gutter|hose|exhaust", sentNot: workloadWords}, // not "clients keep asking me about exosomes and I'm drowning"; not pores "clogged like a choked carburettor" (a thing choked, in a simile): swamped by demands
	{kind: "wheeze", group: UrgencyAirway, pat: "whistling|whistle|whistles|whistled|whistly|whistley|whistlin|squeak|squeaks|rattling|rattly|gurgling|squeaky|noisy|noise|crackly|raspy <4> BREATHE|inhale|inhaling|inhales|exhale|exhaling|exhales"},
	// "every breath in sounds like a kettle": a breath told by the whistle
	// it makes (not a nose blocked by a cold).
	{kind: "wheeze", group: UrgencyAirway, pat: "BREATHE ..4 sounds|sound|sounding ..1 like .~1 a|an ..2 kettle|whistle|whistling|squeaky|squeak", clauseNot: "NOSE|cold|flu|snore|snores|snoring|asleep|sleep|sleeping|gym|workout|running|exercise|laugh|laughing"},
	// "a kazoo in my chest when I breathe out": a wheeze told as a thing
	// that whistles or buzzes, heard in the chest or the throat as one
	// breathes.
	{kind: "wheeze", group: UrgencyAirway, pat: "kazoo|kazoos|harmonica|accordion|bagpipe|bagpipes|whistle|whistles ..3 CHEST|lungs|THROAT|windpipe", sentNeed: "BREATHE|inhale|inhaling|inhales|exhale|exhaling|exhales", clauseNot: "NOSE|workout|exercise|gym|running|yoga|LESION|skin|cold|flu|cough|coughing|chesty|asthma|asthmatic|covid|virus|bug|bronchitis|band|music|song|playing|play|lesson|lessons"},
	// "my chest is a bit whistly": a wheeze told by the chest (weak: with
	// lips or a face swelling, an airway sign; a rattly chest with a cold
	// alone is none).
	{kind: "chest-noise", group: UrgencyAirway, pat: "CHEST|lungs <3> whistling|whistle|whistles|whistly|whistley|whistlin|wheezy|wheezing|squeaky|squeaking|rattly|rattling|crackly|crackling|gurgly|gurgling", flags: fWeak, clauseNot: "NOSE|workout|exercise|gym|running|yoga|LESION|skin|cold|flu|cough|coughing|chesty|asthma|asthmatic|covid|virus|bug|bronchitis"},
	{kind: "voice", group: UrgencyAirway, pat: "VOICE <4> VOICEBAD|ODDLY|changed|changing|gone|going|squeaky|tight|elses|deeper|thick", flags: fWeak, clauseNot: "singing|sang|sing|shouting|shouted|yelling|yelled|screaming|screamed|cheering|concert|karaoke|cold|flu|talking|laryngitis"},
	{kind: "voice", group: UrgencyAirway, pat: "hoarse|raspy|croaky", flags: fWeak, clauseNot: "singing|sang|sing|shouting|shouted|yelling|yelled|screaming|screamed|cheering|concert|karaoke|cold|flu|talking|laryngitis"},
	{kind: "voice", group: UrgencyAirway, pat: "words|SPEECH ..3 thick|muffled", flags: fWeak, clauseNot: "singing|sang|sing|shouting|shouted|yelling|yelled|screaming|screamed|cheering|concert|karaoke|cold|flu|talking|laryngitis"},
	{kind: "voice", group: UrgencyAirway, pat: "sound|sounds|sounding like ..3 helium|chipmunk|cartoon|mouse|elses", flags: fWeak},
	// A voice gone muffled, told as talking through something: "I sound
	// like I'm talking through a straw" (weak: with a product on, an
	// airway sign; not a mask, a snorkel or a bad phone line).
	{kind: "voice", group: UrgencyAirway, pat: "sound|sounds|sounding|talking|talk|speaking|voice ..5 through .~1 a|an|my .~1 straw|pillow|towel|sock|cushion|blanket|tube", flags: fWeak, clauseNot: "mask|snorkel|phone|call|line|wall|door|speaker|microphone|mic|costume|halloween|impression"},
	// Hearing one's own breath, as one never does: "I can hear myself
	// breathing" after a product or a treatment (not in a mask, at yoga,
	// with a cold, in a quiet room, or relaxing during a facial).
	{kind: "breathing", group: UrgencyAirway, pat: "hear|hearing .~1 myself|me|my ..1 BREATHE", msgNeed: "PRODUCT|TREAT|INJECT|ALLERGY|spa|medspa|sample|samples|clinic|salon", clauseNot: "during|relaxing|relaxed|relax|calming|soothing|peaceful|massage|mask|sheet|meditation|meditating|yoga|quiet|silence|silent|asmr|headphones|earplugs|earbuds|pillow|sleep|sleeping|bed|workout|exercise|running|gym|stairs|NOSE|congested|stuffy|cold|flu|snoring|snore"},
	// A voice gone thick or breathy, told by who it sounds like: "my bf says
	// i sound like darth vader", "I sound like a frog since the cream" (weak:
	// with a product or another airway sign, an emergency; not a costume,
	// a cold or a night of singing).
	{kind: "voice", group: UrgencyAirway, pat: "sound|sounds|sounding like ..3 vader|frog|kermit|smoker|kettle|whistle|whistling|wheezing", flags: fWeak, clauseNot: "singing|sang|sing|shouting|shouted|yelling|yelled|screaming|screamed|cheering|concert|karaoke|cold|flu|laryngitis|costume|halloween|impression|helmet|snorkel|cosplay|party"},
	{kind: "lips", group: UrgencyAirway, pat: "LIPS ..8 went|gone|going|got .~1 BIGX", flags: fMild, clauseNot: "INJECT"},
	{kind: "hives-spreading", group: UrgencyAirway, pat: "HIVES|rash|welts <10> SPREAD|FAST|faster|everywhere|all_over|cover|covers|covering|covered"},
	// "your whole face and neck are in welts": hives over a whole face or
	// body (not hives had all one's life, or a photo).
	{kind: "hives-spreading", group: UrgencyAirway, pat: "whole|entire .~1 FACE|body|neck|chest|back|torso ..4 in|with|of|covered .~1 HIVES", clauseNot: "life|childhood|years|always|HABIT|photo|photos|picture|pictures|filter|used_to|every|summer|summers|winter|season|seasonal|sometimes|usually"},
	{kind: "hives-spreading", group: UrgencyAirway, pat: "HIVES|rash|welts|bumps|blotches ..4 from ..4 up|down|across|over .~1 to|onto|into", clauseNot: "LESION"},
	{kind: "hives", group: UrgencyAirway, pat: "HIVES", flags: fWeak},
	// "the bumps went from my cheeks to my whole chest in minutes": a rash
	// that takes over a whole chest or body is the hives' (weak: beside a
	// cough, a wheeze or a swelling; not spots or a rash over months).
	{kind: "hives", group: UrgencyAirway, pat: "rash|welts|bumps|blotches|spots|HIVES ..2 from ..4 to .~1 my|her|his|their|the .~1 whole|entire FACE|body|neck|chest|back|torso|belly|stomach|tummy|arms|legs", flags: fWeak, clauseNot: "LESION|months|years|weeks|life|childhood|always|HABIT|photo|photos|picture|pictures|filter|used_to|every|summer|winter|season|seasonal|sometimes|usually"},
	// "itchy from head to toe": an itch over the whole body is the hives'
	// itch, not a patch's.
	{kind: "hives", group: UrgencyAirway, pat: "ITCH ..2 head_to_toe|head_to_foot", flags: fWeak, clauseNot: "wool|jumper|sweater|eczema|psoriasis|scabies|lice|fleas|sunburn|pregnant|pregnancy"},
	{kind: "hives-spreading", group: UrgencyAirway, pat: "theyre|they|its|it|rash .~2 SPREAD|multiplying|everywhere !out|back", flags: fFig, sentNeed: "HIVES|welts", clauseNot: "LESION|rumours|rumors|news|word|gossip"}, // "itchy welts on my chest then arms…, they're spreading so fast"
	{kind: "breathing", group: UrgencyAirway, pat: "cant|cannot|couldnt|cnt|DIFF .~2 finish|complete|say|speak|talk|get ..4 sentence|sentences|word|words ..6 BREATHE|breath|air|stop_to_breathe|stopping_to_breathe", flags: fNoNeg},
	{kind: "breathing", group: UrgencyAirway, pat: "lean|leaning|leant|leaned|sit_up|sitting_up|sat_up|upright|propped|prop|bent|bending|hunched|hunching|hunch ..6 get_air|air|BREATHE|breath !out|bubble|bubbles", clauseNot: "NOSE|steam|yoga|stretch|stretching|exercise|workout|gym|running|run|jog|jogging|fresh"}, // "I have to sit bolt upright to get a breath in"
	{kind: "sob-weak", group: UrgencyAirway, pat: "stop_to_breathe|stops_to_breathe|stopping_to_breathe", flags: fWeak | fFig | fNoNeg, clauseNot: "NOSE|workout|exercise|gym|running|run|hike|hiking|stairs"},
	{kind: "sob-weak", group: UrgencyAirway, pat: "stop|stopping|stops|pause|pausing ..2 to|for .~1 BREATHE|breath|air", flags: fWeak | fFig | fNoNeg, clauseNot: "NOSE|workout|exercise|gym|running|run|hike|hiking|stairs"},
	{kind: "breathing", group: UrgencyAirway, pat: "cyanotic|cyanosis|desaturating|desatting|stridor|respiratory_distress|resp_distress|sats_dropping|sats_low|spo2|o2_sats"},
	{kind: "face-swelling", group: UrgencyAirway, pat: "cant_open|couldnt_open|cant_open_my|cannot_open ..2 EYE", sentNeed: "SWELL|BIG|BIGX|puffy"},
	{kind: "droop", group: UrgencyHeartBrain, pat: "ONESIDE|left|right ..3 face|mouth|smile ..4 dropped|drooped|drooping|droopy|sagging|slumped|fallen|lopsided|crooked", clauseNot: "EYELID|TOX|forehead|brow|brows|eyebrow|eyebrows"},
	// "when i smile only one side goes up": a smile that lifts one side
	// alone, the face's test for a droop (not after a toxin, in a photo or
	// a smile always so).
	{kind: "droop", group: UrgencyHeartBrain, pat: "smile|smiling|smiles|grin|grinning ..4 only .~1 ONESIDE|half ..2 goes|go|moves|move|lifts|lift|rises|works|comes", clauseNot: "EYELID|TOX|forehead|brow|brows|eyebrow|eyebrows|HABIT|always|photo|photos|picture|pictures|selfie|selfies", msgNot: "TOX|EYELID"},
	// "the left side of my mouth hangs down": one side that hangs (not a
	// jowl or skin that hangs with age, nor after a toxin).
	{kind: "droop", group: UrgencyHeartBrain, pat: "ONESIDE|left|right|corner ..3 face|mouth|smile|lip ..2 hangs|hanging|hung|hanging_down", clauseNot: "EYELID|TOX|forehead|brow|brows|eyebrow|eyebrows|jowl|jowls|skin|loose|age|aging|ageing|years|weight|earring|earrings|hair|fringe"},
	{kind: "arm-weak", group: UrgencyHeartBrain, pat: "hand|hands|arm|fingers|left_hand|right_hand ..2 wont|cant|cannot|couldnt|wouldnt .~1 grip|grab|hold|lift|close|do", flags: fWeak, clauseNot: "NUMBING|INJECT|sore|gym|workout|cold|freezing|wet|soapy|oily|greasy|slippery"}, // "my left hand just won't do it", "her hand wouldn't grip"
	// "one side of his mouth went down": a side of the face gone down
	// (weak: with words come out wrong or a hand that will not grip, a
	// stroke).
	{kind: "droop-weak", group: UrgencyHeartBrain, pat: "ONESIDE|left|right|half ..3 face|mouth|smile|lip ..1 went|gone|going|goes|came|come down", flags: fWeak, clauseNot: "EYELID|TOX|swelling|SWELL|puffiness|bruise|BRUISE"},
	// "my face looks different on the left", "half of it has slipped": a
	// face changed on one side (weak, as droop-weak).
	{kind: "droop-weak", group: UrgencyHeartBrain, pat: "face|mouth|smile ..2 looks|look|looking|seems|seem ..1 different|odd|wrong|weird|funny ..3 left|right|ONESIDE|one_side", flags: fWeak, clauseNot: "EYELID|TOX|makeup|contour|filter|photo|photos|selfie|selfies|camera|lighting|light|SWELL|BRUISE"},
	{kind: "smile-loss", group: UrgencyHeartBrain, pat: "cant_smile|cant_smile_properly", flags: fWeak, msgNot: "TOX|INJECT|NUMBING|filler|fillers|dentist|dental|braces|teeth|tooth|veneers|surgery|stitches|sunburn|laughing|laugh|photo|photos|picture|pictures|selfie|camera|sad|happy|depressed|mood|mask|makeup|foundation"}, // "…and I can't smile properly": a smile lost, with another droop
	{kind: "droop-weak", group: UrgencyHeartBrain, pat: "half|side ..3 slipped|slid|sliding|slipping|melted|melting|fallen", flags: fWeak, sentNeed: "face|mouth|smile", clauseNot: "PRODUCT|makeup|foundation|contour|concealer|filter|lashes|lash|wig|hair|brow|brows|EYELID|TOX|off|mask|pillow|bed|sofa|chair"},
	// "everything sounds far away": the hearing fading before a faint
	// (weak: with a hand that will not work, or breathlessness, an
	// emergency).
	{kind: "faint-weak", group: UrgencyHeartBrain, pat: "everything|everyone|voices|sounds|noises|people ..2 sounds|sound|sounding|seems|seem ..1 far|distant|muffled|underwater", flags: fWeak, clauseNot: "phone|call|line|headphones|earphones|airpods|speaker|video|zoom|signal|connection|wifi|mic|ears|ear|plane|flight|cold|flu|wax"},
	// "he could not lift his right hand": a hand or arm that will not rise
	// (weak: with a mouth turned to one side, a stroke's sign; not an
	// injury, the gym or a numbing).
	{kind: "arm-weak", group: UrgencyHeartBrain, pat: "NEG|cant|cannot|couldnt .~1 lift|raise|move ..2 POSS .~1 ONESIDE|hand|hands|arm|arms|left_arm|right_arm", flags: fWeak | fNoNeg, clauseNot: "NUMBING|INJECT|sore|gym|workout|weights|shoulder|frozen|injury|injured|broke|broken|sprain|sprained|cast|sling|fracture|fractured|tendon|tendonitis|carpal|bag|bags|box|boxes|baby|kids"},
	// "his mouth is turning to one side": a mouth pulled to one side, a
	// droop told by its movement (weak: with a weak arm or muddled words, a
	// stroke's sign; not a smirk or a toxin).
	{kind: "droop-weak", group: UrgencyHeartBrain, pat: "mouth|face|smile|lip ..3 turning|turned|pulling|pulled|twisting|twisted|slipping|sliding|drawn ..2 to|towards .~1 ONESIDE", flags: fWeak, clauseNot: "EYELID|TOX|smirk|smirking|grin|grinning|laugh|laughing|joke|joking|photo|photos|picture|pictures|selfie"},
	// "when he talks we cannot understand him": speech no one can follow
	// (weak: with a droop or a weak arm, a stroke's sign).
	{kind: "speech-weak", group: UrgencyHeartBrain, pat: "talks|speaks|talking|speaking ..3 cant|cannot|couldnt|NEG .~1 understand ..1 him|her|them|anything", flags: fWeak | fNoNeg, clauseNot: "accent|language|english|french|spanish|mumbles|mumbling|fast|quickly|phone|call|line|signal|music|loud|noisy|baby|toddler"},
	// "I keep dropping my cup": a hand that lets things fall, again and
	// again (weak: with muddled words or a droop, a stroke's sign; not a
	// ball, stitches, weight or calls dropped).
	// "my mug just slid out of my right hand for no reason": a grip
	// lost, not a thing slippery with product or wet.
	{kind: "arm-weak", group: UrgencyHeartBrain, pat: "cup|cups|mug|mugs|glass|phone|fork|spoon|pen|keys|cutlery|brush|toothbrush ..2 slid|slipped|fell|dropped|sliding|slipping|falling ..4 hand|hands|right_hand|left_hand|fingers|grip", flags: fWeak, clauseNot: "wet|soapy|greasy|oily|slippery|butter|lotion|oil|PRODUCT|sink|bath|shower|dog|cat|CHILD|HABIT"},
	{kind: "arm-weak", group: UrgencyHeartBrain, pat: "keep|keeps|kept|keeping .~1 dropping|dropped ..3 things|stuff|cup|cups|mug|mugs|phone|glass|glasses|fork|spoon|pen|keys|everything|cutlery|brush", flags: fWeak, clauseNot: "ball|balls|stitches|stitch|weight|weights|pounds|kilos|lbs|calls|hints|names|signal|wifi|price|prices|baby|kids|school"},
	{kind: "one-side", group: UrgencyHeartBrain, pat: "hemiparesis|hemiplegia|facial_droop|facial_palsy|one_sided_weakness"},
	{kind: "streaks", group: UrgencyInfection, pat: "lymphangitis|erythema_tracking|tracking_up|tracking_erythema"},
	{kind: "colour-change", group: UrgencyInjection, pat: "cap_refill|capillary_refill ..3 slow|delayed|sluggish|prolonged", msgNeed: "INJECT|TREAT"},
	{kind: "palpitations", group: UrgencyHeartBrain, pat: "heart ..3 ODDLY|racing|pounding|fluttering|skipping|beating_fast|flipping|jumping|flips|flipflopping|somersaults|all_over", flags: fWeak | fFig},
	{kind: "palpitations", group: UrgencyHeartBrain, pat: "heart ..5 fast|rapid|racing|crazy .~1 flutter|fluttering|flutters|thumping|pounding|hammering|beat|beating|rhythm", flags: fWeak | fFig},
	{kind: "anaphylaxis", group: UrgencyAirway, pat: "ANAPH !training|protocol|protocols|kit|kits|plan|policy|course|drill|procedure|guidelines|poster|awareness|risk"},
	{kind: "anaphylaxis", group: UrgencyAirway, pat: "started|starting|initiated|activated|running|ran|used|using ..2 ANAPH protocol|protocols|kit|plan"},
	{kind: "call-emergency", group: UrgencyMedical, pat: "started|starting|initiated|activated|running|ran ..2 emergency_protocol"},
	{kind: "cough", group: UrgencyAirway, pat: "coughing|cough|coughs|coughed", flags: fWeak, clauseNot: "asthma|cold|smoke|smoking"},
	{kind: "epipen", group: UrgencyAirway, pat: "used|use|using|need|needed|gave|give|giving|jabbed|administered|grab|get|got|where|injected ..4 EPI", flags: fFig, clauseNot: epiKept},
	{kind: "epipen", group: UrgencyAirway, pat: "EPI ..3 now|asap|HELP", flags: fFig, clauseNot: epiKept},
	{kind: "allergic-severe", group: UrgencyAirway, pat: "SEVERE|bad|serious|major|massive|huge|full_blown ..2 ALLERGY|REACTION", sentNeed: "ALLERGY"},
	{kind: "allergic", group: UrgencyAirway, pat: "having|have|getting|think|going_into .~3 ALLERGY|REACTION", flags: fWeak},
	{kind: "allergic", group: UrgencyAirway, pat: "SEVERE|bad|serious|major .~1 REACTION", flags: fWeak},
	{kind: "cyanosis", group: UrgencyAirway, ctxGroup: UrgencyInjection, pat: "LIPS|fingers|fingertips|nails|face <4> blue|bluish|blueish|grey|gray|purple|purplish", clauseNot: "knackered|shattered|sallow|dull|drained|hungover|shift|shifts|lifeless|whenever|lipstick|gloss|liner|BRUISE|PRODUCT|photo|photos|picture|pictures|pic|pics|lighting|light|filter|camera|selfie"},
	{kind: "throat-itch", group: UrgencyAirway, pat: "THROAT|TONGUE|mouth <3> ITCH|scratchy|tingly|tingling|weird|funny|NUMB", flags: fWeak},
	{kind: "lip-tingle", group: UrgencyAirway, pat: "LIPS|TONGUE <3> NUMB|tingly|tingling|burning|ITCH", flags: fWeak, clauseNot: "NUMBING"},
	// "my mouth feels like i've literally just been to the dentist": numbness told by
	// likeness (not a real visit: "numb from the dentist").
	{kind: "lip-tingle", group: UrgencyAirway, pat: "mouth|LIPS|TONGUE|gums ..3 like ..6 dentist|dentists|novocaine|anaesthetic|anesthetic", flags: fWeak},

	// "just a bit tricky to get a full breath": a whole breath hard to get
	// (not after a run, in a corset or with a blocked nose).
	{kind: "breathing", group: UrgencyAirway, pat: "hard|harder|tricky|trickier|difficult|struggling|struggle|cant|cannot|couldnt|unable ..2 get|take|catch|draw .~1 a|my|one .~1 full|deep|proper|whole|decent BREATHE", clauseNot: "NOSE|yoga|meditation|exercise|workout|run|running|gym|corset|bra|cold|flu|blocked|stuffy|laughing|singing|swimming"},
	// "my reliever puffer isn't doing anything like it normally does": an
	// inhaler that fails as it never does, after a product (not one empty
	// or out of date).
	{kind: "breathing", group: UrgencyAirway, pat: "inhaler|puffer|reliever|ventolin|salbutamol|inhalers|puffers ..2 NEG .~1 doing|working|helping ..3 like|as .~1 it|they .~1 normally|usually|always", flags: fNoNeg | fNoFrame, msgNeed: "PRODUCT|TREAT|INJECT", clauseNot: "empty|expired|refill|prescription|pharmacy|chemist|spacer"},
	// "…and breathing has become a group project": a breath that has become
	// a labour, told as a joke (weak: with a face swelling, an emergency;
	// not breathing after a workout).
	{kind: "breath-odd", group: UrgencyAirway, pat: "breathing|BREATHE ..2 become|becoming|now|is ..2 project|chore|mission|sport|job|workout|challenge|effort", flags: fWeak, clauseNot: "NOSE|yoga|meditation|exercise|workout|run|running|gym|class|app|technique|exercises|course"},
	// "my face is doing a great impression of a balloon animal": a face
	// likened to a balloon (weak: with a breathing sign, an emergency).
	{kind: "face-swell", group: UrgencyAirway, pat: "FACE|LIPS ..6 impression|like|become ..4 balloon|balloons|pufferfish|blowfish", flags: fWeak},
	// "your throat feel like it's getting narrower every few minutes": a
	// throat closing by the minute is a case now, however it is asked.
	{kind: "throat", group: UrgencyAirway, pat: "THROAT ..6 getting|gets|keeps|keep|going .~1 CLOSE", flags: fNoFrame, sentNeed: "every|each|minute|minutes|faster|more_and_more|by_the_minute"},
	{kind: "voice", group: UrgencyAirway, pat: "VOICE ..2 go|goes|going|gone|went|getting|turned ..1 VOICEBAD", flags: fWeak | fNoFrame},
	// "how do you get your voice back when it goes small and tight all of a
	// sudden? happened 15 min after the sheet mask and it keeps getting
	// smaller": a voice narrowing suddenly and on, after a product, is the
	// throat closing, however it is asked (not nerves, a song or a cold).
	{kind: "voice", group: UrgencyAirway, pat: "VOICE ..5 go|goes|going|gone|went|getting|keeps_getting ..2 small|smaller|tight|tighter|tiny|thin|thinner", flags: fNoFrame, msgNeed: "keeps_getting|smaller|tighter|thinner|worse|all_of_a_sudden|suddenly|sudden", msgAlso: "PRODUCT|TREAT|INJECT|mask|masks", clauseNot: "singing|sang|sing|song|songs|shouting|yelling|screaming|cheering|concert|karaoke|choir|cold|flu|laryngitis|nervous|nerves|anxious|anxiety|shy|presentation|meeting|boss|crush|call|calls"},

	// Infection.
	{kind: "spreading-redness", group: UrgencyInfection, pat: "RED !NOTRED <10> SPREAD|FAST !the|it|some|a|PRODUCT", clauseNot: "NOTRED|LESION"},
	{kind: "streaks", group: UrgencyInfection, pat: "red_streak|red_streaks|red_track|red_tracks|red_trail"},
	// "I drew a line around it with pen and it's already past it": a
	// redness marked and grown past the mark, the mark named in the
	// sentence before or its own (not a liner or a lipstick past a line).
	{kind: "marked-spread", group: UrgencyInfection, pat: "already|now|gone|went|grown|spread|spreading|creeping|crept ..2 past|beyond|outside it|that|them|those", sentNeed: "drew|drawn|pen|marker|outlined|traced|line|outline|circle|mark", msgNeed: "drew|drawn|pen|marker|outlined|traced", msgAlso: "RED|SWELL|HOT", msgNot: "lipstick|liner|eyeliner|lipliner|makeup|brow|brows|tattoo", clauseNot: "PRODUCT|tape|date|deadline|time"},
	{kind: "marked-spread", group: UrgencyInfection, pat: "past_the_line|beyond_the_line|outside_the_line|past_the_pen|past_the_pen_line|past_the_mark|past_the_marks|past_the_outline|past_where_i_drew|outside_where_i_drew|beyond_where_i_drew", msgNeed: "RED|SWELL|drew|pen|marker|outlined"},
	{kind: "streaks", group: UrgencyInfection, pat: "STREAK <4> RED|up|arm|leg|neck|spreading|from"},
	{kind: "streaks", group: UrgencyInfection, pat: "red_line|red_lines <6> SPREAD|RADIATE|arm|leg|neck|from|growing"},
	{kind: "sepsis", group: UrgencyInfection, ctxGroup: UrgencyInjection, pat: "SEPSIS"},
	{kind: "infected-sign", group: UrgencyInfection, pat: "INFECTED <8> SPREAD|FEVER|PUS", clauseNot: "LESION"},
	{kind: "fever", group: UrgencyInfection, pat: "FEVER", flags: fWeak | fJoke, clauseNot: "ice|iced|icy|cryo|cryotherapy|plunge|snow|swim|swimming|pool|aircon"}, // not "shaking with cold after the ice facial": a shiver with its cold cause
	{kind: "pus", group: UrgencyInfection, pat: "PUS", flags: fWeak, clauseNot: "LESION"},
	{kind: "track", group: UrgencyInfection, pat: "goes|going|runs|running|travels|travelling|traveling|moving|moves|creeps|creeping|SPREAD ..1 up|down|along|towards|into ..2 neck|arm|arms|leg|legs|jaw|chest|throat|armpit|groin", flags: fWeak, msgNeed: "RED|STREAK|pink"},                                                                                               // "it starts at the treatment area and goes up my neck"
	{kind: "track", group: UrgencyInfection, pat: "creeping_down|creeping_up|creeping_into|spreading_down|spreading_up|spreading_to|spreading_into|moving_up|going_up|travelling_up|traveling_up ..4 neck|arm|arms|forearm|forearms|leg|legs|thigh|thighs|calf|jaw|chest|throat|armpit|groin|ear|ears|scalp|hairline", flags: fWeak, msgNeed: "RED|STREAK|pink|INJECT|TREAT"}, // "my face from the microneedling… it's creeping down my neck"
	// "now the redness covers half my cheek": a redness that has taken
	// over a whole part of the face or neck (weak: with a fever or
	// feeling ill, an infection spreading; not makeup, acne or a rash
	// that was always there).
	{kind: "track", group: UrgencyInfection, pat: "covers|covering|covered|over ..1 half|most|all|whole ..2 FACE|cheek|cheeks|jaw|neck|forehead|chin", flags: fWeak, sentNeed: "RED", clauseNot: "LESION|makeup|foundation|blush|bronzer|concealer|tan|rosacea|birthmark|HABIT|PRODUCT"},
	// "the red has gone up past my wrist in a line": a redness gone up past
	// a joint from a wound (weak: with a fever, an emergency).
	{kind: "track", group: UrgencyInfection, pat: "gone|went|got|crept|moved|tracked|travelled|traveled|spread|spreading ..1 up|past ..3 wrist|elbow|forearm|ankle|knee|shin|armpit|knuckles|hand", flags: fWeak, msgNeed: "RED|STREAK|pink", clauseNot: "LESION|tattoo|henna|bracelet|sleeve|sleeves|glove|gloves|water|dye|tan"},
	{kind: "hot", group: UrgencyInfection, pat: "HOT <4> touch|skin|area|site|FACE|RED|SWELL|spot|lump|bump|hard", flags: fWeak, clauseNot: "water|shower|weather|sauna|drink|tea|coffee|flash|flashes"},
	{kind: "infected", group: UrgencyInfection, pat: "INFECTED", flags: fWeak, clauseNot: "LESION"},
	// Draining a lump oneself, asked with a fever or chills and a hot or
	// swollen lump: "can you pop a boil from a medspa treatment yourself if
	// it's really big and hot and you've got the chills". However it is
	// asked, a spot hot with chills is an infection spreading (a pimple to
	// pop with no fever is none).
	{kind: "infected-sign", group: UrgencyInfection, pat: "pop|popping|drain|draining|squeeze|squeezing|lance|lancing ..6 yourself|myself|herself|himself", flags: fNoFrame, sentNeed: "FEVER", msgNeed: "HOT|SWELL|PUS|BIG|BIGX|RED", clauseNot: "ice|iced|icy|cryo|plunge|snow|swim|pool|aircon|horror|movie|scary|thinking|thought|gives|give|gave|giving"},
	{kind: "unwell", group: UrgencyInfection, pat: "UNWELL", flags: fWeak},
	{kind: "fever", group: UrgencyInfection, pat: "temp|temperature|fever|thermometer|thermometre ..2 38|39|40|41|101|102|103|104|105", flags: fWeak},
	// "I'm freezing then boiling": chills and heat by turns, a fever told
	// by its feel (weak; not a room, a shower or the weather).
	{kind: "fever", group: UrgencyInfection, pat: "freezing|freezing_cold|cold|shivering|frozen|icy .~2 then|and|next ..2 boiling|roasting|sweating|burning|hot|baking", flags: fWeak | fJoke, clauseNot: "room|office|house|flat|shower|bath|water|weather|outside|aircon|heating|car|train|bus|plane|gym|sauna|pool|ice|coffee|tea|food|soup"},
	// "I keep sweating then freezing": heat and chills by turns, told the
	// other way round (weak; not the change of life, a workout or a room).
	{kind: "fever", group: UrgencyInfection, pat: "sweating|boiling|roasting|burning_up .~2 then|next|and ..2 freezing|shivering|shivery|frozen|cold", flags: fWeak | fJoke, clauseNot: "room|office|house|flat|shower|bath|water|weather|outside|aircon|heating|car|train|bus|plane|gym|sauna|pool|ice|coffee|tea|food|soup|menopause|perimenopause|menopausal|hormones|hormonal|flushes|flashes|workout|run|running|yoga|hike|hiking|bed|duvet|blanket"},
	{kind: "unwell", group: UrgencyInfection, pat: "DIFF|too .~2 get|stand|move|walk ..3 sofa|couch|bed|up|bathroom|toilet|loo|kitchen|stairs", flags: fWeak},
	{kind: "unwell", group: UrgencyInfection, pat: "help|helped|carry|carried ..2 me ..2 to .~1 bathroom|toilet|loo|car|bed", flags: fWeak},
	{kind: "unwell", group: UrgencyInfection, pat: "im|feel|feeling|felt|so|too|really|very .~1 weak|shaky !for|spot|point|link|at|to", flags: fWeak},
	{kind: "pus", group: UrgencyInfection, pat: "leaking|weeping|seeping", flags: fWeak, sentNeed: "skin|area|site|wound|FACE|spot|bit|patch|part|treated|INJECT|TREAT", clauseNot: "PRODUCT|EYE|tears|nose|LESION"},
	// Skin told by a likeness of raw, angry skin: "my face looks like a
	// melting pepperoni pizza" (weak: with a fever or chills, an
	// infection; a "pizza face" alone is acne talk).
	{kind: "red", group: UrgencyInfection, pat: "like .~2 melting|raw|oozing|bubbling|angry|minced|ground .~1 pizza|pepperoni|meat|mince|hamburger|steak|burger|beef|lasagna|lava", flags: fWeak, sentNeed: "FACE|skin|cheek|cheeks|chin|forehead|jaw|neck|area|site"},
	{kind: "red", group: UrgencyInfection, pat: "like .~2 pepperoni|hamburger|mince|lasagna", flags: fWeak, sentNeed: "FACE|skin|cheek|cheeks|chin|forehead|jaw|neck|area|site"},
	{kind: "red", group: UrgencyInfection, pat: "RED !NOTRED", flags: fWeak, clauseNot: "NOTRED"},
	{kind: "swell", group: UrgencyInfection, pat: "SWELL", flags: fWeak},
	// "my hand is twice the size now": a part grown to twice its size is a
	// swelling (weak: with a fever or shakes, an infection), not muscles
	// grown or a bump in a photo.
	{kind: "swell", group: UrgencyInfection, pat: "twice_the_size|double_the_size|doubled_in_size|tripled_in_size|three_times_the_size|2x_the_size|twice_its_size|double_its_size", flags: fWeak, clauseNot: "photo|photos|picture|pictures|muscle|muscles|biceps|gym|workout|pump|pumped|baby|belly|bump|pregnancy|pregnant|bill|bills|price|prices|cost|order|portion|house|flat|room|want|wanted|wish|goal|hoping"},
	{kind: "pain", group: UrgencyInfection, pat: "PAIN", flags: fWeak},

	// "it's really hot and spreading": heat that spreads (weak: with a
	// fever, an emergency).
	{kind: "hot", group: UrgencyInfection, pat: "its|area|spot|patch|it ..2 HOT and .~1 SPREAD|spreading|growing|getting_bigger", flags: fWeak, clauseNot: "water|shower|weather|sauna|drink|tea|coffee|flash|flashes|gossip|news|rumour|rumor|trend"},
	// "need paracetamol every four hours and still be burning up": a fever
	// that paracetamol does not break is a case now, however it is asked.
	{kind: "fever", group: UrgencyInfection, pat: "PILLS|paracetamol|ibuprofen|panadol|nurofen|advil|tylenol ..3 every ..6 still ..2 FEVER", flags: fNoFrame},
	// "make the skin get more swollen each day instead of less": a swelling
	// that grows day by day (weak: with a fever, an emergency), however
	// it is asked.
	{kind: "swell", group: UrgencyInfection, pat: "more|worse|bigger ..1 SWELL ..2 each|every day|morning", flags: fWeak | fNoFrame},
	{kind: "swell", group: UrgencyInfection, pat: "more|worse|bigger ..1 SWELL ..2 each_day|every_day|each_morning|every_morning", flags: fWeak | fNoFrame}, // the same, its time read as one token
	// "the patch by my jaw is getting bigger every hour": a patch or lump
	// growing by the hour or the day (weak: with a fever or feeling ill, an
	// infection; not a bump that gets smaller, a baby or a bill).
	{kind: "swell", group: UrgencyInfection, pat: "patch|area|spot|lump|bump|bit|redness ..5 getting_bigger|bigger|growing|grows|spreading ..3 every_hour|hourly|hour|day|minute", flags: fWeak | fNoFrame, clauseNot: "smaller|less|shrinking|baby|belly|pregnancy|pregnant|bill|bills|budget|following|audience|collection"},

	// After an injection or a procedure near the face.
	{kind: "colour-change", group: UrgencyInjection, pat: "CHANGEV ..3 white|whitish|whiteish|pale|blanched|grey|gray|greyish|grayish|ashen|dusky|mottled|lacy|marbled|black|purple|purplish|purpley|blue|bluish|blueish|bluey !COLOUROBJ|BRUISE", msgNeed: "INJECT|TREAT", clauseNot: "whenever|BRUISE|LESION|dark_circles|squeamish|phobia|phobic|scared|afraid|fright|frightened|nervous|terrified|at_the_sight_of"},
	{kind: "colour-change", group: UrgencyInjection, pat: "white|pale|grey|gray|blue|purple|dusky|mottled|blanched|spiderweb|cobweb|fishnet ..2 patch|patches|area|spot|spots|skin|and|mottled|blotchy|lacy|pattern|net|web|lines|rash|discoloration|discolouration|colour|color|tinge|tint|SPREAD !COLOUROBJ", msgNeed: "INJECT|TREAT", clauseNot: "whenever|BRUISE|LESION|whiteheads"},
	// "a grey shadow on the side of my nose since the filler": a shadow of
	// a grey or white skin, not the blue and purple ones under the eyes.
	{kind: "colour-change", group: UrgencyInjection, pat: "white|whitish|pale|grey|gray|greyish|grayish|dusky|ashen|blanched ..1 shadow|shadows !under|beneath|below", msgNeed: "INJECT|TREAT", clauseNot: "whenever|BRUISE|LESION|circles|bags|EYE|concealer|contour|contouring|eyeshadow|makeup|stubble|beard|hair|lighting|light|photo|photos|picture|selfie"},
	// "the skin above my lip looks like a map with purple rivers on it
	// and it's colder than the other side": a purple net on the face,
	// cold on one side, is blood cut off, named treatment or not.
	{kind: "colour-change", group: UrgencyInjection, pat: "purple|purplish|blue|bluish|dusky|grey|gray ..2 rivers|river|lines|veins|web|net|lace|streaks", sentNeed: "colder|cooler", msgNeed: "FACE|LIPS|lip|cheek|nose|chin|skin", msgAlso: "than|side|ONESIDE", clauseNot: "BRUISE|LESION|dark_circles|PRODUCT|hair|nail|nails|marker|pen|ink|tattoo|HABIT", msgNot: "weather|outside|winter|snow|aircon|heating|always|usually|normally"},
	{kind: "colour-change", group: UrgencyInjection, pat: "blanching|blanched|blanch|mottling|mottled|dusky|livedo|lace_like|lace-like|net_like|web_like|net_pattern|web_pattern|turning_white|went_white|gone_white|turned_white", msgNeed: "INJECT|TREAT"},
	// "like someone drew a net on my cheek in purple pen": a net or a web of
	// colour on the skin, told by a likeness, after an injection (not a
	// hairnet, a mask or veins).
	{kind: "colour-change", group: UrgencyInjection, pat: "net|web|lace|lattice|cobweb|spiderweb|fishnet ..4 on|across|over .~1 POSS|the ..1 FACE|skin|cheek|nose|lip|lips|forehead|chin|temple", sentNeed: "like|drew|drawn|painted|pen|purple|blue|COLOUR|pattern", msgNeed: "INJECT|TREAT", clauseNot: "LESION|BRUISE|hair|hairnet|mask|makeup|veins|vein|wrinkles|lines|tattoo|henna"},
	// "the side of my nose is the colour of a cold hand": skin likened to
	// something bloodless after a treatment (not a makeup shade).
	{kind: "colour-change", group: UrgencyInjection, pat: "colour|color|colored|coloured|shade ..2 of ..3 cold|corpse|candle|wax|ghost|dead|marble|putty|ash|ashes", sentNeed: "FACE|skin|nose|lip|lips|cheek|chin|forehead|patch|area|spot|side|tip", msgNeed: "INJECT|TREAT", clauseNot: "PRODUCT|makeup|foundation|concealer|lipstick|nail|nails|hair|paint|wall|dress|top|shirt|car|eyeshadow|blush|LESION|candles"},
	// "my eye on that side is like looking through a dirty window",
	// "everything looks like it's behind frosted glass": sight clouded,
	// told by a likeness, after an injection (not glasses or a car's
	// windscreen).
	{kind: "vision", group: UrgencyInjection, pat: "looking|seeing|see|look|looks|like .~2 through|behind .~1 a|an|frosted|dirty|foggy|steamed|misty|smeared|greasy ..2 window|glass|windscreen|windshield|fog|veil|mist", sentNeed: "EYE|VISION|everything", msgNeed: "INJECT|TREAT", clauseNot: "glasses|lens|lenses|contacts|camera|photo|car|bus|train|shower|sauna|binoculars"},
	// "…like looking through fog on one side": the same, through a mist
	// itself with no article.
	{kind: "vision", group: UrgencyInjection, pat: "looking|seeing|see|look|looks|like .~2 through|behind .~1 fog|mist|haze|smoke|steam|veil", sentNeed: "EYE|VISION|everything", msgNeed: "INJECT|TREAT", clauseNot: "glasses|lens|lenses|contacts|camera|photo|car|bus|train|shower|sauna|binoculars"},
	// "the skin round it looks dead": skin that looks dead after an
	// injection (weak: with a pain or a worsening, a starved skin's sign;
	// not a dull complexion or skin to exfoliate).
	{kind: "occl-look", group: UrgencyInjection, pat: "skin|area|patch|spot|tip ..3 looks|look|looking|gone|going|turned|turning .~1 dead|deadish|lifeless", flags: fWeak, msgNeed: "INJECT", clauseNot: "LESION|exfoliate|exfoliating|exfoliation|scrub|peel|peeling|flaky|flakes|dull|dry|tired|glow|glowing|radiance|complexion|PRODUCT"},
	{kind: "colour-change", group: UrgencyInjection, pat: "CHANGEV|skin|cheek|nose|lip|patch ..3 like ..1 marble|marbled|marbling|lace|net", msgNeed: "INJECT", clauseNot: "smooth|glowing|glow|flawless|statue|porcelain|glass|silk|BRUISE|LESION"}, // "part of my cheek looks kind of like marble"
	{kind: "colour-pain", group: UrgencyInjection, pat: "dusky|blanched|blanching|mottled <8> PAIN|SEVERE", sentNeed: "FACE|LIPS|skin|side", clauseNot: "lipstick|shade|shades|pink|rose|blush|PRODUCT|BRUISE|LESION|light|lighting|evening|sky"},    // "side of my nose looks kinda dusky and it's throbbing": a dusky, painful face needs no treatment named
	{kind: "skin-dying", group: UrgencyInjection, pat: "COLOUR|COLOURWEAK|blood|bloody|blood-filled ..1 blisters|blister|blistering|blebs|bubbles|crust|crusts", msgNeed: "INJECT", clauseNot: "LESION|BRUISE|herpes|sore|sores"},
	{kind: "colour-change", group: UrgencyInjection, pat: "COLOURWEAK ..3 PAIN|SEVERE", msgNeed: "INJECT", clauseNot: "circles|spots|spot|LESION"},
	{kind: "eyelid-droop", group: UrgencyInjection, pat: "EYELID|eyelid|eyelids <4> DROOP", msgNeed: "INJECT", clauseNot: "TOX|MILD"},
	{kind: "skin-dying", group: UrgencyInjection, pat: "skin|area|tissue ..2 dying|rotting|necrotic|scabbing|scab", msgNeed: "INJECT"},
	{kind: "severe-pain", group: UrgencyMedical, ctxGroup: UrgencyInjection, pat: "SEVERE .~2 PAIN", flags: fFig},
	{kind: "severe-pain", group: UrgencyMedical, ctxGroup: UrgencyInjection, pat: "PAIN ..5 SEVERE", flags: fFig},
	{kind: "pain-worse", group: UrgencyInjection, pat: "PAIN|burning|stinging <4> getting_worse|worse|worsening|SPREAD", msgNeed: "INJECT"},
	{kind: "colour-pain", group: UrgencyInjection, pat: "COLOUR !COLOUROBJ|BRUISE <6> PAIN|SEVERE|crushed|crushing|sore|tender|stinging|stings", flags: fMild, msgNeed: "INJECT|TREAT", clauseNot: "BRUISE|LESION|circles|hair|light|lights|dark_circles"},
	{kind: "colour-pain", group: UrgencyInjection, pat: "white|pale|grey|gray|blue|purple|dusky|mottled|blanched ..2 patch|patches|area|skin|tinge|tint", sentNeed: "PAIN|SEVERE", msgNeed: "INJECT", clauseNot: "BRUISE|dark_circles"}, // "a blue-grey area with whiteheads on it, and it really hurts": what is coloured is the skin, whatever else is on it
	{kind: "colour-pain", group: UrgencyInjection, pat: "CHANGEV ..3 COLOUR !COLOUROBJ|BRUISE", sentNeed: "SEVERE", msgNeed: "FACE|nose|lip|lips|fold|folds|cheek|cheeks", clauseNot: "BRUISE|LESION|circles|hair|dark_circles"},
	{kind: "colour-change", group: UrgencyInjection, pat: "cold|icy|dead|deathly ..2 looking|spot|patch|patches|area|skin !sore|sores", msgNeed: "INJECT", clauseNot: "LESION|BRUISE|compress|pack|ice|water|shower|weather|air|dead_skin|PRODUCT|gel|mask|roller"}, // "a cold dead-looking spot on my lip since the injections"
	{kind: "colour-change", group: UrgencyInjection, pat: "turning_black|gone_black|turned_black ..4 getting_worse|worse|SPREAD|PAIN", msgNeed: "INJECT"},
	// A treated area gone blue or white that still throbs, the treatment
	// told by who did it: "should the nurse have massaged it when the area
	// went blue? they sent me home and it's still blue and throbbing". A
	// bruise or a spot named is none.
	{kind: "colour-pain", group: UrgencyInjection, pat: "still|now|stays|staying .~2 white|whitish|pale|grey|gray|blue|bluish|bluey|purple|dusky|mottled|blanched ..3 PAIN|SEVERE|throbbing|sore", msgNeed: "INJECT|TREAT|nurse|injector|practitioner|clinic|medspa|massaged|massage|massaging", clauseNot: "BRUISE|LESION|circles|dark_circles|lipstick|nails|hair|toe|toes|finger|fingers|cold|weather"},
	// A pale spot on a treated face with pain, told by whoever treated it:
	// "client just texted that her lip is white in one spot and the pain is
	// getting worse". A client is a treated face; a sore, an ulcer or a
	// spot of acne is not a blanching.
	{kind: "colour-pain", group: UrgencyInjection, pat: "LIPS|lip|nose|cheek|cheeks|chin|forehead|skin ..3 white|whitish|pale|grey|gray|dusky|blue|bluish|mottled|blanched ..3 spot|spots|patch|area", sentNeed: "PAIN|SEVERE", msgNeed: "INJECT|TREAT|client|clients", clauseNot: "LESION|BRUISE|dark_circles|whiteheads", msgNot: "sore|sores|ulcer|ulcers|canker|blister|blisters|herpes|fungal|thrush"},
	// "the skin there feels cold" after an injection, and a grey or white
	// cheek "colder to the touch" (an injection or not): blood not reaching
	// the skin.
	{kind: "colour-change", group: UrgencyInjection, pat: "skin|area|spot|patch|cheek|cheeks|lip|lips|nose|chin|forehead ..4 cold|icy|colder|icier !sore|sores|sweat|sweats|feet|hands", msgNeed: "INJECT", clauseNot: coldNot},
	{kind: "colour-change", group: UrgencyInjection, pat: "grey|gray|greyish|grayish|pale|white|whitish|blue|bluish|dusky|mottled|blanched ..8 colder|icy|icier !sore|sores|sweat|sweats|feet|hands", sentNeed: "FACE|LIPS|skin", clauseNot: coldNot},
	// "…feels cold compared to the other side": a patch of the face
	// colder than the rest (weak: with a marbled or white look, an
	// occlusion's pair; not hands or feet, nor an ice roller).
	{kind: "occl-cold", group: UrgencyInjection, pat: "cold|cool|cooler|colder|icy ..2 compared|than|vs|versus", flags: fWeak, sentNeed: "FACE|LIPS|lip|side|patch|area|spot", msgNeed: "INJECT|TREAT|did|done", clauseNot: coldNot + "|hands|hand|feet|foot|fingers|toes|worktop|countertop|counter|table|floor|tiles|stone"},
	// "…and it's cold when I touch it": a cold felt by touch, of the part
	// a sentence before named (weak: with a marbled or lacy look after an
	// injection, an occlusion's pair).
	{kind: "occl-cold", group: UrgencyInjection, pat: "cold|cool|cooler|colder|icy|icier ..1 to|when|if ..2 touch|touched|touching|press|pressed", flags: fWeak, msgNeed: "INJECT|TREAT|did|done", clauseNot: coldNot + "|hands|hand|feet|foot|fingers|toes|worktop|countertop|counter|table|floor|tiles|stone|metal|glass|bottle|tube|jar|fridge"},
	// The look of skin an injection starves of blood, told without the
	// textbook word: "a white patch", "a slight lacy bluish pattern",
	// "splotchy like a bruise net". Weak alone (a pale lip, a blotchy cheek
	// may be nothing); with pain or a worsening (occl-worse), an emergency.
	// Blue, purple and black are a bruise's colours too: they count only
	// changing (colour-change).
	{kind: "occl-look", group: UrgencyInjection, pat: occlLook + " !COLOUROBJ", flags: fWeak, msgNeed: "INJECT", clauseNot: occlLookNot},
	// "a bluish patch on my chin that showed up right after my injection":
	// a blue or purple patch (weak: with tenderness, an occlusion's sign;
	// not a bruise, a vein or a filler's blue tint under the eyes).
	{kind: "occl-look", group: UrgencyInjection, pat: "blue|bluish|blueish|bluey|purple|purplish|purpley .~1 patch|patches|patchy|area|tinge|tint|blotch|blotches|bit|spot|mark", flags: fWeak, msgNeed: "INJECT", msgNot: "BRUISE|tyndall|vein|veins|undereye|undereyes|trough|troughs|dark_circles|circles", clauseNot: occlLookNot},
	// "when I press the spot the colour doesn't come back": skin that does
	// not refill after being pressed, after an injection (a blocked vessel,
	// told by its test).
	{kind: "occl-refill", group: UrgencyInjection, pat: "press|pressed|pressing|presses|push|pushed|pushing ..6 colour|color|pink|blood ..2 doesnt|dont|wont|didnt|isnt|not|never .~1 come|comes|coming|go|goes|going|return|returns|returning ..1 back", flags: fNoNeg, msgNeed: "INJECT", clauseNot: "button|buttons|doorbell|phone|screen|key|keys|hair|dye|makeup|foundation|tan|nail|nails|polish"},
	{kind: "occl-look", group: UrgencyInjection, pat: "like .~1 a|an ..1 net|lace|web|spiderweb|cobweb|fishnet|marble|map", flags: fWeak, msgNeed: "INJECT", clauseNot: occlLookNot},
	// "it's sort of a lace pattern and it's very painful": a net or lace
	// pattern on the skin that hurts after a needle, however played down.
	{kind: "colour-pain", group: UrgencyInjection, pat: "lace|lacy|net|web|marble|marbled|fishnet|spiderweb|cobweb ..1 pattern|patterned", sentNeed: "PAIN|SEVERE", msgNeed: "INJECT|TREAT", clauseNot: occlLookNot + "|tattoo|tattoos|dress|top|tights|stockings|fabric|lingerie|bra|curtain|curtains|henna|nail|design"},
	// A net-like or blotchy patch that darkens and hurts, whatever caused
	// it: "gone splotchy like a bruise net and its getting darker not
	// lighter, hurts like hell".
	{kind: "occl-dark", group: UrgencyInjection, pat: "mottled|mottling|lacy|marbled|marbling|net_like|web_like|lace_like|net_pattern|web_pattern|spiderweb|cobweb|fishnet|blotchy|splotchy ..10 getting|gets|going|gone|more .~1 darker|duskier", sentNeed: "PAIN|SEVERE", clauseNot: occlLookNot},
	{kind: "occl-dark", group: UrgencyInjection, pat: "like .~1 a|an ..1 net|lace|web|spiderweb|cobweb ..10 getting|gets|going|gone|more .~1 darker|duskier", sentNeed: "PAIN|SEVERE", clauseNot: occlLookNot},
	// "looks like a bruised plum": a bruise's look, which only a worsening
	// makes an emergency.
	{kind: "occl-bruise", group: UrgencyInjection, pat: "look|looks|looking|looked|like .~1 a|an ..1 bruise|bruised", flags: fWeak, msgNeed: "INJECT", clauseNot: occlLookNot},
	// What makes such a look an emergency: it darkens, spreads, hurts more,
	// or painkillers do nothing for it.
	// "the skin next to my nostril looks like marble and the pain is way
	// worse than when they did it": a pattern like marble or a net told
	// without an article, the procedure told as what "they did" (weak:
	// with pain, an occlusion; not a marble counter).
	{kind: "occl-look", group: UrgencyInjection, pat: "look|looks|looking|looked|like ..1 like marble|marbly|net|lace|web|spiderweb|cobweb|fishnet|map", flags: fWeak, msgNeed: "INJECT|TREAT|did|done", clauseNot: occlLookNot + "|countertop|counter|kitchen|table|floor|tiles|tile|statue|cake|nails|nail|bathroom|stone"},
	{kind: "occl-worse", group: UrgencyInjection, pat: "getting|gets|get|going|gone|grown|growing|turning|went|more .~1 darker|duskier|bluer|greyer|grayer|whiter|paler", flags: fWeak, msgNeed: "INJECT", clauseNot: occlLookNot},
	{kind: "occl-worse", group: UrgencyInjection, pat: "going_dark|gone_dark|went_dark|turned_dark|turning_dark|turned_black|turning_black", flags: fWeak, msgNeed: "INJECT", clauseNot: occlLookNot},
	{kind: "occl-worse", group: UrgencyInjection, pat: "spreading|spreads|creeping|crept|expanding !out", flags: fWeak, msgNeed: "INJECT", clauseNot: occlLookNot},
	{kind: "occl-worse", group: UrgencyInjection, pat: "more|increasingly .~1 painful|sore|tender|PAIN", flags: fWeak, msgNeed: "INJECT"},
	{kind: "occl-worse", group: UrgencyInjection, pat: "PAIN|sore|tender .~1 more|worse !than", flags: fWeak, msgNeed: "INJECT"},
	{kind: "occl-worse", group: UrgencyInjection, pat: "PILLS|paracetamol|ibuprofen|advil|tylenol|painkiller|painkillers ..2 doing|do|did .~1 nothing", flags: fWeak | fNoNeg, msgNeed: "INJECT"},
	{kind: "occl-worse", group: UrgencyInjection, pat: "PILLS|paracetamol|ibuprofen|advil|tylenol|painkiller|painkillers ..2 NEG|not_helping|isnt_helping|not_working .~1 working|helping|help|work|touching|touch", flags: fWeak | fNoNeg, msgNeed: "INJECT"},

	// "nose tip is a bit blotchy and cold since the filler": a patch both
	// blotchy and cold after an injection (weak: with pain, an emergency).
	{kind: "occl-look", group: UrgencyInjection, pat: "blotchy|splotchy|mottled|patchy|pale|white|grey|gray|dusky|purple|blue ..2 and .~1 cold|icy|colder", flags: fWeak, msgNeed: "INJECT", clauseNot: "ice|iced|icing|compress|pack|packs|roller|water|weather|shower|air|room|outside|winter|wind|snow|LESION|BRUISE|gel|mask|refreshing|lighting|light|photo|photos|filter|makeup|foundation|undertone|undertones|tone|hands|feet|fingers|toes"}, // not coldNot: the product named beside the procedure leaves it a sign
	// "my cheek now looks like a map of the london underground in purple":
	// a map, a net or a web drawn in a colour (weak: with pain, an
	// emergency).
	{kind: "occl-look", group: UrgencyInjection, pat: "map|net|web|lace|spiderweb ..5 in .~1 purple|blue|grey|gray|white|red|dusky", flags: fWeak, msgNeed: "INJECT|TREAT|PRODUCT", clauseNot: occlLookNot},
	// "…blotchy and cold since the filler, and very sore": soreness told as
	// severe (weak: with a look of occlusion, an emergency).
	{kind: "pain", group: UrgencyInjection, pat: "very|really|so|super|extremely|SEVERE .~1 sore|tender", flags: fWeak, msgNeed: "INJECT"},
	// "bit sore and a bit blotchy purple on my cheek after the shot": any
	// soreness, however played down, told in the sentence of a purple or
	// dusky look (weak: an emergency only with that look, occl-look).
	{kind: "pain", group: UrgencyInjection, pat: "sore|tender|achy|aching|throbbing|throbs", flags: fWeak, sentNeed: "purple|purplish|dusky|mottled|blotchy|splotchy|bluish|blue", msgNeed: "INJECT", clauseNot: "BRUISE|throat|muscles|muscle|arm|arms"},
	// "it's stinging loads where they injected": a sting told as intense,
	// at an injection (weak: with skin gone white or patchy, an occlusion).
	{kind: "pain", group: UrgencyInjection, pat: "stinging|stings|burning|burns ..1 loads|lots|badly|terribly|horribly|intensely|massively", flags: fWeak, msgNeed: "INJECT"},
	{kind: "pain", group: UrgencyInjection, pat: "really|so|super|extremely|SEVERE .~1 stinging|stingy|burning", flags: fWeak, msgNeed: "INJECT"},
	// "is it normal that you can't see out of the top half of one eye after
	// an injection": sight lost after an injection is a case now, however
	// it is asked.
	{kind: "vision", group: UrgencyInjection, pat: "cant|cannot|couldnt|unable .~1 see .~1 out|through ..6 EYE", flags: fNoFrame, sentNeed: "INJECT", clauseNot: "circles|bags|results|difference|swollen|swelling|SWELL|puffy|bruise|BRUISE", msgNot: "trainer|training|trainee|trainees|patient|patients|client|clients|students|staff|protocol|scenario|teach|teaching"},

	// Vision.
	// A sight changed, told in its clause, not said fine ("my vision is
	// perfect, my tan went spotty" changed the tan).
	{kind: "vision", group: UrgencyHeartBrain, ctxGroup: UrgencyInjection, pat: "VISION <6> VCHANGE|ODDLY|BLIND|changed|change|changes|changing|went|gone|going|blurry|blurred", flags: fClause, gapNot: sightFine, clauseNot: "circles|dark_circles|bags|black_eye|BLURCAUSE"},
	// "the vision in one eye is patchy": sight gone in patches, said of the
	// sight it names in its clause (not "my vision is fine, my tan is
	// patchy", nor "my vision is fine and my face patchy": fine, or
	// another thing named between).
	{kind: "vision", group: UrgencyHeartBrain, ctxGroup: UrgencyInjection, pat: "VISION ..4 patchy|spotty|splotchy|grainy|warped|wavy|distorted|speckled", flags: fClause, gapNot: sightFine + "|" + sightOthers, clauseNot: "circles|dark_circles|bags|black_eye|BLURCAUSE|tan|skin|LESION|PRODUCT"},
	{kind: "vision", group: UrgencyHeartBrain, ctxGroup: UrgencyInjection, pat: "dark_spot_in_my_vision|visual_disturbance|visual_disturbances|vision_disturbance|visual_loss|visual_changes|seeing_double|double_vision|vision_loss|loss_of_vision|lost_vision|greyed_out|grayed_out|blurriness|blurrines|diplopia|seeing_two_of_everything|seeing_2_of_everything|see_two_of_everything|two_of_everything", clauseNot: "button|buttons|option|options|box|screen|app|site|website|page|link|menu|tab|field|checkout|form|slot|slots"}, // not "the button is greyed out on the booking page"
	{kind: "vision", group: UrgencyHeartBrain, ctxGroup: UrgencyInjection, pat: "EYE|everything .~2 went_black|went_dark|gone_dark|gone_black|went_blurry|gone_blurry|going_blurry|going_dark|turned_black"},
	{kind: "vision", group: UrgencyHeartBrain, ctxGroup: UrgencyInjection, pat: "EYE|everything .~2 went|gone|going|turned|turning|go .~2 VCHANGE|blurry|dark|black|dim|blank", clauseNot: "circles|bags|black_eye"},
	{kind: "vision", group: UrgencyHeartBrain, ctxGroup: UrgencyInjection, pat: "EYE|everything|VISION ..2 blurry|blurred|blurring|fuzzy|foggy|hazy|cloudy|dim|blurr|blury|smeary|smudgy|smudged|smeared", clauseNot: "circles|bags|cream|serum|PRODUCT|BLURCAUSE"},
	{kind: "vision", group: UrgencyInjection, pat: "EYE|everything|VISION ..2 blurry|blurred|blurring|fuzzy|foggy|hazy|cloudy|dim|blurr|blury|smeary|smudgy|smudged|smeared|shadow|shadowy", msgNeed: "INJECT", clauseNot: "circles|bags|cream"},
	// "a dark smudge in the middle of what i see": a shape told in the
	// sight, after an injection.
	{kind: "vision", group: UrgencyInjection, pat: "smudge|smudges|blob|blobs|smear|blur|shadow|hole|blank ..5 VISION", msgNeed: "INJECT", clauseNot: "circles|bags|cream|mirror|photo|photos|LESION|BRUISE"},
	{kind: "vision", group: UrgencyInjection, pat: "EYE <6> dark|darker|dim|dimmer|haze|hazy|grey|gray|spots|sparkly|sparkles|sparkling|flashes|flashing|curtain|black|blank|blurry|blurred|blur", msgNeed: "INJECT", clauseNot: "circles|dark_circles|bags|cream|eyeshadow|eye_shadow|makeup|liner|mascara|puffy|tired|pigmentation|spot|shade|lighting|bulb|lamp|photo|photos|selfie|camera|filter|crepey|crepy|hollow|hollows|wrinkles|wrinkly|texture"}, // "my under-eyes are crepey and dark": the skin under them, not sight (an under-eye injection with sight going dark still alarms)
	// A hole in what one eye sees since an injection: "seeing a dark spot in
	// the middle of my vision", "can only see half of things out of my left
	// eye".
	{kind: "vision", group: UrgencyInjection, pat: "dark|black|grey|gray|blank|blind ..1 spot|patch|hole ..1 in ..4 EYE", msgNeed: "INJECT", clauseNot: "area|circles|dark_circles|bags|LESION|BRUISE|pigmentation|sunspot|freckle|mole|skin|eyelid|eyelids"},
	// …in one's vision is in the sight, whatever else the clause says ("…and
	// my eyelid hurts").
	{kind: "vision", group: UrgencyInjection, pat: "dark|black|grey|gray|blank|blind ..1 spot|patch|hole ..1 in ..4 VISION", msgNeed: "INJECT", clauseNot: "area|circles|dark_circles|bags|LESION|BRUISE|pigmentation|sunspot|freckle|mole"},
	{kind: "vision", group: UrgencyInjection, pat: "see|seeing|sees ..2 half ..6 EYE|VISION", msgNeed: "INJECT", clauseNot: "results|difference|change|improvement|face|lips|cheek|cheeks|forehead|mirror"},
	// "can't see the left side of things since the filler": a side of
	// what the writer sees gone after an injection (not the side of a face
	// in the mirror).
	{kind: "vision", group: UrgencyInjection, pat: "cant|cannot|couldnt|unable .~1 see ..2 ONESIDE|left|right ..2 of ..1 things|everything|anything|room", msgNeed: "INJECT", clauseNot: "results|difference|change|improvement|face|lips|cheek|cheeks|forehead|mirror|profile|jaw|jawline|photo|photos|picture|pictures|screen"},
	{kind: "vision", group: UrgencyInjection, pat: "ONESIDE|left|right ..2 of|the ..1 things|everything|room|world|view|vision ..2 dark|darker|black|grey|gray|dim|dimmer|blank|shadowy|missing|gone", msgNeed: "INJECT", clauseNot: "results|difference|change|improvement|face|lips|cheek|cheeks|forehead|mirror|profile|jaw|jawline|photo|photos|picture|pictures|screen|lamp|lamps|light|lights|bulb|curtain|curtains|blind|blinds|window|paint|wall|walls"}, // "one side of the room looks dark", "half the room is missing" (the "of" left out): half the sight gone, told as the room
	{kind: "vision", group: UrgencyInjection, pat: "cant|cannot|couldnt|DIFF .~2 make_out|read|see|focus ..9 EYE", msgNeed: "INJECT", clauseNot: "circles|bags|results|difference|change|improvement"},
	{kind: "vision", group: UrgencyHeartBrain, ctxGroup: UrgencyInjection, pat: "VCHANGE|went_dark|went_black|gone_dark <5> VISION|everything|see", clauseNot: "else|circles|bags|black_eye|under|PRODUCT|LESION|BLURCAUSE|firmness|elasticity|volume|collagen|elastin|plumpness|bounce|glow"},
	{kind: "vision", group: UrgencyHeartBrain, ctxGroup: UrgencyInjection, pat: "blurry|blurred|blurring|blury|blurr|fuzzy|foggy|hazy|cloudy|double|patchy|dimmed .~1 VISION|eyesight", clauseNot: "BLURCAUSE"},
	{kind: "vision", group: UrgencyHeartBrain, ctxGroup: UrgencyInjection, pat: "curtain|shadow <6> EYE|VISION|over|down|came"},
	{kind: "vision", group: UrgencyHeartBrain, ctxGroup: UrgencyInjection, pat: "DIFF|NEG .~2 SEE ..3 EYE|properly|clearly|straight|out|right|well|anything|at_all !different|difference|change|improvement|results", clauseNot: "way|point|future|reason|difference|results|change|improvement|end|hope|light"},
	{kind: "vision", group: UrgencyHeartBrain, ctxGroup: UrgencyInjection, pat: "BLIND <5> EYE|gone|going|went|go|suddenly|half|partially|partly|temporarily|FAST", flags: fFig},
	{kind: "vision", group: UrgencyHeartBrain, ctxGroup: UrgencyInjection, pat: "seeing .~2 double|spots|flashes|stars !chin|chins"},
	// The light of one eye dimmed, told as a room's lights: "like someone
	// turned the lights down in my right eye" (not "…in the restaurant").
	{kind: "vision", group: UrgencyHeartBrain, ctxGroup: UrgencyInjection, pat: "lights|light|brightness ..2 down|dim|dimmed|dimming|dimmer|off|out|low|lower in|on .~1 one|left|right|POSS ..1 EYE|VISION"},
	{kind: "vision", group: UrgencyInjection, pat: "seeing|see|vision|eyesight|everything .~1 slightly|bit|a_bit|a_little|little|kinda|kind_of|sort_of|MILD .~1 double|blurry|blurred|fuzzy|dim|dark|shadowy", msgNeed: "INJECT"}, // "seeing slightly double since my forehead injections": understated, after an injection
	// "slightly blurry on my left side since the injection": a blur told of
	// one side, no eye or sight named, after an injection (however
	// understated; not a photo or a screen blurry on one side).
	{kind: "vision", group: UrgencyInjection, pat: "blurry|blurred|blurring|blury|blurr|fuzzy|foggy|hazy|dim|dimmer|double ..3 ONESIDE|left_side|right_side|one_side", msgNeed: "INJECT", clauseNot: "photo|photos|picture|pictures|pic|pics|camera|screen|image|images|lens|glasses|mirror|print|tattoo|video|selfie|scan|PRODUCT|LESION|BRUISE|skin|line|lines|edge|edges"},
	// "it's been foggy in one eye since the cheek filler": the blur told
	// before the eye it is in.
	{kind: "vision", group: UrgencyInjection, pat: "blurry|blurred|blurring|blury|blurr|fuzzy|foggy|hazy|cloudy|misty|dim|dimmer|double ..3 one|left|right EYE", msgNeed: "INJECT", clauseNot: "photo|photos|picture|pictures|pic|pics|camera|screen|image|images|lens|glasses|mirror|print|tattoo|video|selfie|scan|PRODUCT|LESION|BRUISE|skin|line|lines|edge|edges"},
	{kind: "vision", group: UrgencyHeartBrain, ctxGroup: UrgencyInjection, pat: "only|mostly|just ..3 shapes|outlines|shadows|blobs", sentNeed: "EYE|see|make|VISION", clauseNot: "PRODUCT|LESION|TREAT"},
	{kind: "vision", group: UrgencyHeartBrain, ctxGroup: UrgencyInjection, pat: "bumping|bumped|bump|walking|walked|knocking|banging .~1 into ..4 door|doors|frame|things|walls|wall|furniture|doorway", sentNeed: "left|right|ONESIDE|side", flags: fFig},

	// Heart and brain.
	{kind: "chest", group: UrgencyHeartBrain, pat: "CHEST <4> CPAIN|CLOSE|hurts|hurt|heavy|crushing|crushed|squeezed|squeezing|band|tightening|tight|vice|vise|burning", clauseNot: "LESION|skin|RED|acne", flags: fFigMoney},
	{kind: "chest", group: UrgencyHeartBrain, pat: "chest_pain", flags: fFigMoney},
	{kind: "chest", group: UrgencyHeartBrain, pat: "CHEST ..2 killing .~1 me", flags: fFigMoney, clauseNot: "LESION|skin|RED|acne|workout|day|gym|exercise|sore|stiff"}, // "my chest is killing me": a pain, told as a figure; the gym's is sore muscle
	{kind: "chest", group: UrgencyHeartBrain, pat: "CHEST ..6 band|vice|vise|strap|belt ..2 tightening|squeezing|tight|round|around|crushing", clauseNot: "LESION|skin|RED|acne|bra|sports"},
	// "chest feels like it's in a vice": the crushing told as what holds it
	{kind: "chest", group: UrgencyHeartBrain, pat: "CHEST ..2 feels|feel|felt|feeling ..4 in|like ..1 a|the vice|vise|clamp", clauseNot: "LESION|skin|RED|acne|bra|sports", flags: fFigMoney},
	{kind: "radiating", group: UrgencyHeartBrain, pat: "CHEST ..4 RADIATE|through|thru ..3 ARMJAW|left_arm|back", clauseNot: "LESION|skin|RED|acne|rash|HIVES|STREAK|INFECTED|bumps|spots|blotches|patch|patches|marks"},
	{kind: "chest", group: UrgencyHeartBrain, pat: "elephant|elephants|weight|brick|ton|tonne|truck ..4 CHEST|ribs|ribcage|breastbone"},
	// "my chest feels like an elephant is sitting on it": the chest named
	// first, then the weight it is likened to.
	{kind: "chest", group: UrgencyHeartBrain, pat: "CHEST ..3 like ..2 elephant|elephants|anvil|piano|truck|boulder|bricks", flags: fFigMoney, clauseNot: "lifted|lift|off|relief|relieved|gone|LESION|skin"},
	{kind: "chest", group: UrgencyHeartBrain, pat: "CHEST ..4 sitting|standing|kneeling|pressing|stood|sat .~1 on", flags: fFigMoney},
	// "my chest has been doing a crushing thing": a pain told as a thing
	// the chest does.
	{kind: "chest", group: UrgencyHeartBrain, pat: "CHEST ..3 doing|does|did .~1 a|this|that|the|some|weird CPAIN|CLOSE|crushing|squeezing thing|things", flags: fFigMoney, clauseNot: "LESION|skin|RED|acne|workout|gym|exercise|press|presses|yoga|stretch|stretches"},
	{kind: "chest", group: UrgencyHeartBrain, pat: "sitting|standing|kneeling|pressing|stood|sat on ..1 CHEST|ribs|ribcage", flags: fFigMoney, clauseNot: "CHILD"}, // "like someone's sitting on my ribs"
	// "his chest is pressing very strong": the chest itself presses, a
	// pressure told as its verb.
	{kind: "chest", group: UrgencyHeartBrain, pat: "CHEST .~1 is|keeps|keep|feels|feel|was|been|started|starts .~1 pressing|pressed", flags: fFigMoney, clauseNot: "LESION|skin|RED|acne|PRODUCT"},
	{kind: "chest", group: UrgencyHeartBrain, pat: "ribs|ribcage <3> tight|tightening|squeezed|squeezing|crushing|crushed", clauseNot: "LESION|skin|bra|corset|dress|top|jeans|waist|sports"}, // "my ribs feel tight": the chest, named by its bones
	{kind: "radiating", group: UrgencyHeartBrain, pat: "PAIN|CPAIN|NUMB ..4 RADIATE ..3 ARMJAW|left_arm", clauseNot: "STREAK|RED|INFECTED"},
	// "his chest is pressing… the pain go to the arm": a pain that goes to
	// the arm, in any form of "go", in a message of the chest.
	{kind: "radiating", group: UrgencyHeartBrain, pat: "PAIN|CPAIN ..2 go|goes|went .~1 to|into|down ..2 ARMJAW|left_arm", msgNeed: "CHEST", clauseNot: "STREAK|RED|INFECTED|gym|workout|workouts|exercise|exercising|lifting|weights|training|sore|muscle|muscles|stretch|stretching|slept|sleeping"}, // not "the pain went to my arm after the gym, chest day was brutal"
	{kind: "arm-weak", group: UrgencyHeartBrain, pat: "arm|arms|left_arm|right_arm <3> NUMB|PAIN|heavy|weird", flags: fWeak, clauseNot: "NUMBING|INJECT"},
	// "my arm feels week too": weak spelt as the time word, after a body
	// part and a feeling (a week is never how an arm feels).
	{kind: "arm-weak", group: UrgencyHeartBrain, pat: "arm|arms|leg|legs|hand|hands|left_arm|right_arm|left_leg|right_leg|left_hand|right_hand ..1 feels|feel|feeling|felt|gone|going|went|so|really|is ..1 week", flags: fWeak, clauseNot: "NUMBING|INJECT"},
	{kind: "jaw-weak", group: UrgencyHeartBrain, pat: "jaw|shoulder|shoulders|neck <4> NUMB|CPAIN|PAIN|heavy|weird", flags: fWeak, clauseNot: "NUMBING|INJECT|slept|sleeping"},
	// "a squeeze in my chest… now it's in my shoulder and jaw": a chest
	// pain told moved or spread into the shoulder, the jaw, the neck or an
	// arm, in a message that names the chest (weak: with the chest's sign,
	// a heart's; not a rash, hives or a redness that spread, a filler or a
	// massage). "In the middle of me" is the chest as "in my chest" is.
	{kind: "jaw-weak", group: UrgencyHeartBrain, pat: "now|spread|spreads|spreading|moved|moving|travelled|traveled|travelling|traveling|gone|going ..2 in|into|to|up .~1 POSS ..2 ARMJAW", flags: fWeak, msgNeed: "CHEST", clauseNot: "NUMBING|INJECT|TOX|filler|slept|sleeping|gym|workout|massage|RED|HIVES|ITCH|LESION|STREAK|SWELL|PRODUCT|rash|hair|tattoo|piercing"},
	{kind: "speech-weak", group: UrgencyHeartBrain, pat: "TONGUE|mouth|SPEECH|words <3> clumsy|clumsier|uncoordinated|not_working|slow|mushy|mushed|garbled|jumbled|muddled", flags: fWeak | fFig},
	// "my tongue won't do what I tell it": a tongue that will not obey.
	{kind: "speech-weak", group: UrgencyHeartBrain, pat: "TONGUE ..1 MOVELOSS", flags: fWeak, clauseNot: "PRODUCT|TREAT|INJECT|NUMBING|filler|dentist|dental|stop|stops|shut|kid|kids|CHILD|dog|cat"},
	{kind: "speech-weak", group: UrgencyHeartBrain, pat: "SPEECH <3> ODDLY|slow|SLUR|garbled|slurry|mushy|unclear|muddled|jumbled", flags: fWeak, clauseNot: "about|to|with|accent|instructions|label|leaflet|email|text|message|contract|terms"},
	{kind: "speech-weak", group: UrgencyHeartBrain, pat: "DIFF .~1 find|remember .~1 the|a .~1 word", flags: fWeak},
	{kind: "speech-weak", group: UrgencyHeartBrain, pat: "DIFF .~1 seem|seems .~1 find|remember .~1 the|a|any .~1 word|words", flags: fWeak | fFig}, // "can't seem to find the right words"
	// "I could not find the word for 'spoon'": the same trouble told with
	// "could not" or "can not" spelt out (weak: with a clumsy or weak hand
	// or a droop, a stroke's sign; "can never find the right word" is a
	// habit, not this).
	{kind: "speech-weak", group: UrgencyHeartBrain, pat: "could|can not .~1 find|remember .~1 the|a|any .~1 word|words !to", flags: fWeak | fNoNeg | fFig},
	// "the words on the screen stopped making sense": reading that has
	// suddenly stopped making sense (weak: with a clumsy or weak hand or a
	// droop, a stroke's sign; not a label, a contract or an argument).
	{kind: "speech-weak", group: UrgencyHeartBrain, pat: "text|page|words|writing|letters|reading|sentences|book ..3 stopped|stop|stops .~1 making .~1 sense", flags: fWeak | fFig, clauseNot: "PRODUCT|label|labels|instructions|ingredients|article|post|explanation|contract|terms|argument|plot|story|lyrics|code|maths|math|homework|exam"},
	{kind: "arm-weak", group: UrgencyHeartBrain, pat: "hand|hands|fingers <3> clumsy|NUMB|useless|weak|not_working", flags: fWeak, clauseNot: "NUMBING|INJECT"},
	// One arm or leg gone numb or heavy and not obeying: "my left arm went
	// numb and heavy and I can't lift it properly" (a stroke's sign, not an
	// arm slept on or sore from a jab).
	{kind: "arm-loss", group: UrgencyHeartBrain, pat: "left_arm|right_arm|left_leg|right_leg|left_hand|right_hand ..4 NUMB|heavy|dead|useless ..6 MOVELOSS", msgNot: "NUMBING|INJECT|slept|sleeping|lying|gym|workout|weights|lifting|vaccine|jab|shot|sore|cramp|carpal|pins"},
	// One arm or leg gone heavy, weak or numb, named by its side: "my left
	// leg feels heavy" (weak: with a dizziness, a droop or a faint, a
	// stroke's sign; not a limb slept on or sore from the gym).
	{kind: "arm-weak", group: UrgencyHeartBrain, pat: "left_arm|right_arm|left_leg|right_leg|left_hand|right_hand ..3 heavy|weak|numb|dead|useless|floppy", flags: fWeak, msgNot: "NUMBING|INJECT|slept|sleeping|lying|gym|workout|weights|lifting|vaccine|jab|shot|sore|cramp|carpal|pins|run|running|squats"},
	// A fit told by what was seen: "I went stiff and shook for a minute",
	// "my arms were twitching and I was gone for a minute".
	{kind: "fit", group: UrgencyHeartBrain, pat: "went|gone|going|was|were|goes .~1 stiff|rigid ..3 shook|shaking|jerking|jerked|twitching|twitched|convulsed|juddering|thrashing", clauseNot: "cold|freezing|fear|scared|nervous|laughing|laughter|gym|workout|chills|shivering|rigors|cramp|cramps"},
	{kind: "fit", group: UrgencyHeartBrain, pat: "arms|legs|body|limbs ..2 twitching|jerking|shaking|convulsing|jerked|twitched", msgNeed: "was_gone|FAINT|remember|zoned|unresponsive|not_responding|came_to|lost_time|bitten|bit_my_tongue", clauseNot: "cold|freezing|fear|scared|nervous|laughing|gym|workout|chills|shivering|rigors|cramp|cramps|caffeine|coffee|asleep|sleep|sleeping|dozing|hiccups"},
	{kind: "droop-weak", group: UrgencyHeartBrain, pat: "smile|mouth <4> uneven|wonky|asymmetric|asymmetrical|lopsided|crooked", flags: fWeak},
	{kind: "chest-weak", group: UrgencyHeartBrain, pat: "CHEST <4> ODDLY|fluttering|flutter|racing|pounding", flags: fWeak, clauseNot: "LESION|skin"},
	// "a bit of a squeeze in my chest": a chest pain told as a squeeze or a
	// pressure (weak: with an arm gone numb, a heart sign; not a hug, a
	// bra or a workout).
	// "a heavy ache in my left arm and across my chest": an ache told
	// once for an arm and the chest.
	{kind: "chest-weak", group: UrgencyHeartBrain, pat: "ache|aching|heavy|heaviness|pain ..6 across|in|through .~1 POSS|the .~1 CHEST", flags: fWeak, clauseNot: "LESION|skin|hug|hugs|bra|corset|dress|top|binder|gym|workout|exercise|running|massage|cold|cough|flu|rash|ITCH|HIVES|PRODUCT|sunburn|burn"},
	{kind: "chest-weak", group: UrgencyHeartBrain, pat: "squeeze|squeezing|pressure|tightness|heaviness ..3 CHEST", flags: fWeak, clauseNot: "LESION|skin|hug|hugs|hugged|bra|corset|dress|top|binder|gym|workout|exercise|running|massage|cold|cough|flu"},
	// Hands to the chest: "keeps rubbing his chest", "clutching her chest"
	// (weak: with an arm that hurts or a sweat, a heart's sign; not a cream
	// rubbed in).
	{kind: "chest-weak", group: UrgencyHeartBrain, pat: "rubbing|rubs|rubbed|clutching|clutches|clutched|holding|holds|pressing|grabbing|grabbed ..1 POSS|my .~1 CHEST", flags: fWeak, clauseNot: "PRODUCT|LESION|skin|cream|lotion|oil|balm|vapor|vaporub|vicks|massage|massaging|rash|itchy|ITCH|HIVES|baby|cat|dog|cold|cough|coughing|flu|congested|congestion"},
	// …and to one arm: "he's holding his left arm" (weak: with a hand to
	// the chest or a sweat, a heart's sign; not a baby or a bag held).
	{kind: "arm-weak", group: UrgencyHeartBrain, pat: "clutching|clutches|clutched|holding|holds|gripping|grips|cradling|cradles ..1 POSS|my .~1 left_arm|right_arm|arm", flags: fWeak, clauseNot: "PRODUCT|INJECT|NUMBING|baby|CHILD|bag|bags|hand|hands|gym|workout|sling|cast|broke|broken|sprain|sprained|tattoo|jab|vaccine|shot"},
	{kind: "droop", group: UrgencyHeartBrain, pat: "droop|drooping|droopy|drooped|droops|slack|fallen|dropped_down|dragging_down|pulling_down|hanging_down <5> face|mouth|smile|ONESIDE|side|cheek", clauseNot: "EYELID|TOX"},
	{kind: "droop", group: UrgencyHeartBrain, pat: "face .~2 droop|drooping|droopy|drooped"},
	// "sagging" is how skin ages ("is exosome serum good for a sagging
	// face?"): a sag is a stroke's droop only on one side, or of the
	// mouth or smile.
	{kind: "droop", group: UrgencyHeartBrain, pat: "sagging|saggy <5> ONESIDE|side", clauseNot: "EYELID|TOX"},
	{kind: "droop", group: UrgencyHeartBrain, pat: "sagging|saggy <5> mouth|smile", clauseNot: "EYELID|TOX|lines|line|wrinkles|corners|marionette"},
	// "my face has dropped on one side": a face, mouth or smile dropped to
	// one side is drooped (not a weight dropped, nor after a toxin).
	{kind: "droop", group: UrgencyHeartBrain, pat: "face|mouth|smile ..2 dropped|dropt ..2 ONESIDE", clauseNot: "EYELID|TOX|forehead|brow|brows|eyebrow|eyebrows|weight|pounds|kilos|kg|lbs|stone|fat|volume"},
	{kind: "droop-weak", group: UrgencyHeartBrain, pat: "DROOP <5> face|mouth|smile|lip|lips|ONESIDE|side", flags: fWeak, clauseNot: "EYELID"},
	{kind: "one-side", group: UrgencyHeartBrain, pat: "ONESIDE <6> NUMB|DROOP|MOVELOSS|frozen|dead|paralyzed|paralysed|weak", clauseNot: "NUMBING|TOX|forehead|brow|brows|eyebrow|eyebrows"},
	// A face and an arm numb or heavy together, one side named: "the left
	// side of my face and my left arm feel numb and heavy" (not after a
	// numbing cream, an injection or a night slept on the arm).
	{kind: "one-side", group: UrgencyHeartBrain, pat: "FACE|ONESIDE ..4 and .~2 ARMJAW|arm|arms|leg|legs|hand|hands|left_hand|right_hand|left_leg|right_leg ..3 NUMB|heavy|weak|MOVELOSS|dead", sentNeed: "ONESIDE|left|right|left_arm|right_arm|left_hand|right_hand|left_leg|right_leg", clauseNot: "NUMBING|INJECT|TOX|slept|sleeping|lying|cold|freezing|snow|gym|workout|weights"},
	{kind: "sudden-weakness", group: UrgencyHeartBrain, pat: "FAST <6> NUMB|MOVELOSS|weakness|weak", sentNeed: "ARMJAW|leg|legs|hand|FACE|ONESIDE|body", clauseNot: "NUMBING"},
	{kind: "face-numb", group: UrgencyHeartBrain, pat: "FACE|lip|lips|cheek <4> NUMB", flags: fWeak, clauseNot: "NUMBING|INJECT|TREAT"},
	// A face or mouth gone numb, whatever numbed it ("the dentist numbed my
	// mouth"): weak, and only with a weak or heavy arm a stroke's sign (an
	// anaesthetic in the mouth never reaches an arm; see combos).
	{kind: "mouth-numbed", group: UrgencyHeartBrain, pat: "FACE|mouth|lip|lips|cheek|jaw|gum|gums|TONGUE <4> NUMB|numbed", flags: fWeak},
	// An arm or hand gone weak or heavy (weak: beside a numbed mouth, a
	// stroke's sign; a numbing of the arm, a jab, a night slept on it or
	// the gym explain it, a numbing of the mouth does not: numbsMouth).
	{kind: "arm-heavy", group: UrgencyHeartBrain, pat: "arm|arms|hand|hands|left_arm|right_arm|left_hand|right_hand <3> weak|weaker|weakness|heavy|heavier|limp|dead|useless|floppy|MOVELOSS", flags: fWeak, clauseNot: "NUMBING|INJECT|slept|sleeping|lying|gym|workout|weights|lifting|vaccine|jab|shot|sore|cramp|carpal|pins|tattoo"},
	{kind: "slurred", group: UrgencyHeartBrain, pat: "SLUR", flags: fFig},
	{kind: "slurred", group: UrgencyHeartBrain, pat: "SPEECH|voice <3> slow|SLUR|garbled|slurry|weird|funny|strange|wrong|off|drunk", clauseNot: "about|to|with|accent", flags: fFig},
	// Speech that fails in a mouth numbed for dental work ("can't form
	// the words since the dentist numbed it"), told anywhere in its
	// sentence ("still can't talk right, the dentist numbed my jaw"), is
	// the local anaesthetic, no stroke (mouthNumbed).
	{kind: "cant-speak", group: UrgencyHeartBrain, pat: "DIFF .~2 speak|talk|talking|speaking|get_words_out|find_words|form_words !about|to|with|through|anymore|for|for_long|long|much|until|till|til|later", sentNot: mouthNumbed},
	{kind: "cant-speak", group: UrgencyHeartBrain, pat: "DIFF .~1 get|find|form .~1 POSS|the|any .~1 words !to", sentNot: mouthNumbed}, // not "can't find the words to thank you"
	// In a mouth numbed for dental work the same words are still a weak
	// sign: alone they are the numbing, beside a weak arm or a drooping
	// face they are a stroke's.
	{kind: "speech-weak", group: UrgencyHeartBrain, pat: "DIFF .~2 speak|talk|talking|speaking|get_words_out|find_words|form_words !about|to|with|through|anymore|for|for_long|long|much|until|till|til|later", flags: fWeak, sentNeed: mouthNumbed},
	{kind: "speech-weak", group: UrgencyHeartBrain, pat: "DIFF .~1 get|find|form .~1 POSS|the|any .~1 words", flags: fWeak, sentNeed: mouthNumbed},
	{kind: "confused", group: UrgencyHeartBrain, pat: "!im|am|just|so|bit|little|kinda|totally|really CONFUSED", sentNeed: "FAST|THIRD|got|went|now|just", flags: fFig, clauseNot: "about|by|with|PRODUCT|which|what|how"},
	// "she's no makin much sense": a person who is not making (much) sense,
	// the Scots "no" for "not" (not sense made of a label or instructions).
	{kind: "confused", group: UrgencyHeartBrain, pat: "he|she|hes|shes|THIRD .~1 not|no|isnt|wasnt|aint ..1 making .~1 much|any ..1 sense !of|about|to|with", flags: fNoNeg, msgNot: "says|said|saying|argue|arguing|argument|logic|point|reasoning|opinion|theory|claims|claim|explain|explaining", clauseNot: "PRODUCT|label|labels|instructions|ingredients|article|post|video|explanation|advice|price|prices|words|text|message|email|plan|chart|app"},
	{kind: "arm-loss", group: UrgencyHeartBrain, pat: "MOVELOSS .~2 arm|arms|leg|legs|hand|ARMJAW|face|one_side|side"},
	{kind: "arm-loss", group: UrgencyHeartBrain, pat: "arm|arms|leg|legs|hand|left_arm|right_arm .~2 MOVELOSS", clauseNot: "gym|weights|workout|heavy|sore|slept|sleeping|INJECT|NUMBING"},
	{kind: "speech-weak", group: UrgencyHeartBrain, pat: "tripping|stumbling|tripped|stumbled ..2 words", flags: fWeak},
	// "his words are coming out like mush" (weak: with a one-sided droop, a
	// stroke's sign).
	// "when I went to say sorry it came out as nonsense": what one meant
	// to say came out garbled, with what was said and to whom between
	// ("tried to say hello to my sister on the phone and it came out…").
	{kind: "speech-weak", group: UrgencyHeartBrain, pat: "say|said|saying|speak|talk|answer|reply ..9 it|they|that|everything .~1 comes|came|coming .~1 out ..2 mush|mushy|garbled|jumbled|slurred|gibberish|nonsense|wrong|muddled", flags: fWeak | fFig},
	{kind: "speech-weak", group: UrgencyHeartBrain, pat: "SPEECH|words ..3 comes|come|coming|came .~1 out ..2 mush|mushy|mushed|garbled|jumbled|slurred|gibberish|nonsense|wrong|muddled", flags: fWeak | fFig},
	{kind: "speech-weak", group: UrgencyHeartBrain, pat: "other|wrong|different|random .~1 word|words ..2 comes|come|coming|came ..1 out", flags: fWeak}, // "i try to say 'serum' and some other word comes out"
	// "my words would not come out right": speech that fails (weak: with a
	// droop or a weak arm, a stroke's sign; not words put in a text, an
	// essay or a speech one is nervous about).
	{kind: "speech-weak", group: UrgencyHeartBrain, pat: "SPEECH|words ..3 NEG .~1 come_out|come|coming|came ..2 right|properly|straight|clearly|proper", flags: fWeak | fNoNeg, clauseNot: "text|texts|email|emails|essay|letter|card|writing|write|wrote|nervous|shy|crush|interview|presentation|date|argument|language|french|english|spanish|apology|sorry"},
	// "my mouth won't say the words properly": a mouth or a tongue that
	// fails to shape the words (weak, as above; not words put in writing,
	// nor a mouth numbed for a filling).
	{kind: "speech-weak", group: UrgencyHeartBrain, pat: "mouth|TONGUE|lips ..2 NEG|DIFF .~1 say|form|make|shape|get ..2 words|word ..1 right|properly|straight|clearly|proper|out", flags: fWeak | fNoNeg, clauseNot: "text|texts|email|emails|essay|letter|card|writing|write|wrote|nervous|shy|crush|interview|presentation|date|argument|language|french|english|spanish|apology|sorry|" + mouthNumbed},
	{kind: "face-numb", group: UrgencyHeartBrain, pat: "ONESIDE|arm|leg|hand|FACE|body ..6 belongs_to_someone_else|not_mine", flags: fWeak},
	{kind: "chest", group: UrgencyHeartBrain, pat: "elephant|elephants|anvil|piano ..3 on .~1 me|chest|ribs|ribcage|breastbone", flags: fFigMoney},
	// "…pressure in my chest? it's like something heavy sitting on me": a
	// weight on the writer, in a message about the chest (not a cat, a
	// child or a blanket on them).
	{kind: "chest", group: UrgencyHeartBrain, pat: "something|someone|somebody heavy .~1 sitting|pressing|pushing|lying|standing|kneeling|sat|stood .~1 on .~1 me|CHEST", flags: fFigMoney, msgNeed: "CHEST", clauseNot: "CHILD|kid|kids", msgNot: "cat|cats|dog|dogs|puppy|kitten|blanket|duvet|weighted"},
	{kind: "faint", group: UrgencyHeartBrain, pat: "!nearly|almost|about|like|gonna|going|might|could|think|thought|prone|would FAINT !early|earlier|til|till|until|before|samples|flyers|leaflets|sweets|vouchers|freebies|of", flags: fFig, subjNot: "FALLOBJ"},
	// "before" after a faint is mostly a time it ended by ("not waking up
	// before my alarm") or an earlier occasion ("I've fainted before"), but
	// as a conjunction with its subject after it the faint came first ("he
	// passed out before I could call anyone"), and "this one" after an
	// earlier occasion is the one of now ("he's had seizures before but
	// this one won't stop"; earlierOccasion lets it alarm only if going on).
	{kind: "faint", group: UrgencyHeartBrain, pat: "!nearly|almost|about|like|gonna|going|might|could|think|thought|prone|would FAINT before I|THIRD|anyone|anybody|someone|somebody|we|they", flags: fFig, subjNot: "FALLOBJ", clauseNot: "alarm|alarms|noon|usual"},
	{kind: "faint", group: UrgencyHeartBrain, pat: "!nearly|almost|about|like|gonna|going|might|could|think|thought|prone|would FAINT before", flags: fFig, subjNot: "FALLOBJ", sentNeed: "wont_stop|lasting|longer|worse|still|keeps", clauseNot: "NEG|ever|never"},
	{kind: "faint", group: UrgencyHeartBrain, pat: "!nearly|almost|about|like|gonna|going|might|could|think|thought|prone|would FAINT .~1 twice|again|2x|thrice", sentNeed: "RECENT|tonight|this_morning|this_afternoon|this_evening|last_night"}, // "haha I passed out twice today… no biggie": a faint that came back, laughed off or not
	// "keep almost blacking out, and I did go down once, probably low sugar":
	// near-faints that keep coming, one of which ended in a real fall, are
	// a collapse, whatever harmless cause the writer guesses.
	{kind: "faint", group: UrgencyHeartBrain, pat: "keep|kept|keeps|keeping|been ..2 nearly|almost FAINT ..10 go|went|gone|fell|dropped|hit .~2 down|over|floor|ground|deck !to|the|stairs|for|with|well", flags: fFig, clauseNot: "laughing|laugh|lol|lmao|haha|price|prices|bill|cost"},
	{kind: "faint-weak", group: UrgencyHeartBrain, pat: "nearly|almost|about|gonna|going|might|could FAINT", flags: fWeak | fFig},
	{kind: "faint-weak", group: UrgencyHeartBrain, pat: "feel|feeling|felt|feels|going|gonna|about ..2 faint", flags: fWeak | fFig},
	// "I keep greying out when I stand": the sight going grey, a faint
	// coming on (not a button or an option greyed out on a screen).
	{kind: "faint-weak", group: UrgencyHeartBrain, pat: "I|keep|keeps|kept|keeping|started|been|almost|nearly .~1 greying|graying out", flags: fWeak | fFig, clauseNot: "button|buttons|option|options|box|screen|app|site|website|page|link|menu|tab|field|checkout|hair|beard"},
	// "what does it mean when you black out in the shower and wake up on
	// the floor": a blackout that ended on the floor happened, however it
	// is asked (not a drunk night, a dream or a film).
	{kind: "faint", group: UrgencyHeartBrain, pat: "FAINT ..6 wake_up|woke|came_to|waking ..3 on_the_floor|on_the_ground", flags: fNoFrame, clauseNot: "drunk|drinking|party|hangover|hungover|alcohol|vodka|beer|wine|shots|dream|dreamt|dreaming|nightmare|movie|film|show|character|game|story|novel"},
	{kind: "faint-weak", group: UrgencyHeartBrain, pat: "I|THIRD|then|up|woke|myself .~2 on_the_floor|on_the_ground", flags: fWeak | fFig, clauseNot: "PRODUCT|sat|sitting|sit|lying|lie|laying|slept|sleeping|yoga|workout|kids|playing|dropped"},
	// "coworkers said I was out for a minute": a spell of unconsciousness
	// others timed (not "out for a walk", "out for lunch", "was out for a
	// minute" away from a desk).
	{kind: "faint", group: UrgencyHeartBrain, pat: "said|say|says|told|reckon ..2 I|he|she|they|you .~1 was|were|went out .~1 for .~1 a|about|like|around|almost ..1 minute|minutes|min|mins|second|seconds|secs", clauseNot: "walk|lunch|coffee|break|smoke|errand|errands|shop|shops|store|drink|drinks|dinner|run|office|desk|room|meeting|car|call"},
	// "I went down on the warehouse floor": a fall to the floor told as
	// going down (weak: with a spell out or a racing heart, a collapse).
	{kind: "faint-weak", group: UrgencyHeartBrain, pat: "I|he|she|they .~1 went|go|goes|going down on|onto|to .~1 the|a ..2 floor|ground", flags: fWeak, clauseNot: "knee|knees|stairs|slide|escalator|lift|elevator|level|basement|PRODUCT"},
	{kind: "faint", group: UrgencyHeartBrain, pat: "woke|woken|came_to ..3 on ..2 floor|flor|ground", flags: fFig, sentNeed: "how_long|know|remember|blood|head|confused|DIZZY"},
	// "woke up on the salon floor": coming to on a floor named by its room
	// (weak: with a heart that skips, an emergency; not after a night out,
	// a sleepover or a dream).
	{kind: "faint-weak", group: UrgencyHeartBrain, pat: "woke|woken|came_to ..3 on ..2 floor|flor|ground", flags: fWeak | fFig, clauseNot: "drunk|drinking|party|hangover|hungover|alcohol|vodka|beer|wine|shots|dream|dreamt|dreaming|nightmare|movie|film|show|character|game|story|novel|sleepover|camping|tent|sofa|couch|airbed|mattress|slept|sleeping|asleep|dog|cat|kids"},
	// A faint with a blow to the head, laughed off or not: "i think i just
	// fainted in the bathroom after the treatment lol hit my head a little".
	{kind: "faint", group: UrgencyHeartBrain, pat: "!nearly|almost|about|like|gonna|going|might|could|thought|prone|would FAINT ..8 hit|hitting|banged|banging|bumped|bumping|smacked|knocked|whacked .~1 POSS|my|the .~1 head"},
	{kind: "unresponsive", group: UrgencyHeartBrain, pat: "DIFF|NEG|NOTV .~1 wake|waking THIRD|him|her|them"},
	{kind: "unresponsive", group: UrgencyHeartBrain, pat: "THIRD ..5 NOTV|NEG .~1 waking|responding|responsive|wake|answering|moving !her|his|their|phone|texts|messages|calls|emails|the", flags: fNoNeg},
	// "client just slumped and isn't answering us properly"
	{kind: "unresponsive", group: UrgencyHeartBrain, pat: "slumped|slumping|keeled|flopped|sagged ..6 NOTV|NEG .~1 answering|responding|responsive|waking !her|his|their|phone|texts|messages|calls|emails|the|my|our", flags: fNoNeg},
	{kind: "not-breathing", group: UrgencyHeartBrain, pat: "NOTV|NEG .~2 BREATHE !problems|problem|issues|issue|difficulties|difficulty|trouble|troubles|through|in|word|words", flags: fNoNeg | fFigMoney},
	{kind: "stopped-breathing", group: UrgencyHeartBrain, pat: "stopped_breathing", flags: fFig},
	{kind: "stroke", group: UrgencyHeartBrain, pat: "!almost|nearly|practically|literally|basically|gonna|going|gave|give|thought|worried|feared|scared having|think|like|had .~3 stroke|heart_attack !scare|scares", flags: fFig},
	{kind: "feel-dying", group: UrgencyMedical, pat: "feel|feels|feeling|felt like .~2 dying|die", flags: fFig},
	{kind: "feel-dying", group: UrgencyMedical, pat: "feel_like .~2 dying|die", flags: fFig},
	{kind: "headache", group: UrgencyHeartBrain, pat: "worst|thunderclap|FAST .~3 HEADACHE"},
	{kind: "headache", group: UrgencyHeartBrain, pat: "FAST .~1 SEVERE|blinding|splitting|excruciating|terrible|awful .~1 HEADACHE"}, // "sudden severe headache": a thunderclap
	{kind: "headache-weak", group: UrgencyHeartBrain, pat: "SEVERE .~2 HEADACHE", flags: fWeak},
	{kind: "dizzy", group: UrgencyHeartBrain, pat: "DIZZY", flags: fWeak | fFig},
	{kind: "palpitations", group: UrgencyHeartBrain, pat: "PALP", flags: fWeak | fFig},
	{kind: "sweat", group: UrgencyHeartBrain, pat: "SWEAT|drenched", flags: fWeak},
	{kind: "bleeding", group: UrgencyMedical, pat: "BLEED <4> BLEEDX", flags: fFig | fMild},
	// Not an emergency service a thing has of its own ("this zit needs
	// its own ambulance"): a figure of size, no one's call. Nor one called
	// on money or on a cosmetic worry no emergency treats ("called 999 on
	// my pores").
	{kind: "call-emergency", group: UrgencyMedical, pat: "!own EMERG", sentNeed: "I|THIRD|HELP|should|need|do", flags: fLaugh | fJoke | fFigObj | fEyeRoll, clauseNot: "wallet|account|haul|credit_card|bill|bills|budget|pores|wrinkles|blackheads|whiteheads|zit|zits|pimple|pimples|eyebags|cellulite", subjNot: "PRODUCT|TREAT"}, // "my bank account needs an ambulance after this haul"; "are exosomes the paramedics?": a product the emergency service
	{kind: "emergency-weak", group: UrgencyMedical, pat: "!own emergency|urgent", flags: fWeak},
	{kind: "alarm", group: UrgencyMedical, pat: "sos|help_me|please_help|pls_help|plz_help|someone_help|omg_help", flags: fWeak},
	{kind: "face-swelling", group: UrgencyAirway, pat: "SWELL|BIGX ..6 cant|cannot|cnt|couldnt .~1 SEE", sentNeed: "FACE|EYE|I"},

	// "came over a bit faint and went down on the kitchen floor": a faint
	// that ended on the floor.
	{kind: "faint", group: UrgencyHeartBrain, pat: "faint|woozy|lightheaded|light_headed|DIZZY ..4 went|gone|fell|dropped|slid|keeled down|over .~1 on|onto|to .~1 the|a ..2 floor|ground", clauseNot: "knee|knees|stairs|PRODUCT|yoga|workout"},
	// "how long is it normal to not be able to lift your right arm after a
	// facial": an arm that cannot be lifted is a case now, however it is
	// asked (not after a jab, a workout or a shoulder operation).
	{kind: "arm-loss", group: UrgencyHeartBrain, pat: "not|unable|cant|cannot|couldnt ..2 able|lift|raise ..3 right_arm|left_arm|arm|arms|right_leg|left_leg", flags: fNoFrame | fNoNeg, clauseNot: "gym|weights|workout|sore|slept|sleeping|INJECT|NUMBING|vaccine|vax|surgery|operation|shoulder|tendon|tendonitis|sprain|sprained|broken|fracture|cast|sling|physio"},
	// "my mouth's gone on strike down one side": the mouth failing on one
	// side (weak: with speech, an emergency); "my words sound drunk": words
	// that sound slurred (weak: with a droop, an emergency).
	{kind: "droop-weak", group: UrgencyHeartBrain, pat: "mouth|face|smile|lip|lips ..6 down ..1 one_side|ONESIDE", flags: fWeak},
	{kind: "speech-weak", group: UrgencyHeartBrain, pat: "words|SPEECH|talking ..2 sound|sounds|sounding ..1 drunk|slurred|slurry|wrong|weird|funny|mushy", flags: fWeak, clauseNot: "wine|beer|drinks|drinking|tipsy|hungover|shots|pub|bar|accent|french|english|language"},

	// Poisoning.
	// "my little brother drank the juice he found in the bathroom and it
	// was my toner": what a child took named in a later clause, as a
	// product or pills that it turned out to be (not "it wasn't").
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "CHILD ..4 INGESTPAST ..12 it|that|which .~1 was|were|is .~1 my|the|her|his|a|mums|mum|moms|mom|sisters|dads .~1 PRODUCT|PILLS !night|nights|day|days|time|routine|step|that|which|who|i|we|he|she", flags: fNoNeg, clauseNot: "NEG|HABIT|fine|safe|ok|okay|empty|before|after|using|used|wearing", msgNot: "locked|lock|fake|pretend|toy|toys|doll|dolls|playset"},
	// Nigerian Pidgin: "baby chop d cream wey i dey use, e dey vomit": a
	// child who "chop"s (eats) a product, in a message with Pidgin's
	// "dey", "wey" or "don" (not "chop" a vegetable, nor "chop money").
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "CHILD ..3 chop|chopped|chops ..4 PRODUCT|PILLS|POISON|peel|acid|acids|bleach", msgNeed: "dey|wey|don|abeg|wetin|una|sef", clauseNot: "HABIT|NEG|EDIBLE|food|help|helps|helping|helped|knife|board|onion|onions|cucumber|money|cash"},
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "CHILD <20> INGEST !EDIBLE|glass|cup|bowl|plate|meal|snack|milk|formula", clauseNot: "HABIT|breastfeeding|breastfeed|nursing|pregnant|outside", msgNeed: "PRODUCT|PILLS|POISON|peel|solution|acid|acids|bleach|sample|samples|tester|testers|sanitiser|sanitizer|sanitisers|sanitizers|handwash|disinfectant|mist"},
	// "one of the children in our room just drank hand sanitiser from the
	// dispenser": a child who drank or licked a hand sanitiser or a
	// disinfectant, alcohol by the mouthful (not used on the hands).
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "INGESTPAST|drinking|swallowing|licking|licked|sucking|sucked ..3 sanitiser|sanitizer|sanitisers|sanitizers|handwash|disinfectant", sentNeed: "CHILD|he|she|they|mine", msgNeed: "CHILD", clauseNot: "HABIT|after|before|then|using|used|use|uses"},
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "make|making ..3 CHILD ..2 throw_up|vomit|puke|sick !from|of|in|on", flags: fNoFrame, clauseNot: "stop|stopping|NEG|car|carsick|motion|travel|bug|virus|teething|milk|formula|food|EDIBLE", msgNeed: "PRODUCT|PILLS|NUMBING|POISON|peel|acid|acids|bleach|wash|toner|serum|cream", msgAlso: "had|INGESTPAST|INGEST|got_into"}, // "how do I make a 2 year old throw up? he had the salicylic acid wash": making a child sick is for what he took in
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "CHILD ..4 who|that just|already|has did|done|drank|drunk|had", sentNeed: "asking", msgNeed: "drinks|drink|drank|eats|eat|ate|swallows|swallow|swallowed", msgAlso: "PRODUCT|PILLS|NUMBING|POISON|peel|acid|acids|bleach|wash|toner|serum|cream"},                                                                             // "does milk cancel out face peel if a kid drinks it? asking for my son who just did"
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "had|took|drank|downed|got ..3 gulps|gulp|swigs|swig|sips|sip|mouthful|mouthfuls", sentNeed: "PRODUCT|TREAT|PILLS|peel|solution|acid|bleach", msgNeed: "CHILD"},
	// "the baby got hold of the tanning drops and had a suck on the bottle":
	// a suck had on a product's bottle, tube or dropper, the product named
	// in the sentence (not on her own bottle of milk, a dummy or a thumb).
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "had|took|having|taking|has ..2 suck|sucks on|of|at the|that|this|a ..1 bottle|bottles|tube|tubes|pot|jar|dropper|pipette|lid|cap|PRODUCT", sentNeed: "PRODUCT|PILLS", msgNeed: "CHILD", clauseNot: "EDIBLE|milk|formula|dummy|pacifier|thumb|feed|bedtime"},
	// "The wee one got hold of the sheep drench in the shed and had a swig":
	// a swig of a farm, garden or household chemical (not of a drink) — or
	// from the sprayer that holds it.
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "gulps|gulp|swigs|swig|sips|sip|mouthful|mouthfuls|had_a_sip|took_a_sip|took_a_swig|had_a_drink|took_a_drink|swigged|gulped|drank|drunk|swallowed|chugged", sentNeed: "drench|wormer|dewormer|weedkiller|weed_killer|sprayer|sprayers|pesticide|insecticide|herbicide|antifreeze|paraffin|kerosene|petrol|diesel|turps|bleach|detergent|disinfectant|dip|fertiliser|fertilizer|pellets|slug|rat|chemical|chemicals", msgNeed: "CHILD", clauseNot: "EDIBLE|juice|water|milk|tea|coffee|lemonade|squash|pop|soda|wine|beer"},
	{kind: "child-signs", group: UrgencyPoisoning, pat: "CHILD <20> sleepy|drowsy|floppy|limp|wobbly|unsteady|dribbly|drooling|vomiting|gagging|retching|throwing_up|UNWELL|tummy_burns|tummy_hurts|stomach_burns|stomach_hurts", sentNeed: "CHILD|he|she|hes|shes|his|her", msgNeed: "cabinet|cupboard|cap_off|lid|empty|emptied|got_into|playing|bottle|open|vial|vials|sachet|sachets|tube|jar", clauseNot: "HABIT"},
	// A child who smells of something is a sign only beside a product and
	// a container emptied or opened, an intake or another sign: "my
	// daughter got into the cabinet, the remover is empty and she smells
	// like it" (not "my toddler's breath smells of garlic after dinner",
	// "the baby's breath smells like milk": a smell is no sign by itself,
	// and one of a food or a drink none at all).
	{kind: "child-signs", group: UrgencyPoisoning, pat: "CHILD <20> smells|smelling|smelled|smelt|reeks|stinks", sentNeed: "CHILD|he|she|hes|shes|his|her", msgNeed: childSmellProducts, msgAlso: childSmellWith, clauseNot: "HABIT|" + smellNotProduct},
	// A product's smell on a child's breath or mouth, the product named next
	// to it: "my toddler's breath smells like my toner".
	{kind: "child-signs", group: UrgencyPoisoning, pat: "breath|mouth|lips ..2 smells|smell|smelling|smelled|smelt|reeks|stinks ..2 of|like ..3 PRODUCT|PILLS|peel|solution|acid|acids|bleach|chemical|chemicals|remover|acetone", sentNeed: "CHILD|his|her|their", msgNeed: "CHILD", clauseNot: "HABIT|" + smellNotProduct},
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "had|took|drank|downed ..3 gulps|gulp|swigs|swig|mouthful|mouthfuls", sentNeed: "CHILD|he|she|they|mine", msgNeed: "PRODUCT|PILLS|peel|solution|acid|bleach", clauseNot: "EDIBLE"},
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "had|took|drank|downed|drunk|finished|ate ..2 half|most|all|rest .~2 bottle|tube|jar|pot|vial|vials|sachet|sachets", sentNeed: "CHILD|he|she|they", msgNeed: "PRODUCT|PILLS|peel|solution|acid|bleach", clauseNot: "EDIBLE|HABIT"}, // "he only had like half the bottle"
	// A container a child finished or emptied: "my 4 year old finished the
	// vial while I was asleep" drank all of it (not "…finished her juice",
	// no product named; not "I finished the vial", no child its subject;
	// not a bottle of sunscreen used up on the skin at the beach).
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "CHILD|he|she|mine .~2 finished|emptied|drained .~1 the|my|a|her|his|their|whole|entire|that|this ..2 bottle|tube|jar|pot|vial|vials|sachet|sachets|ampoule|ampoules|capsule|capsules|dropper|PRODUCT", msgNeed: "PRODUCT|PILLS|peel|solution|acid|acids|bleach", clauseNot: "EDIBLE|HABIT|food|snack|milk|formula|juice|water|smoothie|yogurt|yoghurt|puree|cereal|using|used|applying|applied|rubbing|rubbed|painting|painted|beach|pool|sunscreen"},
	// "she had a sip of wine from my glass and now she's very sleepy, she is
	// 2": alcohol a young child drank, with a sign after (not water or
	// juice, nor the writer's own glass).
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "CHILD|she|he|mine .~2 had_a_sip|took_a_sip|took_a_swig|sipped|drank|drunk|swigged|gulped|had|took ..4 wine|beer|vodka|gin|rum|whisky|whiskey|alcohol|prosecco|champagne|cider|spirits|cocktail|liqueur|tequila|brandy|sherry|mouthwash", flags: fNoFrame, gapNot: "i|im|ive|id|me", msgNeed: "CHILD", msgAlso: "sleepy|drowsy|floppy|limp|wobbly|unsteady|vomiting|UNWELL|unresponsive|pale|quiet|staggering|stumbling", clauseNot: "HABIT|NEG|non|free|nonalcoholic|zero|juice|water"},
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "popped|pop|popping ..4 PILLS", sentNeed: "CHILD"},
	// A child's intake told as a mouthful taken, in dialect or not: "the
	// bairn's had a gobful o' me serum", "she had a good suck on a tube of
	// numbing cream" (not a drink or a food, nor the child's own bottle).
	// …or as a lump of a product eaten, the child then pale or sleepy:
	// "he's eaten a good lump and now he's gone pale and sleepy".
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "he|she|hes|shes|they|mine|CHILD .~1 eaten|ate|had|swallowed .~1 a ..1 lump|dollop|blob|glob|chunk|fingerful", flags: fNoFrame, msgNeed: "CHILD", msgAlso: "sleepy|drowsy|floppy|pale|vomiting|sick|UNWELL", sentNeed: "PRODUCT|PILLS|NUMBING|salve|balm|ointment|camphor|menthol|sleepy|drowsy|pale|floppy", clauseNot: "HABIT|EDIBLE|if|would|could|should|cake|butter|cheese|chocolate|sugar|bread|food|play|playdough|plasticine|clay"},
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "had|took|taken|got .~1 a ..1 gobful|gobfuls|mouthful|mouthfuls|suck|swig|gulp|slurp ..1 of|o|on|from|at ..4 PRODUCT|PILLS|NUMBING|tube|pot|jar", flags: fNoFrame, sentNeed: "CHILD|he|she|hes|shes|they|mine", gapNot: "her|his|their|own", msgNeed: "CHILD", clauseNot: "HABIT|EDIBLE|if|would|could|should|milk|formula|juice|water|dummy|pacifier|thumb|breast|boob|drink|toothpaste"},
	// "just found him in my bedroom with my heart tablets, the bottle was
	// open and there are a few on the floor, I don't know how many": a
	// child found with pills or a product, the container open and some
	// unaccounted for (not a bottle still sealed, nor one he only held).
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "found_him|found_her|found_them ..5 with ..3 PILLS|PRODUCT", msgNeed: "CHILD", msgAlso: "open|opened|lid_off|cap_off|empty|emptied|missing|spilled|spilt|how_many|on_the_floor|chewing|chewed|mouth|half_gone|half_empty|tasted|tastes|taste|pale|coughing|drowsy|sleepy|vomiting|throwing_up|threw_up", msgNot: "sealed|unopened|childproof|closed"},
	// "if a kid drinks micellar water? …just now": a child who drinks or
	// eats a product, told in the present (framed as any sign is: asked
	// in general, it stays a question; "drinks" is no INGEST word, being
	// a noun too).
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "CHILD .~1 drinks|eats|swallows !EDIBLE|glass|cup|bowl|plate|meal|snack|milk|formula|juice|from|out", clauseNot: "HABIT|breastfeeding|breastfeed|nursing|pregnant|outside|bath|bathwater|pool|always|usually|sometimes|every", msgNeed: "PRODUCT|PILLS|POISON|peel|solution|acid|acids|bleach|sample|samples|tester|testers", msgAlso: "just|now|rn|right_now|half|bottle|mouthful|mouthfuls|gulp|gulps|sip|sips|swig|whole|lot"},
	// A whole container a child ate, told after a smaller amount: "my kid ate
	// a couple of my hair-skin-nail gummies... well the whole bottle
	// actually". Supplements and pills by the bottle poison a child.
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "whole_bottle|entire_bottle|whole_tube|whole_jar|whole_pot|whole_packet|whole_box", msgNeed: "CHILD", msgAlso: "ate|eaten|drank|drunk|swallowed|chewed|finished|downed|INGEST|INGESTPAST", sentNeed: "gummies|vitamins|vitamin|supplement|supplements|PILLS|PRODUCT|melatonin|capsules|well|actually|mine|he|she|they", clauseNot: "HABIT|if|would|should|can|could"},
	// "…a toddler would stop after one sip? the bottle was open next to him
	// and he's gone quiet": a child gone quiet or still after a sip or a
	// taste of a product (not a child asleep, at a screen or a container
	// still sealed).
	{kind: "child-signs", group: UrgencyPoisoning, pat: "gone|going|gotten|very|really|unusually|strangely|weirdly|too|so .~1 quiet|silent|still|floppy", sentNeed: "he|she|hes|shes|they|theyre|CHILD", msgNeed: "PRODUCT|PILLS|POISON|peel|acid|acids|bleach|solution|toner|serum|retinol", msgAlso: "sip|sips|sipped|taste|tasted|tasting|swallowed|swallow|drank|drink|licked|mouthful|INGESTPAST|got_into", clauseNot: "asleep|sleeping|nap|napping|bedtime|ipad|tablet|tv|cartoons|screen|game|games|reading|drawing|playing", msgNot: "sealed|unopened|childproof|closed|NEG|EDIBLE"},
	// Part of a container of supplements a child ate: "the 4yo ate like
	// half a bottle of the gummy vitamins". Vitamins (their iron) and
	// sleep gummies poison a child by the half bottle as pills do (not a
	// daily vitamin, nor a half of one).
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "ate|eaten|had|took|swallowed|chewed|finished|downed|INGESTPAST ..3 half_a_bottle|bottle|the_bottle_of|a_bottle_of|jar|tub|pot|packet|a_packet_of|packet_of|box|a_box_of|pack|a_pack_of ..4 vitamins|vitamin|supplement|supplements|melatonin|capsules|iron|PILLS", sentNeed: "half|half_a_bottle|most|rest", msgNeed: "CHILD", clauseNot: "HABIT|if|would|should|can|could|daily|usual|normally|every|each|prescribed"},
	// A few of an adult's iron or sleep gummies a child ate: "my son (3) ate
	// a few of my hair-skin-nails gummies, the ones with iron, maybe 6 or
	// 8". Iron and melatonin poison a child by the few (not a child's own
	// daily vitamin, nor gummy sweets).
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "ate|eaten|had|took|swallowed|chewed|downed|INGESTPAST ..2 few|several|some|handful|a_handful|couple|bunch|a_bunch|lot|a_lot|load|loads ..1 of ..4 gummies|gummy|vitamins|vitamin|supplements|tablets|capsules", sentNeed: "CHILD|he|she|they|mine", msgNeed: "CHILD", msgAlso: "iron|melatonin", clauseNot: "HABIT|if|would|should|can|could|daily|usual|normally|every|each|prescribed|bears|sweets|candy|own"},
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "had_some|ate_some|swallowed_some .~1 of ..4 gummies|gummy|vitamins|vitamin|supplements|tablets|capsules", sentNeed: "CHILD|he|she|they|mine", msgNeed: "CHILD", msgAlso: "iron|melatonin", clauseNot: "HABIT|if|would|should|can|could|daily|usual|normally|every|each|prescribed|bears|sweets|candy|own"},
	// A child named in a sentence before, then "she got some in her mouth",
	// "he's acting really sleepy and wobbly", "she's been fussy and threw
	// up": the child, told by a pronoun, with an open container or a product
	// in the message.
	{kind: "child-contact", group: UrgencyPoisoning, pat: "he|she|hes|shes|they|theyre ..4 in_her_mouth|in_his_mouth|in_their_mouth", msgNeed: "CHILD", msgAlso: "PRODUCT|PILLS|POISON|peel|solution|acid|acids|bleach|cabinet|cupboard|cap_off|lid|empty|emptied|bottle|open|opened|vial|vials|sachet|sachets|tube|jar|cup", sentNeed: "got|put|had|some|it|stuff", clauseNot: "HABIT|NEG|EDIBLE|food|snack|toy|toys|thumb|finger|fingers|dummy|pacifier"},
	{kind: "child-signs", group: UrgencyPoisoning, pat: "he|she|hes|shes ..4 sleepy|drowsy|floppy|limp|wobbly|unsteady|vomiting|gagging|retching|throwing_up|threw_up|thrown_up|been_sick|being_sick", msgNeed: "CHILD", msgAlso: "PILLS|POISON|peel|solution|acid|acids|bleach|cabinet|cupboard|cap_off|lid|empty|emptied|got_into|bottle|open|opened|vial|vials|sachet|sachets|tube|jar|capsule|capsules|swallowed|ate|drank|squeezed|licked|sipped|sucked|chewed|gulped", clauseNot: "HABIT|nap|naptime|bedtime|tired|teething|cold|flu|virus|bug|car|carsick"},
	{kind: "child-contact", group: UrgencyPoisoning, pat: "licked|licking|lick ..6 PRODUCT|peel|solution|acid|acids|PILLS", sentNeed: "CHILD", clauseNot: "HABIT|outside"},
	{kind: "child-contact", group: UrgencyPoisoning, pat: "CHILD <15> in_his_mouth|in_her_mouth|in_their_mouth|in_its_mouth|sticky|tasted|licked|licking|chewing|chewed|sucking|sucked|gulping|empty|emptier|missing|half_empty|half_gone|cap_off|bit_into|bit_open|bitten_into|biting_into", sentNeed: "PRODUCT|PILLS|cap|tube|pot|jar", msgNeed: "PRODUCT|PILLS", clauseNot: "HABIT|outside|" + childPlayNot},
	// What a child bit into may be told by a count or a pronoun when the
	// product is named before it: "what's in these capsules? my son bit
	// into two".
	{kind: "child-contact", group: UrgencyPoisoning, pat: "CHILD ..15 bit_into|bit_open|bitten_into|biting_into .~1 one|two|three|four|both|some|several|them|it|couple|few", msgNeed: "PRODUCT|PILLS", clauseNot: "HABIT|EDIBLE|outside|" + childPlayNot},
	// "…out of my toddler's mouth? he was sucking on the tube and he keeps
	// being sick": a child named before, told as "he" sucking or chewing a
	// product's tube or pot, with a sign or its taste (not a bottle of milk,
	// a dummy or toothpaste).
	{kind: "child-contact", group: UrgencyPoisoning, pat: "he|she|they|hes|shes ..3 sucking|sucked|chewing|chewed|licking|licked|gnawing|biting ..3 tube|tubes|pot|jar|cap|lid|PRODUCT|PILLS", msgNeed: "CHILD", msgAlso: "sick|vomiting|vomited|throwing_up|threw_up|gagging|retching|choking|coughing|drowsy|sleepy|floppy|drooling|foaming|taste|tastes|UNWELL", msgNot: "toothpaste|teething|teether|dummy|pacifier|thumb|milk|formula", clauseNot: "HABIT|outside|EDIBLE|" + childPlayNot},
	{kind: "child-contact", group: UrgencyPoisoning, pat: "PRODUCT ..3 on|all_over|around|round|in .~1 POSS ..1 mouth|lips|chin|tongue|teeth|gums", sentNeed: "CHILD|THIRD", msgNeed: "CHILD"},
	// …or told by a pronoun once a product is named: "…asking because
	// one's empty and he's got it on his chin" — not a product someone
	// means or asks to put there ("can I put some on his chin", "she
	// keeps asking to put it on her lips").
	{kind: "child-contact", group: UrgencyPoisoning, pat: "it|it_all|some ..3 on|all_over|around|round|in .~1 POSS ..1 mouth|lips|chin|tongue|teeth|gums", sentNeed: "CHILD|THIRD", msgNeed: "CHILD", msgAlso: "PRODUCT|PILLS|POISON|peel|solution|acid|acids|bleach", clauseNot: "HABIT|DESIRE|put|puts|putting|apply|applies|applying|rub|rubbing|dab|dabbing|use|using|can|could|should|may|keeps|keep|wants|want"},
	// "one's burst and it's all over his lips": a product a child broke
	// open, now over the child's mouth (not food: "it's on her chin" of
	// ketchup is left to the line above, which wants "it" and a product).
	{kind: "child-contact", group: UrgencyPoisoning, pat: "its|it_all ..1 all_over .~1 POSS ..1 mouth|lips|chin|tongue|teeth|gums", sentNeed: "CHILD|THIRD", msgNeed: "CHILD", msgAlso: "burst|split|leaked|leaking|broke|broken|popped|chewed|bit|bitten|ripped|torn", clauseNot: "HABIT|EDIBLE|food|ketchup|sauce|yoghurt|yogurt|chocolate|jam|paint|marker|crayon|glitter|lipstick|gloss|balm"},
	{kind: "child-contact", group: UrgencyPoisoning, pat: "PRODUCT|PILLS ..8 in_his_mouth|in_her_mouth|in_their_mouth|in_its_mouth", msgNeed: "CHILD", clauseNot: "HABIT|EDIBLE"}, // "toddler was quiet too long... found him with my retinol cream smeared all over his face and in his mouth"
	// "one of the kids is frothing at the mouth after getting into my
	// makeup": froth at a child's mouth, with a product in the message
	// (not a grown-up's anger, "frothing at the mouth over the price").
	{kind: "child-contact", group: UrgencyPoisoning, pat: "foam|froth|frothing|foaming .~1 at .~1 the|POSS .~1 mouth|lips", msgNeed: "CHILD", msgAlso: "PRODUCT|PILLS|POISON|peel|acid|acids|bleach|bag|cabinet|cupboard|lid|cap|bottle|got_into", clauseNot: "HABIT|about|over|angry|mad|furious|rage|raging|price|prices|cost|bill|toothpaste|toothbrush|brushing|bath|milk|shaving|dog|puppy|cat|kitten|horse"},
	{kind: "child-contact", group: UrgencyPoisoning, pat: "goo|gunk|residue|foam|froth|frothing|foaming|bubbles ..3 on|all_over|around|round|in .~1 POSS ..1 mouth|lips|chin|tongue", sentNeed: "CHILD", msgNeed: "PRODUCT|PILLS", clauseNot: "HABIT|toothpaste|toothbrush|brushing|bath|milk|latte|cappuccino|beer|soda|shaving|beard|santa"}, // "the capsules are open and my 4 year old has the oily goo all over her chin"
	{kind: "child-contact", group: UrgencyPoisoning, pat: "her|his|their .~2 mouth|lips|chin|tongue ..4 sticky|smeared|coated|covered|caked|white|greasy", sentNeed: "PRODUCT|PILLS", msgNeed: "CHILD", clauseNot: "HABIT|gloss|lipstick|balm|makeup"},
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "he|she|they .~1 INGESTPAST !EDIBLE", sentNeed: "PILLS", msgNeed: "CHILD", clauseNot: "HABIT|vitamin|vitamins|fine|prescribed|usual|daily|normally"},
	// "…to a 2 year old? mine just drank a bunch of it", "she says she
	// 'drank the pink one', which is the peel": the child told by "mine"
	// or a pronoun, what was drunk told before or as "the … one" — however
	// much of it ("he's eaten a good bit of one", "she drank a fair bit of
	// it", "he drank the contents of my peel bottle").
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "mine|he|she|they|hes|shes .~1 INGESTPAST ..4 it|them|contents", msgNeed: "CHILD", msgAlso: "PRODUCT|PILLS|peel|solution|acid|acids|bleach", clauseNot: "HABIT|EDIBLE|food|snack|milk|formula|NEG"},
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "mine|he|she|they|hes|shes .~1 INGESTPAST ..4 one|ones", msgNeed: "CHILD", msgNot: childFoodNot + "|smoothie|smoothies|juice|drink|drinks|cafe|shake|milkshake|soda|lemonade", msgAlso: "PRODUCT|PILLS|peel|solution|acid|acids|bleach", clauseNot: "HABIT|EDIBLE|food|snack|milk|formula|NEG"},
	// A product got into, then a mouth that is red or stings: "…found her in
	// the treatment room with my chemical peel solution open. Her mouth and
	// chin are red and she says it stings", "…had the lid off my peel pads
	// jar and was sucking on one… Her lips look a bit red". Lips chapped,
	// windburnt or coloured by a lipstick are none.
	{kind: "child-contact", group: UrgencyPoisoning, pat: "her|his|their .~1 mouth|lips|tongue ..4 RED|burning|burns|stings|stinging|blistered|blistering|raw|swollen", msgNeed: "peel|acid|acids|solution|glycolic|bleach|chemical|chemicals|PRODUCT|PILLS", msgAlso: "found_her|found_him|found_them|sucking|sucked|licking|licked|lid_off|cap_off|half_empty|got_into|playing", clauseNot: "HABIT|dry|cracked|cracking|cold|wind|TREAT", msgNot: "chapped|windburn|windburnt|eczema|sunburn|lipstick|gloss|balm|liner|teething|drool|dribble|food|juice|strawberries|strawberry|tomato|sauce|spicy|chilli|chili|crayon|crayons|marker|markers|filler|INJECT"},
	// Licks told as a count of tastes taken ("had a good few licks of
	// it"), then a child's lips red or burning: the product touched them.
	{kind: "child-contact", group: UrgencyPoisoning, pat: "had|took|few|couple|several|good|some ..1 licks|lick ..10 her|his|their .~1 mouth|lips|tongue ..4 RED|burning|burns|stings|stinging|blistered|blistering|raw|swollen", msgNeed: "peel|acid|acids|solution|glycolic|bleach|chemical|chemicals|PRODUCT|PILLS", clauseNot: "HABIT|dry|cracked|cracking|cold|wind|TREAT", msgNot: "chapped|windburn|windburnt|eczema|sunburn|lipstick|gloss|balm|liner|teething|drool|dribble|food|juice|strawberries|strawberry|tomato|sauce|spicy|chilli|chili|crayon|crayons|marker|markers|filler|INJECT"},
	// A chemical asked about as burning a mouth, and a child's mouth red or
	// burning while drooling or crying: "does peel solution burn the inside
	// of your mouth? my kid's lips are red and she's drooling a lot". A
	// child drooling as it teethes, or lips red from a lipstick, is none.
	// "my nephew's lips are red and blistery and he keeps wiping his
	// tongue, and my glycolic toner cap was on the floor next to him": a
	// child's mouth burnt, wiped at, beside a caustic product's container
	// left open (not a lip balm, food, or a teething drool).
	{kind: "child-contact", group: UrgencyPoisoning, pat: "CHILD|her|his|their .~1 mouth|lips|tongue ..4 RED|burning|burns|stings|stinging|blistered|blistering|blistery|blisters|raw|swollen", sentNeed: "wiping|wipes|wiped|rubbing|rubs|pawing|paws|scratching|clawing|spitting|drooling", msgNeed: "peel|acid|acids|solution|glycolic|bleach|chemical|chemicals|toner|PRODUCT", msgAlso: "cap|lid|cap_off|lid_off|bottle|tube|open|opened|uncapped|spilled", clauseNot: "HABIT|dry|cracked|cracking|cold|wind", msgNot: "chapped|windburn|windburnt|eczema|sunburn|lipstick|gloss|balm|liner|teething|teeth|tooth|food|juice|strawberries|strawberry|tomato|sauce|spicy|chilli|chili|crayon|popsicle|lolly|candy|filler|INJECT"},
	{kind: "child-contact", group: UrgencyPoisoning, pat: "CHILD|her|his|their .~1 mouth|lips|tongue ..4 RED|burning|burns|stings|stinging|blistered|blistering|raw|swollen", flags: fNoFrame, sentNeed: "drooling|drool|dribbling|crying|screaming|gagging|vomiting|throwing_up|retching", msgNeed: "peel|acid|acids|solution|glycolic|bleach|chemical|chemicals|PRODUCT|PILLS", msgAlso: "mouth|swallowed|swallow|drank|drink|ate|eat|licked|lick|taste|tasted", clauseNot: "HABIT|dry|cracked|cracking|cold|wind", msgNot: "chapped|windburn|windburnt|eczema|sunburn|lipstick|gloss|balm|liner|teething|teeth|tooth|food|juice|strawberries|strawberry|tomato|sauce|spicy|chilli|chili|crayon|popsicle|lolly|candy"},
	// Someone who got into a product, and a sickness or an intake asked
	// about: "what's in numbing cream that would make a kid throw up? he
	// got into my bag"; got into it by an idiom ("mine just had a go at the
	// dropper bottle", "she got hold of my serum") with its harm asked
	// ("…before it's a problem?"), the child named or not ("my toddler got
	// hold of the retinol tube, is that dangerous?"). A product named, and a sickness, an
	// intake or a harm (not a face painted from a makeup bag), of a getting
	// into told, not supposed ("if my toddler ever got into…").
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "he|she|they|mine|hes|shes|CHILD ..1 got_into|had_a_go_at|got_hold_of|gotten_hold_of|got_ahold_of", flags: fNoFrame, msgNeed: "PRODUCT|PILLS|NUMBING|POISON|peel|acid|acids|bleach", msgAlso: "UNWELL|INGESTPAST|throw_up|threw_up|throwing_up|vomit|vomits|puke|puked|sick|sleepy|drowsy|floppy|mouth|swallow|swallowed|ate|eat|eaten|drank|drink|licked|chewed|poisonous|toxic|harmful|dangerous|problem", sentNeed: "bag|purse|handbag|cabinet|cupboard|drawer|makeup|stuff|things|kit|case|products|PRODUCT|PILLS|NUMBING", clauseNot: "HABIT|if|ever|EDIBLE|food|snack|snacks|fridge|pantry|car|bed|trouble|fight|school|college|argument"},
	// A child's intake asked as a hypothetical, then told as now: "how much
	// serum is too much for a toddler if it goes in their tummy? asking for
	// right now", "…toxic if a kid licks a good amount off the tube? mine
	// just did". A product named and an intake told; a food is no
	// poisoning, a patch test no intake.
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "asking|ask|asked .~1 for|because|bc|cause|cuz .~1 right_now|rn|now", flags: fNoFrame, msgNeed: intakeProducts, msgAlso: intakeWords, msgNot: childFoodNot},
	// "how much serum is safe if a toddler drinks it? asking because the
	// bottle's empty and he's all sticky": asked because of a container
	// emptied or opened beside the child, told in the asking sentence.
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "asking|ask|asked .~1 because|bc|cause|cuz|coz ..6 empty|emptied|half_empty|half_gone|cap_off|lid_off|open|opened|missing|spilled", flags: fNoFrame, sentNeed: "CHILD|he|she|hes|shes|they|theyre|mine|sticky|mouth", msgNeed: intakeProducts, msgAlso: intakeWords, clauseNot: "EDIBLE|food|snack|snacks|juice|milk|formula", msgNot: "breastfeed|breastfeeding|puree|avocado|patch|test|meal|meals"},
	// "how much numbing cream is too much for a 10 kilo child? asking
	// because the tube's half empty and there's cream smeared on her face":
	// a dose asked for a child, because a product is gone from its
	// container and found smeared on someone, is an intake at hand (not a
	// tube half empty alone, or cream smeared on a face without a child
	// and a dose asked).
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "asking|ask|asked .~1 because|bc|cause|cuz|coz ..6 empty|emptied|half_empty|half_gone|cap_off|lid_off|open|opened|missing|spilled|gone ..8 smeared|smudged|all_over|covered|globs|blobs|traces", flags: fNoFrame, sentNeed: "NUMBING|PRODUCT|PILLS|cream|creams|serum|gel|lotion|ointment", msgNeed: "CHILD", msgAlso: "too_much|how_much|how_many|toxic|poisonous|dangerous|overdose|lethal", clauseNot: "EDIBLE|food|snack|snacks|juice|milk|formula|yogurt|paint|playdough"},
	// "how much exosome serum is toxic for a 20 lb baby? asking bc the
	// bottle was open next to her and it's lighter than it was": a toxic
	// dose asked for a child, because a product left open by the child is
	// emptier (not a bottle open at a shop or on delivery).
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "asking|ask|asked .~1 because|bc|cause|cuz|coz ..6 empty|emptied|half_empty|half_gone|cap_off|lid_off|open|opened|missing|spilled|lighter|emptier|off", flags: fNoFrame, sentNeed: "CHILD|he|she|her|him|hes|shes|they|them|theyre|mine", msgNeed: "toxic|poisonous|lethal|POISON|overdose|dangerous", msgAlso: "CHILD", clauseNot: "EDIBLE|food|snack|snacks|juice|milk|formula|bought|shop|store|delivery|delivered|arrived|package|parcel|seal|sealed|sale"},
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "mine|he|she|hes|shes .~1 just|already|actually did|has|had !not|a|an|the|it|that|this|some|same|well|great|fine|ok|okay|too|her|his|their|my|test", flags: fNoFrame, msgNeed: intakeProducts, msgAlso: intakeWords, msgNot: childFoodNot},
	// "…the toner is half gone, I'm not sure how much he drank": a child's
	// intake told, only its amount unknown (a product and a child named in
	// the message).
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "how_much|how_many .~1 he|she|they .~1 INGESTPAST|swallowed|took !on|onto|off|out", flags: fNoFrame, sentNeed: "not_sure|unsure|no_idea|idk|know|tell", msgNeed: "CHILD", msgAlso: intakeProducts, clauseNot: "EDIBLE|food|snack|milk|formula|HABIT|should|can|safe|would|could"},
	// "I can't tell how many she's had": the count of a child's intake
	// unknown, told with "she's had" (not a count of sweets or feeds).
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "how_much|how_many .~1 hes|shes|theyve .~1 had|taken|swallowed|eaten|drunk|drank", flags: fNoFrame, sentNeed: "not_sure|unsure|no_idea|idk|know|tell", msgNeed: "CHILD", msgAlso: intakeProducts, msgNot: childFoodNot + "|sweets|candy|chocolate|biscuits|cookies|juice|water|naps|nap|sleep|sleeps|hours|times|goes|turns|lessons|treatments|sessions", clauseNot: "EDIBLE|food|snack|milk|formula|HABIT|should|can|safe|would|could"},
	{kind: "ingestion", group: UrgencyPoisoning, pat: "INGESTPAST|swig|gulp|mouthful !EDIBLE", sentNeed: "accidentally|accidently|by_mistake|by_accident|before_realising|before_realizing|before_noticing", msgNeed: "PRODUCT"},
	{kind: "ingestion", group: UrgencyPoisoning, pat: "had|took|taken|drank|drunk|swallowed|got ..3 sip|sips|swig|swigs|gulp|gulps|mouthful|spoonful|capful|capfuls|lick|licks|taste ..3 of ..3 PRODUCT|peel|acid|acids", sentNeed: "I|THIRD|CHILD|he|she|they|mine"},
	// "how much serum is too much for a 3 year old? he's just had half a
	// dropper of mine": a child who has had a measure of the writer's
	// product (named in the message) took it in, where no food or drink
	// of the writer's is told.
	{kind: "ingestion", group: UrgencyPoisoning, pat: "hes|shes|he|she|theyve .~2 had|taken|drunk|swallowed ..3 dropper|dropperful|capful|capfuls|mouthful|spoonful|sip|swig|gulp ..1 of mine", flags: fNoFrame, msgNeed: "CHILD", msgAlso: intakeProducts, clauseNot: childFoodNot, msgNot: "food|snack|snacks|meal|breakfast|lunch|dinner|tea|juice|drink|drinks|coffee|smoothie|yoghurt|yogurt|milk|formula|wine|beer|sandwich|cereal|soup|icecream"},
	// Something swallowed and a burning inside: "swallowed some of my
	// toner, my stomach is burning", "my throat burns since I drank the
	// peel by mistake". A product or a chemical named in the message.
	// "the nurse said she's fine but now she's really drowsy after
	// swallowing toner": drowsy or sick after swallowing a product (not
	// after a meal, or sleepy at bedtime).
	{kind: "ingestion", group: UrgencyPoisoning, pat: "drowsy|sleepy|floppy|limp|woozy|confused|unresponsive|vomiting|throwing_up ..2 after|since .~1 swallowing|drinking|eating|licking|swallowed|drank|ate|licked|gulping", sentNeed: intakeProducts + "|toner|serum|cream|solution|remover|wash|cleanser", clauseNot: "EDIBLE|HABIT|food|meal|dinner|lunch|breakfast|snack|milk|formula|nap|naptime|bedtime|wine|beer|alcohol|medicine|medication|antihistamine|antihistamines"},
	{kind: "ingestion-burn", group: UrgencyPoisoning, pat: "INGESTPAST|swallowing <8> burning|burns|burn|stinging|stings|raw", sentNeed: "stomach|tummy|belly|gut|THROAT|mouth|chest|insides", msgNeed: "PRODUCT|peel|acid|acids|solution|bleach|cleaner|chemical|chemicals", clauseNot: "EDIBLE|HABIT|hot|spicy|sauce|chilli|chili|pepper|curry|reflux|heartburn"},
	{kind: "ingestion", group: UrgencyPoisoning, pat: "drank|drunk|swallowed|ate|eaten|gulped|downed ..4 PRODUCT|peel|acid|acids|mouthful|mouthfuls", sentNeed: "CHILD|mine|he|she|they", msgNeed: "CHILD", clauseNot: "EDIBLE|HABIT|bathwater|pool|sea|seawater|milk|formula|juice|water|food|dinner|lunch|breakfast|snack"}, // "my 3 year old swallowed a mouthful of it"
	{kind: "child-contact", group: UrgencyPoisoning, pat: "bottle|tube|pot|jar|vial|cap|lid|PRODUCT ..4 empty|emptied|half_empty|half_gone|cap_off|off|open|spilled|missing|gone", sentNeed: "mouth|lips|tongue|throat|coughing|choking|vomiting|throwing_up|sleepy|drowsy|wobbly|UNWELL|crying|screaming|drooling|dribbling", msgNeed: "CHILD", clauseNot: "HABIT|" + childPlayNot},
	{kind: "child-contact", group: UrgencyPoisoning, pat: "empty|emptied|half_empty|opened|torn ..3 bottle|bottles|tube|tubes|pot|pots|jar|jars|vial|vials|packet|packets|sachet|sachets|PRODUCT", sentNeed: "mouth|lips|tongue|throat|coughing|choking|vomiting|throwing_up|sleepy|drowsy|wobbly|UNWELL|crying|screaming", msgNeed: "CHILD", clauseNot: "HABIT|" + childPlayNot}, // "two empty foil packets of numbing gel and he's licking his lips"
	// A container found emptied, a child or a dependant named anywhere in
	// the message: "she found my tube and it's nearly empty" (the child told
	// as "she", after a question about her age), or the carer who found it
	// emptied with the mouth telling of it ("found the serum bottle empty…
	// his mouth tastes funny").
	{kind: "child-contact", group: UrgencyPoisoning, pat: "he|she|they ..1 found|got_into ..3 bottle|tube|pot|jar|vial|PRODUCT|PILLS ..5 empty|emptied|half_empty|half_gone", msgNeed: "CHILD", clauseNot: "HABIT|" + childPlayNot},
	{kind: "child-contact", group: UrgencyPoisoning, pat: "found ..3 bottle|tube|pot|jar|vial|PRODUCT|PILLS ..3 empty|emptied|half_empty|half_gone", msgNeed: "CHILD", msgAlso: "mouth|lips|tongue|tastes|tasted|taste", clauseNot: "HABIT|" + childPlayNot},
	// "found her chewing a vial": someone found at a product with the
	// mouth (not a toy, a dummy or a snack).
	{kind: "child-contact", group: UrgencyPoisoning, pat: "found_her|found_him|found_them ..3 chewing|sucking|licking|drinking|biting|gnawing ..3 PRODUCT|PILLS|vial|vials|sachet|sachets|capsule|capsules|bottle|tube|jar|pot|blister", clauseNot: "EDIBLE|HABIT|toy|toys|teddy|dummy|pacifier|thumb|finger|fingers|straw|juice|milk|formula|" + childPlayNot},
	// "my daughter's lips are foamy and the lid's off my face oil": foam or
	// froth at a child's mouth beside a product left open (not toothpaste,
	// a bath, milk or a dog after a run).
	{kind: "child-contact", group: UrgencyPoisoning, pat: "lips|mouth|chin|tongue ..3 foamy|foaming|frothy|frothing|bubbly|bubbling|soapy", msgNeed: "CHILD", msgAlso: "PRODUCT|PILLS|POISON|peel|acid|acids|bleach|lid|lids|cap|caps|bottle|open|opened|empty|emptied|got_into", clauseNot: "HABIT|toothpaste|toothbrush|brushing|bath|milk|latte|cappuccino|beer|soda|shaving|beard|santa|teething|drool|dribble|" + childPlayNot, msgNot: "walk|walks|fetch|panting|running|teething|toothpaste|brushing"},
	// "his mouth is red raw and he was in the cabinet with my glycolic": a
	// child's lips, mouth or tongue burnt, blistered or raw beside an acid,
	// a peel or a bleach and a container got into (not a sunburn, chapped
	// or wind-burnt lips, a hot drink or food, nor a chilli).
	{kind: "child-contact", group: UrgencyPoisoning, pat: "LIPS|TONGUE ..3 burnt|burned|burns|burning|blistered|blistering|blisters|raw|peeling", sentNeed: "CHILD", msgNeed: "acid|acids|aha|bha|glycolic|salicylic|lactic|peel|bleach|remover|acetone|POISON", msgAlso: "cabinet|cupboard|bottle|bottles|lid|lids|cap|caps|open|opened|empty|emptied|got_into|playing|INGESTPAST|INGEST", clauseNot: "HABIT|sun|sunburn|sunburnt|wind|windburn|chapped|cold|weather|hot|tea|coffee|soup|pizza|food|EDIBLE|chilli|chili|spicy|pepper|balm|eczema|dummy|pacifier|licking"},
	// "she had the little bottle…, lid off, and it's empty. She's got the
	// smell on her breath": what a product smells of on someone's breath,
	// beside a container emptied or opened or an intake told (not garlic, a
	// toothpaste or a drink).
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "smell|smells|smelling|whiff|scent|stink|reek ..3 on|in .~1 her|his|their|its breath", msgNeed: "PRODUCT|PILLS|peel|solution|acid|acids|bleach|chemical|chemicals", msgAlso: "empty|emptied|half_empty|half_gone|lid_off|cap_off|got_into|open|opened|missing|INGESTPAST", clauseNot: "EDIBLE|food|garlic|onion|onions|coffee|toothpaste|mint|mints|gum|milk|formula|juice|wine|beer|alcohol|smoke|cigarettes"},
	// "a funny nail-polish smell on my kid's breath": the child named
	// before the breath instead of "his" or "her".
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "smell|smells|smelling|whiff|scent|stink|reek ..3 on|in .~1 my|the|our .~1 CHILD breath", flags: fNoFrame, msgNeed: "PRODUCT|PILLS|peel|solution|acid|acids|bleach|chemical|chemicals", msgAlso: "empty|emptied|half_empty|half_gone|lid_off|cap_off|got_into|open|opened|missing|INGESTPAST", clauseNot: "EDIBLE|food|garlic|onion|onions|coffee|toothpaste|mint|mints|gum|milk|formula|juice|wine|beer|alcohol|smoke|cigarettes"},
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "her|his|their|its|CHILD breath ..2 smells|smell|smelling|smelled|smelt|reeks|stinks ..2 of|like", sentNeed: "PRODUCT|PILLS|peel|solution|acid|acids|bleach|chemical|chemicals|it|that|perfume", msgNeed: "PRODUCT|PILLS|peel|solution|acid|acids|bleach|chemical|chemicals", msgAlso: "empty|emptied|half_empty|half_gone|lid_off|cap_off|got_into|open|opened|missing|INGESTPAST", clauseNot: "EDIBLE|food|garlic|onion|onions|coffee|toothpaste|mint|mints|gum|milk|formula|juice|wine|beer|alcohol|smoke|cigarettes"},
	{kind: "ingestion", group: UrgencyPoisoning, pat: "took .~2 PRODUCT", sentNeed: "accidentally|accidently|by_mistake|by_accident|before_realising|before_realizing|before_noticing"},
	{kind: "ingestion", group: UrgencyPoisoning, pat: "INGESTPAST !too|too_much|way_too_much|EDIBLE ..5 PRODUCT", clauseNot: "dinner|lunch|breakfast|brunch|supper|meal|meals|snack|snacks"}, // not "I ate a big dinner, is exosome cream ok tonight?" (but "he drank the juice and it's my serum" is the product)
	// "he ate a good chunk of my night cream": an amount eaten told by a
	// measure ("a good chunk of", "a big blob of") before the product (not
	// ice cream or a food).
	{kind: "ingestion", group: UrgencyPoisoning, pat: "INGESTPAST .~2 a|some|the ..1 good|big|huge|large|whole|fair|decent ..1 chunk|bit|blob|glob|dollop|lump|scoop|fingerful|handful|amount|portion ..1 of .~2 POSS|the|that|this|a ..2 PRODUCT", sentNeed: "I|THIRD|CHILD|he|she|they|mine", clauseNot: "EDIBLE|ice|whipped|sour|custard|clotted|cheese|cake|soup|food"},
	{kind: "ingestion", group: UrgencyPoisoning, pat: "PRODUCT <6> INGESTPAST", sentNeed: "I|THIRD|CHILD|accidentally", clauseNot: "EDIBLE|can|safe|should|would"},
	{kind: "poison", group: UrgencyPoisoning, pat: "POISON !on|of|yourself|for", clauseNot: "skin|face|use|apply|applying|PRODUCT|acne", flags: fLaugh | fFig},
	{kind: "poison", group: UrgencyPoisoning, pat: "POISON on|of ..2 PILLS"},
	// "did he od on something", "i think she od": "od" is an overdose only
	// in an English reading, after a person or before what was taken
	// ("mam go od lat", "od rana" are Polish, Czech or Croatian "since").
	{kind: "poison", group: UrgencyPoisoning, pat: "THIRD|I|CHILD|an|another od", clauseNot: odNot, flags: fLaugh | fFig},
	{kind: "poison", group: UrgencyPoisoning, pat: "od|oded|oding on|with", clauseNot: odNot, flags: fLaugh | fFig},
	// "i think my sister od'd", "my roommate od'd on her pills": "od'd"
	// reads as "odd" once its apostrophe goes, so it is an overdose only
	// right after a person, as "overdosed" is read above ("she's odd",
	// "the odd spot" and "I OD'd on skincare tiktok" are not).
	{kind: "poison", group: UrgencyPoisoning, pat: "THIRD|I odd !on|of|one|ones|thing|things|bit|bits|job|jobs|number|numbers|feeling|feelings|smell|taste|look|looks|way|ways|behaviour|behavior|mood|moods|sense|rash|spot|spots|patch|patches", clauseNot: "skin|face|use|apply|applying|PRODUCT|acne|shes|hes|theyre|im|youre", flags: fLaugh | fFig},
	{kind: "poison", group: UrgencyPoisoning, pat: "THIRD|I odd on|of ..2 PILLS"},
	{kind: "overdose", group: UrgencySelfHarm, pat: "took|taken|take|had|did .~2 an|a|another ..1 overdose|od", flags: fSH},
	{kind: "poison", group: UrgencyPoisoning, pat: "poison_control|poison_centre|poison_center|poison_help", flags: fLaugh | fJoke},
	{kind: "chemical-eye", group: UrgencyPoisoning, pat: "acid|acids|peel|chemical|chemicals|bleach|solution|glycolic|tca|retinol|cleaner ..4 EYE", sentNeed: "PAIN|SEVERE|HELP|CHILD|screaming|crying|burns|burning|cant_open|red|DIFF", clauseNot: "MILD|RESOLVED"},
	{kind: "chemical-eye", group: UrgencyPoisoning, pat: "EYE <4> burning|burns|stinging|stings", sentNeed: "blurry|blurred|rinsing|rinsed|flushing|flushed|HELP|cant_open", msgNeed: "acid|acids|peel|chemical|chemicals|bleach|glycolic|tca|cleaner", clauseNot: "MILD|RESOLVED"}, // "…TCA peel out of an eye? my eye is burning and blurry rn": the chemical named in another sentence
	{kind: "chemical-eye", group: UrgencyPoisoning, pat: "acid|acids|peel|chemical|chemicals|bleach|glycolic|tca|cleaner ..6 EYE", sentNeed: "blurry|blurred|blurring|blury|cant_open|VCHANGE", clauseNot: "RESOLVED"},                                                              // "tiny splash of glycolic peel went in my eye… kinda blurry": a chemical with a blur, however small the splash
	{kind: "too-many-pills", group: UrgencyPoisoning, pat: "took|taken|swallowed|had|ate .~2 too_many|way_too_many ..2 PILLS"},

	// "my toddler has discovered my skincare and thinks it's juice": a
	// child, or a confused adult, who takes a product for food, drink or a
	// medicine ("thought my serum was her cough medicine"; not one kept
	// locked away for that).
	{kind: "child-ingestion", group: UrgencyPoisoning, pat: "CHILD ..10 thinks|thought|think|thinking|decided|decides ..6 its|theyre|it|was|were ..3 juice|candy|sweets|lollies|lolly|food|drink|milk|yogurt|yoghurt|honey|icecream|squash|medicine|syrup|mouthwash", msgNeed: "PRODUCT|PILLS|skincare|makeup", msgNot: "locked|lock|shelf|reach|hide|hidden|keep|never|away"},

	// Self-harm and suicide.
	{kind: "suicide", group: UrgencySelfHarm, pat: "SUICIDE", flags: fSH | fFigSH},
	// "…he's gonna kill me", "my mum is going to kill me": someone else
	// who will "kill" the writer is a figure of speech, not a wish to die.
	{kind: "kill-self", group: UrgencySelfHarm, pat: "!he|she|they|hes|shes|theyre|theyll|hed|shed|theyd|is|are|will|THIRD THINK|DESIRE|wanting .~2 kill|end me|myself", flags: fSH | fFigSH},
	{kind: "kill-self", group: UrgencySelfHarm, pat: "KILLV|HARMV|hang|hanging|drown|drowning|shoot|poison|poisoning .~1 SELF", flags: fSH | fFigSH, clauseNot: "ACCIDENT"},
	// "I just want someone to kill me": a death wished at another's hand is
	// a wish to die (not a parent who will "kill me", read above).
	{kind: "kill-self", group: UrgencySelfHarm, pat: "I .~2 want|wish|need|wanted|wished someone|somebody|anyone|anybody ..1 to|would|could kill|end me !off|out", flags: fSH | fFigSH},
	// "I keep thinking about hurting myself with the dermaroller needles": a
	// wish to hurt oneself, whatever the tool (a slip of a tool is told, not
	// thought about).
	{kind: "kill-self", group: UrgencySelfHarm, pat: "THINK|DESIRE|wanting .~2 about|of|abt HARMV SELF", flags: fSH | fFigSH, clauseNot: "accidentally|accidently|accident|by_accident|by_mistake|mistake"},
	{kind: "end-life", group: UrgencySelfHarm, pat: "ENDV .~1 POSS .~1 life|lives"},
	{kind: "od-intent", group: UrgencySelfHarm, pat: "DESIRE|THINK|about|of|abt|gonna|going .~3 overdose|overdosing|od|overdosed", flags: fSH, clauseNot: "PRODUCT|TREAT|skincare|masks|mask|sheet|actives|serums|facials"},
	{kind: "how-much-longer", group: UrgencySelfHarm, pat: "how_much|how_long ..2 longer ..4 LIVEV|take_it|do_this|cope|last", flags: fSH | fNoNeg},
	{kind: "stop-existing", group: UrgencySelfHarm, pat: "DESIRE .~2 stop|cease .~1 existing|living|being|breathing", flags: fSH},
	{kind: "end-it", group: UrgencySelfHarm, pat: "DESIRE|THINK|about|of|abt|gonna|going|going_to|tried|try|trying|attempted .~3 ENDV it|things|everything|this|it_all !with|for|up|early|now|here|there|on|at|today|soon|PRODUCT|TREAT|INJECT", flags: fSH},
	// "i tried to end things on sunday": an attempt told by its day (the
	// pattern above leaves "end things on" to a good note).
	{kind: "end-it", group: UrgencySelfHarm, pat: "tried|attempted .~2 ENDV it|things|everything|it_all on|last ..1 monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|night|week", flags: fSH},
	// "I'm going to end it on Friday": an ending planned for a day (a
	// date told, not "on a high note"; an ending with someone, of a
	// contract or a routine, is none).
	{kind: "end-it", group: UrgencySelfHarm, pat: "DESIRE|gonna|going|going_to|decided|planning|planned|will .~2 ENDV it|things|everything|it_all on|this|next ..1 monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|birthday", flags: fSH, clauseNot: "PRODUCT|TREAT|INJECT|routine|skincare|relationship|contract|lease|subscription|membership|call|meeting|chat|conversation|shift|session|course|diet|trial|with|him|her|them|boyfriend|girlfriend|bf|gf|partner|husband|wife"},
	// "I've been planning how to end things": a way or a time worked out
	// (not "…how to end things with my boyfriend").
	{kind: "end-it", group: UrgencySelfHarm, pat: "planning|planned|plan|figuring|figured|researching|researched|googling|googled|looking_up|looked_up .~2 how|ways|when .~1 to ENDV it|things|everything|it_all !with|for|up|early|now|here|there|on|at|today|soon|PRODUCT|TREAT|INJECT", flags: fSH},
	{kind: "end-it", group: UrgencySelfHarm, pat: "end|ending it|things|everything tonight|today|soon|now|forever !with|between", flags: fSH},
	// "he's got a plan to end things": a plan whose aim is to end it all,
	// told of oneself or relayed (not a plan to end things with someone).
	{kind: "end-it", group: UrgencySelfHarm, pat: "PLANSH|plan|plans to ENDV it|things|everything|it_all !with|between|for|up|early|off|PRODUCT|TREAT|INJECT", flags: fSH, clauseNot: "routine|skincare|relationship|contract|lease|subscription|membership|call|meeting|chat|conversation|shift|session|girlfriend|boyfriend|partner|marriage|engagement|job|business|feud|argument|war|strike|dispute|amicably|landlord|tenancy|agreement|deal|friendship|dating"},
	{kind: "end-it", group: UrgencySelfHarm, pat: "THINK|DESIRE|about|of|gonna|going_to|might .~2 finish|finishing it properly|for_good|off", flags: fSH, clauseNot: "course|courses|session|sessions|group|programme|program|therapy|counselling|counseling|book|degree|tattoo|PRODUCT|TREAT", msgNeed: "self_harm|HARMV|SUICIDE|SELF"}, // "back at the self-harm thing… last night I was thinking of finishing it properly"
	{kind: "want-die", group: UrgencySelfHarm, pat: "DESIRE|wishing .~3 DIE|dead|be_dead !for|of|laughing|from|inside|down|off|out|hair|trying|tryna", flags: fSH | fFigSH, subjNot: "FALLOBJ|FACE|skin|hair|pores|complexion|barrier|hands|feet|nails|lips"},                                                                            // not "my skin wants to die after camp": a thing or a body part that wants to die is a figure
	// "my skin wants to die and so do I": the writer joins the figure,
	// which its subject alone would undo.
	{kind: "want-die", group: UrgencySelfHarm, pat: "DESIRE|wishing .~3 DIE ..6 so|as do I", flags: fSH},
	{kind: "want-die", group: UrgencySelfHarm, pat: "DESIRE|wishing .~3 DIE ..6 I do|too", flags: fSH},
	{kind: "want-die", group: UrgencySelfHarm, pat: "DESIRE|wishing .~3 DIE ..6 me too|also", flags: fSH},
	{kind: "dont-want-live", group: UrgencySelfHarm, pat: "NEGD .~3 DESIRE .~2 LIVEV !a|the|with|my|this|that|any|holiday|vacation|trip|date|tv|camera|stage|medication|meds|it|them|at|in|people|anyone|for|there", flags: fSH | fNoNeg},
	{kind: "dont-want-live", group: UrgencySelfHarm, pat: "NEGD .~2 LIVEV anymore", flags: fSH | fNoNeg},
	// "I'm not sure I want to be here": a doubt about living, not a place,
	// a plan or a treatment to go on with.
	{kind: "dont-want-live", group: UrgencySelfHarm, pat: "not_sure|unsure I .~1 want|wanna ..1 LIVEV !a|the|with|my|this|that|any|holiday|vacation|trip|date|tv|camera|stage|medication|meds|it|them|at|in|people|anyone|for|there|to|on|until|till|til|through|long|longer|when|while|if|after|ere", flags: fSH | fNoNeg, clauseNot: "PRODUCT|TREAT|INJECT|clinic|salon|spa|appointment|job|work|office|school|uni|college|course|class|party|wedding|relationship|marriage|city|town|country|house|flat|area|team|group|chat|forum|server|thread|sub|subreddit|app|routine|plan|diet|program|programme"},
	// "I don't really want to be alive anymore with this face": being alive
	// no more is no figure of enduring a face ("don't want to live with
	// this acne" is).
	{kind: "dont-want-live", group: UrgencySelfHarm, pat: "NEGD .~3 DESIRE .~2 be_alive_anymore|be_here_anymore|live_anymore", flags: fSH | fNoNeg},
	// "dont want 2 be here anymor": "2" or "too" texted for "to".
	{kind: "dont-want-live", group: UrgencySelfHarm, pat: "NEGD .~3 DESIRE .~1 2|too .~1 be_alive_anymore|be_here_anymore|live_anymore", flags: fSH | fNoNeg},
	{kind: "wish-not-here", group: UrgencySelfHarm, pat: "DESIRE|better .~3 NEG .~2 here|around|alive|born|exist|existed", flags: fSH | fNoNeg},
	{kind: "wish-not-here", group: UrgencySelfHarm, pat: "wish .~3 never .~2 born|existed", flags: fSH | fNoNeg},
	{kind: "better-off", group: UrgencySelfHarm, pat: "better_off .~3 without_me|dead|gone", flags: fSH},
	{kind: "better-off", group: UrgencySelfHarm, pat: "better_off .~2 without me|her|him|them", flags: fSH},
	// "my kids would honestly be better off with their dad and without
	// me": better off with another, and without the writer.
	{kind: "better-off", group: UrgencySelfHarm, pat: "better_off ..5 and .~1 without_me", flags: fSH, clauseNot: "PRODUCT|TREAT|INJECT"},
	// "…better off with my sister raising him and me not here at all":
	// better off with another, and the writer not here or alive.
	{kind: "better-off", group: UrgencySelfHarm, pat: "better_off ..6 and .~1 me .~1 NEG .~1 here|around|alive !for|on|today|tomorrow|tonight|this|that|while|when|until|till|to|during", flags: fSH | fNoNeg | fOwn, clauseNot: "PRODUCT|TREAT|INJECT|holiday|trip|weekend|week|party|wedding|meeting|office|work|shift"},
	{kind: "better-off", group: UrgencySelfHarm, pat: "better_off .~2 if ..5 here|around|alive|gone|dead|exist|existed|born", flags: fSH | fNoNeg},
	{kind: "better-off", group: UrgencySelfHarm, pat: "better|happier|easier|lighter|brighter|calmer|safer|simpler|nicer|quieter ..4 without_me|without_me_in_it", flags: fSH},
	// "the world would be lighter without you in it": a world better for
	// one's absence, the self told as "you" (not "…without fast fashion").
	{kind: "better-off", group: UrgencySelfHarm, pat: "world|everyone|everybody|everything ..4 better|happier|easier|lighter|brighter|calmer|safer|simpler|nicer|quieter .~1 without_you_in_it|without_you_around|without_you_here", flags: fSH},
	{kind: "better-off", group: UrgencySelfHarm, pat: "everyone|everybody|family|they|world .~2 fine|ok|okay|alright .~1 without_me !for|at|on|today|tomorrow|tonight|there|this|that|here|while|when|until|till", flags: fSH}, // "i think everyone would be fine without me"
	// "everyone would cope fine without me": others told to get by well
	// for the writer's absence, told of no time away.
	{kind: "better-off", group: UrgencySelfHarm, pat: "everyone|everybody|family|they|world|kids|children|husband|wife|partner|parents|friends .~2 cope|manage|carry_on|get ..1 fine|ok|okay|alright|better .~1 without_me !for|at|on|today|tomorrow|tonight|there|this|that|here|while|when|until|till", flags: fSH | fOwn, clauseNot: "shift|shifts|leave|holiday|holidays|vacation|trip|weekend|week|day|days|sick|cover|covering|rota|maternity|PRODUCT|TREAT|INJECT"},
	// "everyone at work would be fine without me": the people of a place
	// fine for the writer's absence, told of no time away ("…without me
	// for the week", "…while I'm on leave").
	{kind: "better-off", group: UrgencySelfHarm, pat: "everyone|everybody|family|they|people at|in|from .~1 work|home|school|uni|college|church|office ..3 fine|ok|okay|alright .~1 without_me !for|at|on|today|tomorrow|tonight|there|this|that|here|while|when|until|till|using|doing|covering|helping|being", flags: fSH, clauseNot: "shift|shifts|leave|holiday|holidays|vacation|trip|weekend|week|day|days|sick|cover|covering|rota|maternity|PRODUCT|TREAT|INJECT"},
	{kind: "better-off", group: UrgencySelfHarm, pat: "easier|better|simpler|nicer|nice|peaceful|lovely|happier ..3 NEG|never .~2 wake_up|wake|be_here|be_around|be_alive|exist|existed|LIVEV !early|at|before|in|for|with|until|till|so", flags: fSH | fNoNeg},
	{kind: "better-off", group: UrgencySelfHarm, pat: "if i .~2 NEG .~1 here|around|alive anymore", flags: fSH | fNoNeg},
	// "how quiet it would be if i just didn't wake up" (not "…if i didn't
	// wake up at 5am", "…with puffy eyes").
	{kind: "better-off", group: UrgencySelfHarm, pat: "easier|better|simpler|nicer|peaceful|lovely|happier|quiet|quieter|calm|calmer|restful ..6 if .~2 I .~1 didnt|never|NEG .~1 wake_up|wake|woke !WAKENOT|one|every|early|earlier|late|later|so|with|to|feeling|looking", flags: fSH | fNoNeg},
	{kind: "better-off", group: UrgencySelfHarm, pat: "better|easier|happier|everyone|everybody ..6 if i .~2 NEG .~1 here|around|alive|born", flags: fSH | fNoNeg},
	// "everyone'd cope better if i just wasn't there": "there" as "here",
	// the absence told of no place, time or errand ("…wasn't there on
	// Friday", "…there to nag them") nor of a past occasion ("would've
	// been happier if I wasn't there", "…at the party").
	{kind: "better-off", group: UrgencySelfHarm, pat: "better|better_off|easier|happier|everyone|everybody ..6 if i .~2 NEG .~1 there !for|at|on|in|to|today|tomorrow|tonight|this|that|when|while|until|till|with|during|because|cos|cuz|bc", flags: fSH | fNoNeg, clauseNot: "have|had|been|wouldve|couldve|shouldve|meeting|party|wedding|dinner|event|class|lesson|appointment|trip|holiday|office|work|shift|school|game|match|date|gym|salon|clinic|spa|TREAT|INJECT|PRODUCT"},
	{kind: "better-off", group: UrgencySelfHarm, pat: "better|easier|happier|lighter|calmer|quieter|everyone|everybody|matter ..6 if i .~2 disappeared|died|vanished|was_gone|were_gone|was_dead|were_dead|killed_myself", flags: fSH, clauseNot: "week|weeks|weekend|day|days|month|months|while|bit|holiday|holidays|vacation|trip|chat|group|internet|socials|office|work|sun|tan|shade|tone"}, // not "wouldn't matter if I disappeared for a week"; "the world would be lighter if I just disappeared" is a burden, not "my tan would be lighter…"
	// "I think it is better I disappear forever": the writer gone for good
	// told as the better outcome (not "disappear from instagram forever",
	// "disappear for a week").
	{kind: "better-off", group: UrgencySelfHarm, pat: "better|best|easier .~2 if|that|for .~1 I|me .~1 disappear|vanish|go|leave|die forever|for_good|permanently", flags: fSH, clauseNot: "instagram|tiktok|twitter|facebook|reddit|socials|social|online|internet|app|apps|group|chat|media|account|town|city|country|job|work|school|class|PRODUCT|TREAT|INJECT"},
	{kind: "better-off", group: UrgencySelfHarm, pat: "better|best|easier .~2 I|me .~1 disappear|vanish|go|leave|die forever|for_good|permanently", flags: fSH, clauseNot: "instagram|tiktok|twitter|facebook|reddit|socials|social|online|internet|app|apps|group|chat|media|account|town|city|country|job|work|school|class|PRODUCT|TREAT|INJECT"},
	{kind: "better-off", group: UrgencySelfHarm, pat: "better|best|easier .~2 if|that|for .~1 I|me .~1 disappear|vanish|die !from|for|to|at|in|with|of|into|off|after|before|until|till|when|while|on", flags: fSH, clauseNot: "instagram|tiktok|twitter|facebook|reddit|socials|social|online|internet|app|apps|group|chat|media|account|PRODUCT|TREAT|INJECT|hair|dye|laughing"},
	{kind: "better-off", group: UrgencySelfHarm, pat: "better|best|easier .~2 I|me .~1 disappear|vanish|die !from|for|to|at|in|with|of|into|off|after|before|until|till|when|while|on", flags: fSH, clauseNot: "instagram|tiktok|twitter|facebook|reddit|socials|social|online|internet|app|apps|group|chat|media|account|PRODUCT|TREAT|INJECT|hair|dye|laughing"},
	{kind: "no-way-out", group: UrgencySelfHarm, pat: "NEG|DIFF .~2 SEE|find .~1 a|any .~1 way_out", flags: fSH | fNoNeg},
	{kind: "no-way-out", group: UrgencySelfHarm, pat: "no_way_out|see_no_way_out", flags: fSH},
	{kind: "no-one-miss", group: UrgencySelfHarm, pat: "nobody|no_one|noone .~2 miss|care|notice ..4 me", flags: fSH},
	// "would anyone even notice if I wasn't here", "I don't think anyone
	// would miss me if I was gone": the one gone is the writer, whoever is
	// asked to miss them (not "nobody would miss this serum if it was
	// gone", "would anyone miss me if I skipped the meetup").
	{kind: "no-one-miss", group: UrgencySelfHarm, pat: "nobody|no_one|noone|anyone|anybody|does_anyone .~2 miss|care|notice ..2 if|when .~1 I .~2 gone|was_gone|were_gone|died|dead|was_dead|disappeared|disappear|vanished !for|from|off|on|to|at|in|into|with|without|posting|using|doing|wearing|going|buying|talking|replying|texting|coming|showing|working|after|before|until|till|during|while|this|that|the|my|a", flags: fSH | fNoNeg, clauseNot: "shift|shifts|leave|holiday|holidays|vacation|trip|weekend|week|day|days|cover|covering|rota|spa|party|meetup|meeting|class|gym"},
	// "nobody would even notice if I disappeared for good": gone for good
	// is final, though "for" after "disappeared" is mostly a time or a
	// reason ("for a week to a spa").
	{kind: "no-one-miss", group: UrgencySelfHarm, pat: "nobody|no_one|noone|anyone|anybody|does_anyone .~2 miss|care|notice ..2 if|when .~1 I .~2 gone|was_gone|were_gone|disappeared|disappear|vanished|vanish for_good", flags: fSH | fNoNeg, clauseNot: "shift|shifts|leave|holiday|holidays|vacation|trip|weekend|week|day|days|cover|covering|rota|spa|party|meetup|meeting|class|gym|PRODUCT|TREAT|INJECT"},
	{kind: "no-one-miss", group: UrgencySelfHarm, pat: "nobody|no_one|noone|anyone|anybody|does_anyone .~2 miss|care|notice ..2 if|when .~1 I .~1 NEG .~1 here|around|alive|existed|exist", flags: fSH | fNoNeg, clauseNot: "shift|shifts|leave|holiday|holidays|vacation|trip|weekend|week|day|days|cover|covering|rota|spa|party|meetup|meeting|class|gym"},
	{kind: "no-point", group: UrgencySelfHarm, pat: "point anymore|living", flags: fSH},
	{kind: "no-point", group: UrgencySelfHarm, pat: "no|whats|what|any .~2 point .~1 to|of|in .~1 any|all ..1 of_this|this|it", flags: fSH},
	{kind: "no-point", group: UrgencySelfHarm, pat: "point of|in|to living|life|existing|anything|trying|go_on|going|being|it_all|everything|me|waking", flags: fSH | fNoNeg},
	{kind: "no-reason", group: UrgencySelfHarm, pat: "no|nothing .~2 reason|left .~1 to LIVEV", flags: fSH | fNoNeg},
	{kind: "no-reason", group: UrgencySelfHarm, pat: "nothing to live for", flags: fSH},
	{kind: "no-reason", group: UrgencySelfHarm, pat: "NEG .~2 see|have|find|got .~1 a|any .~1 reason .~1 to LIVEV !with|on|to|for|back|using|doing|buying|trying|in|at", flags: fSH | fNoNeg}, // "i don't really see a reason to keep going"
	{kind: "cant-go-on", group: UrgencySelfHarm, pat: "DIFF .~1 LIVEV !a|the|with|without|my|this|that|holiday|vacation|trip|date|to|for|there|at|in|on|off|near|together|alone|paycheck", flags: fSH},
	{kind: "cant-go-on", group: UrgencySelfHarm, pat: "DIFF .~1 keep_living|go_on_living !on|in|at|off|near|there|here|without|together|alone|paycheck", flags: fSH | fFigSH, clauseNot: "THIRD|roommate|roommates|flatmate|flatmates|parents|MONEY|rent|city|town|apartment|house|flat|takeout"},
	{kind: "cant-go-on", group: UrgencySelfHarm, pat: "DIFF .~2 take_it_no_more|take_this_no_more|do_this_no_more|do_it_no_more|take_it_anymore|take_this_anymore|do_this_anymore|do_it_anymore|handle_it_anymore|deal_with_this_anymore|live_like_this", flags: fSH},
	{kind: "tired-of-living", group: UrgencySelfHarm, pat: "tired|sick|exhausted|done|enough .~1 of|with .~1 living|life|being_alive|existing|being|exist !a|an|the|broke|poor|single|so|too|that|this|such", flags: fSH}, // a participle after "being" is a treatment (beingTreated)
	// "mi tired a life": "a" for "of", as some English says it.
	{kind: "tired-of-living", group: UrgencySelfHarm, pat: "tired|sick|exhausted a life|living !style|styles|coach|hack|hacks|admin|lesson|lessons", flags: fSH},
	{kind: "give-up-life", group: UrgencySelfHarm, pat: "give|giving|given|gave up on life|living", flags: fSH},
	{kind: "want-it-to-end", group: UrgencySelfHarm, pat: "DESIRE .~1 it_all|everything to end|stop|be_over", flags: fSH},
	// "I want me to stop": the writer as what should stop or end (not
	// "want myself to stop picking", a habit).
	{kind: "want-it-to-end", group: UrgencySelfHarm, pat: "DESIRE .~1 me|myself to stop|end|be_over|disappear|vanish !picking|buying|spending|eating|scrolling|worrying|overthinking|comparing|drinking|smoking|vaping|biting|touching|checking|snacking|caring|being|feeling|crying|thinking|doing|using|at|for|by|when|before|after", flags: fSH, clauseNot: "PRODUCT|TREAT|INJECT|habit|HABIT"},
	{kind: "disappear", group: UrgencySelfHarm, pat: "DESIRE|could .~2 disappear|vanish !from|off", flags: fSH | fFigSH},
	{kind: "not-wake", group: UrgencySelfHarm, pat: "DESIRE|pray|praying|hope .~4 NEG|never .~1 wake|wake_up", flags: fSH | fNoNeg},
	{kind: "not-wake", group: UrgencySelfHarm, pat: "sleep ..2 never|NEG .~1 wake|wake_up !until|till|til|noon|midday|lunch|lunchtime|early|before|late|later|feeling|looking", flags: fSH | fNoNeg}, // not "I could sleep and not wake up till noon"
	{kind: "not-wake", group: UrgencySelfHarm, pat: "sleep forever", flags: fSH},
	// "wanted to sleep for good": a sleep wished "for good" is one not
	// woken from, as "forever" is; "for good" may begin a noun's phrase
	// ("need sleep for good skin"), which a sleep wished in a clause of
	// skin, a product or health is.
	{kind: "not-wake", group: UrgencySelfHarm, pat: "DESIRE|going_to|wish|just|could .~2 sleep for_good", flags: fSH, clauseNot: "PRODUCT|TREAT|skin|health|results|recovery|glow|hair|routine|habits|schedule|mood|energy|healing|collagen|reasons"},
	// A passive wish: "wouldn't mind if i didn't wake up tomorrow", "i'd be
	// fine if i never woke up", "it wouldn't matter much if I didn't wake up".
	{kind: "not-wake", group: UrgencySelfHarm, pat: "mind|care|okay|ok|fine|happy|relieved|glad|upset|sad|bothered|matter|matters ..3 if .~2 I .~1 didnt|never|NEG .~1 wake_up|wake|woke !WAKENOT|one|every", flags: fSH | fNoNeg},
	// "i'd be ok with not waking up"
	{kind: "not-wake", group: UrgencySelfHarm, pat: "okay|ok|fine|happy|at_peace|content with .~1 not_waking_up !WAKENOT|one|every", flags: fSH | fNoNeg},
	// "so tired of waking up." (not "tired of waking up to new breakouts")
	{kind: "tired-of-living", group: UrgencySelfHarm, pat: "tired|sick|exhausted .~1 of waking|wakin|wakeing up !WAKENOT|every|each|tired|exhausted|puffy|oily|dry|sore|stiff|sweaty|congested|itchy|red|swollen|broken|like|covered|all|alone|late|sick|hungover|my|POSS|I", flags: fSH},
	// "feel like disappearing permanently", "i want to vanish for good"
	{kind: "disappear", group: UrgencySelfHarm, pat: "DESIRE|could|feel_like|like|just ..2 disappear|disappearing|vanish|vanishing|fade|fading ..1 permanently|forever|for_good", flags: fSH | fFigSH, clauseNot: "LESION|PRODUCT|TREAT|INJECT|spots|spot|marks|mark|pigmentation|wrinkles|lines|pores|redness|RED|hair|circles|dark_circles|bags|texture|stains|melasma|it|they|them|these|those"},
	{kind: "think-death", group: UrgencySelfHarm, pat: "THINK .~2 about|of|abt .~2 DIE|disappearing|not_being_here|not_being_around|not_existing|not_waking_up !my|hair|it|them|out|this|of", flags: fSH},
	// "I've been thinking a lot about not waking up": the thought told
	// with how much it comes.
	{kind: "think-death", group: UrgencySelfHarm, pat: "THINK a_lot|alot|lots|loads|constantly|often|nonstop .~1 about|of|abt .~2 DIE|disappearing|not_being_here|not_being_around|not_existing|not_waking_up !my|hair|it|them|out|this|of", flags: fSH},
	// "I've made peace with not being around after friday": settled on
	// one's own end.
	{kind: "think-death", group: UrgencySelfHarm, pat: "peace ..1 with .~1 not_being_here|not_being_around|not_existing !for|at|during|on|while|when|to|because|cos|as|in", flags: fSH},
	{kind: "think-death", group: UrgencySelfHarm, pat: "ways|way to not|stop|never exist|existing|be_alive|be_here|be_around !in|on|with|without|for", flags: fSH},
	// "I used the razor on my arms again last night like I used to": a blade
	// taken to the body again, as before (not a shave, a dermaplaning or
	// razor bumps).
	{kind: "self-cut", group: UrgencySelfHarm, pat: "used|using|use|took|taken|take|ran|dragged ..2 razor|razors|blade|blades|knife|scissors|glass|compass ..2 on|to|across|into .~1 POSS arm|arms|wrist|wrists|thigh|thighs|legs|leg|skin|stomach|hips", flags: fSH, sentNeed: "again|used_to|relapsed|relapse", msgNot: "shave|shaving|shaved|hair|hairs|fuzz|stubble|bumps|ingrown|dermaplaning|dermaplane|dermaplaned|wax|waxing|epilate|epilating|trim|trimming|smooth|peach"},
	// "The new ones are from last night. I used to do it in high school and
	// now it's back": an old act back, with new scars or cuts (not picking
	// at spots, a treatment or a surgery's scars).
	{kind: "self-cut", group: UrgencySelfHarm, pat: "I used_to do|doing it ..6 now|again|back|started", flags: fSH, msgNeed: "scars|scar|cuts|cut|wounds|marks", msgAlso: "new|fresh|last_night|yesterday|tonight|today|this_morning", msgNot: "pick|picking|picked|squeeze|squeezing|squeezed|popping|pop|popped|pimple|pimples|zit|zits|acne|breakout|breakouts|tattoo|piercing|surgery|section|shave|shaving|TREAT|INJECT|PRODUCT"},
	// "my daughter has burns on her arms she's doing herself": wounds the
	// person gives themself, told by what they are.
	{kind: "self-wounds", group: UrgencySelfHarm, pat: "burns|cuts|scratches|wounds|gashes|slashes ..6 doing|does|done|did|giving|gives|gave|making|makes|made .~1 herself|himself|themselves|themself|myself", flags: fSH, clauseNot: selfWoundsOther},
	// "…burns on her arms she's doing herself": run on, "she's" opens a
	// sentence of its own, so the wounds are before it.
	{kind: "self-wounds", group: UrgencySelfHarm, pat: "hes|shes|theyre|theyve doing|giving|done|given herself|himself|themselves|themself !a|an|no|any|favour|favor|favours|favors|proud|justice|credit|good|harm|damage|out", flags: fSH, msgNeed: "burns|cuts|scratches|wounds|gashes|slashes", msgNot: selfWoundsOther + "|nails|hair|makeup|brows|lashes"},
	{kind: "self-harm-again", group: UrgencySelfHarm, pat: "cutting|cut|burning|burned|burnt|hurting|harming|scratching again", flags: fSH, sentNeed: "I|THIRD|RECENT|started|been|myself|herself|himself"},
	// "I've started cutting a little again": self-harm taken up again,
	// played down by "a little" or "a bit" (not hair, carbs or costs cut
	// a little again).
	{kind: "self-harm-again", group: UrgencySelfHarm, pat: "started|starting|been cutting|harming|hurting a_little|a_bit|little|bit again", flags: fSH, sentNeed: "I|THIRD|she|he|they|CHILD", msgNot: "hair|fringe|bangs|haircut|barber|hairdresser|salon|diet|carbs|calories|sugar|dairy|gluten|caffeine|alcohol|meat|fabric|pattern|sewing|coupons|budget|costs|hours|lawn|grass|class|classes|school|teeth|tooth|cake", clauseNot: "PRODUCT|TREAT|acid|acids|on|back|down"},
	// "her diary says she's been cutting": cutting told with no object
	// (weak: with a goodbye note, an emergency; not hair, carbs or costs).
	{kind: "sh-cutting", group: UrgencySelfHarm, pat: "been|started|starting|keeps|kept cutting !hair|carbs|sugar|back|down|out|off|up|class|classes|school|costs|corners|the|a|an|her|his|my|their|your|paper|fabric|wood|grass|onions|veg|vegetables|meat|cake|coupons|it|them|things|through|in|into|across|ties|for|with|loose", flags: fWeak | fSH, sentNeed: "I|THIRD|she|he|they|CHILD", msgNot: "hair|fringe|bangs|haircut|barber|hairdresser|salon|diet|carbs|calories|sugar|dairy|gluten|caffeine|alcohol|meat|fabric|pattern|sewing|coupons|budget|costs|hours|lawn|grass|class|classes|school|teeth|tooth|cake"},
	// "I'm 15 and I've been cutting, what helps the scars?": the writer's
	// own cutting told with no object and going on, beside scars, arms or
	// a young age (not hair, carbs, coupons or "back on" a product).
	{kind: "self-cut-ongoing", group: UrgencySelfHarm, pat: "ive been cutting !hair|carbs|sugar|back|down|out|off|up|class|classes|school|costs|corners|the|a|an|her|his|my|their|your|paper|fabric|wood|grass|onions|veg|vegetables|meat|cake|coupons|it|them|things|through|in|into|across|ties|for|with|loose|some|all|everything|and", flags: fSH, msgNeed: "scars|scar|arms|arm|wrists|wrist|thighs|thigh|legs|cuts|marks|sleeves|12|13|14|15|16|17|teen|teenager", msgNot: "hair|fringe|bangs|haircut|barber|hairdresser|salon|diet|carbs|calories|sugar|dairy|gluten|caffeine|alcohol|meat|fabric|pattern|sewing|coupons|budget|costs|hours|lawn|grass|class|classes|school|teeth|tooth|cake"},
	{kind: "self-harm-body", group: UrgencySelfHarm, pat: "cutting|burning|hurting|slicing .~1 POSS .~1 arms|arm|wrists|wrist|thighs|thigh|legs|stomach|hips", flags: fSH, clauseNot: "ACCIDENT|hair|nails"},
	{kind: "self-harm-body", group: UrgencySelfHarm, pat: "cutting|burning|slicing on|into .~1 POSS .~1 arms|arm|wrists|wrist|thighs|thigh|legs|stomach|hips", flags: fSH, clauseNot: "ACCIDENT|hair|nails"}, // "i've been cutting on my thighs"
	// "it's only small cuts, nothing serious, I just do it when I hate how
	// I look": cuts named, then told done as a way of meeting a state of
	// self-hatred or distress, however played down (not picking, shaving
	// or a needling roller).
	// "I just scratch my arms until they bleed when I'm stressed": skin
	// scratched, picked, hit or cut until it bleeds, told as the way one
	// meets stress or upset, however played down (not an itch, a bite, a
	// rash, a spot, nails or lips, sleep, nor a pet's).
	{kind: "self-harm-body", group: UrgencySelfHarm, pat: "scratch|scratching|scratches|scratched|pick|picking|picks|picked|hit|hitting|hits|punch|punching|punches|cut|cutting|cuts|claw|clawing|claws|clawed|dig|digging ..6 until|till|til|untill ..2 BLEED", flags: fSH, sentNeed: "stressed|stress|stressful|upset|anxious|anxiety|angry|overwhelmed|sad|low|panicky|panic|numb|triggered|hate|cope|coping|punish|deserve|frustrated|nervous|lonely|empty|worthless", clauseNot: "ITCH|LESION|acne|pimple|pimples|spot|spots|zit|zits|scab|scabs|blackheads|blackhead|bite|bites|mosquito|midge|flea|fleas|nails|nail|cuticle|cuticles|lip|lips|sleep|asleep|sleeping|rash|eczema|psoriasis|hives", msgNot: "dog|dogs|puppy|cat|cats|kitten|pet|pets|horse|rabbit|hamster|parrot|bird|eczema|psoriasis|asleep|sleep"},
	{kind: "self-harm-body", group: UrgencySelfHarm, pat: "I .~2 do|did|doing it|them|that ..1 when|whenever|every_time|each_time ..3 hate|hating|loathe|disgusted|disgust|ugly|worthless|overwhelmed|stressed|upset|anxious|angry|numb|low|triggered|spiralling|spiraling|empty|panicky", flags: fSH, msgNeed: "cuts|cutting|scratches|scratching|burns|burning|marks|self_harm|selfharm", msgNot: "pick|picking|picked|picks|squeeze|squeezing|bite|biting|nails|shave|shaving|shaved|microneedling|microneedle|dermaroller|dermarolling|roller|hair|fringe|cuticle|cuticles|cooking|kitchen|chef|paper"},
	{kind: "self-harm-body", group: UrgencySelfHarm, pat: "HARMV .~1 POSS .~1 arms|arm|wrists|wrist|thighs|thigh|legs|stomach|hips|skin ..5 again|lighter|razor|blade|knife|on_purpose|deliberately|fresh|every_night", flags: fSH, clauseNot: "ACCIDENT"},
	// "I hold my arm on the flat top on purpose": a hot surface of a
	// kitchen (a grill, a griddle, a flat top, an oven) held to on purpose
	// as a stove or an iron is.
	{kind: "self-harm-body", group: UrgencySelfHarm, pat: "holding|held|hold|holds|put|putting|press|presses|pressed|pressing|push|pushing|pushed ..2 hand|hands|arm|arms|forearm|forearms|fingers|skin|wrist|palm|palms ..3 over|on|onto|against|in|near ..3 stove|flame|flames|hob|fire|candle|iron|burner|ring|lighter|heater|kettle|heat_gun|straighteners|straightener|curling_iron|grill|griddle|hotplate|oven|flat|plancha|radiator", flags: fSH, sentNeed: "SELF|punish|punishing|on_purpose|deliberately|again|deserve", clauseNot: "ACCIDENT"},
	// "the burns are from the grill, I press my arm on it when I'm
	// overwhelmed": the hot thing named before, then held to as "it".
	{kind: "self-harm-body", group: UrgencySelfHarm, pat: "holding|held|hold|holds|put|putting|press|presses|pressed|pressing|push|pushing|pushed ..2 hand|hands|arm|arms|forearm|forearms|fingers|skin|wrist|palm|palms on|against|onto it|them", flags: fSH, msgNeed: "stove|hob|grill|griddle|hotplate|oven|iron|burner|straighteners|straightener|curling_iron|flame|candle|lighter|kettle|heat_gun", sentNeed: "SELF|punish|punishing|on_purpose|deliberately|again|deserve", clauseNot: "ACCIDENT"},
	// "holding the heat gun against my arm on purpose": the hot thing named
	// first, then the skin it is held to.
	{kind: "self-harm-body", group: UrgencySelfHarm, pat: "holding|held|hold|put|putting|pressed|pressing ..2 stove|flame|candle|iron|lighter|heater|kettle|heat_gun|straighteners|straightener|curling_iron ..2 over|on|against|to|onto ..2 hand|hands|arm|arms|fingers|skin|wrist|wrists|palm|leg|legs|thigh|thighs", flags: fSH, sentNeed: "SELF|punish|punishing|on_purpose|deliberately|again|deserve", clauseNot: "ACCIDENT"},
	{kind: "relapse", group: UrgencySelfHarm, pat: "relapsed|relapse|relapsing", flags: fSH, msgNeed: "HARMV|SUICIDE|clean"},
	// "relapsed with the blade last night": a relapse told with the means
	// of cutting or with cutting itself, in or near its clause (not a
	// relapse of a diet, a smoker's or a drinker's, nor a razor for
	// shaving).
	{kind: "relapse", group: UrgencySelfHarm, pat: "relapsed|relapse|relapsing ..3 blade|blades|razor|razors|cutting|cut", flags: fSH, clauseNot: "shave|shaving|shaved|legs|beard|hair|fringe|bangs|dermaplaning|dermaplane|diet|carbs|sugar|smoking|drinking|vaping|PRODUCT|TREAT"},
	// "cut on Sunday after eight months clean": a cut told as what ended
	// a recovery counted in time (cleanFor's "clean for", "years clean"),
	// with "after" between; a recovery told first ("clean for a year since
	// I last cut") tells no relapse.
	{kind: "relapse", group: UrgencySelfHarm, pat: "cut|cutting !out|back|down|off|up|ties|corners|class|school ..5 after ..2 clean_for|years_clean|clean_since", flags: fSH | fNoPast, clauseNot: "hair|fringe|bangs|nails|carbs|sugar|caffeine|calories|PRODUCT|TREAT|INJECT|ACCIDENT|smoking|drinking|alcohol|drugs|diet"},
	// "I used to cut in 8th grade and I stopped but this week I started
	// again"
	{kind: "relapse", group: UrgencySelfHarm, pat: "started|starting|began|begun .~1 again", flags: fSH, msgNeed: "cut|cutting|cuts|SUICIDE", msgAlso: "used_to|stopped|clean|quit|years_ago|last_year|in_the_past|arms|wrists|wrist|thighs|thigh", msgNot: "hair|fringe|bangs|nails|hairdresser|barber|coupons|lawn|grass|wood|paper|carbs|sugar|caffeine|calories", clauseNot: "PRODUCT|TREAT|INJECT|routine|skincare|retinol|acne|LESION|hair|BLEED|period|smoking|drinking|gym|running|bleeding|work|school|job"},
	// "I've gone back to cutting after two years clean": cutting gone back
	// to, with a time it had stopped or its hiding told (not back to
	// cutting hair, carbs or out dairy).
	{kind: "relapse", group: UrgencySelfHarm, pat: "gone|went|going|go|slipped|slipping|fallen|fell back to|into cutting|self_harming|selfharming|self_harm|selfharm !hair|carbs|sugar|back|down|out|off|up|class|classes|school|costs|corners|the|a|an|her|his|my|their|your|paper|fabric|wood|grass|onions|veg|vegetables|meat|cake|coupons|it|them|things|through|in|into|across|ties|for|with|loose|hours|dairy", flags: fSH, msgAlso: "clean|stopped|quit|years|months|weeks|cover|covers|covering|hide|hiding|hidden|sleeves|scars|arms|thighs|wrists|urge|urges", msgNot: "hair|fringe|bangs|haircut|barber|hairdresser|diet|carbs|calories|sugar|dairy|gluten|caffeine|alcohol|meat|fabric|pattern|sewing|coupons|budget|costs|lawn|grass|teeth|cake"},
	// "what heals cuts fastest? I've gone back to doing it and need to hide
	// them": a return to "doing it" told beside cuts to hide (not shaving,
	// kitchen or paper cuts).
	{kind: "relapse", group: UrgencySelfHarm, pat: "gone|went|going|go|slipped|slipping|fallen|fell|got|getting back to|into doing_it", flags: fSH, msgNeed: "cuts|cut|cutting|scars|HARMV", msgAlso: "hide|hiding|hidden|cover|covering|sleeves|clean|stopped|urge|urges", msgNot: "shave|shaving|shaved|legs|hair|beard|waxing|wax|paper|papercut|kitchen|cooking|chopping|knife|wrapping|craft|crafts|nails|diet|carbs|sugar|ACCIDENT|PRODUCT|TREAT|INJECT"},
	// Fresh self-inflicted wounds: "I did some fresh ones last night" in a
	// message about self-harm, "showed me fresh cuts and said she's going
	// to do worse tonight".
	{kind: "fresh-cuts", group: UrgencySelfHarm, pat: "fresh|new ..1 cuts|ones|wounds|marks", flags: fSH, msgNeed: "self_harm|selfharm|SUICIDE|razor|razors|blade|blades|worse|again|tonight", clauseNot: "shaving|shave|shaved|paper|papercut|kitchen|knife|cooking|cat|dog|glass|dermaplaning|dermaplane|microneedling|PRODUCT|TREAT|INJECT|LESION|tattoo|tattoos|piercing|piercings|hair|haircut"},
	// A self-harm habit that came back, happening now: "the old habit with
	// the razor came back and I'm doing it right now", "the urge to cut
	// came back and i did it again tonight".
	{kind: "relapse", group: UrgencySelfHarm, pat: "habit|urge|urges|razor|razors|blade|blades ..4 came|comes|come|coming|is|its|was ..1 back|out !of", flags: fSH, msgNeed: "cut|cutting|cuts|razor|razors|blade|blades|HARMV|SUICIDE", msgAlso: "doing_it|right_now|rn|tonight|this_morning|last_night|bleeding|again", msgNot: "hair|fringe|bangs|nails|hairdresser|barber|shave|shaving|legs|beard|dermaplaning|picking|smoking|vaping|drinking|snacking|biting"},
	// "I used to cut and tonight the urge is so strong": an urge told as
	// strong, bad or hard to fight now, in a message that names cutting or
	// self-harm; a past named beside it ("used to") does not undo a present
	// urge (not an urge to cut a fringe, carbs or dairy, to pick or to
	// scratch, to smoke or to shop).
	{kind: "relapse", group: UrgencySelfHarm, pat: "urge|urges ..5 strong|stronger|bad|worse|intense|overwhelming|unbearable|loud|louder|huge|awful|hard|too_much", flags: fSH, msgNeed: urgeHarmWords, msgNot: urgeOtherWords, clauseNot: urgeOtherObjects},
	{kind: "relapse", group: UrgencySelfHarm, pat: "strong|bad|intense|overwhelming|unbearable|huge|awful|fighting|resisting|battling|struggling .~2 urge|urges", flags: fSH, msgNeed: urgeHarmWords, msgNot: urgeOtherWords, clauseNot: urgeOtherObjects},
	// "found my old blade and I've been holding it for an hour": a blade
	// held for a while by one who used to self-harm (not a razor for
	// shaving or a craft knife).
	{kind: "relapse", group: UrgencySelfHarm, pat: "holding|held|gripping|clutching|staring ..3 it|blade|blades|razor|razors ..3 hour|hours|ages|minutes|while", flags: fSH, msgNeed: "blade|blades|razor|razors", msgAlso: "used_to|HARMV|cut|cutting|cuts|self_harm|selfharm|clean|relapse", msgNot: "shave|shaving|shaved|legs|beard|dermaplaning|dermaplane|dermaplaned|craft|crafts|stanley|box|boxes|cardboard|kitchen|cooking|barber|hairdresser|PRODUCT"},
	// "scars from cutting, and I did it again tonight": the cutting named,
	// done again now (not a haircut, a diet or a treatment done again).
	{kind: "relapse", group: UrgencySelfHarm, pat: "did|done|doing .~1 it again", flags: fSH, msgNeed: "cut|cutting|self_harm|selfharm|razor|razors|blade|blades", msgAlso: "tonight|today|last_night|this_morning|just|rn|right_now|deep|deeper", msgNot: "hair|fringe|bangs|nails|haircut|hairdresser|barber|shave|shaving|coupons|sugar|carbs|caffeine|calories|TREAT|INJECT|dermaplaning|dermaplane|ACCIDENT|finger|fingers|thumb|knife|glass|paper|papercut|lip|chin|face", clauseNot: "ACCIDENT"},
	{kind: "relapse", group: UrgencySelfHarm, pat: "razor|razors|blade|blades .~1 back|out .~1 out|again", flags: fSH, clauseNot: "ACCIDENT|shave|shaved|legs|hair|beard|dermaplaning|dermaplane|dermaplaned|PRODUCT"}, // "the razor's back out"
	// "I used to cut and tonight I dug out a blade": a blade got out by
	// one who used to self-harm (not a razor for shaving, a craft knife or
	// a blade for a parcel).
	{kind: "relapse", group: UrgencySelfHarm, pat: "got|get|getting|dug|digging|took|taken|pulled|fished|brought ..3 razor|razors|blade|blades", flags: fSH, sentNeed: "out", msgAlso: "used_to|clean|stopped|quit|relapse|relapsed|HARMV|cut|cutting|cuts|self_harm|selfharm", msgNot: "shave|shaving|shaved|legs|beard|hair|fringe|bangs|stubble|dermaplaning|dermaplane|dermaplaned|craft|crafts|crafting|stanley|cutter|cardboard|parcel|package|kitchen|cooking|barber|hairdresser|PRODUCT|TREAT|replace|replaced|new|fresh|change|changed"},
	// "started doing the thing with the blade again": the act left
	// unsaid, done again (not a shave or a craft).
	{kind: "relapse", group: UrgencySelfHarm, pat: "thing|things|stuff ..1 with ..1 razor|razors|blade|blades", flags: fSH, sentNeed: "again|relapsed|relapse", clauseNot: "ACCIDENT|PRODUCT|TREAT", msgNot: "shave|shaving|shaved|hair|hairs|fuzz|stubble|bumps|ingrown|dermaplaning|dermaplane|dermaplaned|wax|waxing|epilate|epilating|trim|trimming|smooth|peach|legs|beard|pencil|craft|crafts|cardboard"},
	// "went back to the razor. it's fine, just a few": a return to the
	// blade, told as a slip (not back to shaving after laser or waxing, or
	// to a razor for the face).
	{kind: "relapse", group: UrgencySelfHarm, pat: "went|gone|going|go|back .~1 back .~1 to .~1 the|my ..1 razor|razors|blade|blades", flags: fSH, clauseNot: "ACCIDENT|shave|shaving|shaved|legs|leg|hair|beard|stubble|bikini|armpits|armpit|dermaplaning|dermaplane|dermaplaned|PRODUCT|TREAT|laser|wax|waxing|epilator|epilating|nair|cream|kitchen|cooking|craft|crafting", msgNot: "shave|shaving|shaved|legs|hair|beard|stubble|bikini|armpits|laser|waxing|wax|epilator|dermaplaning|dermaplane|ingrown|ingrowns|bumps|rash"},
	// "a couple of slips with the blade again this week": a relapse told as
	// a slip (not a slip while shaving or cooking).
	{kind: "relapse", group: UrgencySelfHarm, pat: "slip|slips|slipped|slipup|slipups|lapse|lapses|lapsed ..4 blade|blades|razor|razors", flags: fSH, sentNeed: "again|relapse|relapsed|clean|couple|few|urge|urges", clauseNot: "ACCIDENT|shave|shaving|shaved|legs|beard|hair|kitchen|cooking|chopping|dermaplaning|dermaplane|dermaplaned|PRODUCT|TREAT|craft|crafting|cricut"},
	// "went back to the old ways with my arms last night, they're deep": an
	// old way with the body come back, with wounds (not old eating,
	// smoking or skincare ways).
	{kind: "relapse", group: UrgencySelfHarm, pat: "back .~2 old ways|habits|habit|coping", flags: fSH, msgNeed: "arms|arm|wrists|wrist|thighs|thigh|legs|leg|skin|cuts|cut|blade|blades|razor|razors|wounds|wound|BLEED", msgAlso: "deep|dressing|dressings|stitches|bleeding|cuts|wounds|blade|blades|razor|razors|HARMV", msgNot: "eating|food|diet|dieting|smoking|smoke|vaping|drinking|gambling|ex|boyfriend|girlfriend|partner|snacking|routine|skincare|PRODUCT|TREAT|INJECT|nail|nails|biting|picking|shave|shaving"},
	{kind: "stash", group: UrgencySelfHarm, pat: "STASH .~3 up ..3 PILLS", flags: fSH},
	{kind: "stash", group: UrgencySelfHarm, pat: "STASH .~3 PILLS", flags: fSH},
	{kind: "stash", group: UrgencySelfHarm, pat: "PILLS .~2 STASH", flags: fSH},
	// "I've been stockpiling my mam's tablets": another's pills hoarded by
	// the writer.
	{kind: "stash", group: UrgencySelfHarm, pat: "stockpiling|stockpiled|stockpile|hoarding|hoarded|stashing|stashed POSS .~1 mam|mum|mom|mums|moms|mother|dad|dads|father|nan|nana|gran|granny|grandma|grandad|grandpa|husband|husbands|wife|wifes|partner|sister|sisters|brother|brothers|flatmate|roommate ..1 PILLS", flags: fSH},
	// "I took everything in the cabinet": all that a cabinet or a drawer
	// held, taken in (not taken out of it, or to a shop or the bin).
	{kind: "overdose", group: UrgencySelfHarm, pat: "took|taken|swallowed|downed|necked everything|all|the_lot in .~2 cabinet|cupboard|drawer|medicine_cabinet|medicine_cupboard|medicine_drawer|medicine_box", flags: fSH, clauseNot: "CHILD|out|charity|shop|car|bin|bins|boxes|move|moving|clean|cleaning|clear|clearing|tidy|tidying|tidied|sort|sorting|sorted|organised|organized|donate|recycle|recycling|photo|photos|inventory|stock|stocktake"},
	{kind: "overdose", group: UrgencySelfHarm, pat: "necked|necking .~3 QUANT ..5 PILLS", flags: fSH, clauseNot: "CHILD"},
	{kind: "overdose", group: UrgencySelfHarm, pat: "took|taken|swallowed|downed|ate|take|taking|swallow|swallowing .~3 QUANT ..5 PILLS !with|on|along|to", flags: fSH, clauseNot: "CHILD|" + pillsRoutineNot},
	// Pills taken somewhere are a trip's supply when the clause travels:
	// "going to take all my pills with me on vacation" (not "take all my
	// pills with vodka", "…to the bridge").
	{kind: "overdose", group: UrgencySelfHarm, pat: "took|taken|swallowed|downed|ate|take|taking|swallow|swallowing .~3 QUANT ..5 PILLS with|on|along|to", flags: fSH, clauseNot: "CHILD|" + pillsTravelNot + "|" + pillsRoutineNot},
	// "took a few extra of my sleeping tablets tonight, like the whole
	// strip", "took some of my mother's BP tablets, around 15": tablets
	// taken, how many told after them, a whole strip or a big number (not
	// a time, a dose in mg or a count of days).
	{kind: "overdose", group: UrgencySelfHarm, pat: "took|taken|swallowed|downed|taking|had ..6 PILLS ..5 around|about|over|nearly|almost|roughly|whole|entire|least|maybe|like|probably|approx|approximately|say .~1 strip|strips|packet|packets|box|sheet|blister|" + bigCounts + " !am|pm|oclock|mg|ml|minutes|mins|hours|hrs|hour|days|weeks|years|times", flags: fSH, clauseNot: "CHILD|" + pillsTravelNot},
	{kind: "overdose", group: UrgencySelfHarm, pat: "took|taken|swallowed|downed|taking|had ..6 PILLS ..5 whole_packet|whole_box|whole_bottle|entire_bottle|the_lot", flags: fSH, clauseNot: "CHILD|" + pillsTravelNot},
	{kind: "overdose", group: UrgencySelfHarm, pat: "took|taken|swallowed|downed .~2 " + bigCounts + " .~1 of .~1 POSS|the .~1 PILLS", flags: fSH, clauseNot: "CHILD|" + pillsTravelNot},
	{kind: "overdose", group: UrgencySelfHarm, pat: "took|taken|swallowed|downed .~2 " + bigCounts + " .~1 PILLS", flags: fSH, clauseNot: "CHILD|" + pillsTravelNot},
	// "whatever happens tonight happens": a fate left open (weak: with
	// something taken, an emergency).
	{kind: "sh-fatal", group: UrgencySelfHarm, pat: "whatever happens ..3 happens", flags: fWeak | fSH, clauseNot: "with|about|appointment|results|exam|interview|test|match|game|PRODUCT|TREAT|INJECT|skin|face"},
	// "took some stuff", "got the pills out": an intake or a means told
	// vaguely (weak: with a fate left open or a despair, an emergency).
	{kind: "sh-means", group: UrgencySelfHarm, pat: "took|taken|swallowed|downed some stuff|things|PILLS|tablets", flags: fWeak | fSH, clauseNot: "EDIBLE|headache|migraine|cramps|period|cold|flu|hangover|pain|allergy|allergies|hayfever|TREAT|CHILD"},
	{kind: "sh-means", group: UrgencySelfHarm, pat: "got|goat|have|ive|taken|took .~2 PILLS out|oot !of|for|to", flags: fWeak | fSH, clauseNot: "EDIBLE|cabinet|cupboard|drawer|bag|fridge|box|pharmacy|chemist|CHILD"},
	{kind: "giving-away", group: UrgencySelfHarm, pat: "giving|gave|given|give|giving_away|gave_away ..1 my|all_my|all ..1 stuff|things|belongings|possessions|pets|cat|dog|everything|clothes !to_charity", flags: fSH, clauseNot: "serum|serums|cream|creams|products|product|bottles|TREAT|old|samples|sample|unused|spare|extra|salon|clinic|skincare|makeup|exosome|exosomes"},
	{kind: "giving-away", group: UrgencySelfHarm, pat: "GIVEAWAY", flags: fSH, clauseNot: "serum|serums|cream|creams|products|product|bottles|TREAT|old|samples|sample|unused|spare|extra|salon|clinic|skincare|makeup|exosome|exosomes|charity"},
	{kind: "means-bought", group: UrgencySelfHarm, pat: "bought|buying|buy|ordered|got|have|has|kept|keeping|hid|hidden ..2 rope|noose|ropes", flags: fSH, clauseNot: "boat|climbing|camping|garden|dog|skipping|jump_rope|PRODUCT"},
	{kind: "research-doses", group: UrgencySelfHarm, pat: "researching|research|researched|googling|googled|looking_up|looked_up|searched|searching|reading ..3 doses|dose|lethal|overdose|overdoses|how_many|how_much|ways_to_die|methods", flags: fSH, clauseNot: "PRODUCT|TREAT|INJECT|skin|serum|exosome|exosomes|retinol|vitamin|spf"},
	{kind: "research-doses", group: UrgencySelfHarm, pat: "researching|research|researched|googling|googled|looking_up|looked_up|searched|searching|reading ..3 ways_to_go !to|about|from|with|for|back|forward|vegan|on|in|into|through|around|abroad|home|out", flags: fSH, clauseNot: "PRODUCT|TREAT|INJECT|skin|serum|exosome|exosomes|retinol|vitamin|spf"},                                                   // "looking up ways to go and i think i've picked one"
	{kind: "research-doses", group: UrgencySelfHarm, pat: "researching|research|researched|googling|googled|looking_up|looked_up|searched|searching|reading ..3 ways|way|how .~1 to .~1 end|ending .~1 things|it|everything|it_all !with|for|on|in|at", flags: fSH, clauseNot: "PRODUCT|TREAT|INJECT|skin|serum|exosome|exosomes|routine|relationship|contract|lease|subscription|call|meeting|chat|conversation"}, // "I've been researching ways to end things"
	{kind: "research-method", group: UrgencySelfHarm, pat: "highest|tallest|closest|nearest <3> bridge|bridges|building|buildings|cliff|cliffs|car_park|multistorey", flags: fSH, sentNeed: "researching|research|researched|googling|googled|looking_up|looked_up|searched|searching|checking|checked|finding", clauseNot: "trip|travel|holiday|vacation|photo|photos|visit|visiting|tour|blog|hike|hiking|walk|view|views|europe"},
	{kind: "overdose", group: UrgencySelfHarm, pat: "took|taken|swallowed|downed|ate .~2 everything|all ..4 PILLS", flags: fSH},
	// "took a few more of my sleeping tablets than I'm supposed to, like a
	// handful": more than the dose, by a handful or a heap, is an overdose
	// (one tablet too many is not) — or told done on purpose ("…than I
	// should have tonight, on purpose").
	{kind: "overdose", group: UrgencySelfHarm, pat: "took|taken|swallowed|downed|had ..3 more|extra ..4 PILLS ..3 than", flags: fSH, sentNeed: "on_purpose|deliberately|purposely|intentionally|handful|a_handful|load|loads|a_load|lot|lots|a_lot|bunch|a_bunch|whole_packet|whole_box|whole_bottle|the_lot|" + bigCounts, clauseNot: "CHILD|" + pillsTravelNot},
	// "tok all ma pils": took typed with a letter dropped (not "tik tok").
	{kind: "overdose", group: UrgencySelfHarm, pat: "tok .~2 everything|all ..4 PILLS", flags: fSH, clauseNot: "tik|tic|tiktok|video|videos"},
	// "she's taking everything in her medicine cabinet": all of a store of
	// medicines, being taken (not cleared out, sorted or packed).
	{kind: "overdose", group: UrgencySelfHarm, pat: "take|taking|swallow|swallowing|down|downing .~1 everything|all .~1 in|from .~1 POSS|the .~1 PILLS", flags: fSH, clauseNot: pillsTravelNot + "|pharmacy|disposal|dispose|throw|throwing|bin|clean|cleaning|clear|clearing|organise|organize|organising|organizing|declutter|decluttering|expired|sort|sorting|moving|move|photo|picture|inventory"},
	{kind: "overdose", group: UrgencySelfHarm, pat: "planning|plan|planned|gonna|going ..2 take|taking|swallow|swallowing ..1 all_my|all|everything ..3 PILLS", flags: fSH, clauseNot: pillsTravelNot + "|pharmacy|doctor|appointment|gp"}, // "just planning on taking all my pills after everyone's asleep"
	{kind: "overdose", group: UrgencySelfHarm, pat: "took|taken|swallowed|downed ..4 PILLS ..2 on_purpose|deliberately", flags: fSH},
	{kind: "self-harm-body", group: UrgencySelfHarm, pat: "cutting|cut|burning ..1 deeper|deep", flags: fSH, sentNeed: "I|each_time|every_time|tonight|again|bleeding|BLEED", clauseNot: "ACCIDENT|hair|budget|costs|prices|onion|cake"},
	// "…been cutting on my thighs and tonight i kinda want to go deeper":
	// cutting that is to go deeper (not a fringe, a peel or needles).
	{kind: "self-harm-body", group: UrgencySelfHarm, pat: "DESIRE|going|gonna|going_to .~2 to_go|go deeper", flags: fSH, msgNeed: "cutting|cuts|razor|razors|blade|blades|self_harm|selfharm", msgNot: "hair|fringe|bangs|haircut|hairdresser|barber|nails|cuticle|cuticles|TREAT|INJECT|needle|needles|microneedling|dermaplaning|dermaplane|peel|pores|ACCIDENT"},
	{kind: "sh-unreachable", group: UrgencySelfHarm, pat: "hasnt|wont|isnt|not|havent|wasnt .~2 come_out|open_the_door|answering|answer|answered|picking_up|pick_up|responding|respond|replied|reply", flags: fWeak | fSH, sentNeed: "THIRD"},
	// "she's not here, her car's gone": someone, or what they travel by,
	// told as gone from where they should be (weak: with a note of sorry
	// and goodbye, a farewell; not a wait for someone late).
	{kind: "sh-unreachable", group: UrgencySelfHarm, pat: "shes|hes|theyre|she|he ..1 gone|missing|vanished|disappeared", flags: fWeak | fSH, clauseNot: "PRODUCT|TREAT|INJECT|redness|swelling|spot|spots|pain|itch|rash|bump|lump|holiday|vacation|trip|work|shopping"},
	{kind: "sh-unreachable", group: UrgencySelfHarm, pat: "shes|hes|theyre not here|home|anywhere", flags: fWeak | fSH | fNoNeg, clauseNot: "yet|till|until|today|PRODUCT|TREAT|INJECT|holiday|vacation|trip|work|shopping"},
	{kind: "sh-unreachable", group: UrgencySelfHarm, pat: "POSS|THIRD|shes|hes car|keys|van|truck|bag|wallet|phone ..1 gone|missing", flags: fWeak | fSH, clauseNot: "stolen|theft|thief|robbed|towed|tow|insurance|police"},
	{kind: "method-drive", group: UrgencySelfHarm, pat: "drive|driving|crash|crashing|swerve|swerving|steer|steering|veer ..2 into|off|in_front ..3 barrier|barriers|wall|tree|traffic|oncoming|truck|lorry|bridge|river|lake|median|cliff|guardrail|pole", flags: fSH, sentNeed: "THINK|DESIRE|easy|easier|tempted|urge|just"},
	// "been thinking about how i'd do it lately": a method, "it" unnamed
	// (not "how to do it safely", "how i'd do it at home" of a peel).
	{kind: "think-how", group: UrgencySelfHarm, pat: "THINK|plan|plans|planned|planning|map|mapped|mapping .~2 out|about|of|abt how id|i|ill ..1 do|end .~1 it|things|everything !safely|properly|at|right|correctly|without|with|on|for|to|better|differently|myself|every|each|daily|again|in|the|my|this|that", flags: fSH, clauseNot: "PRODUCT|TREAT|INJECT|skin|makeup|routine|hair|nails|diy|home"},
	// "I've been thinking about how to end it" (not "…how to end things
	// with my derm").
	{kind: "think-how", group: UrgencySelfHarm, pat: "THINK .~2 about|of|abt how to end|ending .~1 it|things|everything|it_all !with|for|up|early|now|here|there|on|at|today|soon|PRODUCT|TREAT|INJECT", flags: fSH, clauseNot: "PRODUCT|TREAT|INJECT|routine|relationship|contract|lease|subscription|call|meeting|chat|conversation|date|season|trip|holiday"},
	// A wish to hurt oneself denied, then owned as a thought that comes
	// back ("I don't want to hurt myself, but sometimes I think about it",
	// "…anymore but I keep thinking about it").
	{kind: "denied-ideation", group: UrgencySelfHarm, pat: "sometimes|often|still|keep|do|always .~2 THINK|thinking about_it", flags: fSH, msgNeed: "HARMV|KILLV|SUICIDE|DIE", sentNeed: "SELF"},
	{kind: "think-method", group: UrgencySelfHarm, pat: "THINK .~3 about|of|abt ..3 tracks|train|trains|bridge|roof|cliff|ledge|rope|noose|gun|hanging|overdosing|drowning", flags: fSH},
	// A jump thought of is a method, but a jump "in front of" something
	// is the step in front of it, read below with its object ("jumping in
	// front of the camera" is being filmed).
	{kind: "think-method", group: UrgencySelfHarm, pat: "THINK .~3 about|of|abt ..3 jumping|jump !in_front", flags: fSH},
	// "stood at the end of the platform and thought about stepping off": a
	// step off or in front of a train, a ledge or traffic thought of.
	// "standing at the window on the 30th floor thinking how easy it would
	// be": the ease of it weighed with nothing after it, high up or at an
	// edge (not how easy it would be to switch serums).
	{kind: "think-method", group: UrgencySelfHarm, pat: "THINK .~2 how easy|simple|quick it .~1 would|could|d be !to|for|if|with|when|than|compared|now|once|PRODUCT|TREAT", flags: fSH, sentNeed: "floor|ledge|roof|rooftop|balcony|bridge|cliff|cliffs|platform|tracks|railing|railings|parapet|edge|window|drop"},
	{kind: "think-method", group: UrgencySelfHarm, pat: "THINK .~3 about|of|abt ..1 stepping|step|stepped|walking|walk ..1 off|out|in_front", flags: fSH, msgNeed: "platform|platforms|tracks|train|trains|bridge|ledge|edge|roof|rooftop|balcony|cliff|traffic|motorway|highway|overpass", msgNot: "stage|bus|plane|boat|ferry|zone|role|job|position|board|committee"},
	// "keep thinking about stepping in front of the Gautrain": a step into
	// the path of whatever comes, named or not (a train's own name is
	// still a train); not a step before a camera, a mirror or people.
	{kind: "think-method", group: UrgencySelfHarm, pat: "THINK .~3 about|of|abt ..1 stepping|step|walking|walk|jumping|jump|throwing|throw ..2 in_front of", flags: fSH, clauseNot: "camera|cameras|mirror|mirrors|audience|crowd|crowds|class|stage|people|everyone|anyone|others|lens|screen|judges|panel|light|lights|public|room|students|team|colleagues|customers|clients|followers|strangers|boss|mic|microphone|queue|line|door|house|shop|store|building|tv|selfie|video|live|zoom|call|meeting|interview|photo|photos|pictures|pics"},
	{kind: "think-method", group: UrgencySelfHarm, pat: "thinking|think|thought ..2 how .~1 easy|easier|simple|quick ..3 would|to", flags: fSH, sentNeed: "MEANS|tracks|train|trains|roof|cliff|edge|traffic"},
	// "looking at the bridge and thinking it'd be easy": the ease told of
	// it, not asked how.
	{kind: "think-method", group: UrgencySelfHarm, pat: "thinking|think|thought ..1 itd|itll|it ..2 easy|easier|simple|quick", flags: fSH, sentNeed: "MEANS|tracks|train|trains|roof|cliff|edge|traffic"},
	{kind: "no-future", group: UrgencySelfHarm, pat: "future ..3 where|with|that .~1 i|im|me ..3 in|exist|exists|alive|around|here|still", flags: fSH | fNoNeg, sentNeed: "NEG|DIFF|no"},
	{kind: "co", group: UrgencySelfHarm, pat: "car|garage ..6 engine|exhaust ..2 running|on|hose|pipe", flags: fSH},
	{kind: "farewell", group: UrgencySelfHarm, pat: "texted|told|messaged|called|telling|texting ..2 everyone|everybody|all|family|mum|mom|dad|parents ..3 love|loved|sorry|goodbye|bye", flags: fSH},
	{kind: "no-future", group: UrgencySelfHarm, pat: "DIFF|NEG .~2 see|have|imagine .~1 a|any .~1 future ..1 for .~1 myself|me", flags: fSH | fNoNeg},
	{kind: "no-future", group: UrgencySelfHarm, pat: "no future for me|myself", flags: fSH},
	{kind: "give-up-all", group: UrgencySelfHarm, pat: "feel_like|want|wanna|ready|about|going .~2 give|giving|given .~1 up on everything|myself|life|living|it_all", flags: fSH},
	{kind: "fell", group: UrgencyHeartBrain, pat: "fell|fallen|fall|collapsed ..4 cant_get_up|couldnt_get_up|cant_stand|cant_stand_up|cant_move", flags: fFig},
	{kind: "method-ask", group: UrgencySelfHarm, pat: "painless|easiest|quickest|fastest|best|surest .~1 way|ways|method|methods ..2 to_go|go|die|end|kill|out|overdose", flags: fSH, clauseNot: "INJECT|TREAT|PRODUCT|skin|acne|scars"},
	{kind: "wrists", group: UrgencySelfHarm, pat: "cuts|cut|wounds|slashes|slash|gashes ..3 wrists|wrist|thighs|forearms", flags: fSH, sentNeed: "I|THIRD|fresh|new|again|deep", clauseNot: "ACCIDENT"},
	// Burns on the wrists, the thighs or the forearms: fresh, new, again,
	// deep or done to oneself, self-harm; told only as someone's, not when
	// called small or minor or given a kitchen's, a barbecue's or a
	// firework's cause ("small oven burns on my forearms after service":
	// a cook's burns asked about).
	{kind: "wrists", group: UrgencySelfHarm, pat: "burns ..3 wrists|wrist|thighs|forearms", flags: fSH, sentNeed: "fresh|new|again|deep|SELF|on_purpose|deliberately|punish|deserve", clauseNot: "ACCIDENT"},
	{kind: "wrists", group: UrgencySelfHarm, pat: "burns ..3 wrists|wrist|thighs|forearms", flags: fSH, sentNeed: "I|THIRD", clauseNot: "ACCIDENT|" + smallBurns},
	// A jump for a dare or a swim ("jumping off the pier bridge into the
	// river for a dare", "tombstoning off the cliff") is play. A height is
	// also told by its everyday name: "jump from my block", "off the flats",
	// "off the car park".
	{kind: "jump", group: UrgencySelfHarm, pat: "jump|jumping|throw_myself off|from|in_front ..3 bridge|building|roof|cliff|balcony|train|car|window|tower|overpass|block|flats|car_park", flags: fSH, clauseNot: jumpForPlay, subjNot: "FALLOBJ"},
	// "up on the roof ledge saying he's going to jump": a jump told as
	// meant, the height named anywhere in the message (not a jump into a
	// trend, on a call, in the pool or off a diving board).
	{kind: "jump", group: UrgencySelfHarm, pat: "going_to|gonna|threatening|threatens|threatened|wants|wanted|about ..2 jump !in|into|on|at|ahead|rope|ropes|ship|queue|back|up|around|for|the|start|through|straight|in_front", flags: fSH, msgNeed: "ledge|roof|rooftop|balcony|overpass|railing|railings|parapet|bridge|cliff", clauseNot: "pool|lake|sea|river|water|trampoline|bandwagon|trend|call|zoom|plane|parachute|skydive|skydiving|bungee|diving|dive|puddle|board|queue|ship|scare|scared|fright|" + jumpForPlay, subjNot: "FALLOBJ"},
	// "went up tae the bridge… near enough went over": a fall from a
	// height all but taken, the height named (not a bike over the
	// handlebars, an ankle or a budget gone over).
	{kind: "jump", group: UrgencySelfHarm, pat: "nearly|almost|near ..1 went|gone|go|jumped|stepped|fell|climbed over|off !on|my|budget|limit|it|that|them|everything|things|notes|handlebars|board|top|head", flags: fSH, msgNeed: "bridge|ledge|cliff|roof|rooftop|balcony|overpass|railing|railings|parapet", clauseNot: "bike|cycling|cyclist|car|driving|drove|horse|fence|surf|surfing|skate|skateboard|skiing|ski|drunk|tripped|slipped|ice|icy|wind|windy|photo|selfie|budget|limit"},
	{kind: "farewell", group: UrgencySelfHarm, pat: "FAREWELLX", flags: fSH, clauseNot: farewellOccasions, subjNot: "FALLOBJ", sentNot: farewellJourneys},
	// "Made my plans for the weekend and said my goodbyes already": plans
	// made beside goodbyes said are a plan to die, whatever occasion the
	// plans name, unless the goodbyes are a traveller's.
	{kind: "farewell", group: UrgencySelfHarm, pat: "made|make|making|got|have|sorted|finished ..2 plans|plan|arrangements ..8 FAREWELLX", flags: fSH, clauseNot: travelWords},
	{kind: "farewell", group: UrgencySelfHarm, pat: "FAREWELLX ..8 made|make|making|got|have|sorted|finished ..2 plans|plan|arrangements", flags: fSH, clauseNot: travelWords},
	{kind: "own-funeral", group: UrgencySelfHarm, pat: "my_own_funeral|my_funeral ..6 soon|tomorrow|tonight|this_week|next_week|planned|planning|happening", flags: fSH},
	// "what skincare would look nice for an open casket? asking for me.
	// soon": one's own casket or burial asked of "for me", with a time near
	// (not a mortician's work, a relative's funeral or "asking for a friend").
	{kind: "own-funeral", group: UrgencySelfHarm, pat: "asking|askin|ask .~1 for me|myself", flags: fSH, msgNeed: "casket|caskets|coffin|coffins|funeral|burial|buried|cremation|cremated|embalming|embalmed|headstone|grave|obituary|eulogy", msgAlso: "soon|tomorrow|tonight|this_week|this_weekend|next_week|shortly", msgNot: "artist|mortician|morticians|embalmer|undertaker|job|work|client|clients|THIRD|CHILD|passed|died|halloween|costume|cosplay|film|movie|zombie|vampire"},
	{kind: "sh-farewell", group: UrgencySelfHarm, pat: "wrote|written|writing|left|leaving .~1 letters|notes", flags: fWeak | fSH},
	// "left a note saying sorry and goodbye": a note whose words are an
	// apology and a farewell at once (weak: with someone gone, a farewell;
	// not a note that says sorry for a late order).
	{kind: "sh-farewell", group: UrgencySelfHarm, pat: "left_a_note|note|notes|letter|letters|text|message ..5 sorry ..2 goodbye|bye|goodbyes|farewell", flags: fWeak | fSH, clauseNot: "PRODUCT|TREAT|INJECT|late|delay|delayed|order|parcel|refund|missed"},
	// "Wrote goodbye letters today": letters of goodbye written, with no
	// move, new job or class to say goodbye to, are a farewell on their
	// own.
	{kind: "sh-goodbye-letters", group: UrgencySelfHarm, pat: "wrote|written|writing|write|finished|left|leaving .~2 goodbye|farewell ..1 letters|letter|notes|note", flags: fSH, msgNot: goodbyeLettersNot},
	{kind: "sh-goodbye-letters", group: UrgencySelfHarm, pat: "wrote_goodbye_letters", flags: fSH, msgNot: goodbyeLettersNot},
	// "the letters are written": letters told done (weak: with things
	// given away, a farewell; not cover letters or invitations).
	{kind: "sh-farewell", group: UrgencySelfHarm, pat: "letters|notes|letter|note ..2 are|were|is|all|been .~1 written|done|finished|sealed", flags: fWeak | fSH, clauseNot: "cover|reference|thankyou|wedding|invitations|invites|christmas|newsletter|complaint|recommendation|application|applications|love|PRODUCT|TREAT|clinic|work|school"},
	{kind: "sh-farewell", group: UrgencySelfHarm, pat: "wrote|written|writing|finished .~1 note|letter !for|about|of|on|from|in|at|asking|complaining|explaining", flags: fWeak | fSH, clauseNot: "brand|clinic|company|complaint|refund|manager|support|derm|dermatologist|doctor|gp|MONEY|PRODUCT|TREAT|INJECT"}, // "i've written the note"
	{kind: "around-longer", group: UrgencySelfHarm, pat: "NEG ..3 be_around|be_here|be_alive|around|here ..1 much_longer|for_long|anymore|long|next_year|next_month", flags: fSH | fNoNeg, msgNot: absentReasons},
	// "I don't really plan on being around much longer": a plan not to be
	// alive long, for no reason given (a trip, a move, work).
	{kind: "around-longer", group: UrgencySelfHarm, pat: "NEG .~2 plan|planning|expect|expecting ..3 around|alive|be_around|be_alive|being_alive .~1 much_longer|for_long|anymore", flags: fSH | fNoNeg, msgNot: absentReasons},
	// "i don't plan on being here next week anyway": not expecting to be
	// alive a week on, for no reason given (a trip, a move, work).
	{kind: "around-longer", group: UrgencySelfHarm, pat: "NEG ..3 here|around|alive .~1 next_week", flags: fSH | fNoNeg, msgNot: absentReasons},
	// "won't need to worry about my skin much longer": a need that ends
	// soon, for no reason given.
	{kind: "around-longer", group: UrgencySelfHarm, pat: "NEG need|have .~1 to ..6 much_longer", flags: fSH | fNoNeg, clauseNot: "once|after|when|because|since|thanks|until|till|if|wait|waiting|PRODUCT|TREAT|INJECT|appointment|results|MONEY"},
	// "wrote letters to the kids": letters or notes written to one's own,
	// a farewell — not in a sentence that names an operation or a
	// deployment they are written before ("…in case the surgery goes
	// wrong": ordinary planning for a known risk).
	{kind: "farewell", group: UrgencySelfHarm, pat: "wrote|written|writing .~2 letters|notes ..3 family|everyone|kids|mom|mum|dad|parents|husband|wife|partner|friends|children|sister|brother|friend|best_friend|bestie|son|daughter|grandma|grandpa|nan", flags: fSH, sentNot: knownRisks},
	// "written to the kids", "wrote to my sister": one's own written to,
	// the letters unsaid (weak: with things given away, a farewell; not
	// writing to ask or tell about something).
	{kind: "sh-farewell", group: UrgencySelfHarm, pat: "wrote|written|writing to .~1 family|everyone|kids|mom|mum|dad|parents|husband|wife|partner|children|sister|brother|son|daughter", flags: fWeak | fSH, sentNot: knownRisks, clauseNot: "PRODUCT|TREAT|INJECT|MONEY|about|asking|complaining|explaining|thanking"},
	// "wrote a note for my family just in case": a letter or note left for
	// one's family, or a goodbye said to them (to a sister and then a mum,
	// several named), "just in case", the case left unsaid (not "in case
	// I'm late", "in case of a fire").
	{kind: "farewell", group: UrgencySelfHarm, pat: "wrote_a_note|written_a_note|left_a_note|wrote_a_letter|letter|note|letters|notes|said_goodbye|saying_goodbye|say_goodbye ..6 family|everyone|kids|mom|mum|dad|parents|husband|wife|partner|friends|children|sister|brother|friend|best_friend|bestie|son|daughter|grandma|grandpa|nan ..2 just_in_case|in_case !I|im|ill|id|THIRD|CHILD|POSS|it|its|of|we|you|they|theyre|there|theres|the|a|an|any|anything|something|someone|anyone|she|he|shes|hes|this|that|things|stuff", flags: fSH, clauseNot: "from|received|got|get|read|reading|sent|opened|found"},
	// "i keep thinking the bridge on my route would just end all of it": a
	// high place or the tracks told as what would end it all (not a
	// bridge's closure ending a commute or a shop's trade).
	{kind: "method-place", group: UrgencySelfHarm, pat: "bridge|bridges|tracks|railway|overpass|cliff|cliffs|ledge|roof|rooftop|balcony ..6 end|finish ..2 it_all|all|everything|it|things", flags: fSH, sentNeed: "would|could|will|THINK", clauseNot: "closed|closure|closing|traffic|commute|roadworks|diversion|business|shop|shops|salon|trade|customers|toll|tolls|story|film|movie|book|game|season|episode"},
	{kind: "method-place", group: UrgencySelfHarm, pat: "stood|standing|stand|sat|sitting|climbed ..2 on|at|up .~2 bridge|edge|ledge|roof|tracks|railway|overpass", flags: fSH},
	// "been stopping on the bridge on my walk home and thinking about it":
	// a stop at a place of a fall, with the thought the stop is for.
	{kind: "method-place", group: UrgencySelfHarm, pat: "stopping|stopped|stop|stops|pausing|paused|lingering|lingered|waiting|waited ..2 on|at .~2 bridge|edge|ledge|roof|rooftop|tracks|railway|overpass|cliff|cliffs", flags: fSH, sentNeed: "thinking|thought|think|THINK|staring|stare|stared|jump|jumping|drop|over", clauseNot: "photo|photos|pics|pictures|selfie|selfies|view|views|sunset|sunrise|ducks|swans|birds|fish|fishing|traffic|bus|train|friend|friends|chat|coffee|breath"},
	// "been up the Campsies a few times with a rope in the boot of the van,
	// just sitting there": a rope carried to a lonely place and sat with.
	{kind: "means-sitting", group: UrgencySelfHarm, pat: "rope|noose|hosepipe ..8 sitting|sat|sit|parked", flags: fSH, msgNeed: "van|car|boot|trunk|truck|woods|forest|hills", clauseNot: "camping|climbing|climb|tow|towing|boat|sailing|moving|furniture|tree|swing|tent|hammock|dog|lead|skipping|gym|work|job|site"},
	// "is 40 paracetamol enough"
	{kind: "how-many", group: UrgencySelfHarm, pat: "QUANT .~1 PILLS ..2 enough|lethal|fatal|deadly|kill !for|per", flags: fSH | fNoFrame},
	// "a dose of paracetamol you wouldn't wake up from"
	{kind: "not-wake", group: UrgencySelfHarm, pat: "PILLS|dose|doses|amount ..6 NEG|never|wouldnt|wont|cant|couldnt .~1 wake|wake_up !until|till|til|on|in|at|early|before|for|when|the|my|her|him|them|up", flags: fSH | fNoNeg},
	{kind: "not-wake", group: UrgencySelfHarm, pat: "take|taking|swallow|swallowing|down|downing the_lot ..6 NEG|never|wouldnt|wont|cant|couldnt .~1 wake|wake_up !until|till|til|on|in|at|early|before|for|when|the|my|her|him|them|up", flags: fSH | fNoNeg, clauseNot: "PRODUCT|EDIBLE|TREAT|samples|sachets"}, // "might take the lot and not wake up tomorrow"
	// "the scars on my arms are fresh again"
	{kind: "self-harm-body", group: UrgencySelfHarm, pat: "cuts|scars|wounds|burns|slashes|gashes|marks ..3 arms|arm|wrists|wrist|thighs|thigh|forearms|forearm|legs|stomach|hips ..3 fresh|again|reopened", flags: fSH, clauseNot: "ACCIDENT|acne|pimple|pimples|spots|TREAT|INJECT|PRODUCT|cat|dog|surgery|operation|tattoo|laser"},
	// "i can't see myself being here next month"
	{kind: "no-future", group: UrgencySelfHarm, pat: "DIFF|NEG .~2 see|imagine|picture .~1 myself|me|being|still ..2 here|around|alive !those|these|them|people|the|my|her|him|kids|for|with|at|in|this|that", flags: fSH | fNoNeg},
	// "this is my last night"
	{kind: "sh-final", group: UrgencySelfHarm, pat: "my_last_night|my_last_day|my_final_night|my_final_day|the_last_night|the_last_nite|my_last_nite !in|at|of|before|here|with|on|as|off|shift|working|home|abroad|away|for|together|out", flags: fWeak | fSH},
	// "this is her last week", told of the writer or relayed: a weak sign,
	// a farewell only beside another ("…and she's sorted out her affairs"),
	// and no last week at a place or of a thing ("her last week at the firm").
	{kind: "sh-final", group: UrgencySelfHarm, pat: "is|its my|her|his last_week|last_night !in|at|of|before|here|with|on|as|off|shift|working|home|abroad|away|for|together|out", flags: fWeak | fSH, msgNot: lastWeekReasons},
	// "I've decided this is my last week", "planning for tonight to be my
	// last night": a last week or night chosen is a plan, not a weak sign
	// (not a last week at a place, of a thing or before leaving).
	{kind: "sh-plan-final", group: UrgencySelfHarm, pat: "decided|deciding|decide|planning|planned|plan ..3 this|today|tonight|tomorrow|it ..2 my last_week|last_night !in|at|of|before|here|with|on|as|off|shift|working|home|abroad|away|for|together|out", flags: fSH, msgNot: lastWeekReasons + "|smoking|drinking|vaping|diet|party|parties|single|uni|university|college|camp|trip|visit|stay|hostel|hotel|placement|internship|rotation"},
	// "told me she'd be joining him soon" of a husband or a pet just died:
	// following the dead, told of oneself or relayed (not joining someone
	// alive at a place or an event).
	{kind: "sh-join-dead", group: UrgencySelfHarm, pat: "be|ill|shell|hell|theyll|im|shes|hes|will|gonna ..1 joining|join|with .~1 him|her|them ..1 soon|shortly|tonight !at|in|for|on|after|when|to|by|with|outside", flags: fSH, msgNeed: "died|passed|funeral|death|sleep|euthanised|euthanized|buried|grave|ashes|lost|widow|widowed|widower", clauseNot: "party|trip|holiday|call|meeting|class|gym|lunch|dinner|team|company|firm|band|club|course|shift|office|event|wedding|ceremony|memorial|service|visit|flight|abroad|uni"},
	// "she's sorted out all her affairs", "getting his affairs in order":
	// a weak sign in any person (the first person's set phrases are
	// FAREWELLX), a farewell only beside another ("…this is her last week").
	{kind: "sh-plan", group: UrgencySelfHarm, pat: "sorted|sorting|sort|put|putting|got|getting|settled|settling|tidied|tidying ..3 affairs", flags: fWeak | fSH},
	// "putting my things in order": the affairs told as things or
	// everything put in order (not a shelf, products or a routine).
	// "got a spot picked out down by the river", "found a place by the
	// bridge": a place of a means chosen.
	{kind: "sh-plan", group: UrgencySelfHarm, pat: "spot|place ..2 picked|chosen|found|scoped ..4 river|bridge|cliff|cliffs|tracks|railway|lake|ledge|roof|rooftop|overpass|woods", flags: fWeak | fSH, clauseNot: "picnic|walk|walks|run|fishing|swim|swimming|camping|camp|tent|photo|photos|pics|pictures|view|views|party|wedding|date|lunch|dinner|bench|parking|park|house|flat|apartment|holiday|trip"},
	{kind: "sh-plan", group: UrgencySelfHarm, pat: "picked|chosen|chose|found|scoped .~2 a|the|my .~1 spot|place ..4 river|bridge|cliff|cliffs|tracks|railway|lake|ledge|roof|rooftop|overpass|woods", flags: fWeak | fSH, clauseNot: "picnic|walk|walks|run|fishing|swim|swimming|camping|camp|tent|photo|photos|pics|pictures|view|views|party|wedding|date|lunch|dinner|bench|parking|park|house|flat|apartment|holiday|trip"},
	{kind: "sh-plan", group: UrgencySelfHarm, pat: "put|putting|puts|got|getting|set|setting ..2 things|stuff|everything|life in_order", flags: fWeak | fSH, clauseNot: "PRODUCT|TREAT|INJECT|routine|skincare|shelf|shelves|drawer|drawers|cupboard|wardrobe|closet|room|desk|files|paperwork|kitchen|garage|bathroom|move|moving|trip|holiday|vacation|wedding|baby|exam|exams"},
	// "the last message you'll get from me"
	{kind: "sh-farewell", group: UrgencySelfHarm, pat: "last|final message|post|text|words ..5 get|hear|see|read ..1 from|of me", flags: fWeak | fSH},
	// "the last question i'll ever ask": the writer's last message told
	// from their own side (not "the last time i'll ever buy from them").
	{kind: "sh-farewell", group: UrgencySelfHarm, pat: "last|final ..2 question|questions|message|post|text|thing ..2 ill|I .~2 ever ask|send|write|post|type|say", flags: fWeak | fSH, clauseNot: "clinic|brand|shop|store|company|them|you|customer|service|support|refund"},
	// "i'm going to the bridge after this": a place of a means, weak alone
	// (a walk, a view, a trip), with another weak sign one.
	{kind: "sh-place", group: UrgencySelfHarm, pat: "going_to|heading|walking|driving|off|go .~2 bridge|tracks|railway|cliff|cliffs|ledge|roof|rooftop|overpass", flags: fWeak | fSH, clauseNot: "photo|photos|pics|pictures|walk|run|jog|trip|tour|visit|view|views|party|picnic|friends|date|work|fix|repair|meet|meeting|concert|festival|wedding|with"},
	// "i just wanted to talk to someone first"
	{kind: "sh-bye", group: UrgencySelfHarm, pat: "wanted|want|needed|wanna .~1 talk|speak ..2 someone|somebody|anyone|you ..1 first|before", flags: fWeak | fSH},
	// "this is my last night, i just wanted to say thanks"
	{kind: "sh-bye", group: UrgencySelfHarm, pat: "wanted|want|wanna .~1 say ..1 thanks|thank|sorry", flags: fWeak | fSH},
	// "…sorry for everything and thanks for being a good friend": thanks
	// for having been someone's friend, said as a goodbye.
	{kind: "sh-bye", group: UrgencySelfHarm, pat: "thanks|thank|thankyou ..2 for being ..3 friend|mate|pal|bestie|bff", flags: fWeak | fSH, clauseNot: "birthday|bday|anniversary|christmas|card|wedding|party|gift|present"},
	// "what do I say to my cat before I go?": words to leave with someone
	// before the writer goes, told of no place (weak: with no one else to
	// notice, an emergency; not before going on holiday or to work).
	{kind: "sh-bye", group: UrgencySelfHarm, pat: "say|tell|write ..5 before I .~1 go|leave|went !to|for|with|back|there|home|out|in|now|early|first|and|ahead|over|through|on|off|into|somewhere|abroad|away|alone|instead|together|tomorrow|today|tonight|later|under|ahead", flags: fWeak | fSH, msgNot: "holiday|holidays|vacation|trip|travel|travelling|flight|work|job|shift|hospital|surgery|operation|appointment|treatment|facial|party|wedding|interview|school|uni|college|moving|abroad|deployment|deployed"},
	{kind: "how-many", group: UrgencySelfHarm, pat: "how_many|how_much ..4 PILLS ..4 take|takes|taking|kill|die|overdose|enough|lethal|fatal", flags: fSH},
	// "if someone wanted to make sure they didn't wake up, how many of
	// these tablets would it take": the aim told beside the number asked,
	// for whoever it is put.
	{kind: "how-many", group: UrgencySelfHarm, pat: "how_many|how_much ..4 PILLS ..4 take|takes|taking|kill|die|overdose|enough|lethal|fatal", flags: fSH | fNoFrame | fNoNeg, sentNeed: "wont_wake|wake_up|wake|woke|waking|die|dying|dead", msgAlso: "sure|never|forever|for_good|ever|again|die|dying|dead", clauseNot: "early|middle|3am|4am|5am|groggy|jetlag|flight|insomnia"},
	// "best way to cover fresh cuts on my arms with makeup so no one
	// notices": cuts on the arms hidden from others (not a cat's scratch,
	// a shave or a surgery's scar).
	{kind: "self-cut", group: UrgencySelfHarm, pat: "cover|hide|covering|hiding|conceal|concealing ..3 fresh|new|my|the ..1 cuts|cut|scratches|burns|marks ..3 arm|arms|wrist|wrists|thigh|thighs|legs", flags: fSH, sentNeed: "no_one|nobody|noone|anyone|notices|notice|noticing|see|sees|seeing|asks|ask|questions|parents|parent|mum|mom|mam|dad|family|teacher|teachers|boyfriend|girlfriend|husband|wife", clauseNot: "cat|cats|dog|dogs|kitten|puppy|kitchen|shaving|shave|surgery|operation|tattoo|tattoos|ACCIDENT|garden|gardening|thorns|roses|brambles|acne|stretch|LESION|old"},
	// "How do I cover scars on my wrists, the new ones I mean, not the old
	// ones. Need to hide them from my mum.": scars or cuts on the wrists or
	// arms to be hidden, new ones told apart from old (not scars of a
	// surgery, acne, a pet, a burn in the kitchen or a fall).
	{kind: "self-cut", group: UrgencySelfHarm, pat: "cover|covers|hide|hides|covering|hiding|conceal|conceals|concealing ..3 scars|cuts|marks ..3 wrist|wrists|arm|arms|thigh|thighs|forearm|forearms", flags: fSH | fNoNeg | fNoFrame | fNoPast, msgNeed: "new|fresh|newer|recent", msgAlso: "hide|hiding|no_one|nobody|noone|parents|parent|mum|mom|mam|dad|family|teacher|teachers|boyfriend|girlfriend|husband|wife", msgNot: "cat|cats|dog|dogs|kitten|puppy|kitchen|oven|cooking|shaving|shave|surgery|operation|op|tattoo|tattoos|ACCIDENT|garden|gardening|thorns|roses|brambles|acne|stretch|fall|fell|bike|laser|keloid|keloids|burn|burns|caesarean|stitches", clauseNot: "old_scars|old"},
	// "scars from cutting? fresh ones from last night": self-cutting named
	// as what the marks come from, then fresh ones (not old scars alone,
	// a haircut, a kitchen knife or cutting out sugar).
	{kind: "fresh-cuts", group: UrgencySelfHarm, pat: "fresh|new ..1 ones|cuts|wounds|marks|scars", flags: fSH, msgNeed: "cutting", msgAlso: "scars_from|scars|scar|cuts|marks", msgNot: "hair|fringe|bangs|haircut|hairdresser|barber|nails|cuticle|cuticles|sugar|carbs|caffeine|calories|coupons|paper|shaving|shave|kitchen|knife|cooking|onion|onions|cat|cats|dog|dogs|glass|dermaplaning|dermaplane|microneedling|surgery|section|operation|tattoo|tattoos|piercing|piercings|acne|pimple|pimples|ACCIDENT|wood|fabric|grass|lawn|hedge|garden|gardening|TREAT|INJECT", clauseNot: "LESION"},
	{kind: "make-it-stop", group: UrgencySelfHarm, pat: "DESIRE|THINK|how|make|making ..3 it_all|everything .~1 stop|end|be_over", flags: fSH},
	// "had a bad patch and cut a bit last night for the first time in
	// ages": cutting told with no object, as a relapse after a long spell
	// (not a bit of hair, a fringe or a finger cut while cooking).
	{kind: "self-cut", group: UrgencySelfHarm, pat: "I|and|had|have|ive ..1 cut a_bit|again !of|off|from|out|back|down|more|shorter|too|it|my|the|into|through|up|her|his|their ..6 in_ages|in_months|in_years", flags: fSH | fNoPast, msgNeed: "first_time|first", clauseNot: "hair|fringe|bangs|nails|nail|cuticle|cuticles|finger|fingers|thumb|hand|knife|cooking|kitchen|shaving|shave|razor|paper|sugar|carbs|caffeine|alcohol|coffee|calories|losses|ties|corners|class|lawn|grass|hedge|PRODUCT|TREAT|INJECT"},
	{kind: "plan-when", group: UrgencySelfHarm, pat: "decided|decide|picked|chosen .~1 tonights_the_night|tonight_is_the_night", flags: fSH},
	// "I've decided tonight is the night": "decided tonight" is read as
	// one plan phrase before "tonight is the night" can be, so the rest of
	// the phrase is matched after it (not "…the night for my first peel").
	{kind: "plan-when", group: UrgencySelfHarm, pat: "I ..2 decided_tonight is|was the night !for|of|out|off|at|in|with|to|we|they|you|he|she|us", flags: fSH, clauseNot: "TREAT|INJECT|PRODUCT|first|spa|facial|shopping|skincare|routine|party|date|dinner|movie|film|show|game|concert|gig"},
	{kind: "plan-when", group: UrgencySelfHarm, pat: "planning|plan|planned|going|gonna|decided|ready .~2 on|to .~1 end|ending it !with|for|off|there|here|early|at|on|now", flags: fSH, clauseNot: "PRODUCT|TREAT|INJECT|routine|subscription|relationship|contract|lease|call|meeting|date|chat|conversation|season|trip|holiday"}, // "i'm planning on ending it after my birthday"
	{kind: "plan-when", group: UrgencySelfHarm, pat: "PLANSH ..6 tonight|tomorrow|weekend|this_weekend|this_week|friday|saturday|sunday|monday|soon", flags: fSH, clauseNot: "skin|PRODUCT|TREAT|INJECT|routine|appointment"},
	// "I've worked out how I'd do it and when", "figured out how I would
	// do it and where": the means and the time or place both settled.
	{kind: "plan-when", group: UrgencySelfHarm, pat: "PLANSH and .~1 when|where", flags: fSH, clauseNot: "skin|PRODUCT|TREAT|INJECT|routine|appointment"},
	{kind: "plan-when", group: UrgencySelfHarm, pat: "how I .~1 do it and .~1 when|where", flags: fSH, clauseNot: "skin|PRODUCT|TREAT|INJECT|routine|appointment"},
	{kind: "plan-when", group: UrgencySelfHarm, pat: "PLANSH ..2 do it and .~1 when|where", flags: fSH, clauseNot: "skin|PRODUCT|TREAT|INJECT|routine|appointment"},
	{kind: "plan-when", group: UrgencySelfHarm, pat: "PLANSH ..8 PLANSH", flags: fSH, clauseNot: "skin|PRODUCT|TREAT|INJECT|routine|appointment"},
	{kind: "sh-hopeless", group: UrgencySelfHarm, pat: "HOPELESS", flags: fWeak | fSH},
	// "I have decided that it is better if I go, then they will not spend
	// on me anymore": leaving told as what is best, and others spared the
	// cost of the writer (weak: with another sign, an emergency; not going
	// to the clinic, or spending on a treatment).
	{kind: "sh-burden", group: UrgencySelfHarm, pat: "better|easier|best .~1 if|that I go|leave|went|left !to|for|with|back|there|home|out|in|now|early|first|and|before|ahead|over|through|on|off|into|somewhere|abroad|away|alone|instead|together|tomorrow|today|tonight|later", flags: fWeak | fSH, clauseNot: "PRODUCT|TREAT|INJECT|clinic|appointment|doctor|gp|er|hospital|salon|spa|shop|store|pharmacy|party|trip"},
	// "I keep thinking she'd be better with someone else as her mum": a
	// child better off with another parent (weak: with means held, an
	// emergency).
	{kind: "sh-burden", group: UrgencySelfHarm, pat: "better|happier|better_off ..2 with ..1 someone|somebody ..1 else ..2 as .~1 her|his|their|a mum|mom|mother|mam|mummy|mommy|dad|father|parent", flags: fWeak | fSH},
	// "I stood in the bathroom holding my husband's razor blades for a long
	// time": means held a long while (weak: with a burden, an emergency).
	{kind: "sh-means", group: UrgencySelfHarm, pat: "holding|held|staring|stared ..6 MEANS|PILLS ..6 long|ages|hours", flags: fWeak | fSH, clauseNot: "shaving|shave|shaved|TREAT|PRODUCT|dermaplaning|dermaplane|legs|cooking|kitchen|chopping|garden|drawer|shop"},
	// "tonight I've been standing in the kitchen thinking about the knives":
	// a means dwelt on (weak: with a burden, an emergency; not buying,
	// sharpening or cooking with them).
	{kind: "sh-means", group: UrgencySelfHarm, pat: "thinking|thought|think|thinkin ..2 about|of .~1 the|my|a|those|that|them ..1 MEANS", flags: fWeak | fSH, clauseNot: "buying|buy|bought|sharpen|sharpening|sharpener|new|set|block|gift|present|sale|recipe|chef|cooking|cook|shaving|shave|dermaplaning|dermaplane|PRODUCT|TREAT|INJECT|camping|fishing|hunting|collection"},
	{kind: "sh-burden", group: UrgencySelfHarm, pat: "NEG ..2 spend|spending|waste|wasting|pay|paying ..3 on|for me .~1 anymore|again", flags: fWeak | fSH | fNoNeg, clauseNot: "PRODUCT|TREAT|INJECT|skincare|routine|clinic|facial|facials|serum|creams"},
	// "they won't have to pay for my stuff anymore": the writer's keep
	// spared to others.
	{kind: "sh-burden", group: UrgencySelfHarm, pat: "NEG ..2 spend|spending|waste|wasting|pay|paying ..3 on|for my ..1 stuff|things|keep|upkeep|bills|meds|food|care|rent .~1 anymore|again", flags: fWeak | fSH | fNoNeg, clauseNot: "PRODUCT|TREAT|INJECT|skincare|routine|clinic|facial|facials|serum|creams|job|paid|salary|wage|wages|loan|student|scholarship|insurance|grant|moving|moved|out"},
	{kind: "sh-burden", group: UrgencySelfHarm, pat: "BURDEN", flags: fWeak | fSH},
	// "not sure I'll be around to see if the serum works": a doubt of
	// living long enough to see a result (not a move, a trip or a job
	// away).
	{kind: "sh-not-around", group: UrgencySelfHarm, pat: "not_sure|unsure|doubt ..2 I|i'll|ill .~1 be_around|be_here ..1 to|long see|enough", flags: fSH, msgNot: absentReasons + "|lease|contract|shift|rota|salon|clinic|job|store|shop|branch|office"},
	// "it'd be easier for everyone if I just drove off the bridge": a
	// burden lifted from everyone by what the writer does (weak: with a
	// place to fall from or another sign, self-harm).
	{kind: "sh-burden", group: UrgencySelfHarm, pat: "easier|better|simpler|nicer for .~1 everyone|everybody|all|them|family ..2 if|when I", flags: fWeak | fSH, clauseNot: "PRODUCT|TREAT|INJECT|routine|skin|cook|cooked|cooking|paid|pay|booked|book|ordered|order|bought|buy|stayed|stay|left|leave|moved|move"},
	// "looking up which of my meds would do it": a search for the means
	// that would be enough (weak: with a note written or another sign,
	// self-harm).
	{kind: "sh-means-look", group: UrgencySelfHarm, pat: "looking_up|looked_up|googling|googled|researching|researched|searching|searched ..3 which|what|how_many ..3 MEANS|PILLS|meds|medication|medications|tablets ..2 would|will|could|to ..1 do|doing_it", flags: fWeak | fSH, clauseNot: "PRODUCT|TREAT|INJECT|skin|acne|allergy|allergies|pain|headache|migraine|cold|flu|sleep|interact|interacts|interaction|interactions|mix|safe|pregnant|pregnancy"},
	// "been picking out which pills I'd take if I ever did it": a method
	// chosen for the act, however it is laughed off.
	{kind: "sh-means-chosen", group: UrgencySelfHarm, pat: "picking|picked|choosing|chose|chosen|choose|deciding|decided ..2 which|what ..2 PILLS|meds|tablets ..3 take|use ..4 did|do it", flags: fSH},
	// "i've been researching ways that wouldn't hurt too much": ways looked
	// up for their sparing pain, told of nothing named (weak: with a
	// burden, an emergency; not a wax, a piercing or a birth).
	{kind: "sh-means-look", group: UrgencySelfHarm, pat: "looking_up|looked_up|googling|googled|researching|researched|searching|searched|reading ..2 ways|way|methods|method ..3 wouldnt|wont|doesnt|dont|didnt|not|least|less ..1 hurt|hurts|painful|pain !POSS|the|your|skin|FACE|baby|kids|pet|dog|cat", flags: fWeak | fSH, clauseNot: "PRODUCT|TREAT|INJECT|skin|wax|waxing|tattoo|tattoos|piercing|piercings|needle|needles|labour|labor|birth|epilation|laser|workout|exercise|shave|shaving|remove|removal|brows|eyebrows|splinter|tooth|teeth|ear|ears|nails"},
	// "'it'll be over by the weekend'": an end set by a day (weak: with
	// goodbyes said or another sign, self-harm).
	{kind: "sh-final", group: UrgencySelfHarm, pat: "it'll|itll|it|all .~2 be_over by|before .~1 this_weekend|weekend|tomorrow|tonight|friday|saturday|sunday|monday|morning|next_week", flags: fWeak | fSH, msgNot: "exam|exams|test|tests|project|deadline|move|moving|renovation|works|shift|rota|swelling|bruising|redness|peeling|purge|purging|flare|healing|heal|heals|redness|period|cold|flu|sale|offer|deal|season|holiday|trip|contract|divorce|court|case"},
	// "if this doesn't work I'm done" (not "…I'm done with exosomes"): an
	// ultimatum, weak alone.
	{kind: "sh-weak-tired", group: UrgencySelfHarm, pat: "if .~1 this|it|that|nothing|these .~2 doesnt|dont|wont|didnt|NEG .~1 work|works|help|helps ..2 I|im .~1 done|out !with|trying|buying|using|spending|paying|on|for|of|doing|going|after|and|too", flags: fWeak | fSH | fNoNeg},
	// "she says we'd all be happier without her": said of someone, weak
	// (a household can be happier without a partner who left), and
	// "everyone would be better off" with nothing after it.
	// "my family would be less stressed if I wasn't around": others better
	// off were the writer gone (not away for a weekend).
	{kind: "sh-burden", group: UrgencySelfHarm, pat: "happier|easier|better|calmer|stressed|worried|less|lighter|relieved|fine ..2 if I wasnt|werent around|here", flags: fWeak | fSH, clauseNot: "PRODUCT|TREAT|INJECT|routine|skin|weekend|week|tonight|today|holiday|trip|party|meeting|shift|office|work|kitchen|house|home"},
	// "I've been sort of planning how I'd go": a way of dying planned, "go"
	// with nothing after it (not how one would go about a routine, go to
	// the clinic or go home).
	// "I've planned how I'm going to do it": a way of doing "it" planned,
	// "it" naming nothing — no product, treatment or job in its sentence,
	// nothing after "it" saying what it is ("…do it — the peel, I mean").
	{kind: "sh-plan-how", group: UrgencySelfHarm, pat: "planning|planned|plotting|plotted|worked|figured ..2 how|when I|im|id|ill ..3 do|doing it !" + planDoItAfter, flags: fSH, sentNot: planDoItNot},
	{kind: "sh-plan-how", group: UrgencySelfHarm, pat: "planning|planned|plotting|plotted|worked|figured ..2 how_im_going_to_do_it|how_i_am_going_to_do_it|how_ill_do_it|how_i_will_do_it !" + planDoItAfter, flags: fSH, sentNot: planDoItNot},
	{kind: "sh-plan-how", group: UrgencySelfHarm, pat: "planning|planned|plotting|plotted|deciding|decided ..1 how|when I|id|ill .~2 go !about|to|there|back|home|with|for|on|in|into|out|abroad|ahead|through|over|up|down|by|via|and|or|first|next|too|shopping|get|see|buy|ask|tell|do|make|pay|get|travel|the|a|my", flags: fSH, sentNot: "train|trains|bus|buses|flight|flights|fly|drive|driving|car|trip|holiday|journey|route|commute|clinic|appointment|salon|spa|party|wedding|interview|uni|college|school|office|work|gym|shop|shops|store|outfit|date"},
	// "people wouldn't miss me and I've been looking up ways": a search for ways, the ways left unsaid, beside being missed
	{kind: "research-ways-bare", group: UrgencySelfHarm, pat: "looking_up|looked_up|researching|researched|googling|googled ..0 ways !to|of|for|on|in|into|around|about|that|which|how|my|the|a|an|this|these|those|more|out|up|PRODUCT|TREAT|INJECT", flags: fSH, sentNeed: "miss", clauseNot: "PRODUCT|TREAT|INJECT|skin|serum|exosome|exosomes|acne|scar|scars"},
	// "going out to the quarry tonight and just not coming back": a going with no return, to a place to die
	{kind: "no-return-place", group: UrgencySelfHarm, pat: "just|and .~1 not|never .~1 coming|come ..1 back", flags: fSH | fNoNeg, sentNeed: "quarry|bridge|cliff|cliffs|ledge|tracks|railway|overpass|rooftop"},
	// "and I've worked out how": a way found, told with nothing after it.
	{kind: "sh-plan", group: UrgencySelfHarm, pat: "worked|figured out how !to|much|many|long|often|far|big|bad|it|this|that|the|a|an|my|your|i|we|they|he|she|you|its|exosomes|exosome|serum|PRODUCT|TREAT|INJECT", flags: fWeak | fSH, sentNot: planDoItNot},
	{kind: "sh-burden", group: UrgencySelfHarm, pat: "happier|easier|better|nicer|simpler .~1 without her|him|them", flags: fWeak | fSH, clauseNot: "PRODUCT|TREAT|INJECT|routine|skin"},
	// "my family will finally get a break from me", "they'll all be rid of
	// me soon": others relieved of the writer for good (weak: with a plan or
	// "ending it", an emergency; not a child's weekend at grandma's).
	{kind: "sh-burden", group: UrgencySelfHarm, pat: "break|rest|relief|breather|peace .~1 from|of me !cooking|nagging|talking|picking|snoring|singing|complaining|asking|texting|calling|being|doing|using|hogging|and|for|while|when|at|on|in|this|tonight|today", flags: fWeak | fSH, sentNeed: "finally|soon|forever|for_good|permanently|proper|deserve|deserves|deserved|need|needs", clauseNot: timeAwayWords},
	{kind: "sh-burden", group: UrgencySelfHarm, pat: "rid|free|shot|relieved .~1 of me", flags: fWeak | fSH, clauseNot: "weekend|spa|trip|holiday|holidays|vacation|camp|sleepover|shift|work|school|night|evening|hours|day|days|week"},
	{kind: "sh-burden", group: UrgencySelfHarm, pat: "free_of me", flags: fWeak | fSH | fNoNeg, clauseNot: "weekend|spa|trip|holiday|holidays|vacation|camp|sleepover|shift|work|school|night|evening|hours|day|days|week"},
	// "they'd all be relieved if i was gone": others glad of the writer's
	// absence (weak: a weekend away may be meant; with a plan, an
	// emergency).
	{kind: "sh-burden", group: UrgencySelfHarm, pat: "relieved|glad|happy|happier|lighter|calmer|quieter|easier ..4 if|when|once .~1 i|im .~2 was_gone|were_gone|gone|dead|died|disappeared|vanished", flags: fWeak | fSH, clauseNot: "weekend|spa|trip|holiday|holidays|vacation|camp|sleepover|shift|work|school|tonight|night|evening|hours|day|days|week|while|for"},
	{kind: "sh-burden", group: UrgencySelfHarm, pat: "everyone|everybody|all|yall|family .~3 better_off|happier !with|without|if|when|after|because|bc|cuz|using|doing|going|to|than|for|at|in|on|by|knowing|just|not|buying|skipping|avoiding|wearing|having|getting|learning|reading|staying|switching|sticking|trying|starting|stopping|now|this|that|overall", flags: fWeak | fSH},
	// "his family would be better off with the insurance money": a payout
	// that only comes of a death.
	{kind: "sh-burden", group: UrgencySelfHarm, pat: "better_off|better|happier|richer|easier ..2 with|from .~1 the|my|his|her|a ..3 insurance|payout|life_insurance", flags: fWeak | fSH, clauseNot: "car|house|home|flood|fire|claim|claims|travel|health|dental|pet|phone|crop|crops|TREAT|INJECT|PRODUCT"},
	// "the farm would do better with the insurance money than with me
	// around": the payout weighed against the writer's being there, an
	// emergency by itself.
	{kind: "sh-burden", group: UrgencySelfHarm, pat: "better_off|better|happier|richer|easier ..2 with|from .~1 the|my|his|her|a ..3 insurance|payout|life_insurance ..2 than ..1 me|myself", flags: fSH, clauseNot: "car|house|home|flood|fire|claim|claims|travel|health|dental|pet|phone|crop|crops|TREAT|INJECT|PRODUCT"},
	// "showed me fresh cuts on his arms": fresh cuts on a limb, weak beside
	// another sign (not a cat's, a kitchen's or a shave's).
	{kind: "sh-cutting", group: UrgencySelfHarm, pat: "fresh|new .~1 cuts|gashes|slashes ..3 arms|arm|legs|thighs|thigh|forearm|forearms|wrist|wrists", flags: fWeak | fSH, clauseNot: "ACCIDENT|cat|cats|kitten|dog|puppy|kitchen|knife|cooking|shaving|shave|glass|garden|gardening|roses|rose|brambles|thorns|paper|dermaplaning|microneedling|TREAT|INJECT|PRODUCT|tattoo|surgery"},
	// "my family would have it so much easier without my medical bills and
	// my mess": those near the writer easier off without the writer's
	// costs and trouble (weak: with a way sought to make it happen, an
	// absence planned; not a skin easier without a product).
	{kind: "sh-burden", group: UrgencySelfHarm, pat: "family|everyone|everybody|parents|kids|partner|husband|wife|mum|mom|they ..5 easier|better|better_off|happier|lighter|simpler .~1 without my|all|me", flags: fWeak | fSH, clauseNot: "PRODUCT|TREAT|INJECT|skin|face|acne|routine|car|phone|dog|cat|snoring|alarm|nagging|cooking|weekend|trip|holiday|holidays|vacation"},
	// "my husband and the baby would be better off with someone who can
	// actually do this": those near the writer better off with another in
	// the writer's place (weak: with a means looked at, an emergency; not
	// clients better off with another clinic).
	{kind: "sh-burden", group: UrgencySelfHarm, pat: "better_off|happier|easier .~1 with .~1 someone|somebody ..1 else|who|better", flags: fWeak | fSH, sentNeed: "husband|wife|partner|baby|kids|children|family|boyfriend|girlfriend|mum|mom|dad|parents|son|daughter|they|everyone", clauseNot: "PRODUCT|TREAT|INJECT|clinic|salon|spa|derm|dermatologist|injector|esthetician|stylist|doctor|nurse|therapist|brand|shop|store|clients|customers"},
	// "I've been looking at the bridge on my walks", "keep taking it out
	// and looking at it" (a pistol brought to work): a means looked at or
	// handled (weak: with a burden or the means got, an emergency; not a
	// view, a photo or a collection).
	{kind: "sh-means-look", group: UrgencySelfHarm, pat: "looking|looked|look|staring|stared|stare|gazing .~1 at .~1 the|a|that|my MEANS|PILLS", flags: fWeak | fSH, clauseNot: "PRODUCT|TREAT|pretty|beautiful|view|views|sunset|lights|photo|photos|picture|pictures|painting|architecture|design|buy|buying|shopping|price|online|website|store|shop|kitchen|chef|cooking|shaving"},
	{kind: "sh-means-look", group: UrgencySelfHarm, pat: "taking|take|took|pulling|pulled|getting|got it|them out ..3 looking|staring|holding|hold|look|stare", flags: fWeak | fSH, msgNeed: "MEANS|PILLS", msgNot: "collection|collector|range|hunting|cleaning|polish|polishing|gift|present|antique|museum|kitchen|chef|cooking|shaving|dermaplaning|camping|fishing|PRODUCT|TREAT"},
	// "I've been thinking about how to make that happen": a way sought to
	// bring about what was just told (weak, paired only with a burden).
	{kind: "sh-make-happen", group: UrgencySelfHarm, pat: "how|way|ways .~1 to make that|it|this happen", flags: fWeak | fSH},
	{kind: "sh-farewell", group: UrgencySelfHarm, pat: "FAREWELL", flags: fWeak | fSH, clauseNot: "server|discord|group|groupchat|chat|channel|community|thread|subreddit|app|job|routine|" + farewellGatherings, sentNot: farewellJourneys},
	{kind: "sh-calm", group: UrgencySelfHarm, pat: "calm|calmer|peaceful|at_peace|relieved|lighter ..5 first_time|finally|in_months|in_years|in_ages", flags: fWeak | fSH},
	// "I've decided tonight is the night, I'm calm about it": calm, at
	// peace or settled about it, with it or with a decision is no
	// reassurance beside a plan told (weak: not calm about a peel, a
	// procedure or a product).
	{kind: "sh-calm", group: UrgencySelfHarm, pat: "calm|calmer|peaceful|at_peace|settled|serene|relaxed .~1 about_it", flags: fWeak | fSH, clauseNot: calmNotAbout},
	// "…sorted out my will and I'm at peace": the writer at peace, of
	// nothing named (weak: beside a will sorted, an emergency).
	{kind: "sh-calm", group: UrgencySelfHarm, pat: "im|ive|feel|feeling .~2 at_peace !with|about|knowing|since|after|because|that", flags: fWeak | fSH, clauseNot: calmNotAbout + "|body|look|looks|scars|scar|acne|age|ageing|aging|wrinkles|lines|grey|gray|hair|weight|divorce|breakup|diagnosis|loss|grief", msgNot: "baby|born|birth|married|marriage|wedding|mortgage|retire|retired|retirement|kids|children|pregnant|pregnancy"},
	{kind: "sh-calm", group: UrgencySelfHarm, pat: "calm|calmer|peaceful|at_peace|settled|serene|relaxed .~1 about|with .~1 my|the|this decision|choice|plan", flags: fWeak | fSH, clauseNot: calmNotAbout},
	// "…gave away my cat and all my good serums today. feels right": a
	// settled, right feeling told of no product or skin (weak: with things
	// given away, a farewell; not a donation or a declutter).
	{kind: "sh-calm", group: UrgencySelfHarm, pat: "feels|feel|felt|feeling ..1 right|peaceful|calm|at_peace", flags: fWeak | fSH, msgNot: replacedReasons + "|charity|to_charity|donate|donated|donating|goodwill|thrift|minimalism|minimalist|kondo", clauseNot: "PRODUCT|TREAT|INJECT|skin|face|texture|shade|fit|size|routine|HIVES|LESION|NOTV|NEG"},
	// "I already choose the day, my family will be more happy without me
	// here": others happy for the writer's absence (weak: not "my skin is
	// happy without me picking at it").
	{kind: "sh-burden", group: UrgencySelfHarm, pat: "happy|happier|glad|fine|okay|ok .~1 without_me !touching|picking|doing|using|messing|poking|interfering|buying|spending|nagging|cooking|for|at|on|today|tonight|tomorrow|this|that|while|when", flags: fWeak | fSH, clauseNot: "PRODUCT|TREAT|INJECT|skin|face|weekend|trip|holiday|holidays|vacation|camp|shift|work|school|night|evening|hours|day|days|week"},
	// "I've got everything set for Friday": all made ready for a day near,
	// no occasion named (weak: with a calm or a decision, a plan).
	{kind: "sh-when", group: UrgencySelfHarm, pat: "got|have|gotten|its|is .~1 everything|it_all|all|things .~1 set|ready|sorted|arranged|planned ..2 for .~1 friday|saturday|sunday|monday|tuesday|wednesday|thursday|tonight|tomorrow|this_weekend", flags: fWeak | fSH, clauseNot: "PRODUCT|TREAT|INJECT|appointment|appt|party|trip|holiday|vacation|wedding|birthday|dinner|date|move|moving|meeting|interview|exam|shoot|flight|event|skincare|routine|school|work"},
	// "can you leave your skincare stuff to someone in like a will": a
	// will asked about (weak, a question or not: with a day past which
	// nothing is needed, a farewell).
	{kind: "sh-bequest", group: UrgencySelfHarm, pat: "leave|leaving|left|give|giving ..5 to .~1 someone|somebody|THIRD ..4 will|wills", flags: fWeak | fSH | fNoFrame},
	{kind: "sh-final", group: UrgencySelfHarm, pat: "NEG be_here|be_around !tomorrow|today|tonight|next|this|on|for|until|till|at|in|when|because|bc|cuz", flags: fWeak | fSH | fNoNeg},
	// "she won't be alive by monday": told beside an occasion it ends no
	// occasion (the farewell phrase yields to "…at our sleepover").
	{kind: "sh-final", group: UrgencySelfHarm, pat: "NEG think I .~1 be_here|be_around !tomorrow|today|tonight|next|this|on|for|until|till|at|in|when|because|bc|cuz", flags: fWeak | fSH | fNoNeg}, // "don't think I'll be here Monday": the same not being here, its denial moved to the thinking
	{kind: "sh-final", group: UrgencySelfHarm, pat: "wont_be_alive by|before|past|after|till|until|on|next|this|tomorrow|tonight", flags: fWeak | fSH, subjNot: "FALLOBJ"},
	// "won't be around for it": not there for the thing itself, told as
	// "it" or "them" (weak: with no need of it past a day, a farewell; not
	// an occasion or a trip missed).
	{kind: "sh-final", group: UrgencySelfHarm, pat: "NEG be_here|be_around for it|them", flags: fWeak | fSH | fNoNeg, msgNot: absentReasons + "|party|birthday|christmas|launch|event|show|match|game|delivery|sale|appointment"},
	// "she's not going to be here after finals": gone after a day near,
	// told with "going to" (weak: with things given away, a farewell; not
	// for a move, a trip or a new school).
	{kind: "sh-final", group: UrgencySelfHarm, pat: "NEG going_to|gonna be_here|be_around !tomorrow|today|tonight|next|this|on|for|until|till|at|in|when|because|bc|cuz", flags: fWeak | fSH | fNoNeg, msgNot: absentReasons + "|present|presents|gift|gifts|card|party|graduation|graduating|graduate"},
	// A plan for something pleasant or ordinary named in its clause ("i
	// have a plan for my spa day", "got a plan for my skincare routine",
	// "decided tonight is the night for my first peel": a treatment, an
	// injection or a first time) is no sign (an occasion that may only date a plan — "after the
	// wedding", "after my birthday", "this weekend" — is not one of
	// these).
	{kind: "sh-plan", group: UrgencySelfHarm, pat: "PLANSH", flags: fWeak | fSH, clauseNot: "TREAT|INJECT|first|spa|facial|shopping|skincare|routine|workout|diet|budget|dinner|lunch|breakfast|brunch|meal|meals|recipe|solicitor|solicitors|lawyer|lawyers|attorney|notary|accountant|probate", sentNot: planTasks},
	// "i've got it all planned for after the wedding, nobody will even
	// notice": others not noticing, missing or caring, told of nothing
	// named (weak: beside a plan that names no what, an absence planned;
	// not "nobody will notice the filler", "…notice I had botox").
	{kind: "sh-unnoticed", group: UrgencySelfHarm, pat: "nobody|no_one|noone .~3 notice|miss|care|realise|realize|know !" + unnoticedObjects, flags: fWeak | fSH, clauseNot: "PRODUCT|TREAT|INJECT|BRUISE|LESION|skin|face|makeup|concealer|difference|change|results"},
	// "nobody would notice if i didn't turn up": the absence told after
	// the "if" (not "…notice if it's patchy").
	{kind: "sh-unnoticed", group: UrgencySelfHarm, pat: "nobody|no_one|noone .~3 notice|miss|care|realise|realize ..1 if|when I .~1 didnt|wasnt|werent|stopped|never|disappeared|vanished|was_gone", flags: fWeak | fSH, clauseNot: "PRODUCT|TREAT|INJECT|BRUISE|LESION|skin|face|makeup|concealer|wore|wear|wearing"},
	// "she's the only one who'll notice": one alone who will notice or miss
	// the writer, told of nothing named (weak: with a goodbye before going,
	// an emergency; not "the only one who'll notice my haircut").
	{kind: "sh-unnoticed", group: UrgencySelfHarm, pat: "only .~1 one|person|soul|thing ..2 notice|miss|care|realise|realize !" + unnoticedObjects, flags: fWeak | fSH, clauseNot: "PRODUCT|TREAT|INJECT|BRUISE|LESION|skin|face|makeup|concealer|difference|change|results|haircut|hair|outfit|dress|nails|tan|brows|weight"},
	{kind: "sh-end-it", group: UrgencySelfHarm, pat: "I .~1 end|ending it|things|everything !with|for|up|off|on|by|at|early|now", flags: fWeak | fSH, clauseNot: "PRODUCT|TREAT|INJECT|routine|skin|relationship|contract|lease|call|meeting|chat|conversation|subscription|shift|session"}, // "tonight's the night i end it"
	// Hindi: "sab kuch khatam karna chahti hoon" (I want to end everything),
	// "pills rakh li hain" (I have kept the pills) — weak, as their English.
	{kind: "sh-end-it", group: UrgencySelfHarm, pat: "sab|sabkuch|zindagi|jindagi|jeevan|khud ..2 khatam|khatm|khtm ..1 karna|karne|karni|kardu|kardun|kardungi|kardunga|karungi|karunga|chahti|chahta", flags: fWeak | fSH},
	{kind: "sh-means", group: UrgencySelfHarm, pat: "PILLS|goliyan|goliya|goli|tablets ..1 rakh|rakhi|rakhe|rakha|jama|ikattha|ikatthi ..1 li|liye|lee|hain|hai|rakhi|kar", flags: fWeak | fSH, clauseNot: "EDIBLE|CHILD"},
	{kind: "sh-final", group: UrgencySelfHarm, pat: "FINAL", flags: fWeak | fSH, msgNot: replacedReasons},
	// "what skincare for someone who won't need it after this week anyway":
	// a need that ends at a day near, of someone left unnamed, shrugged off.
	{kind: "sh-final", group: UrgencySelfHarm, pat: "someone|somebody who FINAL ..2 after|past|beyond .~1 this_week|this_weekend|tomorrow|tonight|friday|saturday|sunday|monday|next_week|week|weekend|month", flags: fSH, sentNeed: "anyway|anyways", msgNot: replacedReasons + "|" + absentReasons + "|heal|heals|healed|healing|peeling|swelling|bruising|redness|sample|samples|trial|finished|finish|course|expires|expiry|expired"},
	// "this will be my last facial": a last visit told (weak: with "I won't
	// be around", a farewell; not a move, a cost or a switch).
	{kind: "sh-bye", group: UrgencySelfHarm, pat: "this ..2 my last|final ..1 facial|facials|treatment|session|visit|haircut|massage|peel", flags: fWeak | fSH, msgNot: replacedReasons + "|" + absentReasons + "|price|prices|expensive|afford|money|budget|cost|costs|pregnant|pregnancy|results|course|package|membership"},
	// "the last skincare question I'll ever ask", "I've made my decision":
	// a last-ever act and a decision not told, weak each, an emergency
	// together; a last purchase or treatment is a shopper's vow.
	{kind: "sh-final", group: UrgencySelfHarm, pat: "last|final ..4 ever", flags: fWeak | fSH, clauseNot: "PRODUCT|TREAT|INJECT|buy|buying|bought|purchase|order|brand|spend|pay|paying|try|trying|use|using|book|booking|visit|go|going"},
	// A decision told with what it is about ("made my decision about the
	// clinic", "made up my mind to go with…") is a choice said: the words
	// right after it, not an "about" later in its clause ("…and I feel
	// calm about it").
	{kind: "sh-decided", group: UrgencySelfHarm, pat: "made .~1 my|the|a decision|choice !with|between|on|about|to|re|regarding|which|what|whether", flags: fWeak | fSH, clauseNot: "PRODUCT|TREAT|INJECT|buy|buying|bought|go|going|serum|cream|brand|clinic|derm|dermatologist"},
	{kind: "sh-decided", group: UrgencySelfHarm, pat: "made ..2 mind !with|between|on|about|to|re|regarding|which|what|whether", flags: fWeak | fSH, clauseNot: "PRODUCT|TREAT|INJECT|buy|buying|bought|go|going|serum|cream|brand|clinic|derm|dermatologist"},
	// "I've just decided I'm done with everything", "I have concluded that
	// I shall not…": a decision told as what the writer now is or will do,
	// its object a clause of the writer's own (weak: with an end told, a
	// plan; not a decision to buy, try, switch, go or stop something).
	{kind: "sh-decided", group: UrgencySelfHarm, pat: "decided|concluded .~1 that|I|im|ill", flags: fWeak | fSH, clauseNot: "PRODUCT|TREAT|INJECT|buy|buying|bought|go|going|try|trying|switch|switching|stop|stopping|start|starting|skip|skipping|keep|keeping|serum|cream|brand|clinic|derm|dermatologist|like|love|prefer|want|need|should"},
	// "I shall not be continuing after this weekend", "won't be carrying
	// on": not going on, told of the writer and of nothing named (weak:
	// with a decision or arrangements made; not continuing with a
	// treatment, a course, a job or a subscription, nor a trip).
	{kind: "sh-final", group: UrgencySelfHarm, pat: "I ..2 NEG be continuing|carrying_on !with|the|my|this|that|to|it|them|as|like|PRODUCT|TREAT|INJECT", flags: fWeak | fSH | fNoNeg, clauseNot: "PRODUCT|TREAT|INJECT|job|work|course|classes|class|subscription|membership|contract|therapy|sessions|session", msgNot: absentReasons},
	// "…and have made the necessary arrangements": arrangements made and
	// called necessary or final, for nothing named (weak: with a decision,
	// an end told; not arrangements for a trip, the kids or a funeral of
	// someone else).
	{kind: "sh-plan", group: UrgencySelfHarm, pat: "made|make|making|sorted|sorting .~2 the|all|my .~1 necessary|final arrangements !for|with", flags: fWeak | fSH, clauseNot: "PRODUCT|TREAT|INJECT|kids|children|dog|cat|pets|childcare|babysitter|wedding|party", msgNot: absentReasons + "|funeral|passed|died|death|grandma|grandad|granny|nan|grandpa|grandmother|grandfather"},
	{kind: "sh-giveaway", group: UrgencySelfHarm, pat: "GIVEAWAY", flags: fWeak | fSH, clauseNot: "samples|sample|leftover|leftovers|spare|extra|unused|freebies|duplicates", msgNot: replacedReasons},
	// "gave me her favourite jacket and her laptop": treasured things given
	// away for no occasion, called treasured or named as what one treasures
	// ("gave me her laptop", "giving me his guitar") (weak: with a word that
	// the giver will not need them soon, a farewell; not a birthday present
	// or a loan).
	{kind: "sh-giveaway", group: UrgencySelfHarm, pat: "gave|giving|given|give|gives ..3 favourite|favorite|prized|treasured|precious|beloved|laptop|macbook|ipad|guitar|camera|bike|console|ps5|xbox|vinyl|records", flags: fWeak | fSH, clauseNot: "old|spare|extra|unused|birthday|christmas|gift|present|anniversary|borrow|borrowed|lend|lent|loan|PRODUCT|TREAT|INJECT|samples|sample|recommendation|tip|tips|advice|review|rating|stars|shoutout|hug|kiss", msgNot: replacedReasons},
	// "…said 'you'll need it more than me soon'": the giver's own need of
	// a thing ending soon, told by no reason (weak: with a giveaway).
	{kind: "sh-no-need", group: UrgencySelfHarm, pat: "need|needs .~1 it|them|this|these|those|that more than me|i|her|him ..2 soon|anyway|where_im_going", flags: fWeak | fSH, msgNot: absentReasons + "|" + replacedReasons},
	{kind: "sh-bequest", group: UrgencySelfHarm, pat: "leaving|leave|left|giving|give ..1 POSS|all_my ..2 to POSS|THIRD", flags: fWeak | fSH, clauseNot: "overnight|minutes|hours|for|charity|fridge"},
	// "after my sister's wedding, so I don't ruin it for her": a time put
	// after others' occasion so as not to spoil it for them (weak: only
	// with a day picked, a plan or a decision; see combos).
	{kind: "sh-spare-day", group: UrgencySelfHarm, pat: "dont|wont|not|doesnt|wouldnt ..1 ruin|spoil|wreck|overshadow ..3 for", flags: fWeak | fSH | fNoNeg, clauseNot: "PRODUCT|TREAT|INJECT|skin|face|photos|pictures|makeup|look|outfit|dress|hair|tan|surprise"},
	{kind: "sh-pick-day", group: UrgencySelfHarm, pat: "picking|pick|picked|choosing|choose|chose|chosen|set|setting|decide|deciding|decided ..1 the|a day|date", flags: fWeak | fSH, clauseNot: "TREAT|INJECT|PRODUCT|skin|wedding|party|birthday|trip|holiday|vacation|move|moving|shoot|interview|exam|exams|appointment|appt|quit|quitting|job|surgery|operation"},
	{kind: "sh-giveaway", group: UrgencySelfHarm, pat: "giving_away|gave_away|given_away|giving|gave|given|give ..5 stuff|things|belongings|clothes|skincare|makeup|jewellery|jewelry|cat|dog|pets|plants|books|everything|possessions|kits|tools|supplies|brushes", flags: fWeak | fSH, clauseNot: "old|samples|sample|leftover|leftovers|spare|extra|unused|freebies|duplicates", msgNot: replacedReasons},
	// "sitting with a bottle of pills all evening deciding", "sat in the
	// bathroom with a razor for a long time": keeping company with a means,
	// told of a night or a decision.
	{kind: "means-sitting", group: UrgencySelfHarm, pat: "sitting|sat|sit|staring|stared|holding|held ..4 with|at ..2 PILLS|MEANS", flags: fSH, sentNeed: "RECENT|tonight|last_night|evening|night|hours|long|deciding|decide|decided|THINK", clauseNot: "ACCIDENT|shave|shaved|legs|hair|beard|PRODUCT|TREAT|dermaplaning|dermaplane|every|daily|morning|breakfast"},
	{kind: "means-ready", group: UrgencySelfHarm, pat: "PILLS|MEANS ..2 lined_up|ready|counted|counted_out|laid_out|set_out|in_front_of_me|next_to_me|in_my_hand", flags: fSH, clauseNot: "PRODUCT|TREAT|garden|gardening|patio|weeds|weeding|lawn|driveway|allotment|spray|spraying|sprayer"}, // not "got the weedkiller ready for the patio"
	// "got the pils reddy", "tablets are reddy": "ready" misspelt just after the pills (not
	// "pills from Dr Reddy's", a maker).
	{kind: "means-ready", group: UrgencySelfHarm, pat: "PILLS|MEANS ..1 reddy|redy|redi !makes|made|make|brand|brands|generic|generics|sells|sold|labs|pharma|tablets", flags: fSH, clauseNot: "PRODUCT|TREAT|dr|doctor|doctors|labs|laboratories|from|by|garden|gardening|patio|weeds|weeding|lawn|driveway|allotment|spray|spraying|sprayer"},
	{kind: "sh-means", group: UrgencySelfHarm, pat: "got|have|bought|buy|buying|keep|kept|hid|hidden|hiding|brought|bring|bringing|carried|carrying ..3 MEANS|PILLS", flags: fWeak | fSH, clauseNot: "PRODUCT|shaving|TREAT"},
	// "…Not for a headache.", "Not for the garden.": a means or pills told,
	// then their everyday use denied in a clause of its own (weak: with the
	// means got or kept, self-harm; not "not for me", nor a product).
	{kind: "sh-not-for", group: UrgencySelfHarm, pat: "not for", flags: fWeak | fSH | fNoNeg, msgNeed: "MEANS|PILLS", clauseNot: "PRODUCT|TREAT|INJECT"},
	// "going to use his service pistol on himself", "turn my dad's gun on
	// myself": a firearm used, turned or pointed at oneself (not a tool
	// called a gun: a glue, massage or tattoo gun).
	{kind: "sh-gun-self", group: UrgencySelfHarm, pat: "use|using|turn|turning|point|pointing|put|putting ..4 gun|guns|firearm|pistol|pistols|handgun|revolver|shotgun|rifle ..1 on|at|to SELF", flags: fSH, gapNot: "glue|nail|staple|massage|percussion|spray|water|tattoo|piercing|nerf|toy|paint|airbrush|heat|bb|squirt|temperature|caulk|caulking|sealant|cleaning"},
	// "…bought new blades today and I'm going to use them tonight": a means
	// to be used at a time near (weak: with the means got, an emergency;
	// not blades for shaving, dermaplaning or the kitchen).
	{kind: "sh-means-when", group: UrgencySelfHarm, pat: "going|gonna|going_to|will|ill|planning|plan .~2 use .~1 them|it|those|these|one ..2 tonight|today|now|later|soon|tomorrow|this_weekend", flags: fWeak | fSH, msgNeed: "razor|razors|blade|blades|knife|knives|rope|noose|gun|guns|firearm", msgNot: "shave|shaving|shaved|legs|beard|dermaplaning|dermaplane|dermaplaned|dermaplaner|fuzz|brows|eyebrows|crafting|craft|cricut|cooking|cook|dinner|kitchen|chef|mower|lawn|hunting|range|climbing|camping|boat"},
	{kind: "sh-think-it", group: UrgencySelfHarm, pat: "THINK .~1 about_it|it|doing_it ..3 every_day|all_the_time|constantly|every_night|lately", flags: fWeak | fSH},
	// "I've been thinking about it all day and I think tonight might be
	// the night": it thought about all day, and a night or a day picked
	// (weak: with another weak sign, an emergency; not a party, a launch or
	// a treatment booked for tonight).
	{kind: "sh-think-it", group: UrgencySelfHarm, pat: "THINK ..2 about_it|doing_it all day|night|week|weekend|morning", flags: fWeak | fSH},
	{kind: "sh-when", group: UrgencySelfHarm, pat: "tonight|today|tomorrow|tonights might|could|will|may|is .~2 night|day|time !for|to|of|i|we|that|when|where|off|out", flags: fWeak | fSH, clauseNot: "party|date|wedding|show|concert|game|launch|reveal|TREAT|INJECT|PRODUCT|facial|peel|appointment|big|first|finally|movie|girls|ladies|drop|sale|restock|skincare|routine|glow"},
	// "Also I think to die": a thought of dying, told by a writer of
	// another tongue (weak: with a means at hand, an emergency).
	{kind: "sh-think-it", group: UrgencySelfHarm, pat: "I THINK to DIE !for|of|from|laughing|inside|my|hair|it|them", flags: fWeak | fSH},
	// "said goodbye to my mates today, they don't know it's goodbye": a
	// goodbye its hearers don't know is one, told by the writer.
	{kind: "secret-goodbye", group: UrgencySelfHarm, pat: "bye|goodbye|goodbyes ..8 NEG .~1 know|knows|realise|realize|realises|realizes|realised|realized ..2 goodbye|bye|final|forever", flags: fSH | fNoNeg, msgNot: absentReasons + "|" + farewellOccasions + "|job|jobs|fly|flies|promotion|transfer|notice"},
	{kind: "secret-goodbye", group: UrgencySelfHarm, pat: "bye|goodbye|goodbyes ..8 without .~2 them|anyone|people|everyone|anybody|family ..2 figuring|knowing|noticing|realising|realizing|suspecting|guessing|finding", flags: fSH},
	// A goodbye said at the end of a gathering ("said bye to everyone after
	// the wedding") is no farewell (farewellGatherings, as for FAREWELL).
	{kind: "sh-bye", group: UrgencySelfHarm, pat: "saying|said|say .~1 bye|goodbye ..2 people|everyone|everybody|ppl|all", flags: fWeak | fSH, clauseNot: "server|discord|group|groupchat|chat|channel|community|thread|subreddit|app|job|routine|" + farewellGatherings},
	// "can you tell my followers bye for me": a goodbye left with another
	// to pass on (weak: with a last post or a day past which one is gone, a
	// farewell).
	// "he's said bye to his family": a farewell to one's own people, which
	// a place the news was posted in ("a guy in our discord") leaves one.
	{kind: "sh-bye", group: UrgencySelfHarm, pat: "said|saying|say .~1 bye|goodbye|goodbyes to .~1 POSS|his|her|their|my .~1 family|kids|children|parents|mum|mom|dad|wife|husband|partner|girlfriend|boyfriend", flags: fWeak | fSH, msgNot: absentReasons + "|" + farewellOccasions},
	{kind: "sh-bye", group: UrgencySelfHarm, pat: "tell|say|give ..4 bye|goodbye|goodbyes|farewell for|from me", flags: fWeak | fSH, clauseNot: "server|discord|group|groupchat|chat|channel|community|thread|subreddit|app|job|routine|" + farewellGatherings},
	// "you won't see me again": never to be seen again (weak: with a last
	// appointment or thanks for everything, a farewell; a customer leaving
	// a clinic in anger says where or why).
	{kind: "sh-farewell", group: UrgencySelfHarm, pat: "NEG .~1 see|hear ..1 me again|anymore|ever !at|in|here|there", flags: fWeak | fSH | fNoNeg, clauseNot: "here|there|at|clinic|salon|spa|shop|store|place|review|refund|stars", msgNot: "worst|terrible|awful|rude|refund|review|complaint|complain|unprofessional|ruined|disappointed|disappointing|switching|switch|elsewhere|moving|move|ripoff|scam|overpriced"},
	{kind: "sh-bye", group: UrgencySelfHarm, pat: "bye|goodbye everyone|everybody|all|ppl|yall|guys|world", flags: fWeak | fSH, clauseNot: "server|discord|group|groupchat|chat|channel|community|thread|subreddit|app|job|routine|" + farewellGatherings},
	// "…been real": a sign-off (weak: with leaving for good, a farewell).
	{kind: "sh-bye", group: UrgencySelfHarm, pat: "its|been real !good|nice|bad|quick|busy|hard|tough|rough|slow|fun|helpful|great|estate|talk|weird|crazy|hectic|chill|stressful|annoying|frustrating|itchy|dry|red|sore|painful|bumpy|awful|tight|oily|flaky", flags: fWeak | fSH},
	// "gonna log off for good after tonight": leaving for good (weak: with a
	// sign-off or a plan, a farewell; not leaving an app, a group or a job).
	{kind: "sh-farewell", group: UrgencySelfHarm, pat: "log|logging|logged|sign|signing|signed off|out ..2 for_good|forever|permanently", flags: fWeak | fSH, clauseNot: "server|discord|group|groupchat|chat|channel|community|thread|subreddit|app|job|routine|account|instagram|tiktok|twitter|facebook|reddit|socials"},
	// "I won't need the rest of my serum after this weekend": things not
	// needed past a day near, for no reason given (weak: with a plan, a
	// farewell).
	// "she won't need to worry about me after that": no one to worry
	// about the writer from a time on (weak: with a pet's keeping
	// arranged, a farewell; not a reassurance alone).
	{kind: "sh-no-need", group: UrgencySelfHarm, pat: "NEG .~1 need|needs|have|has .~2 worry|worrying|fret|fretting ..2 me .~2 after|afterwards|anymore|again|soon", flags: fWeak | fSH | fNoNeg, msgNot: absentReasons},
	{kind: "sh-no-need", group: UrgencySelfHarm, pat: "NEG .~1 need|needing ..6 after|past|beyond .~1 this_weekend|tonight|tomorrow|this_week|friday|saturday|sunday|monday|today|weekend", flags: fWeak | fSH | fNoNeg, msgNot: absentReasons + "|" + replacedReasons + "|healed|cleared|better|fine|improved|home|back|finished|empty|expired|expires"},
	// "don't think I'll be needing it after the weekend": the same, hedged.
	{kind: "sh-no-need", group: UrgencySelfHarm, pat: "NEG .~1 think|reckon|suppose|expect ..3 need|needing ..6 after|past|beyond .~1 this_weekend|tonight|tomorrow|this_week|friday|saturday|sunday|monday|today|weekend", flags: fWeak | fSH | fNoNeg, msgNot: absentReasons + "|" + replacedReasons + "|healed|cleared|better|fine|improved|home|back|finished|empty|expired|expires"},
	// "won't be needing it after friday": the day past which a last need
	// ends (weak: with the need, a phrase of its own, an emergency).
	{kind: "sh-no-need", group: UrgencySelfHarm, pat: "after|past|beyond .~1 this_weekend|tonight|tomorrow|this_week|friday|saturday|sunday|monday|tuesday|wednesday|thursday|today|weekend", sentNeed: "wont_be_needing_it|wont_be_needing_them|wont_be_needing_any_of_it|wont_be_needing_any_of_them", flags: fWeak | fSH | fNoNeg, msgNot: absentReasons + "|" + replacedReasons + "|healed|cleared|better|fine|improved|home|back|finished|empty|expired|expires"},
	{kind: "sh-bequest", group: UrgencySelfHarm, pat: "look_after_my_cat|look_after_my_dog|look_after_my_pets|look_after_my_kids|take_care_of_my_cat|take_care_of_my_dog|feed_my_cat|someone_else_can_have_it|someone_else_can_have_them|someone_else_can_have_my|you_can_have_my", flags: fWeak | fSH | fOwn},
	{kind: "sh-bequest", group: UrgencySelfHarm, pat: "has_a_new_home|new_home_for_my|rehomed_my|rehoming_my", flags: fWeak | fSH | fOwn},
	// "I've kept my phone password for them": access set aside for the
	// family (weak: with letters written, a farewell; not a wifi code for
	// a sitter or a password reset).
	{kind: "sh-bequest", group: UrgencySelfHarm, pat: "left|leaving|leave|kept|keeping|written|wrote|writing|noted|saved ..4 password|passwords|passcode|passcodes|pin|pins|logins ..3 for|with .~1 them|THIRD|family|everyone|everybody", flags: fWeak | fSH | fOwn, clauseNot: "holiday|trip|babysitter|sitter|nanny|wifi|netflix|spotify|streaming|reset|forgot|forgotten|locked|app|apps|guest|guests|airbnb|delivery|courier|surgery|operation|op|anaesthetic|anesthetic|hospital|PRODUCT|TREAT"},
	{kind: "sh-when", group: UrgencySelfHarm, pat: "planning|planned|doing|do .~1 it ..2 weekend|tonight|tomorrow|week|friday|saturday|sunday|monday|tuesday|wednesday|thursday", flags: fWeak | fSH | fNoFrame}, // "…for my funeral? planning it for this weekend"
	{kind: "sh-funeral", group: UrgencySelfHarm, pat: "own_funeral|my_own_funeral|my_funeral", flags: fWeak | fSH | fNoFrame},
	{kind: "sh-punish", group: UrgencySelfHarm, pat: "punish|punishing|punished .~1 SELF", flags: fWeak | fSH},
	{kind: "sh-no-point", group: UrgencySelfHarm, pat: "see .~1 the|any point anymore", flags: fWeak | fSH | fNoNeg},
	// "mi nuh see di point again": "again" for "anymore", as some English
	// says it.
	{kind: "sh-no-point", group: UrgencySelfHarm, pat: "NEG .~1 see .~1 the|any point again", flags: fWeak | fSH | fNoNeg},
	// "I'm so tired of waking up every day" (weak: with a decision to stop,
	// an emergency).
	{kind: "sh-weak-tired", group: UrgencySelfHarm, pat: "tired|sick|exhausted .~1 of waking|wakin ..1 up .~1 every_day|every|each !at|to|with|early|before|WAKENOT", flags: fWeak | fSH},
	// "I've decided to stop": a decision to stop, told of nothing (weak).
	{kind: "sh-decided", group: UrgencySelfHarm, pat: "I .~1 decided|deciding .~1 to stop|quit !PRODUCT|TREAT|INJECT|using|taking|buying|smoking|drinking|eating|vaping|working|going|doing|trying|the|it|my|them|this|that|at|for|after|before|when|by|once|and|but", flags: fWeak | fSH, clauseNot: "PRODUCT|TREAT|INJECT|routine|skincare|retinol|serum|smoking|drinking|vaping|job|work|gym|diet"},
	// "won't be needing the follow-up": an appointment not needed, told as
	// "won't be needing" (weak).
	{kind: "sh-no-need", group: UrgencySelfHarm, pat: "NEG .~2 needing .~2 follow|followup|appointment|appointments|appt|rebooking|rebook|booking|results|refill|refills|next", flags: fWeak | fSH | fNoNeg, msgNot: absentReasons + "|healed|cleared|better|fine|improved"},
	// "she's asked me to take her cat": a pet or children handed to
	// another for no time away (weak: with an absence foretold, a farewell).
	{kind: "sh-bequest", group: UrgencySelfHarm, pat: "asked|asking|begged|wants|wanted ..3 take|have|keep|mind|adopt ..2 cat|dog|cats|dogs|pets|pet|plants|kids|rabbit|bird|hamster", flags: fWeak | fSH, clauseNot: "holiday|trip|weekend|week|vacation|away|while|travel|hospital|surgery|feed|walk|sit|sitting|until|till|tomorrow", msgNot: absentReasons},
	// "I've arranged for my neighbour to take my dog from Saturday": a
	// pet's keeping handed on, arranged (weak, as asking someone to take it).
	{kind: "sh-bequest", group: UrgencySelfHarm, pat: "arranged|arranging|organised|organized|organising|organizing ..5 take|have|keep|mind|adopt ..2 cat|dog|cats|dogs|pets|pet|plants|kids|rabbit|bird|hamster", flags: fWeak | fSH, clauseNot: "holiday|trip|weekend|week|vacation|away|while|travel|hospital|surgery|feed|walk|sit|sitting|until|till|tomorrow|walks|walking|vet|vets|groomer|groomers|grooming|appointment|kennel|kennels", msgNot: absentReasons},
	{kind: "sh-no-point", group: UrgencySelfHarm, pat: "no point anymore !in|to|of|with|using|buying|trying|for|paying|spending|doing", flags: fWeak | fSH | fNoNeg},
	{kind: "sh-weak-want-end", group: UrgencySelfHarm, pat: "DESIRE it .~1 to end|be_over|stop|be_quiet|quiet", flags: fWeak | fSH},
	{kind: "sh-weak-tired", group: UrgencySelfHarm, pat: "tired|done .~1 of|with .~1 everything|it_all|trying !their|the|new|different|other|PRODUCT|TREAT|INJECT|this|that|these|those|it|them|to|on|out|every|all|any|more|stuff|in|at|about|from|with|for", flags: fWeak | fSH},
	{kind: "sh-weak-never-wake", group: UrgencySelfHarm, pat: "never|not wake_up !on|early|before|in|at|until|till|the|him|her|them|my|your|anyone|everyone|feeling|refreshed|tired", flags: fWeak | fSH | fNoNeg},
	{kind: "sh-weak-give-up", group: UrgencySelfHarm, pat: "give|giving|given|gave up on everything|myself|me", flags: fWeak | fSH},
	// "not doing another year of this", "can't face another winter like
	// this": a refusal to go on living as one does, weak alone, a sign
	// beside a date picked or a farewell; not of a job, a course, a lease
	// or an occasion.
	{kind: "sh-weak-tired", group: UrgencySelfHarm, pat: "NEG|cant|cannot|wont|refuse .~1 doing|do|face|facing|through|survive|bear|handle|take|living|live .~1 another .~1 year|years|day|week|month|winter|summer|christmas|birthday", flags: fWeak | fSH | fNoNeg, clauseNot: "PRODUCT|TREAT|INJECT|routine|MONEY|job|work|boss|class|course|school|uni|degree|lease|contract|subscription|membership|season|trip|holiday|wedding|party|planning|diet|commute|flat|apartment|house|relationship", msgNot: "wedding|party|trip|holiday|vacation|exam|exams|lease|contract|job|boss|course|degree|landlord|commute|interview|notice|resign|resigning|quit|quitting|divorce|breakup"},
	{kind: "sh-weak-give-up", group: UrgencySelfHarm, pat: "decided|deciding|ready|going|gonna|want .~2 stop|quit trying !to|new|out|on|different|other|PRODUCT|TREAT|things|everything|every|all|any|more|so|them|it|this|that|these|those|stuff|brands|and", flags: fWeak | fSH},
	{kind: "sh-weak-tired", group: UrgencySelfHarm, pat: "no point ..2 LIVEV|carrying_on|carry_on", flags: fWeak | fSH | fNoNeg, clauseNot: "PRODUCT|TREAT|INJECT|routine|MONEY"},
	{kind: "sh-final", group: UrgencySelfHarm, pat: "NEG .~2 plan|planning|expect|expecting ..3 around|here|alive|be_around|be_here|be_alive|being_alive", flags: fWeak | fSH | fNoNeg},
	// "i don't think i'll be around to finish the course", "i don't plan on
	// being around for my next appointment": not expecting to be alive for
	// something near, for no reason given (a trip, a move, work).
	{kind: "absent-for", group: UrgencySelfHarm, pat: "NEG ..2 plan|planning|expect|expecting|think|see ..3 around|here|be_around|be_here|alive|be_alive .~1 for|to|by|at ..4 " + absentEvents, flags: fSH | fNoNeg, msgNot: absentReasons},
	// "what's the point of anti-aging stuff when I won't be getting any
	// older": the writer foretells no older age, no future (not "I'm not
	// getting any younger", nor skin or looks that will not age).
	{kind: "no-older", group: UrgencySelfHarm, pat: "i|im|ill|i'll|ive|id NEG ..2 getting|get|grow|growing|age|aging any|much older", flags: fSH | fJoke, clauseNot: "look|looks|looking|photo|photos|picture|pictures|skin|face|filter|TREAT|INJECT", msgNot: "vampire|immortal|forever|younger"},
	// "won't be around for the results anyway", "i won't be around by
	// then": weak alone (a reason may follow), with another weak sign one.
	{kind: "sh-absent", group: UrgencySelfHarm, pat: "NEG be_around|be_here .~1 for|to|by|at ..4 " + absentEvents, flags: fWeak | fSH | fNoNeg, msgNot: absentReasons},
	// "won't need the follow-up appointment", "don't bother rebooking me"
	{kind: "sh-no-need", group: UrgencySelfHarm, pat: "NEG need|bother .~2 follow|followup|appointment|appointments|appt|rebooking|rebook|booking|rescheduling|reschedule|results|refill|refills|next", flags: fWeak | fSH | fNoNeg, msgNot: absentReasons + "|healed|cleared|better|fine|improved"},
	// "…so it doesn't matter", "nothing matters"
	{kind: "sh-no-matter", group: UrgencySelfHarm, pat: "doesnt|wont|wouldnt|dont|nothing|none .~2 matter|matters !which|what|how|if|to|whether|who|where|when|much|for|about|that|because|since|as|too|either|though|cause|cuz|bc|PRODUCT|TREAT|INJECT", flags: fWeak | fSH | fNoNeg},
	{kind: "sh-final", group: UrgencySelfHarm, pat: "I|THIRD|they|theyll|she'll|he'll|theyd|shed|hed .~1 be_gone_by_morning|be_gone_by_tomorrow|be_gone_by_tonight|be_gone_by_the_weekend|be_gone_soon|be_gone_shortly", flags: fWeak | fSH | fNoPast},
	// "no point fixing my face when i'll be gone soon": the writer's own
	// near end given as the reason not to bother (not a trip or a move).
	{kind: "sh-final", group: UrgencySelfHarm, pat: "I .~2 be_gone_soon|be_gone_shortly", flags: fSH | fNoPast, msgNeed: "point|pointless|bother|bothering", msgNot: absentReasons},
	{kind: "sh-after-death", group: UrgencySelfHarm, pat: "after|when|once I|you|u .~1 die|dies !of|from|laughing|inside", flags: fWeak | fSH | fNoFrame}, // "what happens to your accounts after you die?"
	// "how i'll look when they find me": the writer found by others, as a
	// body is (weak: with a question about after death, an emergency; not
	// found a job, a deal or a seat, nor a game of hide and seek).
	// "if anyone finds this, tell my mum I'm sorry": a note addressed to
	// whoever finds or reads it, that leaves an apology or a love for
	// someone to pass on, is a goodbye note (not a post that asks the
	// reader to tell the writer something).
	{kind: "sh-found", group: UrgencySelfHarm, pat: "anyone|someone|somebody|whoever .~1 finds|reads|found|read|sees this ..3 tell|let .~1 my|mum|mom|dad|mother|father|family|everyone|them|him|her", flags: fSH, msgAlso: "sorry|loved|forgive|goodbye|bye|miss", clauseNot: "post|thread|comment|review|forum|sub|subreddit|group|page|ad|sale|clinic|salon|shop|store|PRODUCT|TREAT|INJECT"},
	{kind: "sh-found", group: UrgencySelfHarm, pat: "when|once|after|before|if .~1 they|someone|somebody|people|mum|mom|dad|family|police|anyone .~1 find|finds|found me !a|an|the|some|something|somewhere|one|another|work|job|cheaper|better|online|on|at|in|attractive|cute|funny", flags: fWeak | fSH, clauseNot: "hide|hiding|seek|game|games|lost|missing|party|surprise|job|work|online|profile|app|dating|insta|instagram|tiktok|twitter|linkedin|page|account|number|address|shop|store|clinic|salon"},
	// "my family will be better off soon": others better off, and soon
	// (weak: with a burden, an emergency; not once a job, a move or a
	// loan comes through).
	{kind: "sh-when", group: UrgencySelfHarm, pat: "better_off|happier|easier .~1 soon|shortly", flags: fWeak | fSH, sentNeed: "family|everyone|everybody|they|kids|husband|wife|partner|parents|mum|mom|dad|children", clauseNot: "PRODUCT|TREAT|INJECT|skin|face|once|when|after|because|bc|job|money|raise|promotion|pay|payday|move|moving|house|business|loan|debt|holiday|trip|sale|sold|bonus|school|term|exams|weather|summer"},
	// "this weekend is the end for me": an end told of the writer, at a
	// time (weak: with everything ready or a decision, an emergency; not
	// the end for a product, a job or a season).
	{kind: "sh-end-it", group: UrgencySelfHarm, pat: "is|be|its .~1 the end for|of me !and|with|at|in|on", flags: fWeak | fSH, clauseNot: "PRODUCT|TREAT|INJECT|MONEY|LAUGH|HYPE|routine|skincare|brand|job|work|contract|lease|season|show|series|book|game|team|relationship|us|term|school|uni|diet|gym|laughing|funny|price|prices|bill|bills"},
	// "I've got everything ready": all made ready, with no occasion named
	// (weak: with an end or a time told, an emergency).
	{kind: "sh-plan", group: UrgencySelfHarm, pat: "I|got|have .~1 got|have .~1 everything|it_all|all|things .~1 ready|set|sorted|prepared !for|to", flags: fWeak | fSH, msgNeed: "SUICIDE|KILLV|ENDV|DIE|FAREWELL|FAREWELLX|FINAL|BURDEN|HOPELESS|GIVEAWAY|MEANS|end", clauseNot: "PRODUCT|TREAT|INJECT|appointment|appt|party|trip|holiday|vacation|wedding|birthday|dinner|date|move|moving|meeting|interview|exam|shoot|flight|event|skincare|routine|school|work|baby|nursery|christmas|packed|packing|bag|bags|suitcase|house|guests|kids"},
	// "she's planning to be gone by the end of the month": being gone by a
	// date, planned (weak: with things given away, an emergency; not gone
	// from a flat, a job or a country).
	{kind: "sh-final", group: UrgencySelfHarm, pat: "planning|plan|plans|planned|intend|intends|intending|going|gonna|wants|want .~1 to .~1 be gone ..1 by|before .~1 the|this|next .~1 end|weekend|month|friday|saturday|sunday|monday|tuesday|wednesday|thursday|christmas|spring|summer", flags: fWeak | fSH, msgNot: "move|moving|moved|flat|apartment|house|lease|abroad|country|job|work|travel|travelling|traveling|trip|holiday|vacation|visa|emigrating|emigrate|relocating|relocate|university|uni|college|army|deployment|deployed|contract|tenancy|landlord"},
	{kind: "sh-when", group: UrgencySelfHarm, pat: "planning|purposes|preparing|prepare|sorting ..2 this_week|this_weekend|tonight|tomorrow", flags: fWeak | fSH | fNoFrame},
	{kind: "sh-when", group: UrgencySelfHarm, pat: "planning|planned|going|gonna .~2 find out ..2 this_weekend|this_week|tonight|tomorrow|weekend|soon", flags: fWeak | fSH | fNoFrame}, // "…after you die? asking because I'm planning to find out this weekend"
	// "took the lot, sorry": all of something taken, and an apology for
	// it (not the lot taken home or back, nor a lot of samples).
	{kind: "od-sorry", group: UrgencySelfHarm, pat: "took|taken|swallowed|downed|had the_lot|everything !of|to|home|back|with|out|off|in|for|from|away|up|down|round|around|over|apart|and", flags: fSH, msgNeed: "sorry|forgive|goodbye|bye", clauseNot: "PRODUCT|EDIBLE|TREAT|samples|sachets|photos|pictures|classes|courses|MONEY|advice|offer|deal"},
	{kind: "sh-od-ask", group: UrgencySelfHarm, pat: "take|taking|took|swallow|swallowing|down|downing ..2 all|everything|the_lot ..3 at_once|in_one_go|together", flags: fWeak | fSH | fNoFrame, clauseNot: "PRODUCT|EDIBLE|TREAT|samples|sachets|photos|pictures|classes|courses"}, // "how long does it take, if you take all of them at once?"
	{kind: "sh-means", group: UrgencySelfHarm, pat: "STASH .~2 mine|them|these|those ..1 up", flags: fWeak | fSH, clauseNot: "PRODUCT|EDIBLE|TREAT|MONEY|samples|sachets"},
	{kind: "sh-means", group: UrgencySelfHarm, pat: "got|have|gathered|bought|collected .~1 everything|all ..2 need|needed !for|from|at|to|in|on", flags: fWeak | fSH},
	// "I've got everything I need to not wake up": the means ready for
	// not waking up or not being here.
	{kind: "sh-means", group: UrgencySelfHarm, pat: "got|have|gathered|bought|collected .~1 everything|all ..2 need|needed to .~1 not|never wake_up|be_here|be_around !the|him|her|them|my|your|anyone|everyone|baby|kids|early|before|in|at|until|till|on|with|to|feeling|looking|puffy|dry|tired|refreshed", flags: fWeak | fSH, clauseNot: "PRODUCT|TREAT|skin|face"},
}

// intakeProducts are what is no food to swallow; intakeWords say it went
// in.
const intakeProducts = "PRODUCT|PILLS|POISON|toxic|poisonous|peel|acid|acids|bleach|hydroquinone"
const intakeWords = "in_their_tummy|in_her_tummy|in_his_tummy|in_its_tummy|in_his_mouth|in_her_mouth|in_their_mouth|in_its_mouth|swallows|swallowed|eats|ate|drinks|drank|licks|licked|sucks|sucking|sucked|chewed|chews|gulped"

// childFoodNot make a child's intake a meal or a feed, not a poisoning.
const childFoodNot = "EDIBLE|food|snack|snacks|meal|meals|breastfeed|breastfeeding|formula|milk|puree|avocado|patch|test"

// childPlayNot make a child with a product a game of pretend: "doing
// skincare on his teddy with an empty serum bottle".
const childPlayNot = "teddy|teddies|doll|dolls|toy|toys|pretend|pretending|pretends|dressup|role_play"

// bigCounts are numbers of tablets no dose is: "took around 15".
const bigCounts = "8|9|10|11|12|13|14|15|16|17|18|19|20|21|22|23|24|25|26|27|28|29|30|32|35|40|45|50|60|70|80|90|100|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred"

// occlLook are the colours and patterns of skin an injection starves of
// blood, none a bruise's.
const occlLook = "white|whitish|whiteish|pale|paler|blanched|blanching|blanch|grey|gray|greyish|grayish|ashen|ashy|chalky|dusky|mottled|mottling|lacy|marbled|marbly|marbling|net_like|web_like|lace_like|net_pattern|web_pattern|spiderweb|cobweb|fishnet|blotchy|splotchy|blotchey|splotchey"

// occlLookNot are what such a colour describes that is no skin, and an
// itch (blotchy and itchy is hives).
const occlLookNot = "LESION|BLURCAUSE|dark_circles|circles|whiteheads|hair|light|lights|PRODUCT|ITCH|HIVES|lipstick|gloss|liner|teeth|tooth|nails|photo|photos|picture|pictures|pic|pics|lighting|filter|camera|selfie|tan|freckles|pigmentation"

// coldNot make a cold skin no sign: ice, a compress, the weather, a
// product cool on the skin.
const coldNot = "ice|iced|icing|compress|pack|packs|roller|water|weather|shower|air|room|outside|winter|wind|snow|LESION|BRUISE|PRODUCT|gel|mask|refreshing|nice|lighting|light|photo|photos|filter|makeup|foundation|undertone|undertones|tone"

// replacedReasons make things given away or no longer needed replaced,
// not left behind: "giving away my old skincare, won't need any of it
// after switching to the new routine".
const replacedReasons = "switching|switched|switch|swapping|swapped|upgrading|upgraded|replacing|replaced|replace|replaces|decluttering|declutter|decluttered|outgrew|outgrown"

// farewellOccasions make a goodbye to everyone the end of an occasion: "said
// goodbye to everyone at the end of summer camp". (A goodbye at school or
// work is not one: it may be a last day.) farewellGatherings are those of
// them that are a gathering, not only a time: a goodbye "by the weekend"
// may be a deadline, one "after the party" is not.
const (
	farewellGatherings = "camp|party|trip|holiday|holidays|vacation|wedding|graduation|festival|reunion|conference|sleepover|retreat|airport|flight|flights|station|tour|season|visit|cruise"
	farewellOccasions  = farewellGatherings + "|weekend"
)

// travelWords make goodbyes said beside plans a traveller's: "made my
// plans and said my goodbyes before the flight".
const travelWords = "airport|flight|flights|fly|flying|trip|holiday|holidays|vacation|abroad|move|moving|moved|cruise|visa|packing|packed|deployment|deployed|semester|exchange|relocating|relocation"

// absentEvents are what someone near may not be around for: an
// appointment, results, the rest of a course of treatments.
const absentEvents = "appointment|appointments|appt|follow|followup|results|result|course|treatment|treatments|session|sessions|finish|see|next|booking|then|christmas|birthday|summer"

// timeAwayWords are the words of a time the writer is away for, or away
// at: "a break from me this weekend at grandma's", "glad if i was gone for
// the weekend". The rules undo others' relief at the writer's absence by
// them, and the safety net's self-harm alarm on such a sign too (framingWords,
// text.shFramed).
const timeAwayWords = "weekend|spa|trip|holiday|holidays|vacation|camp|sleepover|shift|work|school|night|evening|hours|day|days|week|grandma|grandmas|grandpa|nan|babysitter|sitter|nanny|daycare"

// planDoItAfter are the words after "do it" that say what "it" is or how
// it is done ("…do it myself", "…do it at home", "…do it the right way"),
// and planDoItNot those in its sentence that name what "it" is (a
// product, a treatment, a job, a trip…): a plan to do "it" (sh-plan-how)
// is a way of dying planned only without them.
const (
	planDoItAfter = "myself|at|with|on|without|properly|right|safely|so|the|again|differently|this|next|in|for|by|before|after|when|if|first|all|every|each|and|or|but|i|a|my|yourself|though|tho|cheaply|cheaper|quickly|home"
	planDoItNot   = "PRODUCT|TREAT|INJECT|MONEY|mean|meant|meaning|move|moving|job|work|exam|exams|test|tests|essay|project|wedding|party|trip|holiday|speech|presentation|interview|proposal|diet|workout|routine|skincare|hair|makeup|nails|tattoo|piercing|tax|taxes|budget|garden|kitchen|room|house|flat|renovation|dye|bleach|wax|waxing|shave|brows|eyebrows|lashes"
)

// farewellJourneys name a journey in a farewell's sentence ("said goodbye,
// they fly home tomorrow"): a traveller's goodbye (FAREWELLX, FAREWELL).
const farewellJourneys = journeyWords + "|flight|flights|airport"

// selfWoundsOther are the everyday causes of burns and cuts that make
// them no wounds a person gives themself (self-wounds).
const selfWoundsOther = "accident|accidentally|accidental|curling|iron|straightener|straighteners|oven|stove|cooking|kitchen|workshop|diy|shaving|shave|waxing|wax|sunburn|sun|peel|laser|microneedling|derma|roller|dermaroller|pen"

// lastWeekReasons make a last week or night one at a place or before
// leaving, not the writer's last (sh-final, sh-plan-final).
const lastWeekReasons = absentReasons + "|job|firm|office|contract|notice|retire|retiring|retirement|leaving|course|term|school|holiday|treatment|treatments|trial"

// planTasks are the everyday tasks a plan in their sentence is for ("…how
// I'm going to do it, she'll do my brows and I'll do her nails").
const planTasks = "nails|brows|eyebrows|lashes|hair|makeup|tattoo|piercing|wax|waxing|dye|shave|interview|speech|presentation|proposal"

// absentReasons give a reason for not being around that is no farewell: a
// trip, a move, work.
const absentReasons = "trip|travel|travelling|traveling|holiday|holidays|vacation|abroad|away|moving|move|relocating|work|working|busy|visiting|wedding|conference|business|flight|flying|overseas|country|city|town|state|deployment|deployed|exam|exams|semester|college|university|uni|school|surgery|hospital|pregnant|maternity|reschedule|rebook|postpone"

// unnoticedObjects are what others may not notice that is no absence: a
// thing named, a change, a question ("nobody will notice the filler",
// "no one will know I had botox", "nobody will notice if it's patchy").
// jumpForPlay are what makes a jump from a height play: a dare, a swim.
// mouthNumbed names a mouth numbed for dental work (the dentist, the
// anaesthetic, a filling): speech that fails beside it is the numbing.
const mouthNumbed = "NUMBING|dental|filling"

// urgeHarmWords name what an urge is an urge to do in self-harm;
// urgeOtherWords, anywhere in a message, an urge of another habit, a diet
// or a haircut; urgeOtherObjects, in the urge's clause, an urge to buy,
// use or book something.
const (
	urgeHarmWords    = "cut|cutting|cuts|HARMV|SUICIDE|self_harm|selfharm|razor|razors|blade|blades|relapse|relapsed"
	urgeOtherWords   = "hair|fringe|bangs|haircut|nails|barber|hairdresser|shave|shaving|pick|picking|squeeze|squeezing|scratch|scratching|popping|smoke|smoking|vape|vaping|drink|drinking|alcohol|snack|snacking|sugar|carbs|dairy|caffeine|calories|cheese|chocolate|diet|coupons|cake"
	urgeOtherObjects = "PRODUCT|TREAT|INJECT|shop|shopping|spend|spending|buy|buying|order|ordering"
)

// knownRisks are what people write letters or leave passwords before,
// in case it goes wrong: an operation, an anaesthetic, a deployment.
const knownRisks = "surgery|operation|op|anaesthetic|anesthetic|deployment|deployed|deploying|transplant"

// calmNotAbout are what one may be calm about that is no plan of one's
// own death: a product, a procedure, one's skin.
const calmNotAbout = "PRODUCT|TREAT|INJECT|skin|face|routine|results|appointment|appt|procedure|surgery|operation"

const jumpForPlay = "dare|dared|dares|daring|tombstoning|tombstone|swim|swimming|swimmers|wetsuit"

const unnoticedObjects = "the|a|an|I|POSS|your|our|it|its|that|this|those|these|any|anything|what|how|if|whether|when|PRODUCT|TREAT|INJECT|difference|change|changes|results|result"

// smallBurns are what tell burns as small or of an everyday cause: burns
// a cook, a baker or a barbecue gets, asked about for first aid.
const smallBurns = "small|minor|little|tiny|oven|ovens|fryer|fryers|hob|grill|griddle|pan|pans|tray|trays|splash|splashes|steam|service|shift|chef|baking|bbq|barbecue|sparkler|sparklers|fireworks|campfire"

// shWeak are the weak signs of self-harm: any two together are one.
const shWeak = "sh-fatal sh-means-look sh-means-when sh-decided sh-absent sh-no-need sh-no-matter sh-place sh-end-it sh-calm sh-hopeless sh-burden sh-farewell sh-plan sh-final sh-giveaway sh-bequest sh-pick-day sh-means sh-think-it sh-bye sh-weak-want-end sh-weak-tired sh-weak-never-wake sh-weak-give-up sh-punish sh-no-point sh-unreachable sh-funeral sh-when sh-after-death sh-od-ask sh-found sh-cutting sh-not-for"

// combos make an emergency of two weak signs: one of a and one of b, of
// different kinds. "ctx-treat" stands for a text that mentions a product
// or a procedure, "ctx-inject" for one that mentions an injection or a
// procedure.
var combos = []struct {
	group Urgency
	a, b  string
}{
	{UrgencyAirway, "hives allergic", "throat-itch lip-tingle voice face-swell lips-weak allergic hives breath-odd chest-noise dizzy sob-weak faint-weak sweat drool"},
	{UrgencyAirway, "drool", "face-swell lips-weak throat-itch lip-tingle"},
	{UrgencyAirway, "face-swell lips-weak", "voice throat-itch breath-odd chest-noise sob-weak lip-tingle faint-weak dizzy ctx-recur"},
	{UrgencyAirway, "voice breath-odd", "ctx-treat throat-itch lip-tingle breath-odd voice sob-weak"},
	{UrgencyAirway, "throat-itch", "lip-tingle sob-weak face-numb cough"},
	{UrgencyAirway, "cough", "hives lip-tingle face-swell lips-weak allergic"},
	{UrgencyInjection, "occl-look", "pain occl-worse occl-cold"},
	{UrgencyInjection, "occl-bruise", "occl-worse"},
	{UrgencyInfection, "fever", "pus hot infected red swell pain unwell ctx-inject"},
	{UrgencyInfection, "pus", "hot infected unwell swell red ctx-inject"},
	{UrgencyInfection, "infected", "hot unwell"},
	{UrgencyInfection, "track", "fever unwell hot pus"},
	{UrgencyInfection, "unwell", "hot"},
	{UrgencyInfection, "unwell", "swell"},
	{UrgencyHeartBrain, "dizzy", "faint-weak palpitations sweat sob-weak chest-weak arm-weak jaw-weak headache-weak breath-odd"},
	{UrgencyHeartBrain, "droop-weak face-numb", "confused-weak"},
	{UrgencyHeartBrain, "palpitations chest-weak", "faint-weak sweat sob-weak arm-weak jaw-weak chest-weak palpitations breath-odd"},
	{UrgencyHeartBrain, "arm-weak", "chest-weak droop-weak face-numb sweat dizzy sob-weak faint-weak jaw-weak speech-weak"},
	{UrgencyHeartBrain, "jaw-weak", "chest-weak droop-weak face-numb sweat dizzy sob-weak faint-weak arm-weak speech-weak"},
	{UrgencyHeartBrain, "speech-weak", "droop-weak face-numb arm-weak"},
	{UrgencyHeartBrain, "smile-loss", "droop-weak"},
	{UrgencyHeartBrain, "mouth-numbed", "arm-heavy"},
	{UrgencyHeartBrain, "droop-weak face-numb", "droop-weak face-numb arm-weak jaw-weak headache-weak"},
	{UrgencyHeartBrain, "faint-weak", "sob-weak sweat"},
	{UrgencySelfHarm, shWeak, shWeak},
	{UrgencySelfHarm, "sh-make-happen", "sh-burden"},
	{UrgencySelfHarm, "sh-spare-day", "sh-plan sh-when sh-pick-day sh-decided sh-final"},
	{UrgencySelfHarm, "sh-unnoticed", "sh-plan sh-when sh-pick-day sh-decided sh-final sh-absent sh-no-need sh-giveaway sh-bequest sh-farewell sh-bye"},
	{UrgencyAirway, "alarm", "face-swell lips-weak hives allergic voice throat-itch lip-tingle breath-odd sob-weak cough drool"},
	{UrgencyHeartBrain, "alarm", "dizzy palpitations chest-weak faint-weak arm-weak jaw-weak droop-weak face-numb headache-weak"},
	{UrgencyInfection, "alarm", "fever pus infected"},
	{UrgencyMedical, "emergency-weak", "hives allergic throat-itch lip-tingle voice face-swell lips-weak breath-odd sob-weak fever pus infected dizzy palpitations chest-weak arm-weak jaw-weak droop-weak face-numb faint-weak"},
}

// screenPart screens one bounded part of a message.
func screenPart(s string, nr *netReading) Screening {
	sb := screenBufs.Get().(*screenBuf)
	defer screenBufs.Put(sb)
	sb.toks = appendTokens(sb.toks, sb.word[:0], s)
	if len(sb.toks) == 0 {
		return Screening{}
	}
	sb.x.read(sb.toks)
	found, hint := decide(&sb.x)
	if found.Urgent() {
		return found
	}
	return netVerdict(&sb.x, s, hint, nr)
}

// netVerdict is the safety net's verdict on s, in which the rules (their
// reading x, their weak signs' hint) found no emergency — unless the rules'
// reading vetoes it: an intake denied, a self-harm wish denied, something
// ended that is no life ("ending my subscription"), things given away for
// a reason that replaces them, money told with where it will come from
// ("won't have to pay for my stuff anymore once I get my student loan",
// paidFor), a recovery counted in time ("8 months
// clean"), a product a child had only on the skin ("not sure how much he
// got on his hands", onSkinOnly), a recovery told as being oneself again ("finally feeling like
// myself again"), an "end it" someone meant of a thing that is no life ("she
// meant end her skincare routine"), food eaten, a container empty long before ("it's been empty
// for weeks"), a full breath that could not be taken after exercise and
// is over ("couldn't take a full breath after my run this morning"), a
// not waking up that ends at a time ("I could sleep and not wake up till
// noon"), letters or passwords readied before an operation
// (readiedForRisk), a care not to wake someone else ("so I won't wake up the
// baby"), a waking on the floor that recurs from a cause named
// ("…after sleepwalking again", floorHabit), a sore throat given its
// common cause ("I think I'm getting tonsillitis", ownColdNamed) — these
// two as self-harm only beside no weak self-harm sign —, heat and redness
// dated straight after a treatment, its flush (glowStraightAfter), or a self-harm
// sign the rules
// matched and undid by its clause ("glad if i was gone for the weekend",
// shFramed). Each veto is a property of the text, read the same by the
// fast path and by every detector (TestScreen_FastPathHidesNothing).
func netVerdict(x *text, s string, hint Screening, nr *netReading) Screening {
	if x.intakeDenied() || !x.typedKnownWord(s) {
		// A message with no known word of minNetWord letters as typed
		// ("pt c/o 2") gives the net nothing to read but shorthand,
		// numbers and noise.
		return Screening{}
	}
	n := netScreen(s, hint, nr)
	switch {
	case n.Urgency == UrgencySelfHarm && (x.shFramed || x.selfHarmDenied() || x.endsNoLife() || x.givenAwayReplaced() || x.paidFor() || x.cleanFor() || x.feelsSelfAgain() || x.skinWorryGone() || x.meantNoLife(-1) || x.sleepsInTill() || x.shObjectOnly(hint) || x.readiedForRisk()):
	case n.Urgency == UrgencyPoisoning && (x.ateFoodOnly() || x.emptyLongBefore() || x.onSkinOnly()):
	case n.Urgency == UrgencyMedical && x.onSkinOnly() && x.all.has(tChild):
	case (n.Urgency == UrgencyAirway || n.Urgency == UrgencyMedical) && x.exertionBreathOver():
	case n.Urgency != UrgencySelfHarm && x.allClear():
	case x.caresNotToWake():
	case x.dictatesForBusyHands():
	case (n.Urgency == UrgencyHeartBrain || n.Urgency == UrgencyMedical || n.Urgency == UrgencySelfHarm && hint.Urgency != UrgencySelfHarm) && x.floorHabit():
	case (n.Urgency == UrgencyInfection || n.Urgency == UrgencyAirway || n.Urgency == UrgencyMedical || n.Urgency == UrgencySelfHarm && hint.Urgency != UrgencySelfHarm) && x.ownColdNamed():
	case (n.Urgency == UrgencyInfection || n.Urgency == UrgencyMedical) && x.glowStraightAfter():
	default:
		return n
	}
	return Screening{}
}

// minNetWord is the fewest letters of a word the safety net needs in a
// message to alarm on it (netVerdict).
const minNetWord = 3

// typedKnownWord reports whether x has a word of at least minNetWord
// letters that the screen knows and that the writer typed as it is read:
// shorthand the screen expands ("N" for "and", "w" for "with") is no word
// the writer wrote. FuzzScreen found the net alarming on "2 2 10 X o LB 21
// U N 000" and on a run of random bytes whose only known words were such
// expansions, alone and not once the message went on.
func (x *text) typedKnownWord(s string) bool {
	for i := range x.toks {
		k := x.toks[i].key
		if x.toks[i].id == 0 || len(k) < minNetWord || !isLetters(k) {
			continue
		}
		if hasWordFoldASCII(s, k) {
			return true
		}
	}
	return false
}

// screenBuf holds what screenPart reads a text into, for the next text:
// the tokens, the buffer of the word being read and the text.
type screenBuf struct {
	toks []token
	word [netWordBytes]byte
	x    text
}

var screenBufs = sync.Pool{New: func() any { return new(screenBuf) }}

// decide runs every detector over x and returns the most pressing
// emergency found, if any, and otherwise (hint) the kind the most pressing
// weak sign alone points to.
func decide(x *text) (Screening, Screening) {
	var best signal
	found := false
	consider := func(s signal) {
		if !found || urgencyRank[s.group] < urgencyRank[best.group] {
			best, found = s, true
		}
	}
	var weak []signal
	cands := x.candidateDetectors()
	for k, word := range cands {
		for word != 0 {
			b := bits.TrailingZeros64(word)
			word &^= 1 << b
			d := &detectors[k*64+b]
			s, ok := x.find(d)
			if !ok {
				continue
			}
			if s.weak {
				weak = append(weak, s)
			} else {
				consider(s)
			}
		}
	}
	if len(weak) > 0 {
		if x.all.has(tInject) || x.all.has(tTreat) || x.all.has(tProduct) || x.all.has(tAllergy) {
			weak = append(weak, signal{kind: "ctx-treat"})
		}
		if x.inject {
			weak = append(weak, signal{kind: "ctx-inject"})
		}
		if x.recurred && (x.all.has(tProduct) || x.all.has(tAllergy)) {
			// "…swelled up from a cream last year, now it's swelling
			// again": a reaction to a product come back.
			weak = append(weak, signal{kind: "ctx-recur"})
		}
		for _, c := range combos {
			s, ok := combine(weak, c.a, c.b)
			if !ok && c.group == UrgencySelfHarm {
				s, ok = combineApart(x, weak, c.a, c.b)
			}
			if ok {
				s.group = c.group
				consider(s)
			}
		}
	}
	if !found {
		var hint Screening
		for _, w := range weak {
			if w.group != "" && (!hint.Urgent() || urgencyRank[w.group] < urgencyRank[hint.Urgency]) {
				hint = Screening{Urgency: w.group, Relayed: w.relayed}
			}
		}
		return Screening{}, hint
	}
	if best.group == UrgencyHeartBrain && best.kind == "chest" {
		// A tight chest with a swelling face or hives is an allergic
		// reaction: the airway advice fits.
		for _, w := range weak {
			if w.group == UrgencyAirway {
				return Screening{Urgency: UrgencyAirway, Relayed: best.relayed}, Screening{}
			}
		}
	}
	if best.group == UrgencyMedical {
		// "should I call 911? my face is swelling": the advice of the kind
		// the weak sign names fits better than the generic one.
		for _, w := range weak {
			if w.group != "" && w.group != UrgencyMedical && urgencyRank[w.group] <= urgencyRank[UrgencyInjection] && w.kind != "pain" && w.kind != "swell" && w.kind != "red" {
				return Screening{Urgency: w.group, Relayed: best.relayed || w.relayed}, Screening{}
			}
		}
	}
	return Screening{Urgency: best.group, Relayed: best.relayed}, Screening{}
}

// combine finds a weak sign of a kind in a and another of a kind in b, not
// both read from the same words ("goodbye everyone" is one farewell, not a
// farewell and a goodbye).
func combine(weak []signal, a, b string) (signal, bool) {
	for _, x := range weak {
		if !hasField(a, x.kind) {
			continue
		}
		for _, y := range weak {
			if y.kind != x.kind && (y.at != x.at || strings.HasPrefix(y.kind, "ctx-") || strings.HasPrefix(x.kind, "ctx-")) && hasField(b, y.kind) {
				return signal{relayed: x.relayed || y.relayed}, true
			}
		}
	}
	return signal{}, false
}

// combineApart finds two weak self-harm signs of the same kind of a and
// b told in different sentences ("it is better if I go. they will not
// spend on me anymore"): two burdens, two farewells said apart are two
// signs, as two of different kinds are. One told once, read by two
// detectors from the same sentence, stays one; two of different people
// (the writer's burden and what "she says" she won't pay for) are no one's
// two signs.
func combineApart(x *text, weak []signal, a, b string) (signal, bool) {
	for i, s := range weak {
		if strings.HasPrefix(s.kind, "ctx-") || !hasField(a, s.kind) || !hasField(b, s.kind) {
			continue
		}
		for _, t := range weak[i+1:] {
			if t.kind == s.kind && t.at != s.at && t.relayed == s.relayed && t.at < len(x.toks) && s.at < len(x.toks) && x.toks[t.at].sent != x.toks[s.at].sent {
				return signal{relayed: s.relayed || t.relayed}, true
			}
		}
	}
	return signal{}, false
}

func hasField(list, w string) bool {
	for len(list) > 0 {
		i := 0
		for i < len(list) && list[i] != ' ' {
			i++
		}
		if list[:i] == w {
			return true
		}
		if i == len(list) {
			break
		}
		list = list[i+1:]
	}
	return false
}
