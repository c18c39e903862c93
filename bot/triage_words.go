package bot

import (
	"slices"
	"strings"
)

// The word tables of the emergency screen. Each tag names one part people
// build a description from — a body part or function, a change or
// sensation, a severity or speed, a context, a person — and lists the
// words that say it, with their common misspellings and slang. Words are
// written as the tokenizer yields them: lower case, apostrophes kept
// ("can't"), with or without them where people write both. A word marked
// with a trailing ~ is also recognised misspelt by one letter (see
// fuzzyWord), unless the misspelling is itself an English word.
//
// Phrases (in triagePhrases) are several words read as one token with the
// phrase's tags: "short of breath", "passed out", "what if".

// tag is one part of the tables.
type tag uint8

// tagSet is a set of tags.
type tagSet [3]uint64

func (s *tagSet) add(t tag)        { s[t>>6] |= 1 << (t & 63) }
func (s tagSet) has(t tag) bool    { return s[t>>6]&(1<<(t&63)) != 0 }
func (s tagSet) any(o tagSet) bool { return s[0]&o[0] != 0 || s[1]&o[1] != 0 || s[2]&o[2] != 0 }
func (s tagSet) union(o tagSet) tagSet {
	return tagSet{s[0] | o[0], s[1] | o[1], s[2] | o[2]}
}

const (
	tNone tag = iota

	// People.
	tI      // the writer: i, i'm, my, me
	tThird  // someone else: she, he, patient, friend, son
	tChild  // a child or a pet, or an adult with dementia or confused (who cannot judge what they swallow)
	tPoss   // my, her, his, their, own
	tGSubj  // a general subject: it, they, exosomes, you, people
	tStaff  // staff context: pt, patient, client, reports, c/o
	tModal  // can, could, does, will, might
	tCauseV // cause, lead to, trigger, make

	// Airway and allergy.
	tBreathe  // breathe, breath, breathing, air
	tSOB      // short of breath, gasping for air
	tSwallow  // swallow
	tDiff     // can't, hard, trouble, struggling
	tNotV     // not, isn't, stopped, won't (a function lost)
	tThroat   // throat, airway
	tClose    // closing, tight, constricted
	tSwell    // swelling, swollen, puffy, ballooning
	tBig      // huge, big, fat, thick
	tBigX     // huge beyond doubt: massive, twice the size, ballooning
	tTongue   // tongue
	tLips     // lips, mouth
	tFace     // face, cheeks, eyes
	tEyelid   // eyelid, brow: a droop there follows botulinum toxin
	tWheeze   // wheezing, gasping, choking, stridor
	tVoice    // voice
	tVoiceBad // hoarse, raspy, muffled, weird
	tHives    // hives, welts
	tAnaph    // anaphylaxis, angioedema
	tEpi      // epipen, epinephrine
	tAllergy  // allergic, allergy
	tReaction // reaction
	tItch     // itchy, itching
	tNose     // nose (breathing through it is a cold, not an airway)

	// Infection.
	tFever    // fever, temperature, chills, shivering
	tHot      // hot, warm
	tRed      // red, redness, rash
	tStreak   // streak(s), red line(s)
	tPus      // pus, oozing, abscess
	tSpread   // spreading, growing, all over, getting worse
	tUnwell   // unwell, very sick, awful
	tSepsis   // sepsis, cellulitis, necrosis
	tInfected // infected, infection
	tLesion   // pimple, whitehead, cyst: a spot, not a wound
	tNotRed   // what "red" names but is not redness: light, wine, flag

	// After an injection near the face.
	tColour     // white, grey, blue, mottled, dusky
	tColourWeak // blotchy, patchy, dark
	tChangeV    // turned, went, is, looks
	tInject     // injection, filler, botox, needle
	tTox        // botox, tox: a droop after it is a known side effect
	tTreat      // microneedling, laser, facial, peel, treatment
	tProduct    // serum, cream, product, bottle
	tPain       // pain, hurts, ache
	tSevere     // severe, unbearable, excruciating, worst
	tBruise     // bruise: blue and purple there are expected
	tColourObj  // what a colour word describes that is not skin: bumps, cast, light

	// Vision.
	tVision  // vision, eyesight, sight
	tSee     // see, seeing
	tEye     // eye, eyes
	tVChange // blurry, double, dark, curtain, lost
	tBlind   // blind, blindness
	tSeeObj  // what one "can't see" that is not sight: difference, results

	// Heart and brain.
	tChest    // chest
	tCPain    // pain, pressure, tight, heavy, crushing
	tArmJaw   // arm, jaw, shoulder, neck
	tRadiate  // down, into, radiating, shooting
	tNumb     // numb, tingling, weak, limp
	tOneSide  // one side, half, left side
	tDroop    // droop, drooping, sagging, crooked
	tSlur     // slurred, garbled
	tSpeech   // speech, talking, words
	tOddly    // weird, funny, off, strange, wrong
	tFaint    // fainted, passed out, collapsed, unconscious, seizure
	tDizzy    // dizzy, lightheaded
	tPalp     // palpitations, heart racing
	tHeadache // headache
	tMove     // move, moving
	tWake     // wake, waking, respond
	tSweat    // sweating, clammy
	tBleed    // bleeding, blood
	tBleedX   // won't stop, everywhere, soaked: bleeding that is heavy
	tEmerg    // 911, ambulance, the er

	// Poisoning.
	tIngest     // swallowed, drank, ate, got into
	tIngestPast // the past forms only: swallowed, drank, ate
	tPoison     // poison, poisoned, overdose
	tEdible     // what is meant to be eaten: collagen, water, supplement

	// Self-harm.
	tSuicide  // suicide, suicidal, kms, unalive
	tKillV    // kill, off
	tSelf     // myself, herself, himself
	tEndV     // end, ending, take
	tDie      // die, dead, death
	tDesire   // want, wanna, wish, ready, rather
	tThink    // thinking, thought(s), considering
	tNegD     // don't, never, not (wanting)
	tLiveV    // live, exist, be alive, be here, go on
	tHarmV    // cut, cutting, burn, hurt, harm
	tPills    // pills, meds, tablets
	tStash    // saving, stockpiling, hoarding
	tQuant    // all, whole, bunch, handful
	tHopeless // hopeless, worthless, trapped (weak)
	tBurden   // burden (weak)
	tFarewell // goodbye (weak)
	tAccident // accidentally, shaving

	// Frames, time and tone.
	tNeg       // no, not, never, without, denies
	tIf        // if, what if, in case, suppose
	tInfo      // signs of, risk of, side effect, prevent, has anyone
	tNormal    // normal, common, usual, expected, typical
	tHabit     // prone, always, usually, every time
	tResolved  // years ago, used to, cleared up, fine now
	tRecent    // now, still, again, today, just, rn
	tPresent   // is, are, am, feels, keeps, can't
	tActual    // is, are, feels, went, started: a described state
	tMoney     // price, cost, bill, $
	tLaugh     // lol, lmao, haha, 😂
	tMild      // a bit, slightly, mild, a little
	tFigObj    // pill, truth, news, that: what is "hard to swallow" in a figure of speech
	tFill      // words a pattern may skip: to, just, really, i, be
	tNum       // a number
	tHelp      // help, please, omg, asap
	tFast      // fast, suddenly, all of a sudden
	tNumbing   // numbing cream, lidocaine: numbness expected
	tMoveLoss  // not moving, can't move, won't lift
	tSOBWeak   // out of breath, breathless
	tPlanSH    // a plan, a date, a note (weak)
	tFarewellX // a farewell beyond doubt: "by the time you read this", "when I'm gone"
	tHedge     // not sure, no idea: not a negation
	tGiveAway  // giving away belongings or a pet (weak)
	tMeans     // a rope, a gun, a bridge
	tConfused  // confused, disoriented
	tFinal     // a last time: "my last appointment", "made my peace" (weak)
	tHype      // excitement: obsessed, gorgeous, so good (a figure of speech nearby)
	tHearsay   // a story read or heard: "I read", "a video", "apparently"
	tKeep      // a phrase read as one token that keeps its words' tags
	tFigThat   // "that's" before a figure of speech ("that's hard to swallow")
	tAllergen  // peanuts, shellfish, a bee: what a known allergy is to
	tFallObj   // what falls, collapses or dies and is no person: a jaw (hitting the floor), a shelf, a barrier, a plant, a phone
	tBlurCause // what blurs sight and is no emergency: crying, tiredness, screens, contacts
	tWakeNot   // what follows "not wake up" in a plain report: "…until noon", "…before my alarm", "…feeling rested"
	tInert     // a phrase read as one token that says nothing to the screen: "hay fever" (an allergy, no fever), "in my last message" (a reference back, no farewell)

	numTags
)

