// Package rouge155 is a drop-in for ROUGE-1.5.5.pl: its command line, its
// XML configuration and file lists, its input formats and its output,
// byte for byte, computed with package eval.
package rouge155
