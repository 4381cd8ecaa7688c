// Package summarize turns several versions of one story into one extractive
// brief: ingest, segment, clean, vectorize, rank, select, order, render.
package summarize