// triageWords lists, per tag, the words that say it.
var triageWords = []struct {
	tag   tag
	words string
}{
	{tI, "i i'm im iam ive i've id i'd i'll ima imma me my mine myself mines"},
	{tThird, "youngest eldest mums moms dads sisters brothers wifes husbands friends patients clients dauter daugther doughter daughters sons she he her him his she's shes he's hes herself himself themselves themself patient patients pt pts client clients customer customers guest guests passenger passengers traveller travellers traveler travelers friend friends bf gf boyfriend girlfriend husband hubby wife partner fiance fiancee mom mum mother mama mommy dad father papa son daughter kid kids child children toddler baby infant sister brother sis niece nephew grandma grandpa granny nan coworker colleague roommate someone somebody lady woman man guy girl boy teen teenager student"},
	{tChild, "bub bubs bubba bubbas laaitie laaities lightie lighties bairn bairns kiddo kiddos 1yo 2yo 3yo 4yo 5yo 6yo 7yo 8yo dauter daugther doughter daughters sons boy girl twins child children kid kids toddler toddlers baby babys babies infant son daughter~ niece nephew grandson granddaughter grandkid grandkids grandchild grandchildren grandbaby youngest eldest dog puppy cat kitten pet dementia alzheimers"},
	// Tagalog: "anak ko" (my child).
	{tChild, "anak"},
	// Hawaiian Pidgin: "my keiki" (my child, my children).
	{tChild, "keiki"},
	// A child named by school: "a pupil in my class", "one of my
	// preschoolers".
	{tChild, "pupil pupils schoolboy schoolgirl schoolkid schoolkids preschooler preschoolers kindergartner kindergartners"},
	{tPoss, "my her his their own"},
	{tGSubj, "it they this that exosomes exosome filler fillers product products serum serums treatment treatments microneedling laser lasers you u someone people one anyone something these those injections botox peel peels facial facials procedures procedure"},
	{tStaff, "pt patient client c/o endorses endorsing endorsed reports reported reporting reportedly voiced voicing expressed expressing disclosed mentioned admits admitted passive active ideation"},
	{tModal, "can could does do did will would might may should"},
	{tCauseV, "cause causes causing trigger triggers lead leads give gives result results make makes induce"},

	{tBreathe, "breathes breathe~ breath~ breathing~ breathin breth brethe brething breating breahting breathng breathign breaths breathed brea breed air"},
	{tSwallow, "swallows swallow~ swallowing~ swalow swallo swollow swolow swalowing swollowing"},
	{tDiff, "can't cant cannot cnt couldn't couldnt cudnt cant't unable hard harder difficult difficulty difficulties trouble troubles struggling struggle struggled strugling barely hardly labored laboured labouring laboring impossible"},
	{tNotV, "not isn't isnt stopped stop stops wasn't wasnt aren't arent won't wont ain't"},
	{tThroat, "throat~ throats thraot throut throt thoat troat throte throaght airway airways windpipe trachea"},
	{tClose, "smaller narrower shrinking closing~ close closes closed closin clsoing closng tight tighter tightening tightens tightness~ constricting constricted constriction narrowing narrow squeezing squeezed shutting shut thick thickening"},
	{tSwell, "swelling~ swollen~ swell swells swelled sweling swelin swellin swolen swolled swollon swoll swolling swelled swelling's puffy puffing puffed puff puffs ballooning balloon ballooned balloons inflating inflated bloated hinchada hinchado hinchazon"},
	{tBig, "huge massive enormous giant gigantic ginormous big bigger fat thick double doubling twice tripling"},
	{tBigX, "huge massive enormous giant gigantic ginormous twice ballooning ballooned balloon"},
	{tTongue, "tongue~ tounge tung tong tonge tongues toungue"},
	{tLips, "lip lips lipz lipps mouth"},
	{tFace, "face~ faces eyes eye eyelid~ eyelids cheek cheeks forehead chin jaw nose ears neck"},
	{tEyelid, "eyelid eyelids lid lids brow brows eyebrow eyebrows"},
	{tWheeze, "wheeze wheezing~ wheezy wheezed weezing wheesing wheezin stridor gasping gasp gasped choking~ choke choked suffocating suffocate"},
	{tVoice, "voice~ voices"},
	{tVoiceBad, "hoarse horse raspy croaky muffled"},
	{tHives, "hives~ hive welts wheals urticaria"},
	{tAnaph, "anaphylaxis~ anaphylactic~ anaphalaxis anafalaxis anaphylaxic anaphylatic anaphylactoid anaphylaxsis anaphalactic anaphylatic angioedema angioedma angio-edema"},
	{tEpi, "epipen epipens epi-pen epinephrine adrenaline auvi-q"},
	{tAllergy, "allergic~ allergy allergies alergic alergy allergick"},
	{tReaction, "reacting reaction~ reactions"},
	{tItch, "itchy itching itch itches prickling prickly"},
	{tAllergen, "peanut peanuts nut nuts shellfish prawn prawns shrimp penicillin latex wasp bee allergen allergens"},
	{tNose, "nose nostril nostrils sinus sinuses congested stuffy"},

	{tFever, "shakes shaking temperatures fever~ fevers feverish~ fevered fevah feaver fevr fver temperature~ temp temps chills shivering~ shivers shivery rigors febrile sweats fiebre calentura"},
	{tHot, "hot warm burning boiling"},
	{tRed, "red redness~ reddish reddened redder rash~ rashes erythema angrier roja rojo enrojecida enrojecido"},
	{tStreak, "streak streaks streaking streaky stripe stripes"},
	{tPus, "purulent suppurating pus puss leaking leakin oozing~ ooze oozes oozed discharge draining abscess~ abcess abscesses"},
	{tSpread, "moved doubled tripled spreading~ spread spreads spredding spreding growing grows bigger larger expanding expands creeping crept creeps racing everywhere~ worse worsening travelling traveling wider"},
	{tUnwell, "vomited vomiting~ unwell awful terrible horrible nauseous nausea vomiting puking delirious confused confusion lethargic achy feverish"},
	{tSepsis, "sepsis~ septic cellulitis~ necrotizing necrotising necrosis~ necrotic gangrene"},
	{tInfected, "infecting infections infected~ infection~ infekted infeccion infecton"},
	{tLesion, "pimple pimples whitehead whiteheads zit zits cyst cysts acne breakout breakouts blemish blemishes mole moles tattoo scar scars sunburn eczema psoriasis ingrown"},
	{tNotRed, "light lights wine flag flags carpet velvet lipstick dress"},

	{tColour, "net-like web-like white whiteish whitish pale paler blanched blanching blanch grey gray greyish grayish blue bluish blueish bluey purple~ purplish purpley dusky mottled~ mottling lacy marbled marbly ashen black blackish chalky chalk ashy ash spiderweb cobweb fishnet"},
	{tColourWeak, "blotchy patchy dark darker"},
	{tChangeV, "turned turning turn turns went gone going goes became becoming look looks looking looked is are getting got"},
	{tInject, "injection~ injections injected inject injecting injector injectable injectables filler~ fillers fillar botox tox dysport xeomin sculptra radiesse juvederm restylane needle needles shot shots jab jabs syringe cannula mesotherapy microinjection microinjections micro-injections prp polynucleotide polynucleotides"},
	{tTox, "botox tox dysport xeomin neurotoxin"},
	{tTreat, "microneedling~ microneedled needled needling dermaroller dermapen laser lasered co2 facial facials peel peels treatment~ treatments procedure procedures appointment appt session tx ipl hydrafacial"},
	{tProduct, "dropper pipette fluid liquid cleaner cleaning chemical chemicals ampoules ampules ampul vials cartridge kit stuff serum~ serums cream~ creem creams product products lotion~ toner~ mask ampoule ampule vial vials bottle~ bottles jar tube retinol~ retinoid tretinoin acid acids solution exosome~ exosomes moisturizer~ moisturiser~ sunscreen spf oil gel ointment lidocaine numbing cleanser remover skincare makeup perfume polish bleach capsule capsules pod pods detergent primer acetone monomer"},
	// Beauty products a child gets at that are no cream or liquid: nail
	// and lash glue, a sachet, a skin lightener named by its agent.
	{tProduct, "glue sachet sachets hydroquinone"},
	// "nail remova": a remover as it is sounded out.
	{tProduct, "remova"},
	{tPain, "pain~ pains painful hurts hurting hurt ache aches aching agony throbbing throbs"},
	// Spanish: "me duele", "le duele".
	{tPain, "duele"},
	{tSevere, "severe severely extreme extremely unbearable excruciating agonizing agonising intense worst crushing horrific insane crazy unreal 8/10 9/10 10/10"},
	{tBruise, "bruise bruises bruising bruised"},
	{tColourObj, "bump bumps head heads whitehead whiteheads dot dots cast residue flakes film stuff lump lumps bead beads pimple pimples light lights circles hair tint bottle packaging women woman men man guys guy folks people person patient patients girls girl boys boy ladies lady clients client models"},

	{tVision, "visions vision~ eyesight sight visión vison vission"},
	{tSee, "see seeing"},
	{tEye, "eye eyes eyeball"},
	{tVChange, "blurriness blurrines diplopia blurry blurred blurring blurr blury bluryy double~ doubled dark darkness black blackness curtain shadow dim dimming foggy fuzzy hazy cloudy lose lost loss losing gone blank smeary smudgy smudged smeared"},
	{tBlind, "blind blindness blinded"},
	{tSeeObj, "difference differences results result change changes improvement point why how any anything much"},

	{tChest, "chests chest~ chesst sternum breastbone"},
	{tCPain, "pain pane pains painful hurts hurting ache aching achy pressure~ tight tightness tightening heavy heaviness crushing squeezing squeezed stabbing sharp"},
	{tArmJaw, "arm arms jaw shoulder shoulders neck"},
	{tRadiate, "down into radiating radiates radiate shooting going travelling traveling spreading up"},
	{tNumb, "numb numbness tingling tingly tingle weak weakness limp paralyzed paralysed paralysis"},
	{tOneSide, "half"},
	{tDroop, "dropping floppy ptosis droop drooping droopy drooped droops sagging sag saggy lopsided crooked slanted slack wonky"},
	{tSlur, "dysarthria dysarthric aphasia aphasic slurred~ slurring slur slurry garbled jumbled gibberish"},
	{tSpeech, "speech talking talk speaking speak words word"},
	{tOddly, "weird weirdly funny off strange strangely wrong odd different"},
	{tFaint, "unrousable unrouseable fainted~ fainting feinted syncope syncopal vasovagal collapsed~ collapse collapses collapsing unconscious~ unconcious unresponsive~ seizure~ seizures seizing convulsing convulsions convulsion keeled"},
	{tDizzy, "dizzy dizziness dizy lightheaded woozy vertigo"},
	{tPalp, "tachycardic tachycardia palpitating palpitations palpitation"},
	{tHeadache, "headache migraine"},
	{tMove, "move moving moves"},
	{tWake, "wake waking respond responding responsive answering"},
	{tSweat, "diaphoretic sweating sweaty clammy"},
	{tBleed, "bleedings bleeding~ bleed bleeds blood bled"},
	{tBleedX, "everywhere heavily soaked soaking spurting gushing pouring"},
	{tEmerg, "911 999 112 000 ambulance paramedics a&e"},

	{tIngest, "chugged chugging chug swigged slurped swollowd swallowd swolowed swalowed swalod swallod swalowd swallowed~ swalloed swollowed swallow swallowing drank drinked drink drinking drunk ate eaten eating eat ingested ingest ingesting ingestion licked licking sucked sucking chewed chewing gulped downed consumed"},
	{tIngestPast, "chugged swigged slurped swollowd swallowd swolowed swalowed swalod swallod swalowd swallowed swalloed swollowed drank drinked drunk ate eaten ingested gulped downed consumed"},
	// Tagalog: "nainom niya" (he or she drank), "nakain" (ate), "nalunok"
	// (swallowed).
	{tIngest, "nainom nakain nalunok"},
	{tIngestPast, "nainom nakain nalunok"},
	{tPoison, "poisoned poisoning overdose overdosed overdosing oded oding"},
	{tEdible, "orange apple banana bananas grapes strawberry strawberries fruit bread toast sandwich cracker crackers biscuit biscuits yogurt yoghurt cheese pasta rice muffin pancake chips crisps chocolate candy sweets cereal cookie cookies pizza soda lemonade cake icecream wine beer alcohol vodka tequila drinks cocktail cocktails booze collagen water tea coffee smoothie supplement supplements vitamin vitamins juice food breakfast lunch dinner gummies shake avocado avocados mango banana puree porridge oatmeal oats egg eggs peas carrots broccoli chicken noodles soup hummus berries blueberries raspberries pear peach melon watermelon nuggets fries popcorn raisins applesauce"},

	{tSuicide, "suicides suicidio suicidarme morirme matarme suicide~ suicidal~ suicidel suicidle sucidal suicidial suiside sucide suicde suicdal suicidality sewerslide unalive unaliving unalived kms selfharm self-harm self-harming"},
	{tKillV, "kill killing killed kil kll off"},
	{tSelf, "myself herself himself themselves themself"},
	{tEndV, "end ending ended take taking took"},
	{tDie, "die dying dead death"},
	{tDesire, "wanting wishes hopes want~ wanna wana wants wanted wish wishing wished hope hoping ready rather tempted urge urges planning plan plans planned going gonna gunna considering decided craving"},
	{tThink, "thinking think thought thoughts considering contemplating fantasizing fantasising"},
	{tNegD, "nah no don't dont not never doesn't doesnt didn't didnt"},
	{tLiveV, "live living liv exist existing"},
	{tHarmV, "scratching scratched carving carved slicing sliced cut cutting cuts cutted burn burning burned burnt hurt hurting harm harming hit hitting punch punching stab stabbing slit starve starving"},
	{tPills, "pills pill meds medication medications tablets tabs painkillers painkiller opioids oxys codeine tramadol tylenol paracetamol ibuprofen acetaminophen benadryl"},
	{tStash, "saving saved stash stashing stashed hoarding hoarded collecting collected stockpiling stockpile stockpiled storing"},
	{tQuant, "load loads all whole bunch handful lot lots entire every many full"},
	{tHopeless, "hopeless worthless trapped pointless"},
	{tBurden, "burden"},
	{tFarewell, "goodbye goodbyes farewell"},
	{tAccident, "accidentally accidently accident shaving mistake dermaroller roller dermapen tweezers extractor gym workout lifting running fell tripped kitchen cooking"},

	{tNeg, "no not never without nor none zero nobody noone denies deny denied denying don't dont doesn't doesnt didn't didnt isn't isnt aren't arent wasn't wasnt weren't werent haven't havent hasn't hasnt hadn't hadnt won't wont nothing"},
	{tIf, "if whether incase suppose supposing hypothetically theoretically"},
	{tInfo, "risk risks chance chances likelihood odds danger dangers complication complications prevent preventing prevention avoid avoiding anyone anybody cases statistics rates linked associated"},
	{tNormal, "normal common usual expected typical"},
	{tHabit, "prone tend tends always usually often"},
	{tResolved, "previously childhood formerly"},
	{tRecent, "now rn still again today tonight currently yesterday just minutes mins minute hours hrs hour started starting keeps keep worse relapsed relapse relapsing recently lately since atm"},
	{tPresent, "is are am im i'm feels feel feeling keeps keep getting can't cant cannot won't wont its it's theyre they're shes she's hes he's thats that's currently now rn still starting"},
	{tActual, "is are am im i'm was were feels feel felt feeling looks looked went turned started starting keeps keep getting got became becoming been now rn currently still just its it's shes she's hes he's theyre they're"},
	{tMoney, "$ £ € price prices pricing priced cost costs costing bill bills dollars dollar bucks quid euros pounds expensive pricey pay paying paid afford spend spent spending charge charges charged charging quote quoted invoice receipt wallet bank money cash checkout cart sale"},
	{tLaugh, "lol lmao lmfao rofl haha hahaha hahahaha hehe jk kidding joking lolol lool xd"},
	{tMild, "bit slightly slight little mild mildly tiny minor somewhat fading faded subsiding settling"},
	{tFigObj, "pill truth news fact idea concept claim claims pitch marketing story hype price prices bill cost pride bait lies lie spiel"},
	{tFigObj, "tablets tablet capsules capsule"},
	{tFigThat, "that that's thats"},
	{tFill, "would could will to just i really be like kinda sometimes honestly literally totally completely simply so actually even seriously genuinely lowkey probably maybe kind sort much very pretty super all the a my her his it its it's is are am im i'm was were been he she hes shes he's she's they theyre they're think properly normally right anymore still now rn also too truly deeply"},
	{tHelp, "help please pls plz omg asap urgent hurry scared terrified panicking"},
	{tHype, "vibes obsessed gorgeous stunning amazing iconic slay slaying slays incredible flawless hilarious glowing glow wow beautiful perfect lifesaver obsessing"},
	{tHearsay, "apparently reportedly allegedly supposedly tiktok reddit youtube instagram"},
	{tNone, "everything~ everyone~ written~ affairs~ blacking~"},
	{tMeans, "rope noose gun guns firearm pistol pistols handgun revolver shotgun rifle razor razors blade blades knife bridge ledge lighter weedkiller"},
	{tMeans, "knives"},
	{tConfused, "muddled befuddled confused~ confusion disoriented disorientated incoherent delirious"},
	{tBlurCause, "crying cried tears teary tired exhausted sleepy reading screen screens contacts"},
	{tWakeNot, "early at before in for with until till til so on to from looking feeling and because bc cuz the this that"},
	{tFallObj, "skin complexion jaw jaws shelf shelves shelving cabinet cupboard drawer barrier barriers collagen tower pile stack market prices economy plans routine budget wallet bank ceiling tent cake plant plants houseplant houseplants succulent succulents cactus orchid basil phone screen screens monitor telly tv display battery laptop account accounts balance savings overdraft pension paycheck paycheque salary purse"},
	{tFast, "fast quickly quick rapidly rapid suddenly~ sudden instantly immediately"},
	{tNumbing, "numbing lidocaine anesthetic anaesthetic anesthesia anaesthesia dentist novocaine emla"},
}

