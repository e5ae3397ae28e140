"""The Portuguese bundle (Brazil, Portugal, Angola): its own words and rules on the shared core."""
