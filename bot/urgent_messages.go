package bot

import (
	"strings"
	"unicode/utf8"
)

// UrgentDisclaimer is the caution under an urgent reply, in place of the
// everyday Disclaimer ("talk to a dermatologist about your skin" reads
// oddly under "call 911").
const UrgentDisclaimer = "I'm an automated assistant, not a clinician, and this is not a diagnosis. If you think it could be an emergency, treat it as one."

// Emergency numbers, said the same way in every urgent reply.
const emergencyNumbers = "(911 in the US, 112 in the EU, 999 in the UK)"

// Urgent replies, by kind, for the person in the emergency.
var urgentTexts = map[Urgency]string{
	UrgencyAirway: "This could be a serious allergic reaction or a problem with your airway, so I won't answer from the article. " +
		"Call your local emergency number now " + emergencyNumbers + " — don't wait to see whether it gets better. " +
		"If you have been prescribed an adrenaline auto-injector (EpiPen), use it now as you were shown. " +
		"Stay with someone, and sit up rather than lie flat if breathing is hard. Any question about your skincare can wait.",

	UrgencyInfection: "Fever with redness that is spreading, skin that is hot, red streaks, pus or feeling very unwell can mean a spreading infection, which needs a doctor today. " +
		"Please get urgent medical care now: go to an urgent care centre or an emergency department, or call your local emergency number " + emergencyNumbers + " if you feel very unwell, confused or faint, or the redness is spreading fast. " +
		"If a clinic treated you, call them too, but don't wait on a reply.",

	UrgencyInjection: "After an injection or a procedure near the face, skin turning white, grey, blue or mottled, severe pain, or any change in your vision can mean a blocked blood vessel, which needs treatment within hours — within minutes if your vision is affected. " +
		"Call the clinic or injector who treated you right now and tell them it's urgent. " +
		"If your vision has changed, or you can't reach them at once, go to an emergency department or call your local emergency number " + emergencyNumbers + " now.",

	UrgencyHeartBrain: "Chest pain or pressure, pain spreading into an arm or the jaw, a face drooping on one side, slurred speech, sudden weakness, a sudden loss of vision or fainting can be signs of a heart attack or a stroke. " +
		"Call your local emergency number now " + emergencyNumbers + ". Don't drive yourself, and note the time it started. " +
		"Your skincare question can wait.",

	UrgencyPoisoning: "If someone has swallowed, drunk or eaten a skincare product, call poison control now — in the US, Poison Help at 1-800-222-1222; in the UK, NHS 111; elsewhere, your local poison centre. " +
		"If they have trouble breathing, are very drowsy, have a seizure or collapse, call your local emergency number " + emergencyNumbers + " straight away. " +
		"Don't make them vomit. Keep the product's container to tell them exactly what it was. For a pet, call your vet or an animal poison line.",

	UrgencySelfHarm: "I'm really sorry you're going through this, and I'm glad you said it. You deserve support from a person right now. " +
		"If you might act on these thoughts, or have already taken something or hurt yourself, call your local emergency number now " + emergencyNumbers + ". " +
		"You can also reach a crisis line any time: call or text 988 in the US, call 116 123 (Samaritans) in the UK and Ireland, or find a line in your country at findahelpline.com. " +
		"If you can, tell someone near you how you're feeling. Your skincare question can wait; you matter more.",

	UrgencyMedical: "This could be a medical emergency, so I won't answer from the article. " +
		"Please seek urgent medical care now: call your local emergency number " + emergencyNumbers + " or go to the nearest emergency department. " +
		"If a clinic did your treatment, call them too, but don't wait on a reply.",
}

// Urgent replies, by kind, for someone relaying another person's emergency
// (staff about a patient, a parent about a child, a friend).
var relayedTexts = map[Urgency]string{
	UrgencyAirway: "What you describe could be a serious allergic reaction or a blocked airway, so I won't answer from the article. " +
		"Call your local emergency number now " + emergencyNumbers + ", and if you're at a clinic, start its emergency (anaphylaxis) protocol. " +
		"If they have an adrenaline auto-injector, or your clinic's emergency kit has adrenaline and someone is trained to give it, use it now. " +
		"Stay with them, keep them sitting up if breathing is hard, and be ready to start CPR if they stop breathing.",

	UrgencyInfection: "What you describe could be a spreading infection, which needs a doctor today. " +
		"They should be seen at an urgent care centre or an emergency department now; call your local emergency number " + emergencyNumbers + " if they are very unwell, confused or faint, or the redness is spreading fast. " +
		"If you're at the clinic that treated them, follow its protocol and tell the clinician in charge.",

	UrgencyInjection: "What you describe could be a blocked blood vessel after an injection, which needs treatment within hours — within minutes if vision is affected. " +
		"Tell the injector or clinician in charge now and follow your clinic's emergency (vascular occlusion) protocol. " +
		"If their vision has changed, or no one who can treat it is on hand, call your local emergency number " + emergencyNumbers + " or get them to an emergency department now.",

	UrgencyHeartBrain: "What you describe could be a heart attack, a stroke or a collapse. Call your local emergency number now " + emergencyNumbers + " and follow your clinic's emergency protocol if you're at one. " +
		"Stay with them, note the time it started, and don't let them drive. If they stop responding or breathing normally, start CPR and use a defibrillator (AED) if there is one.",

	UrgencyPoisoning: "If someone has swallowed, drunk or eaten a skincare product, call poison control now — in the US, Poison Help at 1-800-222-1222; in the UK, NHS 111; elsewhere, your local poison centre. " +
		"If they have trouble breathing, are very drowsy, have a seizure or collapse, call your local emergency number " + emergencyNumbers + " straight away. " +
		"Don't make them vomit. Keep the product's container to tell them exactly what it was. For a pet, call your vet or an animal poison line.",

	UrgencySelfHarm: "What they said sounds serious, and you're right to act on it. If they might be in immediate danger, call your local emergency number now " + emergencyNumbers + " and don't leave them alone. " +
		"Otherwise, keep them talking: ask them directly whether they are thinking about suicide (asking doesn't put the idea in their head), listen without judging, and if it's safe, move away anything they could use to hurt themselves. " +
		"Help them reach a crisis line — call or text 988 in the US, call 116 123 (Samaritans) in the UK and Ireland, or find a line at findahelpline.com — and stay with them until someone can take over. " +
		"At a clinic, follow your safeguarding procedure and tell the clinician in charge.",

	UrgencyMedical: "What you describe could be a medical emergency. Call your local emergency number now " + emergencyNumbers + ", and if you're at a clinic, follow its emergency protocol. " +
		"Stay with them until help arrives.",
}

// urgentReply is the reply to a message that screened urgent. text is the
// cleaned message; the reply echoes at most MaxQuestionRunes of it.
func urgentReply(s Screening, text string) Reply {
	texts := urgentTexts
	if s.Relayed {
		texts = relayedTexts
	}
	answer, ok := texts[s.Urgency]
	if !ok {
		answer = texts[UrgencyMedical]
	}
	q := strings.TrimSpace(text)
	if utf8.RuneCountInString(q) > MaxQuestionRunes {
		q = truncateRunes(q, 80)
	}
	return Reply{
		Status:     StatusUrgent,
		Question:   q,
		Answer:     answer,
		Disclaimer: UrgentDisclaimer,
		Urgency:    s.Urgency,
		Relayed:    s.Relayed,
	}
}