// recentPastPhrases date a past that is recent only: over for a swelling,
// not for self-harm (recentPast, frameSentence).
// injectedAreaPhrases are a face's injectable areas "done" (tInject, tKeep).
const injectedAreaPhrases = "temples done, temple done, cheeks done, chin done, jawline done, forehead done, undereyes done, under eyes done, nasolabials done, marionettes done"

const recentPastPhrases = "a while ago, weeks ago, week ago, last week, last month, in january, in february, in march, in april, in may, in june, in july, in august, in september, in october, in november, in december, last christmas, last easter, last halloween, last new year, last birthday"

// mouthingPhrases are a child's habit of mouthing things (habits, read
// apart: see mouthingHabit).
const mouthingPhrases = "puts everything, puts anything, puts things, puts stuff, licks everything, sticks everything"

// triagePhrases are read as one token each, with these tags.
var triagePhrases = []struct {
	tag     tag
	phrases string // separated by commas
}{
	{tI, "i am, my self"},
	{tInert, "hay fever, hayfever, in my last message, in my previous message, re my last message, see my last message"},
	// A time of day that recurs ("every morning") is one token that keeps
	// its words: a routine, which pillsRoutineNot reads.
	{tKeep, "every morning, each morning, every evening, each evening, each night, each day"},
	{tSelf, "my self, her self, him self, them self, my own self"},
	{tThird, "my patient, our patient, a patient, the patient, my client, a client, the client, my friend, front desk, a lady, a guy"},
	{tGSubj, "has anyone, does anyone, do people, can people"},
	{tSOBWeak, "out of breath, breathless, winded"},
	{tSOB, "short of breath, shortness of breath, gasping for air, gasping for breath, fighting for air, fighting for breath, struggling for air, cant get air, can't get air, cant get enough air, can't get enough air, no can breathe, no can breath, no can catch my breath, air hunger, breathing through a straw, breathe through a straw, breathing thru a straw, sucking air through a straw, no puedo respirar, je ne peux pas respirer, nao consigo respirar, não consigo respirar"},
	{tDiff, "no can, no could, not can, not could, not possible to, not able, no longer able, hard time, tough time, having trouble, having a hard time, having difficulty"},
	{tNotV, "no longer, not really, stopped breathing"},
	{tThroat, "back of my throat, back of the throat"},
	{tClose, "getting narrower, closing up, close up, closed up, shutting down, feels small, feels tiny, feels blocked"},
	{tSwell, "tight as a drum, tight like a drum, blowing up, blown up, blew up, puffed up, puffing up, swelling up, swelled up, swollen up, puffy up, like a balloon, ballooning up, size of a golf ball, the size of a golf ball, size of an egg, size of a walnut, size of a grape"},
	{tBigX, "doubled in size, tripled in size, like sausages, like a sausage, sausage lips, blowing up, blown up, blew up, twice the size, double the size, twice its size, double its size, twice their size, 2x the size, three times the size, like a balloon, huge, too big for my mouth"},
	{tHives, "blotchy and itchy, itchy and blotchy, itchy blotches, blotchy itchy, raised bumps, itchy bumps, itchy raised bumps, itchy welts, raised welts, itchy rash, raised rash, raised patches, raised itchy patches, itchy raised patches, itchy patches, raised itchy, itchy lumps, bumpy and itchy, itchy and bumpy"},
	{tAnaph, "anaphylactic shock, anaphylactic reaction, allergic shock"},
	{tEpi, "epi pen, epi-pen, auto injector, auto-injector"},
	{tFever, "sweated through the sheets, sweated through my sheets, soaked the sheets, soaked through the sheets, night sweats, have the flu, got the flu, the worst flu, worst flu, like the flu, like i have the flu, flu symptoms, burning up, flu like, flu-like, high temp, running a temp, running a fever, teeth chattering, teeth are chattering, teeth were chattering, teeth keep chattering, freezing cold, cant get warm, can't get warm, freezing even with, sweating through the sheets, sweating through my sheets, sweating through the bed, sweating buckets in bed"},
	// "my cheek feels like it has its own heartbeat": throbbing by likeness.
	{tPain, "its own heartbeat, own heartbeat, a heartbeat of its own, its own pulse, own pulse, a pulse of its own"},
	{tFever, "roasting one minute freezing the next, boiling one minute freezing the next, roasting and then freezing, boiling and then freezing, hot then freezing"}, // "roasting then freezing" and the like: the weak fever pattern, which knows the menopause and a workout
	{tStreak, "red line, red lines, red streak, red streaks, red track, red tracks, red trail"},
	{tSpread, "spreading to, spreading into, spreading down, spreading up, creeping down, creeping into, creeping onto, all the way into, all the way up, all the way down, all the way to, all the way across, every hour, each hour, every minute, more and more, bigger and bigger, doubled in size, grown, gotten bigger, all over, getting worse, getting bigger, moving up, going up, creeping up, travelling up, traveling up, spreading out, growing fast, by the minute, by the hour, past the line, beyond the line, outside the line, past the pen, past the pen line, past the mark, past the marks, past the outline, past where i drew, outside where i drew, beyond where i drew"},
	{tPus, "stuff coming out, gunk coming out, stuff leaking out, stuff oozing out, yellow gunk, yellow stuff, green stuff, green gunk, white pus, smells bad, smells rotten, smells like rotten, foul smell, a smell coming from, smell coming from, smell coming off, smells off, smells funny, bad smell, weird smell, strange smell"},
	// "I feel like I've been hit by a lorry": the whole body beaten, as a flu
	// beats it.
	{tUnwell, "ive been hit by a lorry, ive been hit by a truck, ive been hit by a bus, ive been hit by a train, ive been hit by a steamroller, i got hit by a lorry, i got hit by a truck, i got hit by a bus, i got hit by a train, i got hit by a steamroller, i was hit by a lorry, i was hit by a truck, i was hit by a bus, i was hit by a train, i was hit by a steamroller, id been hit by a lorry, id been hit by a truck, id been hit by a bus, id been hit by a train, id been hit by a steamroller, i had been hit by a lorry, i had been hit by a truck, i had been hit by a bus, i had been hit by a train, i had been hit by a steamroller, i have been hit by a lorry, i have been hit by a truck, i have been hit by a bus, i have been hit by a train, i have been hit by a steamroller, ive got hit by a lorry, ive got hit by a truck, ive got hit by a bus, ive got hit by a train, ive got hit by a steamroller"},
	{tUnwell, "like death warmed up, like death warmed over, feel rough, feeling rough, felt rough, feel a bit rough, feeling a bit rough, feel really rough, feeling really rough, cant keep food down, cant keep anything down, cant keep any food down, cant keep water down, cant hold food down, thrown up, chucked up, chucking up, been throwing up, threw up, throw up, throwing up, keep throwing up, been sick, being sick, like death, like crap, like shit, really sick, very sick, super sick, feel sick, feeling sick, felt sick, feel ill, feeling ill, really ill, very ill, out of it, throwing up, wiped out, feel so rough, feel rough, feeling rough, feel really rough, feeling so rough"},
	{tUnwell, "hit by a bus, hit by a truck, hit by a train, run over by a bus, run over by a truck"}, // "aching like I've been hit by a bus": the body ache of a fever
	{tUnwell, "nodding off, keeps nodding off, keep nodding off, keeps dozing off, keep dozing off, not myself, not herself, not himself, not themselves, not making sense"},
	{tSepsis, "flesh eating, toxic shock"},
	{tColour, "map of purple, map of veins, marbled, marbling, net like, web like, lace like, lace-like, net pattern, web pattern, turning white, went white, gone white, turned white, washed out, drained of colour, drained of color"},
	{tColourWeak, "going dark, gone dark, went dark, turned dark, turning dark, turned black, turning black"},
	{tInject, "lips done, lip done, lips doing, lip flip, tear trough, tear troughs, skin booster, skin boosters, liquid nose job, non surgical nose job, nonsurgical nose job, liquid rhinoplasty, non surgical rhinoplasty, nonsurgical rhinoplasty, where they put the stuff, where they put it, where it went in, where the needle went in, where the needle went, where it was injected"},
	// "since I got my temples done": a face's injectable area "done" is an
	// injection, as "lips done" is; the area keeps its own tags (tKeep).
	{tInject, injectedAreaPhrases},
	{tKeep, injectedAreaPhrases},
	{tSevere, "so much, really bad, very bad, so bad, out of 10, the worst, like crazy, like hell, hurts like, 10 out of 10, 10/10, off the charts, burning like, stinging like"},
	{tVision, "eye sight, my sight, what i see, what i can see"},
	{tVChange, "visual disturbance, visual disturbances, vision disturbance, visual loss, visual changes, seeing two of everything, seeing 2 of everything, see two of everything, two of everything, went black, gone black, went dark, gone dark, going dark, went blurry, gone blurry, going blurry, turned black, greyed out, grayed out, grey out, gray out, tunnel vision, lost vision, vision loss, double vision, loss of vision, seeing double, black spots, dark spot in my vision"},
	{tChest, "chest pain, middle of me, middle of my chest, centre of my chest, center of my chest"},
	{tCPain, "chest pain, elephant on, weight on, pressure on, pressure in, tightness in"},
	{tRadiate, "going to, spreading to, spreading into, going into"},
	{tOneSide, "left hand, right hand, left leg, right leg, on the left, on the right, one side, left side, right side, other side, half my face, half of my face, side of my face, side of her face, side of his face, side of the face, one half"},
	{tDroop, "fallen down, dropped down, slid down, slipped down, sliding down, slipping down"},
	{tSlur, "talking funny, talking weird, talking strange, talking slurry, cant find the right words, cant find my words, cant get the words out, coming out mushed, coming out muddled, coming out all wrong, mixed up, not making sense, making no sense, coming out wrong, come out wrong, coming out weird, coming out funny, coming out mushy, come out mushy, coming out slurred, coming out jumbled, coming out garbled, coming out slow"},
	{tFaint, "not rousable, gcs dropping, gcs low, bp crashing, passed out, past out, pass out, passing out, passes out, blacked out, blacks out, black out, blacking out, out cold, hit the floor, keeled over, dropped to the floor, lost consciousness, loss of consciousness, went limp, not responding, not responsive, isnt responding, wasnt responding, stopped responding, isnt waking up, not waking up, wont respond, not answering me, shaking uncontrollably, fitting, having a fit, having fits, wont wake, won't wake, cant wake, can't wake, can't wake her, cant wake her, cant wake him, can't wake him"},
	{tArmJaw, "left arm, right arm"},
	{tSweat, "cold sweat"},
	{tDizzy, "light headed, light-headed, room spinning, room is spinning, rooms spinning, room spins, the room spins, room spun, the room spun, room was spinning, room started spinning, room started to spin, everything is spinning, everything spinning, world is spinning"},
	{tPalp, "heart racing, heart is racing, heart pounding, heart is pounding, racing heart, pounding heart"},
	{tHeadache, "head is pounding, head pounding, head pain, pain in my head, pain in the back of my head"},
	{tBleedX, "wont stop, won't stop, will not stop, cant stop, can't stop, a lot, so much blood, soaked through, through the gauze"},
	{tEmerg, "the er, to er, the a&e, emergency room, call 911, called 911, calling 911, call 999, called 999, call 112, called 112, call an ambulance, called an ambulance, calling an ambulance, call ambulance, urgent care"},
	{tIngest, "had a taste, took a taste, had a lick, got into, put in her mouth, put in his mouth, in her mouth, in his mouth, in their mouth, into her mouth, into his mouth, into their mouth, took a sip, had a sip, took a swig, had some, drank some, ate some, swallowed some"},
	{tIngestPast, "took a sip, had a sip, took a swig, drank some, ate some, swallowed some"},
	// "had a drink of the sheep dip": a drink had of a chemical, one token
	// the detectors name (it keeps its words' tags).
	{tKeep, "had a drink, took a drink"},
	// "could it bring on chest pain?", "could it set off anaphylaxis?": a
	// question of what a thing causes.
	{tCauseV, "bring on, brings on, bringing on, bring about, brings about, set off"},
	{tPoison, "poison control, poison centre, poison center, poison help, poison line, poisons line, poison helpline, poison hotline"},
	{tChild, "the wean, ma wean, my wean, wee wean, our wean, the weans, ma weans, my weans, our weans, wee one, wee man, wee lass, wee boy, wee girl, wee lad, young lad, young lads, young lass, young one, young ones, little lad, little lass, little man, little boy, little girl, lil one, lil boy, lil girl, year old, years old, yr old, yrs old, y/o, month old, months old, little one, little ones, little un, little uns, lil un, wee un, lil ones, wee ones, my little, little brother, little sister, lil brother, lil sister, lil bro, lil sis, baby brother, baby sister, kid brother, kid sister"},
	{tSuicide, "self harm, self harming, self harmed, self-harmed, self injury, self injuring, self-injury, self mutilation, kill myself, killing myself, kill my self, end my life, ending my life, take my life, take my own life, taking my life, end it all, ending it all, suicidal thoughts, suicidal ideation, si/hi, sewer slide, un alive, off myself, danger to myself, a danger to myself, danger to herself, danger to himself, not safe with myself, dont feel safe with myself, dont trust myself, cant trust myself, not safe around myself, not safe by myself tonight, quiero morir, quiero morirme, quiero matarme, me quiero matar, no quiero vivir, je veux mourir, je veux me suicider, je ne veux plus vivre, ich will sterben, ich will mich umbringen, quero morrer, quero me matar, voglio morire"},
	{tLiveV, "take it no more, take this no more, do this no more, do it no more, be alive, be here, be around, be on this earth, go on, keep going, keep living, wake up, do this anymore, live anymore, take it anymore, take this anymore, do it anymore, handle it anymore, handle this anymore, deal with it anymore, deal with this anymore, live like this, go on living, be alive anymore, be here anymore"},
	{tPills, "sleeping pills, sleeping tablets, my meds, my medication, my prescription, anti depressants, antidepressants, medicine cabinet, medicine cupboard, medicine drawer, medicine box"},
	{tQuant, "a packet of, packet of, a pack of, a box of, a bottle of, the bottle of, half a bottle, a strip of, load of, loads of, a load, a load of, too many, way too many, whole bottle, entire bottle, a bunch, a handful, a lot"},
	{tHopeless, "nothing left for me, ruined my life, ruined her life, ruined his life, ruined their life, ruining my life, ruins my life, hate my life, hate myself, no one cares, nobody cares, end of my rope, cant cope, can't cope, everyone hates me, all alone, dark thoughts, intrusive thoughts, cant live like this, can't live like this"},
	{tBurden, "a burden, such a burden, burden to, burden on, so much trouble, such trouble, a nuisance, in everyones way"},
	{tFinal, "sorry for everything, im sorry for everything, made my peace, made peace with it, wont be posting, wont be posting anymore, wont be posting any more, last appointment, my last appointment, wont need another, wont need it anymore, wont need them anymore, wont need any more, wont be on here, thanks for everything, might not be around, wont be around next week, not be around next week, wont need them, wont need it, wont be needing them, wont be needing it, wont need any of it, wont be needing any of it, wont be needing any of them, last thing ill ask, last thing i will ask, tomorrow wont matter, nothing will matter, its been nice, it's been nice, been nice knowing you, nice knowing you"},
	{tFarewell, "if you dont hear from me, if you don't hear from me, if u dont hear from me, go for good, texted me goodbye, messaged me goodbye, texted goodbye, said goodbye to me, wrote a note, written a note, left a note, wrote goodbye letters, saying goodbye, say goodbye, said goodbye, take care of my, wrote a letter, wont be here tomorrow, wont be around tomorrow, say bye properly, say goodbye properly, wanted to say bye, wanted to say goodbye, love you all, love you guys, love you all so much"},
	{tAccident, "by accident, by mistake, on the roller, while shaving"},
	{tNeg, "no signs of, no sign of, not any, no longer, free of, denies any, not that i, not that im, not that id, not that ill"},
	{tIf, "what if, in case, just in case, if ever, even if, supposing that"},
	{tInfo, "how rare, how often, emergency protocol, protocol for, our protocol, training on, policy for, how to manage, how to treat, how do we, what should we do if, what do we do if, what does it mean when, what does it mean if, what does it mean, what causes, what would cause, why does, why do, what symptoms, which symptoms, what signs, which signs, when should i, when to go, when do i need, at what point, side effect, side effects, signs of, sign of, symptoms of, warning signs, red flags, red flag, risk of, chance of, chances of, what happens, what would happen, how do i know, how would i know, how can i tell, how do you know, how to tell, how do you tell, how would you tell, how can you tell, how do i tell, how would i tell, how does one tell, how would one tell, how can one tell, how do we tell, how would we tell, how can we tell, how to know, how to recognize, how to spot, cases of, reports of, is it possible, possible to, what to do if, what should i do if, how common, how likely, known to, known reaction, known reactions, common reaction, common reactions, typical reaction, usual reaction, a known reaction, a common reaction"},
	// "what temperature counts as a fever?": a threshold asked, no fever
	// had.
	{tInfo, "possible in theory, in theory possible, counts as a fever, count as a fever, counted as a fever, classed as a fever, considered a fever, qualifies as a fever, counts as a temperature, what temperature, what temp, which temperature, how high a temperature, how high a temp"},
	// "is there such a thing as too much serum? like an overdose?": a
	// question whether a thing exists at all, of no case at hand.
	{tInfo, "is there such a thing as, is there any such thing as, are there such things as, is there even such a thing as"},
	{tNormal, "is it normal, is this normal, is that normal, normal to, normal for"},
	{tHabit, "every time, each time, prone to, tend to, history of, hx of, " + mouthingPhrases},
	{tResolved, "long gone, all long gone, in a good place now, in a better place now, seems happier now, seems way happier now, seems much happier now, seems a lot happier now, seems so much happier now, shes happier now, hes happier now, im happier now, shes much happier now, hes much happier now, im much happier now, shes way happier now, hes way happier now, im way happier now, in a much better place now, in a really good place now, in a great place now, in a good place, in a better place, in a much better place, in my 20s, in my 30s, in my 40s, in my thirties, in my forties, in my late teens, in my early twenties, it settled, and it settled, it settled down, settled on its own, as a toddler, as a baby, when he was little, when she was little, when they were little, when he was a baby, when she was a baby, said it was fine, years ago, year ago, yrs ago, yr ago, ages ago, donkeys years ago, months ago, month ago, decade ago, long time ago, last year, last summer, last winter, last spring, last fall, last autumn, used to, in the past, back in, back then, when i was, when she was, when he was, as a kid, as a child, as a teen, as a teenager, in high school, in middle school, in college, in my teens, in my twenties, a while back, once before, cleared up, went away, gone away, all gone, resolved, healed up, healed now, shes healed, hes healed, theyre healed, healed fine, healed nicely, healed well, totally healed now, fully healed now, completely healed now, all healed now, its completely healed, its fully healed, its totally healed, dissolved fully healed, recovered, fine now, grand now, all grand now, all healed, better now, ok now, okay now, good now, gone now, all good, all sorted, all sorted now, doing better, much better, in recovery, years clean, clean for, clean since, old scars, old cuts, scars from, totally fine, totally fine now, completely fine now, perfectly fine now, all fine now, absolutely fine now, all clear, said all clear, gave the all clear, gone by morning, was gone by, gone by the next day, cleared by, cleared the same day, cleared same day, cleared that day, cleared the next day, cleared within the hour, cleared within an hour, cleared within a day, cleared in an hour, cleared in a few hours, cleared after an hour, cleared after a few hours, went away the same day, gone the same day, settled the same day, summers ago, winters ago, years back, months back, sent me home, sent her home, sent him home, sent them home, sent us home, fine since, been fine since, ok since, okay since, fine ever since, checked her over, checked him over, checked us over, checked me over, was discharged, got discharged, pinked up, back to normal, back on the road, back on his feet, back on her feet, back on their feet, right as rain, turned out fine, she was fine, he was fine, they were fine, said it was harmless, was fine, turned out to be, turned out it was, said its harmless, said its fine, said no problem, said it was no problem, said its no problem, said no worries, said not to worry, said it was ok, said its ok, said it was nothing, amount was harmless, amount is harmless, amount was safe, amount is safe, amount was fine, dose was harmless, not enough to hurt, not enough to harm"},
	{tResolved, strings.Join(wasFine, ", ")},
	// A turn explained: the phrase hides the intake words it tells not
	// done ("hadn't eaten"), so no intake is read in it.
	{tResolved, strings.Join(faintExplained, ", ")},
	{tInfo, strings.Join(howToSpot, ", ")},
	{tResolved, "never happened again, never happened since, hasnt happened again, hasnt happened since, not happened since, not happened again, never had it again, never had it since, havent had it since, never been back, hasnt been back"},
	{tResolved, "healed perfectly, healed nicely, healed beautifully, healed completely, healed fine, its healed, it healed, has healed"},
	{tResolved, recentPastPhrases},
	{tRecent, "right now, at the moment, this morning, this afternoon, this evening, last night, this week, out of nowhere, all of a sudden, keeps getting, getting worse"},
	{tMoney, "price tag, credit card, card statement, bank statement, card bill"},
	{tMild, "a bit, a little, a tiny bit, a wee bit, kind of, sort of, a touch, not too bad, nothing major"},
	{tFigObj, "hard pill, bitter pill"},
	{tFigThat, "that is"},
	{tHype, "so good, so pretty, the best, in love, love it, love this, my holy grail, holy grail"},
	{tHearsay, "i read, i heard, heard about, heard of, read about, read that, saw a video, saw a post, a video, a story, an article, on tiktok, on reddit, on instagram, on youtube, online that, someone online, a friend of a friend"},
	{tHelp, "help me, please help, oh my god, oh no, not normal, not ok, not okay, not right, not good, not joking, not kidding, no joke, not a joke"},
	{tConfused, "not making sense, making no sense, doesnt know where, doesnt know who, dont know who i am, didnt know who, didnt recognise me, didnt recognize me, doesnt recognise me, doesnt recognize me, know who i am, out of it"},
	{tHedge, "not sure, no idea, no clue, not certain, not entirely sure, not 100 sure"},
	{tFast, "all of a sudden, out of nowhere, within minutes, in minutes, by the minute, so fast, really fast, super fast"},
	// How quickly skin heals is no sign's speed: "or did he just heal
	// fast", "my skin heals quickly" (a healing told done, "it healed
	// fast", is over).
	{tNone, "heal fast, heals fast, healing fast, heal quickly, heals quickly, healing quickly, heal quick, heals quick"},
	{tResolved, "healed fast, healed quickly, healed quick"},
	{tMoveLoss, "wont go up, won't go up, doesnt go up, wont lift up, cant smile, cant smile properly, cant move my face, not moving, wont move, would not move, wouldnt move, will not move, does not move, cannot move, could not move, cant move, isnt moving, doesnt move, stopped moving, not working, cant lift, wont lift, couldnt move, cant feel, wont do what i tell it, wont do what i want, doesnt do what i tell it, wont listen to me, wont obey, wont cooperate"},
	{tNumbing, "numbing cream, numbing gel"},
	{tProduct, "dishwasher tablet, dishwasher tablets, dishwasher pod, dishwasher pods, dishwasher capsule, dishwasher capsules, laundry pod, laundry pods, laundry capsule, laundry capsules, washing tablet, washing tablets, button battery, button batteries, coin battery, coin batteries, coin cell, weed killer"},
	{tProduct, "micellar water, rose water, thermal water, face water, toner water, essence water, thermal spring water"},
	{tProduct, "numbing cream, numbing gel, face cream, eye cream, face wash, facewash, body wash, facial wash"},
	{tGiveAway, "who gets my stuff, who gets my things, gave my cat, gave my dog, giving my things, gave my things, giving my stuff, gave my stuff, rehomed my, rehoming my, who gets my, who should get my, who should have my, who can have my, who will get my, who gets all my, who should i leave my, who to leave my"},
	{tPlanSH, "how im going to do it, how i am going to do it, how ill do it, how i will do it, when it gets bad, for when it gets bad, when it gets too much, wrote my will, writing my will, made a will, decide when, decided when, when to do it, when i do it, tonight is the night, tonights the night, decided tonight, have a plan, has a plan, made a plan, got a plan, have a bit of a plan, has a bit of a plan, got a bit of a plan, made a bit of a plan, have a sort of plan, have a kind of plan, has it planned, have it planned, got it all planned, have it all planned, its all planned, it's all planned, all planned out, know how id do it, know how i would do it, figured out how, sorted out everything, sorted everything out, got everything sorted, sorted out my will, sorted my will, sorted out my affairs, nothing left to sort, nothing left to do, tied up loose ends, tying up loose ends, tying up all my loose ends, cancelled my subscriptions, cancelled all my subscriptions, closed my accounts, it stops tonight, it ends tonight, it all ends tonight, it ends today"},
	{tFarewellX, "last time youll see me, last time you will see me, last time anyone sees me, last time anyone will see me, sorry for being a burden, sorry for being such a burden, put my affairs in order, putting my affairs in order, sorted my affairs, sorting my affairs, getting my affairs in order, got my affairs in order, goodbye letters, goodbye letter, goodbye notes, goodbye note, goodbye messages, goodbye message, goodbye texts, said my goodbyes, saying my goodbyes, said goodbye to everyone, saying goodbye to everyone, saying bye to people, been saying bye, my last night alive, my last day alive, my last night on earth, my last day on earth, by the time you read this, by the time you see this, by the time anyone reads this, when im gone, after im gone, once im gone, where im going, this is goodbye, goodbye forever, goodbye world, my last message, my final message, wont be around much longer, wont be here much longer, wont be around anymore, wont be here anymore, wont be around for long, wont be here for long, wont be alive, it will all be over soon, itll all be over soon, it will be over soon, itll be over soon, last time youll hear from me, you wont hear from me again, wont be around to, not be around much longer, not going to be around much longer, not going to be around anymore"},
	{tHot, "like its cooking, like its on fire, like its boiling, like its burning"},
	{tNone, "not a big deal, not a huge deal, not a massive deal, not that big a deal, not a big drama, not a huge drama, not a massive drama, not a drama, not that big a drama, not a big fuss, not a huge fuss, in theory, in principle, at the sight of, the sight of, role play, not a real case, not a real patient, not a real client, just wondering, just curious, out of curiosity, random question, quick question, quick questions, quick one, sorry to bother, sorry to bother anyone, sorry to bother anybody, sorry to bother everyone, sorry to bother you, sorry to bother you all, sorry to be a pain, sorry to be a bother, quick answer, quick reply, quick response, quick check, quick tip, quick advice, quick thoughts, genuine question, silly question, dumb question, stupid question, stop to breathe, stops to breathe, stopping to breathe, has a new home, new home for my, rehomed my, rehoming my, belongs to someone else, not mine, look after my cat, look after my dog, look after my pets, look after my kids, take care of my cat, take care of my dog, feed my cat, someone else can have it, someone else can have them, someone else can have my, you can have my, jump rope, to charity, bad breath, no way out, see no way out, heart attack, eye shadow, eyeshadow, no one, we sent her home with, we sent him home with, we sent them home with, better off, without me, without me in it, without you in it, without you around, without you here, it all, social suicide, career suicide, suicide mission, suicide squad, suicide doors, killing it, killed it, kill it, to die for, die for, dying to, dying for, death of me, dead skin, dead cells, skin cells, dying my hair, dye my hair, worth dying, drop dead, dead tired, dead serious, deadass, killer, kill the bacteria, kills bacteria, red light, black eye, overdosed on actives, overdosed on retinol, overdosed on acids, overdosed on exfoliants, overdosed on skincare, overdosed on serum, od on actives, odd on actives, overdoing the actives"},
	// Getting at a product told by an idiom: "mine just had a go at the
	// dropper bottle", "she got hold of my serum" are "got into" (the
	// child-ingestion rule that names got_into names them beside it).
	{tNone, "had a go at, has had a go at, got hold of, gotten hold of, got ahold of"},
	{tNone, "head to toe, head to foot"}, // an itch over the whole body
	// Air conditioning is no breath: "my throat gets dry from the air con at
	// work".
	{tNone, "air con, air conditioning, air conditioner"},
	// A workplace safety talk or a first-aid course (scenarioWords): staff
	// training, not a case.
	{tKeep, "toolbox talk, toolbox talks, safety talk, safety briefing, first aid course, first aid class, first aid training"},
	// Asked about a topic, the demand workloadWords reads ("keep asking me
	// about exosome facials"), not asked after the person.
	{tNone, "asking about, asking me about, asking us about"},
	// A product drunk "like it was juice" is no juice drunk: the likeness
	// names no food (read as one token without tags, its drink is not the
	// EDIBLE or "juice" a rule's exclusion reads).
	{tNone, "like it was juice, like its juice, like it was water, like its water, like it was squash, like its squash, like it was a drink, like its a drink, like it was lemonade, like its lemonade, like it was milk, like its milk, as if it was juice, as if it was water"},
	// A complexion is not a sign: "I have very pale skin", "someone with
	// fair skin" say what the writer's skin always is (complexionPhrases).
	{tNone, complexionPhrases},
	// …but pale skin somewhere ("I have pale skin where the filler went")
	// is a patch, a change: read as one token that keeps the colour.
	{tKeep, "have pale skin where, have pale skin around, have pale skin near, have pale skin at, has pale skin where, has pale skin around, has pale skin near, has pale skin at"},
	{tKeep, strings.Join(slices.Concat(sortedOutPhrases, settledNow, passesThrough, strainFound, benignSaidBare, homeAfterCheck), ", ")},
	// An adult told confused or muddled as a state of these days, who
	// cannot judge what they swallow as dementia cannot: the poisoning rules
	// read such a person as they read a child (tChild), the phrase keeping
	// its words' tags.
	{tChild, confusedAdultPhrases},
	{tChild, schoolPupils},
	{tKeep, confusedAdultPhrases},
	{tKeep, "whole tube, whole jar, whole pot, whole packet, whole box, entire tube, entire jar, said hes fine, said shes fine, said theyre fine, said hes ok, said shes ok, said theyre ok, said hes okay, said shes okay, said theyre okay, said he is fine, said she is fine, said they are fine, said he is ok, said she is ok, said they are ok, said he is okay, said she is okay, said they are okay, ways to go, my last night, my last day, my final night, my final day, the lot, be gone by morning, be gone by tomorrow, be gone by tonight, be gone by the weekend, be gone soon, be gone shortly, at once, in one go, carrying on, carry on, my own funeral, my funeral, own funeral, cleared him, cleared her, cleared me, cleared them, practice q, practice question, nursing course, my course, our course, doing great, doing well, doing fine, said its nothing, nothing to worry about, practice case, case study, teaching point, not helping, isnt helping, grab air, gulp air, gulping air, in order, heat gun, curling iron, life insurance, catch my breath, make out, tummy burns, tummy hurts, stomach burns, stomach hurts, sit up, sitting up, sat up, get air, first time, in months, in years, in ages, at peace, best friend, on the floor, on the ground, omg help, someone help, plz help, pls help, beating fast, capillary refill, cap refill, tracking erythema, tracking up, erythema tracking, one sided weakness, facial palsy, facial droop, cannot open, cant open my, couldnt open, o2 sats, sats low, sats dropping, resp distress, respiratory distress, given away, gave away, giving away, cant stand up, cant stand, couldnt get up, cant get up, feel like, ways to die, looked up, looking up, all my, to go, cant open, killed myself, were dead, was dead, were gone, was gone, do this, take it, how long, way too much, too much, golf ball, in my hand, next to me, in front of me, set out, laid out, counted out, lined up, next month, next year, much longer, for long, be quiet, all the time, every day, doing it, about it, this weekend, every night, on purpose, of this, cap off, half gone, half empty, in its mouth, for good, how many, how much, in front, throw myself, not existing, not being around, not being here, be over, being alive, be dead, form words, find words, get words out, at all, dark circles, full blown, way out, next week, before realising, before realizing, before noticing, cotton wool, bee sting, not working, past the pen line, and shes fine, and hes fine, and theyre fine, and shes good, and hes good, and theyre good, and shes grand, and hes grand, and theyre grand, but shes grand, but hes grand, but theyre grand, but shes good, but hes good, but theyre good, was discharged, were discharged, got discharged, discharged fine, discharged home, shes fine after, hes fine after, theyre fine after, said no risk, said there was no risk, said its safe, said it was safe, as usual, shes back to normal, hes back to normal, but shes fine, but hes fine, but theyre fine, dragging down, pulling down, hanging down, came to, found her, found him, found them, lid off, in their tummy, in her tummy, in his tummy, in its tummy, the last night, the last nite, my last nite, lost time, bit my tongue, this time, bit into, bit open, bitten into, biting into, car park, on purpose, open the door, picking up, pick up, come out, said it was heartburn, said its heartburn, said it was just heartburn, said its just heartburn, said it was indigestion, said its indigestion, said it was just indigestion, said its just indigestion, said it was reflux, said its reflux, said it was just reflux, said its just reflux, said it was acid reflux, said its acid reflux, said it was just acid reflux, said its just acid reflux, said it was anxiety, said its anxiety, said it was just anxiety, said its just anxiety, said it was a panic attack, said its a panic attack, said it was just a panic attack, said its just a panic attack, said it was muscular, said its muscular, said it was just muscular, said its just muscular, said it was a pulled muscle, said its a pulled muscle, said it was just a pulled muscle, said its just a pulled muscle, said it was trapped wind, said its trapped wind, said it was just trapped wind, said its just trapped wind, said it was gas, said its gas, said it was just gas, said its just gas, checked and it was heartburn, checked and it was just heartburn, checked and its heartburn, checked and its just heartburn, turned out it was heartburn, turned out it was just heartburn, turned out to be heartburn, turned out to be just heartburn, checked and it was indigestion, checked and it was just indigestion, checked and its indigestion, checked and its just indigestion, turned out it was indigestion, turned out it was just indigestion, turned out to be indigestion, turned out to be just indigestion, checked and it was reflux, checked and it was just reflux, checked and its reflux, checked and its just reflux, turned out it was reflux, turned out it was just reflux, turned out to be reflux, turned out to be just reflux, checked and it was acid reflux, checked and it was just acid reflux, checked and its acid reflux, checked and its just acid reflux, turned out it was acid reflux, turned out it was just acid reflux, turned out to be acid reflux, turned out to be just acid reflux, checked and it was anxiety, checked and it was just anxiety, checked and its anxiety, checked and its just anxiety, turned out it was anxiety, turned out it was just anxiety, turned out to be anxiety, turned out to be just anxiety, checked and it was a panic attack, checked and it was just a panic attack, checked and its a panic attack, checked and its just a panic attack, turned out it was a panic attack, turned out it was just a panic attack, turned out to be a panic attack, turned out to be just a panic attack, checked and it was muscular, checked and it was just muscular, checked and its muscular, checked and its just muscular, turned out it was muscular, turned out it was just muscular, turned out to be muscular, turned out to be just muscular, checked and it was a pulled muscle, checked and it was just a pulled muscle, checked and its a pulled muscle, checked and its just a pulled muscle, turned out it was a pulled muscle, turned out it was just a pulled muscle, turned out to be a pulled muscle, turned out to be just a pulled muscle, checked and it was trapped wind, checked and it was just trapped wind, checked and its trapped wind, checked and its just trapped wind, turned out it was trapped wind, turned out it was just trapped wind, turned out to be trapped wind, turned out to be just trapped wind, checked and it was gas, checked and it was just gas, checked and its gas, checked and its just gas, turned out it was gas, turned out it was just gas, turned out to be gas, turned out to be just gas"},
}

