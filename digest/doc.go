// Package digest briefs a day's stories in one run: it gathers stories from
// a folder tree or JSON Lines, groups a flat pile of articles into stories,
// briefs them in parallel and renders one digest.
package digest
