// Package eval scores summaries against references with ROUGE, reproducing ROUGE-1.5.5.pl to the last printed digit.
package eval
