"""Benchmarks of SOFA Desktop at newsroom scale: corpus generator, store cache and measurements (see bench.py)."""
