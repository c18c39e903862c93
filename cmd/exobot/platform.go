package main

import "exobot/bot"

// This file wires what the platform adapters show around answers:
// autocomplete, and later the Slack Home tab and assistant prompts.

// suggesterOf is the engine's autocomplete, when it has one (the engine
// and the live-reloading Swap both do).
func suggesterOf(a bot.Answerer) bot.Suggester {
	s, _ := a.(bot.Suggester)
	return s
}
