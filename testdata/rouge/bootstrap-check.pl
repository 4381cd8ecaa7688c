#!/usr/bin/perl
# Independent check of eval.Bootstrap, run with the system perl (>= 5.20,
# whose rand is its own drand48):
#
#   perl bootstrap-check.pl expected.jsonl 95 1000 > bootstrap-expected.txt
#
# It takes the official per-case scores of expected.jsonl as 80 evaluations
# of one system, visits them in sorted id order, and resamples them as
# ROUGE-1.5.5 does: resample r calls srand(r), draws int(rand(n)) n times and
# averages; the average printed is the mean of the sorted resample means, and
# the bounds interpolate between neighbouring sorted means.
use strict;
use warnings;
use JSON::PP;

my ($file, $conf, $resamples) = @ARGV;
open(my $fh, '<', $file) or die "$file: $!";
my %score;
while (my $line = <$fh>) {
  my $c = decode_json($line);
  $score{$c->{id}} = $c->{scores};
}
my @ids = sort keys %score;
my $n = scalar @ids;
my $delta = $resamples * ((100 - $conf) / 2.0) / 100.0;
my $ua = int($resamples - $delta - 1);
my $ratio = $resamples - $delta - 1 - $ua;
my $la = int($delta);
for my $metric (sort keys %{$score{$ids[0]}}) {
  for my $k ('R', 'P', 'F') {
    my @means;
    for my $r (0 .. $resamples - 1) {
      srand($r);
      my $sum = 0;
      for (1 .. $n) {
        $sum += $score{$ids[int(rand($n))]}{$metric}{$k};
      }
      push @means, $sum / $n;
    }
    @means = sort { $a <=> $b } @means;
    my $total = 0;
    $total += $_ for @means;
    my $at = sub { my $i = shift; return $i < @means ? $means[$i] : 0 };
    printf "%s %s %7.5f %7.5f %7.5f\n", $metric, $k, $total / $resamples,
      $at->($la) + ($at->($la + 1) - $at->($la)) * $ratio,
      $at->($ua) + ($at->($ua + 1) - $at->($ua)) * $ratio;
  }
}
