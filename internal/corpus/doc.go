// Package corpus generates large, deterministic clusters of story versions
// from the repository's test data, for benchmarks and scale measurements.
package corpus
