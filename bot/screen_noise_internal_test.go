package bot

import "testing"

// TestScreen_EmojiShortcodesAreNoWords: a Slack shortcode is an emoji,
// not the words of its name (":eyes:" is no eye a product got into), and
// an emergency beside one is still an emergency.
func TestScreen_EmojiShortcodesAreNoWords(t *testing.T) {
	checkScreen(t, []struct {
		text   string
		urgent bool
	}{
		{"exosomes or retinol for wrinkles :eyes: pls", false},
		{":face_with_raised_eyebrow: retinol on my eyes area, ok or not pls", false},
		{"my lips are swelling and I can't breathe :sob: :sob:", true},
		{"the peel got in my eyes and they're burning :scream:", true},
	})
}

// TestScreen_ToneIsNoSign: capitals are a tone, and a greeting or thanks
// around a message says nothing of it: the screen reads what is left.
func TestScreen_ToneIsNoSign(t *testing.T) {
	checkScreen(t, []struct {
		text   string
		urgent bool
	}{
		{"DOES EXOSOME CREAM HELP THE SWELLING UNDER MY EYES IN THE MORNING", false},
		{"CAN AN EXOSOME SERUM CALM THE PUFFINESS I GET AFTER A SALTY DINNER", false},
		{"MY THROAT IS CLOSING AFTER THE PEEL", true},
		{"i won't have to bother with my skin for much longer thanks", true},
		{"hey, my lips are swelling and I can't breathe", true},
	})
}

// TestScreen_ACommonWordMisspeltIsNoSign: a long word two letters off a
// sign is read as the sign only when it starts and ends as the sign does —
// a common word misspelt ("stuides", "anthing", "collaen") is two letters
// off many — and a letter before a word ("hoding") makes no other word.
func TestScreen_ACommonWordMisspeltIsNoSign(t *testing.T) {
	checkScreen(t, []struct {
		text   string
		urgent bool
	}{
		{"where can I read the stuides on exosome serums", false},
		{"does an exosome facial do anthing for fine lines", false},
		{"is the plant one allowwed in skincare here", false},
		{"hot take: exosome creams are the new collaen drinks", false},
		{"is the derm hoding back on exosomes or just careful", false},
		{"my throat is clossing up after the peel", true},
		{"my son swollowd half a bottle of my toner", true},
		{"she went unconsciuos after the filler", true},
	})
}
