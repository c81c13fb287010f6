package docs

import (
	"os"
	"testing"
)

// TestTopics checks that every topic's page is embedded, whole.
func TestTopics(t *testing.T) {
	for _, topic := range Topics() {
		got, ok := Text(topic.Name)
		if !ok {
			t.Errorf("topic %s: %s is not embedded", topic.Name, topic.File)
			continue
		}
		want, err := os.ReadFile(topic.File)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) < len(want)-2 || got[:20] != string(want[:20]) {
			t.Errorf("topic %s: embedded text differs from %s", topic.Name, topic.File)
		}
	}
	if _, ok := Text("no-such-topic"); ok {
		t.Error("Text(no-such-topic) = ok")
	}
}
