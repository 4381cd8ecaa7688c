package summarize

// FoldAt wraps text as `fold -s` does, for the external tests.
var FoldAt = foldAt
