package bot

import "testing"

// The rules alone, without the safety net, catch what only the net used to
// catch (the net moves at each retrain; the rules are the floor): a vision
// dimming told as a room's lights, a voice that sounds like Darth Vader
// after a cream, a world lighter without oneself, slang for ending one's
// life on the condition that a remedy fails, taking everything in a
// medicine cabinet, and a means bought to be used tonight even after a past
// that has healed. Their lookalikes stay quiet.
func TestRules_CatchDimmedEyeVaderVoiceWorldWithoutMeFailedRemedyCabinetMeansTonight(t *testing.T) {
	for _, c := range []struct {
		msg    string
		urgent bool
	}{
		{"like someone turned the lights down in my right eye since the forehead injection", true},
		{"it's like the brightness went down in my left eye after the filler", true},
		{"my bf says i sound like darth vader and look like i got punched in the mouth since i put the new exosome cream on. should i just wash it off?", true},
		{"i sound like a frog since the new serum and my lips are puffy", true},
		{"is it normal to feel like the world would be lighter without you in it? because that's where I'm at and I've decided", true},
		{"honestly everyone would be happier without me in it", true},
		{"the world would be lighter without me", true},
		{"lol honestly if this exosome stuff doesn't fix my face I'm just gonna kms haha. anyway does it work on acne scars", true},
		{"if this serum doesn't work i'm going to kill myself lol", true},
		{"my best friend texted me goodbye and said she's taking everything in her medicine cabinet", true},
		{"i'm taking everything in my medicine cabinet tonight", true},
		{"my old scars are finally fading but I bought new blades today and I'm going to use them tonight", true},

		{"the lights turned down in the restaurant and my eye makeup looked great", false},
		{"they turned the lights down in the salon so my eyes could rest during the facial", false},
		{"my voice is hoarse from karaoke, can I still get the exosome facial?", false},
		{"my son sounds like darth vader in his halloween costume lol, is exosome cream ok for kids?", false},
		{"i sound like a frog with this cold, can i still use my exosome serum?", false},
		{"the world would be lighter without fast fashion, are exosome brands sustainable?", false},
		{"my skin is so much calmer without my old retinol", false},
		{"if I have to pay $800 for this I'll kill myself lol", false},
		{"I'm going to die of embarrassment if this breakout doesn't clear before my wedding lol", false},
		{"kms this exam lol, anyway do exosomes help with stress breakouts?", false},
		{"i'm taking everything out of my medicine cabinet to clean it, what can i throw away?", false},
		{"clearing out my medicine cabinet, taking all in the cabinet to the pharmacy for disposal", false},
		{"bought new dermaplaning blades today and I'm going to use them tonight, then exosome serum?", false},
		{"got new razors, going to use them tonight to shave my legs before the laser", false},
		{"my old scars are finally fading, I'm going to use the exosome serum tonight", false},
	} {
		if got := rulesScreen(c.msg).Urgent(); got != c.urgent {
			t.Errorf("%q: rules urgent %v, want %v  %s", c.msg, got, c.urgent, explain(c.msg))
		}
	}
}
