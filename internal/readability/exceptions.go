package readability

// exception returns the syllable count of a common word whose spelling the
// rules in english get wrong, and false for any other word. Counts follow the
// CMU Pronouncing Dictionary's shortest pronunciation, as Flesch's rule for
// two accepted pronunciations asks ("every" is ev-ry). A switch on
// string(w) compares w without copying it.
func exception(w []byte) (int, bool) {
	switch string(w) {
	case "aches", "toward", "towards":
		return 1, true
	case "every", "different", "difference", "family", "families",
		"several", "interest", "interests", "camera", "cameras", "general",
		"natural", "favorite", "probably", "evening", "history", "average",
		"chocolate", "maybe", "create", "creates", "react", "reacts",
		"theory", "theories", "people", "ok", "argue", "argues", "argued",
		"business", "headaches", "backaches", "naked", "wicked", "crooked",
		"rugged", "acne", "lawyer", "lawyers", "persuade":
		return 2, true
	case "everyday", "everyone", "everything", "everywhere", "differences",
		"differently", "interesting", "interested", "generally", "naturally",
		"vegetable", "vegetables", "temperature", "usually", "scientist",
		"recipe", "karate", "sciatic", "element", "elements", "physio",
		"theatre":
		return 3, true
	case "everybody", "sciatica", "scientific":
		return 4, true
	case "physiotherapy", "physiotherapist":
		return 6, true
	}
	return 0, false
}
