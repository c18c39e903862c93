package bot

import "testing"

// TestRules_AnimalOrThingCallsTheAmbulance: an emergency service called
// by an animal or a thing (gulls, a pet, one's pores, a bank balance) is a
// hyperbole, however the sentence opens; a person, a salon, a neighbour
// or a watch that rings by itself is a real caller.
func TestRules_AnimalOrThingCallsTheAmbulance(t *testing.T) {
	checkRules(t, []rulesCase{
		{"my tan went so orange the seagulls are ringing an ambulance, which serum tones it down?", UrgencyNone},
		{"my skin is calling 999 after that peel, what soothes it?", UrgencyNone},
		{"my breakout is so angry the dog has dialled the paramedics, help me pick a cleanser", UrgencyNone},
		{"my spots are so bad my pores called the paramedics ha, which exosome mask?", UrgencyNone},
		{"I reacted so badly to the peel that the salon called an ambulance and my throat is still tight", UrgencyAirway},
		{"my neighbour rang the paramedics, my little boy swallowed a dishwasher tablet", UrgencyPoisoning},
		{"my watch dialled 999 when I blacked out in the bathroom just now", UrgencyHeartBrain},
		{"my reaction was so bad my husband called the paramedics, should I call again", UrgencyMedical},
	})
}

// TestRules_SetOffIsACause: "set off" asks what a thing causes, as
// "cause" and "trigger" do: a question whether a product could set off
// a reaction in people with allergies is no case. A reaction set off in
// someone now, or a question followed by one's own sign now, still is.
func TestRules_SetOffIsACause(t *testing.T) {
	checkRules(t, []rulesCase{
		{"can exosome masks set off anaphylaxis in people who react to everything?", UrgencyNone},
		{"would a peptide serum set off anaphylaxis in somebody allergic to nuts?", UrgencyNone},
		{"the new balm set off anaphylaxis in my daughter, she's wheezing and blotchy", UrgencyAirway},
		{"could this toner set off anaphylaxis? my tongue is swelling up right now", UrgencyAirway},
	})
}

// TestNetVeto_FlushStraightAfterATreatment: heat and redness dated
// straight after a skin treatment are its expected flush, which the net
// is not to read as an infection; a fever, pus, a spread, an injection, or
// heat dated days after, are no flush.
func TestNetVeto_FlushStraightAfterATreatment(t *testing.T) {
	screenReady()
	for _, c := range []struct {
		text string
		want bool
	}{
		{"cheeks are hot and red like a stove right after my microneedling, the facialist said give it till tonight", true},
		{"my face went red and warm to touch immediately after the laser, is aloe ok?", true},
		{"red and hot straight after the peel and now I've got a fever and yellow pus", false},
		{"my face is hot and red and spreading, it's three days after the laser", false},
		{"hot and red straight after the filler injection in my lip", false},
		// review: a flush beside a sign of the whole body is no flush
		{"went red and hot straight after the laser and now I feel dizzy and faint", false},
		{"face bright red and hot right after my peel, chest feels tight", false},
		{"my face is red and hot to touch, is that normal?", false},
	} {
		if got := newText(tokenize(c.text)).glowStraightAfter(); got != c.want {
			t.Errorf("%q: glowStraightAfter %v, want %v", c.text, got, c.want)
		}
	}
}

// TestRules_HalfTheRoomGone: half of what the writer sees gone after an
// injection, told with the "of" left out ("half the room went dark"), is
// the sight lost on one side, as "half of the room" already was; a room
// left, or half a room's light or walls, is none.
func TestRules_HalfTheRoomGone(t *testing.T) {
	checkRules(t, []rulesCase{
		{"had my frown lines injected an hour ago and now half the room has gone black", UrgencyInjection},
		{"since the nose filler half the world looks dim, like a shade came down over it", UrgencyInjection},
		{"after my botox I walked out and left the room, the numbness was gone by lunch", UrgencyNone},
		{"had filler this morning, half the room is dark because the blinds are down", UrgencyNone},
	})
}
