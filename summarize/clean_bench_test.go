package summarize

import "testing"

// BenchmarkClean cleans the sentences of the seeds and of the generated
// corpus of 20k sentences (see scaleDocs), segmented beforehand: the
// cleaner's own cost, which BenchmarkSummarizeScale includes.
func BenchmarkClean(b *testing.B) {
	seg, err := newSegmenter()
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range []int{0, 20000} {
		b.Run(sizeName(size), func(b *testing.B) {
			docs := scaleDocs(b, size)
			split := make([][]Sentence, len(docs))
			laid := make([]string, len(docs))
			for di, d := range docs {
				lay := layOut(d.Text, nil)
				split[di], laid[di] = seg.split(di, lay), lay.text
			}
			var sents []Sentence
			var noise []Noise
			b.ReportAllocs()
			b.SetBytes(textBytes(docs))
			for b.Loop() {
				for di := range docs {
					sents = append(sents[:0], split[di]...)
					noise = append(noise[:0], make([]Noise, len(sents))...)
					clean(laid[di], sents, noise)
				}
			}
		})
	}
}
