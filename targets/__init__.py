"""Target description data files (one JSON per device), shipped inside the tvmq wheel."""
