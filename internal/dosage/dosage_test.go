package dosage

import (
	"testing"
	"time"
)

func TestSentence(t *testing.T) {
	tests := []struct {
		dose Dose
		want string
	}{
		{Dose{Kind: Static, Hold: 30 * time.Second, Reps: 3, Sides: Both}, "Hold 30 seconds. Repeat 3 times on each side."},
		{Dose{Kind: Dynamic, Reps: 10, Sides: None}, "Repeat 10 times, slowly."},
		{Dose{Kind: Dynamic, Reps: 10, Sides: Both}, "Repeat 10 times on each side, slowly."},
		{Dose{Kind: Dynamic, Hold: 2 * time.Second, Reps: 8}, "Repeat 8 times, slowly. Pause 2 seconds at the end of each move."},
		{Dose{Kind: Static, Hold: time.Minute, Reps: 1, Sides: Left}, "Hold 1 minute. Do this once on your left side."},
		{Dose{Kind: Static, Hold: 90 * time.Second, Reps: 2, Sides: Right, Sets: 2}, "Hold 1 minute 30 seconds. Repeat 2 times on your right side. Do 2 sets."},
		{Dose{Kind: Static, Hold: 45 * time.Second, Reps: 2, Sets: 1}, "Hold 45 seconds. Repeat 2 times."},
		{Dose{Kind: PNF, Hold: 20 * time.Second, Reps: 3, Sides: Both}, "Push gently against the stretch for a few seconds, relax, then hold 20 seconds. Repeat 3 times on each side."},
		{Dose{Kind: Ballistic, Reps: 5}, "Repeat 5 times."},
		{Dose{Kind: Ballistic, Hold: 5 * time.Second, Reps: 3}, "Repeat 3 times. Pause 5 seconds at the end of each move."},
		{Dose{Kind: Static, Hold: time.Second, Reps: 2}, "Hold 1 second. Repeat 2 times."},
	}
	for _, tt := range tests {
		if got := tt.dose.Sentence(); got != tt.want {
			t.Errorf("%+v.Sentence()\n got %q\nwant %q", tt.dose, got, tt.want)
		}
	}
}

func TestWith(t *testing.T) {
	base := Dose{Kind: Static, Hold: 30 * time.Second, Reps: 3, Sets: 1, Sides: Both}
	got := base.With(Dose{Hold: 45 * time.Second, Sides: Left})
	want := Dose{Kind: Static, Hold: 45 * time.Second, Reps: 3, Sets: 1, Sides: Left}
	if got != want {
		t.Errorf("With = %+v, want %+v", got, want)
	}
	if got := base.With(Dose{}); got != base {
		t.Errorf("With(zero) changed the dose: %+v", got)
	}
}

func TestParseDuration(t *testing.T) {
	good := map[string]time.Duration{
		"30s": 30 * time.Second, "45 s": 45 * time.Second, "1m": time.Minute,
		"1m30s": 90 * time.Second, "1 min 30 sec": 90 * time.Second,
		"90 seconds": 90 * time.Second, "2 Minutes": 2 * time.Minute, "1 second": time.Second,
	}
	for in, want := range good {
		got, err := ParseDuration(in)
		if err != nil || got != want {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "30", "abc", "30x", "0s", "1.5m", "-5s", "s30", "99999s", "2h", "61m", "30s 30s", "1s1s", "1m 90s", "30 s 1 m", "1m1m"} {
		if got, err := ParseDuration(in); err == nil {
			t.Errorf("ParseDuration(%q) = %v, want an error", in, got)
		}
	}
}

func FuzzParseDuration(f *testing.F) {
	for _, s := range []string{"30s", "1m30s", "1 min 30 sec", "", "9999m", "0s"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDuration(s)
		if err == nil && (d < time.Second || d > time.Hour) {
			t.Fatalf("ParseDuration(%q) = %v outside 1s..1h", s, d)
		}
		if err == nil {
			_ = Dose{Kind: Static, Hold: d, Reps: 1}.Sentence()
		}
	})
}

func TestSentenceInSpanish(t *testing.T) {
	tests := []struct {
		dose Dose
		want string
	}{
		{Dose{Kind: Static, Hold: 30 * time.Second, Reps: 3, Sides: Both}, "Quédese así 30 segundos. Repita 3 veces de cada lado."},
		{Dose{Kind: Dynamic, Reps: 10, Sides: Both}, "Repita 10 veces de cada lado, despacio."},
		{Dose{Kind: Dynamic, Hold: 2 * time.Second, Reps: 8}, "Repita 8 veces, despacio. Pare 2 segundos al final de cada movimiento."},
		{Dose{Kind: Static, Hold: time.Minute, Reps: 1, Sides: Left}, "Quédese así 1 minuto. Hágalo una vez del lado izquierdo."},
		{Dose{Kind: Static, Hold: 90 * time.Second, Reps: 2, Sides: Right, Sets: 2}, "Quédese así 1 minuto y 30 segundos. Repita 2 veces del lado derecho. Haga 2 series."},
		{Dose{Kind: PNF, Hold: 20 * time.Second, Reps: 3, Sides: Both}, "Empuje suave contra el estiramiento unos segundos, relájese y luego quédese así 20 segundos. Repita 3 veces de cada lado."},
		{Dose{Kind: Static, Hold: time.Second, Reps: 2}, "Quédese así 1 segundo. Repita 2 veces."},
		{Dose{Kind: Static, Hold: 120 * time.Second, Reps: 2}, "Quédese así 2 minutos. Repita 2 veces."},
	}
	for _, tt := range tests {
		for _, tag := range []string{"es", "es-MX"} {
			if got := tt.dose.SentenceIn(tag); got != tt.want {
				t.Errorf("%+v.SentenceIn(%q)\n got %q\nwant %q", tt.dose, tag, got, tt.want)
			}
		}
	}
	d := Dose{Kind: Static, Hold: 30 * time.Second, Reps: 3, Sides: Both}
	if d.SentenceIn("fr") != d.Sentence() || d.SentenceIn("en") != d.Sentence() {
		t.Error("a language without words is not English")
	}
}
