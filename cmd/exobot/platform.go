package main

import "exobot/bot"

// This file wires what the platform adapters show around answers:
// autocomplete, the Slack Home tab and assistant prompts.

// suggesterOf is the engine's autocomplete, when it has one (the engine
// and the live-reloading Swap both do).
func suggesterOf(a bot.Answerer) bot.Suggester {
	s, _ := a.(bot.Suggester)
	return s
}

// catalogOf is what the engine says about its source and example
// questions, for the Slack Home tab and assistant pane.
func catalogOf(a bot.Answerer) bot.Catalog {
	c, _ := a.(bot.Catalog)
	return c
}
