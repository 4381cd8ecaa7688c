// Package rank builds the sentence similarity graph and ranks its nodes with
// weighted TextRank, deterministically.
package rank
