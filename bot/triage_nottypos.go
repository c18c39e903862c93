package bot

// notTypos are English words one letter away from a word of the tables
// that fuzzyWord must not read as its misspelling.
var notTypos = map[string]bool{}
