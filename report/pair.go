package report

import "strings"

// pairKind decides the kind and heading level of a bead from its blocks'
// kinds. The Chinese side decides where the two disagree, since headings and
// notes are marked more regularly in Chinese; a side-less bead takes the
// kind of the side it has.
func pairKind(bd bead) (Kind, int) {
	primary := bd.zh
	if len(primary) == 0 {
		primary = bd.en
	}
	has := func(k Kind) bool {
		for _, bs := range [][]block{bd.zh, bd.en} {
			for _, b := range bs {
				if b.Kind == k {
					return true
				}
			}
		}
		return false
	}
	all := func(bs []block, ks ...Kind) bool {
		for _, b := range bs {
			ok := false
			for _, k := range ks {
				ok = ok || b.Kind == k
			}
			if !ok {
				return false
			}
		}
		return len(bs) > 0
	}
	switch {
	case has(KindTitle) && all(primary, KindTitle, KindMeta):
		return KindTitle, 0
	case all(primary, KindTitle, KindMeta):
		return KindMeta, 0
	case all(primary, KindFootnote):
		return KindFootnote, 0
	case all(primary, KindNote):
		return KindNote, 0
	case all(primary, KindHeading):
		level := primary[0].Level
		for _, b := range primary {
			level = min(level, b.Level)
		}
		return KindHeading, level
	}
	return KindParagraph, 0
}

// endsSentence reports whether s ends with sentence-final punctuation
// (closing quotes and brackets looked through).
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t\u3000”’\"')）]】」』")
	for _, p := range []string{"。", "！", "？", "；", "：", ".", "!", "?", ";", ":", "…"} {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}
