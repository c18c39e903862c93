//go:build !race

package main

// raceOn reports that the race detector is on: long tests do less.
const raceOn = false
