package bot

import "testing"

// TestRules_ExamOneSitsIsNoExamQuestion: a chest sign put down to nerves
// before one's own exam is still a chest sign; an exam question about a
// patient stays a training case.
func TestRules_ExamOneSitsIsNoExamQuestion(t *testing.T) {
	checkRulesBothWays(t, []rulesCase{
		{"lol my chest has been doing a squeezing thing all morning, guess it is just stress before my exam", UrgencyHeartBrain},
		{"ha my chest hurts so bad right now, probably just nerves before the exam", UrgencyHeartBrain},

		{"exam question: a patient has crushing chest pain after a filler, what is the first step?", UrgencyNone},
		{"for my exam, a man has chest pain and sweating, what do you give first", UrgencyNone},
		{"my chest felt tight from laughing before the exam lol", UrgencyNone},
	})
}
