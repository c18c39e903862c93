package bot

import "testing"

// TestRules_HomeAfterAnAuthoritysCheck: "he's home" after a doctor or a
// hospital told its check done ends the scare told before it; "she's
// home" after a call only, or with no one who checked, ends nothing.
func TestRules_HomeAfterAnAuthoritysCheck(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my uncle got chest pain at the wedding, the paramedics examined him and he's home, can he use a retinol?", UrgencyNone},
		{"nan had a funny turn with pain in her chest at lunch, the GP saw her and she's home now resting", UrgencyNone},
		{"I phoned the doctor about my mum's crushing chest pain but she's home by herself", UrgencyHeartBrain},
		{"the ambulance is on its way, she's home and she can't get her breath", UrgencyAirway},
		{"my husband's chest is crushing and he's home alone", UrgencyHeartBrain},
		{"the hospital checked him yesterday and he's home but now the pain is crushing and going into his arm", UrgencyHeartBrain},
	})
}

// TestRules_HadntIsANegation: "hadn't" denies what follows, as "hasn't"
// does; an intake told after it in another clause is still an intake.
func TestRules_HadntIsANegation(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my son hadn't eaten any of the gummies, the packet was still sealed", UrgencyNone},
		{"my son hadn't eaten lunch and then he drank some of my toner", UrgencyPoisoning},
		{"I hadn't even finished rinsing the peel when my throat started closing", UrgencyAirway},
	})
}

// TestRules_ATurnExplainedByNotEating: going pale or nearly fainting,
// then told as explained by a meal skipped ("turned out she hadn't
// eaten"), is over; a sign after it ("but now her lip is white") or a
// collapse merely guessed to be hunger stays an emergency.
func TestRules_ATurnExplainedByNotEating(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my colleague went white and nearly passed out after her peel, turned out she hadnt eaten all day, she's grand", UrgencyNone},
		{"I went pale and wobbly after the facial, turns out I skipped lunch", UrgencyNone},
		{"my client went pale and nearly fainted after the filler, turned out she hadn't eaten but now her lip is going white", UrgencyInjection},
		{"my client went grey and collapsed after her facial, maybe she hadnt eaten, she's confused now", UrgencyHeartBrain},
	})
}

// TestRules_TightSkinOnTheThroat: a tightness told on the throat, as a
// surface, with the breathing said to be normal is the skin's; a
// tightness in the throat, a swelling on it, or breathing only okay-ish
// or not normal stays an airway.
func TestRules_TightSkinOnTheThroat(t *testing.T) {
	checkRules(t, []rulesCase{
		{"the skin feels a bit tight on my throat after the laser, like after a day at the beach, breathing is fine", UrgencyNone},
		{"slight tightness on the throat where the dermapen went, my breathing is normal", UrgencyNone},
		{"my throat is tight since the serum, breathing fine for the moment", UrgencyAirway},
		{"tightness on my throat since the mask, breathing's okay-ish", UrgencyAirway},
		{"tightness on my throat since the mask and my breathing isn't normal", UrgencyAirway},
		{"what can I put on my throat, it's swollen and tight inside, breathing normal so far", UrgencyAirway},
	})
}

// TestRules_BackAtEachRiseAgain: a sign that comes back "again" each time
// the person stands up is happening now, as "keeps … every time I stand
// up" is; light-headedness on standing told as always so is a habit.
func TestRules_BackAtEachRiseAgain(t *testing.T) {
	checkRules(t, []rulesCase{
		{"woke on the clinic floor and now my heart is doing flips, every time I get up it starts up again", UrgencyHeartBrain},
		{"I go a bit dizzy every time I stand up too quickly, always have, is that ok with retinol", UrgencyNone},
		{"my heart flutters every time I stand up and it settles again, had that for years", UrgencyNone},
	})
}

// TestRules_BackToCutting: cutting gone back to after a clean spell, or
// hidden, is self-harm now ("after N years clean" tells the spell broken,
// not over); going back to cutting hair, sugar or out dairy is not, nor
// a clean spell told with pride.
func TestRules_BackToCutting(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I slipped back into cutting after eighteen months clean and my sleeves hide it, anyway which serum for scars", UrgencySelfHarm},
		{"went back to self harming last week, nobody knows", UrgencySelfHarm},
		{"I've gone back to cutting my own fringe after months of salon trips", UrgencyNone},
		{"gone back to cutting out sugar for two months, will my skin clear", UrgencyNone},
		{"three years clean from cutting now, what fades old silvery scars?", UrgencyNone},
	})
}

// TestRules_AChildsBreathSmellsOfAProduct: a child named before the
// breath ("my toddler's breath") that smells of a product left open is a
// poisoning, as "his breath" is; a breath that smells of toothpaste is
// not.
func TestRules_AChildsBreathSmellsOfAProduct(t *testing.T) {
	checkRules(t, []rulesCase{
		{"how come my two year old's breath smells just like my rosehip face oil? the lid is off it", UrgencyPoisoning},
		{"my son's breath smell of mint, he used my toothpaste, is exosome serum safe for kids", UrgencyNone},
	})
}