// howToSpot ask how to recognise a sign, as "how do i know" and "how to
// tell" do (tInfo): "how would I recognise if my teen was self-harming?"
// asks what the signs are. ("how to recognize", "how to spot" are in the
// tInfo list.)
var howToSpot = func() []string {
	var out []string
	for _, asker := range []string{"how would i", "how do i", "how can i", "how would you", "how do you", "how can you", "how would we", "how do we", "how can we", "how to"} {
		for _, verb := range []string{"recognise", "recognize", "spot", "notice"} {
			if asker == "how to" && (verb == "recognize" || verb == "spot") {
				continue
			}
			out = append(out, asker+" "+verb)
		}
	}
	return out
}()

// confusedAdultPhrases tell an adult confused as a state, not about a
// thing ("she's been confused lately", "he gets muddled", "mum's very
// confused today"; not "confused about which serum").
const confusedAdultPhrases = "confused lately, confused recently, confused these days, confused nowadays, confused today, confused at the moment, muddled lately, muddled recently, muddled these days, muddled nowadays, muddled today, gets muddled, gets confused easily, gets easily confused, easily confused, memory is going, memorys going, losing her memory, losing his memory, losing their memory"

// complexionPhrases say what colour someone's skin always is, not that it
// turned: "I have very pale skin, will filler bruise more?". Read as one
// token without tags, their colour is no sign; skin that went pale after
// an injection ("my skin went pale", "a pale patch where the filler went")
// says a change and stays one.
const complexionPhrases = "have pale skin, have very pale skin, have really pale skin, have super pale skin, have quite pale skin, have naturally pale skin, have fair skin, have very fair skin, have really fair skin, have fair pale skin, " +
	"has pale skin, has very pale skin, has really pale skin, has super pale skin, has fair skin, has very fair skin, " +
	"with pale skin, with very pale skin, with really pale skin, with super pale skin, with fair skin, with very fair skin, " +
	"pale complexion, fair complexion, pale skin tone, fair skin tone, pale skinned, fair skinned, pale-skinned, fair-skinned, my pale skin, my fair skin, her pale skin, his pale skin"

// schoolPupils name a child by a school year up to the third of secondary
// school ("a year 1 student", "a year 2 pupil", "a year 7 student", at 11
// or 12): a child, as "a 6 year old" is.
var schoolPupils = func() string {
	var out []string
	for _, yr := range []string{"year"} {
		for _, n := range []string{"1", "2", "3", "4", "5", "6", "7", "8", "9"} {
			for _, who := range []string{"student", "pupil"} {
				out = append(out, yr+" "+n+" "+who)
			}
		}
	}
	return strings.Join(out, ", ")
}()