// TestRules_CaribbeanEat: "nyam" (eat) and "inna" (into) read as their
// English: a child who ate a product is a poisoning; a grown-up who ate
// fruit is not.
func TestRules_CaribbeanEat(t *testing.T) {
	checkRules(t, []rulesCase{
		{"di likkle one get inna mi night cream an nyam some, she a cough now", UrgencyPoisoning},
		{"mi nyam mango every day an mi skin glowing, which exosome serum fi try", UrgencyNone},
	})
}

// TestRules_ADatePickedAndCalm: a date picked, with a calm felt about it
// ("oddly calm", "weirdly calm"), is a plan; a date picked for a wedding,
// a trip or a job left, calm or not, is no plan to die.
func TestRules_ADatePickedAndCalm(t *testing.T) {
	checkRules(t, []rulesCase{
		{"not making a fuss, I've chosen the day and I feel strangely calm now", UrgencySelfHarm},
		{"we picked a date for our wedding and I feel oddly calm about it, which facial beforehand?", UrgencyNone},
		{"I've picked a date to quit my job and I feel weirdly calm, any glow serum for the leaving do", UrgencyNone},
		{"my skin feels weirdly calm after the exosome mask", UrgencyNone},
	})
}

// TestRules_UprightToGetAir: having to sit upright to get air is an
// airway sign, as sitting up or leaning is; sitting upright at a desk,
// or sitting up to catch one's breath after a run, is not.
func TestRules_UprightToGetAir(t *testing.T) {
	checkRules(t, []rulesCase{
		{"since the peel I have to stay dead upright in bed to get any air, lying flat is impossible", UrgencyAirway},
		{"I've been propped upright all night just to get a breath in, lips still puffy", UrgencyAirway},
		{"I sit upright at my desk all day, does posture affect skin? need fresh air too", UrgencyNone},
		{"had to sit up to catch my breath after my run lol, anyway exosome toner?", UrgencyNone},
	})
}

// TestRules_PupilsAreChildren: a pupil named by school year or grade, or
// as a pupil, is a child who swallowed a product; hand sanitiser or a
// face mist is what a child may swallow. Pupils using sanitiser on their
// hands have swallowed nothing.
func TestRules_PupilsAreChildren(t *testing.T) {
	checkRules(t, []rulesCase{
		{"a year 2 pupil drank a bit of the facial toner from the staff room, she feels sick", UrgencyPoisoning},
		{"a pupil just swallowed some of the hand sanitizer off the trolley and keeps coughing", UrgencyPoisoning},
		{"my son drank a mouthful of hand sanitiser at nursery", UrgencyPoisoning},
		{"our year 3 students all use hand sanitiser before lunch, any gentle cream for dry hands?", UrgencyNone},
		{"my daughter sprays face mist on before school, is it ok with exosome serum", UrgencyNone},
	})
}

// TestRules_OneSideAndAHandThatWillNotWork: a side of the face gone down
// or looking different, a hand that would not grip or "won't do it", and
// sounds gone far away are weak stroke and faint signs that together are
// an emergency; a swelling gone down on one side, a selfie's lighting, or
// cold hands on a call are not.
func TestRules_OneSideAndAHandThatWillNotWork(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my right hand just won't do the buttons, also everyone sounds muffled and distant", UrgencyHeartBrain},
		{"the left side of my dad's mouth went down and his hand wouldn't hold the cup", UrgencyHeartBrain},
		{"my mum says my smile looks wrong on the right and my words come out jumbled", UrgencyHeartBrain},
		{"her face has half slipped, like it's melting, and her hand couldn't grip her fork", UrgencyHeartBrain},
		{"the swelling on one side of my face went down overnight and I'm talking fine", UrgencyNone},
		{"my face looks different on the left in this selfie lighting, is that the filler settling?", UrgencyNone},
		{"my hands are so cold they won't grip the bottle and everyone sounds far away on this zoom call", UrgencyNone},
	})
}

// TestRules_MethodPlannedOutAndSelfToStop: planning or mapping out how
// one would "do it" is a method thought through, as thinking about it is;
// wanting oneself to stop or end is self-harm; planning out a routine, or
// wanting oneself to stop a habit, is not.
func TestRules_MethodPlannedOutAndSelfToStop(t *testing.T) {
	checkRules(t, []rulesCase{
		{"most days are ok, but now and then I map out how I'd do it. it's nothing", UrgencySelfHarm},
		{"not just the spots, I want myself to end. all of me", UrgencySelfHarm},
		{"I plan out how I'd do it each morning, cleanser then serum then spf", UrgencyNone},
		{"I want myself to stop picking at my chin, what serum helps", UrgencyNone},
		{"I want me to stop buying every serum on my feed lol", UrgencyNone},
	})
}

// TestRules_HoldingTheOldBlade: a blade held for a while by one who used
// to self-harm is an emergency; a razor held for ages to shave, or an old
// blade kept for dermaplaning, is not.
func TestRules_HoldingTheOldBlade(t *testing.T) {
	checkRules(t, []rulesCase{
		{"I used to cut at uni. Tonight I dug out a razor blade and I've been gripping it for ages", UrgencySelfHarm},
		{"held the razor for ages trying to shave my legs and nicked my ankle, any serum for the mark?", UrgencyNone},
		{"I used to dermaplane, found the old blade and held it a while, is it still safe to use?", UrgencyNone},
	})
}
